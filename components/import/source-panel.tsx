import type { DocumentSource, Finding } from "@/lib/disclosure/schema";
import { ImportFindings } from "./import-findings";
import { SourceDownload } from "./source-download";

const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

/** In the admin view of a disclosure imported from a file: the file (to download) and what the importer could not read. */
export function SourcePanel({ disclosureId, source, sizeBytes, importFindings }: { disclosureId: string; source: DocumentSource; sizeBytes: number; importFindings: Finding[] }) {
  return (
    <div className="mb-6 grid gap-3 lg:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]">
      <section aria-labelledby="source-heading" className="rounded border border-stone-300 bg-white p-3 text-sm">
        <h2 id="source-heading" className="font-semibold">原文件</h2>
        <p className="mt-1 break-all">{source.fileName}（{size(sizeBytes)}）</p>
        <p className="mt-1">
          <SourceDownload disclosureId={disclosureId} source={source} />
        </p>
        <p className="mt-1 text-xs text-stone-600">文件公开后，公众也可下载原文。</p>
      </section>
      <ImportFindings findings={importFindings} />
    </div>
  );
}
