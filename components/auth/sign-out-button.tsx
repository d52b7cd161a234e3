"use client";

import { signOut } from "next-auth/react";
import { useRouter } from "next/navigation";

export function SignOutButton() {
  const router = useRouter();
  // next-auth would redirect to NEXTAUTH_URL's host: stay on the host the user is on
  const signOutHere = async () => {
    await signOut({ redirect: false });
    router.replace("/login");
    router.refresh();
  };
  return (
    <button type="button" onClick={signOutHere} className="rounded border border-white/60 px-3 py-1 hover:bg-white/10">
      退出登录
    </button>
  );
}
