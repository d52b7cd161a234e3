// Runs one of this project's TypeScript scripts with plain Node:
//   node --conditions=react-server scripts/run-bundled.mjs scripts/import.ts [arguments…]
// The script is bundled with esbuild (the project's own files; packages stay external and are
// loaded by Node) into node_modules/.cache, and rebuilt only when one of its source files changed.
// tsx, which the other scripts use, passes every module through its loader: for pdf.js alone that
// is about a second per run, so a PDF import took 5–6 s where 3–4 s are the reading itself.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const root = process.cwd();
const cacheFolder = path.join(root, "node_modules", ".cache", "cq-budget-disclosure");
/** a bundle folder no run has used for this long is removed (a run may still load its chunks) */
const STALE_MS = 24 * 60 * 60 * 1000;

const entry = process.argv[2];
if (!entry) {
  console.error("用法：node --conditions=react-server scripts/run-bundled.mjs 脚本.ts [参数…]");
  process.exit(1);
}
const name = path.basename(entry).replace(/\.[cm]?tsx?$/, "");
const pointerFile = path.join(cacheFolder, `${name}.json`);

/** A digest of the sources a bundle was built from: their paths and contents. */
function digestOf(inputs) {
  const hash = createHash("sha256");
  for (const file of inputs) {
    hash.update(file).update("\0");
    try {
      hash.update(readFileSync(path.join(root, file)));
    } catch {
      hash.update("(missing)");
    }
    hash.update("\0");
  }
  return hash.digest("hex").slice(0, 16);
}

function currentBundle() {
  try {
    const pointer = JSON.parse(readFileSync(pointerFile, "utf8"));
    const folder = path.join(cacheFolder, pointer.folder);
    if (digestOf(pointer.inputs) !== pointer.digest) return null;
    statSync(path.join(folder, `${name}.js`));
    return folder;
  } catch {
    return null;
  }
}

// Next's subpaths (next/cache) have no "exports" map: Node's ESM resolver needs the file name
const nextSubpaths = {
  name: "next-subpaths",
  setup(build) {
    build.onResolve({ filter: /^next\/[a-z-]+$/ }, (args) => ({ path: `${args.path}.js`, external: true }));
  },
};

async function rebuild() {
  const { build } = await import("esbuild");
  mkdirSync(cacheFolder, { recursive: true });
  const building = path.join(cacheFolder, `${name}.building-${process.pid}`);
  const result = await build({
    entryPoints: { [name]: path.join(root, entry) },
    bundle: true,
    // the readers (pdf.js, Word, Excel) stay in chunks of their own, loaded when a file needs them
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    packages: "external",
    conditions: ["react-server"],
    tsconfig: path.join(root, "tsconfig.json"),
    plugins: [nextSubpaths],
    outdir: building,
    metafile: true,
    logLevel: "error",
  });
  const inputs = [...Object.keys(result.metafile.inputs), "tsconfig.json", "package.json"].sort();
  const digest = digestOf(inputs);
  const folder = `${name}-${digest}`;
  try {
    renameSync(building, path.join(cacheFolder, folder));
  } catch {
    // another run built the same sources at the same time: its bundle is as good
    rmSync(building, { recursive: true, force: true });
  }
  const pointerTemp = `${pointerFile}.${process.pid}`;
  writeFileSync(pointerTemp, JSON.stringify({ folder, digest, inputs }));
  renameSync(pointerTemp, pointerFile);
  removeStale(folder);
  return path.join(cacheFolder, folder);
}

function removeStale(kept) {
  for (const other of readdirSync(cacheFolder)) {
    if (other === kept || !other.startsWith(`${name}-`)) continue;
    const at = path.join(cacheFolder, other);
    try {
      if (Date.now() - statSync(at).mtimeMs > STALE_MS) rmSync(at, { recursive: true, force: true });
    } catch {
      // removed by another run meanwhile
    }
  }
}

const folder = currentBundle() ?? (await rebuild());
// the script reads its own arguments from process.argv, as if it had been run directly
process.argv.splice(1, 1);
await import(pathToFileURL(path.join(folder, `${name}.js`)).href);
