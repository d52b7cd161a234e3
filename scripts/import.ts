import { runCli } from "./cli";
import { columnLabel, SEVERITY_LABELS, tableLabel } from "@/lib/disclosure/labels";
import type { DisclosureDocument, Finding } from "@/lib/disclosure/schema";
import { importFile } from "@/lib/documents";
import { collectPaths } from "@/lib/imports/collect";
import { importOne } from "@/lib/imports/import-one";
import type { FileOutcome } from "@/lib/imports/outcome";
import { exitCode, outcomeLine, summaryLine } from "@/lib/imports/report";
import { isRefused } from "@/lib/imports/unzip";
import { InvalidInput } from "@/lib/invalid-input";
import { DEPARTMENT_KEY } from "@/lib/validation";

const USAGE = `用法：npm run import -- [--json] [--dry-run] [--department 部门] 文件|文件夹|压缩包…
  解析部门预算公开文件（PDF、Word .docx、Excel .xlsx/.xls、文本，或本平台导出的 JSON；按内容识别，不看扩展名），
  检查其数据一致性，并连同原文件保存为所属部门的草稿。文件夹逐个读取其中的文件，ZIP 压缩包在内存中解开。
  已导入过的文件（内容相同）跳过。
  --json              以 budget-disclosure/v1 格式输出解析结果（多个文件时为数组）
  --dry-run           只解析和检查，不写入数据库
  --department 部门   文件未注明部门编码时归入的部门（区县代码-部门编码，如 500109-134）`;

// an I1 message starts with its page already
const place = (f: Finding) => [f.table && tableLabel(f.table), f.row === "total" ? "合计" : f.row, f.column && columnLabel(f.column)].filter(Boolean).join(" ");
const findingLines = (findings: Finding[]) => findings.map((f) => `  [${SEVERITY_LABELS[f.severity]}] ${f.rule}${place(f) ? ` ${place(f)}` : ""}：${f.message}`);

await runCli({
  usage: USAGE,
  options: { json: { type: "boolean" }, "dry-run": { type: "boolean" }, department: { type: "string" } },
  main: async ({ values, positionals }, database) => {
    if (positionals.length === 0) {
      console.error(`请指定要导入的文件、文件夹或压缩包。\n${USAGE}`);
      return 1;
    }
    const department = values.department?.trim();
    if (department !== undefined && !DEPARTMENT_KEY.test(department)) {
      throw new InvalidInput([{ field: "department", message: `“${department}”不是部门（区县代码-部门编码，如 500109-134）` }]);
    }
    const dryRun = values["dry-run"] ?? false;
    const db = dryRun ? null : (await database()).db;
    // with --json the documents go to stdout, so the report goes to stderr; refusals always do
    const report = (line: string, refusal = false) => (values.json || refusal ? console.error(line) : console.log(line));
    const outcomes: FileOutcome[] = [];
    const documents: DisclosureDocument[] = [];
    for await (const item of collectPaths(positionals)) {
      const outcome: FileOutcome = isRefused(item)
        ? { status: "refused", message: item.message }
        : await importOne({ db, actor: null, file: item, parse: importFile, department, dryRun });
      outcomes.push(outcome);
      report(outcomeLine(item.path, outcome), outcome.status === "refused" || outcome.status === "failed");
      if (outcome.status === "parsed" || outcome.status === "imported") {
        documents.push(outcome.doc);
        if (dryRun && !values.json) for (const line of findingLines(outcome.doc.findings ?? [])) report(line);
      }
    }
    report(summaryLine(outcomes));
    if (values.json) console.log(JSON.stringify(outcomes.length === 1 ? (documents[0] ?? null) : documents, null, 2));
    return exitCode(outcomes);
  },
});
