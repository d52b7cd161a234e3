import { diffArrays } from "diff";

/** A run of a text compared with another version of it: kept, added or removed. */
export interface SentencePart {
  text: string;
  change: "same" | "added" | "removed";
}

// a sentence ends at 。！？； (or their half-width forms), with the closing quotes and brackets after them
const SENTENCE = /[^。！？；!?;\n]*[。！？；!?;]+[”’」』）)]*|[^。！？；!?;\n]+|\n+/g;

/** A text cut into its sentences and line breaks; joined again they give the text back. */
export function splitSentences(text: string): string[] {
  return text.match(SENTENCE) ?? [];
}

/** Two versions of a text compared sentence by sentence, in reading order. */
export function diffSentences(before: string, after: string): SentencePart[] {
  return diffArrays(splitSentences(before), splitSentences(after)).map((part) => ({
    text: part.value.join(""),
    change: part.added ? "added" : part.removed ? "removed" : "same",
  }));
}
