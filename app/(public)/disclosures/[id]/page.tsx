import type { Metadata } from "next";
import { DisclosureView, disclosureMetadata } from "./disclosure-view";

type Props = { params: Promise<{ id: string }> };

// rendered at the first request, not at build, then served from the cache
export const generateStaticParams = () => [];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return disclosureMetadata((await params).id);
}

export default async function DisclosurePage({ params }: Props) {
  return <DisclosureView id={(await params).id} />;
}
