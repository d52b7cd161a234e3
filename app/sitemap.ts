import type { MetadataRoute } from "next";
import { headers } from "next/headers";
import { getDb } from "@/db/client";
import { listSitemapEntries } from "@/db/queries/public-disclosures";

/** Only what is public: the districts and every published disclosure. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const h = await headers();
  const base = `${h.get("x-forwarded-proto") ?? "http"}://${h.get("host") ?? "localhost"}`;
  const { districts, disclosures } = await listSitemapEntries({ db: await getDb() });
  return [
    { url: `${base}/` },
    ...districts.map((d) => ({ url: `${base}/districts/${d.code}` })),
    ...disclosures.map((d) => ({ url: `${base}/disclosures/${d.id}`, lastModified: d.publishedAt ?? undefined })),
  ];
}
