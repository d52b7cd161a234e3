import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { listUsersWithScope } from "@/db/queries/users-admin";
import { formatTime } from "@/components/manage/format-time";
import { requireAdminPage } from "@/components/manage/require-admin-page";
import { linkClass, primaryButton, tableClass, tableWrapper } from "@/components/manage/styles";
import { describeLoginFailures, recentLoginFailures } from "@/lib/auth/login-throttle";
import { ROLE_LABELS } from "@/lib/users/schema";

export const metadata: Metadata = { title: "用户" };

export default async function UsersPage() {
  await requireAdminPage("/admin/users");
  const db = await getDb();
  const [users, failures] = await Promise.all([listUsersWithScope({ db }), recentLoginFailures({ db })]);
  return (
    <>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">用户（{users.length}）</h1>
        <Link href="/admin/users/new" className={primaryButton}>
          新建用户
        </Link>
      </div>
      <p className="mb-4 text-sm text-stone-700">更改用户的角色、重置密码或停用账号，会使该用户在所有设备上立即退出登录。</p>
      <div className={tableWrapper}>
        <table className={tableClass}>
          <caption className="sr-only">全部用户账号</caption>
          <thead>
            <tr>
              <th scope="col">邮箱</th>
              <th scope="col">姓名</th>
              <th scope="col">角色</th>
              <th scope="col">权限范围</th>
              <th scope="col">状态</th>
              <th scope="col">登录失败</th>
              <th scope="col">创建时间</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id}>
                <td>
                  <Link href={`/admin/users/${u.id}`} className={linkClass}>
                    {u.email}
                  </Link>
                </td>
                <td>{u.name}</td>
                <td>{ROLE_LABELS[u.role]}</td>
                <td className="max-w-xs whitespace-normal">{u.role === "admin" ? "全部" : [...u.departments, ...u.districts].join("、") || "（未指定）"}</td>
                <td>{u.disabled ? <span className="font-medium text-red-800">已停用</span> : "正常"}</td>
                <td className="max-w-xs whitespace-normal">{describeLoginFailures(failures.get(u.email)) ?? "—"}</td>
                <td>{formatTime(u.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
