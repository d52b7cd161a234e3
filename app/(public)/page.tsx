import Link from "next/link";
import { getDb } from "@/db/client";
import { listDistrictsWithCounts } from "@/db/queries/districts";

export default async function HomePage() {
  const districts = await listDistrictsWithCounts({ db: await getDb() });
  const groups = [
    { title: "区", items: districts.filter((d) => d.type === "district") },
    { title: "县", items: districts.filter((d) => d.type === "county") },
  ];
  const published = districts.reduce((sum, d) => sum + d.published, 0);
  return (
    <>
      <section aria-labelledby="intro" className="mb-8">
        <h1 id="intro" className="text-2xl font-semibold">
          部门预算公开
        </h1>
        <p className="mt-2 max-w-3xl text-stone-700">
          重庆市 {districts.length} 个区县各部门的年度预算、决算公开文件在此集中发布。
          目前已公开 <strong>{published}</strong> 份文件。按区县浏览，或在上方检索部门名称。
        </p>
      </section>
      {groups.map((g) => (
        <section key={g.title} aria-labelledby={`group-${g.title}`} className="mb-8">
          <h2 id={`group-${g.title}`} className="mb-3 text-lg font-semibold">
            {g.title}（{g.items.length}）
          </h2>
          <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-5">
            {g.items.map((d) => (
              <li key={d.code}>
                <Link
                  href={`/districts/${d.code}`}
                  className="block rounded border border-stone-200 bg-white px-3 py-2 hover:border-brand-600 hover:bg-brand-50"
                >
                  <span className="block font-medium">{d.name}</span>
                  <span className="block text-sm text-stone-600">
                    {d.departments} 个部门 · 公开 {d.published} 份
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
