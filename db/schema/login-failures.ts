import { bigint, index, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * One row per sign-in that did not succeed, for throttling: written when the attempt begins (so that
 * a burst of parallel attempts counts in full) and removed when it succeeds. Counted per (email,
 * address), per address and per email over a short window, and deleted once older than it. The
 * email is the one typed, normalised, whether or not an account has it, so that known and unknown
 * emails are counted alike.
 */
export const loginFailures = pgTable(
  "login_failures",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    email: text("email").notNull(),
    /** the client address, or "unknown" when the server cannot tell it */
    address: text("address").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull(),
  },
  (t) => [
    index("login_failures_email_idx").on(t.email, t.at),
    index("login_failures_address_idx").on(t.address, t.at),
    index("login_failures_at_idx").on(t.at),
  ],
);
