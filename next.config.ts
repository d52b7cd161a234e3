import type { NextConfig } from "next";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

const nextConfig: NextConfig = {
  // native and WebAssembly packages are loaded by Node at run time, not bundled
  serverExternalPackages: ["@electric-sql/pglite", "postgres", "@node-rs/argon2", "exceljs", "pdfjs-dist", "@e965/xlsx"],
  poweredByHeader: false,
  typedRoutes: false,
  // a disclosure saved from the editor is a whole document
  experimental: { serverActions: { bodySizeLimit: "8mb" } },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
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
