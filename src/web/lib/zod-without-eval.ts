import { config } from 'zod';

// zod builds fast parsers with `new Function` after probing whether eval is allowed. The page's
// Content Security Policy forbids eval (rightly), so the probe itself was reported as a CSP
// violation on every page. jitless skips the probe; the parsers in the browser are few and small.
// This module must be imported before any module that builds a schema (main.tsx imports it first):
// zod decides at schema construction, and ES modules run in import order.
config({ jitless: true });
