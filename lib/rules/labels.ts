export { COLUMN_LABELS, RULE_LABELS, TABLE_LABELS, columnLabel, tableLabel } from "@/lib/disclosure/labels";
