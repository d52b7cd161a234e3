/** Where a sign-in goes when it names no usable place of its own. */
const DEFAULT_CALLBACK = "/admin";

/**
 * The place to go after signing in, as a path of this site (`origin`), or /admin. The callback is parsed the
 * way a browser parses it (so `/\host`, `/<TAB>/host` and `//host` name another host and are
 * refused), and only the parsed path, query and fragment are kept. A path that normalises to `//…`
 * (`/.//host`) would itself read as another host, so it is refused too.
 */
export function safeCallback(callbackUrl: string | undefined, origin: string): string {
  if (!callbackUrl) return DEFAULT_CALLBACK;
  let parsed: URL;
  try {
    parsed = new URL(callbackUrl, origin);
  } catch {
    return DEFAULT_CALLBACK;
  }
  if (parsed.origin !== new URL(origin).origin || parsed.pathname.startsWith("//")) return DEFAULT_CALLBACK;
  return parsed.pathname + parsed.search + parsed.hash;
}
