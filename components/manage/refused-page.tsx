import Link from "next/link";

/** What a user without the admin role sees on an admin-only page: nothing of it. */
export function RefusedPage() {
  return (
    <div role="alert" className="rounded border border-stone-300 bg-white p-6">
      <h1 className="mb-2 text-xl font-semibold">页面不存在或无权访问（404）</h1>
      <p className="mb-4">此页面仅向平台管理员开放。如需相关操作，请联系平台管理员。</p>
      <Link href="/admin" className="text-brand-700 underline">
        返回工作台
      </Link>
    </div>
  );
}
