import { z } from "zod";
import { departmentKeySchema } from "@/lib/users/schema";
import { DISCLOSURE_KINDS, sourceUnitSchema } from "./schema";

/** "New disclosure for YEAR": the dashboard form and the server action parse the same. */
export const newForYearSchema = z.object({
  department: departmentKeySchema,
  year: z.coerce.number().int().min(2000, "年度须在 2000 至 2100 之间").max(2100, "年度须在 2000 至 2100 之间"),
  kind: z.enum(DISCLOSURE_KINDS),
  from: z.enum(["empty", "previous"]),
  sourceUnit: sourceUnitSchema.default("万元"),
});
export type NewForYear = z.infer<typeof newForYearSchema>;
