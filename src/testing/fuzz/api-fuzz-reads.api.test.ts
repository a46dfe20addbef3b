import { defineFuzzSuite } from './fuzz-suite.ts';

// Every read with path or query parameters.
defineFuzzSuite('reads', (op) => op.method === 'GET', 30, 40);
