import { describe, expect, it } from "vitest";
import { disclosedOnProblem, publicationDate, publicationDateText } from "./publication-date";

describe("the date a disclosure is shown with", () => {
  it("is the department's own publication date where known, even when the portal published it later", () => {
    expect(publicationDate({ disclosedOn: "2024-02-10", publishedAt: new Date("2026-12-01T02:00:00Z") })).toEqual({
      label: "公开日期",
      date: "2024-02-10",
      source: "department",
    });
    expect(publicationDateText({ disclosedOn: "2024-02-10", publishedAt: null })).toBe("公开日期 2024-02-10");
  });

  it("is otherwise the portal's own day in Beijing time, labelled as the portal's", () => {
    // 16:30 UTC on 30 November is already 1 December in Chongqing
    expect(publicationDateText({ disclosedOn: null, publishedAt: new Date("2026-11-30T16:30:00Z") })).toBe("本平台发布于 2026-12-01");
    expect(publicationDate({ disclosedOn: null, publishedAt: "2026-11-30T15:59:00Z" })?.date).toBe("2026-11-30");
  });

  it("is nothing for a disclosure never published", () => {
    expect(publicationDate({ disclosedOn: null, publishedAt: null })).toBeNull();
    expect(publicationDateText({ disclosedOn: null, publishedAt: null })).toBe("");
  });
});

describe("a 部门公开日期 entered for a 2024 budget", () => {
  const now = new Date("2026-12-01T04:00:00Z");
  const check = (value: string) => disclosedOnProblem({ value, year: 2024, now });

  it("may be any real day from the year before the budget's year up to today", () => {
    expect(check("2024-02-10")).toBeNull();
    expect(check("2023-01-01")).toBeNull();
    expect(check("2026-12-01")).toBeNull();
    expect(check("2024-02-29")).toBeNull();
  });

  it("is refused when it is no real day, in the future, or too early, saying why", () => {
    expect(check("2025-02-30")).toBe("部门公开日期应为有效日期，如 2025-02-10");
    expect(check("2025/02/10")).toBe("部门公开日期应为有效日期，如 2025-02-10");
    expect(check("2026-12-02")).toBe("部门公开日期不能晚于今天");
    expect(check("2022-12-31")).toBe("部门公开日期不能早于 2023 年");
  });
});
