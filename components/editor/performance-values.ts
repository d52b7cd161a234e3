import { z } from "zod";
import { readWeight, WEIGHT_RULE } from "@/lib/disclosure/indicator-sets";
import { type Indicator, indicatorSchema, overallTargetSchema, projectSchema, projectTargetSchema } from "@/lib/disclosure/schema";

/** An indicator as the form checks it while one types: its 权重 a number from 0 to 100. */
const formIndicatorSchema = indicatorSchema.extend({
  weight: indicatorSchema.shape.weight.refine((w) => readWeight(w) !== "invalid", WEIGHT_RULE),
});

/** The projects and performance targets of a disclosure, as the form edits them. */
export const performanceFormSchema = z.object({
  projects: z.array(projectSchema),
  overall: overallTargetSchema.extend({ indicators: z.array(formIndicatorSchema) }).nullable(),
  targets: z.array(projectTargetSchema.extend({ indicators: z.array(formIndicatorSchema) })),
});
export type PerformanceValues = z.infer<typeof performanceFormSchema>;

export const blankIndicator = (): Indicator => ({ level1: "", level2: "", level3: "", unit: null, operator: "≥", value: null, weight: null, core: null });

/** "" typed in an optional field means no value. */
export const emptyAsNull = (v: unknown) => (v === "" ? null : v);
