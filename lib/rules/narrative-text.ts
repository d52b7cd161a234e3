import type { DisclosureDocument } from "@/lib/disclosure/schema";

const FULL_WIDTH_DIGIT = /[０-９]/g;

/**
 * Narrative text made matchable: half-width digits, no thousands separators, no blanks (PDF
 * extraction scatters spaces and line breaks through Chinese sentences), Chinese parentheses and quotes (“三公” also printed "三公", 「三公」).
 */
export function normalizeNarrative(text: string): string {
  return text
    .replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[．]/g, ".")
    .replace(/[％]/g, "%")
    .replace(/\s+/g, "")
    .replace(/(\d)[,，](?=\d{3}(?!\d))/g, "$1")
    .replace(/\(/g, "（")
    .replace(/\)/g, "）")
    .replace(/"([^"]{1,6})"|[「『]([^」』]{1,6})[」』]/g, (_, ascii?: string, corner?: string) => `“${ascii ?? corner ?? ""}”`);
}

/** The narrative sections that state figures (the glossary only defines terms), as sentences. */
export function narrativeSentences(doc: DisclosureDocument): string[] {
  return Object.entries(doc.sections)
    .filter(([key, text]) => key !== "glossary" && typeof text === "string")
    .flatMap(([, text]) => normalizeNarrative(text ?? "").split(/(?<=[。！？!?])/))
    .filter((s) => s.length > 0);
}
