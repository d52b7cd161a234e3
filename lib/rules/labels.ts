export { COLUMN_LABELS, TABLE_LABELS, columnLabel, tableLabel } from "@/lib/disclosure/labels";
