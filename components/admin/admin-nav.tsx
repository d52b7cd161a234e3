import Link from "next/link";
import type { Role } from "@/lib/users/schema";

const LINKS: { href: string; label: string; roles: Role[] }[] = [
  { href: "/admin", label: "工作台", roles: ["admin", "reviewer", "editor"] },
  { href: "/admin/import", label: "导入文件", roles: ["admin", "editor"] },
  { href: "/admin/import/batch", label: "批量导入", roles: ["admin", "editor"] },
  { href: "/admin/inbox", label: "意见反馈", roles: ["admin", "reviewer", "editor"] },
  { href: "/admin/users", label: "用户", roles: ["admin"] },
  { href: "/admin/departments", label: "部门", roles: ["admin"] },
  { href: "/admin/districts", label: "区县", roles: ["admin"] },
  { href: "/admin/tokens", label: "接口令牌", roles: ["admin"] },
  { href: "/admin/audit", label: "审计日志", roles: ["admin"] },
];

/** The admin area's sections a role may open (each page checks the role again on the server). */
export function AdminNav({ role }: { role: Role }) {
  return (
    <nav aria-label="管理导航" className="bg-stone-700">
      <ul className="mx-auto flex max-w-[96rem] gap-4 relative overflow-x-auto px-4 py-2 text-sm text-white">
        {LINKS.filter((l) => l.roles.includes(role)).map((l) => (
          <li key={l.href}>
            <Link href={l.href} className="hover:underline">
              {l.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
