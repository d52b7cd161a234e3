export { AmountFormatError, isBlankCell, looksLikeNumber, normalizeNumericText, parseAmount } from "./parse";
export { formatAmount, type FormatOptions } from "./format";
