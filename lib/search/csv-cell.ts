/**
 * One CSV cell, RFC 4180 quoted; a text a spreadsheet would run as a formula gets a leading '.
 * (lib/export/csv.ts keeps the same rule for its own file, unexported.)
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Lines of cells as a CSV file Excel opens as UTF-8: byte-order mark, CRLF. */
export const csvFile = (lines: string[][]) => `\uFEFF${lines.map((l) => l.map(csvCell).join(",")).join("\r\n")}\r\n`;
