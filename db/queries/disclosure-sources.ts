import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Db, Tx } from "../client";
import { disclosureSources } from "../schema";
import type { DocumentSource, Finding } from "@/lib/disclosure/schema";

/** The original file of a disclosure, as createDisclosure receives it. */
export interface SourceFile {
  bytes: Uint8Array;
  source: DocumentSource;
  /** the importer's findings about the file (I1) */
  importFindings: Finding[];
}

/** Keeps the file a disclosure was imported from, in the caller's transaction. */
export async function insertDisclosureSource({ tx, disclosureId, file }: { tx: Tx; disclosureId: string; file: SourceFile }): Promise<void> {
  await tx.insert(disclosureSources).values({
    disclosureId,
    fileName: file.source.fileName,
    format: file.source.format,
    sha256: file.source.sha256,
    pages: file.source.pages,
    sizeBytes: file.bytes.byteLength,
    content: file.bytes,
    importFindings: file.importFindings,
  });
}

const described = {
  fileName: disclosureSources.fileName,
  format: disclosureSources.format,
  sha256: disclosureSources.sha256,
  pages: disclosureSources.pages,
  sizeBytes: disclosureSources.sizeBytes,
  importFindings: disclosureSources.importFindings,
};

export type SourceSummary = { source: DocumentSource; sizeBytes: number; importFindings: Finding[] };

/** What is known of a disclosure's original file, without its bytes; undefined when it has none. */
export async function sourceSummaryOf({ db, disclosureId }: { db: Db; disclosureId: string }): Promise<SourceSummary | undefined> {
  const [row] = await db.select(described).from(disclosureSources).where(eq(disclosureSources.disclosureId, disclosureId)).limit(1);
  if (!row) return undefined;
  const { sizeBytes, importFindings, ...source } = row;
  return { source: source as DocumentSource, sizeBytes, importFindings };
}

/** The `source` of a disclosure's document (DESIGN §4), or undefined when it was not imported from a kept file. */
export async function sourceOf({ db, disclosureId }: { db: Db; disclosureId: string }): Promise<DocumentSource | undefined> {
  return (await sourceSummaryOf({ db, disclosureId }))?.source;
}

/** The original file itself, to download. */
export async function sourceFileOf({ db, disclosureId }: { db: Db; disclosureId: string }) {
  const [row] = await db
    .select({ fileName: disclosureSources.fileName, format: disclosureSources.format, content: disclosureSources.content })
    .from(disclosureSources)
    .where(eq(disclosureSources.disclosureId, disclosureId))
    .limit(1);
  return row;
}

/** The disclosure a file with these bytes was already imported into, if any (the oldest). */
export async function findImportedFile({ db, sha256 }: { db: Db | Tx; sha256: string }): Promise<{ disclosureId: string } | undefined> {
  const [row] = await db
    .select({ disclosureId: disclosureSources.disclosureId })
    .from(disclosureSources)
    .where(eq(disclosureSources.sha256, sha256))
    .orderBy(asc(disclosureSources.createdAt))
    .limit(1);
  return row;
}
