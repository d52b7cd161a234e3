// npm start: builds when there is no build yet, then serves the production build on PORT
// (default 3000). The app opens the database itself, migrating and loading sample data.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";

const next = createRequire(import.meta.url).resolve("next/dist/bin/next");

if (!existsSync(".next/BUILD_ID")) {
  console.log("尚无生产构建，正在构建（首次启动需要几分钟）…");
  const build = spawnSync(process.execPath, [next, "build"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// the app closes its database on SIGINT/SIGTERM (db/shutdown.ts): Next.js must leave the signals to it
const server = spawn(process.execPath, [next, "start", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, NEXT_MANUAL_SIG_HANDLE: "true" },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
