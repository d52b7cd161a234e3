// The hook by which scripts/start.mjs sends every answer with its Content-Security-Policy (and
// HSTS behind HTTPS), writes the nonce into pages (lib/http/csp.mjs), and compresses. Next.js
// does not compress under this server (next.config.ts: compress: false): it would compress
// before the nonce could be written in. Types in secure-response.d.mts.

import zlib from "node:zlib";
import { HSTS, NonceInjector, newNonce, OTHER_POLICY, pagePolicy } from "./csp.mjs";

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|[\w.-]+\+(json|xml))|image\/svg\+xml)/i;
/** a body smaller than this is sent as it is: gzip would save next to nothing */
const MIN_COMPRESSED = 1024;
const EMPTY = Buffer.alloc(0);

/** Whether the client takes gzip (Accept-Encoding names it, not with q=0). */
export function acceptsGzip(acceptEncoding) {
  return String(acceptEncoding ?? "")
    .split(",")
    .some((part) => {
      const [name, ...params] = part.split(";").map((s) => s.trim().toLowerCase());
      const q = params.find((p) => p.startsWith("q="));
      return name === "gzip" && (q === undefined || Number(q.slice(2)) > 0);
    });
}

const toBuffer = (chunk, encoding) =>
  Buffer.isBuffer(chunk) ? chunk : typeof chunk === "string" ? Buffer.from(chunk, encoding || "utf8") : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);

/** Headers given to writeHead itself, which getHeader would not see. */
function setHeadersOf(res, headers) {
  if (!Array.isArray(headers)) {
    for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value);
    return;
  }
  const pairs = Array.isArray(headers[0]) ? headers : headers.flatMap((v, i) => (i % 2 ? [] : [[v, headers[i + 1]]]));
  const grouped = new Map();
  for (const [name, value] of pairs) grouped.set(String(name).toLowerCase(), [...(grouped.get(String(name).toLowerCase()) ?? []), value]);
  for (const [name, values] of grouped) res.setHeader(name, values.length === 1 ? values[0] : values);
}

function addVary(res, name) {
  const vary = String(res.getHeader("vary") ?? "");
  if (!vary.split(",").some((v) => v.trim().toLowerCase() === name.toLowerCase())) res.setHeader("Vary", vary ? `${vary}, ${name}` : name);
}

/**
 * Wraps `res` (before Next.js sees it) so that its answer goes out with the security headers,
 * with the nonce in every script tag of an HTML page, and gzipped when the client takes it. A
 * body sent whole (a page from the cache) is rewritten and compressed at once with an exact
 * Content-Length; one written in pieces (a page rendered now, streamed) piece by piece.
 */
export function secureResponse(req, res, { hsts }) {
  const { writeHead, write, end } = res;
  const nonce = newNonce();
  let plan = null;
  let streaming = false;
  let whole = false;
  let gzip = null;

  /** What to do with this answer, decided once its status and headers are known. */
  function planOf() {
    if (plan) return plan;
    const status = res.statusCode;
    const type = String(res.getHeader("content-type") ?? "");
    const html = /^text\/html\b/i.test(type);
    const hasBody = req.method !== "HEAD" && status >= 200 && status !== 204 && status !== 304;
    // A 304 sends no policy, so the stored one stays: its nonce is the one in the stored page.
    if (status !== 304) res.setHeader("Content-Security-Policy", html ? pagePolicy(nonce) : OTHER_POLICY);
    if (hsts) res.setHeader("Strict-Transport-Security", HSTS);
    if (html) {
      // the same page, but not the same bytes from one answer to the next
      const etag = res.getHeader("etag");
      if (typeof etag === "string" && !etag.startsWith("W/")) res.setHeader("ETag", `W/${etag}`);
      if (!hasBody) res.removeHeader("content-length");
    }
    const compressible =
      COMPRESSIBLE.test(type) && !res.getHeader("content-encoding") && status !== 206 && !/no-transform/i.test(String(res.getHeader("cache-control") ?? ""));
    if (compressible) addVary(res, "Accept-Encoding");
    plan = { inject: html && hasBody ? new NonceInjector(nonce) : null, gzip: compressible && hasBody && acceptsGzip(req.headers["accept-encoding"]) };
    return plan;
  }

  /** The headers go out before the whole body is known: no Content-Length, a gzip stream. */
  function startStreaming() {
    const p = planOf();
    if (streaming || whole) return p;
    streaming = true;
    if (p.inject || p.gzip) res.removeHeader("content-length");
    if (p.gzip) {
      res.setHeader("Content-Encoding", "gzip");
      gzip = zlib.createGzip();
      gzip.on("data", (c) => {
        if (write.call(res, c) === false) gzip.pause();
      });
      gzip.on("end", () => end.call(res));
      // the writer waits for the response's drain, the gzip stream's is the one that counts
      gzip.on("drain", () => res.emit("drain"));
      res.on("drain", () => gzip.resume());
      res.once("close", () => {
        if (!res.writableFinished) gzip.destroy();
      });
    }
    return p;
  }

  const rewrite = (p, data, last) => {
    if (!p.inject) return data;
    return last ? Buffer.concat([p.inject.push(data), p.inject.end()]) : p.inject.push(data);
  };

  res.writeHead = function (status, ...rest) {
    const reason = typeof rest[0] === "string" ? rest.shift() : undefined;
    if (rest[0]) setHeadersOf(res, rest[0]);
    res.statusCode = status;
    startStreaming();
    return reason === undefined ? writeHead.call(res, status) : writeHead.call(res, status, reason);
  };

  res.write = function (chunk, encoding, cb) {
    if (typeof encoding === "function") [cb, encoding] = [encoding, undefined];
    const p = startStreaming();
    if (!p.inject && !p.gzip) return write.call(res, chunk, encoding, cb);
    const data = rewrite(p, toBuffer(chunk, encoding), false);
    return p.gzip ? gzip.write(data, cb) : write.call(res, data, cb);
  };

  res.end = function (chunk, encoding, cb) {
    if (typeof chunk === "function") [cb, chunk] = [chunk, undefined];
    if (typeof encoding === "function") [cb, encoding] = [encoding, undefined];
    if (!streaming && !res.headersSent) {
      whole = true;
      const p = planOf();
      if (!p.inject && !p.gzip) return end.call(res, chunk, encoding, cb);
      let data = rewrite(p, chunk == null ? EMPTY : toBuffer(chunk, encoding), true);
      if (p.gzip && data.length >= MIN_COMPRESSED) {
        data = zlib.gzipSync(data);
        res.setHeader("Content-Encoding", "gzip");
      }
      res.setHeader("Content-Length", data.length);
      return end.call(res, data, cb);
    }
    const p = startStreaming();
    if (!p.inject && !p.gzip) return end.call(res, chunk, encoding, cb);
    const data = rewrite(p, chunk == null ? EMPTY : toBuffer(chunk, encoding), true);
    if (!p.gzip) return end.call(res, data, cb);
    if (cb) res.once("finish", cb);
    gzip.end(data);
    return res;
  };

  // Next.js flushes after each piece of a streamed page, for a compressing response like this one
  res.flush = () => gzip?.flush();
  return res;
}
