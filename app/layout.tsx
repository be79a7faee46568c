import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import "./globals.css";

// The title is not in the metadata: Next streams metadata in after the page's first effects,
// which would undo the view's own title (set by components/wizard/view-heading.tsx).
export const metadata: Metadata = {
  description: "Find out why Gmail refuses your SMTP login, fix it step by step, and get settings that work.",
  referrer: "no-referrer",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fafafa" },
    { media: "(prefers-color-scheme: dark)", color: "#09090b" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-dvh font-sans">
        <title>Gmail SMTP Wizard</title>
        {children}
      </body>
    </html>
  );
}
