// Overload answered, not queued: scripts/start.mjs counts the requests in flight per route class
// and answers one beyond its class's limit with 503 at once, before Next.js sees it. Plain
// JavaScript because start.mjs runs under bare Node; types in overload.d.mts.

/** The classes that are limited; anything else (assets, the admin area, sign-in) never is. */
export const LIMITED_CLASSES = /** @type {const} */ (["render", "search", "api"]);

const ENV_NAMES = { render: "OVERLOAD_RENDER", search: "OVERLOAD_SEARCH", api: "OVERLOAD_API" };
// per core: a page render or a search keeps a core busy, so more in flight only waits longer
const PER_CORE = { render: 4, search: 2, api: 4 };

export const RETRY_AFTER_SECONDS = 2;
/** A request read after the event loop was this long without coming round is refused (see loopClock); OVERLOAD_MAX_WAIT_MS. */
export const MAX_WAIT_MS = 500;
export const BUSY_MESSAGE = "服务器繁忙，请稍后再试。";

const under = (path, prefix) => path === prefix || path.startsWith(`${prefix}/`);

/**
 * The route class of a request: "render" (pages), "search" (/search, /rows, their API and CSV
 * downloads, /api/v1/disclosures?q=), "api" (the rest of /api/v1), or null for what is never
 * refused — built assets, and the admin area with sign-in, so that a signed-in contact can work
 * through a crawl (a crawler follows public links; without a session the admin area is a redirect),
 * and /api/internal, by which an instance expires the pages another instance changed.
 */
export function routeClass(url) {
  const { pathname, searchParams } = new URL(url, "http://portal.invalid");
  if (pathname.startsWith("/_next/")) return null;
  if (["/admin", "/login", "/api/auth", "/api/v1/admin", "/api/internal"].some((p) => under(pathname, p))) return null;
  if (["/search", "/rows", "/api/v1/rows", "/api/v1/rows.csv"].some((p) => under(pathname, p))) return "search";
  if (pathname === "/api/v1/disclosures" && searchParams.get("q")?.trim()) return "search";
  if (under(pathname, "/api")) return "api";
  return "render";
}

/**
 * The limits, from OVERLOAD_RENDER / OVERLOAD_SEARCH / OVERLOAD_API, by default a few per core.
 * Throws a message naming the variable when one is not a positive integer.
 */
export function overloadLimits(env, cores) {
  return Object.fromEntries(
    LIMITED_CLASSES.map((c) => {
      const raw = env[ENV_NAMES[c]]?.trim();
      const value = raw ? Number(raw) : PER_CORE[c] * Math.max(1, cores);
      if (!Number.isInteger(value) || value < 1) throw new Error(`${ENV_NAMES[c]} 须为正整数：${raw}`);
      return [c, value];
    }),
  );
}

/**
 * How long a request may have waited in its socket before it is refused, from OVERLOAD_MAX_WAIT_MS
 * (milliseconds), by default MAX_WAIT_MS. Throws a message naming the variable when it is not a
 * positive integer.
 */
export function overloadMaxWait(env) {
  const raw = env.OVERLOAD_MAX_WAIT_MS?.trim();
  if (!raw) return MAX_WAIT_MS;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`OVERLOAD_MAX_WAIT_MS 须为正整数（毫秒）：${raw}`);
  return value;
}

/**
 * The pages (by cacheKeyOf) Next.js last answered from its full-route cache — a response with
 * x-nextjs-cache: HIT, STALE, MISS (rendered now, kept for the next) or REVALIDATED — and those its
 * build prerendered. Such a page costs about a millisecond, and Next renders one key once however
 * many ask for it at the same time, so it is never refused. A page leaves the set as soon as it is
 * answered otherwise; the set is bounded, the oldest entries going first.
 */
