import Link from "next/link";
import { secondaryButton } from "./styles";

/** Previous / next links of a paged list; `href` gives a page's address with the list's other parameters kept. */
export function Pager({ href, page, pageCount }: { href: (page: number) => string; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
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
