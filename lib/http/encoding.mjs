// Which compression a client takes, for scripts/start.mjs's answers (secure-response.mjs,
// front-cache.mjs). Types in encoding.d.mts.

/** Whether the client takes this encoding (Accept-Encoding names it, not with q=0). */
const accepts = (acceptEncoding, encoding) =>
  String(acceptEncoding ?? "")
    .split(",")
    .some((part) => {
      const [name, ...params] = part.split(";").map((s) => s.trim().toLowerCase());
      const q = params.find((p) => p.startsWith("q="));
      return name === encoding && (q === undefined || Number(q.slice(2)) > 0);
    });

export const acceptsGzip = (acceptEncoding) => accepts(acceptEncoding, "gzip");

/** br where the client takes it (every current browser), else gzip, else none. */
export function encodingFor(acceptEncoding) {
  if (accepts(acceptEncoding, "br")) return "br";
  return acceptsGzip(acceptEncoding) ? "gzip" : null;
}
