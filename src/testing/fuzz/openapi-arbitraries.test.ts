import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { malformed, validish, type SchemaContext } from './openapi-arbitraries.ts';
import { listOperations, needsFuzzing, type OpenApiDocument } from './openapi-operations.ts';
import { describeRequest, pathParamHint, requestArbitrary } from './request-arbitraries.ts';

const projectIds = ['0b9d3f0e-7c1a-4f5e-9a2b-3c4d5e6f7a8b', '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f'];

const doc: OpenApiDocument = {
  paths: {
    '/api/projects/{id}': {
      patch: {
        parameters: [{ in: 'path', name: 'id', required: true, schema: { type: 'string', format: 'uuid' } }],
        requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/UpdateProject' } } } },
      },
      get: { parameters: [{ in: 'path', name: 'id', required: true, schema: { type: 'string', format: 'uuid' } }] },
    },
    '/api/projects/{id}/documents': {
      post: {
        summary: 'Upload (multipart/form-data, field "file")',
        parameters: [{ in: 'path', name: 'id', required: true, schema: { type: 'string', format: 'uuid' } }],
      },
    },
    '/api/projects': {
      get: { parameters: [{ in: 'query', name: 'limit', schema: { type: 'integer', minimum: 1, maximum: 100 } }] },
    },
    '/api/themes': { get: {} },
  },
  components: {
    schemas: {
      UpdateProject: {
        type: 'object',
        properties: {
          version: { type: 'integer', minimum: 1, maximum: 2147483647 },
          title: { type: 'string', minLength: 1, maxLength: 300 },
          stage: { type: 'string', enum: ['idea', 'drafting', 'submitted'] },
          requestedAmount: { anyOf: [{ type: 'number', minimum: 0, maximum: 1e12 }, { type: 'null' }] },
          startsOn: { type: 'string', format: 'date' },
          partnershipId: { type: 'string', format: 'uuid' },
          tags: { type: 'array', items: { type: 'string', maxLength: 20 }, maxItems: 5 },
        },
        required: ['version', 'title'],
        additionalProperties: false,
      },
    },
  },
};

const pool = (hint: string) => (hint === 'projects' || hint === 'partnershipId' ? projectIds : hint === '*' ? projectIds : []);
const ctx: SchemaContext = { doc, pool };
const ajv = addFormats(new Ajv({ strict: false }));
const validate = ajv.compile(doc.components!.schemas!.UpdateProject);
const sample = <T>(arb: fc.Arbitrary<T>, n = 300) => fc.sample(arb, { numRuns: n, seed: 1234 });

describe('OpenAPI operations', () => {
  it('lists each method with its parameters, tells multipart uploads apart and resolves body references', () => {
    const ops = listOperations(doc);
    expect(ops.map((o) => o.id).sort()).toEqual([
      'GET /api/projects',
      'GET /api/projects/{id}',
      'GET /api/themes',
      'PATCH /api/projects/{id}',
      'POST /api/projects/{id}/documents',
    ]);
    const patch = ops.find((o) => o.id === 'PATCH /api/projects/{id}')!;
    expect(patch).toMatchObject({ body: 'json', pathParams: [{ name: 'id', required: true }] });
    expect(patch.bodySchema?.required).toEqual(['version', 'title']);
    expect(ops.find((o) => o.id === 'POST /api/projects/{id}/documents')!.body).toBe('multipart');
    // Parameterless reads are left out; every write and every read with parameters is fuzzed.
    expect(ops.filter(needsFuzzing).map((o) => o.id)).not.toContain('GET /api/themes');
    expect(ops.filter(needsFuzzing)).toHaveLength(4);
  });

  it('names what a path parameter points at by the segment before it', () => {
    expect(pathParamHint('/api/projects/{id}/milestones/{mId}', 'mId')).toBe('milestones');
    expect(pathParamHint('/api/projects/{id}/milestones/{mId}', 'id')).toBe('projects');
  });
});

