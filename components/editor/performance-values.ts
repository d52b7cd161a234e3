import { z } from "zod";
import { overallTargetSchema, projectSchema, projectTargetSchema, type Indicator } from "@/lib/disclosure/schema";

/** The projects and performance targets of a disclosure, as the form edits them. */
export const performanceFormSchema = z.object({
  projects: z.array(projectSchema),
  overall: overallTargetSchema.nullable(),
  targets: z.array(projectTargetSchema),
});
export type PerformanceValues = z.infer<typeof performanceFormSchema>;

export const blankIndicator = (): Indicator => ({ level1: "", level2: "", level3: "", unit: null, operator: "≥", value: null, weight: null, core: null });

/** "" typed in an optional field means no value. */
export const emptyAsNull = (v: unknown) => (v === "" ? null : v);
