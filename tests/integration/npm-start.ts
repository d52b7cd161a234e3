import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";

/** Whether there is a production build to run `npm start` on. */
export const built = fs.existsSync(".next/BUILD_ID");

/** A running `npm start`, with what it printed (LOG_SQL=true: one `SQL …` line per statement). */
export type Server = { base: string; port: number; child: ChildProcess; output: () => string };

export async function freePort(): Promise<number> {
  const s = http.createServer();
  await new Promise<void>((r) => s.listen(0, "127.0.0.1", r));
  const { port } = s.address() as AddressInfo;
  await new Promise((r) => s.close(r));
  return port;
}

/** `npm start` (scripts/start.mjs) on 127.0.0.1 with `env` added, once it says it has started. */
export async function startServer(env: Record<string, string>, port?: number): Promise<Server> {
  port ??= await freePort();
  const child = spawn(process.execPath, ["scripts/start.mjs", "--port", String(port), "--hostname", "127.0.0.1"], {
    env: { ...process.env, ...env, NODE_ENV: "production", LOG_SQL: "true" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start within 90 s:\n${log}`)), 90_000);
    child.stderr!.on("data", (d) => (log += d));
    child.stdout!.on("data", (d) => {
      log += d;
      if (log.includes("已启动")) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on("exit", (code) => reject(new Error(`server exited ${code}:\n${log}`)));
  });
  return { base: `http://127.0.0.1:${port}`, port, child, output: () => log };
}

export async function stopServer(s: Server | undefined) {
  if (!s || s.child.exitCode !== null) return;
  const exited = new Promise((r) => s.child.once("exit", r));
  s.child.kill("SIGTERM");
  await exited;
}
