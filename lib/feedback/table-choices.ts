import { TABLE_LABELS } from "@/lib/disclosure/labels";
import { type DisclosureDocument, standardTables } from "@/lib/disclosure/schema";
import { rowLabel } from "./row-label";

/**
 * The tables a feedback on a disclosure may name, with their rows as the page labels them, each
 * once. A feedback names a table by its kind: the tables kept as printed have none and are not
 * among them. Pure.
 */
export function tableChoices(doc: Pick<DisclosureDocument, "tables">) {
  return standardTables(doc).map((t) => ({ kind: t.kind, title: t.title || TABLE_LABELS[t.kind], rows: [...new Set(t.rows.map(rowLabel))].filter(Boolean) }));
}
