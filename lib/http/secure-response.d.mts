import type { IncomingMessage, ServerResponse } from "node:http";
import type { FrontCache } from "./front-cache.mjs";

export function secureResponse<R extends ServerResponse>(req: IncomingMessage, res: R, options: { hsts: boolean; front?: FrontCache }): R;
