/** What some exports put between or around the parts of a code: 201 03 01, 201-03-01, [201]. */
const CODE_DECORATION = /[\s\u3000\-－—[\]【】［］]/g;
const FULL_WIDTH_DIGIT = /[０-９]/g;

/** A printed classification code as bare digits; other text is kept, for the caller to refuse. */
export function printedCode(cell: string): string {
  const digits = cell.replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  return /^[\s\u3000\-－—[\]【】［］\d]+$/.test(digits) ? digits.replace(CODE_DECORATION, "") : digits.replace(/\s+/g, "");
}

/** A 类/款/项 code printed in front of the name in the same cell: “[201]一般公共服务支出”, “2010301 行政运行”. */
const CODE_IN_NAME = /^(?:[[【［]\s*(\d{3}(?:\d{2}){0,2})\s*[\]】］]|(\d{3}(?:\d{2}){0,2})[\s\u3000]+)\s*(\S.*)$/;

export function codeInName(cell: string): { code: string; name: string } | null {
  const match = cell.trim().match(CODE_IN_NAME);
  if (!match) return null;
  return { code: (match[1] ?? match[2])!, name: match[3]!.trim() };
}
