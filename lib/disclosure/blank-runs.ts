/** Lines with each run of blank lines (null) as its count: a 收支总表 half draws a run as one ruled row. Pure. */
export function blankRuns<T>(lines: readonly (T | null)[]): (T | number)[] {
  const out: (T | number)[] = [];
  for (const line of lines) {
    if (line !== null) out.push(line);
    else if (typeof out.at(-1) === "number") (out[out.length - 1] as number)++;
    else out.push(1);
  }
  return out;
}
