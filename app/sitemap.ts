import type { MetadataRoute } from "next";
import { getDb } from "@/db/client";
import { listSitemapEntries } from "@/db/queries/public-disclosures";
import { siteUrl } from "@/lib/http/public-origin";

// built on each request from the database and the configured address, never at build time
export const dynamic = "force-dynamic";

/** Only what is public: the districts and every published disclosure, at the site's public address. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const { districts, disclosures } = await listSitemapEntries({ db: await getDb() });
  return [
    { url: siteUrl("/") },
    ...districts.map((d) => ({ url: siteUrl(`/districts/${d.code}`) })),
    ...disclosures.map((d) => ({ url: siteUrl(`/disclosures/${d.id}`), lastModified: d.publishedAt ?? undefined })),
  ];
}
