import { afterEach, describe, expect, it, vi } from "vitest";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

async function demoAccountsWith(vars: Record<string, string | undefined>) {
  for (const [k, v] of Object.entries(vars)) vi.stubEnv(k, v);
  vi.resetModules();
  return (await import("./env")).demoAccountsEnabled();
}

describe("demo accounts", () => {
  it("are never created by a command-line tool run without NODE_ENV", async () => {
    expect(await demoAccountsWith({ NODE_ENV: undefined, DEMO_ACCOUNTS: undefined })).toBe(false);
  });
  it("are not created by the production server", async () => {
    expect(await demoAccountsWith({ NODE_ENV: "production", DEMO_ACCOUNTS: undefined })).toBe(false);
  });
  it("are created under next dev, or when asked for", async () => {
    expect(await demoAccountsWith({ NODE_ENV: "development", DEMO_ACCOUNTS: undefined })).toBe(true);
    expect(await demoAccountsWith({ NODE_ENV: "production", DEMO_ACCOUNTS: "true" })).toBe(true);
    expect(await demoAccountsWith({ NODE_ENV: "development", DEMO_ACCOUNTS: "false" })).toBe(false);
  });
});

describe("the environment", () => {
  it("refuses a DATABASE_URL that is not PostgreSQL's, naming the variable", async () => {
    vi.stubEnv("DATABASE_URL", "mysql://x");
    await expect(import("./env")).rejects.toThrow(/DATABASE_URL 须以 postgres:\/\//);
  });
  it("treats an empty variable as unset", async () => {
    vi.stubEnv("DATABASE_URL", "");
    expect((await import("./env")).env.DATABASE_URL).toBeUndefined();
  });
});
