/** RFC 5987 ext-value: UTF-8, percent-encoded, with the characters encodeURIComponent leaves but attr-char excludes. */
const extValue = (name: string) => `UTF-8''${encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;

/**
 * `attachment` with the file's own name (filename*, RFC 6266/5987) and, for clients that read
 * only `filename`, the name itself when it is plain ASCII, else `fallback`.
 */
export function attachment(name: string, fallback: string): string {
  const plain = /^[\x20-\x7e]+$/.test(name) ? name.replace(/["\\%;]/g, "") : fallback;
  return `attachment; filename="${plain}"; filename*=${extValue(name)}`;
}
