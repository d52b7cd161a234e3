import { describe, expect, it } from "vitest";
import { normalizeSearchText } from "./normalize";
import { markedPassage, markMatches, normaliseWithOrigins } from "./snippet";

// 北碚区人民政府办公室 2024, 四、“三公”经费情况说明 (seeds/beibei-zfb-2024.txt)
const BEIBEI =
  "2024 年“三公”经费预算 27.5 万元，比 2023 年减少 9.5 万元。其中：因公出国（境）费用 0 万元，与上年持平；公务接待费 3.5 万元，比 2023 年减少 0.5 万元，主要原因是贯彻落实中央八项规定精神和厉行节约要求，结合单位实际，减少公务接待支出；公务用车运行维护费 24 万元，比 2023 年减少 9 万元，主要原因是压减了公务用车运行维护费；公务用车购置费 0 万元，与上年持平。";

const marked = (parts: { text: string; marked: boolean }[]) => parts.filter((p) => p.marked).map((p) => p.text);
const whole = (parts: { text: string }[]) => parts.map((p) => p.text).join("");

describe("a passage with the matched words marked", () => {
  it("find “三公”经费 for the query 三公经费 and mark the characters as printed, the quote inside included", () => {
    const p = markedPassage(BEIBEI, "三公经费")!;
    expect(marked(p.parts)).toEqual(["三公”经费"]);
    expect(whole(p.parts).startsWith("2024 年“三公”经费预算 27.5 万元")).toBe(true);
    expect(p.cutBefore).toBe(false);
    expect(p.cutAfter).toBe(true);
  });

  it("find the same for “三公”经费 and 三公 经费 as typed", () => {
    for (const q of ["“三公”经费", "三公 经费", "「三公」经费"]) expect(marked(markedPassage(BEIBEI, q)!.parts)).toEqual(["三公”经费"]);
  });

  it("show about a hundred characters around the first match, starting at its sentence, and mark every match in them", () => {
    const p = markedPassage(BEIBEI, "公务接待")!;
    const text = whole(p.parts);
    expect(text.startsWith("公务接待费 3.5 万元")).toBe(true); // the sentence after 与上年持平；
    expect(text.length).toBeGreaterThanOrEqual(80);
    expect(text.length).toBeLessThanOrEqual(120);
    expect(marked(p.parts)).toEqual(["公务接待", "公务接待"]);
    expect(p.cutBefore && p.cutAfter).toBe(true);
  });

  it("mark each word of a query whose words stand apart in the text", () => {
    expect(marked(markedPassage(BEIBEI, "公务用车 节约")!.parts)).toContain("节约");
  });

  it("join the lines of a passage and give nothing where the text does not hold the query", () => {
    const p = markedPassage("第一行\n\n二、部门预算情况说明\n收入", "预算")!;
    expect(whole(p.parts)).toBe("二、部门预算情况说明 收入");
    expect(markedPassage(BEIBEI, "航天发射")).toBeNull();
    expect(markedPassage(BEIBEI, "“”")).toBeNull();
  });

  it("mark full-width digits and letters for a half-width query", () => {
    expect(marked(markMatches("科目编码 ２０１０３５０ 事业运行", "2010350"))).toEqual(["２０１０３５０"]);
  });
});

describe("the normalised text keeps where each character came from", () => {
  it("read as normalizeSearchText reads", () => {
    for (const t of [BEIBEI, "部 门 预 算", "ＡＢＣ　ｄｅｆ ３０２１７", "科目编码 2010301，ＸＹＺ系统", "  “三公”经费  "]) {
      expect(normaliseWithOrigins(t).text).toBe(normalizeSearchText(t));
    }
  });
});
