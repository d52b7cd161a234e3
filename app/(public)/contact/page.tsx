import type { Metadata } from "next";

export const metadata: Metadata = { title: "联系与反馈" };

export default function ContactPage() {
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">联系与反馈</h1>
      <div role="status" className="rounded border border-amber-300 bg-amber-50 p-4 text-stone-800">
        各部门预算公开联系人名录与在线反馈功能尚在建设中，暂不能在本平台提交意见。
        各区县部门的联系人及电话可在区县页面查看。
      </div>
    </>
  );
}
