import fc from 'fast-check';
import { MEGABYTE, deeplyNested, nastyString, nastyUrlText, nastyValue } from './nasty-values.ts';
import { bodyValue, pooled, validish, type SchemaContext } from './openapi-arbitraries.ts';
import type { Operation, Parameter } from './openapi-operations.ts';

/**
 * Whole HTTP requests for one operation: the path with its parameters filled (real ids mostly,
 * broken text sometimes), query strings, and a body of the kind the route takes, or of the wrong
 * kind: raw text that is not JSON, invalid UTF-8, the wrong content type, broken multipart.
 */

export interface FuzzRequest {
  method: Operation['method'];
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
}

const asText = (value: unknown) => (typeof value === 'string' ? value : (JSON.stringify(value) ?? 'undefined'));

/** Well-formed text for a parameter (encoded), or URL text that is broken on purpose. */
function paramText(p: Parameter, ctx: SchemaContext, pathHint: string): fc.Arbitrary<string> {
  const good =
    p.schema.format === 'uuid' || p.schema.type === 'string'
      ? pooled(ctx.pool, pathHint, validish(p.schema, ctx, p.name).map(asText))
      : validish(p.schema, ctx, p.name).map(asText);
  return fc.oneof({ arbitrary: good.map(encodeURIComponent), weight: 3 }, { arbitrary: nastyUrlText, weight: 2 });
}

/** What a path parameter refers to: "/api/projects/{id}/milestones/{mId}" → "projects", "milestones". */
export function pathParamHint(path: string, name: string): string {
  const segments = path.split('/');
  const at = segments.indexOf(`{${name}}`);
  return at > 0 ? segments[at - 1] : name;
}

/** The value `odds` times as often as nothing. */
const sometimes = <T>(odds: number, arb: fc.Arbitrary<T>): fc.Arbitrary<T | null> =>
  fc.oneof({ arbitrary: fc.constant(null), weight: odds >= 1 ? 1 : Math.round(1 / odds) }, { arbitrary: arb, weight: odds >= 1 ? Math.round(odds) : 1 });

function urlArbitrary(op: Operation, ctx: SchemaContext): fc.Arbitrary<string> {
  const pathParts = fc.tuple(...op.pathParams.map((p) => paramText(p, ctx, pathParamHint(op.path, p.name))));
  const queryParts = fc.tuple(
    ...op.queryParams.map((p) =>
      sometimes(
        2,
        fc.oneof(
          { arbitrary: paramText(p, ctx, p.name).map((v) => [`${p.name}=${v}`]), weight: 5 },
          // Repeated: Fastify turns the value into an array.
          { arbitrary: fc.tuple(paramText(p, ctx, p.name), paramText(p, ctx, p.name)).map(([a, b]) => [`${p.name}=${a}`, `${p.name}=${b}`]), weight: 1 },
          { arbitrary: fc.constantFrom(p.name, `${p.name}=`, `${p.name}[]=1`, `${p.name}[a]=1`).map((q) => [q]), weight: 1 },
        ),
      ),
    ),
  );
  const extraQuery = sometimes(1 / 7, fc.constantFrom('unexpected=1', '__proto__[x]=1', 'limit=1e308', '&&&', '=', `x=${'q'.repeat(10_000)}`));
  return fc.tuple(pathParts, queryParts, extraQuery).map(([params, queries, extra]) => {
    let i = 0;
    const path = op.path.replace(/\{\w+\}/g, () => params[i++]);
    const query = [...queries.flatMap((q) => q ?? []), ...(extra ? [extra] : [])];
    return query.length ? `${path}?${query.join('&')}` : path;
  });
}

type Body = { headers: Record<string, string>; payload?: string | Buffer };
const json = (payload: string | Buffer): Body => ({ headers: { 'content-type': 'application/json' }, payload });

