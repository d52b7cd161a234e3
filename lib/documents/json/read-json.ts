import { columnLabel, TABLE_LABELS } from "@/lib/disclosure/labels";
import { type DisclosureDocument, disclosureDocumentSchema, type TableKind } from "@/lib/disclosure/schema";
import { ImportError, type ImportErrorLocation } from "@/lib/documents/errors";

/** Whether the bytes are JSON rather than a document's text: the first character that is not space is “{”. */
export function looksLikeJson(bytes: Uint8Array): boolean {
  for (const b of bytes.subarray(0, 64)) {
    if (b === 0xef || b === 0xbb || b === 0xbf || b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d) continue;
    return b === 0x7b;
  }
  return false;
}

/** Where in the document a zod issue's path points, in the words of an import error. */
function locate(fileName: string, path: PropertyKey[], value: unknown): ImportErrorLocation {
  const [top, tableIndex, rows, rowIndex, values, column] = path;
  if (top !== "tables" || typeof tableIndex !== "number") return { fileName };
  const tables = (value as { tables?: { kind?: string; rows?: { code?: unknown; name?: unknown }[] }[] }).tables ?? [];
  const kind = tables[tableIndex]?.kind;
  const table = kind && kind in TABLE_LABELS ? TABLE_LABELS[kind as TableKind] : `第 ${tableIndex + 1} 张表`;
  if (rows !== "rows" || typeof rowIndex !== "number") return { fileName, table };
  const cells = tables[tableIndex]?.rows?.[rowIndex];
  const row = { number: rowIndex + 1, label: [cells?.code, cells?.name].filter((v) => typeof v === "string").join(" ") };
  return values === "values" && typeof column === "string" ? { fileName, table, row, column: columnLabel(column) } : { fileName, table, row };
}

/**
 * The portal's own JSON (`budget-disclosure/v1`: the JSON download, the admin API's body) to a
 * document, checked against the format. Pure. Throws ImportError naming file, table, row and
 * column when it is not valid JSON or not the format.
 */
export function parseDisclosureJson(bytes: Uint8Array, fileName: string): DisclosureDocument {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, ""));
  } catch {
    throw new ImportError({ fileName }, "不是有效的 JSON 文件（应为 UTF-8 编码的 budget-disclosure/v1 文档）");
  }
  if (typeof value !== "object" || value === null || (value as { format?: unknown }).format !== "budget-disclosure/v1") {
    throw new ImportError({ fileName }, "JSON 文件不是预算公开文档：其 format 应为 “budget-disclosure/v1”");
  }
  const parsed = disclosureDocumentSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ImportError(locate(fileName, issue.path, value), `不符合 budget-disclosure/v1 格式（${issue.path.join(".")}：${issue.message}）`);
  }
  return parsed.data;
}
