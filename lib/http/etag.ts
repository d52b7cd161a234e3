import { createHash } from "node:crypto";

/**
 * Store, but ask the origin every time before reuse: a shared cache may keep a disclosure's
 * answers, yet a retraction (410) or a correction shows on the very next request.
 */
export const REVALIDATE_EVERY_TIME = "public, no-cache";

/**
 * Each public answer about one disclosure, with the version of its layout: raise a number when
 * the code changes what that answer holds for the same stored disclosure (a new column in the
 * CSV, a new field in the JSON), so that caches do not keep the old layout. The two that carry the
 * findings are at 2 since migration 0015 reworded stored findings without touching the rows' version.
 */
export const REPRESENTATIONS = {
  document: 2,
  "export.json": 2,
  "export.csv": 1,
  "export.xlsx": 1,
  source: 1,
} as const;
export type Representation = keyof typeof REPRESENTATIONS;

/**
 * ExcelJS stamps the workbook and its zip entries with the time of writing, so two downloads of an
 * unchanged disclosure differ in bytes: their validator is weak (same content, not same bytes).
 */
const WEAK: ReadonlySet<Representation> = new Set(["export.xlsx"]);

/** What the public answers about a disclosure are made of, as read with the disclosure's row. */
export interface EtagSubject {
  disclosure: { id: string; revision: number; version: number; status: string; updatedAt: Date };
  department: { code: string; name: string };
  district: { name: string };
}

const digest = (data: string | Uint8Array) => createHash("sha256").update(data).digest("base64url").slice(0, 27);

/**
 * The ETag of one answer about a disclosure, from its row alone (no export is built): it changes
 * with every save, step and supersession (version, status, updatedAt), with a rename of the
 * department or district the document names, and with the answer's layout version.
 */
export function disclosureEtag(subject: EtagSubject, representation: Representation): string {
  const { disclosure: d, department, district } = subject;
  const parts = [
    representation,
    REPRESENTATIONS[representation],
    d.id,
    d.revision,
    d.version,
    d.status,
    d.updatedAt.toISOString(),
    department.code,
    department.name,
    district.name,
  ];
  const tag = `"${digest(JSON.stringify(parts))}"`;
  return WEAK.has(representation) ? `W/${tag}` : tag;
}

/** A strong ETag of a body already built. */
export const bodyEtag = (body: string | Uint8Array) => `"${digest(body)}"`;

const opaque = (tag: string) => tag.trim().replace(/^W\//, "");

/**
 * Whether If-None-Match names this ETag. The comparison is weak, as RFC 9110 §13.1.2 asks for
 * If-None-Match: a proxy that compressed the answer may have sent the client our tag as W/"…".
 */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  const wanted = opaque(etag);
  return (header.match(/(?:W\/)?"[^"]*"/g) ?? []).some((tag) => opaque(tag) === wanted);
}

export type CacheHeaders = { ETag: string; "Cache-Control": string };

export const cacheHeaders = (etag: string, cacheControl: string = REVALIDATE_EVERY_TIME): CacheHeaders => ({ ETag: etag, "Cache-Control": cacheControl });

/** 304 with the same validators when the client already holds this answer; null when it must be sent. */
export function notModified(request: Request, headers: CacheHeaders): Response | null {
  return matchesIfNoneMatch(request.headers.get("if-none-match"), headers.ETag) ? new Response(null, { status: 304, headers }) : null;
}
