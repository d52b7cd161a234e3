/** Where in a document a problem is; every part is optional. */
export interface ImportErrorLocation {
  fileName: string;
  table?: string;
  /** 1-based data-row number within the table, with the row's code and name. */
  row?: { number: number; label: string };
  column?: string;
  /** 1-based line in the text. */
  line?: number;
}

/** A document that cannot be imported; the message is Chinese and names file, table, row and column. */
export class ImportError extends Error {
  readonly location: ImportErrorLocation;

  constructor(location: ImportErrorLocation, problem: string) {
    super(describe(location) + problem);
    this.name = "ImportError";
    this.location = location;
  }
}

function describe({ fileName, table, row, column }: ImportErrorLocation): string {
  const parts = [`文件 ${fileName}`];
  if (table !== undefined) parts.push(`表“${table}”`);
  if (row !== undefined) parts.push(`第 ${row.number} 行${row.label ? `（${row.label}）` : ""}`);
  if (column !== undefined) parts.push(`列“${column}”`);
  return parts.join("，") + "：";
}
