"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { runStep } from "@/components/review/run-step";
import { StepDialog } from "@/components/review/step-dialog";
import type { GateCounts } from "@/lib/disclosure/gate";
import { ACTION_LABELS } from "@/lib/disclosure/workflow";

/** 提交审核: only once everything is saved, so the reviewer reads what the editor sees. */
export function SubmitButton({ id, dirty, counts }: { id: string; dirty: boolean; counts: GateCounts }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  return (
    <div>
      <button type="button" onClick={() => setOpen(true)} disabled={dirty} aria-describedby={dirty ? "submit-hint" : undefined} className="rounded bg-brand-700 px-3 py-1.5 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
        {ACTION_LABELS.submit}
      </button>
      {dirty ? <p id="submit-hint" className="text-xs text-stone-600">请先保存再提交</p> : null}
      {open ? (
        <StepDialog
          action="submit"
          counts={counts}
          onClose={() => setOpen(false)}
          onConfirm={async (override) => {
            const refusal = await runStep(id, "submit", override ? { override } : {});
            if (!refusal) {
              setOpen(false);
              router.refresh();
            }
            return refusal;
          }}
        />
      ) : null}
    </div>
  );
}
