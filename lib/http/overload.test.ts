import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { busyAnswer, CachedPaths, cacheKeyOf, createLimiter, loopClock, overloadGuard, overloadLimits, overloadMaxWait, routeClass } from "./overload.mjs";

describe("the route class of a request", () => {
  it("puts the public pages under rendering", () => {
    for (const url of ["/", "/disclosures/6f1c2b7e-0a4d-4c39-9a57-2f1e0c8b9d11", "/districts/500109", "/compare?a=1&b=2", "/contact", "/administrator"]) {
      expect(routeClass(url), url).toBe("render");
    }
  });

  it("puts every search under search: pages, row search, their downloads, and the API with a query", () => {
    for (const url of ["/search?q=接待", "/search/results.csv?q=接待", "/rows?code=30217", "/api/v1/rows?q=公务接待费", "/api/v1/rows.csv?code=30217", "/api/v1/disclosures?q=接待&page=2"]) {
      expect(routeClass(url), url).toBe("search");
    }
  });

  it("puts the rest of the public API under the API, a list without a query included", () => {
    for (const url of ["/api/v1/disclosures", "/api/v1/disclosures?q=&district=北碚区", "/api/v1/disclosures/x/export.xlsx", "/api/v1/feedback"]) {
      expect(routeClass(url), url).toBe("api");
    }
  });

  it("never limits built assets, the admin area or signing in", () => {
    for (const url of ["/_next/static/chunks/main.js", "/admin", "/admin/disclosures/1", "/login?callbackUrl=%2Fadmin", "/api/auth/callback/credentials", "/api/v1/admin/disclosures"]) {
      expect(routeClass(url), url).toBeNull();
    }
  });
});

describe("the limits", () => {
  it("grow with the cores, searching allowed fewer at once than rendering", () => {
    const two = overloadLimits({}, 2);
    const four = overloadLimits({}, 4);
    for (const c of ["render", "search", "api"] as const) expect(four[c]).toBe(2 * two[c]);
    expect(two.search).toBeLessThan(two.render);
  });

  it("are taken from the environment, and a value that is not a positive integer is refused by name", () => {
    expect(overloadLimits({ OVERLOAD_RENDER: "3", OVERLOAD_SEARCH: "1", OVERLOAD_API: "12" }, 2)).toEqual({ render: 3, search: 1, api: 12 });
    expect(() => overloadLimits({ OVERLOAD_SEARCH: "0" }, 2)).toThrow("OVERLOAD_SEARCH");
    expect(() => overloadLimits({ OVERLOAD_API: "many" }, 2)).toThrow("OVERLOAD_API");
  });

  it("let the longest wait in a socket be set, refusing anything but a positive whole number of milliseconds", () => {
    expect(overloadMaxWait({})).toBe(500);
    expect(overloadMaxWait({ OVERLOAD_MAX_WAIT_MS: " 2000 " })).toBe(2000);
    for (const bad of ["0", "-1", "1.5", "soon"]) expect(() => overloadMaxWait({ OVERLOAD_MAX_WAIT_MS: bad }), bad).toThrow("OVERLOAD_MAX_WAIT_MS");
  });
});

