import "server-only";
import { createHash } from "node:crypto";
import type { Db } from "@/db/client";
import { findDepartmentByKey } from "@/db/queries/departments";
import { findImportedFile } from "@/db/queries/disclosure-sources";
import type { Actor } from "@/lib/auth/scope";
import { createDisclosure } from "@/lib/disclosure/create";
import type { DisclosureDocument } from "@/lib/disclosure/schema";
import { ImportError } from "@/lib/documents/errors";
import { HttpProblem } from "@/lib/http/problem";
import { InvalidInput } from "@/lib/invalid-input";
import { assignmentConflict, districtNameOf, needsDepartment, withDepartment } from "./assign";
import { assignDocument } from "./assign-department";
import { importedCarryOver } from "./imported-carry-over";
import { countFindings, type FileOutcome, isI1, SKIPPED_MESSAGE } from "./outcome";
import { ParseFailed } from "./parse-in-child";
import type { FoundFile } from "./unzip";

export type Parse = (bytes: Uint8Array, fileName: string) => Promise<DisclosureDocument>;

export const sha256Of = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** A refusal's message for a person: the problems' own messages, without the fields' keys. */
function refusalMessage(e: HttpProblem | InvalidInput): string {
  if (e instanceof HttpProblem) return e.message;
  if (e.problems.some((p) => p.field === "revisionReason")) {
    return "该年度文件已公开，导入的新版本是一次更正，须说明更正原因：请在“导入文件”页面单独导入并填写更正原因。";
  }
  return e.problems.map((p) => p.message).join("；");
}

/** The command line's --department (DISTRICTCODE-CODE), for a document that names no department. */
async function assignForCommandLine(doc: DisclosureDocument, key: string | undefined, db: Db | null): Promise<DisclosureDocument | string> {
  if (!needsDepartment(doc)) return doc;
  if (!key) return "文件未注明所属区县或部门编码；请用 --department 指定所属部门（如 --department 500109-134）";
  const [districtCode, code] = key.split("-") as [string, string];
  const districtName = districtNameOf(districtCode);
  if (!districtName) return `--department ${key}：${districtCode} 不是重庆市区县的行政区划代码`;
  const registered = db ? await findDepartmentByKey({ db, key }) : undefined;
  const to = { districtCode, districtName, code, name: registered?.department.name };
  const conflict = assignmentConflict(doc, { ...to, name: to.name ?? "" });
  return conflict ? `${conflict}（--department）` : withDepartment(doc, to);
}

/**
 * One file of an import, in a transaction of its own (createDisclosure's): a file whose bytes were
 * imported before is skipped; the rest is parsed, filed under its department and stored as a
 * draft with the file and its I1 findings. Nothing is written with `dryRun` or without `db`.
 *
 * `actor` null is the command line (departments created as needed, `department` for documents
 * that name none); an actor (a batch job's creator) files only where that person may.
 */
export async function importOne({
  db,
  actor,
  file,
  parse,
  department,
  dryRun = false,
}: {
  db: Db | null;
  actor: Actor | null;
  file: FoundFile;
  parse: Parse;
  department?: string;
  dryRun?: boolean;
}): Promise<FileOutcome> {
  const write = db && !dryRun;
  if (write) {
    const earlier = await findImportedFile({ db, sha256: sha256Of(file.bytes) });
    if (earlier) return { status: "skipped", disclosureId: earlier.disclosureId, message: SKIPPED_MESSAGE };
  }
  let parsed: DisclosureDocument;
  try {
    parsed = await parse(file.bytes, file.fileName);
  } catch (e) {
    if (e instanceof ImportError) return { status: "refused", message: e.message };
    if (e instanceof ParseFailed) return { status: "failed", message: e.message };
    throw e;
  }
  const counted = countFindings(parsed);
  let doc: DisclosureDocument;
  try {
    if (actor) {
      if (needsDepartment(parsed)) return { status: "refused", message: "文件未注明所属区县或部门编码：请在“导入文件”页面单独导入并选择所属部门。", ...counted };
      doc = db ? await assignDocument({ db, actor, doc: parsed }) : parsed;
    } else {
      const assigned = await assignForCommandLine(parsed, department, db);
      // a dry run shows what was read, department or not (DESIGN §6): only storing needs one
      if (typeof assigned === "string") return write ? { status: "refused", message: assigned, ...counted } : { status: "parsed", doc: parsed, ...counted };
      doc = assigned;
    }
    if (!write) return { status: "parsed", doc, ...counted };
    const created = await createDisclosure({
      db,
      doc,
      actor,
      origin: actor ? undefined : "命令行",
      source: `文件 ${file.path}`,
      file: { bytes: file.bytes, source: parsed.source!, importFindings: (parsed.findings ?? []).filter(isI1) },
      carryOver: importedCarryOver(doc),
    });
    return { status: "imported", disclosureId: created.id, revision: created.revision, departmentKey: created.departmentKey, departmentCreated: created.departmentCreated, doc: { ...doc, findings: parsed.findings }, ...counted };
  } catch (e) {
    if (e instanceof HttpProblem || e instanceof InvalidInput) return { status: "refused", message: refusalMessage(e), ...counted };
    throw e;
  }
}