export class CachedPaths {
  #keys = new Map();
  constructor(max = 50_000) {
    this.max = max;
  }
  has(key) {
    return this.#keys.has(key);
  }
  add(key) {
    this.#keys.delete(key);
    this.#keys.set(key, true);
    if (this.#keys.size > this.max) this.#keys.delete(this.#keys.keys().next().value);
  }
  /** What a response says of its page: only a successful answer from the cache counts. */
  note(key, status, cacheHeader) {
    if (status === 200 && cacheHeader) this.add(key);
    else this.#keys.delete(key);
  }
}

/**
 * How long the event loop has now been busy without coming round to its timers: a lower bound on
 * how long a request read at this moment has waited in its socket. The embedded database runs
 * its queries on the loop, so a request is often served from start to end within one callback:
 * however many wait, few are ever in flight, and the queue is in the sockets, where counting
 * cannot see it. This clock sees it.
 */
export function loopClock(tickMs = 10) {
  let last = performance.now();
  const timer = setInterval(() => (last = performance.now()), tickMs);
  timer.unref();
  return { busyFor: () => performance.now() - last, stop: () => clearInterval(timer) };
}

/**
 * Counts in-flight requests per class. `enter` answers a function that ends the request's turn
 * (safe to call twice), or null when the request is to be refused: it does not read a page served
 * from the cache (`cacheKey`: cacheKeyOf a GET or HEAD, else null), and its class is at its limit
 * or the request has already waited longer than `maxWaitMs` (`busyFor`, from loopClock). A
 * `prefetch` (a link in view, which the browser may never follow) takes at most half of its
 * class's places: a search page's facet links must not leave none for the search clicked.
 */
export function createLimiter({ limits, cached = new CachedPaths(), busyFor = () => 0, maxWaitMs = MAX_WAIT_MS }) {
  const inFlight = Object.fromEntries(LIMITED_CLASSES.map((c) => [c, 0]));
  const free = () => {};
  return {
    cached,
    inFlight: (cls) => inFlight[cls],
    enter(cls, cacheKey, { prefetch = false } = {}) {
      if (cls === null || (cacheKey !== null && cached.has(cacheKey))) return free;
      const places = prefetch ? Math.ceil(limits[cls] / 2) : limits[cls];
      if (inFlight[cls] >= places || busyFor() > maxWaitMs) return null;
      inFlight[cls]++;
      let done = false;
      return () => {
        if (done) return;
        done = true;
        inFlight[cls]--;
      };
    },
  };
}

/** The 503 a refused request gets: JSON for the API, a short page otherwise; never stored by a cache. */
export function busyAnswer(url) {
  const api = new URL(url, "http://portal.invalid").pathname.startsWith("/api/");
  const body = api
    ? JSON.stringify({ error: BUSY_MESSAGE })
    : `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>服务器繁忙</title></head><body><p>${BUSY_MESSAGE}</p></body></html>`;
  return {
    status: 503,
    headers: {
      "Content-Type": api ? "application/json; charset=utf-8" : "text/html; charset=utf-8",
      "Content-Length": String(Buffer.byteLength(body)),
      "Retry-After": String(RETRY_AFTER_SECONDS),
      "Cache-Control": "no-store",
    },
    body,
  };
}

/**
 * What Next.js caches a page under, as far as a request shows it: the path, and the query (a
 * rewrite may send `?unit=万元` to another cached page) without `_rsc`, which only busts browser caches.
 */
export function cacheKeyOf(url) {
  const { pathname, searchParams } = new URL(url, "http://portal.invalid");
  searchParams.delete("_rsc");
  searchParams.sort();
  const query = searchParams.toString();
  return query ? `${pathname}?${query}` : pathname;
}

/**
 * The hook for a node:http server in front of Next.js: answers 503 and returns false for a request
 * to refuse; otherwise counts it until its response is done, learns from that response whether
 * its page is served from the cache, and returns true.
 */
export function overloadGuard({ limits, cached, busyFor = loopClock().busyFor, maxWaitMs = MAX_WAIT_MS }) {
  const limiter = createLimiter({ limits, cached, busyFor, maxWaitMs });
  const guard = (req, res) => {
    const cacheKey = req.method === "GET" || req.method === "HEAD" ? cacheKeyOf(req.url) : null;
    const release = limiter.enter(routeClass(req.url), cacheKey, { prefetch: req.headers["next-router-prefetch"] !== undefined });
    if (!release) {
      const answer = busyAnswer(req.url);
      res.writeHead(answer.status, answer.headers);
      res.end(req.method === "HEAD" ? undefined : answer.body);
      return false;
    }
    res.once("close", () => {
      release();
      if (cacheKey !== null) limiter.cached.note(cacheKey, res.statusCode, res.getHeader("x-nextjs-cache"));
    });
    return true;
  };
  guard.limiter = limiter;
  return guard;
}
