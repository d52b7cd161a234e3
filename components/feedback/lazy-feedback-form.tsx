"use client";

import dynamic from "next/dynamic";
import { useEffect, useRef, useState } from "react";
import { secondaryButton } from "@/components/manage/styles";
import type { TableChoice } from "./feedback-form";

// the form's height while it loads, so that nothing moves when it arrives
const Loading = () => <p className="min-h-[34rem] text-sm text-stone-700 sm:min-h-[28rem]">正在加载意见表单…</p>;
const FeedbackForm = dynamic(() => import("./feedback-form").then((m) => m.FeedbackForm), { ssr: false, loading: Loading });

/** What the form loads when it opens (app/api/v1/disclosures/[id]/feedback-options). */
interface Options {
  formToken: string;
  tables: TableChoice[];
}

/**
 * The feedback form of a disclosure page, loaded only when it comes near the screen or the
 * reader asks for it: its validation (zod, react-hook-form), its time token and the tables and
 * rows it offers stay out of the page, which is cached and the same for every reader. The table
 * picked with a table's "对本表提意见" link is read from the address (`?table=`). Opened from the
 * button, or while the button has the focus, the focus goes into the form.
 */
export function LazyFeedbackForm({ disclosure }: { disclosure: { id: string; title: string } }) {
  const button = useRef<HTMLButtonElement>(null);
  const [wanted, setWanted] = useState<false | "near" | "asked">(false);
  const [options, setOptions] = useState<Options | "failed" | null>(null);
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
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    void import("./feedback-form"); // its code, while its options load
    fetch(`/api/v1/disclosures/${disclosure.id}/feedback-options`)
      .then((r) => (r.ok ? (r.json() as Promise<Options>) : Promise.reject(new Error(String(r.status)))))
      .then(
        (o) => live && setOptions(o),
        () => live && setOptions("failed"),
      );
    return () => {
      live = false;
    };
  }, [wanted, disclosure.id]);

  let content;
  if (!wanted) {
    content = (
      <button ref={button} type="button" className={secondaryButton} onClick={() => setWanted("asked")}>
        填写意见
      </button>
    );
  } else if (options === "failed") {
    content = <p role="alert" className="text-sm text-red-700">意见表单未能加载，请刷新页面后重试；也可以按联系与反馈页面所列电话直接联系该部门。</p>;
  } else if (!options) {
    content = <Loading />;
  } else {
    const asked = new URLSearchParams(window.location.search).get("table");
    const table = options.tables.find((t) => t.kind === asked)?.kind;
    content = <FeedbackForm formToken={options.formToken} disclosure={disclosure} tables={options.tables} initialTable={table} focusOnOpen={wanted === "asked"} />;
  }
  return (
    <div>
      {content}
      <noscript>
        <p className="mt-2 text-sm text-stone-700">在线留言需要启用浏览器脚本；也可以按联系与反馈页面所列电话直接联系该部门。</p>
      </noscript>
    </div>
  );
}