/** Bodies that are not JSON at all, sent as JSON. */
const rawJsonBodies: fc.Arbitrary<Body> = fc.oneof(
  fc
    .constantFrom(
      '{not json',
      '',
      ' ',
      '{"a":',
      '[',
      'null',
      '0',
      '-0',
      '1e999',
      '"\\ud800"',
      '{"a":1,"a":2}',
      '\u0000',
      '\ufeff{}',
      '{"__proto__":{"x":1}}',
      '{"constructor":{"prototype":{"x":1}}}',
    )
    .map(json),
  fc
    .constantFrom(
      Buffer.from([0xff, 0xfe, 0x7b, 0x7d]),
      Buffer.from('{"name":"\xc3\x28"}', 'latin1'),
      Buffer.from('{"name":"\xed\xa0\x80"}', 'latin1'),
      Buffer.from([0xc0, 0xaf]),
    )
    .map(json),
  fc.constant(null).map(() => json('['.repeat(5000) + ']'.repeat(5000))),
  fc.constant(null).map(() => json(JSON.stringify(deeplyNested(1000, 'object')))),
  fc.constant(null).map(() => json(`{"a":"${'z'.repeat(2 * MEGABYTE)}"}`)),
);

/** A body the route might accept, under a content type it does not take. */
function wrongContentType(value: fc.Arbitrary<unknown>): fc.Arbitrary<Body> {
  return fc
    .tuple(
      value,
      fc.constantFrom(
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=xyz',
        'application/json; charset=latin1',
        'application/json; charset=utf-16',
        'application/xml',
        'application/jsonx',
        '',
        'application/json, text/plain',
      ),
    )
    .map(([v, type]): Body => ({
      headers: type ? { 'content-type': type } : {},
      payload: type.startsWith('application/x-www') ? `name=${encodeURIComponent(asText(v))}&version=1` : asText(v),
    }));
}

function jsonBody(op: Operation, ctx: SchemaContext): fc.Arbitrary<Body> {
  const value = op.bodySchema ? bodyValue(op.bodySchema, ctx) : nastyValue;
  return fc.oneof(
    { arbitrary: value.map((v) => json(JSON.stringify(v) ?? 'null')), weight: 14 },
    { arbitrary: nastyValue.map((v) => json(JSON.stringify(v) ?? 'null')), weight: 2 },
    { arbitrary: rawJsonBodies, weight: 2 },
    { arbitrary: wrongContentType(value), weight: 2 },
  );
}

const pdfBytes = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const fileContents = fc.oneof(
  fc.constant({ name: 'agreement.pdf', type: 'application/pdf', bytes: pdfBytes }),
  fc.constant({ name: 'organisations.csv', type: 'text/csv', bytes: Buffer.from('name;kind;city\nVerein;association;dortmund\n"open quote;x\n') }),
  fc.constant({ name: 'grantsTenders.json', type: 'application/json', bytes: Buffer.from('{"fundingData":{"GrantTenderObj":[{"identifier":"X"}]}}') }),
  fc.constant({ name: 'image.png', type: 'image/png', bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]) }),
  fc.uint8Array({ maxLength: 300 }).map((b) => ({ name: 'random.bin', type: 'application/octet-stream', bytes: Buffer.from(b) })),
  fc.tuple(nastyString, fc.constantFrom('x.pdf', 'x.csv', 'x.json', 'x.txt')).map(([s, name]) => ({ name, type: 'text/plain', bytes: Buffer.from(s) })),
  fc.constant({ name: 'empty.pdf', type: 'application/pdf', bytes: Buffer.alloc(0) }),
);
const fileNames = fc.oneof(
  fc.constant(''),
  fc.constant('../../etc/passwd'),
  fc.constant('a"b.pdf'),
  fc.constant('x\u0000.pdf'),
  fc.constant('%00.csv'),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.constant('n'.repeat(5000) + '.pdf'),
);

interface Part {
  name: string;
  fileName?: string;
  type?: string;
  bytes: Buffer;
}

function multipartBytes(boundary: string, parts: Part[], close = true): Buffer {
  const chunks = parts.flatMap((p) => [
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"${p.fileName !== undefined ? `; filename="${p.fileName}"` : ''}\r\n${p.type ? `Content-Type: ${p.type}\r\n` : ''}\r\n`,
    ),
    p.bytes,
    Buffer.from('\r\n'),
  ]);
  return Buffer.concat([...chunks, Buffer.from(close ? `--${boundary}--\r\n` : '')]);
}

