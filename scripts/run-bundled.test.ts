import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const runner = path.resolve("scripts/run-bundled.mjs");

function run(root: string, ...args: string[]) {
  return spawnSync(process.execPath, ["--conditions=react-server", runner, "main.ts", ...args], { cwd: root, encoding: "utf8", timeout: 60_000 });
}

describe("scripts/run-bundled.mjs", { timeout: 90_000 }, () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "run-bundled-"));
  fs.writeFileSync(path.join(root, "package.json"), JSON.stringify({ type: "module" }));
  fs.writeFileSync(path.join(root, "tsconfig.json"), JSON.stringify({ compilerOptions: { strict: true } }));
  fs.writeFileSync(path.join(root, "greeting.ts"), `export const greeting: string = "你好";\n`);
  fs.writeFileSync(path.join(root, "main.ts"), `import { greeting } from "./greeting";\nconsole.log(greeting, process.argv.slice(2).join(" "));\n`);

  it("runs a TypeScript script with its own arguments", () => {
    const r = run(root, "--json", "文件.pdf");
    expect(r.stderr).toBe("");
    expect(r.stdout.trim()).toBe("你好 --json 文件.pdf");
  });

  it("runs the changed code after a source file changes, and the cached bundle while none does", () => {
    expect(run(root).stdout.trim()).toBe("你好");
    const pointer = path.join(root, "node_modules/.cache/cq-budget-disclosure/main.json");
    const built = fs.statSync(pointer).mtimeMs;
    expect(run(root).stdout.trim()).toBe("你好");
    expect(fs.statSync(pointer).mtimeMs).toBe(built);
    fs.writeFileSync(path.join(root, "greeting.ts"), `export const greeting: string = "再见";\n`);
    expect(run(root).stdout.trim()).toBe("再见");
  });

  it("reports a script that does not compile, and exits with an error", () => {
    fs.writeFileSync(path.join(root, "broken.ts"), `const x: = ;\n`);
    const r = spawnSync(process.execPath, [runner, "broken.ts"], { cwd: root, encoding: "utf8", timeout: 60_000 });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain("broken.ts");
  });
});
