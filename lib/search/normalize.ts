/**
 * What a search compares: a text as people may type it. Full-width forms fold to half-width
 * (NFKC), Latin letters to lower case; punctuation and symbols (“”‘’「」《》、，。…) part words as
 * a space does, and white space next to a Chinese character is dropped, so that 三公经费,
 * “三公”经费 and 三公 经费 are one text. Other white space becomes one space. Pure; the index and the queries both use it.
 */
const PUNCTUATION = /[\p{P}\p{S}]+/gu;
const SPACE_BY_HAN = /\s+(?=[\p{Script=Han}\u3007])|(?<=[\p{Script=Han}\u3007])\s+/gu;

export function normalizeSearchText(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(PUNCTUATION, " ")
    .replace(SPACE_BY_HAN, "")
    .replace(/\s+/g, " ")
    .trim();
}
