// Completes package-lock.json with the other platforms' optional native packages
// (@next/swc-darwin-arm64, @tailwindcss/oxide-win32-x64-msvc, …). npm records them only when
// the registry serves their metadata; a registry that mirrors one platform leaves them out, and
// `npm ci` then calls the lockfile out of sync. Each entry gets what npm needs to skip it (or,
// on that platform, fetch it): its version and the os/cpu/libc its name states.
// Run after changing dependencies: npm install && node scripts/lockfile-platforms.mjs
import { readFileSync, writeFileSync } from "node:fs";

const OS = ["android", "darwin", "freebsd", "linux", "openbsd", "sunos", "win32", "aix", "netbsd", "openharmony"];
const CPU = { arm64: "arm64", aarch64: "arm64", x64: "x64", arm: "arm", ia32: "ia32", loong64: "loong64", ppc64: "ppc64", riscv64: "riscv64", s390x: "s390x", wasm32: "wasm32", mips64el: "mips64el" };

function platformOf(name) {
  const parts = name.split("/").pop().split("-");
  const os = parts.find((p) => OS.includes(p));
  const cpu = parts.map((p) => (p === "wasi" || p === "wasm32" ? "wasm32" : CPU[p])).find(Boolean);
  const libc = parts.includes("musl") || parts.includes("musleabihf") ? "musl" : parts.includes("gnu") || parts.includes("gnueabihf") ? "glibc" : undefined;
  return { os, cpu, libc };
}

const lock = JSON.parse(readFileSync("package-lock.json", "utf8"));
let added = 0;
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const at = `${path ? `${path}/` : ""}node_modules/${dep}`;
    if (lock.packages[at] || lock.packages[`node_modules/${dep}`]) continue;
    const { os, cpu, libc } = platformOf(dep);
    if (!cpu) continue; // not a platform binary: leave it to npm
    lock.packages[`node_modules/${dep}`] = {
      version,
      optional: true,
      ...(os ? { os: [os] } : {}),
      cpu: [cpu],
      ...(libc ? { libc: [libc] } : {}),
    };
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))));
writeFileSync("package-lock.json", `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: ${added} platform packages recorded`);
