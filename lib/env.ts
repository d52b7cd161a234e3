import { z } from "zod";

/**
 * The process environment, validated once. Every module reads configuration from here,
 * never from process.env directly.
 */
const envSchema = z.object({
  /** set by `next dev` / `next start`; command-line tools run without it */
  NODE_ENV: z.enum(["development", "production", "test"]).optional(),
  /** postgres://… selects a PostgreSQL server; unset selects the embedded PGlite database. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL 须以 postgres:// 或 postgresql:// 开头")
    .optional(),
  /** Where PGlite keeps its files; `memory://` keeps them in memory (tests). */
  PGLITE_DATA_DIR: z.string().default("./.data/pglite"),
  NEXTAUTH_SECRET: z.string().min(32).optional(),
  SESSION_IDLE_MINUTES: z.coerce.number().int().positive().default(30),
  SESSION_MAX_HOURS: z.coerce.number().int().positive().default(8),
  /** Failed sign-ins within the window that pause one account from one client address. */
  LOGIN_MAX_FAILURES: z.coerce.number().int().positive().default(5),
  LOGIN_FAILURE_WINDOW_MINUTES: z.coerce.number().int().positive().default(15),
  /** Failed sign-ins within the window, on any accounts, after which an address is answered 429. */
  LOGIN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().positive().default(20),
  /** Failures on one account from at least LOGIN_ATTACK_ADDRESSES addresses: slowed down and alerted. */
  LOGIN_ATTACK_FAILURES: z.coerce.number().int().positive().default(10),
  LOGIN_ATTACK_ADDRESSES: z.coerce.number().int().positive().default(3),
  PASSWORD_MIN_LENGTH: z.coerce.number().int().min(8).default(8),
  /** How many of the four classes (upper, lower, digit, symbol) a password needs. */
  PASSWORD_MIN_CLASSES: z.coerce.number().int().min(1).max(4).default(3),
  /** Trust X-Forwarded-For for the client address: only behind a reverse proxy that sets it. */
  TRUST_PROXY: z.enum(["true", "false"]).default("false"),
  /**
   * With TRUST_PROXY: how many proxies of one's own append to X-Forwarded-For. The client is the
   * entry that many places from the end; entries before it are whatever the client sent.
   */
  TRUST_PROXY_HOPS: z.coerce.number().int().min(1).max(10).default(1),
  /**
   * The site's public address (https://…): the sitemap, robots.txt and every absolute address the
   * app writes, and the one origin whose pages may change anything. Unset: NEXTAUTH_URL, else
   * http://localhost:PORT (lib/http/own-origin.mjs). Never the request's Host.
   */
  PUBLIC_URL: z.url({ protocol: /^https?$/, error: "PUBLIC_URL 须为以 http:// 或 https:// 开头的网址" }).optional(),
  NEXTAUTH_URL: z.url({ protocol: /^https?$/, error: "NEXTAUTH_URL 须为以 http:// 或 https:// 开头的网址" }).optional(),
  PORT: z.string().regex(/^\d+$/, "PORT 须为端口号").optional(),
  /** Feedback accepted from one client address within the window (form and API together). */
  FEEDBACK_MAX_PER_WINDOW: z.coerce.number().int().positive().default(5),
  FEEDBACK_WINDOW_MINUTES: z.coerce.number().int().positive().default(10),
  /** The portal operator's contact on /contact; by default Chongqing's 12345 service hotline. */
  PORTAL_OPERATOR_NAME: z.string().trim().min(1).max(100).default("重庆市区县部门预算公开平台运维组"),
  PORTAL_OPERATOR_PHONE: z.string().trim().min(1).max(50).default("023-12345"),
  PORTAL_OPERATOR_EMAIL: z.email("PORTAL_OPERATOR_EMAIL 须为电子邮箱地址").optional(),
  /** Create one demo account per role with the sample data (see README). */
  DEMO_ACCOUNTS: z.enum(["true", "false"]).optional(),
});

export type Env = z.infer<typeof envSchema>;

function parseEnv(): Env {
  // an empty variable (DATABASE_URL= ) means unset
  const given = Object.fromEntries(Object.entries(process.env).filter(([, v]) => v !== ""));
  const parsed = envSchema.safeParse(given);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`环境变量配置有误：\n${lines.join("\n")}`);
  }
  return parsed.data;
}

export const env = parseEnv();

/**
 * Demo accounts have a published password: only under `next dev` or when asked for. A command
 * line tool, run without NODE_ENV, never creates them.
 */
export const demoAccountsEnabled = () =>
  env.DEMO_ACCOUNTS === undefined ? env.NODE_ENV === "development" : env.DEMO_ACCOUNTS === "true";
