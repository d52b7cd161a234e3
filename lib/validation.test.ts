import { describe, expect, it } from "vitest";
import { disclosureListQuerySchema } from "@/lib/disclosure/list-query";
import { rowSearchQuerySchema } from "@/lib/rows/query";

describe("the public search parameters", () => {
  it("refuse a NUL in the text a search sends to the database, naming it", () => {
    for (const [schema, input] of [
      [disclosureListQuerySchema, { q: "a\u0000b" }],
      [disclosureListQuerySchema, { district: "\u0000" }],
      [rowSearchQuerySchema, { q: "公务\u0000接待费" }],
      [rowSearchQuerySchema, { district: "北碚区\u0000" }],
    ] as const) {
      const parsed = schema.safeParse(input);
      expect(parsed.success, JSON.stringify(input)).toBe(false);
      expect(parsed.error?.issues[0]?.message).toBe("含有无效字符（NUL）");
    }
    expect(disclosureListQuerySchema.safeParse({ q: "公务接待费", district: "北碚区" }).success).toBe(true);
  });
});
