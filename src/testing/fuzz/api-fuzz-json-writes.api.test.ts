import { defineFuzzSuite } from './fuzz-suite.ts';

// Every write that takes a JSON body.
defineFuzzSuite('JSON writes', (op) => op.method !== 'GET' && op.body === 'json', 30, 50);
