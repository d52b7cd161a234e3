import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { built, type Server, startServer, stopServer } from "./npm-start";

// Against the production build, as the pentest did: `npm start` behind no proxy of its own, its
// public address https://yusuan.example.gov.cn, reached by a client that names any Host it likes.
if (!built) console.warn("security-headers.test.ts: no production build (.next/BUILD_ID) — skipped; run `npx next build` first.");

const PUBLIC = "https://yusuan.example.gov.cn";
const EDITOR = { email: "editor@headers.invalid", password: "Headers#2026" };
const ATTACK = { origin: "http://evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "http", host: "evil.example" };

describe.skipIf(!built)("npm start", () => {
  let server: Server;
  let dataDir: string;
  let session = "";

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "security-headers-"));
    server = await startServer({ PGLITE_DATA_DIR: withEditor(dataDir), DATABASE_URL: "", PUBLIC_URL: PUBLIC, TRUST_PROXY: "" });
    session = await signIn(server);
  }, 180_000);
  afterAll(async () => {
    await stopServer(server);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const get = (url: string, headers: Record<string, string> = {}) => fetch(server.base + url, { headers, redirect: "manual" });

  /** Whether the policy lets each script of the page run: by its nonce, or by its text's SHA-256. */
  const everyScriptAllowed = (html: string, policy: string) => {
    const nonce = /script-src 'self' 'nonce-([^']+)'/.exec(policy)?.[1];
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(3);
    return scripts.every(([, attributes, text]) => {
      if (/\ssrc=/.test(attributes!)) return true;
      if (nonce) return attributes!.includes(`nonce="${nonce}"`);
      return policy.includes(`'sha256-${createHash("sha256").update(text!).digest("base64")}'`);
    });
  };

  it("sends a page kept for everybody with its inline scripts allowed by their hashes, a page rendered per request with a fresh nonce, and HSTS", async () => {
    // the home page, once Next.js serves it from its cache (and no start-up change holds the
    // cache in front of it), then from the cache in front: the same bytes
    let a = await get("/");
    for (let i = 0; i < 30 && a.headers.get("content-security-policy")!.includes("'nonce-"); i++) {
      await new Promise((r) => setTimeout(r, 200));
      a = await get("/");
    }
    const b = await get("/");
    const [htmlA, htmlB] = [await a.text(), await b.text()];
    expect(htmlB).toBe(htmlA);
    expect(htmlA).not.toContain("nonce=");
    expect(b.headers.get("content-security-policy")).not.toContain("'nonce-");
    expect(everyScriptAllowed(htmlA, b.headers.get("content-security-policy")!)).toBe(true);
    // search results are rendered for each request: a nonce, new every time
    const [c, d] = [await get("/search?q=x"), await get("/search?q=x")];
    const nonceOf = (r: Response) => /script-src 'self' 'nonce-([^']+)'/.exec(r.headers.get("content-security-policy") ?? "")?.[1];
    expect(nonceOf(c)).toBeTruthy();
    expect(nonceOf(d)).not.toBe(nonceOf(c));
    expect(everyScriptAllowed(await c.text(), c.headers.get("content-security-policy")!)).toBe(true);
    for (const res of [b, c]) {
      expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
      expect(res.headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
    }
  });

  it("gzips a page for a client that takes it, its scripts allowed as it was sent", async () => {
    for (const url of ["/", "/search?q=x"]) {
      const res = await new Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
        // fetch would unpack it: read the bytes as they were sent
        http.get(`${server.base}${url}`, { headers: { "accept-encoding": "gzip" } }, (r) => {
          const chunks: Buffer[] = [];
          r.on("data", (c: Buffer) => chunks.push(c)).on("end", () => resolve({ headers: r.headers, body: Buffer.concat(chunks) })).on("error", reject);
        });
      });
      expect(res.headers["content-encoding"], url).toBe("gzip");
      expect(everyScriptAllowed(gunzipSync(res.body).toString(), String(res.headers["content-security-policy"])), url).toBe(true);
    }
  });

  it("answers the API and downloads with a policy that allows nothing", async () => {
    for (const url of ["/api/v1/disclosures", "/sitemap.xml"]) {
      const res = await get(url);
      expect(res.status, url).toBe(200);
      expect(res.headers.get("content-security-policy"), url).toBe("default-src 'none'; frame-ancestors 'none'");
    }
  });

  it("builds the sitemap, robots.txt and the search download's links on the public address, whatever Host or X-Forwarded-Host say", async () => {
    const sitemap = await (await get("/sitemap.xml", ATTACK)).text();
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs.length).toBeGreaterThan(38);
    expect(locs.filter((l) => !l.startsWith(`${PUBLIC}/`))).toEqual([]);
    expect(await (await get("/robots.txt", ATTACK)).text()).toContain(`Sitemap: ${PUBLIC}/sitemap.xml`);
    const csv = await (await get(`/search/results.csv?q=${encodeURIComponent("三公经费")}`, ATTACK)).text();
    expect(csv).toContain(`${PUBLIC}/disclosures/`);
    expect(csv).not.toContain("evil.example");
  });

  it("refuses a server action from another site's page with 403 before it runs, X-Forwarded-Host or not; runs it from the site's own", async () => {
    const action = (headers: Record<string, string>) =>
      fetch(`${server.base}/admin`, {
        method: "POST",
        headers: { cookie: session, "next-action": actionId("newDisclosureAction"), "content-type": "text/plain;charset=UTF-8", accept: "text/x-component", ...headers },
        body: JSON.stringify([{ department: "500109-134", year: 2050, kind: "budget", from: "empty", sourceUnit: "万元" }]),
        redirect: "manual",
      });
    const drafts2050 = async () => {
      const res = await get("/api/v1/admin/disclosures?year=2050", { cookie: session });
      return ((await res.json()) as { total: number }).total;
    };
    for (const headers of <Record<string, string>[]>[ATTACK, { origin: "http://evil.example" }, { referer: "http://evil.example/" }, {}]) {
      const refused = await action(headers);
      expect(refused.status, JSON.stringify(headers)).toBe(403);
      expect(await refused.text()).toBe("请求来源不是本站页面，已拒绝。");
    }
    expect(await drafts2050()).toBe(0);
    expect((await action({ origin: PUBLIC })).status).toBe(200);
    expect(await drafts2050()).toBe(1);
  });

  it("sends the anonymous from the admin area to the sign-in page on the host they came by, not one a header named", async () => {
    const res = await get("/admin", ATTACK);
    expect(res.status).toBe(307);
    expect(res.headers.get("location")).toMatch(/^\/login\?callbackUrl=/);
  });
});

