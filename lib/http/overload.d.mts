import type { IncomingMessage, ServerResponse } from "node:http";

export type LimitedClass = "render" | "search" | "api";
export type RouteClass = LimitedClass | null;
export type Limits = Record<LimitedClass, number>;

export const LIMITED_CLASSES: readonly LimitedClass[];
export const RETRY_AFTER_SECONDS: number;
export const BUSY_MESSAGE: string;
export const MAX_WAIT_MS: number;

export function routeClass(url: string): RouteClass;
export function cacheKeyOf(url: string): string;
export function overloadLimits(env: Record<string, string | undefined>, cores: number): Limits;
export function overloadMaxWait(env: Record<string, string | undefined>): number;

export class CachedPaths {
  constructor(max?: number);
  readonly max: number;
  has(key: string): boolean;
  add(key: string): void;
  note(key: string, status: number, cacheHeader: unknown): void;
}

export interface Limiter {
  readonly cached: CachedPaths;
  inFlight(cls: LimitedClass): number;
  enter(cls: RouteClass, cacheKey: string | null, options?: { prefetch?: boolean }): (() => void) | null;
}
export function loopClock(tickMs?: number): { busyFor: () => number; stop: () => void };
export function createLimiter(options: { limits: Limits; cached?: CachedPaths; busyFor?: () => number; maxWaitMs?: number }): Limiter;

export function busyAnswer(url: string): { status: 503; headers: Record<string, string>; body: string };

export interface OverloadGuard {
  (req: IncomingMessage, res: ServerResponse): boolean;
  readonly limiter: Limiter;
}
export function overloadGuard(options: { limits: Limits; cached?: CachedPaths; busyFor?: () => number; maxWaitMs?: number }): OverloadGuard;
