import { env } from "@/lib/env";
import { fromOwnPage, hostCountsIn, publicOrigin } from "./own-origin.mjs";

/** The site's public origin (PUBLIC_URL, else NEXTAUTH_URL, else http://localhost:PORT). */
export const siteOrigin = publicOrigin(env);

/** An absolute address on this site, whatever host the request named. */
export const siteUrl = (path: string) => new URL(path, siteOrigin).href;

/**
 * Whether a request that changes something was sent by a page of this site (Origin, else
 * Referer); X-Forwarded-Host counts only behind a proxy of one's own (TRUST_PROXY=true).
 */
export const cameFromOwnPage = (headers: Headers) => fromOwnPage((name) => headers.get(name), { origin: siteOrigin, trustProxy: env.TRUST_PROXY === "true", hostCounts: hostCountsIn(env) });
