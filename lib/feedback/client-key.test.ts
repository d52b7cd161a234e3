import { describe, expect, it } from "vitest";
import { clientKeyOf, rateLimitSubject } from "./client-key";

describe("what the rate limit counts", () => {
  it("an IPv4 address, mapped into IPv6 or not, as itself", () => {
    expect(rateLimitSubject("203.0.113.9")).toBe("ip4:203.0.113.9");
    expect(rateLimitSubject("::ffff:203.0.113.9")).toBe("ip4:203.0.113.9");
  });

  it("an IPv6 address by its /64, however it is written", () => {
    expect(rateLimitSubject("2001:db8:aa:bb::1")).toBe("ip6:2001:0db8:00aa:00bb::/64");
    expect(rateLimitSubject("2001:0DB8:00AA:00BB:1234:5678:9abc:def0")).toBe("ip6:2001:0db8:00aa:00bb::/64");
    expect(rateLimitSubject("[2001:db8:aa:bb::2]")).toBe("ip6:2001:0db8:00aa:00bb::/64");
    expect(rateLimitSubject("fe80::1%eth0")).toBe("ip6:fe80:0000:0000:0000::/64");
    expect(rateLimitSubject("::1")).toBe("ip6:0000:0000:0000:0000::/64");
    expect(rateLimitSubject("2001:db8:aa:bc::1")).not.toBe(rateLimitSubject("2001:db8:aa:bb::1"));
  });

  it("anything else, or nothing, as one unknown client", () => {
    expect(rateLimitSubject(null)).toBe("unknown");
    expect(rateLimitSubject("")).toBe("unknown");
    expect(rateLimitSubject("not an address")).toBe("unknown");
  });

  it("is stored as a keyed hash that differs by key and by client", () => {
    const a = Buffer.alloc(32, 1);
    const b = Buffer.alloc(32, 2);
    expect(clientKeyOf({ key: a, address: "203.0.113.9" })).toMatch(/^[0-9a-f]{64}$/);
    expect(clientKeyOf({ key: a, address: "203.0.113.9" })).toBe(clientKeyOf({ key: a, address: "::ffff:203.0.113.9" }));
    expect(clientKeyOf({ key: a, address: "203.0.113.9" })).not.toBe(clientKeyOf({ key: b, address: "203.0.113.9" }));
    expect(clientKeyOf({ key: a, address: "203.0.113.9" })).not.toBe(clientKeyOf({ key: a, address: "203.0.113.10" }));
  });
});
