import "server-only";
import { createHash } from "node:crypto";
import type { DisclosureDocument } from "@/lib/disclosure/schema";
import { parseInChild } from "./parse-in-child";

const KEEP_MS = 30 * 60 * 1000;
const KEEP_AT_MOST = 16;

// The preview parses a file and the editor then saves it, sending the same file again: the
// document parsed for the preview is kept a while so that saving does not parse it twice.
const CACHE = Symbol.for("cq-budget-disclosure.parsed-documents");
const state = globalThis as { [CACHE]?: Map<string, { doc: DisclosureDocument; at: number }> };
const cache = (state[CACHE] ??= new Map());

/** The document in a file (importFile, in a child process), with its findings and source. */
export async function parseDocument(bytes: Uint8Array, fileName: string): Promise<DisclosureDocument> {
  const key = `${createHash("sha256").update(bytes).digest("hex")}\0${fileName}`;
  const now = Date.now();
  for (const [k, v] of cache) if (now - v.at > KEEP_MS) cache.delete(k);
  const kept = cache.get(key);
  if (kept) return structuredClone(kept.doc);
  const doc = await parseInChild(bytes, fileName);
  cache.set(key, { doc, at: now });
  while (cache.size > KEEP_AT_MOST) cache.delete(cache.keys().next().value!);
  return structuredClone(doc);
}
