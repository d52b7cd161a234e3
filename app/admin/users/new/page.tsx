import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { listDistrictNames } from "@/db/queries/districts";
import { requireAdminPage } from "@/components/manage/require-admin-page";
import { linkClass } from "@/components/manage/styles";
import { UserCreateForm } from "@/components/manage/user-create-form";

export const metadata: Metadata = { title: "新建用户" };

export default async function NewUserPage() {
  await requireAdminPage("/admin/users/new");
  const districts = await listDistrictNames({ db: await getDb() });
  return (
    <>
      <p className="mb-2">
        <Link href="/admin/users" className={linkClass}>
          ← 用户
        </Link>
      </p>
      <h1 className="mb-4 text-2xl font-semibold">新建用户</h1>
      <UserCreateForm districts={districts} />
    </>
  );
}
