import { createHmac } from "node:crypto";
import { isIPv4, isIPv6 } from "node:net";

/**
 * What the rate limit counts for an address. An IPv6 client is given a whole /64 (and can
 * change addresses within it at will), so it counts by its /64; an IPv4-mapped address counts
 * as the IPv4 one. An unknown address (no way to tell) is one shared "unknown" client.
 */
export function rateLimitSubject(address: string | null): string {
  const a = (address ?? "").trim().replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(a);
  if (mapped && isIPv4(mapped[1]!)) return `ip4:${mapped[1]}`;
  if (isIPv4(a)) return `ip4:${a}`;
  if (isIPv6(a)) return `ip6:${expandIPv6(a).slice(0, 4).join(":")}::/64`;
  return "unknown";
}

/** The eight groups of an IPv6 address, four hex digits each. */
function expandIPv6(a: string): string[] {
  let text = a.toLowerCase();
  // a trailing dotted IPv4 part becomes two groups
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (v4) {
    const [b1, b2, b3, b4] = v4.slice(1).map(Number) as [number, number, number, number];
    text = text.slice(0, v4.index) + `${((b1 << 8) | b2).toString(16)}:${((b3 << 8) | b4).toString(16)}`;
  }
  const [head, tail] = text.includes("::") ? text.split("::") : [text, undefined];
  const left = head ? head.split(":") : [];
  const right = tail === undefined ? [] : tail ? tail.split(":") : [];
  const fill = tail === undefined ? [] : Array<string>(8 - left.length - right.length).fill("0");
  return [...left, ...fill, ...right].map((g) => g.padStart(4, "0"));
}

/** The stored form: a keyed hash, so that the database never holds the address itself. */
export function clientKeyOf({ key, address }: { key: Buffer; address: string | null }): string {
  return createHmac("sha256", key).update(rateLimitSubject(address)).digest("hex");
}
