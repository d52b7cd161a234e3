import { z } from "zod";

/** The department list's URL parameters; anything malformed falls back to the default. */
export const departmentListQuerySchema = z.object({
  district: z.string().regex(/^\d{6}$/).optional().catch(undefined),
  q: z.string().trim().max(50).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

export const DEPARTMENTS_PAGE_SIZE = 50;
