/** A blank form field or URL parameter (nothing but spaces) counts as one not given. */
export const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/** A department as the portal names it: DISTRICTCODE-CODE, such as 500109-134. */
export const DEPARTMENT_KEY = /^\d{6}-[0-9A-Za-z]{1,40}$/;

/** Text a parameter may hold: anything but a NUL, which no database column takes. */
export const NO_NUL: [(s: string) => boolean, string] = [(s) => !s.includes("\0"), "含有无效字符（NUL）"];
