"use client";

import { useState } from "react";
import { secondaryButton } from "./styles";

/** Copies a text to the clipboard and says so, for a screen reader too; `what` names the text shown above it. */
export function CopyButton({ text, label, what }: { text: string; label: string; what: string }) {
  const [outcome, setOutcome] = useState<"" | "copied" | "failed">("");
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setOutcome("copied");
    } catch {
      setOutcome("failed");
    }
  };
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button type="button" className={secondaryButton} onClick={copy}>
        {label}
      </button>
      <span aria-live="polite" className="text-sm" data-testid="copy-outcome">
        {outcome === "copied" ? "已复制" : outcome === "failed" ? `未能自动复制，请选中上面的${what}手动复制` : ""}
      </span>
    </span>
  );
}
