import Link from "next/link";

export default function AdminNotFound() {
  return (
    <div role="alert" className="rounded border border-stone-300 bg-white p-6">
      <h1 className="mb-2 text-xl font-semibold">页面不存在或无权访问（404）</h1>
      <p className="mb-4">您只能看到职责范围内的部门、文件和意见。</p>
      <Link href="/admin" className="text-brand-700 underline">
        返回工作台
      </Link>
    </div>
  );
}
