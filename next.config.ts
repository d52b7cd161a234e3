import type { NextConfig } from "next";
import { KEEP_HEADER } from "./lib/http/front-cache.mjs";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

// The pages served from this server's cache (lib/cache/tags.ts) change when a disclosure is
// published or retracted: a shared cache or a browser may keep them, but must ask again each time.
const cachedPages = ["/", "/disclosures/:id", "/disclosures/:id/:unit(yuan|wanyuan)", "/districts/:code", "/districts/:code/:sort(expenditure|threePublic)", "/departments/:key"];
const revalidateEachTime = [{ key: "Cache-Control", value: "public, max-age=0, must-revalidate" }];
// The searches read their query, so Next.js renders them for each request; yet they answer everybody
// alike and change only with what expires the cache tags: the same query again is sent from the
// cache in front of Next.js (scripts/start.mjs, lib/http/front-cache.mjs) until the next change.
const keptSearches = ["/search", "/rows"];

const nextConfig: NextConfig = {
  // native and WebAssembly packages are loaded by Node at run time, not bundled
  serverExternalPackages: ["@electric-sql/pglite", "postgres", "@node-rs/argon2", "exceljs", "pdfjs-dist", "@e965/xlsx"],
  poweredByHeader: false,
  // scripts/start.mjs compresses, after writing the CSP nonce into each page (lib/http/secure-response.mjs)
  compress: false,
  typedRoutes: false,
  experimental: {
    // a disclosure saved from the editor is a whole document
    serverActions: { bodySizeLimit: "8mb" },
    // Rendered pages are kept in this process's memory only: a page on disk would outlive a
    // restart, and be served after a change this instance was not running to hear of.
    isrFlushToDisk: false,
  },
  cacheMaxMemorySize: 128 * 1024 * 1024,
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      ...cachedPages.map((source) => ({ source, headers: revalidateEachTime })),
      ...keptSearches.map((source) => ({ source, headers: [{ key: KEEP_HEADER, value: "keep" }] })),
    ];
  },
  // Cached pages read no query: each variant a page shows is a path of its own (lib/cache/tags.ts).
  async rewrites() {
    return {
      beforeFiles: [
        { source: "/", destination: "/home/latest" },
        { source: "/disclosures/:id", has: [{ type: "query", key: "unit", value: "元" }], destination: "/disclosures/:id/yuan" },
        { source: "/disclosures/:id", has: [{ type: "query", key: "unit", value: "万元" }], destination: "/disclosures/:id/wanyuan" },
        { source: "/districts/:code", has: [{ type: "query", key: "sort", value: "(?<sort>expenditure|threePublic)" }], destination: "/districts/:code/:sort" },
      ],
      afterFiles: [],
      fallback: [],
    };
  },
};

export default nextConfig;
