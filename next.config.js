// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The app runs offline on the person's computer: no telemetry, no remote images.
  images: { unoptimized: true },
  // The build checks the app's own code; the tests are checked by `npm run typecheck`.
  typescript: { tsconfigPath: "tsconfig.build.json" },
  async headers() {
    return [
      // API answers carry credentials' outcomes: never cached anywhere.
      { source: "/api/:path*", headers: [{ key: "Cache-Control", value: "no-store" }] },
    ];
  },
};

module.exports = nextConfig;
