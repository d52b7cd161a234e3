// A cache in front of Next.js, in scripts/start.mjs, for the public pages Next.js serves from its
// full-route cache, and for the API answers a route marks with KEEP_HEADER. Next.js spends a few milliseconds on every answer even from its cache, and
// each answer then had its nonce written in and was compressed afresh: 255 req/s for the largest
// disclosure page where a static file server reached 1,019. Here such a page is kept as it left
// Next.js, with its inline scripts allowed by their hashes instead of a nonce (the same bytes for
// everybody), and compressed once per encoding. Every expiry of Next's cache tags empties it
// (lib/cache/invalidate.ts, through `frontCacheOf`), and an entry is fresh for TTL_MS. Past that,
// one request goes on to Next.js to renew it while the others are still sent the kept answer, for
// STALE_MS at most: a popular search is not refused 503 by every request at once each time its
// entry runs out. (An emptying is what a change does; the time to live is only a safety net.)
// Next.js applies an expiry only once the request that made it is done, perhaps after its
// answer: so for HOLD_MS after emptying, nothing is kept, nor anything asked for before then.
// Plain JavaScript because start.mjs runs under bare Node; types in front-cache.d.mts.

import zlib from "node:zlib";
import { HSTS, hashedPagePolicy, inlineScriptHashes, OTHER_POLICY } from "./csp.mjs";
import { encodingFor } from "./encoding.mjs";

const TTL_MS = 10_000;
const STALE_MS = 30_000;
/** a renewal not kept by then (refused, failed) is left to the next request */
const RENEW_WAIT_MS = 2_000;
const HOLD_MS = 2_000;
const MAX_BYTES = 128 * 1024 * 1024;
/** beyond this many inline scripts the policy header would grow too long: the nonce serves */
const MAX_HASHES = 150;
/**
 * Set by a route whose 200 answer depends only on what expires a cache tag when it changes (the
 * published disclosures), and never on who asks: the answer may be kept — even a page Next.js
 * renders for each request and sends as `no-store` (next.config.ts marks the search pages so).
 * Never sent on.
 */
export const KEEP_HEADER = "x-cq-front-cache";
/** the pages whose every change expires a cache tag (lib/cache/tags.ts) */
const PAGES = /^\/(?:$|home\/|disclosures\/|departments\/|districts\/)/;
/** a request a client-side navigation or a preview makes: its answer is not the page's HTML */
const OTHER_ANSWER_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action", "range"];
/** what is the connection's or this answer's own, never kept */
const NOT_KEPT = new Set(["content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive", "date", "content-security-policy", "strict-transport-security", "vary", "etag", KEEP_HEADER]);

const REGISTRY = Symbol.for("cq-budget-disclosure.front-cache");

/** The front cache of this process, where start.mjs made one. */
export const frontCacheOf = () => globalThis[REGISTRY] ?? null;

const ENCODERS = {
  br: (data) =>
    zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 6, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length } }),
  gzip: (data) => zlib.gzipSync(data, { level: 6 }),
};

