import type { Metadata } from "next";
import { DistrictView, districtMetadata } from "./district-view";

type Props = { params: Promise<{ code: string }> };

// rendered at the first request, not at build, then served from the cache
export const generateStaticParams = () => [];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return districtMetadata((await params).code);
}

export default async function DistrictPage({ params }: Props) {
  return <DistrictView code={(await params).code} sort="code" />;
}
