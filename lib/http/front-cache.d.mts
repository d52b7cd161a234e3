import type { IncomingMessage, ServerResponse } from "node:http";

export interface FrontCacheEntry {
  readonly body: Buffer;
  readonly policy: string;
  readonly etag: string | null;
}

export class FrontCache {
  constructor(options?: { ttlMs?: number; holdMs?: number; maxBytes?: number; now?: () => number });
  readonly now: () => number;
  readonly size: number;
  register(): this;
  clear(): void;
  static eligible(req: IncomingMessage): boolean;
  answer(req: IncomingMessage, res: ServerResponse, options: { hsts: boolean }): boolean;
  wants(req: IncomingMessage, res: ServerResponse, askedAt: number): boolean;
  keep(req: IncomingMessage, res: ServerResponse, body: Buffer): FrontCacheEntry | null;
  send(req: IncomingMessage, res: ServerResponse, entry: FrontCacheEntry, options: { hsts: boolean }): ServerResponse;
}

export function frontCacheOf(): FrontCache | null;
export const KEEP_HEADER: string;
