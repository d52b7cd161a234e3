"use client";

import Link from "next/link";

/** A page that failed on the server: say so in Chinese and offer to try again; the details stay in the server log. */
export function ErrorMessage({ digest, reset, back }: { digest?: string; reset: () => void; back: { href: string; label: string } }) {
  return (
    <div role="alert" className="rounded border border-red-300 bg-white p-6">
      <h1 className="mb-2 text-xl font-semibold">页面暂时无法显示</h1>
      <p className="mb-4 text-stone-700">
        服务器处理请求时出错，请稍后再试。{digest ? `如需联系平台运维方，请提供错误编号 ${digest}。` : ""}
      </p>
      <div className="flex flex-wrap gap-4">
        <button type="button" onClick={reset} className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
          重试
        </button>
        <Link href={back.href} className="self-center text-brand-700 underline">{back.label}</Link>
      </div>
    </div>
  );
}