describe('schema arbitraries', () => {
  it('builds values that follow the schema, with stored ids for uuids', () => {
    const values = sample(validish(doc.components!.schemas!.UpdateProject, ctx)) as Record<string, unknown>[];
    for (const v of values) expect(validate(v), JSON.stringify(validate.errors)).toBe(true);
    expect(values.filter((v) => v.partnershipId !== undefined).every((v) => projectIds.includes(v.partnershipId as string))).toBe(true);
    expect(new Set(values.map((v) => v.stage))).toEqual(new Set([undefined, 'idea', 'drafting', 'submitted']));
  });

  it('breaks a value in one place: most broken values fail the schema, in many different ways', () => {
    const values = sample(malformed(doc.components!.schemas!.UpdateProject, ctx), 400);
    const invalid = values.filter((v) => !validate(v));
    expect(invalid.length / values.length).toBeGreaterThan(0.7);
    const kinds = new Set(values.flatMap((v) => (validate(v) ? [] : validate.errors!.map((e) => e.keyword))));
    for (const keyword of ['type', 'required', 'additionalProperties']) expect(kinds).toContain(keyword);
    // Nasty strings appear: NUL, lone surrogates, megabyte strings.
    const strings = values.flatMap((v) => (v && typeof v === 'object' ? Object.values(v as object) : [v])).filter((s): s is string => typeof s === 'string');
    expect(strings.some((s) => s.includes('\u0000'))).toBe(true);
    expect(strings.some((s) => /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s))).toBe(true);
    expect(strings.some((s) => s.length >= (1024 * 1024) / 4)).toBe(true);
  });
});

describe('request arbitraries', () => {
  const ops = listOperations(doc);
  const op = (id: string) => ops.find((o) => o.id === id)!;

  it('fills every path parameter, mostly with stored ids, and sends JSON, broken JSON and wrong content types', () => {
    const requests = sample(requestArbitrary(op('PATCH /api/projects/{id}'), ctx), 400);
    expect(requests.every((r) => r.method === 'PATCH' && r.url.startsWith('/api/projects/') && !r.url.includes('{'))).toBe(true);
    expect(requests.filter((r) => projectIds.some((id) => r.url === `/api/projects/${id}`)).length).toBeGreaterThan(100);
    const types = new Set(requests.map((r) => r.headers['content-type'] ?? 'none'));
    for (const type of ['application/json', 'text/plain', 'application/x-www-form-urlencoded', 'none']) expect(types).toContain(type);
    const notJson = requests
      .filter((r) => r.headers['content-type'] === 'application/json')
      .filter((r) => {
        try {
          JSON.parse(Buffer.isBuffer(r.payload) ? new TextDecoder('utf-8', { fatal: true }).decode(r.payload) : String(r.payload));
          return false;
        } catch {
          return true;
        }
      });
    expect(notJson.length).toBeGreaterThan(5);
  });

  it('sends good uploads and broken multipart: no boundary, truncated, two files, JSON instead', () => {
    const requests = sample(requestArbitrary(op('POST /api/projects/{id}/documents'), ctx), 300);
    const types = requests.map((r) => r.headers['content-type'] ?? '');
    expect(types.filter((t) => /boundary=----PontisFuzz/.test(t)).length).toBeGreaterThan(100);
    expect(types).toContain('multipart/form-data');
    expect(types).toContain('application/json');
    const bodies = requests.map((r) => (Buffer.isBuffer(r.payload) ? r.payload.toString('latin1') : String(r.payload ?? '')));
    expect(bodies.some((b) => b.includes('filename="second.pdf"'))).toBe(true);
    expect(bodies.some((b) => b.startsWith('------PontisFuzz') && !b.includes('--\r\n', b.length - 8))).toBe(true);
  });

  it('puts query parameters in range, out of range and repeated', () => {
    const urls = sample(requestArbitrary(op('GET /api/projects'), ctx), 300).map((r) => r.url);
    expect(urls).toContain('/api/projects');
    expect(urls.some((u) => /[?&]limit=([1-9]\d?|100)(&|$)/.test(u))).toBe(true);
    expect(urls.some((u) => /limit=.*&limit=/.test(u))).toBe(true);
  });

  it('describes a request in one line, cutting long bodies', () => {
    const line = describeRequest({ method: 'POST', url: '/api/x', headers: { 'content-type': 'application/json' }, payload: 'a'.repeat(5000) });
    expect(line).toMatch(/^POST \/api\/x content-type="application\/json" body="a+… \(5000 chars\)"$/);
    expect(line.length).toBeLessThan(400);
  });
});
