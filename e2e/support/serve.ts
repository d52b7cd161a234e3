// The server the end-to-end tests run against: `npm start` (scripts/start.mjs) on a fresh
// embedded database in a temporary directory, with the accounts of accounts.ts created first.
// It runs as behind a reverse proxy (TRUST_PROXY), so that each test can be its own client
// address for the feedback rate limit by sending X-Forwarded-For.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { accounts, PASSWORD } from "./accounts";

const dataRoot = fs.mkdtempSync(path.join(os.tmpdir(), "e2e-data-"));
const env: NodeJS.ProcessEnv = { ...process.env, PGLITE_DATA_DIR: path.join(dataRoot, "pglite"), DATABASE_URL: "", NEXT_TELEMETRY_DISABLED: "1" };

for (const a of Object.values(accounts)) {
  const args = ["--conditions=react-server", "--import", "tsx", "scripts/user-create.ts", "--email", a.email, "--name", a.name, "--role", a.role, "--password", PASSWORD];
  for (const d of a.departments) args.push("--department", d);
  for (const d of a.districts) args.push("--district", d);
  const r = spawnSync(process.execPath, args, { env, stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const port = process.env.E2E_PORT ?? "3210";
const server = spawn(process.execPath, ["scripts/start.mjs", "--port", port], {
  // the browser reaches it at 127.0.0.1 (playwright.config.ts): the site's own pages are there
  // a loaded CI machine stalls the loop for longer than a person would see: no test page is refused for it
  env: { ...env, TRUST_PROXY: "true", PUBLIC_URL: `http://127.0.0.1:${port}`, OVERLOAD_MAX_WAIT_MS: "30000" },
  stdio: "inherit",
});
const stop = (signal: NodeJS.Signals) => server.kill(signal);
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
server.on("exit", (code) => {
  fs.rmSync(dataRoot, { recursive: true, force: true });
  process.exit(code ?? 0);
});
