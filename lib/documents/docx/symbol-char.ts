// Symbol-font characters (Insert → Symbol) a disclosure prints in 绩效指标 and notes, by their
// code in the font; Word writes them as F0xx. Other fonts' codes are the Unicode character itself.
const SYMBOL_FONT: Record<number, string> = {
  0x2d: "−",
  0xa3: "≤",
  0xa5: "∞",
  0xb0: "°",
  0xb1: "±",
  0xb3: "≥",
  0xb4: "×",
  0xb7: "•",
  0xb8: "÷",
  0xb9: "≠",
  0xbb: "≈",
  0xd6: "√",
  0xd7: "⋅",
};
const WINGDINGS_FONT: Record<number, string> = { 0xfc: "✓" };

/**
 * The character a `w:sym` stands for: a Symbol-font or Wingdings character that has a Unicode
 * equivalent, the character itself in any other font; "" for a glyph without one.
 */
export function symbolChar(font: string | undefined, char: string | undefined): string {
  const code = Number.parseInt(char ?? "", 16);
  if (!Number.isInteger(code) || code <= 0) return "";
  const inFont = code >= 0xf000 && code <= 0xf0ff ? code - 0xf000 : code;
  if (/^symbol$/i.test(font ?? "")) return SYMBOL_FONT[inFont] ?? "";
  if (/^wingdings/i.test(font ?? "")) return WINGDINGS_FONT[inFont] ?? "";
  return code === inFont && code <= 0x10ffff ? String.fromCodePoint(code) : "";
}
