import { describe, expect, it } from "vitest";
import { bodyEtag, cacheHeaders, disclosureEtag, type EtagSubject, matchesIfNoneMatch, notModified } from "./etag";

const published: EtagSubject = {
  disclosure: { id: "6f1c2b7e-0a4d-4c39-9a57-2f1e0c8b9d11", revision: 1, version: 4, status: "published", updatedAt: new Date("2026-03-02T08:00:00Z") },
  department: { code: "134", name: "重庆市北碚区政务服务中心" },
  district: { name: "北碚区" },
};
const changed = (patch: { disclosure?: Partial<EtagSubject["disclosure"]>; department?: Partial<EtagSubject["department"]>; district?: Partial<EtagSubject["district"]> }): EtagSubject => ({
  disclosure: { ...published.disclosure, ...patch.disclosure },
  department: { ...published.department, ...patch.department },
  district: { ...published.district, ...patch.district },
});

describe("the ETag of a disclosure's answers", () => {
  it("stays the same while nothing the answer holds changes", () => {
    expect(disclosureEtag(changed({}), "document")).toBe(disclosureEtag(published, "document"));
  });

  it("changes with a correction, a retraction, a supersession and a department renamed", () => {
    const before = disclosureEtag(published, "export.csv");
    const after = [
      changed({ disclosure: { version: 5 } }),
      changed({ disclosure: { status: "retracted" } }),
      changed({ disclosure: { status: "superseded", updatedAt: new Date("2026-04-01T00:00:00Z") } }),
      changed({ disclosure: { revision: 2 } }),
      changed({ department: { name: "重庆市北碚区政务服务和大数据发展中心" } }),
      changed({ district: { name: "两江新区" } }),
    ].map((s) => disclosureEtag(s, "export.csv"));
    expect(after).not.toContain(before);
    expect(new Set(after).size).toBe(after.length);
  });

  it("differs between the document, each export and the original file", () => {
    const tags = (["document", "export.json", "export.csv", "export.xlsx", "source"] as const).map((r) => disclosureEtag(published, r));
    expect(new Set(tags).size).toBe(5);
  });

  it("is strong, except for the workbook, whose bytes differ at each download", () => {
    expect(disclosureEtag(published, "export.csv")).toMatch(/^"[^"]+"$/);
    expect(disclosureEtag(published, "export.xlsx")).toMatch(/^W\/"[^"]+"$/);
  });

  it("of a body changes with the body", () => {
    expect(bodyEtag('{"total":3}')).toBe(bodyEtag('{"total":3}'));
    expect(bodyEtag('{"total":3}')).not.toBe(bodyEtag('{"total":2}'));
  });
});

describe("If-None-Match", () => {
  const tag = disclosureEtag(published, "document");

  it("matches the tag alone, in a list, weakened by a proxy, or as *", () => {
    expect(matchesIfNoneMatch(tag, tag)).toBe(true);
    expect(matchesIfNoneMatch(`"other", ${tag}`, tag)).toBe(true);
    expect(matchesIfNoneMatch(`W/${tag}`, tag)).toBe(true);
    expect(matchesIfNoneMatch("*", tag)).toBe(true);
  });

  it("does not match another tag, an absent header or a tag without quotes", () => {
    expect(matchesIfNoneMatch(disclosureEtag(changed({ disclosure: { version: 5 } }), "document"), tag)).toBe(false);
    expect(matchesIfNoneMatch(null, tag)).toBe(false);
    expect(matchesIfNoneMatch(tag.replaceAll('"', ""), tag)).toBe(false);
  });

  it("is answered 304 without a body but with the same validators", async () => {
    const headers = cacheHeaders(tag);
    const answer = notModified(new Request("http://portal.test/", { headers: { "if-none-match": tag } }), headers);
    expect(answer?.status).toBe(304);
    expect(answer?.headers.get("etag")).toBe(tag);
    expect(answer?.headers.get("cache-control")).toBe("public, no-cache");
    expect(await answer?.text()).toBe("");
    expect(notModified(new Request("http://portal.test/"), headers)).toBeNull();
  });
});
