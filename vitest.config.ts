import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("./", import.meta.url));
const shared = {
  resolve: {
    alias: [
      { find: /^@\/(.*)$/, replacement: `${root}$1` },
      // query modules import "server-only"; under test they run outside React's server graph
      { find: /^server-only$/, replacement: `${root}tests/empty-module.ts` },
    ],
  },
};

const postgresUrl = process.env.TEST_DATABASE_URL;

export default defineConfig({
  test: {
    projects: [
      { ...shared, test: { name: "unit", include: ["lib/**/*.test.ts", "scripts/**/*.test.ts"] } },
      {
        ...shared,
        test: {
          name: "db:pglite",
          include: ["tests/integration/**/*.test.ts"],
          env: { TEST_DB_DRIVER: "pglite" },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      ...(postgresUrl
        ? [
            {
              ...shared,
              test: {
                name: "db:postgres",
                include: ["tests/integration/**/*.test.ts"],
                env: { TEST_DB_DRIVER: "postgres", TEST_DATABASE_URL: postgresUrl },
                testTimeout: 30_000,
                hookTimeout: 60_000,
              },
            },
          ]
        : []),
    ],
  },
});
