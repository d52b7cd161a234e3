/** A disclosure's date as the public reads it: whose date it is, and the day. */
export interface PublicationDate {
  /** 公开日期 (the department's own) or 本平台发布于 (the portal's) */
  label: string;
  /** YYYY-MM-DD */
  date: string;
  /** the department's own date, or only the portal's */
  source: "department" | "portal";
}

const beijingDay = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" });

/** The day in Beijing time, YYYY-MM-DD. */
export const dayInBeijing = (at: Date | string) => beijingDay.format(new Date(at));

/**
 * The department's own publication date (部门公开日期) where known, else the day the portal
 * published it, labelled so that nobody takes the portal's day for the department's.
 */
export function publicationDate({ disclosedOn, publishedAt }: { disclosedOn: string | null; publishedAt: Date | string | null }): PublicationDate | null {
  if (disclosedOn) return { label: "公开日期", date: disclosedOn, source: "department" };
  if (publishedAt) return { label: "本平台发布于", date: dayInBeijing(publishedAt), source: "portal" };
  return null;
}

/** "公开日期 2025-02-10", "本平台发布于 2026-12-01", or "" without either. */
export function publicationDateText(d: { disclosedOn: string | null; publishedAt: Date | string | null }): string {
  const p = publicationDate(d);
  return p ? `${p.label} ${p.date}` : "";
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * What is wrong with a 部门公开日期 entered for a disclosure of `year`, or null: it must be a
 * real day, not after today (Beijing time), and not before the year before the document's year
 * (a budget is published early in its year, a 决算 in the year after).
 */
export function disclosedOnProblem({ value, year, now }: { value: string; year: number; now: Date }): string | null {
  const m = DAY.exec(value);
  const day = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !day || day.getUTCMonth() !== Number(m[2]) - 1 || day.getUTCDate() !== Number(m[3])) return "部门公开日期应为有效日期，如 2025-02-10";
  if (value > dayInBeijing(now)) return "部门公开日期不能晚于今天";
  if (Number(m[1]) < year - 1) return `部门公开日期不能早于 ${year - 1} 年`;
  return null;
}
