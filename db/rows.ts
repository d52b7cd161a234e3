/** Rows of a raw statement (`db.execute`): postgres.js answers them as an array, PGlite inside an object. */
export const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
