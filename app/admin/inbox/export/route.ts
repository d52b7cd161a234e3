import { getDb } from "@/db/client";
import { listFeedbackForExport } from "@/db/queries/feedback-inbox";
import { formatTime } from "@/components/manage/format-time";
import { requireActor } from "@/lib/auth/guard";
import { CATEGORY_LABELS, STATUS_LABELS } from "@/lib/feedback/labels";
import { toCsv } from "@/lib/feedback/inbox-csv";
import { HttpProblem } from "@/lib/http/problem";
import { apiRoute } from "@/lib/http/route";
import { placeLabel } from "@/components/feedback/labels";
import { inboxQuerySchema } from "../inbox-query";

const HEADER = ["查询码", "提交时间", "状态", "类别", "区县", "部门", "文件", "表格与行", "留言", "称呼", "联系方式", "答复", "答复公开", "答复时间"];

/** GET /admin/inbox/export: the feedback of the caller's scope as CSV (text stays text). */
export const GET = apiRoute(async (request: Request) => {
  const actor = await requireActor({ request });
  const parsed = inboxQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) throw new HttpProblem(400, parsed.error.issues.map((i) => i.message).join("；"));
  const rows = await listFeedbackForExport({ db: await getDb(), actor, status: parsed.data.status });
  const csv = toCsv(
    HEADER,
    rows.map((r) => [
      r.trackingCode,
      formatTime(r.createdAt),
      STATUS_LABELS[r.status],
      CATEGORY_LABELS[r.category],
      r.districtName ?? "",
      r.departmentName ?? "平台运维方",
      r.disclosureTitle ?? "",
      placeLabel(r) ?? "",
      r.message,
      r.senderName ?? "",
      r.senderContact ?? "",
      r.answer ?? "",
      r.answer ? (r.answerPublic ? "是" : "否") : "",
      r.answeredAt ? formatTime(r.answeredAt) : "",
    ]),
  );
  const day = new Date().toISOString().slice(0, 10);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="feedback-${day}.csv"; filename*=UTF-8''${encodeURIComponent(`意见反馈-${day}.csv`)}`,
      "Cache-Control": "private, no-store",
    },
  });
});
