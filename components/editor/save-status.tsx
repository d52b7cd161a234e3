"use client";

import type { DisclosureDocument } from "@/lib/disclosure/schema";
import { problemPlace } from "./problem-place";
import type { SaveState } from "./use-save";

/** Whether the editor's content is saved, and why a save failed. */
export function SaveStatus({ state, dirty, version, doc }: { state: SaveState; dirty: boolean; version: number; doc: DisclosureDocument }) {
  return (
    <div aria-live="polite" className="text-sm" data-testid="save-status">
      {state.kind === "saved" && !dirty ? <span className="text-green-800">已保存（版本 {version}）</span> : null}
      {dirty && state.kind !== "saving" ? <span className="text-amber-800">有未保存的修改</span> : null}
      {state.kind === "failed" ? (
        <div role="alert" className="text-red-800">
          <p>保存失败：{state.message}</p>
          {state.problems.length ? (
            <ul className="list-disc pl-5">
              {state.problems.slice(0, 10).map((p, i) => (
                <li key={i}>
                  {problemPlace(doc, p.field)}：{p.message}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
