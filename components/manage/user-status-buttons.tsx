"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { updateUserAction } from "@/app/admin/users/actions";
import { FormMessage } from "./form-message";
import { dangerButton, secondaryButton } from "./styles";
import { signOutNotice } from "./sign-out-notice";

/** Disable or enable an account (disabling signs the user out everywhere), and forget its failed sign-ins. */
export function UserStatusButtons({ email, disabled, failed }: { email: string; disabled: boolean; failed: boolean }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string } | null>(null);

  const change = (changes: { disabled?: boolean; unlock?: boolean }, done: string, confirmText?: string) => {
    if (confirmText && !window.confirm(confirmText)) return;
    startTransition(async () => {
      const result = await updateUserAction({ email, changes });
      setMessage(result.ok ? { kind: "success", text: `${done}${signOutNotice(result.data.revokedSessions)}` } : { kind: "error", text: result.error });
      router.refresh();
    });
  };

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-3">
        {disabled ? (
          <button type="button" className={secondaryButton} disabled={pending} onClick={() => change({ disabled: false }, "账号已启用。")}>
            启用账号
          </button>
        ) : (
          <button
            type="button"
            className={dangerButton}
            disabled={pending}
            onClick={() => change({ disabled: true }, "账号已停用。", `停用 ${email}？该用户将立即在所有设备上退出登录，且无法再登录。`)}
          >
            停用账号
          </button>
        )}
        {failed ? (
          <button type="button" className={secondaryButton} disabled={pending} onClick={() => change({ unlock: true }, "已清除登录失败记录，该用户从任何地址都可以立即重新登录。")}>
            清除登录失败记录
          </button>
        ) : null}
      </div>
      <FormMessage message={message} />
    </div>
  );
}
