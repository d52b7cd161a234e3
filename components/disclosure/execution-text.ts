/** A 执行率 as printed: “95.00%”, or “—” where it cannot be said (a 预算数 of 0 or blank, no 决算数). */
export const rateText = (rate: string | null) => (rate === null ? "—" : `${rate}%`);

/** A formatted change with its sign: +7.30, -27.60; a zero without one. */
export const signed = (text: string) => (text.startsWith("-") || /^[0.,]+$/.test(text) ? text : `+${text}`);
