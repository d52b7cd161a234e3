"use client";

import { useId, useState } from "react";
import { sideLabel } from "@/lib/disclosure/column-headings";
import type { DisclosureTable, TableRow } from "@/lib/disclosure/schema";
import { knownCodes, officialName, schemeOf } from "./classification";
import { isBlock } from "./paste";
import { blankValues } from "@/lib/disclosure/blank-template";
import { insertRow } from "./table-rows";

/** Adds a row by classification code, its official name filled in when the code is known. */
export function AddRowForm({ table, onAdd, onPasteRows }: { table: DisclosureTable; onAdd: (table: DisclosureTable) => void; onPasteRows: (text: string) => void }) {
  const id = useId();
  const coded = schemeOf(table.kind) !== null;
  const sided = table.kind === "income_expenditure_summary" || table.kind === "fiscal_summary";
  const [code, setCode] = useState("");
  const [name, setName] = useState("");
  const [nameTouched, setNameTouched] = useState(false);
  const [side, setSide] = useState<"income" | "expenditure">("expenditure");
  const [error, setError] = useState<string | null>(null);
  if (table.kind === "three_public") return null;

  const typeCode = (value: string) => {
    setCode(value);
    if (!nameTouched) setName(officialName(table.kind, value) ?? "");
  };

  const add = () => {
    const c = code.replace(/\s+/g, "");
    const n = name.trim();
    if (coded && c && !/^\d{3}(\d{2}){0,2}$/.test(c)) return setError("科目编码应为 3 位（类）、5 位（款）或 7 位（项）数字");
    if (!c && !n) return setError(coded ? "请填写科目编码或名称" : "请填写项目名称");
    const rowSide = sided ? side : undefined;
    const duplicate = table.rows.some((r) => r.side === rowSide && (c ? r.code === c : r.name === n));
    if (duplicate) return setError(`表中已有${c ? `科目 ${c}` : `“${n}”`}`);
    const row: TableRow = { ...(c ? { code: c } : {}), ...(n ? { name: n } : {}), ...(rowSide ? { side: rowSide } : {}), values: blankValues(table.kind, rowSide) };
    onAdd({ ...table, rows: insertRow(table.rows, row) });
    setCode("");
    setName("");
    setNameTouched(false);
    setError(null);
  };

  return (
    <div
      role="group"
      aria-label="向表中添加行"
      className="mt-3 flex flex-wrap items-end gap-2 border-t border-stone-200 pt-3"
      onKeyDown={(e) => {
        if (e.key === "Enter") {
          e.preventDefault();
          add();
        }
      }}
    >
      {coded ? (
        <label className="text-sm">
          科目编码
          <input
            value={code}
            onChange={(e) => typeCode(e.target.value)}
            onPaste={(e) => {
              const text = e.clipboardData.getData("text/plain");
              if (!isBlock(text)) return;
              e.preventDefault();
              onPasteRows(text);
            }}
            list={`${id}-codes`}
            inputMode="numeric"
            className="mt-1 block w-28 rounded border border-stone-300 px-2 py-1"
          />
        </label>
      ) : null}
      {coded ? (
        <datalist id={`${id}-codes`}>
          {knownCodes(table.kind).map(([c, n]) => (
            <option key={c} value={c}>{`${c} ${n}`}</option>
          ))}
        </datalist>
      ) : null}
      <label className="text-sm">
        {coded ? "科目名称" : "项目名称"}
        <input
          value={name}
          onChange={(e) => {
            setName(e.target.value);
            setNameTouched(e.target.value !== "");
          }}
          className="mt-1 block w-56 rounded border border-stone-300 px-2 py-1"
        />
      </label>
      {sided ? (
        <label className="text-sm">
          收/支
          <select value={side} onChange={(e) => setSide(e.target.value as "income" | "expenditure")} className="mt-1 block rounded border border-stone-300 px-2 py-1">
            <option value="income">{sideLabel("income")}</option>
            <option value="expenditure">{sideLabel("expenditure")}</option>
          </select>
        </label>
      ) : null}
      <button type="button" onClick={add} className="rounded bg-stone-700 px-3 py-1.5 text-sm text-white hover:bg-stone-800">
        添加行
      </button>
      {error ? (
        <p role="alert" className="w-full text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
