import type { Db } from "@/db/client";
import { PASSWORD } from "./accounts";

/** The session cookie a browser holds after signing in as `email` (an account of accounts.ts). */
export async function sessionCookie({ db, email }: { db: Db; email: string }): Promise<{ name: string; value: string }> {
  const { authenticate } = await import("@/lib/auth/authenticate");
  const { getAuthOptions } = await import("@/lib/auth/options");
  const { encode } = await import("next-auth/jwt");
  const signedIn = await authenticate({ db, email, password: PASSWORD, ip: null });
  if (!signedIn.ok) throw new Error(signedIn.reason);
  const value = await encode({
    token: { uid: signedIn.user.id, sid: signedIn.sessionId, tv: signedIn.user.tokenVersion, authTime: signedIn.authTime, email },
    secret: (await getAuthOptions()).secret!,
  });
  return { name: "next-auth.session-token", value };
}
