import { describe, expect, it } from "vitest";
import { feedbackChangeSchema, feedbackInputSchema } from "./schema";

const problems = (input: unknown) => {
  const r = feedbackInputSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => ({ field: i.path.join("."), message: i.message }));
};

describe("the feedback schema (form and API)", () => {
  it("asks for a category and a message, in Chinese, naming the field", () => {
    expect(problems({})).toEqual([
      { field: "category", message: "请选择意见类别（数据有误、表述不清、内容缺失或其他）" },
      { field: "message", message: "请填写意见内容" },
    ]);
    expect(problems({ category: "data_error", message: " \n\t" })).toEqual([{ field: "message", message: "请填写意见内容" }]);
  });

  it("takes at most 2,000 characters, counting a Chinese character or an emoji once", () => {
    expect(problems({ category: "other", message: "预".repeat(2000) })).toEqual([]);
    expect(problems({ category: "other", message: "😀".repeat(2000) })).toEqual([]);
    expect(problems({ category: "other", message: "x".repeat(2001) })).toEqual([{ field: "message", message: "意见内容至多 2000 个字（现为 2001 个字）" }]);
  });

  it("keeps the text as written, markup and spaces included", () => {
    const message = "  <script>alert(1)</script>\n第二行 ";
    expect(feedbackInputSchema.parse({ category: "unclear", message }).message).toBe(message);
  });

  it("treats blank optional fields as absent and limits their length", () => {
    expect(feedbackInputSchema.parse({ category: "missing", message: "缺表", name: "", contact: " ", disclosureId: "", table: "" })).toEqual({ category: "missing", message: "缺表" });
    expect(problems({ category: "missing", message: "缺表", contact: "1".repeat(101) })).toEqual([{ field: "contact", message: "联系方式至多 100 个字（现为 101 个字）" }]);
  });

  it("refuses an unknown table, a malformed disclosure id or department key", () => {
    expect(problems({ category: "other", message: "m", table: "secret_table", disclosureId: "abc", department: "134" }).map((p) => p.field)).toEqual(["disclosureId", "department", "table"]);
  });
});

describe("the inbox's changes", () => {
  it("need an answer to answer", () => {
    expect(feedbackChangeSchema.safeParse({ kind: "answer", answer: " ", public: false }).error?.issues[0]?.message).toBe("请填写答复");
    expect(feedbackChangeSchema.safeParse({ kind: "reopen" }).success).toBe(false);
  });
});
