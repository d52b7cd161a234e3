import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/http/public-origin";

// the address is the running server's configuration, not the build's
export const dynamic = "force-dynamic";

/** The public archive is for everyone to find; the admin area, sign-in and the admin API are not. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/admin", "/login", "/api/v1/admin", "/api/auth"] },
    sitemap: siteUrl("/sitemap.xml"),
  };
}
