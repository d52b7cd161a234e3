import { afterEach, describe, expect, it, vi } from "vitest";

// lib/http/client-address.ts: the address the feedback rate limit counts
const MARK = Symbol.for("cq-budget-disclosure.client-address-header");

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
  delete (globalThis as Record<symbol, unknown>)[MARK];
});

async function addressWith(vars: Record<string, string>, headers: Record<string, string>, { startedByNpmStart = false } = {}) {
  for (const [k, v] of Object.entries(vars)) vi.stubEnv(k, v);
  vi.resetModules();
  if (startedByNpmStart) (globalThis as Record<symbol, unknown>)[MARK] = "x-cq-client-address";
  return (await import("@/lib/http/client-address")).clientAddress(new Headers(headers));
}

describe("the client's address", () => {
  it("without a proxy is the socket's, as npm start passes it; X-Forwarded-For is ignored", async () => {
    expect(await addressWith({ TRUST_PROXY: "false" }, { "x-forwarded-for": "10.9.9.3", "x-cq-client-address": "203.0.113.5" }, { startedByNpmStart: true })).toBe("203.0.113.5");
  });

  it("is unknown under a server that does not pass the socket's address (bare next start), whatever the client sends", async () => {
    expect(await addressWith({ TRUST_PROXY: "false" }, { "x-forwarded-for": "10.9.9.3", "x-cq-client-address": "10.9.9.4" })).toBeNull();
  });

  it("behind a proxy is the entry the proxy appended, not what the client put before it", async () => {
    expect(await addressWith({ TRUST_PROXY: "true" }, { "x-forwarded-for": "10.9.9.3, 203.0.113.7" })).toBe("203.0.113.7");
    expect(await addressWith({ TRUST_PROXY: "true", TRUST_PROXY_HOPS: "2" }, { "x-forwarded-for": "10.9.9.3, 203.0.113.7, 192.168.0.2" })).toBe("203.0.113.7");
    expect(await addressWith({ TRUST_PROXY: "true" }, { "x-real-ip": "203.0.113.8" })).toBe("203.0.113.8");
  });
});
