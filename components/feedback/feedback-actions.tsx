"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { type Resolver, useForm, useWatch } from "react-hook-form";
import { updateFeedbackAction } from "@/app/admin/inbox/actions";
import { Field } from "@/components/manage/field";
import { FormMessage } from "@/components/manage/form-message";
import { showServerProblems } from "@/components/manage/server-problems";
import { inputClass, primaryButton, secondaryButton } from "@/components/manage/styles";
import type { FeedbackStatus } from "@/lib/feedback/labels";
import { ANSWER_MAX, answerSchema, type AnswerValues, charCount, type FeedbackChange } from "@/lib/feedback/schema";

const DONE: Record<FeedbackChange["kind"], string> = {
  acknowledge: "已标记为已受理。",
  answer: "答复已保存。",
  publish: "已更改答复的公开状态。",
  close: "已办结。",
};

/**
 * What an editor of the department (or an admin) does with a feedback: acknowledge it, answer
 * it (publicly under the disclosure or only to the sender), publish or withdraw the answer, close it.
 */
export function FeedbackActions({
  id,
  status,
  answer,
  answerPublic,
  aboutDisclosure,
}: {
  id: string;
  status: FeedbackStatus;
  answer: string | null;
  answerPublic: boolean;
  aboutDisclosure: boolean;
}) {
  const router = useRouter();
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const {
    register,
    handleSubmit,
    control,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<AnswerValues>({
    resolver: zodResolver(answerSchema) as unknown as Resolver<AnswerValues>,
    defaultValues: { answer: answer ?? "", public: answerPublic },
  });
  const typed = useWatch({ control, name: "answer" }) ?? "";

  const send = async (change: FeedbackChange) => {
    setMessage(null);
    setBusy(true);
    try {
      const result = await updateFeedbackAction({ id, change });
      if (!result.ok) {
        setMessage({ kind: "error", text: showServerProblems(result, ["answer", "public"] as const, setError) });
        return;
      }
      setMessage({ kind: "success", text: DONE[change.kind] });
      router.refresh();
    } finally {
      setBusy(false);
    }
  };

  const closed = status === "closed";
  return (
    <section aria-labelledby="handle-heading" className="rounded border border-stone-300 bg-white p-4">
      <h2 id="handle-heading" className="mb-3 text-lg font-semibold">办理</h2>
      <div className="mb-4 flex flex-wrap gap-2">
        {status === "new" ? (
          <button type="button" className={secondaryButton} disabled={busy} onClick={() => send({ kind: "acknowledge" })}>
            标记为已受理
          </button>
        ) : null}
        {answer !== null && aboutDisclosure ? (
          <button type="button" className={secondaryButton} disabled={busy} onClick={() => send({ kind: "publish", public: !answerPublic })}>
            {answerPublic ? "撤下公开的答复" : "在文件页面公开答复"}
          </button>
        ) : null}
        {!closed ? (
          <button type="button" className={secondaryButton} disabled={busy} onClick={() => send({ kind: "close" })}>
            办结
          </button>
        ) : null}
      </div>
      {!closed ? (
        <form onSubmit={handleSubmit((v) => send({ kind: "answer", ...v }))} noValidate className="space-y-3">
          <Field id="feedback-answer" label={answer === null ? "答复" : "修改答复"} hint={`留言人凭查询码可以看到答复。至多 ${ANSWER_MAX} 字，已输入 ${charCount(typed)} 字。`} error={errors.answer?.message}>
            {(p) => <textarea {...p} rows={6} className={inputClass} {...register("answer")} />}
          </Field>
          {aboutDisclosure ? (
            <label className="flex items-start gap-2">
              <input type="checkbox" className="mt-1 size-4" {...register("public")} />
              <span>在文件页面公开答复（连同留言内容，不显示留言人的称呼和联系方式）</span>
            </label>
          ) : (
            <p className="text-sm text-stone-600">该留言不针对某份公开文件，答复只有留言人可见。</p>
          )}
          <button type="submit" className={primaryButton} disabled={busy || isSubmitting}>
            {answer === null ? "提交答复" : "保存修改"}
          </button>
        </form>
      ) : (
        <p className="text-sm text-stone-700">该意见已办结，不能再修改答复。</p>
      )}
      <div className="mt-3">
        <FormMessage message={message} />
      </div>
    </section>
  );
}
