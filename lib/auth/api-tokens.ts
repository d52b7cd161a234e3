import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Db } from "@/db/client";
import { findActiveToken, touchToken } from "@/db/queries/api-tokens";
import { listUserDepartments, listUserDistricts } from "@/db/queries/users";
import type { Actor } from "./scope";

const PREFIX = "cqbd_";

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** A new token: the secret (shown once) and what is stored of it. */
export function generateToken() {
  const token = PREFIX + randomBytes(32).toString("base64url");
  return { token, tokenHash: hashToken(token), prefix: token.slice(0, PREFIX.length + 6) };
}

/** The user a valid, unrevoked token acts as, with that user's scope; null otherwise. */
export async function actorOfToken({ db, token }: { db: Db; token: string }): Promise<Actor | null> {
  if (!token.startsWith(PREFIX) || token.length > 200) return null;
  const found = await findActiveToken({ db, tokenHash: hashToken(token) });
  if (!found || found.user.disabled) return null;
  await touchToken({ db, id: found.token.id });
  const { user } = found;
  const [departments, districts] = await Promise.all([
    user.role === "editor" ? listUserDepartments({ db, userId: user.id }) : [],
    user.role === "reviewer" ? listUserDistricts({ db, userId: user.id }) : [],
  ]);
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    sessionId: `token:${found.token.id}`,
    departmentIds: departments.map((d) => d.id),
    districtCodes: districts.map((d) => d.code),
  };
}
