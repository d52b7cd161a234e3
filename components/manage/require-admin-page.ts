import "server-only";
import { notFound } from "next/navigation";
import { AccessDenied, requirePageActor } from "@/lib/auth/guard";

/**
 * The admin-only pages' gate: the anonymous go to sign in; any other role gets the not-found
 * page, so that nothing of the page (not even that it exists for admins) is shown.
 */
export async function requireAdminPage(path: string) {
  try {
    return await requirePageActor(path, ["admin"]);
  } catch (e) {
    if (e instanceof AccessDenied) notFound();
    throw e;
  }
}
