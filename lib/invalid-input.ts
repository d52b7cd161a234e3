/** Input that cannot be accepted: each problem names its field, in Chinese. */
export class InvalidInput extends Error {
  constructor(readonly problems: { field: string; message: string }[]) {
    super(problems.map((p) => `${p.field}：${p.message}`).join("；"));
    this.name = "InvalidInput";
  }
}

export const zodProblems = (issues: { path: PropertyKey[]; message: string }[]) =>
  issues.map((i) => ({ field: i.path.map(String).join(".") || "输入", message: i.message }));
