import Link from "next/link";
import { env } from "@/lib/env";

interface Department {
  id: number;
  name: string;
  contactName: string | null;
  contactPhone: string | null;
}

const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, "")}`;

/**
 * A district none of whose departments has published here yet: what the law expects of them,
 * and whom to ask — the departments' disclosure contacts where registered, else the operator.
 */
export function NothingPublished({ district, departments }: { district: { code: string; name: string }; departments: Department[] }) {
  const contacts = departments.filter((d) => d.contactName || d.contactPhone);
  return (
    <section aria-labelledby="nothing-published" className="max-w-3xl rounded border border-stone-300 bg-white p-4" data-testid="nothing-published">
      <h2 id="nothing-published" className="mb-2 text-lg font-semibold">{district.name}尚无部门在本平台公开预算、决算</h2>
      <p className="mb-3 text-stone-800">
        按照《中华人民共和国预算法》第十四条规定，经本级政府财政部门批复的部门预算、决算及报表，应当在批复后二十日内由各部门向社会公开。
        {district.name}各部门的文件在本平台发布后，会列在本页。
      </p>
      <h3 className="mb-1 font-semibold">可以向谁询问</h3>
      {contacts.length ? (
        <ul className="mb-3 space-y-1" data-testid="district-contacts">
          {contacts.map((d) => (
            <li key={d.id}>
              {d.name}：部门预算公开联系人 {d.contactName || "未登记"}
              {d.contactPhone ? (
                <>
                  ，电话 <a href={telHref(d.contactPhone)} className="whitespace-nowrap text-brand-700 underline">{d.contactPhone}</a>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mb-3">
          {departments.length ? `${district.name}在本平台登记的 ${departments.length} 个部门尚未登记预算公开联系人。` : `${district.name}尚未在本平台登记部门。`}
        </p>
      )}
      <p className="mb-3" data-testid="operator-contact">
        平台运维方：{env.PORTAL_OPERATOR_NAME}，电话 <a href={telHref(env.PORTAL_OPERATOR_PHONE)} className="whitespace-nowrap text-brand-700 underline">{env.PORTAL_OPERATOR_PHONE}</a>
        {env.PORTAL_OPERATOR_EMAIL ? (
          <>
            ，邮箱 <a href={`mailto:${env.PORTAL_OPERATOR_EMAIL}`} className="break-all text-brand-700 underline">{env.PORTAL_OPERATOR_EMAIL}</a>
          </>
        ) : null}
        。
      </p>
      <p>
        <Link href={`/contact?district=${district.code}#contacts`} className="text-brand-700 underline">联系与反馈：查看各部门联系人或在线留言</Link>
      </p>
    </section>
  );
}
