// npm run bench:pages: the public pages and API under load, beside a static file server of the same
// disclosure HTML in the same run. Starts the production build (`npm start`, which builds first when
// there is none) on a fresh embedded database in a temporary folder, or on DATABASE_URL when set;
// drives each target with autocannon at 20 and at 200 connections; prints req/s, p50/p99, errors,
// timeouts and non-2xx answers (503s apart) and each target's ratio to the static server.
//
// Usage: npm run bench:pages -- [--duration 10] [--long] [--only NAME,…]
//   --duration S  seconds per run (default 10)
//   --long        60 s at 200 connections (the issue's target: 0 errors but deliberate 503s, p99 ≤ 1 s)
//   --only NAMES  only the targets whose name contains one of them (the static servers always run)
//
// The load generator runs in this process, on the same cores as the server: on a 2-core machine it
// takes one of them, which caps the static server's figure well below what nginx and wrk reach.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import zlib from "node:zlib";
import autocannon from "autocannon";
import { encodingFor } from "../lib/http/encoding.mjs";

const { values: args } = parseArgs({
  options: {
    duration: { type: "string", default: "10" },
    long: { type: "boolean", default: false },
    "serve-static": { type: "string" },
    // targets whose name contains one of these, comma-separated (the static servers always run)
    only: { type: "string" },
  },
});

function machine() {
  const cpus = os.cpus();
  return `${cpus[0]?.model ?? "?"}, ${cpus.length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}, ${os.platform()} ${os.arch()}`;
}
const load = () => os.loadavg().map((l) => l.toFixed(1)).join(" ");

/** Spawns a process and resolves with it once a line of its output matches. */
function startProcess(command, argv, { env, ready, label }) {
  const child = spawn(command, argv, { env, stdio: ["ignore", "pipe", "pipe"] });
  return new Promise((resolve, reject) => {
    let buffered = "";
    const onData = (chunk) => {
      buffered += chunk;
      const lines = buffered.split("\n");
      buffered = lines.pop();
      for (const line of lines) {
        if (label) console.log(`[${label}] ${line}`);
        const match = ready.exec(line);
        if (match) resolve({ child, match });
      }
    };
    child.stdout.setEncoding("utf8").on("data", onData);
    child.stderr.setEncoding("utf8").on("data", (chunk) => label && process.stderr.write(`[${label}] ${chunk}`));
    child.once("exit", (code) => reject(new Error(`${command} ${argv.join(" ")} 退出，代码 ${code}`)));
  });
}

