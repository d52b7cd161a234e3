import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { listDistrictNames } from "@/db/queries/districts";
import { listUserDepartments, listUserDistricts } from "@/db/queries/users";
import { findUserById } from "@/db/queries/users-admin";
import { formatTime } from "@/components/manage/format-time";
import { requireAdminPage } from "@/components/manage/require-admin-page";
import { linkClass } from "@/components/manage/styles";
import { UserPasswordForm } from "@/components/manage/user-password-form";
import { UserScopeForm } from "@/components/manage/user-scope-form";
import { UserStatusButtons } from "@/components/manage/user-status-buttons";
import { describeLoginFailures, recentLoginFailures } from "@/lib/auth/login-throttle";
import { ROLE_LABELS } from "@/lib/users/schema";

export const metadata: Metadata = { title: "编辑用户" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> };

export default async function EditUserPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requireAdminPage(`/admin/users/${id}`);
  if (!/^\d{1,9}$/.test(id)) notFound();
  const db = await getDb();
  const user = await findUserById({ db, id: Number(id) });
  if (!user) notFound();
  const [departments, districts, allDistricts, failures, { created }] = await Promise.all([
    listUserDepartments({ db, userId: user.id }),
    listUserDistricts({ db, userId: user.id }),
    listDistrictNames({ db }),
    recentLoginFailures({ db }),
    searchParams,
  ]);
  const failed = describeLoginFailures(failures.get(user.email));
  const section = "rounded border border-stone-200 bg-white p-4";
  return (
    <>
      <p className="mb-2">
        <Link href="/admin/users" className={linkClass}>
          ← 用户
        </Link>
      </p>
      <h1 className="mb-1 text-2xl font-semibold">{user.name}</h1>
      <p className="mb-4 text-stone-700">
        {user.email} · {ROLE_LABELS[user.role]} · {user.disabled ? "已停用" : "正常"}
        {failed ? ` · ${failed}` : ""} · 创建于 {formatTime(user.createdAt)}
      </p>
      {created ? (
        <p role="status" className="mb-4 rounded border border-green-300 bg-green-50 px-3 py-2 text-green-900">
          用户已创建，可以用所设的初始密码登录。
        </p>
      ) : null}
      <p className="mb-6 rounded border border-amber-400 bg-amber-50 px-3 py-2 text-amber-950">
        更改角色、重置密码或停用账号，会使该用户在所有设备上立即退出登录；只调整部门或区县不影响其当前登录，新的权限范围即时生效。
      </p>
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="scope-heading" className={`${section} lg:col-span-2`}>
          <h2 id="scope-heading" className="mb-3 text-lg font-semibold">
            角色与权限范围
          </h2>
          <UserScopeForm
            email={user.email}
            current={{ role: user.role, departments: departments.map((d) => d.key), districts: districts.map((d) => d.code) }}
            districts={allDistricts}
            departmentLabels={Object.fromEntries(departments.map((d) => [d.key, `${d.districtName} ${d.name}`]))}
          />
        </section>
        <section aria-labelledby="password-heading" className={section}>
          <h2 id="password-heading" className="mb-3 text-lg font-semibold">
            重置密码
          </h2>
          <UserPasswordForm email={user.email} />
        </section>
        <section aria-labelledby="status-heading" className={section}>
          <h2 id="status-heading" className="mb-3 text-lg font-semibold">
            账号状态
          </h2>
          <p className="mb-3">
            {user.disabled ? "此账号已停用，无法登录。" : "此账号正常。"}
            {failed ? `${failed}。暂停只针对失败过多的地址，该用户从其他地址仍可登录。` : ""}
          </p>
          {user.id === actor.id ? (
            <p className="text-stone-700">这是您自己的账号：不能停用自己，也不能取消自己的管理员角色，请由另一位管理员操作。</p>
          ) : (
            <UserStatusButtons email={user.email} disabled={user.disabled} failed={!!failed} />
          )}
        </section>
      </div>
    </>
  );
}
