import Link from "next/link";
import { secondaryButton } from "./styles";
import { listHref } from "@/lib/http/list-href";

/** Previous / next links of a paged list, keeping the list's other URL parameters. */
export function Pager({ path, params, page, pageCount }: { path: string; params: Record<string, string | undefined>; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  const href = (p: number) => listHref(path, { ...params, page: String(p) });
  return (
    <nav aria-label="分页" className="mt-4 flex flex-wrap items-center gap-3">
      {page > 1 ? (
        <Link href={href(page - 1)} className={secondaryButton} rel="prev">
          上一页
        </Link>
      ) : null}
      <span>
        第 {page} / {pageCount} 页
      </span>
      {page < pageCount ? (
        <Link href={href(page + 1)} className={secondaryButton} rel="next">
          下一页
        </Link>
      ) : null}
    </nav>
  );
}
