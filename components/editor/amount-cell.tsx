"use client";

import { useId, useState } from "react";
import type { SourceUnit } from "@/lib/disclosure/schema";
import { AmountFormatError, parseAmount } from "@/lib/money";
import { showAmount } from "./amount-format";
import { gridPlace } from "./grid-navigation";
import { isBlock } from "./paste";
import type { ComputedCell } from "@/lib/disclosure/table-sums";

interface Props {
  value: string | null;
  unit: SourceUnit;
  label: string;
  anchor?: string;
  computed?: ComputedCell;
  flagged?: boolean;
  commented?: boolean;
  /** copied from last year's document or the imported original (上年数): shown, never typed in */
  readOnly?: boolean;
  /** where the cell sits in a grid, for moving between cells with the keyboard */
  place?: { row: number; col: number };
  onChange: (yuan: string | null) => void;
  /** a tab- or line-separated block pasted here; without it the block is typed as text */
  onBlockPaste?: (text: string) => void;
}

/**
 * One amount of a grid, typed in the display unit and kept in 元. A text that is not an amount
 * stays in the cell, marked, and changes nothing until it is corrected.
 */
export function AmountCell({ value, unit, label, anchor, computed, flagged, commented, readOnly = false, place, onChange, onBlockPaste }: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  const sumId = useId();

  const type = (text: string) => {
    setDraft(text);
    try {
      const yuan = parseAmount(text, unit);
      setError(null);
      if (yuan !== value) onChange(yuan);
    } catch (e) {
      if (!(e instanceof AmountFormatError)) throw e;
      setError(e.reason);
    }
  };

  const describedBy = [error ? errorId : "", computed ? sumId : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div className="min-w-28">
      <input
        type="text"
        inputMode="decimal"
        aria-label={label}
        aria-invalid={error !== null}
        aria-describedby={describedBy}
        aria-readonly={readOnly || undefined}
        readOnly={readOnly}
        data-anchor={anchor}
        {...(place ? gridPlace(place.row, place.col) : {})}
        value={draft ?? showAmount(value, unit)}
        onChange={(e) => type(e.target.value)}
        onBlur={() => {
          if (error === null) setDraft(null);
        }}
        onPaste={(e) => {
          const text = e.clipboardData.getData("text/plain");
          if (!onBlockPaste || !isBlock(text)) return;
          e.preventDefault();
          setDraft(null);
          setError(null);
          onBlockPaste(text);
        }}
        className={`w-full rounded border px-2 py-1 text-right tabular-nums data-[highlight=true]:ring-4 data-[highlight=true]:ring-amber-400 aria-[invalid=true]:border-red-600 aria-[invalid=true]:bg-red-50 ${
          flagged ? "border-amber-500" : "border-stone-300"
        } ${readOnly ? "cursor-default bg-stone-200 text-stone-800" : flagged ? "bg-amber-50" : "bg-white"} ${commented ? "outline-2 outline-offset-1 outline-sky-600 outline-dashed" : ""}`}
      />
      {error ? (
        <p id={errorId} role="alert" className="mt-0.5 text-xs text-red-700">
          {error}
        </p>
      ) : null}
      {computed ? (
        <p id={sumId} className={`mt-0.5 text-right text-xs tabular-nums ${computed.differs ? "font-semibold text-red-700" : "text-stone-600"}`}>
          {computed.differs ? <span aria-hidden="true">≠ </span> : null}
          <span className="sr-only">{computed.differs ? "与下级之和不符，下级之和为" : "下级之和"}</span>
          Σ {showAmount(computed.sum, unit)}
        </p>
      ) : null}
    </div>
  );
}