const freePort = () =>
  new Promise((resolve) => {
    const probe = http.createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

async function waitFor(url, seconds) {
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    try {
      const res = await fetch(url);
      if (res.ok) return res;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${seconds} 秒内 ${url} 未就绪`);
}

function stop(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once("exit", resolve);
    child.kill("SIGTERM");
  });
}

const run = (url, connections, duration, headers = {}, paths = null) =>
  autocannon({ url, connections, duration, headers, timeout: 10, ...(paths ? { requests: [{ setupRequest: (req) => ({ ...req, path: paths() }) }] } : {}) });

/**
 * A crawler's searches: every request a search nobody has asked before — a term, a district, a year,
 * a kind, an order and a page size: 16 × 38 × 10 × 3 × 3 × 3 = 164,160 pages before one comes round
 * again, longer than the front cache keeps one — so that none is served from a cache.
 */
const districts = JSON.parse(fs.readFileSync(new URL("../db/reference/districts.json", import.meta.url), "utf8")).districts.map((d) => d.code);

function newSearches(districtCodes) {
  const terms = ["接待", "预算", "政务服务", "公用经费", "三公", "人员经费", "项目支出", "机关运行", "政府采购", "一般公共", "基金", "资本性", "商品和服务", "社会保障", "卫生健康", "教育"];
  const choices = [terms, districtCodes, Array.from({ length: 10 }, (_, i) => String(2016 + i)), ["", "budget", "final"], ["relevance", "year", "amount"], ["20", "50", "100"]];
  let n = 0;
  return () => {
    let i = n++;
    const [q, district, year, kind, sort, pageSize] = choices.map((values) => {
      const value = values[i % values.length];
      i = Math.floor(i / values.length);
      return value;
    });
    return `/search?${new URLSearchParams({ q, district, year, ...(kind ? { kind } : {}), sort, pageSize })}`;
  };
}

const BROWSER_ENCODINGS = { "accept-encoding": "gzip, deflate, br, zstd" };

function figures(result) {
  const answered = result["1xx"] + result["2xx"] + result["3xx"] + result["4xx"] + result["5xx"];
  const busy = Number(result.statusCodeStats?.["503"]?.count ?? 0);
  return {
    rps: answered / result.duration,
    okRps: result["2xx"] / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    busy,
    otherNon2xx: result.non2xx - busy,
  };
}

async function main() {
  const duration = Number(args.duration);
  const longRun = args.long ? 60 : duration;
  const commit = spawnSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).stdout.trim() || "?";
  const dirty = spawnSync("git", ["status", "--porcelain", "--untracked-files=no"], { encoding: "utf8" }).stdout.trim() ? " (with uncommitted changes)" : "";
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "bench-pages-"));
  fs.chmodSync(tmp, 0o755);
  const database = process.env.DATABASE_URL ? "PostgreSQL (DATABASE_URL)" : "a fresh embedded database (PGlite)";
  console.log(`machine: ${machine()}; load average at start ${load()}`);
  console.log(`commit ${commit}${dirty}; ${database}; ${duration} s per run at 20 connections, ${longRun} s at 200\n`);

  const children = [];
  const cleanUp = async () => {
    await Promise.all(children.map(stop));
    fs.rmSync(tmp, { recursive: true, force: true });
  };
  process.once("SIGINT", () => cleanUp().then(() => process.exit(130)));
  try {
    const port = await freePort();
    const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...(process.env.DATABASE_URL ? {} : { PGLITE_DATA_DIR: path.join(tmp, "pglite") }) };
    const app = await startProcess(process.execPath, ["scripts/start.mjs", "--port", String(port), "--hostname", "127.0.0.1"], {
      env,
      ready: /已启动/,
      label: "app",
    });
    children.push(app.child);
    const base = `http://127.0.0.1:${port}`;
    const list = await (await waitFor(`${base}/api/v1/disclosures?pageSize=10`, 300)).json();
    if (!list.items?.length) throw new Error("没有已公开的文件可测");

    // the largest of the first disclosures' pages: the heaviest page a visitor opens
    let page = { id: "", html: Buffer.alloc(0) };
    for (const { id } of list.items) {
      const html = Buffer.from(await (await fetch(`${base}/disclosures/${id}`)).arrayBuffer());
      if (html.length > page.html.length) page = { id, html };
    }
    const file = path.join(tmp, "disclosure.html");
    fs.writeFileSync(file, page.html);
    // as nginx's brotli_static serves it: compressed beforehand, at the quality the front cache uses
    fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(page.html, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 6 } }));
    console.log(`disclosure page /disclosures/${page.id}: ${(page.html.length / 1024).toFixed(0)} KB of HTML`);

    const statics = [];
    const nodeStatic = await startProcess(process.execPath, [process.argv[1], "--serve-static", file], { env: process.env, ready: /^port (\d+)/ });
    children.push(nodeStatic.child);
    statics.push({ name: "static file (node:http)", url: `http://127.0.0.1:${nodeStatic.match[1]}/disclosure.html` });
    const brStatic = { name: "static file, precompressed br (node:http)", url: statics[0].url, headers: BROWSER_ENCODINGS };
    if (spawnSync("sh", ["-c", "command -v nginx"]).status === 0) {
      const nginxPort = await freePort();
      const conf = path.join(tmp, "nginx.conf");
      fs.writeFileSync(
        conf,
        `worker_processes 1; pid ${tmp}/nginx.pid; error_log stderr; daemon off;
events { worker_connections 1024; }
http { access_log off; default_type text/html; server { listen 127.0.0.1:${nginxPort}; root ${tmp}; } }\n`,
      );
      const nginx = spawn("nginx", ["-c", conf, "-p", tmp], { stdio: "inherit" });
      children.push(nginx);
      statics.push({ name: "static file (nginx, 1 worker)", url: `http://127.0.0.1:${nginxPort}/disclosure.html` });
      await waitFor(statics.at(-1).url, 10);
    }

    const targets = [
      ...statics,
      brStatic,
      { name: "/", url: `${base}/` },
      { name: "disclosure page", url: `${base}/disclosures/${page.id}` },
      { name: "disclosure page, as a browser asks (br)", url: `${base}/disclosures/${page.id}`, headers: BROWSER_ENCODINGS },
      { name: "/search?q=接待", url: `${base}/search?q=${encodeURIComponent("接待")}` },
      { name: "/search, a new query each time", url: `${base}/search?q=${encodeURIComponent("接待")}`, paths: newSearches(districts) },
      { name: "/api/v1/disclosures", url: `${base}/api/v1/disclosures` },
      { name: "/api/v1/disclosures/{id}", url: `${base}/api/v1/disclosures/${page.id}` },
    ];

    const only = args.only?.split(",").map((s) => s.trim()).filter(Boolean);
    const chosen = only ? targets.filter((t) => statics.includes(t) || t === brStatic || only.some((o) => t.name.includes(o))) : targets;
    const rows = [];
    for (const target of chosen) {
      if (target.paths) target.paths = newSearches(districts);
      const first = await fetch(target.url, { headers: target.headers ?? { "accept-encoding": "identity" } });
      const bytes = (await first.arrayBuffer()).byteLength;
      const encoding = first.headers.get("content-encoding");
      const how = [
        encoding && `sent ${(Number(first.headers.get("content-length")) / 1024).toFixed(1)} KB in ${encoding}`,
        first.headers.get("x-nextjs-cache") && `x-nextjs-cache ${first.headers.get("x-nextjs-cache")}`,
        first.headers.get("cache-control"),
      ]
        .filter(Boolean)
        .join("; ");
      console.log(`\n${target.name}: ${first.status}, ${(bytes / 1024).toFixed(1)} KB${how ? `, ${how}` : ""}`);
      for (const connections of [20, 200]) {
        const f = figures(await run(target.url, connections, connections === 200 ? longRun : duration, target.headers, target.paths));
        rows.push({ target: target.name, connections, ...f });
        console.log(
          `  ${String(connections).padStart(3)} connections: ${f.rps.toFixed(1)} req/s (2xx ${f.okRps.toFixed(1)}), p50 ${f.p50} ms, p99 ${f.p99} ms, errors ${f.errors} (timeouts ${f.timeouts}), 503 ${f.busy}, other non-2xx ${f.otherNon2xx}`,
        );
        await new Promise((r) => setTimeout(r, 2000));
      }
    }

    // a target a browser asks for is set against the static server's precompressed bytes
    const reference = (target, connections) => {
      const baseline = targets.find((t) => t.name === target).headers === BROWSER_ENCODINGS ? brStatic.name : statics[0].name;
      return rows.find((r) => r.target === baseline && r.connections === connections).okRps;
    };
    console.log(`\nload average at end ${load()}\n`);
    console.log("| target | connections | req/s | 2xx/s | × static | p50 ms | p99 ms | errors (timeouts) | 503 | other non-2xx |");
    console.log("|---|---|---|---|---|---|---|---|---|---|");
    for (const r of rows) {
      const ratio = r.okRps / reference(r.target, r.connections);
      console.log(
        `| ${r.target} | ${r.connections} | ${r.rps.toFixed(1)} | ${r.okRps.toFixed(1)} | ${ratio < 0.01 ? ratio.toFixed(4) : ratio.toFixed(2)} | ${r.p50} | ${r.p99} | ${r.errors} (${r.timeouts}) | ${r.busy} | ${r.otherNon2xx} |`,
      );
    }
  } finally {
    await cleanUp();
  }
}

// The static server, run as its own process so that it does not share the load generator's loop:
// the file read from disk at each request, as a static file server does (its precompressed copy
// for a client that takes br).
if (args["serve-static"]) {
  const file = args["serve-static"];
  const server = http.createServer((req, res) => {
    const br = encodingFor(req.headers["accept-encoding"]) === "br";
    const served = br ? `${file}.br` : file;
    res.writeHead(200, {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Length": fs.statSync(served).size,
      ...(br ? { "Content-Encoding": "br", Vary: "Accept-Encoding" } : {}),
    });
    fs.createReadStream(served).pipe(res);
  });
  server.listen(0, "127.0.0.1", () => console.log(`port ${server.address().port}`));
  process.on("SIGTERM", () => server.close(() => process.exit(0)));
} else {
  await main();
}
