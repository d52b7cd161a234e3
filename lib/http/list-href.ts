/** A list page's URL with its parameters, the empty ones left out: /admin?status=todo, or /admin for none. */
export function listHref(path: string, params: Record<string, string | undefined>): string {
  const q = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => !!e[1]));
  return q.size ? `${path}?${q.toString()}` : path;
}
