/**
 * Chongqing-scale data for the search benchmark: 38 districts × DEPTS departments × YEARS years of
 * published budget disclosures, built from the structures of the sample disclosures, into the
 * PostgreSQL server of DATABASE_URL (never the embedded database). Each is a sample scaled by a
 * whole factor with every sum within its tables recomputed (lib/bench/scaled-copy.ts). Each is
 * written as every save writes it, with its search index and its rows in the row search.
 * Usage: DATABASE_URL=postgres://… npm run bench:seed -- [--departments 80] [--years 10]
 */
import fs from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { runCli } from "./cli";
import { insertDisclosure } from "@/db/queries/disclosure-write";
import { departments, districts } from "@/db/schema";
import { importTextDocument } from "@/lib/documents";
import { scaledCopy } from "@/lib/bench/scaled-copy";
import { checkDisclosure } from "@/lib/rules";

const UNITS = ["教育委员会", "卫生健康委员会", "财政局", "农业农村委员会", "住房和城乡建设委员会", "交通运输委员会", "文化和旅游发展委员会", "民政局", "人力资源和社会保障局", "生态环境局", "市场监督管理局", "应急管理局", "退役军人事务局", "城市管理局", "政务服务管理办公室", "发展和改革委员会"];

await runCli({
  usage: "用法：DATABASE_URL=postgres://… npm run bench:seed -- [--departments 80] [--years 10]",
  options: { departments: { type: "string" }, years: { type: "string" } },
  main: async ({ values }, database) => {
    if (!process.env.DATABASE_URL) {
      console.error("bench:seed 只写入 PostgreSQL 服务器：请设置 DATABASE_URL。");
      return 1;
    }
    const perDistrict = Number(values.departments ?? 80);
    const years = Number(values.years ?? 10);
    const { db } = await database();
    const dir = path.join(process.cwd(), "db", "sample", "disclosures");
    const samples = fs.readdirSync(dir).filter((f) => f.endsWith(".txt")).map((f) => importTextDocument(new Uint8Array(fs.readFileSync(path.join(dir, f))), f));
    const allDistricts = await db.select().from(districts).orderBy(districts.code);
    const t0 = Date.now();
    let written = 0;
    for (const district of allDistricts) {
      for (let i = 0; i < perDistrict; i++) {
        const code = String(900 + i);
        const name = `重庆市${district.name}${UNITS[i % UNITS.length]}${i >= UNITS.length ? `第${Math.floor(i / UNITS.length) + 1}分局` : ""}`;
        const [dept] = await db
          .insert(departments)
          .values({ districtCode: district.code, code, name, contactName: "测试", contactPhone: "023-00000000" })
          .onConflictDoUpdate({ target: [departments.districtCode, departments.code], set: { name: sql`excluded.name` } })
          .returning({ id: departments.id });
        await db.transaction(async (tx) => {
          for (let y = 0; y < years; y++) {
            const sample = samples[(i + y) % samples.length]!;
            const doc = scaledCopy(sample, 1 + ((i * 7 + y * 3) % 40), { district: district.name, code, name, year: 2016 + y });
            await insertDisclosure({ tx, doc, departmentId: dept!.id, status: "published", revision: 1, findings: checkDisclosure(doc), actorId: null });
          }
        });
        written += years;
      }
      console.log(`${district.name}：已写入，累计 ${written} 份，用时 ${((Date.now() - t0) / 1000).toFixed(0)} 秒`);
    }
    // vacuum too: the row search counts from index-only scans, which need the visibility map
    await db.execute(sql`vacuum analyze`);
    console.log(`完成：${written} 份公开文件。`);
  },
});
