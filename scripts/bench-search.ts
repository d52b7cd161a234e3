/**
 * Speed of the public search (the query behind GET /api/v1/disclosures and /search) on the
 * configured database: p50 and p95 for 1-, 2- and 4-character queries, with and without facets
 * and filters; and of the row search across departments (GET /api/v1/rows) for 30217 公务接待费.
 * Each case runs cold (the answers cache emptied before every run: the first search after a
 * publish, or a query nobody asked since) and warm (the same query again). A reference query
 * whose cost does not depend on the search code (counting the published disclosures) runs in the
 * same process, so that runs on differently loaded machines can be compared by their ratio to it.
 * With --baseline DIR (an earlier commit's tree, e.g. `git archive COMMIT | tar -x -C DIR`), that
 * tree's listPublishedDisclosures and searchRows run too, case by case in the same process, for a
 * ratio to them.
 * Usage: DATABASE_URL=postgres://… npm run bench:search -- [--runs 40] [--baseline DIR]
 */
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";
import { runCli } from "./cli";
import { listPublishedDisclosures } from "@/db/queries/public-disclosures";
import { searchRows } from "@/db/queries/row-search";
import { forgetSearchAnswers } from "@/db/queries/search-cache";
import { disclosureListQuerySchema } from "@/lib/disclosure/list-query";
import { rowSearchQuerySchema } from "@/lib/rows/query";

const CASES: [string, Record<string, string>, boolean][] = [
  ["1 字（费）", { q: "费" }, false],
  ["2 字（接待）", { q: "接待" }, false],
  ["4 字（政务服务）", { q: "政务服务" }, false],
  ["2 字 + 区县 + 年度", { q: "接待", district: "北碚区", year: "2020" }, false],
  ["1 字，含分面", { q: "费" }, true],
  ["2 字，含分面", { q: "接待" }, true],
  ["4 字，含分面", { q: "政务服务" }, true],
  ["2 字 + 区县，含分面", { q: "接待", district: "北碚区" }, true],
  ["无检索词，含分面", {}, true],
  ["2 字，含分面，第 3 页", { q: "接待", page: "3" }, true],
];

const ROW_CASES: [string, Record<string, string>][] = [
  ["科目 30217，一年", { code: "30217", year: "2020" }],
  ["科目 30217，全部年度", { code: "30217" }],
  ["名称 公务接待费，一年", { q: "公务接待费", year: "2020" }],
  ["名称 公务接待费，全部年度", { q: "公务接待费" }],
  ["名称含 接待，全部年度", { q: "接待" }],
  ["30217 全部年度，第 50 页", { code: "30217", page: "50" }],
  ["30217 全部年度，按部门", { code: "30217", sort: "department" }],
];

type Timed = { total: number; p50: number; p95: number };
const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
const ms = (n: number) => n.toFixed(1).padStart(9);

await runCli({
  usage: "用法：DATABASE_URL=postgres://… npm run bench:search -- [--runs 40] [--baseline DIR]",
  options: { runs: { type: "string" }, baseline: { type: "string" } },
  main: async ({ values }, database) => {
    const runs = Number(values.runs ?? 40);
    const { db, driver } = await database();
    const [{ n }] = (await db.execute(sql`select count(*)::int as n from disclosures where status = 'published'`)) as unknown as [{ n: number }];
    const cpus = os.cpus();
    console.log(`machine: ${cpus[0]?.model ?? "?"}, ${cpus.length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}, ${driver}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`);
    console.log(`published disclosures: ${n ?? "?"}; ${runs} runs per case after 3 warm-up runs\n`);

    /** p50 and p95 of `runs` runs after 3 warm-up runs; `before` runs untimed before each */
    const time = async (run: () => Promise<{ total: number }>, before = () => {}) => {
      let total = 0;
      const times: number[] = [];
      for (let i = 0; i < runs + 3; i++) {
        before();
        const t = performance.now();
        total = (await run()).total;
        if (i >= 3) times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      return { total, p50: quantile(times, 0.5), p95: quantile(times, 0.95) };
    };
    const reference = await time(async () => ({ total: ((await db.execute(sql`select count(*)::int as total from disclosures where status = 'published'`)) as unknown as [{ total: number }])[0].total }));
    console.log(`reference (count of the published disclosures): p50 ${reference.p50.toFixed(1)} ms, p95 ${reference.p95.toFixed(1)} ms\n`);

    const header = (first: string) => console.log(first.padEnd(22) + "total".padStart(8) + "cold p50".padStart(9) + "cold p95".padStart(9) + "warm p50".padStart(9) + "warm p95".padStart(9) + "  cold p95 / reference p95");
    const line = (label: string, cold: Timed, warm: Timed, base?: Timed) =>
      console.log(
        label.padEnd(22) + String(cold.total).padStart(8) + ms(cold.p50) + ms(cold.p95) + ms(warm.p50) + ms(warm.p95) + `  ${(cold.p95 / reference.p95).toFixed(1)}×` +
          (base ? `  | baseline ${base.p50.toFixed(1)} / ${base.p95.toFixed(1)}, ${(cold.p95 / base.p95).toFixed(2)}×` : ""),
      );

    const [baseline, baselineRows]: [typeof listPublishedDisclosures | undefined, typeof searchRows | undefined] = values.baseline
      ? [
          (await import(path.resolve(values.baseline, "db/queries/public-disclosures.ts"))).listPublishedDisclosures,
          (await import(path.resolve(values.baseline, "db/queries/row-search.ts"))).searchRows,
        ]
      : [undefined, undefined];
    if (baseline) console.log(`baseline: ${values.baseline}; last column: baseline p50/p95 and cold p95 / baseline p95\n`);
    header("case");
    for (const [label, params, withFacets] of CASES) {
      const query = disclosureListQuerySchema.parse(params);
      const run = () => listPublishedDisclosures({ db, query, withFacets });
      const cold = await time(run, () => forgetSearchAnswers(db));
      const base = baseline && (await time(() => baseline({ db, query, withFacets })));
      line(label, cold, await time(run), base);
    }
    const [{ rows }] = (await db.execute(sql`select count(*)::int as rows from row_search`)) as unknown as [{ rows: number }];
    console.log(`\nrow search (GET /api/v1/rows), ${rows ?? "?"} rows in row_search; total = matching rows\n`);
    header("case");
    for (const [label, params] of ROW_CASES) {
      const query = rowSearchQuerySchema.parse(params);
      const run = () => searchRows({ db, query });
      const cold = await time(run, () => forgetSearchAnswers(db));
      const base = baselineRows && (await time(() => baselineRows({ db, query })));
      line(label, cold, await time(run), base);
    }
  },
});
