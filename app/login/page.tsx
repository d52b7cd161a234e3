import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { SiteHeader } from "@/components/layout/site-header";
import { currentActor } from "@/lib/auth/guard";
import { SIGN_IN_MESSAGES } from "@/lib/auth/authenticate";
import { safeCallback } from "@/lib/auth/safe-callback";
import { siteOrigin } from "@/lib/http/public-origin";

export const metadata: Metadata = { title: "部门登录" };

type Props = { searchParams: Promise<{ callbackUrl?: string | string[] }> };

export default async function LoginPage({ searchParams }: Props) {
  const asked = (await searchParams).callbackUrl;
  const callbackUrl = safeCallback(Array.isArray(asked) ? asked[0] : asked, siteOrigin);
  if (await currentActor()) redirect(callbackUrl);
  return (
    <>
      <SiteHeader />
      <main id="main" className="mx-auto max-w-md px-4 py-10">
        <h1 className="mb-2 text-2xl font-semibold">部门登录</h1>
        <p className="mb-6 text-stone-700">供各部门预算公开联系人、审核人和平台管理员使用。公众查阅公开文件无需登录。</p>
        <LoginForm callbackUrl={callbackUrl} messages={SIGN_IN_MESSAGES} />
      </main>
    </>
  );
}
