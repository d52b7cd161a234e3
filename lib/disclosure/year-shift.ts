/**
 * A year written as a year: four digits followed by 年 (or 年度), not part of a longer number, and
 * not the end of a range whose start has no 年 of its own (“2023—2025年” names a plan period).
 */
const YEAR = /(?<![\d.．])(?<!\d{4}\s*[-—–~～至到]\s*)(\d{4})(?=\s*年)/g;

/**
 * The text of a document of `from` made for the year `to`: the document's year and the one before
 * (本年, 上年) move along; other years (“2019年起”, a plan period) are facts and stay. Codes and
 * amounts are never followed by 年, so they stay too.
 */
export function advanceYears(text: string, from: number, to: number): string {
  const shift = to - from;
  return text.replace(YEAR, (digits) => {
    const year = Number(digits);
    return year === from || year === from - 1 ? String(year + shift) : digits;
  });
}
