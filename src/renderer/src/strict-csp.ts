import { config } from 'zod';

// The page's Content-Security-Policy allows no eval. Zod would otherwise probe for it with
// `new Function` when the first schema is built, which the browser reports as a policy violation even
// though the probe's failure is caught; without it zod validates the same way, only without compiling
// a fast path. Imported first by main.tsx so it runs before any schema exists.
config({ jitless: true });
