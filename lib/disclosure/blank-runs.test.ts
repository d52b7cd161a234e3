import { describe, expect, it } from "vitest";
import { blankRuns } from "./blank-runs";

describe("blankRuns", () => {
  it("counts each run of blank lines between the rows, where the shorter half is blank", () => {
    expect(blankRuns(["本年收入", null, null, null, "上年结转", null, "收入总计"])).toEqual(["本年收入", 3, "上年结转", 1, "收入总计"]);
    expect(blankRuns([null, null])).toEqual([2]);
    expect(blankRuns(["a", "b"])).toEqual(["a", "b"]);
  });
});
