import type { Anchor } from "@/components/editor/anchors";

/** A reviewer's comment as the page hands it to the browser. */
export interface ReviewComment {
  id: number;
  anchor: Anchor;
  body: string;
  author: string;
  createdAt: string;
  answer: string | null;
  answeredBy: string | null;
  answeredAt: string | null;
}
