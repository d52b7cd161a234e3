import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { SIGN_IN_MESSAGES } from "@/lib/auth/authenticate";
import { addressRetryAfter, throttlePolicy, UNKNOWN_ADDRESS } from "@/lib/auth/login-throttle";
import { getAuthOptions } from "@/lib/auth/options";
import { clientAddress } from "@/lib/http/client-address";
import { siteUrl } from "@/lib/http/public-origin";

type Context = { params: Promise<{ nextauth: string[] }> };

async function handler(req: NextRequest, context: Context) {
  return NextAuth(req, context, await getAuthOptions());
}

/**
 * A client address that failed too many sign-ins, on whatever accounts, is answered 429 before
 * next-auth reads the request. The body is what next-auth's signIn() expects of a refusal: the
 * sign-in page's address with the error, read only for that parameter.
 */
async function signInOrThrottle(req: NextRequest, context: Context) {
  const { nextauth } = await context.params;
  if (nextauth.join("/") === "callback/credentials") {
    const retryAfter = await addressRetryAfter({ db: await getDb(), address: clientAddress(req.headers) ?? UNKNOWN_ADDRESS, now: new Date(), policy: throttlePolicy() });
    if (retryAfter) {
      return Response.json({ url: siteUrl("/login?error=refused"), message: SIGN_IN_MESSAGES.refused }, { status: 429, headers: { "Retry-After": String(retryAfter) } });
    }
  }
  return handler(req, context);
}

export { handler as GET, signInOrThrottle as POST };
