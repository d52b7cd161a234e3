import { getDb } from "@/db/client";
import { listPublicAnswers } from "@/db/queries/feedback-public";
import type { DisclosureDocument } from "@/lib/disclosure/schema";
import { LazyFeedbackForm } from "./lazy-feedback-form";
import { PublicAnswers } from "./public-answers";

/**
 * Under a public disclosure: the questions answered in public, and the form to ask one about
 * this disclosure (optionally one of its tables and rows), which loads its tables and time token
 * when it opens: the page passes the browser nothing of the document.
 */
export async function DisclosureFeedback({
  disclosure,
  doc,
}: {
  disclosure: { id: string; title: string; revision: number };
  doc: DisclosureDocument;
}) {
  const answers = await listPublicAnswers({ db: await getDb(), disclosureId: disclosure.id });
  return (
    <>
      <PublicAnswers answers={answers} revision={disclosure.revision} />
      <section id="feedback" aria-labelledby="feedback-heading" className="mb-8 scroll-mt-4 rounded border border-stone-200 bg-white p-4 print:hidden">
        <h2 id="feedback-heading" className="mb-1 text-lg font-semibold">对本文件提出意见</h2>
        <p className="mb-4 text-sm text-stone-700">发现数据有误、表述不清或内容缺失？您的意见将转给{doc.department.name}办理。</p>
        <LazyFeedbackForm disclosure={{ id: disclosure.id, title: disclosure.title }} />
      </section>
    </>
  );
}
