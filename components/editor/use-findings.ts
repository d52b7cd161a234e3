"use client";

import { useEffect, useState } from "react";
import type { DisclosureDocument, Finding } from "@/lib/disclosure/schema";
import { checkDisclosure } from "@/lib/rules";

/** The consistency findings of the document being edited, rechecked shortly after each change. */
export function useFindings(doc: DisclosureDocument, delayMs = 200): Finding[] {
  const [findings, setFindings] = useState<Finding[]>(() => checkDisclosure(doc));
  useEffect(() => {
    const timer = window.setTimeout(() => setFindings(checkDisclosure(doc)), delayMs);
    return () => window.clearTimeout(timer);
  }, [doc, delayMs]);
  return findings;
}
