import { headers } from "next/headers";
import { expireTags } from "@/lib/cache/invalidate";
import { isOwnSecret, REVALIDATE_SECRET_HEADER } from "@/lib/cache/instance";
import { isCacheTag } from "@/lib/cache/tags";
import { CLIENT_ADDRESS_HEADER, socketAddressKnown } from "@/lib/http/client-address";
import { readBody } from "@/lib/http/read-body";

const LOOPBACK = new Set(["127.0.0.1", "::1", "::ffff:127.0.0.1"]);

/**
 * This instance's own listener (lib/cache/listener.ts) expires here the pages another instance
 * changed: Next.js expires cache tags only within a request. Anyone else is answered 404.
 */
export async function POST(req: Request) {
  const h = await headers();
  const fromHere = !socketAddressKnown() || LOOPBACK.has(h.get(CLIENT_ADDRESS_HEADER) ?? "");
  if (!fromHere || !isOwnSecret(h.get(REVALIDATE_SECRET_HEADER))) return new Response(null, { status: 404 });
  const body = await readBody(req, 64 * 1024)
    .then((bytes) => JSON.parse(new TextDecoder().decode(bytes)) as { tags?: unknown })
    .catch(() => null);
  const tags = Array.isArray(body?.tags) ? body.tags.filter(isCacheTag) : [];
  expireTags(tags);
  return new Response(null, { status: 204 });
}
