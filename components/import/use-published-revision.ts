"use client";

import { useEffect, useState } from "react";
import { publishedRevisionAction } from "@/app/admin/import/actions";
import type { DisclosureKind } from "@/lib/disclosure/schema";
import type { PreviewAssignment } from "@/lib/imports/assign-department";

/** Where the answer stands: `known` the revision now public (null: none), or still `loading`. */
export type PublishedState = { known: true; revision: number | null } | { known: false };

/**
 * Whether the department the document goes under has published its year and kind: as the preview
 * answered for the department the file names and an editor's own; asked of the server for a
 * department an admin picks. `chosen` is the key picked ("" keeps the one the file names).
 */
export function usePublishedRevision({ assignment, chosen, year, kind }: { assignment?: PreviewAssignment; chosen: string; year?: number; kind?: DisclosureKind }): PublishedState {
  const offered =
    assignment?.state === "ready" && (!chosen || chosen === assignment.department.key)
      ? assignment.department
      : assignment?.state === "choose" && assignment.choices !== "any"
        ? assignment.choices.find((c) => c.key === chosen)
        : undefined;
  const ask = !offered && chosen && year && kind ? `${chosen}|${year}|${kind}` : "";
  const [asked, setAsked] = useState<{ ask: string; revision: number | null } | null>(null);
  useEffect(() => {
    if (!ask || !year || !kind) return;
    let live = true;
    // refused or failed: the draft route still checks, and its refusal asks for the reason
    void publishedRevisionAction({ department: chosen, year, kind })
      .then((r) => (r.ok ? r.data : null), () => null)
      .then((revision) => live && setAsked({ ask, revision }));
    return () => {
      live = false;
    };
  }, [ask, chosen, year, kind]);
  if (offered) return { known: true, revision: offered.published };
  if (!ask) return { known: true, revision: null };
  return asked?.ask === ask ? { known: true, revision: asked.revision } : { known: false };
}
