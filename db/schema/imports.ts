import { sql } from "drizzle-orm";
import {
  bigint,
  char,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";
import type { Finding } from "@/lib/disclosure/schema";
import { bytea } from "./bytea";
import { disclosures } from "./disclosures";
import { users } from "./users";

export const IMPORT_JOB_STATUSES = ["queued", "running", "done", "failed"] as const;
export type ImportJobStatus = (typeof IMPORT_JOB_STATUSES)[number];
export const IMPORT_FILE_STATUSES = ["pending", "imported", "skipped", "refused", "failed"] as const;
export type ImportFileStatus = (typeof IMPORT_FILE_STATUSES)[number];

/** The original file a disclosure was imported from (DESIGN §4 `source`), kept for the public to download (原文). */
export const disclosureSources = pgTable(
  "disclosure_sources",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    disclosureId: uuid("disclosure_id")
      .notNull()
      .unique()
      .references(() => disclosures.id, { onDelete: "cascade" }),
    fileName: text("file_name").notNull(),
    format: varchar("format", { length: 10 }).notNull(),
    sha256: char("sha256", { length: 64 }).notNull(),
    pages: integer("pages"),
    sizeBytes: integer("size_bytes").notNull(),
    content: bytea("content").notNull(),
    /** what the importer reported about the file (I1: seen but not read) */
    importFindings: jsonb("import_findings").$type<Finding[]>().notNull().default([]),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("disclosure_sources_sha256_idx").on(t.sha256)],
);

/** A batch import: several files, imported one after another in the background. */
export const importJobs = pgTable(
  "import_jobs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    createdBy: integer("created_by").references(() => users.id),
    status: varchar("status", { length: 20 }).$type<ImportJobStatus>().notNull().default("queued"),
    total: integer("total").notNull(),
    done: integer("done").notNull().default(0),
    currentFile: text("current_file"),
    error: text("error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp("started_at", { withTimezone: true }),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [check("import_jobs_status", sql`${t.status} in ('queued', 'running', 'done', 'failed')`)],
);

/** One file of a batch import; its content is cleared once it has been processed. */
export const importJobFiles = pgTable(
  "import_job_files",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    jobId: uuid("job_id")
      .notNull()
      .references(() => importJobs.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    fileName: text("file_name").notNull(),
    sha256: char("sha256", { length: 64 }).notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    content: bytea("content"),
    status: varchar("status", { length: 20 }).$type<ImportFileStatus>().notNull().default("pending"),
    message: text("message"),
    disclosureId: uuid("disclosure_id").references(() => disclosures.id, { onDelete: "set null" }),
    findingsCount: integer("findings_count"),
    i1Count: integer("i1_count"),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [
    index("import_job_files_job_idx").on(t.jobId, t.position),
    check("import_job_files_status", sql`${t.status} in ('pending', 'imported', 'skipped', 'refused', 'failed')`),
  ],
);
