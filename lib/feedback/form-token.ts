import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * The feedback form's time token: when the page was served, signed with the installation's
 * feedback key, so that a script cannot post faster than a person or forge an older time.
 */
export const MIN_FILL_MS = 3_000;
export const MAX_TOKEN_AGE_MS = 24 * 60 * 60 * 1000;

const signature = (key: Buffer, issuedAt: number) => createHmac("sha256", key).update(`feedback-form:${issuedAt}`).digest("base64url");

export function issueFormToken({ key, now }: { key: Buffer; now: number }): string {
  return `${now}.${signature(key, now)}`;
}

export type TokenVerdict = { ok: true } | { ok: false; reason: "invalid" | "too_fast" | "expired" };

export function checkFormToken({ token, key, now }: { token: string; key: Buffer; now: number }): TokenVerdict {
  const match = /^(\d{13})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return { ok: false, reason: "invalid" };
  const issuedAt = Number(match[1]);
  const expected = Buffer.from(signature(key, issuedAt));
  const given = Buffer.from(match[2]!);
  if (!timingSafeEqual(expected, given)) return { ok: false, reason: "invalid" };
  const age = now - issuedAt;
  if (age < MIN_FILL_MS) return { ok: false, reason: "too_fast" };
  if (age > MAX_TOKEN_AGE_MS) return { ok: false, reason: "expired" };
  return { ok: true };
}

/** What the sender reads when the form is refused for its token or honeypot. */
export const SPAM_REFUSALS = {
  invalid: "表单已失效，请刷新页面后重新提交（请先复制您填写的内容）。",
  too_fast: "提交过快：请在页面打开 3 秒后再提交。",
  expired: "页面打开已超过 24 小时，请刷新页面后重新提交（请先复制您填写的内容）。",
  honeypot: "提交未被接受。如您使用了自动填表工具，请关闭后手动填写。",
} as const;
