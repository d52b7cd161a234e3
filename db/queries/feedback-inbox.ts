import "server-only";
import { and, count, desc, eq, isNotNull, isNull, sql, type SQL } from "drizzle-orm";
import type { Db } from "../client";
import { departments, disclosures, districts, feedback, reviewComments, users } from "../schema";
import { departmentScope } from "./scope";
import type { Actor } from "@/lib/auth/scope";
import type { HeadingContext } from "@/lib/disclosure/column-headings";
import type { CommentAnchor } from "../schema/review";
import type { FeedbackCategory, FeedbackStatus } from "@/lib/feedback/labels";

export type InboxKind = "feedback" | "review";

/** One line of the inbox: a public feedback, or a reviewer's comment (审核意见). */
export interface InboxItem {
  kind: InboxKind;
  id: string;
  createdAt: Date;
  status: FeedbackStatus;
  category: FeedbackCategory | null;
  body: string;
  author: string | null;
  disclosureId: string | null;
  disclosureTitle: string | null;
  departmentName: string | null;
  districtName: string | null;
  /** feedback: the table and row it names; review comment: its anchor */
  tableKind: string | null;
  rowRef: string | null;
  anchor: CommentAnchor | null;
  /** review comment: its disclosure's year and kind, which head the columns its anchor names */
  heading: HeadingContext | null;
  answered: boolean;
  answerPublic: boolean;
}

export interface InboxFilter {
  kind?: InboxKind;
  status?: FeedbackStatus;
}

/** The feedback an actor may read: admins all, including the portal's own (no department). */
function feedbackScope(actor: Actor): SQL {
  return actor.role === "admin" ? sql`true` : and(isNotNull(feedback.departmentId), departmentScope(actor))!;
}

/** A review comment has no status of its own: unanswered counts as new, answered as answered. */
function commentStatus(status: FeedbackStatus | undefined): SQL | undefined {
  if (!status) return undefined;
  if (status === "new") return isNull(reviewComments.answer);
  if (status === "answered") return isNotNull(reviewComments.answer);
  return sql`false`;
}

function feedbackRows({ db, actor, filter }: { db: Db; actor: Actor; filter: InboxFilter }) {
  const where = and(feedbackScope(actor), filter.status ? eq(feedback.status, filter.status) : undefined);
  return {
    count: () => db.select({ n: count() }).from(feedback).leftJoin(departments, eq(departments.id, feedback.departmentId)).where(where),
    rows: (limit: number) =>
      db
        .select({
          id: feedback.id,
          createdAt: feedback.createdAt,
          status: feedback.status,
          category: feedback.category,
          body: feedback.message,
          author: feedback.senderName,
          disclosureId: feedback.disclosureId,
          disclosureTitle: disclosures.title,
          departmentName: departments.name,
          districtName: districts.name,
          tableKind: feedback.tableKind,
          rowRef: feedback.rowRef,
          answer: feedback.answer,
          answerPublic: feedback.answerPublic,
        })
        .from(feedback)
        .leftJoin(departments, eq(departments.id, feedback.departmentId))
        .leftJoin(districts, eq(districts.code, departments.districtCode))
        .leftJoin(disclosures, eq(disclosures.id, feedback.disclosureId))
        .where(where)
        .orderBy(desc(feedback.createdAt), desc(feedback.id))
        .limit(limit),
  };
}

function commentRows({ db, actor, filter }: { db: Db; actor: Actor; filter: InboxFilter }) {
  const where = and(departmentScope(actor), commentStatus(filter.status));
  return {
    count: () =>
      db
        .select({ n: count() })
        .from(reviewComments)
        .innerJoin(disclosures, eq(disclosures.id, reviewComments.disclosureId))
        .innerJoin(departments, eq(departments.id, disclosures.departmentId))
        .where(where),
    rows: (limit: number) =>
      db
        .select({
          id: reviewComments.id,
          createdAt: reviewComments.createdAt,
          body: reviewComments.body,
          author: users.name,
          anchor: reviewComments.anchor,
          heading: { year: disclosures.year, kind: disclosures.kind },
          answer: reviewComments.answer,
          disclosureId: disclosures.id,
          disclosureTitle: disclosures.title,
          departmentName: departments.name,
          districtName: districts.name,
        })
        .from(reviewComments)
        .innerJoin(disclosures, eq(disclosures.id, reviewComments.disclosureId))
        .innerJoin(departments, eq(departments.id, disclosures.departmentId))
        .innerJoin(districts, eq(districts.code, departments.districtCode))
        .innerJoin(users, eq(users.id, reviewComments.authorId))
        .where(where)
        .orderBy(desc(reviewComments.createdAt), desc(reviewComments.id))
        .limit(limit),
  };
}

/**
 * The inbox of an actor, newest first: public feedback and review comments on the disclosures
 * of their scope (db/queries/scope.ts), whatever filter a URL carries.
 */
export async function listInbox({ db, actor, filter, page, pageSize }: { db: Db; actor: Actor; filter: InboxFilter; page: number; pageSize: number }) {
  const upto = page * pageSize;
  const fb = filter.kind === "review" ? undefined : feedbackRows({ db, actor, filter });
  const rc = filter.kind === "feedback" ? undefined : commentRows({ db, actor, filter });
  const [fbCount, rcCount, fbRows, rcRows] = await Promise.all([fb?.count(), rc?.count(), fb?.rows(upto), rc?.rows(upto)]);
  const items: InboxItem[] = [
    ...(fbRows ?? []).map(
      (r): InboxItem => ({ kind: "feedback", ...r, anchor: null, heading: null, answered: r.answer !== null }),
    ),
    ...(rcRows ?? []).map(
      (r): InboxItem => ({
        kind: "review",
        ...r,
        id: String(r.id),
        status: r.answer === null ? "new" : "answered",
        category: null,
        tableKind: null,
        rowRef: null,
        answered: r.answer !== null,
        answerPublic: false,
      }),
    ),
  ].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  const total = (fbCount?.[0]?.n ?? 0) + (rcCount?.[0]?.n ?? 0);
  return { total, items: items.slice((page - 1) * pageSize, upto) };
}

/** Every feedback of the actor's scope with what the export holds, newest first. */
export async function listFeedbackForExport({ db, actor, status }: { db: Db; actor: Actor; status?: FeedbackStatus }) {
  return db
    .select({
      trackingCode: feedback.trackingCode,
      createdAt: feedback.createdAt,
      status: feedback.status,
      category: feedback.category,
      districtName: districts.name,
      departmentName: departments.name,
      disclosureTitle: disclosures.title,
      tableKind: feedback.tableKind,
      rowRef: feedback.rowRef,
      message: feedback.message,
      senderName: feedback.senderName,
      senderContact: feedback.senderContact,
      answer: feedback.answer,
      answerPublic: feedback.answerPublic,
      answeredAt: feedback.answeredAt,
    })
    .from(feedback)
    .leftJoin(departments, eq(departments.id, feedback.departmentId))
    .leftJoin(districts, eq(districts.code, departments.districtCode))
    .leftJoin(disclosures, eq(disclosures.id, feedback.disclosureId))
    .where(and(feedbackScope(actor), status ? eq(feedback.status, status) : undefined))
    .orderBy(desc(feedback.createdAt), desc(feedback.id));
}
