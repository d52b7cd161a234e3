import type { FocusEvent, KeyboardEvent } from "react";

/** The attributes that place an input of the grid: its row, and its column counted from 科目编码. */
export const gridPlace = (row: number, col: number) => ({ "data-row": row, "data-col": col });

type Step = { rows: number; cols: number };

function stepOf(e: KeyboardEvent, input: HTMLInputElement): Step | null {
  const { selectionStart: start, selectionEnd: end, value } = input;
  const all = start === 0 && end === value.length;
  if (e.key === "Enter") return { rows: e.shiftKey ? -1 : 1, cols: 0 };
  // with Shift the arrows extend the selection inside the cell, as in any text box
  if (e.shiftKey) return null;
  if (e.key === "ArrowDown") return { rows: 1, cols: 0 };
  if (e.key === "ArrowUp") return { rows: -1, cols: 0 };
  if (e.key === "ArrowLeft" && (all || (start === 0 && end === 0))) return { rows: 0, cols: -1 };
  if (e.key === "ArrowRight" && (all || (start === value.length && end === value.length))) return { rows: 0, cols: 1 };
  return null;
}

/** The nearest input in the step's direction, skipping places where a row has no such cell. */
function neighbour(grid: HTMLElement, from: HTMLInputElement, step: Step): HTMLInputElement | null {
  const inputs = [...grid.querySelectorAll<HTMLInputElement>("input[data-row]")];
  const place = (el: HTMLInputElement) => [Number(el.dataset.row), Number(el.dataset.col)] as const;
  const [row, col] = place(from);
  const ahead = inputs.filter((el) => {
    const [r, c] = place(el);
    return step.rows !== 0 ? c === col && (r - row) * step.rows > 0 : r === row && (c - col) * step.cols > 0;
  });
  const distance = (el: HTMLInputElement) => {
    const [r, c] = place(el);
    return Math.abs(r - row) + Math.abs(c - col);
  };
  return ahead.reduce<HTMLInputElement | null>((best, el) => (best === null || distance(el) < distance(best) ? el : best), null);
}

/**
 * Keys of a spreadsheet, on the grid's table: Enter / Shift+Enter down and up, ↑ ↓ to the cell
 * above or below, ← → to the neighbour once the caret is at the edge of the text (or all of it is
 * selected). The target's text is selected, so that typing replaces it. Tab keeps its native order.
 */
export function moveInGrid(e: KeyboardEvent<HTMLElement>) {
  const input = e.target;
  if (!(input instanceof HTMLInputElement) || input.dataset.row === undefined) return;
  // an IME (拼音) confirms its candidate with Enter; keyCode 229 is Safari's composing key
  if (e.altKey || e.ctrlKey || e.metaKey || e.nativeEvent.isComposing || e.keyCode === 229) return;
  const step = stepOf(e, input);
  if (!step) return;
  const target = neighbour(e.currentTarget, input, step);
  if (!target) return;
  e.preventDefault();
  target.focus();
  target.select();
}

/**
 * After the browser scrolled a focused cell into view, scrolls it out from under the frozen 科目
 * columns (on the scroll box) and from under the sticky toolbar (on the page).
 */
export function keepClearOfFrozen(e: FocusEvent<HTMLElement>) {
  const scroller = e.currentTarget;
  const cell = (e.target as HTMLElement).closest("td, th");
  if (!cell) return;
  requestAnimationFrame(() => {
    const frozen = cell.parentElement?.querySelectorAll("[data-frozen]");
    const last = frozen?.[frozen.length - 1];
    const box = cell.getBoundingClientRect();
    if (last && !cell.hasAttribute("data-frozen")) {
      const hidden = last.getBoundingClientRect().right - box.left;
      if (hidden > 0) scroller.scrollLeft -= hidden;
    }
    const toolbar = document.querySelector("[data-editor-toolbar]")?.getBoundingClientRect();
    if (toolbar && box.top < toolbar.bottom) window.scrollBy({ top: box.top - toolbar.bottom - 8 });
  });
}