// A fresh install, as a new user starts it: no PUBLIC_URL, opened as 127.0.0.1 rather than localhost.
describe.skipIf(!built || Boolean(process.env.PUBLIC_URL || process.env.NEXTAUTH_URL))("npm start with no public address configured", () => {
  let server: Server;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "security-headers-fresh-"));
    server = await startServer({ PGLITE_DATA_DIR: withEditor(dataDir), DATABASE_URL: "", TRUST_PROXY: "" });
  }, 180_000);
  afterAll(async () => {
    await stopServer(server);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("takes a change from a page of the host the browser reached, and refuses another site's, whatever it forwards", async () => {
    const own = new URL(server.base).origin;
    const session = await signIn(server, own);
    const action = (headers: Record<string, string>) =>
      fetch(`${server.base}/admin`, {
        method: "POST",
        headers: { cookie: session, "next-action": actionId("newDisclosureAction"), "content-type": "text/plain;charset=UTF-8", accept: "text/x-component", ...headers },
        body: JSON.stringify([{ department: "500109-134", year: 2051, kind: "budget", from: "empty", sourceUnit: "万元" }]),
        redirect: "manual",
      });
    for (const headers of <Record<string, string>[]>[{ origin: "http://evil.example" }, { origin: "http://evil.example", "x-forwarded-host": "evil.example" }]) {
      expect((await action(headers)).status, JSON.stringify(headers)).toBe(403);
    }
    expect((await action({ origin: own })).status).toBe(200);
    const drafts = await fetch(`${server.base}/api/v1/admin/disclosures?year=2051`, { headers: { cookie: session } });
    expect(((await drafts.json()) as { total: number }).total).toBe(1);
  });
});

/** A new embedded database under `dir` with the editor's account; answers its directory. */
function withEditor(dir: string): string {
  const dataDir = path.join(dir, "pglite");
  const env = { ...process.env, PGLITE_DATA_DIR: dataDir, DATABASE_URL: "" };
  const args = ["--conditions=react-server", "--import", "tsx", "scripts/user-create.ts", "--email", EDITOR.email, "--name", "联系人", "--role", "editor", "--department", "500109-134", "--password", EDITOR.password];
  const created = spawnSync(process.execPath, args, { env, encoding: "utf8" });
  if (created.status !== 0) throw new Error(created.stderr);
  return dataDir;
}

/** The id the build gave a server action (by its exported name). */
function actionId(name: string): string {
  const manifest = JSON.parse(fs.readFileSync(".next/server/server-reference-manifest.json", "utf8")) as { node: Record<string, { exportedName?: string }> };
  const found = Object.entries(manifest.node).find(([, a]) => a.exportedName === name);
  if (!found) throw new Error(`no server action ${name} in the build`);
  return found[0];
}

/** Signs in through next-auth as a browser would; answers the session cookie. */
async function signIn(server: Server, origin = PUBLIC): Promise<string> {
  const csrf = await fetch(`${server.base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const res = await fetch(`${server.base}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies.join("; "), origin },
    body: new URLSearchParams({ csrfToken, email: EDITOR.email, password: EDITOR.password, json: "true" }),
    redirect: "manual",
  });
  const session = res.headers.getSetCookie().find((c) => /session-token=/.test(c));
  if (!session) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  return session.split(";")[0]!;
}
