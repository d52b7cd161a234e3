export { COLUMN_LABELS, RULE_LABELS, TABLE_LABELS, columnLabel, rowName, tableLabel } from "@/lib/disclosure/labels";
