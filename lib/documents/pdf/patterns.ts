/** A figure as tables print it: 1,234.56 / -3 / 12.5% / (45.00). */
export const AMOUNT = /^[-+(]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?\)?$/;

/** What starts a table row of its own: an ordinal, a classification code, a total. */
export const STARTS_ROW = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．]|\d{3,}|合计|总计)/;

export const isAmount = (text: string): boolean => AMOUNT.test(text.replace(/\s/g, ""));
