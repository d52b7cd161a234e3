import type { FieldValues, Path, UseFormSetError } from "react-hook-form";

type Refusal = { error: string; problems?: { field: string; message: string }[] };

/**
 * Puts the server's problems on the form's fields (focusing the first); returns the text for what no field shows
 * (the message of a refusal without problems, or problems of other fields).
 */
export function showServerProblems<T extends FieldValues>(refusal: Refusal, fields: readonly Path<T>[], setError: UseFormSetError<T>): string {
  const rest: string[] = [];
  let focused = false;
  for (const p of refusal.problems ?? []) {
    const field = fields.find((f) => f === p.field || p.field.startsWith(`${f}.`));
    if (!field) {
      rest.push(p.message);
      continue;
    }
    setError(field, { type: "server", message: p.message }, { shouldFocus: !focused });
    focused = true;
  }
  if (!refusal.problems?.length) return refusal.error;
  return rest.length ? rest.join("；") : "请按提示修改后重新提交。";
}
