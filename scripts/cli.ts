import { parseArgs, type ParseArgsConfig } from "node:util";
import { closeDb, getDbHandle, type DbHandle } from "@/db/client";
import { DatabaseLockedError } from "@/db/pglite-lock";
import { closeDatabaseOnSignals } from "@/db/shutdown";
import { InvalidInput } from "@/lib/invalid-input";

type Options = NonNullable<ParseArgsConfig["options"]>;
type Values<O extends Options> = ReturnType<typeof parseArgs<{ options: O; strict: true; allowPositionals: true }>>;

/**
 * Runs a command-line tool: parses its arguments (printing the usage on --help or a mistake),
 * opens the configured database and closes it cleanly, whatever happens. Refusals come out in
 * Chinese on stderr with exit code 1; a running app that holds the embedded database makes
 * the tool refuse instead of corrupting it.
 */
export async function runCli<O extends Options>({
  usage,
  options,
  main,
}: {
  usage: string;
  options: O;
  /** `database()` opens (migrating a new one) the configured database; a tool that needs none never calls it */
  main: (args: Values<O>, database: () => Promise<DbHandle>) => Promise<number | void>;
}): Promise<void> {
  let args: Values<O>;
  try {
    args = parseArgs({ options: { ...options, help: { type: "boolean", short: "h" } }, strict: true, allowPositionals: true }) as Values<O>;
  } catch (e) {
    const err = e as Error & { code?: string };
    const option = /'([^']+)'/.exec(err.message)?.[1] ?? "";
    const reason =
      err.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" ? `未知选项 ${option}` : err.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" ? `选项 ${option} 的值有误` : err.message;
    console.error(`${reason}\n${usage}`);
    process.exit(1);
  }
  if ((args.values as { help?: boolean }).help) {
    console.log(usage);
    process.exit(0);
  }
  closeDatabaseOnSignals();
  let opened = false;
  const database = () => {
    opened = true;
    return getDbHandle();
  };
  let code = 0;
  try {
    code = (await main(args, database)) ?? 0;
  } catch (e) {
    code = 1;
    if (e instanceof InvalidInput) console.error(`未执行：\n${e.problems.map((p) => `  --${p.field}：${p.message}`).join("\n")}\n${usage}`);
    else if (e instanceof DatabaseLockedError) console.error(`错误：${e.message}`);
    else console.error(`错误：${e instanceof Error ? e.message : String(e)}`);
  } finally {
    if (opened) await closeDb().catch(() => {});
  }
  // process.exit() would drop what a pipe has not taken yet of a large output
  await Promise.all([process.stdout, process.stderr].map((s) => new Promise((done) => s.write("", done))));
  process.exit(code);
}
