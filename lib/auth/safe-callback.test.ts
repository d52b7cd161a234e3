import { describe, expect, it } from "vitest";
import { safeCallback } from "./safe-callback";

const SITE = "http://localhost:3000";

describe("the place to go after signing in", () => {
  it.each([
    ["/\\evil.example"],
    ["/\t/evil.example"],
    ["/\n/evil.example"],
    ["//evil.example"],
    ["\\\\evil.example"],
    ["/.//evil.example"],
    ["/..//evil.example/x"],
    ["https://evil.example/admin"],
    ["javascript:alert(1)"],
    ["data:text/html,<script>alert(1)</script>"],
    ["http://[::1"],
    [""],
    [undefined],
  ])("sends %j to /admin", (callback) => {
    expect(safeCallback(callback, SITE)).toBe("/admin");
  });

  it.each([
    ["/admin/disclosures/5?tab=x", "/admin/disclosures/5?tab=x"],
    ["/admin/users#top", "/admin/users#top"],
    // still escaped: a path of this site, not a slash
    ["/%09/x", "/%09/x"],
    ["/%5Cx", "/%5Cx"],
    ["/%2F%2Fevil.example", "/%2F%2Fevil.example"],
  ])("keeps the path %j of this site", (callback, path) => {
    expect(safeCallback(callback, SITE)).toBe(path);
  });

  it("keeps an absolute address of this site as its path, and refuses another port of the same host", () => {
    const origin = "https://yusuan.example.gov.cn";
    expect(safeCallback("https://yusuan.example.gov.cn/admin/import?x=1", origin)).toBe("/admin/import?x=1");
    expect(safeCallback("https://yusuan.example.gov.cn:8443/admin", origin)).toBe("/admin");
    expect(safeCallback("http://yusuan.example.gov.cn/admin/users", origin)).toBe("/admin");
  });
});
