"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { defineAction } from "@/lib/actions/define-action";
import { requireActor } from "@/lib/auth/guard";
import { createApiToken, revokeApiToken } from "@/lib/tokens/manage-tokens";
import { newTokenSchema } from "@/lib/tokens/schema";

/** A new token; its secret is in this one answer and nowhere else. */
export const createTokenAction = defineAction(newTokenSchema, async (input) => {
  const actor = await requireActor({ roles: ["admin"] });
  const created = await createApiToken({ db: await getDb(), input, actor });
  revalidatePath("/admin/tokens");
  return created;
});

export const revokeTokenAction = defineAction(z.object({ id: z.number().int().positive() }), async ({ id }) => {
  const actor = await requireActor({ roles: ["admin"] });
  const revoked = await revokeApiToken({ db: await getDb(), id, actor });
  revalidatePath("/admin/tokens");
  return revoked;
});
