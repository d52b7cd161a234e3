import Link from "next/link";
import { formatTime } from "@/components/manage/format-time";
import { linkClass } from "@/components/manage/styles";
import { auditDetail } from "@/app/admin/audit/audit-fields";

type Attack = { id: number; at: Date; email: string | null; ip: string | null; detail: string | null };

/** On the admin's dashboard: accounts someone tried many passwords on, from many addresses, in the last day. */
export function LoginAttackAlert({ attacks }: { attacks: Attack[] }) {
  if (attacks.length === 0) return null;
  return (
    <section role="alert" aria-labelledby="login-attacks" data-testid="login-attack-alert" className="mb-6 rounded border border-red-400 bg-red-50 px-4 py-3 text-red-900">
      <h2 id="login-attacks" className="mb-1 font-semibold">登录安全警报：有账号正被多个地址反复尝试密码</h2>
      <ul className="mb-2 list-disc pl-5">
        {attacks.map((a) => (
          <li key={a.id}>
            {formatTime(a.at)} · {a.email || "（空邮箱）"}
            {a.detail ? ` · ${auditDetail(a.detail)}` : ""}
            {a.ip ? ` · 最近地址 ${a.ip}` : ""}
          </li>
        ))}
      </ul>
      <p className="text-sm">
        系统已放慢对这些账号的登录应答，但不锁定账号，账号本人仍可登录。请核实并视情况提醒用户更换密码。
        <Link href="/admin/audit?action=auth.attack" className={linkClass}>
          在审计日志中查看
        </Link>
      </p>
    </section>
  );
}
