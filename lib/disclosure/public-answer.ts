import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { readDisclosureDocument } from "@/db/queries/disclosure-read";
import { disclosures } from "@/db/schema";
import { cachedValue } from "@/lib/cache/cached-value";
import { departmentTag, disclosureTag, PUBLIC_TAG } from "@/lib/cache/tags";
import { disclosureEtag, type Representation } from "@/lib/http/etag";
import { HttpProblem } from "@/lib/http/problem";
import { isUuid } from "@/lib/uuid";
import type { DisclosureDocument } from "./schema";
import { loadPublicDisclosure, notPublic } from "./public-access";

/** A public answer about one disclosure, as built once and kept. */
export interface PublicAnswer {
  etag: string;
  /** text as is; bytes (an XLSX) in base64, since what is kept must survive JSON */
  body: { text: string } | { base64: string };
  title: string;
  revision: number;
}

type Kept = { ok: true; answer: PublicAnswer } | { ok: false; status: HttpProblem["status"]; message: string; details: Record<string, unknown> };

/** A disclosure's department never changes: kept until the whole public cache is expired. */
const departmentOf = (id: string) =>
  cachedValue({
    key: ["disclosure-department", id],
    tags: [PUBLIC_TAG],
    compute: async () => {
      const [row] = await (await getDb()).select({ departmentId: disclosures.departmentId }).from(disclosures).where(eq(disclosures.id, id)).limit(1);
      // thrown, not kept: the id may be created later
      if (!row) throw notPublic();
      return row.departmentId;
    },
  });

/**
 * A public answer about a disclosure (its JSON, an export), built from the database once and then
 * served from this process's cache — the embedded database runs on the server's event loop —
 * until the disclosure is published, retracted or superseded, or its department renamed (the
 * tags of lib/cache/tags.ts). A refusal (404 for a draft, 410 with the reason after a retraction)
 * is kept the same way; an id nobody has is refused without being kept.
 */
export async function publicAnswer({
  id,
  representation,
  build,
}: {
  id: string;
  representation: Representation;
  build: (doc: DisclosureDocument & { findings: unknown }) => Promise<string | Uint8Array> | string | Uint8Array;
}): Promise<PublicAnswer> {
  if (!isUuid(id)) throw notPublic();
  const departmentId = await departmentOf(id);
  const kept = await cachedValue<Kept>({
    key: ["public-answer", representation, id],
    tags: [PUBLIC_TAG, disclosureTag(id), departmentTag(departmentId)],
    compute: async () => {
      const db = await getDb();
      let record;
      try {
        record = await loadPublicDisclosure({ db, id });
      } catch (e) {
        if (e instanceof HttpProblem) return { ok: false, status: e.status, message: e.message, details: e.details };
        throw e;
      }
      const doc = { ...(await readDisclosureDocument({ db, record })), findings: record.disclosure.findings };
      const built = await build(doc);
      return {
        ok: true,
        answer: {
          etag: disclosureEtag(record, representation),
          body: typeof built === "string" ? { text: built } : { base64: Buffer.from(built).toString("base64") },
          title: record.disclosure.title,
          revision: record.disclosure.revision,
        },
      };
    },
  });
  if (!kept.ok) throw new HttpProblem(kept.status, kept.message, kept.details);
  return kept.answer;
}

/** The answer's body as a Response takes it. */
export const answerBody = ({ body }: PublicAnswer): string | Uint8Array<ArrayBuffer> => ("text" in body ? body.text : new Uint8Array(Buffer.from(body.base64, "base64")));
