"use client";

import dynamic from "next/dynamic";
import { type ComponentProps, useEffect, useRef, useState } from "react";
import { secondaryButton } from "@/components/manage/styles";
import type { FeedbackForm as Form } from "./feedback-form";

const FeedbackForm = dynamic(() => import("./feedback-form").then((m) => m.FeedbackForm), {
  ssr: false,
  // the form's height while it loads, so that nothing moves when it arrives
  loading: () => <p className="min-h-[34rem] text-sm text-stone-700 sm:min-h-[28rem]">正在加载意见表单…</p>,
});

/**
 * The feedback form of a disclosure page, loaded only when it comes near the screen or the
 * reader asks for it: its validation (zod, react-hook-form) stays out of the page's first load.
 * Opened from the button, or while the button has the focus, the focus goes into the form.
 */
export function LazyFeedbackForm(props: ComponentProps<typeof Form>) {
  const button = useRef<HTMLButtonElement>(null);
  const [wanted, setWanted] = useState<false | "near" | "asked">(false);
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
      {wanted ? (
        <FeedbackForm {...props} focusOnOpen={wanted === "asked"} />
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
