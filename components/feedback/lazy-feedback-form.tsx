"use client";

import dynamic from "next/dynamic";
import { type ComponentProps, useEffect, useRef, useState } from "react";
import { feedbackFormTokenAction } from "@/app/(public)/feedback/actions";
import { secondaryButton } from "@/components/manage/styles";
import type { FeedbackForm as Form } from "./feedback-form";

// the form's height while it loads, so that nothing moves when it arrives
const Loading = () => <p className="min-h-[34rem] text-sm text-stone-700 sm:min-h-[28rem]">正在加载意见表单…</p>;
const FeedbackForm = dynamic(() => import("./feedback-form").then((m) => m.FeedbackForm), { ssr: false, loading: Loading });

type Opened = { formToken: string; initialTable?: string } | "failed";

/**
 * The feedback form of a disclosure page, loaded only when it comes near the screen or the
 * reader asks for it: its validation (zod, react-hook-form) stays out of the page's first load.
 * Opened from the button, or while the button has the focus, the focus goes into the form.
 *
 * The page is served from a cache: the form's time token is asked for when the form opens, and
 * the table picked with a table's "对本表提意见" link (`?table=`) is read here, in the browser.
 */
export function LazyFeedbackForm(props: Omit<ComponentProps<typeof Form>, "formToken" | "initialTable" | "focusOnOpen">) {
  const button = useRef<HTMLButtonElement>(null);
  const [wanted, setWanted] = useState<false | "near" | "asked">(false);
  const [opened, setOpened] = useState<Opened | null>(null);
  const { tables } = props;
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    feedbackFormTokenAction().then(
      (formToken) => {
        const asked = new URLSearchParams(window.location.search).get("table");
        if (live) setOpened({ formToken, initialTable: tables?.find((t) => t.kind === asked)?.kind });
      },
      () => live && setOpened("failed"),
    );
    return () => {
      live = false;
    };
  }, [wanted, tables]);
  useEffect(() => {
    const el = button.current;
    if (!el || typeof IntersectionObserver === "undefined") return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          // the button is about to go: a keyboard reader on it must not be left on nothing
          setWanted(document.activeElement === el ? "asked" : "near");
          observer.disconnect();
        }
      },
      { rootMargin: "600px 0px" },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return (
    <div>
      {opened === "failed" ? (
        <p role="alert" className="text-sm text-red-800">意见表单未能加载，请刷新页面后重试。</p>
      ) : wanted && opened ? (
        <FeedbackForm {...props} formToken={opened.formToken} initialTable={opened.initialTable} focusOnOpen={wanted === "asked"} />
      ) : wanted ? (
        <Loading />
      ) : (
        <button ref={button} type="button" className={secondaryButton} onClick={() => setWanted("asked")}>
          填写意见
        </button>
      )}
      <noscript>
        <p className="mt-2 text-sm text-stone-700">在线留言需要启用浏览器脚本；也可以按联系与反馈页面所列电话直接联系该部门。</p>
      </noscript>
    </div>
  );
}
