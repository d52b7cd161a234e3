import Link from "next/link";
import { publicationDateText } from "@/lib/disclosure/publication-date";
import { isPublicStatus } from "@/lib/disclosure/public-access";

interface Revision {
  id: string;
  revision: number;
  status: string;
  publishedAt: Date | null;
  /** the department's own publication date, where known */
  disclosedOn?: string | null;
  revisionReason: string | null;
  retractionReason: string | null;
}

/** Every public revision, with why it was corrected or retracted, and what a correction changed. */
export function RevisionHistory({ revisions, currentId }: { revisions: Revision[]; currentId: string }) {
  return (
    <section aria-labelledby="revisions" className="mb-8">
      <h2 id="revisions" className="mb-2 text-lg font-semibold">版本记录</h2>
      <ol className="space-y-1 text-sm" data-testid="revision-history">
        {revisions.map((r) => (
          <li key={r.id}>
            {r.id === currentId ? <strong>第 {r.revision} 版（本页）</strong> : <Link href={`/disclosures/${r.id}`} className="text-brand-700 underline">第 {r.revision} 版</Link>}
            {" · "}
            {r.status === "published" ? "现行版本" : r.status === "superseded" ? "已被新版本取代" : "已撤回"}
            {r.publishedAt ? ` · ${publicationDateText({ disclosedOn: r.disclosedOn ?? null, publishedAt: r.publishedAt })}` : ""}
            {r.revisionReason ? ` · 更正原因：${r.revisionReason}` : ""}
            {isPublicStatus(r.status) && revisions.some((p) => p.revision === r.revision - 1 && isPublicStatus(p.status)) ? (
              <>
                {" · "}
                <Link href={`/disclosures/${r.id}/changes`} className="text-brand-700 underline">与第 {r.revision - 1} 版相比的更改</Link>
              </>
            ) : null}
            {r.retractionReason ? ` · 撤回理由：${r.retractionReason}` : ""}
          </li>
        ))}
      </ol>
    </section>
  );
}
