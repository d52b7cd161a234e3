import Link from "next/link";

/** The public site's 404: what may have happened, and where to go from here. */
export function NotFoundMessage() {
  return (
    <div className="rounded border border-stone-300 bg-white p-6">
      <h1 className="mb-2 text-xl font-semibold">没有找到该页面（404）</h1>
      <p className="mb-4 text-stone-700">
        地址可能有误，或该文件尚未公开、已被撤回。已公开的文件都可以在本平台检索到。
      </p>
      <ul className="flex flex-wrap gap-4">
        <li><Link href="/" className="text-brand-700 underline">返回首页</Link></li>
        <li><Link href="/search" className="text-brand-700 underline">检索公开文件</Link></li>
        <li><Link href="/contact" className="text-brand-700 underline">联系与反馈</Link></li>
      </ul>
    </div>
  );
}
