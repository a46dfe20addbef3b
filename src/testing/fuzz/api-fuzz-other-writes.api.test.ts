import { defineFuzzSuite } from './fuzz-suite.ts';

// Uploads (multipart), writes without a body, and deletes.
defineFuzzSuite('uploads, bodiless writes and deletes', (op) => op.method !== 'GET' && op.body !== 'json', 30, 25);
