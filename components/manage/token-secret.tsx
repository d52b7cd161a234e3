"use client";

import { useEffect, useRef } from "react";
import { CopyButton } from "./copy-button";
import { secondaryButton } from "./styles";

/** A new token, shown this once, with a button that copies it. */
export function TokenSecret({ token, name, userEmail, onDone }: { token: string; name: string; userEmail: string; onDone: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  return (
    <section aria-labelledby="new-token-heading" className="rounded border-2 border-green-700 bg-green-50 p-4">
      <h2 id="new-token-heading" ref={heading} tabIndex={-1} className="mb-2 text-lg font-semibold">
        令牌“{name}”已创建（{userEmail}）
      </h2>
      <p className="mb-3 font-medium text-red-800">请立即复制并妥善保存：此令牌只显示这一次，关闭或离开本页后无法再次查看。</p>
      <label htmlFor="new-token" className="block text-sm font-medium">
        令牌
      </label>
      <input
        id="new-token"
        readOnly
        value={token}
        data-testid="new-token"
        onFocus={(e) => e.currentTarget.select()}
        className="mt-1 block w-full rounded border border-stone-500 bg-white px-3 py-2 font-mono text-sm"
      />
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <CopyButton text={token} label="复制令牌" what="令牌" />
        <button type="button" className={secondaryButton} onClick={onDone}>
          我已保存，关闭
        </button>
      </div>
      <p className="mt-3 text-sm text-stone-700">
        使用方法：在请求头中加入 <code className="font-mono">Authorization: Bearer 令牌</code>。
      </p>
    </section>
  );
}
