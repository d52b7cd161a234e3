import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { built, freePort, type Server, startServer, stopServer } from "./npm-start";

// Signing in against the production server, as the pentest did: redirects after sign-in, and the
// answers an attacker compares. Behind a "proxy" (TRUST_PROXY) so that each test is an address of its own.
if (!built) console.warn("sign-in-server.test.ts: no production build (.next/BUILD_ID) — skipped; run `npx next build` first.");

const ADMIN = { email: "admin@sign-in.invalid", password: "SignIn#2026" };

describe.skipIf(!built)("signing in on npm start", () => {
  let server: Server;
  let dataDir: string;
  let session = "";

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "sign-in-server-"));
    const env = { ...process.env, PGLITE_DATA_DIR: path.join(dataDir, "pglite"), DATABASE_URL: "" };
    const args = ["--conditions=react-server", "--import", "tsx", "scripts/user-create.ts", "--email", ADMIN.email, "--name", "管理员", "--role", "admin", "--password", ADMIN.password];
    const created = spawnSync(process.execPath, args, { env, encoding: "utf8" });
    if (created.status !== 0) throw new Error(created.stderr);
    const port = await freePort();
    server = await startServer({ PGLITE_DATA_DIR: env.PGLITE_DATA_DIR, DATABASE_URL: "", PUBLIC_URL: `http://127.0.0.1:${port}`, TRUST_PROXY: "true" }, port);
    const signedIn = await credentials({ email: ADMIN.email, password: ADMIN.password }, "192.0.2.1");
    session = signedIn.headers.getSetCookie().find((c) => /session-token=/.test(c))!.split(";")[0]!;
  }, 180_000);
  afterAll(async () => {
    await stopServer(server);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  /** POST to next-auth's credentials sign-in as its signIn() does, from `address`. */
  async function credentials(fields: Record<string, string>, address: string, json = true) {
    const headers = { "x-forwarded-for": address };
    const csrf = await fetch(`${server.base}/api/auth/csrf`, { headers });
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const cookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    return fetch(`${server.base}/api/auth/callback/credentials`, {
      method: "POST",
      headers: { ...headers, cookie, origin: server.base, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ ...fields, csrfToken, ...(json ? { json: "true" } : {}) }),
      redirect: "manual",
    });
  }

  it.each(["/\\evil.example", "/\t/evil.example", "//evil.example", "https://evil.example/", "/.//evil.example", "javascript:alert(1)"])(
    "sends a signed-in user asking for %j to /admin",
    async (callbackUrl) => {
      const res = await fetch(`${server.base}/login?callbackUrl=${encodeURIComponent(callbackUrl)}`, { headers: { cookie: session }, redirect: "manual" });
      expect(res.status).toBe(307);
      expect(res.headers.get("location")).toBe("/admin");
    },
  );

  it("sends a signed-in user to the path of this site they asked for", async () => {
    const res = await fetch(`${server.base}/login?callbackUrl=${encodeURIComponent("/admin/users?x=1")}`, { headers: { cookie: session }, redirect: "manual" });
    expect(res.headers.get("location")).toBe("/admin/users?x=1");
  });

  it("keeps next-auth's own redirect after signing in on the site", async () => {
    const res = await credentials({ ...ADMIN, callbackUrl: "/\\evil.example" }, "192.0.2.2", false);
    expect(res.status).toBe(302);
    expect(new URL(res.headers.get("location")!).origin).toBe(server.base);
  });

  it("answers a wrong password of a known email and any password of an unknown one alike", async () => {
    const known = await credentials({ email: ADMIN.email, password: "Wrong#2026" }, "192.0.2.3");
    const unknown = await credentials({ email: "nobody@sign-in.invalid", password: "Wrong#2026" }, "192.0.2.4");
    expect([known.status, unknown.status]).toEqual([401, 401]);
    expect(await unknown.json()).toEqual(await known.json());
  });

  it("answers 429 with Retry-After to an address after 20 failures on any emails, and not to another", async () => {
    for (let i = 0; i < 20; i++) expect((await credentials({ email: `spray${i}@sign-in.invalid`, password: "Wrong#2026" }, "192.0.2.5")).status).toBe(401);
    const refused = await credentials(ADMIN, "192.0.2.5");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(800);
    expect((await credentials(ADMIN, "192.0.2.6")).status).toBe(200);
  });
});
