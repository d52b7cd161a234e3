import type { IncomingMessage, ServerResponse } from "node:http";

export function acceptsGzip(acceptEncoding: string | string[] | undefined): boolean;
export function encodingFor(acceptEncoding: string | string[] | undefined): "br" | "gzip" | null;
export function secureResponse<R extends ServerResponse>(req: IncomingMessage, res: R, options: { hsts: boolean }): R;
