import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DistrictView, districtMetadata, SORTS, type Sort } from "../district-view";

/** `/districts/CODE?sort=expenditure` and `?sort=threePublic` land here (next.config.ts), one cached page per order. */
type Props = { params: Promise<{ code: string; sort: string }> };

const isSort = (s: string): s is Sort => Object.hasOwn(SORTS, s) && s !== "code";

export const generateStaticParams = () => [];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { code, sort } = await params;
  if (!isSort(sort)) notFound();
  return districtMetadata(code);
}

export default async function DistrictSortedPage({ params }: Props) {
  const { code, sort } = await params;
  if (!isSort(sort)) notFound();
  return <DistrictView code={code} sort={sort} />;
}
