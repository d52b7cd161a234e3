"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { listDepartmentOptions } from "@/db/queries/departments-admin";
import { defineAction } from "@/lib/actions/define-action";
import { requireActor } from "@/lib/auth/guard";
import { createDepartment, updateDepartment } from "@/lib/departments/save-department";
import { departmentSchema } from "@/lib/departments/schema";

export const createDepartmentAction = defineAction(departmentSchema, async (input) => {
  const actor = await requireActor({ roles: ["admin"] });
  const created = await createDepartment({ db: await getDb(), input, actor });
  revalidatePath("/admin/departments");
  return created;
});

export const updateDepartmentAction = defineAction(z.object({ id: z.number().int().positive(), department: departmentSchema }), async ({ id, department }) => {
  const actor = await requireActor({ roles: ["admin"] });
  const saved = await updateDepartment({ db: await getDb(), id, input: department, actor });
  revalidatePath("/admin/departments");
  return saved;
});

/** The departments of a district, for the pickers of the user and department forms. */
export const departmentOptionsAction = defineAction(z.object({ districtCode: z.string().regex(/^\d{6}$/, "区县代码有误") }), async ({ districtCode }) => {
  await requireActor({ roles: ["admin"] });
  return listDepartmentOptions({ db: await getDb(), districtCode });
});
