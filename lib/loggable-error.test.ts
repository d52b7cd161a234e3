import { DrizzleQueryError } from "drizzle-orm/errors";
import { describe, expect, it } from "vitest";
import { loggableError } from "./loggable-error";

describe("an error as it goes to the log", () => {
  it("leaves out the statement and its values, keeping the database's reason and code", () => {
    const cause = Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), { code: "22021" });
    const e = new DrizzleQueryError('select * from "users" where "email" = $1', ["secret@example.gov.cn\u0000"], cause);
    const logged = loggableError(e);
    expect(logged).not.toMatch(/select|users|secret@example|params/);
    expect(logged).toContain('数据库语句失败（语句与参数不记入日志）：invalid byte sequence for encoding "UTF8"（22021）');
    expect(logged).toMatch(/\n\s+at /);
  });

  it("keeps another error's message and stack", () => {
    const logged = loggableError(new TypeError("x is undefined"));
    expect(logged.split("\n")[0]).toBe("TypeError: x is undefined");
    expect(logged).toMatch(/\n\s+at /);
  });
});
