export function publicOrigin(env: { PUBLIC_URL?: string; NEXTAUTH_URL?: string; PORT?: string | number }): string;
export function fromOwnPage(get: (name: string) => string | string[] | null | undefined, options: { origin: string; trustProxy: boolean }): boolean;
