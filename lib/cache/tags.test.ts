import { describe, expect, it } from "vitest";
import { isCacheTag, isOutdatedBy, pageTags, tagsFor, type PublicChange } from "./tags";

const ID = "0b9f3c52-6a8e-4f0e-9d3a-1c2b3d4e5f60";
const OTHER_ID = "7d1e2f30-4a5b-4c6d-8e9f-0a1b2c3d4e5f";
// 北碚区政务服务中心 (department 7 of 500109): its 2025 budget, a correction of it, its 2024 budget
const Y2025 = { departmentId: 7, year: 2025, kind: "budget" } as const;
const Y2024 = { departmentId: 7, year: 2024, kind: "budget" } as const;
const publish: PublicChange = { kind: "disclosure", disclosureId: ID, departmentId: 7, districtCode: "500109" };

describe("a publish, correction or retraction of a department's disclosure", () => {
  it("makes its page, the department's other disclosure pages, its department and district pages, home and compare out of date", () => {
    expect(isOutdatedBy(publish, pageTags.disclosure({ id: ID, revisions: Y2025 }))).toBe(true);
    // the earlier revision it superseded, and the department's other years, list the revisions and years
    expect(isOutdatedBy(publish, pageTags.disclosure({ id: OTHER_ID, revisions: Y2025 }))).toBe(true);
    expect(isOutdatedBy(publish, pageTags.disclosure({ id: OTHER_ID, revisions: Y2024 }))).toBe(true);
    expect(isOutdatedBy(publish, pageTags.department({ departmentId: 7, districtCode: "500109" }))).toBe(true);
    expect(isOutdatedBy(publish, pageTags.district({ code: "500109" }))).toBe(true);
    expect(isOutdatedBy(publish, pageTags.home())).toBe(true);
    expect(isOutdatedBy(publish, pageTags.compare())).toBe(true);
  });

  it("also frees a page that answered 'not found' for that id before it was public", () => {
    expect(isOutdatedBy(publish, pageTags.disclosure({ id: ID }))).toBe(true);
  });

  it("leaves other departments' and other districts' pages in the cache", () => {
    expect(isOutdatedBy(publish, pageTags.disclosure({ id: OTHER_ID, revisions: { ...Y2025, departmentId: 8 } }))).toBe(false);
    expect(isOutdatedBy(publish, pageTags.department({ departmentId: 8, districtCode: "500109" }))).toBe(false);
    expect(isOutdatedBy(publish, pageTags.district({ code: "500108" }))).toBe(false);
  });
});

describe("an answer published under a disclosure", () => {
  const answer: PublicChange = { kind: "feedback-answer", revisions: Y2025 };
  it("makes the pages of that year's revisions out of date, which all show it, and nothing else", () => {
    expect(isOutdatedBy(answer, pageTags.disclosure({ id: ID, revisions: Y2025 }))).toBe(true);
    expect(isOutdatedBy(answer, pageTags.disclosure({ id: OTHER_ID, revisions: Y2025 }))).toBe(true);
    expect(isOutdatedBy(answer, pageTags.disclosure({ id: OTHER_ID, revisions: Y2024 }))).toBe(false);
    expect(isOutdatedBy(answer, pageTags.disclosure({ id: OTHER_ID, revisions: { ...Y2025, kind: "final" } }))).toBe(false);
    expect(isOutdatedBy(answer, pageTags.department({ departmentId: 7, districtCode: "500109" }))).toBe(false);
    expect(isOutdatedBy(answer, pageTags.district({ code: "500109" }))).toBe(false);
    expect(isOutdatedBy(answer, pageTags.home())).toBe(false);
  });
});

describe("a department renamed or created", () => {
  const renamed: PublicChange = { kind: "department", departmentId: 7, districtCode: "500109" };
  it("makes every page naming it out of date: its disclosures, its page, its district, home and compare", () => {
    expect(isOutdatedBy(renamed, pageTags.disclosure({ id: ID, revisions: Y2025 }))).toBe(true);
    expect(isOutdatedBy(renamed, pageTags.department({ departmentId: 7, districtCode: "500109" }))).toBe(true);
    expect(isOutdatedBy(renamed, pageTags.district({ code: "500109" }))).toBe(true);
    expect(isOutdatedBy(renamed, pageTags.home())).toBe(true);
    expect(isOutdatedBy(renamed, pageTags.compare())).toBe(true);
  });

  it("frees a department address of its district that answered 'not found' before the department existed", () => {
    expect(isOutdatedBy(renamed, pageTags.department({ districtCode: "500109" }))).toBe(true);
    expect(isOutdatedBy(renamed, pageTags.department({ districtCode: "500108" }))).toBe(false);
  });

  it("leaves another district's page alone", () => {
    expect(isOutdatedBy(renamed, pageTags.district({ code: "500108" }))).toBe(false);
  });
});

describe("the tags another instance may ask to expire", () => {
  it("are the portal's own tags and nothing else", () => {
    for (const tag of [...tagsFor(publish), ...tagsFor({ kind: "feedback-answer", revisions: Y2025 })]) expect(isCacheTag(tag)).toBe(true);
    expect(isCacheTag("public")).toBe(true);
    expect(isCacheTag("_N_T_/admin")).toBe(false);
    expect(isCacheTag("district:5001")).toBe(false);
    expect(isCacheTag("disclosure:../../etc")).toBe(false);
    expect(isCacheTag(42)).toBe(false);
  });
});
