import type { Metadata } from "next";
import Link from "next/link";
import { AdminNav } from "@/components/admin/admin-nav";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { requirePageActor } from "@/lib/auth/guard";
import { ROLE_LABELS } from "@/lib/users/schema";

// signed-in pages are never cached nor rendered at build
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: { default: "管理", template: "%s｜管理｜重庆市区县部门预算公开平台" }, robots: { index: false } };

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const actor = await requirePageActor("/admin");
  return (
    <>
      <header className="bg-stone-800 text-white">
        <div className="mx-auto flex max-w-[96rem] flex-wrap items-center justify-between gap-3 px-4 py-3">
          <Link href="/admin" className="font-semibold">部门预算公开 · 管理</Link>
          <div className="flex items-center gap-3 text-sm">
            <span>
              {actor.name}（<span data-testid="actor-role">{ROLE_LABELS[actor.role]}</span>）
            </span>
            <Link href="/" className="underline">公开网站</Link>
            <SignOutButton />
          </div>
        </div>
      </header>
      <AdminNav role={actor.role} />
      <main id="main" className="mx-auto max-w-[96rem] px-4 py-6">
        {children}
      </main>
    </>
  );
}
