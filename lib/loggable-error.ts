/**
 * An error as it may go to the server's log: its name, message and stack frames, but never the
 * text and values of a failed SQL statement. Drizzle puts both into the message of the error it
 * raises (“Failed query: … params: …”) and the drivers hang them on theirs (`query`,
 * `parameters`): values are what people typed, sign-in addresses and worse.
 */
export function loggableError(e: unknown): string {
  if (!(e instanceof Error)) return String(e).slice(0, 500);
  const frames = (e.stack ?? "").split("\n").filter((line) => /^\s+at /.test(line));
  return [`${e.name}: ${safeMessage(e)}`, ...frames].join("\n");
}

function safeMessage(e: Error): string {
  if (!e.message.startsWith("Failed query:")) return e.message;
  const cause = e.cause as { message?: unknown; code?: unknown } | undefined;
  // PostgreSQL names a value it refused after a colon (invalid input syntax for type uuid: "…")
  const why = typeof cause?.message === "string" ? cause.message.split(": ")[0] : "原因不明";
  return `数据库语句失败（语句与参数不记入日志）：${why}${typeof cause?.code === "string" ? `（${cause.code}）` : ""}`;
}
