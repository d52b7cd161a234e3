/** Why a search result matched: a passage of what it says, and the table row that names the query. Pure. */
import { rowColumns } from "@/lib/disclosure/canonical";
import { rowName, TABLE_LABELS, tableColumnLabel } from "@/lib/disclosure/labels";
import type { DisclosureTable, SourceUnit, ValueColumn } from "@/lib/disclosure/schema";
import { formatAmount } from "@/lib/money";
import { normalizeSearchText } from "./normalize";
import { holdsQuery, markedPassage, markMatches, type MarkedText, type Passage } from "./snippet";

export interface SnippetSource {
  sourceUnit: SourceUnit;
  /** the narrative and the performance targets, in the document's order */
  texts: string[];
  tables: Pick<DisclosureTable, "kind" | "rows">[];
}

export interface RowSnippet {
  /** the table as the documents title it */
  table: string;
  code: MarkedText;
  name: MarkedText;
  /** the column the amount is from, and the amount in the document's unit; null when the row's cells are blank */
  amount: { column: string; value: string; unit: SourceUnit } | null;
}

export interface ResultSnippet {
  passage: Passage | null;
  row: RowSnippet | null;
}

/** The column that says most about a row: its total where it has one, never the last year's figure. */
const AMOUNT_ORDER: ValueColumn[] = ["total", "amount"];

function rowAmount(table: SnippetSource["tables"][number], row: DisclosureTable["rows"][number], unit: SourceUnit): RowSnippet["amount"] {
  const values = row.values as Partial<Record<ValueColumn, string | null>>;
  const columns: ValueColumn[] = rowColumns(table.kind, row.side).filter((c) => c !== "prior");
  const column = [...AMOUNT_ORDER.filter((c) => columns.includes(c)), ...columns].find((c) => values[c] !== null && values[c] !== undefined);
  if (!column) return null;
  return { column: tableColumnLabel(table.kind, column), value: formatAmount(values[column]!, { unit }), unit };
}

/** How well a row answers the query: its code exactly, a code under the one asked for, or its name; 0 is none. */
function rowScore(row: DisclosureTable["rows"][number], phrase: string): number {
  const code = row.code && row.code !== "total" ? normalizeSearchText(row.code) : "";
  if (code && code === phrase) return 3;
  if (code && /^\d{3,}$/.test(phrase) && code.startsWith(phrase)) return 2;
  return normalizeSearchText(rowName(row)).includes(phrase) ? 1 : 0;
}

function matchingRow(source: SnippetSource, query: string): RowSnippet | null {
  const phrase = normalizeSearchText(query);
  let best: { score: number; table: SnippetSource["tables"][number]; row: DisclosureTable["rows"][number] } | null = null;
  for (const table of source.tables) {
    for (const row of table.rows) {
      const score = rowScore(row, phrase);
      if (score > (best?.score ?? 0)) best = { score, table, row };
    }
  }
  if (!best) return null;
  const { table, row } = best;
  return {
    table: TABLE_LABELS[table.kind],
    code: row.code && row.code !== "total" ? markMatches(row.code, query) : [],
    name: markMatches(rowName(row), query),
    amount: rowAmount(table, row, source.sourceUnit),
  };
}

/** The passage of the first text that holds the query as typed, else of the first that holds all its words. */
function matchingPassage(source: SnippetSource, query: string): Passage | null {
  const held = source.texts.map((t) => holdsQuery(normalizeSearchText(t), query));
  const at = held.includes("phrase") ? held.indexOf("phrase") : held.indexOf("words");
  return at < 0 ? null : markedPassage(source.texts[at]!, query);
}

export function resultSnippet(source: SnippetSource, query: string): ResultSnippet | null {
  if (!normalizeSearchText(query)) return null;
  const snippet = { passage: matchingPassage(source, query), row: matchingRow(source, query) };
  return snippet.passage || snippet.row ? snippet : null;
}
