import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { ContactDirectory } from "@/components/feedback/contact-directory";
import { FeedbackForm } from "@/components/feedback/feedback-form";
import { TrackingLookup } from "@/components/feedback/tracking-lookup";
import { getDb } from "@/db/client";
import { findDepartmentByKey } from "@/db/queries/departments";
import { listDistrictNames } from "@/db/queries/districts";
import { listDepartmentContacts } from "@/db/queries/feedback-contacts";
import { newFormToken } from "@/db/queries/feedback-keys";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "联系与反馈" };
// rendered for each request: it reads the query (the cached pages are listed in lib/cache/tags.ts)
export const dynamic = "force-dynamic";

const MAX_SHOWN = 400;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() ?? "";

export default async function ContactPage({ searchParams }: Props) {
  await connection(); // the form's time token is stamped per request
  const params = await searchParams;
  const q = one(params.q).slice(0, 50);
  const district = /^\d{6}$/.test(one(params.district)) ? one(params.district) : "";
  const departmentKey = one(params.department);
  const db = await getDb();
  const [districts, contacts, formToken, found] = await Promise.all([
    listDistrictNames({ db }),
    listDepartmentContacts({ db, q: q || undefined, districtCode: district || undefined, limit: MAX_SHOWN }),
    newFormToken({ db }),
    departmentKey ? findDepartmentByKey({ db, key: departmentKey }) : undefined,
  ]);
  const department = found ? { key: `${found.department.districtCode}-${found.department.code}`, name: `${found.districtName} ${found.department.name}` } : undefined;
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">联系与反馈</h1>
      <p className="mb-6 max-w-3xl text-stone-700">
        对部门预算、决算公开文件有疑问，或发现数据有误？可以直接联系该部门的预算公开联系人，也可以在线留言：留言转给相关部门办理，凭查询码查看进度和答复。
      </p>

      <div className="mb-10 grid gap-6 lg:grid-cols-[2fr_1fr]">
        <section id="feedback" aria-labelledby="feedback-heading" className="scroll-mt-4 rounded border border-stone-200 bg-white p-4">
          <h2 id="feedback-heading" className="mb-1 text-xl font-semibold">在线留言</h2>
          <p className="mb-4 text-sm text-stone-700">
            {department
              ? "留言将转给该部门的预算公开联系人办理。"
              : "针对某份公开文件的意见，请在该文件页面下方留言，或在下方名录中选择部门；此处的留言由平台运维方受理。"}
          </p>
          {departmentKey && !department ? (
            <p role="alert" className="mb-4 rounded border border-amber-300 bg-amber-50 px-3 py-2">
              没有找到编号为 {departmentKey} 的部门，留言将由平台运维方受理。
            </p>
          ) : null}
          <FeedbackForm key={department?.key ?? "portal"} formToken={formToken} department={department} />
        </section>

        <div className="space-y-6">
          <section aria-labelledby="operator-heading" className="rounded border border-stone-200 bg-white p-4">
            <h2 id="operator-heading" className="mb-2 text-lg font-semibold">平台运维方</h2>
            <dl className="space-y-1 text-sm">
              <div>
                <dt className="inline text-stone-600">单位：</dt>
                <dd className="inline">{env.PORTAL_OPERATOR_NAME}</dd>
              </div>
              <div>
                <dt className="inline text-stone-600">电话：</dt>
                <dd className="inline">
                  <a href={`tel:${env.PORTAL_OPERATOR_PHONE.replace(/[^\d+]/g, "")}`} className="text-brand-700 underline">{env.PORTAL_OPERATOR_PHONE}</a>
                </dd>
              </div>
              {env.PORTAL_OPERATOR_EMAIL ? (
                <div>
                  <dt className="inline text-stone-600">邮箱：</dt>
                  <dd className="inline">
                    <a href={`mailto:${env.PORTAL_OPERATOR_EMAIL}`} className="break-all text-brand-700 underline">{env.PORTAL_OPERATOR_EMAIL}</a>
                  </dd>
                </div>
              ) : null}
            </dl>
            <p className="mt-2 text-sm text-stone-600">平台使用问题、账号开通请联系运维方；文件内容请联系发布部门。</p>
          </section>
          <section aria-labelledby="lookup-heading" className="rounded border border-stone-200 bg-white p-4">
            <h2 id="lookup-heading" className="mb-2 text-lg font-semibold">查看办理进度</h2>
            <TrackingLookup />
            <p className="mt-2 text-sm text-stone-600">
              查询码在提交留言后显示。<Link href="/feedback" className="text-brand-700 underline">了解办理流程</Link>
            </p>
          </section>
        </div>
      </div>

      <ContactDirectory rows={contacts.rows} total={contacts.total} q={q} district={district} districts={districts} />
    </>
  );
}
