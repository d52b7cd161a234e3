import { env } from "@/lib/env";

type HeaderBag = Headers | Record<string, string | string[] | undefined>;

/**
 * The header in which `npm start` (scripts/start.mjs) passes the socket's address, replacing any
 * copy a client sent. Keep in step with scripts/start.mjs.
 */
export const CLIENT_ADDRESS_HEADER = "x-cq-client-address";
const CLIENT_ADDRESS_MARK = Symbol.for("cq-budget-disclosure.client-address-header");

function header(headers: HeaderBag, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/**
 * Whether this process's HTTP server writes the client-address header on every request. Under
 * a bare `next start` nobody does, and the header would be whatever a client sent.
 */
export const socketAddressKnown = () => (globalThis as Record<symbol, unknown>)[CLIENT_ADDRESS_MARK] === CLIENT_ADDRESS_HEADER;

/**
 * The client's address, or null when it cannot be known.
 *
 * - TRUST_PROXY=true: the portal sits behind TRUST_PROXY_HOPS proxies of its own, each appending
 *   the address it saw to X-Forwarded-For; the client is the entry that many from the end
 *   (anything before it was sent by the client and proves nothing). X-Real-IP otherwise.
 * - otherwise: the socket's address as `npm start` passes it. X-Forwarded-For is never read:
 *   `next start` keeps a value the client sent, so anyone could claim any address.
 */
export function clientAddress(headers: HeaderBag): string | null {
  if (env.TRUST_PROXY === "true") {
    const chain = (header(headers, "x-forwarded-for") ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    const seen = chain.at(-Math.min(env.TRUST_PROXY_HOPS, chain.length));
    return seen || header(headers, "x-real-ip")?.trim() || null;
  }
  if (socketAddressKnown()) return header(headers, CLIENT_ADDRESS_HEADER) || null;
  return null;
}
