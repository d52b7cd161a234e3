"use server";

import { z } from "zod";
import { getDb } from "@/db/client";
import { findDepartmentByKey } from "@/db/queries/departments";
import { defineAction } from "@/lib/actions/define-action";
import { requireActor } from "@/lib/auth/guard";
import { DISCLOSURE_KINDS } from "@/lib/disclosure/schema";
import { HttpProblem } from "@/lib/http/problem";
import { publishedRevision } from "@/lib/imports/published-revision";
import { DEPARTMENT_KEY } from "@/lib/validation";

/**
 * For an admin who files an imported document under another department than the file names:
 * the revision that department has published of the document's year and kind (null: none).
 */
export const publishedRevisionAction = defineAction(
  z.object({ department: z.string().regex(DEPARTMENT_KEY, "所属部门有误"), year: z.number().int().min(2000).max(2100), kind: z.enum(DISCLOSURE_KINDS) }),
  async ({ department, year, kind }) => {
    await requireActor({ roles: ["admin"] });
    const found = await findDepartmentByKey({ db: await getDb(), key: department });
    if (!found) throw new HttpProblem(404, `没有找到部门 ${department}。`);
    return publishedRevision({ db: await getDb(), departmentId: found.department.id, year, kind });
  },
);
