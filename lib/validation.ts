/** A blank form field or URL parameter (nothing but spaces) counts as one not given. */
export const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/** A department as the portal names it: DISTRICTCODE-CODE, such as 500109-134. */
export const DEPARTMENT_KEY = /^\d{6}-[0-9A-Za-z]{1,40}$/;
