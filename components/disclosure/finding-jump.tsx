"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { createPortal } from "react-dom";

const CALLOUT_ID = "finding-callout";
const LINKS = "a[data-finding-jump]";

interface Callout {
  message: string;
  top: number;
  left: number;
  width: number;
}

/** Scrolls so the table's header row stays in view above the cell where both fit, else the cell to the upper third. */
function scrollToCell(cell: HTMLElement) {
  // "end": the frozen 科目 columns of a phone table sit on its left
  cell.scrollIntoView({ block: "nearest", inline: "end" });
  const head = cell.closest("table")?.querySelector("thead")?.getBoundingClientRect();
  const box = cell.getBoundingClientRect();
  const fits = head && box.bottom - head.top < window.innerHeight * 0.6;
  const top = fits ? head.top - 16 : box.top - window.innerHeight / 3;
  window.scrollTo({ top: Math.max(0, window.scrollY + top) });
}

/**
 * “查看所在位置” of a finding: moves keyboard focus to the cell it is about, keeps the table's
 * header in view and shows the finding beside the cell. Without script the link still goes to the
 * cell (:target). Reads the links and their findings' text already on the page, so nothing is
 * passed to the browser.
 */
export function FindingJump() {
  const [callout, setCallout] = useState<Callout | null>(null);
  const cellRef = useRef<HTMLElement | null>(null);
  const linkRef = useRef<HTMLAnchorElement | null>(null);

  const close = useCallback((returnFocus: boolean) => {
    const cell = cellRef.current;
    if (cell) {
      cell.removeAttribute("aria-describedby");
      cell.style.removeProperty("outline");
    }
    cellRef.current = null;
    setCallout(null);
    if (returnFocus) linkRef.current?.focus();
  }, []);

  const open = useCallback((id: string, link: HTMLAnchorElement | null) => {
    const cell = document.getElementById(id);
    if (!cell || !link) return;
    if (cellRef.current && cellRef.current !== cell) close(false);
    linkRef.current = link;
    cellRef.current = cell;
    if (!cell.hasAttribute("tabindex")) cell.tabIndex = -1;
    scrollToCell(cell);
    cell.style.outline = "3px solid #b45309";
    cell.setAttribute("aria-describedby", CALLOUT_ID);
    cell.focus({ preventScroll: true });
    const box = cell.getBoundingClientRect();
    const page = document.documentElement.clientWidth;
    const width = Math.min(320, page - 16);
    setCallout({
      message: link.closest("li")?.querySelector("[data-finding-message]")?.textContent ?? "",
      top: window.scrollY + box.bottom + 6,
      left: window.scrollX + Math.max(8, Math.min(box.left, page - width - 8)),
      width,
    });
  }, [close]);

  useEffect(() => {
    const linkFor = (hash: string) => document.querySelector<HTMLAnchorElement>(`${LINKS}[href="${CSS.escape(hash)}"]`);
    let clicked: HTMLAnchorElement | null = null;
    const onClick = (e: MouseEvent) => {
      const link = (e.target as Element | null)?.closest<HTMLAnchorElement>(LINKS);
      if (!link) return;
      clicked = link;
      // the same hash again fires no hashchange
      if (link.hash === window.location.hash) {
        e.preventDefault();
        open(link.hash.slice(1), link);
      }
    };
    const onHash = () => {
      const hash = window.location.hash;
      const link = clicked?.hash === hash ? clicked : linkFor(hash);
      clicked = null;
      if (link) open(decodeURIComponent(hash.slice(1)), link);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape" && cellRef.current) close(true);
    };
    document.addEventListener("click", onClick);
    window.addEventListener("hashchange", onHash);
    document.addEventListener("keydown", onKey);
    if (window.location.hash) onHash();
    return () => {
      document.removeEventListener("click", onClick);
      window.removeEventListener("hashchange", onHash);
      document.removeEventListener("keydown", onKey);
    };
  }, [open, close]);

  if (!callout) return null;
  return createPortal(
    <div
      id={CALLOUT_ID}
      role="note"
      aria-label="该处的检查发现"
      style={{ position: "absolute", top: callout.top, left: callout.left, width: callout.width }}
      className="z-20 rounded border border-amber-600 bg-amber-50 p-3 text-sm text-stone-900 shadow-lg"
    >
      <p>{callout.message}</p>
      <button type="button" onClick={() => close(true)} className="mt-2 rounded border border-stone-400 bg-white px-2 py-0.5">
        关闭
      </button>
    </div>,
    document.body,
  );
}
