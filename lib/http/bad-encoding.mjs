// A NUL byte or a broken %-escape in a request's address is answered 400 by scripts/start.mjs
// before Next.js sees it: Next answers a path it cannot decode with 500, and a NUL that reaches
// a query makes PostgreSQL fail the statement. Plain JavaScript because start.mjs runs under
// bare Node; types in bad-encoding.d.mts. The app checks query parameters and bodies itself too
// (lib/http/route.ts), for `next dev`.

export const BAD_ENCODING_MESSAGE = "请求地址含有无效字符（如 NUL 或错误的 % 转义），已拒绝。";

/** Whether a piece of an address decodes (UTF-8 %-escapes) to text without a NUL. */
function decodesCleanly(piece) {
  if (!piece.includes("%")) return !piece.includes("\0");
  try {
    return !decodeURIComponent(piece).includes("\0");
  } catch {
    return false;
  }
}

/** Whether a string holds a NUL: text that no page, parameter or database column takes. */
export const hasNul = (text) => text.includes("\0");

/**
 * Whether a value (parsed JSON, a server action's input) holds a NUL in any string or key of its
 * arrays and plain objects, at any depth; files and bytes are content, not text, and not looked into.
 */
export function holdsNul(value) {
  if (typeof value === "string") return hasNul(value);
  if (Array.isArray(value)) return value.some(holdsNul);
  const plain = value !== null && typeof value === "object" && [Object.prototype, null].includes(Object.getPrototypeOf(value));
  return plain && Object.entries(value).some(([k, v]) => hasNul(k) || holdsNul(v));
}

/**
 * Whether a request target as sent (`/path?query`) has a %-escape that is not UTF-8 or a NUL,
 * in its path or in any name or value of its query.
 */
export function hasBadEncoding(target) {
  const q = target.indexOf("?");
  const path = q < 0 ? target : target.slice(0, q);
  if (!decodesCleanly(path)) return true;
  return q >= 0 && target.slice(q + 1).split(/[&=]/).some((piece) => !decodesCleanly(piece));
}

/**
 * Answers a request whose address has a bad encoding with 400 — JSON `{ error }` under /api/,
 * a short page otherwise — and tells whether it did.
 */
export function refuseBadEncoding(req, res) {
  const target = req.url ?? "/";
  if (!hasBadEncoding(target)) return false;
  const api = target === "/api" || target.startsWith("/api/") || target.startsWith("/api?");
  const body = api
    ? JSON.stringify({ error: BAD_ENCODING_MESSAGE })
    : `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>请求无效</title><p>${BAD_ENCODING_MESSAGE}</p><p><a href="/">返回首页</a></p></html>`;
  res.writeHead(400, {
    "Content-Type": api ? "application/json; charset=utf-8" : "text/html; charset=utf-8",
    "Content-Length": Buffer.byteLength(body),
    "Cache-Control": "no-store",
  });
  res.end(body);
  return true;
}
