import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { SourceUnit } from "@/lib/disclosure/schema";
import { DisclosureView, disclosureMetadata } from "../disclosure-view";

/** `/disclosures/ID?unit=元` and `?unit=万元` land here (next.config.ts), one cached page per unit. */
const UNITS = new Map<string, SourceUnit>([["yuan", "元"], ["wanyuan", "万元"]]);

type Props = { params: Promise<{ id: string; unit: string }> };

export const generateStaticParams = () => [];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, unit } = await params;
  if (!UNITS.has(unit)) notFound();
  return disclosureMetadata(id);
}

export default async function DisclosureInUnitPage({ params }: Props) {
  const { id, unit } = await params;
  const inUnit = UNITS.get(unit);
  if (!inUnit) notFound();
  return <DisclosureView id={id} unit={inUnit} />;
}
