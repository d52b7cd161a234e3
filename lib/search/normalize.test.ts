import { describe, expect, it } from "vitest";
import { normalizeSearchText } from "./normalize";

describe("search text normalisation", () => {
  it("make the ways people write “三公”经费 one text", () => {
    const forms = ["三公经费", "“三公”经费", "「三公」经费", "三公 经费", "《三公》经费", "‘三公’ 经费"];
    expect(new Set(forms.map(normalizeSearchText))).toEqual(new Set(["三公经费"]));
  });

  it("fold full-width letters and digits and keep the space between Latin words", () => {
    expect(normalizeSearchText("ＡＢＣ　ｄｅｆ ３０２１７")).toBe("abc def 30217");
  });

  it("join the characters of a PDF that prints them spaced out", () => {
    expect(normalizeSearchText("部 门 预 算")).toBe("部门预算");
  });

  it("keep a code apart from the word after it when punctuation stood between them", () => {
    expect(normalizeSearchText("科目编码 2010301，ＸＹＺ系统")).toBe("科目编码2010301 xyz系统");
  });
});
