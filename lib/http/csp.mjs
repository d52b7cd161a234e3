// Content-Security-Policy for `npm start`, with a fresh nonce on every page answer although the
// public pages come from Next.js's full-route cache, rendered once for everybody: Next.js can
// put a nonce into a page only while rendering it for one request, which would make every page
// dynamic. So scripts/start.mjs adds the nonce to the finished HTML as it streams out, and sends
// the policy naming it. Plain JavaScript because start.mjs runs under bare Node; types in
// csp.d.mts.
//
// Why a byte search is enough: every text a page shows, and every attribute value, is rendered
// escaped (React writes `<` as `&lt;`; the app never sets raw HTML), and the RSC payload inside
// Next's inline scripts writes `<` as \u003c. So the bytes `<script` in a page answer can only
// be a script tag Next.js wrote, never something a user typed into a disclosure or feedback.

import { createHash, randomBytes } from "node:crypto";

/** A new nonce: 128 random bits, base64. */
export const newNonce = () => randomBytes(16).toString("base64");

/**
 * The policy of an HTML page. Scripts: this site's files, and inline ones only with the nonce.
 * Styles may be inline: React renders `style` attributes (widths of bars and columns, positions
 * of callouts) that no nonce can cover.
 */
export const pagePolicy = (nonce) => policyAllowing(`'nonce-${nonce}'`);

/**
 * The policy of a page sent the same to everyone (lib/http/front-cache.mjs): its inline scripts
 * are named by their SHA-256 instead of a nonce, so that its bytes, compressed once, can be kept.
 */
export const hashedPagePolicy = (hashes) => policyAllowing(hashes.map((h) => `'sha256-${h}'`).join(" "));

const policyAllowing = (inlineScripts) =>
  [
    "default-src 'self'",
    `script-src 'self'${inlineScripts ? ` ${inlineScripts}` : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");

/** Everything that is not a page (API answers, exports, files): nothing may run or load from it. */
export const OTHER_POLICY = "default-src 'none'; frame-ancestors 'none'";

export const HSTS = "max-age=31536000; includeSubDomains";

const TAG = Buffer.from("<script");
// what may follow the tag's name: white space, the end of the tag, or `/`
const AFTER_NAME = new Set([0x20, 0x09, 0x0a, 0x0c, 0x0d, 0x3e, 0x2f]);
const EMPTY = Buffer.alloc(0);

/** How many bytes at the end of `buf` could be the start of `<script`, its end not yet seen. */
function undecidedTail(buf) {
  const lt = buf.lastIndexOf(0x3c);
  if (lt === -1 || buf.length - lt > TAG.length) return 0;
  return buf.subarray(lt).equals(TAG.subarray(0, buf.length - lt)) ? buf.length - lt : 0;
}

const SCRIPT_END = Buffer.from("</script");
const SRC_ATTRIBUTE = /\ssrc\s*=/i;

/**
 * The SHA-256 (base64) of each inline script of a whole HTML page, as a policy names them; a
 * script with `src` is covered by 'self'. Null where a script is not closed.
 */
export function inlineScriptHashes(html) {
  const hashes = [];
  for (let at = html.indexOf(TAG); at !== -1; at = html.indexOf(TAG, at + TAG.length)) {
    if (!AFTER_NAME.has(html[at + TAG.length])) continue;
    const open = html.indexOf(0x3e, at);
    const close = open === -1 ? -1 : html.indexOf(SCRIPT_END, open);
    if (close === -1) return null;
    if (!SRC_ATTRIBUTE.test(html.toString("latin1", at, open))) hashes.push(createHash("sha256").update(html.subarray(open + 1, close)).digest("base64"));
    at = close;
  }
  return [...new Set(hashes)];
}

/**
 * Writes ` nonce="…"` into every `<script` start tag of an HTML body given chunk by chunk. A tag
 * split between chunks is held back (at most 7 bytes) until the next chunk shows it whole.
 */
export class NonceInjector {
  #attribute;
  #held = EMPTY;
  constructor(nonce) {
    this.#attribute = Buffer.from(` nonce="${nonce}"`);
  }
  /** The bytes of `chunk` (after what was held back) that can go out now. */
  push(chunk) {
    const buf = this.#held.length ? Buffer.concat([this.#held, chunk]) : chunk;
    const ready = buf.length - undecidedTail(buf);
    const parts = [];
    let from = 0;
    for (let at = buf.indexOf(TAG); at !== -1 && at < ready; at = buf.indexOf(TAG, at + TAG.length)) {
      if (!AFTER_NAME.has(buf[at + TAG.length])) continue;
      parts.push(buf.subarray(from, at + TAG.length), this.#attribute);
      from = at + TAG.length;
    }
    this.#held = ready < buf.length ? Buffer.from(buf.subarray(ready)) : EMPTY;
    if (from === 0) return ready === buf.length ? buf : buf.subarray(0, ready);
    parts.push(buf.subarray(from, ready));
    return Buffer.concat(parts);
  }
  /** What is still held back, at the end of the body. */
  end() {
    const rest = this.#held;
    this.#held = EMPTY;
    return rest;
  }
}
