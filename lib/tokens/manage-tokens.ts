import "server-only";
import type { Db } from "@/db/client";
import { insertToken, revokeToken } from "@/db/queries/api-tokens";
import { recordAudit } from "@/db/queries/audit";
import { findUserByEmail } from "@/db/queries/users";
import { generateToken } from "@/lib/auth/api-tokens";
import { HttpProblem } from "@/lib/http/problem";
import { InvalidInput } from "@/lib/invalid-input";
import { type NewTokenInput, newTokenSchema } from "./schema";

type Actor = { id: number; email: string };

/**
 * Creates a token acting as the user named, audited with its name and prefix. The token itself
 * is returned once, to be shown once: only its hash is stored, and it is never in the audit log.
 */
export async function createApiToken({ db, input, actor }: { db: Db; input: NewTokenInput; actor: Actor }) {
  const parsed = newTokenSchema.safeParse(input);
  if (!parsed.success) throw new InvalidInput(parsed.error.issues.map((i) => ({ field: i.path.map(String).join("."), message: i.message })));
  const { userEmail, name } = parsed.data;
  const user = await findUserByEmail({ db, email: userEmail });
  if (!user) throw new InvalidInput([{ field: "userEmail", message: `没有邮箱为 ${userEmail} 的账号` }]);
  if (user.disabled) throw new InvalidInput([{ field: "userEmail", message: `账号 ${userEmail} 已停用，不能为其创建令牌` }]);
  const { token, tokenHash, prefix } = generateToken();
  const id = await db.transaction(async (tx) => {
    const id = await insertToken({ tx, userId: user.id, name, tokenHash, prefix });
    await recordAudit({
      db: tx,
      entry: { actorId: actor.id, actorEmail: actor.email, action: "token.create", targetType: "api_token", targetId: id, after: { name, prefix, user: user.email, role: user.role }, success: true },
    });
    return id;
  });
  return { id, token, prefix };
}

/** Revokes a token at once, audited; revoking one already revoked is refused. */
export async function revokeApiToken({ db, id, actor }: { db: Db; id: number; actor: Actor }) {
  return db.transaction(async (tx) => {
    const revoked = await revokeToken({ tx, id });
    if (!revoked) throw new HttpProblem(404, "没有这个令牌，或它已被吊销。");
    await recordAudit({
      db: tx,
      entry: {
        actorId: actor.id,
        actorEmail: actor.email,
        action: "token.revoke",
        targetType: "api_token",
        targetId: id,
        before: { name: revoked.name, revoked: false },
        after: { name: revoked.name, revoked: true },
        success: true,
      },
    });
    return { id };
  });
}
