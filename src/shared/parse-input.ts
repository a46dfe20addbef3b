import type { z } from 'zod';
import { invalid } from './errors.ts';

/** Validates input that did not come through an HTTP schema (CLI, imports) with the same field errors. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw invalid(parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.') || '(input)', rule: i.code, message: i.message })));
}
