import Link from "next/link";

export function SiteHeader({ query = "" }: { query?: string }) {
  return (
    <header className="bg-brand-700 text-white print:hidden">
      <div className="mx-auto flex max-w-6xl flex-col gap-3 px-4 py-4 sm:flex-row sm:items-center sm:justify-between">
        <Link href="/" className="text-lg font-semibold tracking-wide sm:text-xl">
          重庆市区县部门预算公开平台
        </Link>
        <form action="/search" method="get" role="search" className="flex w-full gap-2 sm:w-auto">
          <label htmlFor="site-search" className="sr-only">
            检索预算公开文件
          </label>
          <input
            id="site-search"
            name="q"
            type="search"
            defaultValue={query}
            placeholder="部门名称、预算科目、关键词"
            className="w-full min-w-0 rounded border border-white/40 bg-white px-3 py-2 text-stone-900 placeholder:text-stone-500 sm:w-72"
          />
          <button type="submit" className="shrink-0 rounded bg-white px-4 py-2 font-medium text-brand-800 hover:bg-brand-50">
            检索
          </button>
        </form>
      </div>
      <nav aria-label="主导航" className="bg-brand-800">
        <ul className="mx-auto flex max-w-6xl gap-4 sm:gap-5 relative overflow-x-auto px-4 py-2 text-sm">
          <li><Link href="/" className="hover:underline">首页</Link></li>
          <li><Link href="/search" className="hover:underline">公开文件</Link></li>
          <li><Link href="/rows" className="hover:underline">按科目查询</Link></li>
          <li><Link href="/contact" className="hover:underline">联系与反馈</Link></li>
          <li className="ml-auto"><Link href="/admin" className="hover:underline">部门登录</Link></li>
        </ul>
      </nav>
    </header>
  );
}
