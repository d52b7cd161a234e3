import { readFile } from "node:fs/promises";
import path from "node:path";
import { runCli } from "./cli";
import { importFile } from "@/lib/documents";
import { createDisclosure } from "@/lib/disclosure/create";
import type { DisclosureDocument, Finding } from "@/lib/disclosure/schema";
import { KIND_LABELS } from "@/lib/disclosure/list-query";
import { ImportError } from "@/lib/documents";
import { HttpProblem } from "@/lib/http/problem";
import { InvalidInput } from "@/lib/invalid-input";

const USAGE = `用法：npm run import -- [--json] [--dry-run] 文件…
  解析部门预算公开文件（文本格式，或本平台导出的 .xlsx），检查其数据一致性，并保存为所属部门的草稿。
  --json      以 budget-disclosure/v1 格式输出解析结果（多个文件时为数组）
  --dry-run   只解析和检查，不写入数据库`;

const SEVERITY = { error: "错误", warning: "警告", rounding: "尾差", info: "提示" } as const;

function describeFindings(findings: Finding[]): string {
  if (findings.length === 0) return "  一致性检查：未发现问题";
  const lines = findings.map((f) => `  [${SEVERITY[f.severity]}] ${f.rule}${f.table ? ` ${f.table}` : ""}${f.row ? ` ${f.row}` : ""}${f.column ? ` ${f.column}` : ""}：${f.message}`);
  return `  一致性检查：${findings.length} 条发现\n${lines.join("\n")}`;
}

const summary = (doc: DisclosureDocument) =>
  `${doc.district} ${doc.department.name}（${doc.department.code}）${doc.year} 年${KIND_LABELS[doc.kind]}，单位 ${doc.sourceUnit}，${doc.tables.length} 张表，${doc.projects.length} 个项目`;

await runCli({
  usage: USAGE,
  options: { json: { type: "boolean" }, "dry-run": { type: "boolean" } },
  main: async ({ values, positionals }, database) => {
    if (positionals.length === 0) {
      console.error(`请指定要导入的文件。\n${USAGE}`);
      return 1;
    }
    const dryRun = values["dry-run"] ?? false;
    const parsed: DisclosureDocument[] = [];
    let failed = 0;
    for (const file of positionals) {
      const fileName = path.basename(file);
      try {
        const doc = await importFile(new Uint8Array(await readFile(file)), fileName);
        parsed.push(doc);
        const report = (line: string) => (values.json ? console.error(line) : console.log(line));
        report(`${fileName}：${summary(doc)}`);
        if (!dryRun) {
          const saved = await createDisclosure({ db: (await database()).db, doc, actor: null, source: `文件 ${fileName}` });
          report(`  已保存为草稿，编号 ${saved.id}（第 ${saved.revision} 版${saved.departmentCreated ? `；新建部门 ${saved.departmentKey}` : ""}）`);
        }
        if (!values.json) console.log(describeFindings(doc.findings ?? []));
      } catch (e) {
        failed++;
        if (e instanceof ImportError || e instanceof InvalidInput || e instanceof HttpProblem) console.error(`未导入：${e.message}`);
        else if ((e as NodeJS.ErrnoException).code === "ENOENT") console.error(`未导入：找不到文件 ${file}`);
        else throw e;
      }
    }
    if (values.json) console.log(JSON.stringify(positionals.length === 1 ? parsed[0] ?? null : parsed, null, 2));
    return failed > 0 ? 1 : 0;
  },
});
