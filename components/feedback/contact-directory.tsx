import Link from "next/link";
import { inputClass, primaryButton } from "@/components/manage/styles";

export interface ContactRow {
  districtCode: string;
  districtName: string;
  code: string;
  name: string;
  contactName: string | null;
  contactPhone: string | null;
  published: number;
}

/** Digits and a leading + of a phone number, for a tel: link. */
const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, "")}`;

/**
 * Every department's disclosure contact, grouped by district, with a search (GET, no script)
 * by department, contact, phone or district, and a district filter.
 */
export function ContactDirectory({
  rows,
  total,
  q,
  district,
  districts,
}: {
  rows: ContactRow[];
  total: number;
  q: string;
  district: string;
  districts: { code: string; name: string }[];
}) {
  const groups = new Map<string, { name: string; rows: ContactRow[] }>();
  for (const r of rows) {
    const g = groups.get(r.districtCode) ?? { name: r.districtName, rows: [] };
    g.rows.push(r);
    groups.set(r.districtCode, g);
  }
  const filtered = q || district;
  return (
    <section id="contacts" aria-labelledby="contacts-heading" className="mb-10 scroll-mt-4">
      <h2 id="contacts-heading" className="mb-2 text-xl font-semibold">各部门预算公开联系人</h2>
      <form action="/contact#contacts" method="get" role="search" aria-label="查找部门联系人" className="mb-4 grid gap-3 rounded border border-stone-200 bg-white p-3 sm:grid-cols-[1fr_14rem_auto] sm:items-end">
        <div>
          <label htmlFor="contact-q" className="block font-medium">部门、联系人或电话</label>
          <input id="contact-q" name="q" type="search" defaultValue={q} maxLength={50} placeholder="如 政务服务、李青、60301012" className={inputClass} />
        </div>
        <div>
          <label htmlFor="contact-district" className="block font-medium">区县</label>
          <select id="contact-district" name="district" defaultValue={district} className={inputClass}>
            <option value="">全部区县</option>
            {districts.map((d) => (
              <option key={d.code} value={d.code}>{d.name}</option>
            ))}
          </select>
        </div>
        <button type="submit" className={primaryButton}>查找</button>
      </form>
      <p className="mb-3 text-sm text-stone-700" role="status">
        {filtered ? `找到 ${total} 个部门` : `共 ${total} 个部门`}
        {rows.length < total ? `，显示前 ${rows.length} 个，请输入关键词或选择区县缩小范围` : ""}。
        {filtered ? (
          <Link href="/contact#contacts" className="ml-2 text-brand-700 underline">显示全部</Link>
        ) : null}
      </p>
      {[...groups].map(([code, g]) => (
        <section key={code} aria-labelledby={`district-${code}`} className="mb-6">
          <h3 id={`district-${code}`} className="mb-2 text-lg font-semibold">
            <Link href={`/districts/${code}`} className="hover:underline">{g.name}</Link>
            <span className="ml-2 text-sm font-normal text-stone-600">{g.rows.length} 个部门</span>
          </h3>
          <ul className="divide-y divide-stone-200 rounded border border-stone-200 bg-white" data-testid="contact-list">
            {g.rows.map((r) => (
              <li key={r.code} className="flex flex-col gap-1 px-3 py-3 sm:flex-row sm:items-center sm:justify-between">
                <div className="min-w-0">
                  <p className="font-medium">
                    {r.published ? <Link href={`/departments/${code}-${r.code}`} className="hover:underline">{r.name}</Link> : r.name}
                    <span className="ml-2 text-xs font-normal text-stone-600">部门编码 {r.code}</span>
                  </p>
                  <p className="text-sm">
                    {r.contactName || r.contactPhone ? (
                      <>
                        联系人：{r.contactName || "未登记"}
                        {r.contactPhone ? (
                          <>
                            {"　"}电话：<a href={telHref(r.contactPhone)} className="text-brand-700 underline">{r.contactPhone}</a>
                          </>
                        ) : null}
                      </>
                    ) : (
                      <span className="text-stone-600">尚未登记联系人，可在线留言或联系平台运维方。</span>
                    )}
                  </p>
                </div>
                <Link href={`/contact?department=${code}-${encodeURIComponent(r.code)}#feedback`} className="shrink-0 text-sm text-brand-700 underline">
                  给该部门留言
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
