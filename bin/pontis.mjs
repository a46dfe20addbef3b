#!/usr/bin/env node
// Runs the TypeScript CLI directly through tsx's loader: no build step for the server.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
