import "server-only";
import { eq } from "drizzle-orm";
import { type Db, getDb } from "@/db/client";
import { recordAudit } from "@/db/queries/audit";
import {
  claimNextJob,
  countJobFiles,
  finishJob,
  type ImportJobRow,
  nextPendingFile,
  recordFileResult,
  refusePendingFiles,
  requeueInterruptedJobs,
  setCurrentFile,
} from "@/db/queries/import-jobs";
import { listUserDepartments, listUserDistricts } from "@/db/queries/users";
import { users } from "@/db/schema";
import type { Actor } from "@/lib/auth/scope";
import { loggableError } from "@/lib/loggable-error";
import { importOne, type Parse } from "./import-one";
import type { FileOutcome } from "./outcome";
import { parseInChild } from "./parse-in-child";

/** The person a job acts as: its creator, with their role and scope as they are now; null when disabled or gone. */
async function actorOfJob(db: Db, job: ImportJobRow): Promise<Actor | null> {
  if (job.createdBy === null) return null;
  const [user] = await db.select().from(users).where(eq(users.id, job.createdBy)).limit(1);
  if (!user || user.disabled) return null;
  const [departments, districts] = await Promise.all([
    user.role === "editor" ? listUserDepartments({ db, userId: user.id }) : [],
    user.role === "reviewer" ? listUserDistricts({ db, userId: user.id }) : [],
  ]);
  return { id: user.id, email: user.email, name: user.name, role: user.role, sessionId: `import-job:${job.id}`, departmentIds: departments.map((d) => d.id), districtCodes: districts.map((d) => d.code) };
}

function resultOf(o: FileOutcome) {
  const counts = "i1" in o && o.i1 !== undefined ? { i1Count: o.i1, findingsCount: o.findings ?? 0 } : { i1Count: null, findingsCount: null };
  switch (o.status) {
    case "imported":
      return { status: o.status, message: `已导入为第 ${o.revision} 版草稿（部门 ${o.departmentKey}）`, disclosureId: o.disclosureId, ...counts };
    case "skipped":
      return { status: o.status, message: o.message, disclosureId: o.disclosureId, ...counts };
    case "parsed":
      throw new Error("a job never runs dry");
    default:
      return { status: o.status, message: o.message, disclosureId: null, ...counts };
  }
}

/** One job: its pending files one after another, each in a transaction of its own, then its summary. */
async function runJob(db: Db, job: ImportJobRow, parse: Parse): Promise<void> {
  const actor = await actorOfJob(db, job);
  if (!actor) await refusePendingFiles({ db, jobId: job.id, message: "创建该批量导入的账户已停用或不存在，未导入。" });
  for (let file = await nextPendingFile({ db, jobId: job.id }); actor && file; file = await nextPendingFile({ db, jobId: job.id })) {
    await setCurrentFile({ db, jobId: job.id, fileName: file.fileName });
    let outcome: FileOutcome;
    if (!file.content) outcome = { status: "failed", message: "文件内容缺失。" };
    else {
      try {
        const fileName = file.fileName.split("/").pop() || file.fileName;
        outcome = await importOne({ db, actor, file: { path: file.fileName, fileName, bytes: file.content }, parse });
      } catch (e) {
        console.error(`批量导入 ${job.id}：${file.fileName}：${loggableError(e)}`);
        outcome = { status: "failed", message: "导入时出错，未导入。" };
      }
    }
    await recordFileResult({ db, jobId: job.id, fileId: file.id, result: resultOf(outcome) });
  }
  await db.transaction(async (tx) => {
    await finishJob({ tx, jobId: job.id, status: actor ? "done" : "failed", error: actor ? null : "创建该批量导入的账户已停用或不存在。" });
    await recordAudit({
      db: tx,
      entry: {
        actorId: job.createdBy,
        actorEmail: actor?.email ?? null,
        action: "import.job.finish",
        targetType: "import_job",
        targetId: job.id,
        after: { total: job.total, ...(await countJobFiles({ db: tx, jobId: job.id })) },
        success: !!actor,
      },
    });
  });
}

/** Runs queued jobs until there are none; one job, and one file, at a time. */
export async function runImportJobs({ db, parse = parseInChild }: { db: Db; parse?: Parse }): Promise<void> {
  for (let job = await claimNextJob({ db }); job; job = await claimNextJob({ db })) await runJob(db, job, parse);
}

// one runner per process, whichever bundle started it
const RUNNER = Symbol.for("cq-budget-disclosure.import-runner");
const state = globalThis as { [RUNNER]?: { running: boolean; again: boolean } };
const runner = (state[RUNNER] ??= { running: false, again: false });

/** Starts the background runner of this process, unless it is running (then it looks again when done). */
export function kickImportRunner(): void {
  if (runner.running) {
    runner.again = true;
    return;
  }
  runner.running = true;
  void (async () => {
    try {
      do {
        runner.again = false;
        await runImportJobs({ db: await getDb() });
      } while (runner.again);
    } catch (e) {
      // the database went away (shutdown): the job stays running and is resumed at the next start
      console.error(`批量导入中断：${loggableError(e)}`);
    } finally {
      runner.running = false;
    }
  })();
}

/** At start: what a crashed or stopped process left running is queued again and resumed. */
export async function resumeImportJobs(): Promise<void> {
  await requeueInterruptedJobs({ db: await getDb() });
  kickImportRunner();
}
