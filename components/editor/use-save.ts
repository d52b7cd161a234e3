"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { saveDisclosureAction } from "@/app/admin/disclosures/actions";
import type { ReviewMark } from "@/lib/disclosure/carry-over";
import { type DisclosureDocument, disclosureDocumentSchema } from "@/lib/disclosure/schema";

export interface Change {
  where: string;
  before: string | null;
  after: string | null;
}

export type SaveState =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; version: number }
  | { kind: "conflict"; message: string; changes: Change[]; latestVersion: number | null }
  | { kind: "failed"; message: string; problems: { field: string; message: string }[] };

/**
 * Explicit saves over the version the page was loaded at, then over each version saved since.
 * A stale save is refused by the server (409) and reported with its differences; nothing here
 * ever retries it over the newer version. The carried-over marks still open (`marks`, for a
 * draft carried over from last year) are saved with the document.
 */
export function useSave({
  id,
  version: loadedVersion,
  doc,
  marks,
  disclosedOn = "",
}: {
  id: string;
  version: number;
  doc: DisclosureDocument;
  marks?: ReviewMark[];
  /** 部门公开日期, YYYY-MM-DD or "" when not known */
  disclosedOn?: string;
}) {
  const [version, setVersion] = useState(loadedVersion);
  const [savedJson, setSavedJson] = useState(() => JSON.stringify({ doc, marks, disclosedOn }));
  const [state, setState] = useState<SaveState>({ kind: "idle" });
  const draftRef = useRef({ doc, marks, disclosedOn });
  useEffect(() => {
    draftRef.current = { doc, marks, disclosedOn };
  }, [doc, marks, disclosedOn]);
  const dirty = JSON.stringify({ doc, marks, disclosedOn }) !== savedJson;

  const save = useCallback(async () => {
    const { doc: current, marks: open, disclosedOn: day } = draftRef.current;
    const parsed = disclosureDocumentSchema.safeParse(current);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => ({ field: i.path.map(String).join("."), message: i.message }));
      setState({ kind: "failed", message: "有内容不符合格式要求，未保存。", problems });
      return false;
    }
    setState({ kind: "saving" });
    const result = await saveDisclosureAction({ id, baseVersion: version, doc: current, ...(open ? { marks: open } : {}), disclosedOn: day || null });
    if (result.ok) {
      setVersion(result.data.version);
      setSavedJson(JSON.stringify({ doc: current, marks: open, disclosedOn: day }));
      setState({ kind: "saved", version: result.data.version });
      return true;
    }
    const changes = result.details?.changes;
    if (result.status === 409 && Array.isArray(changes)) {
      const latest = result.details?.version;
      setState({ kind: "conflict", message: result.error, changes: changes as Change[], latestVersion: typeof latest === "number" ? latest : null });
    } else {
      setState({ kind: "failed", message: result.error, problems: result.problems ?? [] });
    }
    return false;
  }, [id, version]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "s") {
        e.preventDefault();
        void save();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [save]);

  return { version, dirty, state, save };
}