/** Uploads as a browser sends them, and every way of getting multipart wrong. */
function multipartBody(): fc.Arbitrary<Body> {
  const boundary = '----PontisFuzzBoundary7MA4YWxkTrZu0gW';
  const ct = { 'content-type': `multipart/form-data; boundary=${boundary}` };
  const titleField = sometimes(
    1,
    nastyString.map((s): Part => ({ name: 'title', bytes: Buffer.from(s) })),
  );
  const good = fc.tuple(fileContents, sometimes(1 / 2, fileNames), titleField).map(([f, name, title]): Body => ({
    headers: ct,
    payload: multipartBytes(boundary, [...(title ? [title] : []), { name: 'file', fileName: name ?? f.name, type: f.type, bytes: f.bytes }]),
  }));
  const broken = fc
    .tuple(
      fileContents,
      fc.constantFrom(
        'no-boundary',
        'truncated',
        'wrong-boundary',
        'two-files',
        'huge-field',
        'wrong-field',
        'no-file',
        'unclosed',
        'json',
        'empty',
        'garbage',
        'no-name',
      ),
    )
    .map(([f, how]): Body => {
      const file: Part = { name: 'file', fileName: f.name, type: f.type, bytes: f.bytes };
      const whole = multipartBytes(boundary, [file]);
      switch (how) {
        case 'no-boundary':
          return { headers: { 'content-type': 'multipart/form-data' }, payload: whole };
        case 'truncated':
          return { headers: ct, payload: whole.subarray(0, Math.max(10, whole.length >> 1)) };
        case 'wrong-boundary':
          return { headers: { 'content-type': 'multipart/form-data; boundary=other' }, payload: whole };
        case 'two-files':
          return { headers: ct, payload: multipartBytes(boundary, [file, { ...file, fileName: 'second.pdf' }]) };
        case 'huge-field':
          return { headers: ct, payload: multipartBytes(boundary, [{ name: 'title', bytes: Buffer.alloc(2 * MEGABYTE, 'h') }, file]) };
        case 'wrong-field':
          return { headers: ct, payload: multipartBytes(boundary, [{ ...file, name: 'document' }]) };
        case 'no-file':
          return { headers: ct, payload: multipartBytes(boundary, [{ name: 'title', bytes: Buffer.from('only a title') }]) };
        case 'unclosed':
          return { headers: ct, payload: multipartBytes(boundary, [file], false) };
        case 'json':
          return json('{"file":"agreement.pdf"}');
        case 'empty':
          return { headers: ct, payload: '' };
        case 'garbage':
          return { headers: ct, payload: Buffer.from([0, 1, 2, 0xff, 0x0d, 0x0a, 0x2d, 0x2d]) };
        case 'no-name':
          return { headers: ct, payload: Buffer.from(`--${boundary}\r\nContent-Disposition: form-data\r\n\r\nx\r\n--${boundary}--\r\n`) };
      }
      return { headers: ct, payload: whole };
    });
  return fc.oneof({ arbitrary: good, weight: 1 }, { arbitrary: broken, weight: 1 });
}

/** Routes without a body get none mostly, and sometimes an unexpected one. */
const noBody: fc.Arbitrary<Body> = fc.oneof(
  { arbitrary: fc.constant<Body>({ headers: {} }), weight: 4 },
  { arbitrary: nastyValue.map((v) => json(JSON.stringify(v) ?? 'null')), weight: 1 },
  { arbitrary: rawJsonBodies, weight: 1 },
);

export function requestArbitrary(op: Operation, ctx: SchemaContext): fc.Arbitrary<FuzzRequest> {
  const body =
    op.body === 'json' ? jsonBody(op, ctx) : op.body === 'multipart' ? multipartBody() : op.method === 'GET' ? fc.constant<Body>({ headers: {} }) : noBody;
  return fc.tuple(urlArbitrary(op, ctx), body).map(([url, b]) => ({ method: op.method, url, headers: b.headers, payload: b.payload }));
}

/** One line for a failure report: method, URL, content type and the start of the body. */
export function describeRequest(r: FuzzRequest): string {
  const text = r.payload === undefined ? '' : Buffer.isBuffer(r.payload) ? r.payload.toString('latin1') : r.payload;
  const excerpt = JSON.stringify(text.length > 300 ? `${text.slice(0, 300)}… (${text.length} chars)` : text);
  const url = r.url.length > 300 ? `${r.url.slice(0, 300)}… (${r.url.length} chars)` : r.url;
  return `${r.method} ${url} content-type=${JSON.stringify(r.headers['content-type'] ?? null)} body=${excerpt}`;
}
