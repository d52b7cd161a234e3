import type { DocumentSource } from "@/lib/disclosure/schema";
import { sourceLinkLabel } from "@/lib/imports/source-format";

/** The link to the original file a disclosure was imported from: 原文下载（PDF，N 页）. */
export function SourceDownload({ disclosureId, source, className = "text-brand-700 underline" }: { disclosureId: string; source: DocumentSource; className?: string }) {
  return (
    <a href={`/api/v1/disclosures/${disclosureId}/source`} className={className} data-testid="source-download">
      {sourceLinkLabel(source)}
      <span className="sr-only">：{source.fileName}</span>
    </a>
  );
}
