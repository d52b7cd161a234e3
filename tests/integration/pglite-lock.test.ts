import { afterAll, describe, expect, it } from "vitest";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { openDatabase } from "@/db/client";
import { DatabaseLockedError } from "@/db/pglite-lock";
import { users } from "@/db/schema";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "pglite-lock-"));
const dataDir = path.join(tmp, "pglite");
const env: NodeJS.ProcessEnv = { ...process.env, PGLITE_DATA_DIR: dataDir, DATABASE_URL: "", NODE_ENV: "production" };
const tsx = ["--conditions=react-server", "--import", "tsx"];
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function startHolder(): Promise<ChildProcess> {
  const child = spawn(process.execPath, [...tsx, "tests/integration/fixtures/hold-database.ts"], { env, stdio: ["ignore", "pipe", "pipe"] });
  return new Promise((resolve, reject) => {
    let err = "";
    child.stderr!.on("data", (d) => (err += d));
    child.stdout!.on("data", (d) => String(d).includes("ready") && resolve(child));
    child.on("exit", (code) => reject(new Error(`holder exited ${code}: ${err}`)));
  });
}

const createUserCli = (email: string) =>
  spawnSync(
    process.execPath,
    [...tsx, "scripts/user-create.ts", "--email", email, "--name", "管理员", "--role", "admin", "--password", "Lock#Test2026"],
    { env, encoding: "utf8", timeout: 60_000 },
  );

describe.skipIf(process.env.TEST_DB_DRIVER === "postgres")("the embedded database directory", () => {
  it("belongs to one process: a second opener and the CLI are refused clearly, nothing is written", async () => {
    const holder = await startHolder();
    try {
      const refused = await openDatabase({ dataDir }).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(DatabaseLockedError);
      expect((refused as Error).message).toContain(`进程号 ${holder.pid}`);

      const cli = createUserCli("second@test.invalid");
      expect(cli.status).toBe(1);
      expect(cli.stderr).toContain("嵌入式数据库正被另一个进程使用");
    } finally {
      holder.kill("SIGTERM");
    }
    const code = await new Promise((r) => holder.on("exit", r));
    expect(code).toBe(0);
    expect(fs.existsSync(`${dataDir}.lock`)).toBe(false);

    // released: the CLI now works, and what it wrote is there for the next opener
    const cli = createUserCli("after@test.invalid");
    expect(cli.stderr).toBe("");
    expect(cli.status).toBe(0);
    const handle = await openDatabase({ dataDir });
    try {
      const rows = await handle.db.select().from(users).where(eq(users.email, "second@test.invalid"));
      expect(rows).toEqual([]);
      expect(await handle.db.select({ email: users.email }).from(users).where(eq(users.email, "after@test.invalid"))).toHaveLength(1);
    } finally {
      await handle.close();
    }
  }, 120_000);

  it("is taken over when the process that held it died without releasing it", async () => {
    const dead = spawnSync(process.execPath, ["-e", "console.log(process.pid)"], { encoding: "utf8" });
    fs.writeFileSync(`${dataDir}.lock`, JSON.stringify({ pid: Number(dead.stdout.trim()), host: os.hostname(), command: "crashed", since: "" }));
    const handle = await openDatabase({ dataDir });
    expect(JSON.parse(fs.readFileSync(`${dataDir}.lock`, "utf8")).pid).toBe(process.pid);
    await handle.close();
    expect(fs.existsSync(`${dataDir}.lock`)).toBe(false);
  }, 60_000);
});
