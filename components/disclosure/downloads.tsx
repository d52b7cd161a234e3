import { SourceDownload } from "@/components/import/source-download";
import type { DocumentSource, SourceUnit } from "@/lib/disclosure/schema";

/** The downloads of a disclosure in one row: 原文 where kept, then the data in XLSX, CSV and JSON, each with its format and unit. */
export function Downloads({ disclosureId, source, sourceUnit }: { disclosureId: string; source?: DocumentSource; sourceUnit: SourceUnit }) {
  const api = `/api/v1/disclosures/${disclosureId}`;
  const link = "text-brand-700 underline";
  return (
    <section id="downloads" aria-labelledby="downloads-heading" className="mb-6 print:hidden">
      <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1 text-sm">
        <h2 id="downloads-heading" className="font-semibold">数据下载</h2>
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {source ? <li><SourceDownload disclosureId={disclosureId} source={source} className={link} /></li> : null}
          <li><a href={`${api}/export.xlsx`} className={link}>XLSX（每表一页，{sourceUnit}）</a></li>
          <li><a href={`${api}/export.csv`} className={link}>CSV（逐单元格，元）</a></li>
          <li><a href={`${api}/export.json`} className={link}>JSON（budget-disclosure/v1，元）</a></li>
        </ul>
      </div>
    </section>
  );
}
