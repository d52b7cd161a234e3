"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { defineAction } from "@/lib/actions/define-action";
import { requireActor } from "@/lib/auth/guard";
import { HttpProblem } from "@/lib/http/problem";
import { createUser } from "@/lib/users/create-user";
import { newUserSchema, userChangesSchema } from "@/lib/users/schema";
import { updateUser } from "@/lib/users/update-user";

/** A new account with its role and scope. */
export const createUserAction = defineAction(newUserSchema, async (input) => {
  const actor = await requireActor({ roles: ["admin"] });
  const user = await createUser({ db: await getDb(), input, actor });
  revalidatePath("/admin/users");
  return { id: user.id };
});

/**
 * A change of role and scope, password, status, or clearing failed sign-ins. Admins cannot take away their own
 * role or disable themselves, so that the portal is never left without anyone to manage it.
 */
export const updateUserAction = defineAction(z.object({ email: z.string().trim().toLowerCase(), changes: userChangesSchema }), async ({ email, changes }) => {
  const actor = await requireActor({ roles: ["admin"] });
  if (email === actor.email && ((changes.role && changes.role !== "admin") || changes.disabled)) {
    throw new HttpProblem(409, "不能取消自己的管理员角色或停用自己的账号，请由另一位管理员操作。");
  }
  const result = await updateUser({ db: await getDb(), email, changes, actor });
  revalidatePath("/admin/users");
  return result;
});
