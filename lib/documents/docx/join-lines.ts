import { normalizeText } from "../normalize";

const NON_ASCII = /[^\x00-\x7f]/;
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

/**
 * The lines of one cell or heading as one normalised line. A line break between two Chinese
 * characters is only where the column was narrow ("2024年⏎预算数" reads "2024年预算数"), so it
 * joins without a space; elsewhere it becomes one space. Line breaks inside a string count as line
 * ends; runs of spaces and tabs become one space.
 */
export function joinLines(lines: readonly string[]): string {
  let out = "";
  for (const raw of lines.flatMap((l) => l.split(/\r\n|[\r\n\v\u2028\u2029]/))) {
    // normalizeText changes only characters outside ASCII; most cells are plain numbers
    const line = (NON_ASCII.test(raw) ? normalizeText(raw) : raw).replace(/\s+/g, " ").trim();
    if (line === "") continue;
    if (out === "") out = line;
    else out += CJK.test(out.at(-1)!) && CJK.test(line[0]!) ? line : " " + line;
  }
  return out;
}

/** One line of text, normalised, with its whitespace runs folded and trimmed. */
export function cleanLine(text: string): string {
  return joinLines([text]);
}
