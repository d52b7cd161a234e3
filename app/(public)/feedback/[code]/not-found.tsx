import Link from "next/link";
import { TrackingLookup } from "@/components/feedback/tracking-lookup";

/** A tracking code no feedback has: say so, and let the sender type it again. */
export default function TrackingCodeNotFound() {
  return (
    <>
      <nav aria-label="位置" className="mb-4 text-sm text-stone-600">
        <Link href="/" className="underline">首页</Link> › <Link href="/contact" className="underline">联系与反馈</Link> › 办理进度
      </nav>
      <h1 className="mb-2 text-2xl font-semibold">未找到该查询码</h1>
      <p className="mb-4 max-w-3xl text-stone-700">
        没有与该查询码对应的留言。请核对后重新输入：查询码在提交留言后显示，形如 FK-7QH3-MXC9-2RWD。
      </p>
      <div className="mb-6 max-w-xl rounded border border-stone-200 bg-white p-4">
        <TrackingLookup />
      </div>
      <p>
        找不到查询码？可以<Link href="/contact" className="text-brand-700 underline">联系相关部门或平台运维方</Link>。
      </p>
    </>
  );
}
