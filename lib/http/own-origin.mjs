// The site's own origin, and whether a request comes from one of its pages. Plain JavaScript
// because scripts/start.mjs runs under bare Node; the app binds it to lib/env.ts in
// lib/http/public-origin.ts. Types in own-origin.d.mts.
//
// Never the request's Host or X-Forwarded-Host: anyone can send those, and a shared cache keeps
// what was built from them for everybody (a sitemap naming another host), or an Origin check
// that compares with them compares the attacker's claim with itself.

const wrongUrl = (name, value) => new Error(`${name} 须为以 http:// 或 https:// 开头的网址：${value}`);

/**
 * The configured public origin: PUBLIC_URL, else NEXTAUTH_URL, else http://localhost:PORT (PORT
 * 3000 when unset). Only the origin counts (a path in the address is ignored). Throws a message
 * naming the variable when it is not an http(s) address.
 */
export function publicOrigin(env) {
  const name = env.PUBLIC_URL ? "PUBLIC_URL" : env.NEXTAUTH_URL ? "NEXTAUTH_URL" : null;
  if (!name) return `http://localhost:${env.PORT || 3000}`;
  let url;
  try {
    url = new URL(env[name]);
  } catch {
    throw wrongUrl(name, env[name]);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw wrongUrl(name, env[name]);
  return url.origin;
}

const single = (value) => (Array.isArray(value) ? value[0] : value) || undefined;
// a proxy appends to a forwarded header: the first entry is the one the client reached
const first = (value) => single(value)?.split(",")[0]?.trim() || undefined;

function originOf(address) {
  try {
    return new URL(address).origin;
  } catch {
    return null;
  }
}

/**
 * Whether a request that changes something was sent by a page of this site: its Origin (or,
 * without one, its Referer) is the public origin, or, behind a proxy of one's own
 * (TRUST_PROXY=true), the scheme and host that proxy forwarded. A request naming neither is
 * refused: every browser sends Origin with a POST. `get` reads a request header by its
 * lower-case name.
 *
 * With `hostCounts` — no public address configured, as on a fresh machine reached as localhost
 * or 127.0.0.1 alike — a page of the host the browser reached counts too.
 */
export function fromOwnPage(get, { origin, trustProxy, hostCounts = false }) {
  const from = originOf(single(get("origin")) ?? single(get("referer")) ?? "");
  if (!from || from === "null") return false;
  if (from === origin) return true;
  // A browser cannot send another site's Host, nor send this site's cookie to another host.
  const host = single(get("host"));
  if (hostCounts && host && from === originOf(`${new URL(origin).protocol}//${host}`)) return true;
  if (!trustProxy) return false;
  const forwarded = first(get("x-forwarded-host"));
  const proto = first(get("x-forwarded-proto")) ?? new URL(origin).protocol.slice(0, -1);
  return forwarded !== undefined && from === originOf(`${proto}://${forwarded}`);
}

/** Whether no public address is configured (then the host a browser reached counts as the site's). */
export const hostCountsIn = (env) => !env.PUBLIC_URL && !env.NEXTAUTH_URL;

export const CROSS_SITE_MESSAGE = "请求来源不是本站页面，已拒绝。";

/**
 * Whether a request is a server action (or a form posted without JavaScript: a POST to a page,
 * which is what a server action is) sent from another site. The API is left to its route
 * handlers, which check a cookie-authenticated write themselves (lib/auth/guard.ts).
 */
export function crossSiteAction(req, site) {
  if (req.method !== "POST" || /^\/api(\/|$)/.test(new URL(req.url, "http://portal.invalid").pathname)) return false;
  return !fromOwnPage((name) => req.headers[name], site);
}
