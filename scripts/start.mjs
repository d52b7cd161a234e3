// npm start: builds when there is no build yet, then serves the production build on PORT
// (default 3000; `npm start -- --port 8080 --hostname 127.0.0.1` also works). The app opens the
// database itself, migrating and loading sample data.
//
// It serves through Next.js's documented custom-server API (next() + getRequestHandler) rather
// than `next start`, for one reason: the client's address. `next start` hands the app only
// headers, and it fills X-Forwarded-For with the socket's address only when the client did not
// send one — so without a proxy in front, a client could claim any address and escape the
// feedback rate limit. Here every request gets the socket's address in a private header,
// replacing whatever a client sent under that name; lib/http/client-address.ts reads it (and
// X-Forwarded-For only with TRUST_PROXY=true). It is also where every answer gets its
// Content-Security-Policy, with a nonce written into pages that come from Next's cache
// (lib/http/secure-response.mjs), and where a server action from another site is refused.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import http from "node:http";
import { createRequire } from "node:module";
import os from "node:os";
import { refuseBadEncoding } from "../lib/http/bad-encoding.mjs";
import { FrontCache } from "../lib/http/front-cache.mjs";
import { CachedPaths, overloadGuard, overloadLimits, overloadMaxWait } from "../lib/http/overload.mjs";
import { CROSS_SITE_MESSAGE, crossSiteAction, hostCountsIn, publicOrigin } from "../lib/http/own-origin.mjs";
import { secureResponse } from "../lib/http/secure-response.mjs";

// keep in step with lib/http/client-address.ts
const CLIENT_ADDRESS_HEADER = "x-cq-client-address";
const CLIENT_ADDRESS_MARK = Symbol.for("cq-budget-disclosure.client-address-header");

const require = createRequire(import.meta.url);

if (!existsSync(".next/BUILD_ID")) {
  console.log("尚无生产构建，正在构建（首次启动需要几分钟）…");
  const build = spawnSync(process.execPath, [require.resolve("next/dist/bin/next"), "build"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

/** --port/-p and --hostname/-H as `next start` takes them; PORT otherwise. */
function options(args) {
  let port = Number(process.env.PORT || 3000);
  let hostname;
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i].split("=", 2);
    const value = () => inline ?? args[++i];
    if (flag === "--port" || flag === "-p") port = Number(value());
    else if (flag === "--hostname" || flag === "-H") hostname = value();
    else {
      console.error(`不认识的参数：${args[i]}（可用 --port、--hostname）`);
      process.exit(1);
    }
  }
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`端口须为 0 至 65535 之间的整数：${port}`);
    process.exit(1);
  }
  return { port, hostname };
}

const { port, hostname } = options(process.argv.slice(2));
let limits;
let maxWaitMs;
let site;
try {
  limits = overloadLimits(process.env, os.availableParallelism());
  maxWaitMs = overloadMaxWait(process.env);
  site = { origin: publicOrigin({ ...process.env, PORT: String(port) }), trustProxy: process.env.TRUST_PROXY === "true", hostCounts: hostCountsIn(process.env) };
} catch (e) {
  console.error(e.message);
  process.exit(1);
}
process.env.NODE_ENV = "production";
// the app closes its database on SIGINT/SIGTERM (db/shutdown.ts, registered by instrumentation.ts)
process.env.NEXT_MANUAL_SIG_HANDLE = "true";
process.env.PORT = String(port);
// next-auth's own idea of the site (its redirects, Secure cookies behind HTTPS)
if (process.env.PUBLIC_URL && !process.env.NEXTAUTH_URL) process.env.NEXTAUTH_URL = site.origin;

const next = require("next");
const app = next({ dev: false, dir: process.cwd(), hostname, port });
await app.prepare();
const handle = app.getRequestHandler();

// the app trusts the private header only in a process whose server sets it on every request
globalThis[CLIENT_ADDRESS_MARK] = CLIENT_ADDRESS_HEADER;

// the pages the build prerendered are served from Next's cache from the first request on
const cached = new CachedPaths();
for (const path of Object.keys(JSON.parse(readFileSync(".next/prerender-manifest.json", "utf8")).routes ?? {})) cached.add(path);
const admitted = overloadGuard({ limits, cached, maxWaitMs });

const { host: publicHost, protocol } = new URL(site.origin);
const publicScheme = protocol.slice(0, -1);
const hsts = publicScheme === "https";
// the pages Next.js serves from its cache, kept as they left it (emptied by every expiry of its tags)
const front = new FrontCache().register();
const server = http.createServer((req, res) => {
  if (front.answer(req, res, { hsts })) return;
  secureResponse(req, res, { hsts, front });
  if (refuseBadEncoding(req, res)) return;
  if (!admitted(req, res)) return;
  // Next.js takes these for the host and scheme the client reached, and compares a server
  // action's Origin with them: only a proxy of one's own may say; otherwise they are the public
  // address's, whatever a client sent.
  if (!site.trustProxy) {
    req.headers["x-forwarded-host"] = site.hostCounts ? (req.headers.host ?? publicHost) : publicHost;
    req.headers["x-forwarded-proto"] = publicScheme;
  }
  if (crossSiteAction(req, site)) {
    res.writeHead(403, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" });
    res.end(CROSS_SITE_MESSAGE);
    return;
  }
  req.headers[CLIENT_ADDRESS_HEADER] = req.socket.remoteAddress ?? "";
  handle(req, res).catch((e) => {
    console.error(`处理请求 ${req.url} 时出错：`, e);
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  });
});
server.on("error", (e) => {
  console.error("无法启动服务：", e.message);
  process.exit(1);
});
server.listen(port, hostname, () => {
  const where = hostname ?? "localhost";
  console.log(`已启动：http://${where.includes(":") ? `[${where}]` : where}:${server.address().port}`);
  console.log(`公开地址：${site.origin}（PUBLIC_URL；本站页面以外发来的操作一律拒绝）`);
  console.log(`同时处理的请求至多：页面 ${limits.render}、搜索 ${limits.search}、接口 ${limits.api}（超出即答 503）；事件循环被占用超过 ${maxWaitMs} 毫秒后读到的请求也答 503`);
});

// Stop taking requests at once; db/shutdown.ts then closes the database and exits. Should it
// not be registered (no instrumentation), leave within 10 s anyway.
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => {
    server.close();
    setTimeout(() => process.exit(0), 10_000);
  });
}
