import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="mt-12 border-t border-stone-200 bg-white print:hidden">
      <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-6 text-sm text-stone-700 sm:flex-row sm:justify-between">
        <p>本平台集中公开重庆市各区县部门预算、决算信息，数据以各部门发布的文件为准。</p>
        <p>
          发现数据有误或表述不清？请<Link href="/contact" className="font-medium text-brand-700 underline">联系相关部门</Link>。
        </p>
      </div>
    </footer>
  );
}
