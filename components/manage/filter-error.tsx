/** A list's URL filters that did not parse: what is wrong with each, and what is shown instead. */
export function FilterError({ issues, fallback }: { issues: { message: string }[]; fallback?: string }) {
  return (
    <p role="alert" className="mb-4 rounded border border-red-300 bg-red-50 px-3 py-2 text-red-800">
      筛选条件有误：{issues.map((i) => i.message).join("；")}
      {fallback ? `，${fallback}` : ""}
    </p>
  );
}
