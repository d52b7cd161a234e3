import "server-only";
import { createHmac, randomBytes } from "node:crypto";
import type { Db } from "../client";
import { ensureMeta } from "./app-meta";
import { issueFormToken } from "@/lib/feedback/form-token";

export interface FeedbackKeys {
  /** signs the form's time token */
  formToken: Buffer;
  /** hashes client addresses for the rate limit */
  clientKey: Buffer;
}

const cached = new WeakMap<Db, Promise<FeedbackKeys>>();

/**
 * The feedback keys, derived from one secret generated at installation and kept in the
 * database (like the session secret), so that every app instance on it agrees: a token issued
 * by one instance is accepted by another, and an address counts the same everywhere.
 */
export function feedbackKeys({ db }: { db: Db }): Promise<FeedbackKeys> {
  let keys = cached.get(db);
  if (!keys) {
    keys = ensureMeta({ db, key: "feedback_secret", value: randomBytes(32).toString("base64url") }).then((secret) => {
      const derive = (purpose: string) => createHmac("sha256", secret).update(purpose).digest();
      return { formToken: derive("feedback form token"), clientKey: derive("feedback client key") };
    });
    keys.catch(() => cached.delete(db));
    cached.set(db, keys);
  }
  return keys;
}

/** A time token for a feedback form served now (lib/feedback/form-token.ts). */
export async function newFormToken({ db }: { db: Db }): Promise<string> {
  return issueFormToken({ key: (await feedbackKeys({ db })).formToken, now: Date.now() });
}
