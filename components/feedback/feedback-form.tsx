"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { type Resolver, useForm, useWatch } from "react-hook-form";
import { submitFeedbackAction } from "@/app/(public)/feedback/actions";
import { Field } from "@/components/manage/field";
import { FormMessage } from "@/components/manage/form-message";
import { showServerProblems } from "@/components/manage/server-problems";
import { inputClass, primaryButton, secondaryButton } from "@/components/manage/styles";
import { CopyButton } from "@/components/manage/copy-button";
import { CATEGORY_LABELS, FEEDBACK_CATEGORIES } from "@/lib/feedback/labels";
import { charCount, type FeedbackFormInput, feedbackFormSchema, MESSAGE_MAX } from "@/lib/feedback/schema";

/** A table of the disclosure the sender may point at, with the rows as the page labels them. */
export interface TableChoice {
  kind: string;
  title: string;
  rows: string[];
}

interface Values {
  category: string;
  message: string;
  name: string;
  contact: string;
  disclosureId: string;
  department: string;
  table: string;
  row: string;
  formToken: string;
  website: string;
}

const FIELDS = ["category", "message", "name", "contact", "table", "row", "disclosureId", "department"] as const;
const noSubscription = () => () => {};
/** The tracking page's whole address: the sent state exists only in the browser. */
const trackingUrl = (code: string) => `${window.location.origin}/feedback/${code}`;

/**
 * The feedback form of /contact and of every disclosure page. Validated in the browser with the
 * schema the server checks again (lib/feedback/schema.ts); the server also checks the signed
 * time token and the honeypot field, which people never see.
 */