describe("the limiter", () => {
  const limits = { render: 2, search: 1, api: 1 };

  it("refuses a request beyond its class's limit, and admits one again once another is done", () => {
    const limiter = createLimiter({ limits });
    const first = limiter.enter("render", "/a");
    expect(limiter.enter("render", "/b")).not.toBeNull();
    expect(limiter.enter("render", "/c")).toBeNull();
    first!();
    first!();
    expect(limiter.inFlight("render")).toBe(1);
    expect(limiter.enter("render", "/c")).not.toBeNull();
    expect(limiter.enter("render", "/d")).toBeNull();
  });

  it("keeps the classes apart: a busy search leaves pages and the admin area alone", () => {
    const limiter = createLimiter({ limits });
    expect(limiter.enter("search", "/search")).not.toBeNull();
    expect(limiter.enter("search", "/search")).toBeNull();
    expect(limiter.enter("render", "/")).not.toBeNull();
    expect(limiter.enter("api", "/api/v1/disclosures")).not.toBeNull();
    for (let i = 0; i < 100; i++) expect(limiter.enter(null, "/admin")).not.toBeNull();
  });

  it("leaves half of a class's places to requests a person made: prefetches of links in view take the rest only", () => {
    const limiter = createLimiter({ limits: { render: 4, search: 4, api: 3 } });
    expect(limiter.enter("search", "/search?q=a", { prefetch: true })).not.toBeNull();
    expect(limiter.enter("search", "/search?q=b", { prefetch: true })).not.toBeNull();
    expect(limiter.enter("search", "/search?q=c", { prefetch: true })).toBeNull();
    expect(limiter.enter("search", "/search?q=d")).not.toBeNull();
    expect(limiter.enter("search", "/search?q=e")).not.toBeNull();
    expect(limiter.enter("search", "/search?q=f")).toBeNull();
    // an odd limit rounds up for them: 2 of 3
    expect(limiter.enter("api", "/api/v1/a", { prefetch: true })).not.toBeNull();
    expect(limiter.enter("api", "/api/v1/b", { prefetch: true })).not.toBeNull();
    expect(limiter.enter("api", "/api/v1/c", { prefetch: true })).toBeNull();
  });

  it("refuses a request that has waited too long in its socket while the event loop was busy, however few are in flight", () => {
    let busy = 0;
    const cached = new CachedPaths();
    cached.note("/", 200, "HIT");
    const limiter = createLimiter({ limits, cached, busyFor: () => busy, maxWaitMs: 500 });
    expect(limiter.enter("api", "/api/v1/disclosures/x")).not.toBeNull();
    busy = 800;
    expect(limiter.enter("render", "/contact")).toBeNull();
    expect(limiter.enter("render", "/")).not.toBeNull();
    expect(limiter.enter(null, "/admin")).not.toBeNull();
    busy = 5;
    expect(limiter.enter("render", "/contact")).not.toBeNull();
  });

  it("sees the event loop held up by synchronous work", () => {
    const clock = loopClock(5);
    const until = performance.now() + 60;
    while (performance.now() < until) {
      // a query of the embedded database, run on the loop
    }
    expect(clock.busyFor()).toBeGreaterThanOrEqual(60);
    clock.stop();
  });

  it("never refuses a page served from the cache, but a form sent to it counts", () => {
    const cached = new CachedPaths();
    cached.note("/", 200, "HIT");
    const limiter = createLimiter({ limits, cached });
    limiter.enter("render", "/a");
    limiter.enter("render", "/b");
    expect(limiter.enter("render", "/")).not.toBeNull();
    expect(limiter.enter("render", null)).toBeNull();
    expect(limiter.enter("render", "/c")).toBeNull();
  });
});

describe("the paths known to be cached", () => {
  it("are learned from successful answers of the cache and forgotten on any other", () => {
    const cached = new CachedPaths();
    cached.note("/", 200, "MISS");
    cached.note("/contact", 200, "STALE");
    cached.note("/gone", 404, "HIT");
    expect([cached.has("/"), cached.has("/contact"), cached.has("/gone")]).toEqual([true, true, false]);
    cached.note("/", 200, undefined);
    cached.note("/contact", 500, "HIT");
    expect([cached.has("/"), cached.has("/contact")]).toEqual([false, false]);
  });

  it("tell apart the variants a query selects, but not the router's cache-busting _rsc", () => {
    expect(cacheKeyOf("/disclosures/x?unit=万元")).not.toBe(cacheKeyOf("/disclosures/x"));
    expect(cacheKeyOf("/disclosures/x?_rsc=1a2b")).toBe(cacheKeyOf("/disclosures/x"));
    expect(cacheKeyOf("/districts/500109?b=2&a=1")).toBe(cacheKeyOf("/districts/500109?a=1&b=2"));
  });

  it("are bounded, the oldest forgotten first", () => {
    const cached = new CachedPaths(2);
    for (const p of ["/a", "/b", "/c"]) cached.add(p);
    expect(["/a", "/b", "/c"].map((p) => cached.has(p))).toEqual([false, true, true]);
  });
});

