/**
 * Text as readers hand it to the recognizer. PDF text layers and office files print the same
 * character in several forms: full-width digits and letters (１２３．４５), the ideographic space,
 * Kangxi radicals and compatibility ideographs in place of ordinary ideographs (“⽀出” for 支出, a
 * font-subsetting artefact), no-break and zero-width spaces. Chinese punctuation（：，。“”）is kept
 * as printed: the documents' own text shows it.
 */
export function normalizeText(text: string): string {
  return text
    .replace(/[\u2e80-\u2fdf\uf900-\ufaff]/g, (c) => RADICAL_SUPPLEMENT[c] ?? c.normalize("NFKC"))
    // 戶 for 户: fonts that carry one glyph for both map it to the traditional code point
    .replace(/戶/g, "户")
    .replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/(?<=\d)[．](?=\d)/g, ".")
    .replace(/(?<=\d)[，](?=\d{3}(?!\d))/g, ",")
    .replace(/[％]/g, "%")
    .replace(/[－—–](?=\d)/g, (dash, offset: number, whole: string) => (offset === 0 || /\s/.test(whole[offset - 1]!) ? "-" : dash))
    .replace(/[\u00a0\u2002-\u200a\u202f\u205f]/g, " ")
    .replace(/\u3000/g, " ")
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, "");
}

/**
 * CJK Radicals Supplement forms that fonts map ordinary ideographs to; Unicode gives them no
 * compatibility decomposition, so NFKC leaves them alone (⺠ in “人⺠政府”).
 */
const RADICAL_SUPPLEMENT: Record<string, string> = Object.fromEntries(
  [..."⺠民⻓长⻔门⻅见⻋车⻢马⻛风⻜飞⻉贝⻚页⻘青⻝食⻣骨⻤鬼⻥鱼⻦鸟⻨麦⻩黄⻬齐⻮齿⻰龙⻳龟⺟母⻄西⻆角⻊足⺝月⺩王⺬示⺮竹⺶羊⻁虎⻡首⻧卤⺗心⺴网"]
    .flatMap((c, i, all) => (i % 2 === 0 ? [[c, all[i + 1]!]] : [])),
);
