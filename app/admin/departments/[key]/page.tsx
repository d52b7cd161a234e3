import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { findDepartmentByKey } from "@/db/queries/departments";
import { findDepartmentById } from "@/db/queries/departments-admin";
import { listDistrictNames } from "@/db/queries/districts";
import { DepartmentForm } from "@/components/manage/department-form";
import { requireAdminPage } from "@/components/manage/require-admin-page";
import { linkClass } from "@/components/manage/styles";
import { departmentKeySchema } from "@/lib/users/schema";

export const metadata: Metadata = { title: "编辑部门" };

type Props = { params: Promise<{ key: string }>; searchParams: Promise<{ saved?: string }> };

export default async function EditDepartmentPage({ params, searchParams }: Props) {
  const { key } = await params;
  await requireAdminPage(`/admin/departments/${key}`);
  const parsedKey = departmentKeySchema.safeParse(key);
  if (!parsedKey.success) notFound();
  const db = await getDb();
  const found = await findDepartmentByKey({ db, key: parsedKey.data });
  if (!found) notFound();
  const { department: d, districtName } = found;
  const [districts, parent, { saved }] = await Promise.all([
    listDistrictNames({ db }),
    d.parentId === null ? undefined : findDepartmentById({ db, id: d.parentId }),
    searchParams,
  ]);
  return (
    <>
      <p className="mb-2">
        <Link href={`/admin/departments?district=${d.districtCode}`} className={linkClass}>
          ← {districtName}的部门
        </Link>
      </p>
      <h1 className="mb-1 text-2xl font-semibold">{d.name}</h1>
      <p className="mb-4 text-stone-700">
        {districtName} · 部门编号 {key}
      </p>
      <DepartmentForm
        key={key}
        saved={!!saved}
        districts={districts}
        existing={{
          id: d.id,
          values: { districtCode: d.districtCode, code: d.code, name: d.name, parentCode: parent?.code ?? "", contactName: d.contactName ?? "", contactPhone: d.contactPhone ?? "" },
        }}
      />
    </>
  );
}
