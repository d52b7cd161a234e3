// npm test: typecheck, lint, the production build, unit and integration tests (PGlite, and
// PostgreSQL when TEST_DATABASE_URL is set), then the browser tests against the build. The build
// comes before the integration tests because some of them run the production server (two
// instances on one PostgreSQL in tests/integration/page-cache.test.ts).
// Ends with one line "tests: N passed, N failed" counting the test cases of every runner.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
mkdirSync("reports", { recursive: true });
for (const f of ["reports/vitest.json", "reports/e2e.json"]) rmSync(f, { force: true });

const steps = [
  ["typecheck", "npx", ["tsc", "--noEmit"]],
  ["lint", "npx", ["eslint", "--max-warnings=0", "."]],
  ["build", "npx", ["next", "build"]],
  ["unit + integration", "npx", ["vitest", "run", "--reporter=default", "--reporter=json", "--outputFile.json=reports/vitest.json"]],
  ["browser", "npx", ["playwright", "test"]],
];

const failedSteps = [];
for (const [name, cmd, args] of steps) {
  if (name === "browser" && failedSteps.includes("build")) {
    failedSteps.push(name);
    console.log(`\n▶ ${name}: skipped, the build failed`);
    continue;
  }
  console.log(`\n▶ ${name}: ${cmd} ${args.join(" ")}`);
  const t0 = Date.now();
  const r = spawnSync(cmd, args, { stdio: "inherit", env });
  console.log(`◀ ${name}: ${r.status === 0 ? "ok" : `failed (exit ${r.status ?? r.signal})`} in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  if (r.status !== 0) failedSteps.push(name);
}

const read = (f) => (existsSync(f) ? JSON.parse(readFileSync(f, "utf8")) : null);
const vitest = read("reports/vitest.json");
const e2e = read("reports/e2e.json");
const passed = (vitest?.numPassedTests ?? 0) + (e2e?.stats?.expected ?? 0);
const failed = (vitest?.numFailedTests ?? 0) + (e2e?.stats?.unexpected ?? 0) + (e2e?.stats?.flaky ?? 0);
const skipped = (vitest?.numPendingTests ?? 0) + (vitest?.numTodoTests ?? 0) + (e2e?.stats?.skipped ?? 0);

if (failedSteps.length) console.log(`\nfailed steps: ${failedSteps.join(", ")}`);
console.log(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failedSteps.length || failed || passed === 0 ? 1 : 0);
