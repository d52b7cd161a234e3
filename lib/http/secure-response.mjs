// The hook by which scripts/start.mjs sends every answer with its Content-Security-Policy (and
// HSTS behind HTTPS), writes the nonce into pages (lib/http/csp.mjs), and compresses. Next.js
// does not compress under this server (next.config.ts: compress: false): it would compress
// before the nonce could be written in. Types in secure-response.d.mts.

import zlib from "node:zlib";
import { HSTS, NonceInjector, newNonce, OTHER_POLICY, pagePolicy } from "./csp.mjs";
import { encodingFor } from "./encoding.mjs";
import { KEEP_HEADER } from "./front-cache.mjs";

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|[\w.-]+\+(json|xml))|image\/svg\+xml)/i;
/** a body smaller than this is sent as it is: compressing would save next to nothing */
const MIN_COMPRESSED = 1024;
const EMPTY = Buffer.alloc(0);

const BROTLI = { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } };
const compressWhole = (encoding, data) =>
  encoding === "br" ? zlib.brotliCompressSync(data, { params: { ...BROTLI.params, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length } }) : zlib.gzipSync(data);
const compressStream = (encoding) => (encoding === "br" ? zlib.createBrotliCompress(BROTLI) : zlib.createGzip());

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
 * with the nonce in every script tag of an HTML page, and compressed (br, else gzip) when the client takes it. A
 * body sent whole (a page from the cache) is rewritten and compressed at once with an exact
 * Content-Length; one written in pieces (a page rendered now, streamed) piece by piece.
 */
export function secureResponse(req, res, { hsts, front }) {
  const { writeHead, write, end } = res;
  const nonce = newNonce();
  const askedAt = front?.now();
  let plan = null;
  let streaming = false;
  let whole = false;
  let compressor = null;
  /** the raw pieces of a streamed answer the front cache wants, once it is done */
  let captured = null;

  /** What to do with this answer, decided once its status and headers are known. */
  function planOf() {
    if (plan) return plan;
    const status = res.statusCode;
    const type = String(res.getHeader("content-type") ?? "");
    const html = /^text\/html\b/i.test(type);
    res.removeHeader(KEEP_HEADER);
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
    plan = { inject: html && hasBody ? new NonceInjector(nonce) : null, encoding: compressible && hasBody ? encodingFor(req.headers["accept-encoding"]) : null };
    return plan;
  }

  /** The headers go out before the whole body is known: no Content-Length, a compressing stream. */
  function startStreaming() {
    if (!streaming && !whole && !plan && front?.wants(req, res, askedAt)) captured = [];
    const p = planOf();
    if (streaming || whole) return p;
    streaming = true;
    if (p.inject || p.encoding) res.removeHeader("content-length");
    if (p.encoding) {
      res.setHeader("Content-Encoding", p.encoding);
      compressor = compressStream(p.encoding);
      compressor.on("data", (c) => {
        if (write.call(res, c) === false) compressor.pause();
      });
      compressor.on("end", () => end.call(res));
      // the writer waits for the response's drain, the compressor's is the one that counts
      compressor.on("drain", () => res.emit("drain"));
      res.on("drain", () => compressor.resume());
      res.once("close", () => {
        if (!res.writableFinished) compressor.destroy();
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
    captured?.push(Buffer.from(toBuffer(chunk, encoding)));
    if (!p.inject && !p.encoding) return write.call(res, chunk, encoding, cb);
    const data = rewrite(p, toBuffer(chunk, encoding), false);
    return p.encoding ? compressor.write(data, cb) : write.call(res, data, cb);
  };

  res.end = function (chunk, encoding, cb) {
    if (typeof chunk === "function") [cb, chunk] = [chunk, undefined];
    if (typeof encoding === "function") [cb, encoding] = [encoding, undefined];
    if (!streaming && !res.headersSent) {
      whole = true;
      const body = chunk == null ? EMPTY : toBuffer(chunk, encoding);
      // a page from Next's cache, the same for everybody: kept, and sent as it will be from now on
      const entry = front?.wants(req, res, askedAt) ? front.keep(req, res, body) : null;
      if (entry) {
        // the headers are the entry's: writeHead, which end() calls, must not plan a nonce over them
        plan = { inject: null, encoding: null };
        if (cb) res.once("finish", cb);
        return front.send(req, res, entry, { hsts }, end);
      }
      const p = planOf();
      if (!p.inject && !p.encoding) return end.call(res, chunk, encoding, cb);
      let data = rewrite(p, body, true);
      if (p.encoding && data.length >= MIN_COMPRESSED) {
        data = compressWhole(p.encoding, data);
        res.setHeader("Content-Encoding", p.encoding);
      }
      res.setHeader("Content-Length", data.length);
      return end.call(res, data, cb);
    }
    const p = startStreaming();
    if (captured) {
      if (chunk != null) captured.push(Buffer.from(toBuffer(chunk, encoding)));
      front.keep(req, res, Buffer.concat(captured));
      captured = null;
    }
    if (!p.inject && !p.encoding) return end.call(res, chunk, encoding, cb);
    const data = rewrite(p, chunk == null ? EMPTY : toBuffer(chunk, encoding), true);
    if (!p.encoding) return end.call(res, data, cb);
    if (cb) res.once("finish", cb);
    compressor.end(data);
    return res;
  };

  // Next.js flushes after each piece of a streamed page, for a compressing response like this one
  res.flush = () => compressor?.flush();
  return res;
}
