import { HttpProblem } from "@/lib/http/problem";

/** Refused for who is asking: 401 not signed in, 403 not allowed, 404 outside their scope. */
export class AccessDenied extends HttpProblem {
  constructor(status: 401 | 403 | 404, message: string) {
    super(status, message);
    this.name = "AccessDenied";
  }
}
