import type { FastifyInstance } from 'fastify';
import { AppError, invalid, type FieldError } from '../shared/errors.ts';

/**
 * Text rules every request obeys, checked once here rather than route by route.
 *
 * PostgreSQL cannot store the character U+0000 in text (nor jsonb), so a NUL anywhere in a
 * request used to reach the database and fail there with a 500. It has no meaning in any
 * Pontis field, so it is refused up front with a 400 naming the field. Object keys are checked
 * too: they become jsonb keys in audit snapshots.
 */
const NUL = '\u0000';

function fieldPath(prefix: string, path: (string | number)[]): string {
  const inner = path.map(String).join('.');
  if (prefix === 'body') return inner || '(body)';
  return inner ? `${prefix}.${inner}` : prefix;
}

/** The first place in a parsed value holding a NUL character, as a path, or undefined. */
export function findNulCharacter(value: unknown): (string | number)[] | undefined {
  // Iterative, not recursive: a body nested thousands of levels deep must not overflow the stack.
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  while (stack.length) {
    const { value: current, path } = stack.pop()!;
    if (typeof current === 'string') {
      if (current.includes(NUL)) return path;
    } else if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) stack.push({ value: current[i], path: [...path, i] });
    } else if (current !== null && typeof current === 'object') {
      for (const [key, child] of Object.entries(current)) {
        if (key.includes(NUL)) return [...path, key.replaceAll(NUL, '\\u0000')];
        stack.push({ value: child, path: [...path, key] });
      }
    }
  }
  return undefined;
}

export function nulCharacterError(path: string): AppError {
  const message = 'contains the character U+0000 (NUL), which no field may contain';
  const field: FieldError = { path, rule: 'no_nul_character', message };
  return invalid([field], `Invalid request. ${path}: ${message}.`);
}

/** Throws a 400 naming the field when a text value holds a NUL character. */
export function refuseNulCharacter(value: unknown, where: 'body' | 'querystring' | 'params' | string) {
  const path = findNulCharacter(value);
  if (path) throw nulCharacterError(fieldPath(where, path));
}

/**
 * Runs after the caller's right to call the route was checked (auth hooks are installed first)
 * and before the schema validates the input, on the decoded path parameters, query string and
 * parsed body. Multipart parts are streamed by the route, so `readUploadedFile` checks file
 * names and text fields with `refuseNulCharacter` itself.
 */
export function installRequestTextRules(app: FastifyInstance) {
  app.addHook('preValidation', async (request) => {
    refuseNulCharacter(request.params, 'params');
    refuseNulCharacter(request.query, 'querystring');
    if (request.body !== undefined && !request.isMultipart()) refuseNulCharacter(request.body, 'body');
  });
}
