/**
 * Text as readers hand it to the recognizer. PDF text layers and office files print the same
 * character in several forms: full-width digits and letters (１２３．４５), the ideographic space,
 * Kangxi radicals and compatibility ideographs in place of ordinary ideographs (“⽀出” for 支出, a
 * font-subsetting artefact), no-break and zero-width spaces. Chinese punctuation（：，。“”）is kept
 * as printed: the documents' own text shows it.
 */
export function normalizeText(text: string): string {
  return text
    .replace(/[\u2e80-\u2fdf\uf900-\ufaff]/g, (c) => c.normalize("NFKC"))
    .replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/(?<=\d)[．](?=\d)/g, ".")
    .replace(/(?<=\d)[，](?=\d{3}(?!\d))/g, ",")
    .replace(/[％]/g, "%")
    .replace(/[－—–](?=\d)/g, (dash, offset: number, whole: string) => (offset === 0 || /\s/.test(whole[offset - 1]!) ? "-" : dash))
    .replace(/[\u00a0\u2002-\u200a\u202f\u205f]/g, " ")
    .replace(/\u3000/g, " ")
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, "");
}
