import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { SIGN_IN_MESSAGES } from "@/lib/auth/authenticate";
import { addressRetryAfter, throttlePolicy, UNKNOWN_ADDRESS } from "@/lib/auth/login-throttle";
import { getAuthOptions } from "@/lib/auth/options";
import { clientAddress } from "@/lib/http/client-address";
import { HttpProblem } from "@/lib/http/problem";
import { BODY_LIMITS, readBody } from "@/lib/http/read-body";
import { siteUrl } from "@/lib/http/public-origin";

type Context = { params: Promise<{ nextauth: string[] }> };

async function handler(req: NextRequest, context: Context) {
  return NextAuth(req, context, await getAuthOptions());
}

/**
 * A client address that failed too many sign-ins, on whatever accounts, is answered 429 before
 * next-auth reads the request; a body over 16 KB, 413 as it passes the limit. The body is what next-auth's signIn() expects of a refusal: the
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
  // next-auth reads the whole body itself: it gets a copy read within the limit
  let body: Uint8Array<ArrayBuffer>;
  try {
    body = await readBody(req, BODY_LIMITS.auth);
  } catch (e) {
    if (e instanceof HttpProblem) return Response.json({ error: e.message }, { status: e.status, headers: { "cache-control": "no-store" } });
    throw e;
  }
  return handler(new NextRequest(req.url, { method: req.method, headers: req.headers, body }), context);
}

export { handler as GET, signInOrThrottle as POST };
