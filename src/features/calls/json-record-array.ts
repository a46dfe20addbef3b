import { invalid } from '../../shared/errors.ts';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COMMA = 0x2c;

interface Level {
  array: boolean;
  /** For an object, the key whose value is being read. */
  key: string | null;
}

const notJson = (detail: string) => {
  const message = `The file is not valid JSON (${detail}); no call was changed.`;
  return invalid([{ path: 'file', rule: 'json', message }], message);
};

/**
 * The objects of the record array at one of `paths` (e.g. fundingData.GrantTenderObj) of a
 * JSON byte stream, parsed one at a time with JSON.parse.
 *
 * Why not a token-level streaming parser: the portal file is ~130 MB of mostly long HTML strings,
 * and a token stream allocates an object per token and keeps chunk slices alive, which took the
 * import's peak memory to 300–400 MB for the parse alone. Here only structure is scanned (quotes,
 * escapes, brackets; UTF-8 never puts these bytes inside a multi-byte character) and each record's
 * bytes, a few kilobytes, go to the native parser; memory holds one chunk and one record.
 * Only the records are parsed; the rest of the document is checked for balanced brackets only.
 */
export async function* jsonRecordArray(input: AsyncIterable<Buffer | string>, paths: readonly string[][]): AsyncGenerator<unknown> {
  const targets = paths.map((p) => p.join('\u0000'));
  const stack: Level[] = [];
  let inString = false;
  let escaped = false;
  let expectKey = false;
  let key: number[] | null = null;
  // Depth of the stack while inside the record array (the array itself is its last level).
  let recordArrayDepth = -1;
  let captured: Buffer[] | null = null;
  let captureStart = 0;
  let sawValue = false;
  let offset = 0;

  for await (const piece of input) {
    const chunk = typeof piece === 'string' ? Buffer.from(piece) : piece;
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i];
      if (inString) {
        if (escaped) escaped = false;
        else if (b === BACKSLASH) escaped = true;
        else if (b === QUOTE) {
          inString = false;
          if (key) {
            stack[stack.length - 1].key = Buffer.from(key).toString('utf8');
            key = null;
          }
        } else if (key) key.push(b);
        continue;
      }
      if (b === QUOTE) {
        if (!stack.length) {
          if (sawValue) throw notJson(`unexpected content at byte ${offset + i}`);
          sawValue = true;
        }
        inString = true;
        // Keys matter only on the levels a record array's path can run through.
        if (expectKey && stack.length <= 3) key = [];
        expectKey = false;
        continue;
      }
      if (b === OPEN_OBJECT || b === OPEN_ARRAY) {
        if (!stack.length && sawValue) throw notJson(`more than one value at byte ${offset + i}`);
        sawValue = true;
        if (recordArrayDepth >= 0 && stack.length === recordArrayDepth && !captured) {
          captured = [];
          captureStart = i;
        }
        stack.push({ array: b === OPEN_ARRAY, key: null });
        expectKey = b === OPEN_OBJECT;
        if (b === OPEN_ARRAY && recordArrayDepth < 0 && targets.includes(pathOf(stack))) recordArrayDepth = stack.length;
        continue;
      }
      if (b === CLOSE_OBJECT || b === CLOSE_ARRAY) {
        const level = stack.pop();
        if (!level || level.array !== (b === CLOSE_ARRAY)) throw notJson(`unexpected "${String.fromCharCode(b)}" at byte ${offset + i}`);
        expectKey = false;
        if (captured && stack.length === recordArrayDepth) {
          captured.push(chunk.subarray(captureStart, i + 1));
          const text = Buffer.concat(captured).toString('utf8');
          captured = null;
          yield parseRecord(text, offset + i);
        } else if (stack.length === recordArrayDepth - 1) recordArrayDepth = -1;
        continue;
      }
      if (b === COMMA) {
        expectKey = stack.length > 0 && !stack[stack.length - 1].array;
        continue;
      }
      if (!stack.length && b > 0x20) {
        if (sawValue) throw notJson(`unexpected content at byte ${offset + i}`);
        // A bare top-level scalar holds no records; remember it so a second value is refused.
        sawValue = true;
      }
    }
    if (captured) {
      captured.push(Buffer.from(chunk.subarray(captureStart)));
      captureStart = 0;
    }
    offset += chunk.length;
  }
  if (inString || stack.length) throw notJson('the file ends before its last value is closed');
  if (!sawValue) throw notJson('the file is empty');
}

function pathOf(stack: Level[]): string {
  // The keys of the enclosing objects lead to the array just opened (the last level).
  return stack
    .slice(0, -1)
    .map((l) => (l.array ? '[]' : (l.key ?? '')))
    .join('\u0000');
}

function parseRecord(text: string, at: number): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw notJson(`a record ending at byte ${at}: ${(error as Error).message}`);
  }
}
