import { describe, expect, it } from "vitest";
import { passwordPolicyViolation } from "./password-policy";

const policy = { minLength: 8, minClasses: 3 };

describe("password policy", () => {
  it("refuses a password shorter than the minimum", () => {
    expect(passwordPolicyViolation("Ab1#xyz", policy)).toBe("密码至少需要 8 个字符");
  });
  it("refuses a long password with only two character classes", () => {
    expect(passwordPolicyViolation("abcdefgh12345", policy)).toMatch(/至少包含.*3 类/);
  });
  it("accepts three classes of eight characters", () => {
    expect(passwordPolicyViolation("abcdef1#", policy)).toBeNull();
    expect(passwordPolicyViolation("Abcdefg1", policy)).toBeNull();
  });
  it("counts characters, not UTF-16 units, and treats Chinese as symbols", () => {
    expect(passwordPolicyViolation("预算公开Ab1", policy)).toBe("密码至少需要 8 个字符");
    expect(passwordPolicyViolation("预算公开Abc1", policy)).toBeNull();
  });
  it("follows the configured policy", () => {
    expect(passwordPolicyViolation("abcdefghijkl", { minLength: 12, minClasses: 1 })).toBeNull();
    expect(passwordPolicyViolation("Abcdefg1", { minLength: 8, minClasses: 4 })).not.toBeNull();
  });
});
