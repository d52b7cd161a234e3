import { NextResponse, type NextRequest } from "next/server";

/**
 * Sends visitors without a session cookie from the admin area to the sign-in page. A
 * convenience only: every admin page, route and action checks the session itself
 * (lib/auth/guard.ts), so nothing is protected here.
 */
export function proxy(req: NextRequest) {
  const hasSession = req.cookies.has("next-auth.session-token") || req.cookies.has("__Secure-next-auth.session-token");
  if (hasSession) return NextResponse.next();
  const login = new URL("/login", req.url);
  login.searchParams.set("callbackUrl", req.nextUrl.pathname + req.nextUrl.search);
  return NextResponse.redirect(login);
}

export const config = { matcher: ["/admin", "/admin/:path*"] };
