type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

export interface ApiCall {
  /** an account name whose token is used, or a raw token */
  as?: string;
  method?: string;
  body?: unknown;
  params?: Record<string, string>;
  headers?: Record<string, string>;
}

/** Calls a route handler as the account would over HTTP: a bearer token, a JSON body, the route's params. */
export const apiCaller =
  (tokens: Record<string, string>) =>
  async (handler: unknown, { as, method = "GET", body, params = {}, headers = {} }: ApiCall): Promise<Response> => {
    const h: Record<string, string> = { ...headers };
    if (as) h.authorization = `Bearer ${tokens[as] ?? as}`;
    if (body !== undefined) h["content-type"] = "application/json";
    const req = new Request("http://portal.test/api", { method, headers: h, body: body === undefined ? undefined : JSON.stringify(body) });
    return (handler as Handler)(req, { params: Promise.resolve(params) });
  };
