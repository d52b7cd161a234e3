export function publicOrigin(env: { PUBLIC_URL?: string; NEXTAUTH_URL?: string; PORT?: string | number }): string;
export function fromOwnPage(get: (name: string) => string | string[] | null | undefined, options: { origin: string; trustProxy: boolean; hostCounts?: boolean }): boolean;
export function hostCountsIn(env: { PUBLIC_URL?: string; NEXTAUTH_URL?: string }): boolean;
export const CROSS_SITE_MESSAGE: string;
export function crossSiteAction(req: { method?: string; url?: string; headers: Record<string, string | string[] | undefined> }, site: { origin: string; trustProxy: boolean; hostCounts?: boolean }): boolean;
