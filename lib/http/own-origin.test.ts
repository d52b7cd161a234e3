import { describe, expect, it } from "vitest";
import { crossSiteAction, fromOwnPage, hostCountsIn, publicOrigin } from "./own-origin.mjs";

const headers = (h: Record<string, string>) => (name: string) => h[name];
const SITE = { origin: "https://yusuan.cq.gov.cn", trustProxy: false };

describe("the public origin", () => {
  it("is PUBLIC_URL, else NEXTAUTH_URL, else localhost on the port, and only its origin", () => {
    expect(publicOrigin({ PUBLIC_URL: "https://yusuan.cq.gov.cn/portal/", NEXTAUTH_URL: "https://other.example" })).toBe("https://yusuan.cq.gov.cn");
    expect(publicOrigin({ NEXTAUTH_URL: "http://10.0.0.5:8080/x" })).toBe("http://10.0.0.5:8080");
    expect(publicOrigin({ PORT: "8080" })).toBe("http://localhost:8080");
    expect(publicOrigin({})).toBe("http://localhost:3000");
  });

  it("refuses an address that is not http(s), naming the variable", () => {
    expect(() => publicOrigin({ PUBLIC_URL: "yusuan.cq.gov.cn" })).toThrow(/PUBLIC_URL/);
    expect(() => publicOrigin({ NEXTAUTH_URL: "javascript:alert(1)" })).toThrow(/NEXTAUTH_URL/);
  });
});

describe("a request from one of the site's pages", () => {
  it("names the public origin in Origin, or in Referer when there is no Origin", () => {
    expect(fromOwnPage(headers({ origin: "https://yusuan.cq.gov.cn" }), SITE)).toBe(true);
    expect(fromOwnPage(headers({ referer: "https://yusuan.cq.gov.cn/admin/disclosures/5?tab=x" }), SITE)).toBe(true);
  });

  it("is refused from another origin, another scheme or port, an opaque origin, or naming none", () => {
    for (const h of <Record<string, string>[]>[
      { origin: "https://evil.example" },
      { origin: "http://yusuan.cq.gov.cn" },
      { origin: "https://yusuan.cq.gov.cn:8443" },
      { origin: "null", referer: "https://yusuan.cq.gov.cn/" },
      { referer: "https://yusuan.cq.gov.cn.evil.example/" },
      {},
    ]) {
      expect(fromOwnPage(headers(h), SITE), JSON.stringify(h)).toBe(false);
    }
  });

  it("never believes X-Forwarded-Host without TRUST_PROXY, whatever Host says", () => {
    const forged = headers({ origin: "http://evil.example", "x-forwarded-host": "evil.example", host: "evil.example", "x-forwarded-proto": "http" });
    expect(fromOwnPage(forged, SITE)).toBe(false);
  });

  it("with no public address configured, also takes a page of the host the browser reached — never a forwarded one", () => {
    const fresh = { origin: "http://localhost:3000", trustProxy: false, hostCounts: true };
    expect(fromOwnPage(headers({ origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000" }), fresh)).toBe(true);
    expect(fromOwnPage(headers({ origin: "http://evil.example", host: "127.0.0.1:3000" }), fresh)).toBe(false);
    expect(fromOwnPage(headers({ origin: "http://evil.example", host: "127.0.0.1:3000", "x-forwarded-host": "evil.example" }), fresh)).toBe(false);
    expect(fromOwnPage(headers({ origin: "https://127.0.0.1:3000", host: "127.0.0.1:3000" }), fresh)).toBe(false);
    // configured, only the public address counts
    expect(fromOwnPage(headers({ origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000" }), { ...fresh, hostCounts: false })).toBe(false);
    expect(hostCountsIn({})).toBe(true);
    expect(hostCountsIn({ PUBLIC_URL: "https://yusuan.cq.gov.cn" })).toBe(false);
    expect(hostCountsIn({ NEXTAUTH_URL: "https://yusuan.cq.gov.cn" })).toBe(false);
  });

  it("behind a proxy of one's own, also takes the scheme and host it forwarded", () => {
    const behind = { ...SITE, trustProxy: true };
    expect(fromOwnPage(headers({ origin: "https://portal.internal", "x-forwarded-host": "portal.internal", "x-forwarded-proto": "https" }), behind)).toBe(true);
    // the first entry is the host the client reached
    expect(fromOwnPage(headers({ origin: "https://a.example", "x-forwarded-host": "a.example, b.internal", "x-forwarded-proto": "https,http" }), behind)).toBe(true);
    expect(fromOwnPage(headers({ origin: "http://evil.example", "x-forwarded-host": "portal.internal" }), behind)).toBe(false);
    expect(fromOwnPage(headers({ origin: "https://yusuan.cq.gov.cn" }), behind)).toBe(true);
  });
});

describe("a server action from another site", () => {
  const site = { origin: "http://localhost:3000", trustProxy: false };
  const post = (url: string, headers: Record<string, string>) => ({ method: "POST", url, headers });

  it("is any POST to a page whose Origin is not the site, with or without Next-Action", () => {
    expect(crossSiteAction(post("/admin/disclosures/new", { "next-action": "7f00", origin: "http://evil.example", "x-forwarded-host": "evil.example" }), site)).toBe(true);
    expect(crossSiteAction(post("/feedback", { origin: "http://evil.example" }), site)).toBe(true);
    expect(crossSiteAction(post("/admin", { "next-action": "7f00" }), site)).toBe(true);
  });

  it("is not one from the site's own pages, a read, or a call of the API (checked by its handlers)", () => {
    expect(crossSiteAction(post("/admin/disclosures/new", { "next-action": "7f00", origin: "http://localhost:3000" }), site)).toBe(false);
    expect(crossSiteAction({ method: "GET", url: "/admin", headers: { origin: "http://evil.example" } }, site)).toBe(false);
    expect(crossSiteAction(post("/api/v1/feedback", { origin: "http://evil.example" }), site)).toBe(false);
  });
});