describe("the answer to a refused request", () => {
  it("is 503 at once, with Retry-After and a short Chinese page, never stored", () => {
    const page = busyAnswer("/disclosures/x");
    expect(page.status).toBe(503);
    expect(Number(page.headers["Retry-After"])).toBeGreaterThan(0);
    expect(page.headers["Cache-Control"]).toBe("no-store");
    expect(page.headers["Content-Type"]).toMatch(/^text\/html/);
    expect(page.body).toContain("服务器繁忙，请稍后再试");
  });

  it("is JSON with the same message for the API", () => {
    const api = busyAnswer("/api/v1/rows?q=接待");
    expect(api.headers["Content-Type"]).toMatch(/^application\/json/);
    expect(JSON.parse(api.body)).toEqual({ error: "服务器繁忙，请稍后再试。" });
  });
});

describe("the guard in front of a server", () => {
  let server: http.Server | undefined;
  afterEach(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

  /** A server whose pages answer when told to; `/cached` answers as Next does from its cache. */
  async function start(limits: { render: number; search: number; api: number }) {
    const waiting: (() => void)[] = [];
    const guard = overloadGuard({ limits });
    server = http.createServer((req, res) => {
      if (!guard(req, res)) return;
      if (req.url === "/cached") res.setHeader("x-nextjs-cache", "HIT");
      waiting.push(() => res.end("ok"));
    });
    await new Promise<void>((done) => server!.listen(0, "127.0.0.1", done));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const until = async (n: number) => {
      while (waiting.length < n) await new Promise((r) => setTimeout(r, 5));
    };
    return { base, waiting, until, guard };
  }

  it("answers 503 at once while the pages in flight are at the limit, and serves again once one is done", async () => {
    const { base, waiting, until } = await start({ render: 1, search: 1, api: 1 });
    const slow = fetch(`${base}/districts/500109`);
    await until(1);
    const started = Date.now();
    const refused = await fetch(`${base}/`);
    expect(refused.status).toBe(503);
    expect(refused.headers.get("retry-after")).toBeTruthy();
    expect(await refused.text()).toContain("服务器繁忙");
    expect(Date.now() - started).toBeLessThan(1000);
    // the admin area gets through meanwhile
    const admin = fetch(`${base}/admin`);
    await until(2);
    waiting.splice(0).forEach((answer) => answer());
    expect((await slow).status).toBe(200);
    expect((await admin).status).toBe(200);

    const again = fetch(`${base}/`);
    await until(1);
    waiting.splice(0).forEach((answer) => answer());
    expect((await again).status).toBe(200);
  });

  it("refuses a prefetch of a search that would take the last places, and serves the search a person asks for", async () => {
    const { base, waiting, until } = await start({ render: 2, search: 2, api: 2 });
    const prefetch = { "next-router-prefetch": "1", rsc: "1" };
    const inView = fetch(`${base}/search?q=接待&district=500109`, { headers: prefetch });
    await until(1);
    expect((await fetch(`${base}/search?q=接待&district=500110`, { headers: prefetch })).status).toBe(503);
    const clicked = fetch(`${base}/search?q=接待&year=2025`);
    await until(2);
    waiting.splice(0).forEach((answer) => answer());
    expect((await Promise.all([inView, clicked])).map((r) => r.status)).toEqual([200, 200]);
  });

  it("never refuses a page once it was answered from the cache", async () => {
    const { base, waiting, until } = await start({ render: 1, search: 1, api: 1 });
    const first = fetch(`${base}/cached`);
    await until(1);
    waiting.splice(0).forEach((answer) => answer());
    await (await first).text();

    const busy = fetch(`${base}/districts/500109`);
    await until(1);
    const cachedPages = [fetch(`${base}/cached`), fetch(`${base}/cached`)];
    await until(3);
    expect((await fetch(`${base}/contact`)).status).toBe(503);
    waiting.splice(0).forEach((answer) => answer());
    expect((await Promise.all([busy, ...cachedPages])).map((r) => r.status)).toEqual([200, 200, 200]);
  });
});
