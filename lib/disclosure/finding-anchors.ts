import { anchorId } from "./anchors";
import type { Finding } from "./schema";

/** The anchor id of a row or cell, or none. */
export type AnchorIds = (place: { table: string; row: string; column?: string }) => string | undefined;

/**
 * The element ids of a table's rows and cells on a disclosure page, each given once: a later row of
 * the same code or name (合计 on both sides) goes without. Given the findings the page links to, only
 * the rows and cells they point at get one; without, every row and cell does.
 */
export function findingAnchors(findings?: readonly Pick<Finding, "table" | "row" | "column">[]): AnchorIds {
  const wanted = findings && new Set(findings.map(anchorId));
  const given = new Set<string>();
  return (place) => {
    const id = anchorId(place);
    if (id === undefined || given.has(id) || (wanted && !wanted.has(id))) return undefined;
    given.add(id);
    return id;
  };
}
