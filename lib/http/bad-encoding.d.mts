import type { IncomingMessage, ServerResponse } from "node:http";

export const BAD_ENCODING_MESSAGE: string;
export function hasNul(text: string): boolean;
export function holdsNul(value: unknown): boolean;
export function hasBadEncoding(target: string): boolean;
export function refuseBadEncoding(req: IncomingMessage, res: ServerResponse): boolean;
