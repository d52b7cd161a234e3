import { describe, expect, it } from "vitest";
import { newNonce, NonceInjector, OTHER_POLICY, pagePolicy } from "./csp.mjs";

const PAGE =
  '<!DOCTYPE html><html><head><script src="/_next/static/chunks/a.js" async=""></script></head>' +
  '<body><p>&lt;script&gt;alert(1)&lt;/script&gt;</p><noscript>x</noscript><script>self.__next_f.push([1,"\\u003cscript"])</script>' +
  "<scripts>not a tag</scripts><script\n>1</script></body></html>";

/** The page through the injector in pieces cut at `cuts`. */
function through(nonce: string, html: string, cuts: number[]): string {
  const inject = new NonceInjector(nonce);
  const bytes = Buffer.from(html);
  const out: Buffer[] = [];
  let from = 0;
  for (const at of [...cuts, bytes.length]) {
    out.push(inject.push(bytes.subarray(from, at)));
    from = at;
  }
  out.push(inject.end());
  return Buffer.concat(out).toString();
}

const expected = (nonce: string) =>
  PAGE.replaceAll('<script src', `<script nonce="${nonce}" src`).replaceAll("<script>", `<script nonce="${nonce}">`).replace("<script\n>", `<script nonce="${nonce}"\n>`);

describe("the nonce in every script tag", () => {
  it("goes into each <script start tag of a page sent whole, and nowhere else", () => {
    const out = through("abc", PAGE, []);
    expect(out).toBe(expected("abc"));
    expect(out.match(/nonce=/g)).toHaveLength(3);
    // escaped text and the escaped payload are left as they were
    expect(out).toContain("&lt;script&gt;alert(1)");
    expect(out).toContain("<scripts>not a tag");
  });

  it("is written the same whichever byte a chunk ends at, a tag cut in two included", () => {
    const bytes = Buffer.byteLength(PAGE);
    for (let cut = 1; cut < bytes; cut++) expect(through("n0", PAGE, [cut]), `cut at ${cut}`).toBe(expected("n0"));
    // one byte at a time
    expect(through("n1", PAGE, Array.from({ length: bytes - 1 }, (_, i) => i + 1))).toBe(expected("n1"));
  });

  it("keeps bytes of a multi-byte character cut between chunks intact", () => {
    const html = "<p>部门预算</p><script>1</script><p>三公经费</p>";
    const bytes = Buffer.byteLength(html);
    for (let cut = 1; cut < bytes; cut++) expect(through("z", html, [cut])).toBe('<p>部门预算</p><script nonce="z">1</script><p>三公经费</p>');
  });

  it("hands a chunk without a tag back as it is, and holds back only a possible tag start", () => {
    const inject = new NonceInjector("x");
    const chunk = Buffer.from("<p>没有脚本</p>");
    expect(inject.push(chunk)).toBe(chunk);
    expect(inject.push(Buffer.from("<p>…</p><scr")).toString()).toBe("<p>…</p>");
    expect(inject.push(Buffer.from("ipt>")).toString()).toBe('<script nonce="x">');
    expect(inject.push(Buffer.from("a<")).toString()).toBe("a");
    expect(inject.end().toString()).toBe("<");
  });
});

describe("the policies", () => {
  it("let scripts run from this site's files or with the nonce only, and forbid framing, plugins, other bases and other form targets", () => {
    const policy = pagePolicy("N0nce");
    const script = policy.split("; ").find((d) => d.startsWith("script-src"));
    expect(script).toBe("script-src 'self' 'nonce-N0nce'");
    for (const d of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"]) expect(policy).toContain(d);
    expect(OTHER_POLICY).toBe("default-src 'none'; frame-ancestors 'none'");
  });

  it("get a new, unguessable nonce each time", () => {
    const nonces = new Set(Array.from({ length: 1000 }, newNonce));
    expect(nonces.size).toBe(1000);
    for (const n of nonces) expect(Buffer.from(n, "base64")).toHaveLength(16);
  });
});
