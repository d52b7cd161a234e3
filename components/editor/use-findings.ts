"use client";

import { useEffect, useState } from "react";
import type { DisclosureDocument, Finding } from "@/lib/disclosure/schema";
import { checkDisclosure, type RelatedDocuments } from "@/lib/rules";

const NONE: RelatedDocuments = {};

/**
 * The consistency findings of the document being edited, rechecked shortly after each change; a
 * 部门决算 is compared with `related.budget`, its department's published 部门预算 of that year, as when it is saved.
 */
export function useFindings(doc: DisclosureDocument, related: RelatedDocuments = NONE, delayMs = 200): Finding[] {
  const [findings, setFindings] = useState<Finding[]>(() => checkDisclosure(doc, related));
  useEffect(() => {
    const timer = window.setTimeout(() => setFindings(checkDisclosure(doc, related)), delayMs);
    return () => window.clearTimeout(timer);
  }, [doc, related, delayMs]);
  return findings;
}
