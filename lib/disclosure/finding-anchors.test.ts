import { describe, expect, it } from "vitest";
import { findingAnchors } from "./finding-anchors";

describe("findingAnchors", () => {
  it("names the cell and the row a finding points at, and no other", () => {
    const id = findingAnchors([{ table: "basic_economic", row: "total", column: "personnel" }, { table: "three_public", row: "本年" }]);
    expect(id({ table: "basic_economic", row: "total", column: "personnel" })).toBe("t-basic_economic-total-personnel");
    expect(id({ table: "basic_economic", row: "total", column: "publicUse" })).toBeUndefined();
    expect(id({ table: "basic_economic", row: "total" })).toBeUndefined();
    expect(id({ table: "three_public", row: "本年" })).toBe(`t-three_public-${encodeURIComponent("本年").replace(/%/g, "_")}`);
  });

  it("gives an id once: the second 合计 of a table goes without", () => {
    const id = findingAnchors([{ table: "fiscal_summary", row: "合计", column: "amount" }]);
    expect(id({ table: "fiscal_summary", row: "合计", column: "amount" })).toBeDefined();
    expect(id({ table: "fiscal_summary", row: "合计", column: "amount" })).toBeUndefined();
  });

  it("without findings names every row and cell, each once", () => {
    const id = findingAnchors();
    expect(id({ table: "basic_economic", row: "301" })).toBe("t-basic_economic-301");
    expect(id({ table: "basic_economic", row: "301", column: "total" })).toBe("t-basic_economic-301-total");
    expect(id({ table: "basic_economic", row: "301" })).toBeUndefined();
  });
});
