// Runs in the browser before the app (Next.js instrumentation-client). Zod compiles object
// schemas with `new Function` where it may, finding out by trying; the page's
// Content-Security-Policy forbids eval, and that try would be reported as a violation. The forms
// parse without it.
import { config } from "zod/v4/core";

config({ jitless: true });
