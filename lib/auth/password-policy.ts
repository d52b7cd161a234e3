export interface PasswordPolicy {
  minLength: number;
  /** how many of upper-case, lower-case, digit and symbol a password needs */
  minClasses: number;
}

const CLASSES: [RegExp, string][] = [
  [/[A-Z]/, "大写字母"],
  [/[a-z]/, "小写字母"],
  [/[0-9]/, "数字"],
  [/[^A-Za-z0-9]/, "符号"],
];

/** The reason a password is refused, in Chinese, or null when it satisfies the policy. */
export function passwordPolicyViolation(password: string, policy: PasswordPolicy): string | null {
  if ([...password].length < policy.minLength) return `密码至少需要 ${policy.minLength} 个字符`;
  const present = CLASSES.filter(([re]) => re.test(password)).length;
  if (present < policy.minClasses) {
    return `密码须至少包含${CLASSES.map(([, n]) => n).join("、")}中的 ${policy.minClasses} 类`;
  }
  return null;
}
