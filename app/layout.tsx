import type { Metadata, Viewport } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "重庆市区县部门预算公开平台", template: "%s｜重庆市区县部门预算公开平台" },
  description: "重庆市各区县部门预算、决算公开文件的集中发布、检索与下载。",
};
export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh-CN">
      <body className="min-h-screen bg-stone-50 text-stone-900 antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:px-3 focus:py-2">
          跳到正文
        </a>
        {children}
      </body>
    </html>
  );
}
