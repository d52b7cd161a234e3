import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { listTokens } from "@/db/queries/api-tokens";
import { listUsersWithScope } from "@/db/queries/users-admin";
import { formatTime } from "@/components/manage/format-time";
import { requireAdminPage } from "@/components/manage/require-admin-page";
import { tableClass, tableWrapper } from "@/components/manage/styles";
import { TokenCreateForm } from "@/components/manage/token-create-form";
import { TokenRevokeButton } from "@/components/manage/token-revoke-button";
import { ROLE_LABELS } from "@/lib/users/schema";

export const metadata: Metadata = { title: "接口令牌" };

export default async function TokensPage() {
  await requireAdminPage("/admin/tokens");
  const db = await getDb();
  const [tokens, users] = await Promise.all([listTokens({ db }), listUsersWithScope({ db })]);
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">接口令牌</h1>
      <p className="mb-4 max-w-3xl text-stone-700">
        接口令牌供其他系统调用本平台的管理接口（请求头 <code className="font-mono">Authorization: Bearer</code>）。令牌以所属用户的身份、角色和权限范围操作；
        平台只保存其摘要，创建时显示一次，之后无法再查看。不再使用或可能泄露的令牌请立即吊销。
      </p>
      <section aria-labelledby="create-heading" className="mb-8 rounded border border-stone-200 bg-white p-4">
        <h2 id="create-heading" className="mb-3 text-lg font-semibold">
          创建令牌
        </h2>
        <TokenCreateForm userEmails={users.filter((u) => !u.disabled).map((u) => u.email)} />
      </section>
      <h2 className="mb-2 text-lg font-semibold">全部令牌（{tokens.length}）</h2>
      {tokens.length === 0 ? (
        <p className="text-stone-700">尚未创建令牌。</p>
      ) : (
        <div className={tableWrapper}>
          <table className={tableClass}>
            <caption className="sr-only">接口令牌列表，最新创建的在前</caption>
            <thead>
              <tr>
                <th scope="col">名称</th>
                <th scope="col">前缀</th>
                <th scope="col">所属用户</th>
                <th scope="col">创建时间</th>
                <th scope="col">最近使用</th>
                <th scope="col">状态</th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((t) => (
                <tr key={t.id} data-testid="token-row">
                  <td>{t.name}</td>
                  <td className="font-mono">{t.prefix}…</td>
                  <td>
                    {t.userEmail}（{ROLE_LABELS[t.userRole]}）
                  </td>
                  <td>{formatTime(t.createdAt)}</td>
                  <td>{t.lastUsedAt ? formatTime(t.lastUsedAt) : "从未使用"}</td>
                  <td>{t.revokedAt ? `已于 ${formatTime(t.revokedAt)} 吊销` : <TokenRevokeButton id={t.id} name={t.name} />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
