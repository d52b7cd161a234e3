import { NotFoundMessage } from "@/components/layout/not-found-message";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";

/** Any address no page answers: the public site's 404, with its header and footer. */
export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        <NotFoundMessage />
      </main>
      <SiteFooter />
    </>
  );
}
