import { z } from 'zod';

// Zod compiles fast object parsers with `new Function`, and probes for it when a schema is made.
// The page's Content-Security-Policy forbids eval, and Chromium reports even a caught probe as a
// violation, so every browser entry point imports this module first, before any schema exists.
z.config({ jitless: true });
