"use client";

import dynamic from "next/dynamic";
import { type ComponentProps, useEffect, useRef, useState } from "react";
import { secondaryButton } from "@/components/manage/styles";
import type { FeedbackForm as Form } from "./feedback-form";

const FeedbackForm = dynamic(() => import("./feedback-form").then((m) => m.FeedbackForm), {
  ssr: false,
  loading: () => <p className="text-sm text-stone-700">正在加载意见表单…</p>,
});

/**
 * The feedback form of a disclosure page, loaded only when it comes near the screen or the
 * reader asks for it: its validation (zod, react-hook-form) stays out of the page's first load.
 * The box keeps the form's height, so nothing moves when it arrives.
 */
export function LazyFeedbackForm(props: ComponentProps<typeof Form>) {
  const box = useRef<HTMLDivElement>(null);
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    const el = box.current;
    if (!el || typeof IntersectionObserver === "undefined") return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setWanted(true);
          observer.disconnect();
        }
      },
      { rootMargin: "600px 0px" },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={box} className="min-h-[34rem] sm:min-h-[28rem]">
      {wanted ? (
        <FeedbackForm {...props} />
      ) : (
        <button type="button" className={secondaryButton} onClick={() => setWanted(true)}>
          填写意见
        </button>
      )}
      <noscript>
        <p className="mt-2 text-sm text-stone-700">在线留言需要启用浏览器脚本；也可以按联系与反馈页面所列电话直接联系该部门。</p>
      </noscript>
    </div>
  );
}
