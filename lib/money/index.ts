export { AmountFormatError, isBlankCell, looksLikeNumber, parseAmount } from "./parse";
export { formatAmount, type FormatOptions } from "./format";
