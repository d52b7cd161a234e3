"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { revokeTokenAction } from "@/app/admin/tokens/actions";
import { dangerButton } from "./styles";

/** Revokes a token at once, after a confirmation. */
export function TokenRevokeButton({ id, name }: { id: number; name: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [failure, setFailure] = useState<string | null>(null);
  const revoke = () => {
    if (!window.confirm(`吊销令牌“${name}”？使用它的系统将立即无法访问。`)) return;
    startTransition(async () => {
      const result = await revokeTokenAction({ id });
      setFailure(result.ok ? null : result.error);
      router.refresh();
    });
  };
  return (
    <>
      <button type="button" className={`${dangerButton} py-1 text-sm`} disabled={pending} onClick={revoke}>
        {pending ? "正在吊销…" : "吊销"}
        <span className="sr-only">令牌“{name}”</span>
      </button>
      {failure ? (
        <span role="alert" className="ml-2 text-sm text-red-800">
          {failure}
        </span>
      ) : null}
    </>
  );
}
