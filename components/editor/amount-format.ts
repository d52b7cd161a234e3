import type { SourceUnit } from "@/lib/disclosure/schema";
import { formatAmount } from "@/lib/money";

/** An amount in the display unit; in 万元 with as many decimals as the 元 value needs. */
export const showAmount = (yuan: string | null, unit: SourceUnit) => formatAmount(yuan, { unit, decimals: unit === "万元" ? "auto" : 2 });
