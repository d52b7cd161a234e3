import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { listDistrictNames } from "@/db/queries/districts";
import { DepartmentForm } from "@/components/manage/department-form";
import { requireAdminPage } from "@/components/manage/require-admin-page";
import { linkClass } from "@/components/manage/styles";

export const metadata: Metadata = { title: "新建部门" };

export default async function NewDepartmentPage() {
  await requireAdminPage("/admin/departments/new");
  const districts = await listDistrictNames({ db: await getDb() });
  return (
    <>
      <p className="mb-2">
        <Link href="/admin/departments" className={linkClass}>
          ← 部门
        </Link>
      </p>
      <h1 className="mb-4 text-2xl font-semibold">新建部门</h1>
      <DepartmentForm districts={districts} />
    </>
  );
}
