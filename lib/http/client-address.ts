import { env } from "@/lib/env";

type HeaderBag = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderBag, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/**
 * The client's address, from X-Forwarded-For only when the portal is configured to sit behind
 * a proxy that sets it (TRUST_PROXY=true); otherwise a client could claim any address.
 */
export function clientAddress(headers: HeaderBag): string | null {
  if (env.TRUST_PROXY !== "true") return null;
  const first = header(headers, "x-forwarded-for")?.split(",")[0]?.trim();
  return first || header(headers, "x-real-ip") || null;
}
