import Link from "next/link";

export default function InboxNotFound() {
  return (
    <div role="alert" className="rounded border border-stone-300 bg-white p-6">
      <h1 className="mb-2 text-xl font-semibold">没有找到该意见，或您无权查看（404）</h1>
      <p className="mb-4">您只能查看本部门（审核人：本区县）收到的意见。</p>
      <Link href="/admin/inbox" className="text-brand-700 underline">
        返回意见反馈
      </Link>
    </div>
  );
}
