import { describe, expect, it } from "vitest";
import { rowSearchQuerySchema } from "./query";

const parse = (q: Record<string, string>) => rowSearchQuerySchema.safeParse(q);

describe("the row search's parameters", () => {
  it("take a code typed in the name box as the code", () => {
    expect(parse({ q: "30217" }).data).toMatchObject({ code: "30217", q: undefined });
    expect(parse({ q: "公务接待费" }).data).toMatchObject({ code: undefined, q: "公务接待费" });
  });

  it("list by amount, largest first, 20 a page unless told", () => {
    expect(parse({ code: "30217" }).data).toMatchObject({ sort: "amount", page: 1, pageSize: 20 });
  });

  it("refuse more than 100 a page, naming the parameter in Chinese", () => {
    const r = parse({ code: "30217", pageSize: "1000" });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]).toMatchObject({ path: ["pageSize"], message: "每页条数（pageSize）至多 100 条" });
  });

  it("refuse a table the row search does not list, naming the tables it does", () => {
    const r = parse({ code: "30217", table: "three_public" });
    expect(r.error?.issues[0]?.path).toEqual(["table"]);
    expect(r.error?.issues[0]?.message).toContain("basic_economic（一般公共预算财政拨款基本支出表）");
  });

  it("treat empty fields of the page's form as not given", () => {
    expect(parse({ q: "公务接待费", district: "", year: "", table: "" }).success).toBe(true);
  });
});
