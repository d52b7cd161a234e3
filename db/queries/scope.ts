import "server-only";
import { inArray, sql, type SQL } from "drizzle-orm";
import { departments } from "../schema";
import type { Actor } from "@/lib/auth/scope";

/**
 * The departments an actor may see unpublished work of, as a SQL condition on `departments`:
 * every query of the admin area filters by it, so that no id sent by a client widens it.
 */
export function departmentScope(actor: Actor): SQL {
  switch (actor.role) {
    case "admin":
      return sql`true`;
    case "reviewer":
      return actor.districtCodes.length ? inArray(departments.districtCode, actor.districtCodes) : sql`false`;
    case "editor":
      return actor.departmentIds.length ? inArray(departments.id, actor.departmentIds) : sql`false`;
  }
}