export function FeedbackForm({
  formToken,
  disclosure,
  department,
  tables = [],
  initialTable = "",
  focusOnOpen = false,
}: {
  formToken: string;
  /** the disclosure the feedback is about (disclosure pages) */
  disclosure?: { id: string; title: string };
  /** the department it is for (/contact?department=KEY) */
  department?: { key: string; name: string };
  tables?: TableChoice[];
  /** a table picked on the page */
  initialTable?: string;
  /** move the keyboard focus into the form when it appears (opened by the reader) */
  focusOnOpen?: boolean;
}) {
  // the form submits through script: it is usable once the page is hydrated
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string } | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  const sentHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (sent) sentHeading.current?.focus();
  }, [sent]);
  const defaults: Values = {
    category: "",
    message: "",
    name: "",
    contact: "",
    disclosureId: disclosure?.id ?? "",
    department: disclosure ? "" : (department?.key ?? ""),
    table: initialTable,
    row: "",
    formToken,
    website: "",
  };
  const {
    register,
    handleSubmit,
    control,
    reset,
    setValue,
    setError,
    setFocus,
    formState: { errors, isSubmitting },
  } = useForm<Values, unknown, FeedbackFormInput>({
    resolver: zodResolver(feedbackFormSchema) as unknown as Resolver<Values, unknown, FeedbackFormInput>,
    defaultValues: defaults,
    // a field says what is wrong once the reader has typed in it or sent the form, never before
    mode: "onChange",
    reValidateMode: "onChange",
  });
  useEffect(() => {
    if (focusOnOpen) setFocus("category");
  }, [focusOnOpen, setFocus]);
  const text = useWatch({ control, name: "message" }) ?? "";
  const table = useWatch({ control, name: "table" });
  const rows = tables.find((t) => t.kind === table)?.rows ?? [];
  const count = charCount(text);

  const onSubmit = async (values: FeedbackFormInput) => {
    setMessage(null);
    const result = await submitFeedbackAction(values);
    if (!result.ok) {
      setMessage({ kind: "error", text: showServerProblems(result, FIELDS, setError) });
      return;
    }
    reset(defaults);
    setSent(result.data.trackingCode);
  };

  if (sent) {
    return (
      <div role="status" className="rounded border border-green-400 bg-green-50 p-4 text-green-950" data-testid="feedback-sent">
        <h3 ref={sentHeading} tabIndex={-1} className="text-lg font-semibold outline-none">
          已收到您的意见
        </h3>
        <p className="mt-2">
          查询码：<strong className="font-mono text-lg tracking-wider" data-testid="tracking-code">{sent}</strong>
        </p>
        <p className="mt-1">
          请记下查询码，凭它随时查看办理进度和部门答复：
          <Link href={`/feedback/${sent}`} className="break-all text-brand-700 underline" data-testid="tracking-link">
            {trackingUrl(sent)}
          </Link>
        </p>
        <div className="mt-3 flex flex-wrap items-center gap-3">
          <CopyButton text={trackingUrl(sent)} label="复制查询链接" what="链接" />
          <button type="button" className={secondaryButton} onClick={() => setSent(null)}>
            再提一条意见
          </button>
        </div>
      </div>
    );
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} method="post" noValidate className="space-y-4" aria-label="意见反馈">
      {disclosure ? (
        <p className="rounded bg-stone-100 px-3 py-2 text-sm">
          关于：<span className="font-medium">{disclosure.title}</span>
        </p>
      ) : department ? (
        <p className="rounded bg-stone-100 px-3 py-2 text-sm">
          反馈给：<span className="font-medium">{department.name}</span>
          <Link href="/contact#feedback" className="ml-2 text-brand-700 underline">
            改为向平台运维方反馈
          </Link>
        </p>
      ) : null}
      <input type="hidden" {...register("disclosureId")} />
      <input type="hidden" {...register("department")} />
      <input type="hidden" {...register("formToken")} />

      <fieldset aria-describedby={errors.category ? "category-error" : undefined}>
        <legend className="font-medium">意见类别</legend>
        <div className="mt-1 grid grid-cols-2 gap-2 sm:flex sm:flex-wrap sm:gap-4">
          {FEEDBACK_CATEGORIES.map((c) => (
            <label key={c} className="flex min-h-11 items-center gap-2 rounded border border-stone-300 bg-white px-3 py-2 sm:min-h-0 sm:border-0 sm:bg-transparent sm:p-0">
              <input type="radio" value={c} className="size-4" {...register("category")} />
              {CATEGORY_LABELS[c]}
            </label>
          ))}
        </div>
        {errors.category ? (
          <p id="category-error" className="mt-1 text-sm text-red-700">
            {errors.category.message}
          </p>
        ) : null}
      </fieldset>

      {tables.length ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="feedback-table" label="涉及的表格（可不选）" error={errors.table?.message}>
            {(p) => (
              <select {...p} className={inputClass} {...register("table", { onChange: () => setValue("row", "") })}>
                <option value="">不指明表格</option>
                {tables.map((t) => (
                  <option key={t.kind} value={t.kind}>
                    {t.title}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="feedback-row" label="涉及的行（可不选）" error={errors.row?.message}>
            {(p) => (
              <select {...p} disabled={!rows.length} className={inputClass} {...register("row")}>
                <option value="">{table ? "不指明行" : "请先选择表格"}</option>
                {rows.map((r) => (
                  <option key={r} value={r}>
                    {r}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      ) : null}

      <Field
        id="feedback-message"
        label="意见内容"
        hint={
          <>
            请写明您发现的问题，例如哪张表、哪一行、哪个数字。
            <span className={count > MESSAGE_MAX ? "font-medium text-red-700" : undefined}>
              已输入 {count} / {MESSAGE_MAX} 字
            </span>
          </>
        }
        error={errors.message?.message}
      >
        {(p) => <textarea {...p} rows={6} className={inputClass} {...register("message")} />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="feedback-name" label="称呼（可不填）" error={errors.name?.message}>
          {(p) => <input {...p} autoComplete="name" className={inputClass} {...register("name")} />}
        </Field>
        <Field id="feedback-contact" label="联系方式（可不填）" hint="电话或电子邮箱，仅供部门与您联系，不会公开。" error={errors.contact?.message}>
          {(p) => <input {...p} autoComplete="email" className={inputClass} {...register("contact")} />}
        </Field>
      </div>

      {/* the honeypot: hidden from people and from assistive technology; a script that fills every field fills it */}
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor="feedback-website">网址（请勿填写）</label>
        <input id="feedback-website" type="text" tabIndex={-1} autoComplete="off" {...register("website")} />
      </div>

      <p className="text-sm text-stone-600">
        部门可选择将答复连同您的留言公开在文件页面上（不显示称呼和联系方式）。提交后您会得到一个查询码。
      </p>
      <FormMessage message={message} />
      <button type="submit" disabled={!hydrated || isSubmitting} className={`${primaryButton} w-full sm:w-auto`}>
        {isSubmitting ? "正在提交…" : "提交意见"}
      </button>
    </form>
  );
}