const weak = (etag) => String(etag ?? "").replace(/^W\//, "");

export class FrontCache {
  #entries = new Map();
  #bytes = 0;
  /** set by clear(): an answer asked for before this time is not kept */
  #holdUntil = 0;

  constructor({ ttlMs = TTL_MS, staleMs = STALE_MS, holdMs = HOLD_MS, maxBytes = MAX_BYTES, now = () => Date.now() } = {}) {
    this.ttlMs = ttlMs;
    this.staleMs = staleMs;
    this.holdMs = holdMs;
    this.maxBytes = maxBytes;
    this.now = now;
  }

  /** Registers this cache as the process's own (frontCacheOf). */
  register() {
    globalThis[REGISTRY] = this;
    return this;
  }

  clear() {
    this.#holdUntil = this.now() + this.holdMs;
    this.#entries.clear();
    this.#bytes = 0;
  }

  get size() {
    return this.#entries.size;
  }

  /** Whether a request may be answered from, or kept in, this cache at all. */
  static eligible(req) {
    if (req.method !== "GET" && req.method !== "HEAD") return false;
    if (OTHER_ANSWER_HEADERS.some((name) => req.headers[name] !== undefined)) return false;
    return !/(?:^|;\s*)(?:__prerender_bypass|__next_preview_data)=/.test(String(req.headers.cookie ?? ""));
  }

  /** The entry to send for a URL, or null: none, too old, or this request is the one to renew it. */
  #entryFor(url) {
    const entry = this.#entries.get(url);
    if (!entry) return null;
    const now = this.now();
    const age = now - entry.storedAt;
    if (age <= this.ttlMs) return entry;
    if (age > this.ttlMs + this.staleMs) {
      this.#remove(url, entry);
      return null;
    }
    if (entry.renewing !== undefined && now - entry.renewing < RENEW_WAIT_MS) return entry;
    entry.renewing = now;
    return null;
  }

  #remove(url, entry) {
    this.#entries.delete(url);
    this.#bytes -= entry.bytes;
  }

  /**
   * Answers the request from the cache and returns true, or returns false (not kept, expired,
   * not eligible). Call before anything else has touched `res`.
   */
  answer(req, res, { hsts }) {
    if (!FrontCache.eligible(req)) return false;
    const entry = this.#entryFor(req.url);
    if (!entry) return false;
    // the most recently used last, so that the oldest go first
    this.#entries.delete(req.url);
    this.#entries.set(req.url, entry);
    this.send(req, res, entry, { hsts });
    return true;
  }

  /** Whether this answer, when it is done, is one to keep: asked for after the hold (`askedAt`, from the cache's clock). */
  wants(req, res, askedAt) {
    if (askedAt < this.#holdUntil || req.method !== "GET" || !FrontCache.eligible(req)) return false;
    if (res.statusCode !== 200 || res.getHeader("set-cookie") !== undefined) return false;
    if (res.getHeader(KEEP_HEADER) === "keep") return true;
    if (/\b(?:private|no-store)\b/i.test(String(res.getHeader("cache-control") ?? ""))) return false;
    return FrontCache.#isPage(res) && PAGES.test(req.url ?? "") && res.getHeader("x-nextjs-cache") === "HIT";
  }

  static #isPage = (res) => /^text\/html\b/i.test(String(res.getHeader("content-type") ?? ""));

  /**
   * Keeps a finished answer that `wants` said to keep: a page from Next's cache, or an answer its
   * route marked, sent to everybody alike. Returns the entry, or null (a page whose scripts can't
   * all be named by hash).
   */
  keep(req, res, body) {
    const page = FrontCache.#isPage(res);
    const hashes = page ? inlineScriptHashes(body) : [];
    if (!hashes || hashes.length > MAX_HASHES) return null;
    const headers = Object.entries(res.getHeaders()).filter(([name]) => !NOT_KEPT.has(name));
    const vary = String(res.getHeader("vary") ?? "");
    const entry = {
      headers,
      vary: vary ? `${vary}, Accept-Encoding` : "Accept-Encoding",
      policy: page ? hashedPagePolicy(hashes) : OTHER_POLICY,
      etag: res.getHeader("etag") ? `W/${weak(res.getHeader("etag"))}` : null,
      body,
      encoded: {},
      bytes: body.length,
      storedAt: this.now(),
    };
    const old = this.#entries.get(req.url);
    if (old) this.#remove(req.url, old);
    this.#entries.set(req.url, entry);
    this.#bytes += entry.bytes;
    this.#evict();
    return entry;
  }

  #evict() {
    for (const [url, entry] of this.#entries) {
      if (this.#bytes <= this.maxBytes) return;
      this.#remove(url, entry);
    }
  }

  /** Sends a kept page: compressed where the client takes it (once per encoding), 304 on a matching If-None-Match. */
  send(req, res, entry, { hsts }, end = res.end) {
    res.removeHeader(KEEP_HEADER);
    for (const [name, value] of entry.headers) res.setHeader(name, value);
    res.setHeader("Vary", entry.vary);
    if (entry.etag) res.setHeader("ETag", entry.etag);
    if (hsts) res.setHeader("Strict-Transport-Security", HSTS);
    const match = req.headers["if-none-match"];
    if (entry.etag && match && match.split(",").some((tag) => weak(tag.trim()) === weak(entry.etag))) {
      res.statusCode = 304;
      return end.call(res);
    }
    res.statusCode = 200;
    res.setHeader("Content-Security-Policy", entry.policy);
    const encoding = encodingFor(req.headers["accept-encoding"]);
    let data = entry.body;
    if (encoding) {
      if (!entry.encoded[encoding]) {
        entry.encoded[encoding] = ENCODERS[encoding](entry.body);
        entry.bytes += entry.encoded[encoding].length;
        if (this.#entries.get(req.url) === entry) this.#bytes += entry.encoded[encoding].length;
      }
      data = entry.encoded[encoding];
      res.setHeader("Content-Encoding", encoding);
    }
    res.setHeader("Content-Length", data.length);
    return req.method === "HEAD" ? end.call(res) : end.call(res, data);
  }
}
