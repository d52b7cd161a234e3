import "server-only";
import type { Db } from "@/db/client";
import { recordAudit } from "@/db/queries/audit";
import { readDisclosureDocument } from "@/db/queries/disclosure-read";
import { setDisclosedOn } from "@/db/queries/disclosed-on";
import { replaceDisclosureContent } from "@/db/queries/disclosure-write";
import { AccessDenied } from "@/lib/auth/access-denied";
import { type Actor, canEditDepartment } from "@/lib/auth/scope";
import { HttpProblem } from "@/lib/http/problem";
import { checkDisclosure } from "@/lib/rules";
import { canonicalDocument } from "./canonical";
import { hasMark, openMarks, type ReviewMark } from "./carry-over";
import { loadForActor } from "./access";
import { relatedDocuments } from "./related-documents";
import { diffDocuments } from "./diff";
import { weightProblems } from "./indicator-sets";
import { disclosedOnProblem } from "./publication-date";
import { selfEvaluationProblems } from "./self-evaluations";
import type { DisclosureDocument } from "./schema";
import { STATUS_LABELS } from "./status";
import { EDITABLE_STATUSES } from "./workflow";

/**
 * Saves a new content of a draft (or returned) disclosure by one of its department's editors.
 * The save states the version it was based on: if the disclosure has moved on since, nothing is
 * written and the answer is 409 with what differs, never a silent overwrite.
 */
export async function saveDisclosure({
  db,
  actor,
  id,
  baseVersion,
  doc: given,
  marks,
  disclosedOn,
}: {
  db: Db;
  actor: Actor;
  id: string;
  baseVersion: number;
  doc: DisclosureDocument;
  /** a carried-over draft's marks the contact has not confirmed yet; where it came from and its read-only cells never change */
  marks?: ReviewMark[];
  /** 部门公开日期 (null: not known); absent, it stays as it is */
  disclosedOn?: string | null;
}): Promise<{ version: number; findings: ReturnType<typeof checkDisclosure> }> {
  const record = await loadForActor({ db, actor, id });
  const { disclosure: d, department, district } = record;
  if (!canEditDepartment(actor, department)) throw new AccessDenied(403, "只有本部门的预算公开联系人可以修改文件。");
  if (!EDITABLE_STATUSES.includes(d.status)) {
    throw new HttpProblem(409, `文件当前为“${STATUS_LABELS[d.status]}”，不能修改。`, { status: d.status, version: d.version });
  }
  const doc = canonicalDocument(given);
  const problems = [...weightProblems(doc), ...selfEvaluationProblems(doc)];
  // the message alone is shown to the contact; the fields are for integrations
  if (problems.length) throw new HttpProblem(400, `未保存：${problems.map((p) => p.message).join("；")}。`, { problems });
  const moved = [
    doc.district !== district.name && "区县",
    doc.department.code !== department.code && "部门编码",
    doc.year !== d.year && "年度",
    doc.kind !== d.kind && "类型",
  ].filter(Boolean);
  if (moved.length) throw new HttpProblem(400, `文件的${moved.join("、")}不能在保存时更改。`);
  const badDay = disclosedOn ? disclosedOnProblem({ value: disclosedOn, year: d.year, now: new Date() }) : null;
  if (badDay) throw new HttpProblem(400, `未保存：${badDay}。`);
  const dayChanged = disclosedOn !== undefined && disclosedOn !== d.disclosedOn;

  const before = await readDisclosureDocument({ db, record });
  const findings = checkDisclosure(doc, await relatedDocuments({ db, departmentId: d.departmentId, doc }));
  // a save confirms marks, never adds any
  const carryOver = marks && d.carryOver ? { ...d.carryOver, marks: openMarks(doc, d.carryOver.marks.filter((m) => hasMark(marks, m))) } : undefined;
  if (d.version === baseVersion) {
    const saved = await db.transaction(async (tx) => {
      const version = await replaceDisclosureContent({ tx, id, expectedVersion: baseVersion, doc, findings, actorId: actor.id, carryOver });
      if (version === null) return null;
      if (dayChanged) await setDisclosedOn({ tx, id, disclosedOn });
      await recordAudit({
        db: tx,
        entry: {
          actorId: actor.id,
          actorEmail: actor.email,
          action: "disclosure.save",
          targetType: "disclosure",
          targetId: id,
          before: { version: baseVersion },
          after: { version, changes: diffDocuments(before, doc), ...(dayChanged ? { disclosedOn: { before: d.disclosedOn, after: disclosedOn } } : {}) },
          success: true,
        },
      });
      return { version, findings };
    });
    if (saved) return saved;
  }
  // someone saved first: tell what the disclosure holds now, against what this save brought
  const latest = await loadForActor({ db, actor, id });
  const current = await readDisclosureDocument({ db, record: latest });
  throw new HttpProblem(409, "文件已被他人修改，您的保存未写入。请查看差异后在最新版本上重新修改。", {
    version: latest.disclosure.version,
    changes: diffDocuments(current, doc),
  });
}
