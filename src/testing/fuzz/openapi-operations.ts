/**
 * The operations of an OpenAPI 3.1 document, flattened for the fuzz suite: method, path, the
 * declared path and query parameters with their JSON schemas, and what the body is (JSON with
 * its schema, multipart, or none). Pure: takes the parsed document, does no I/O.
 */

export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  default?: unknown;
};

export interface OpenApiDocument {
  paths: Record<string, Record<string, RawOperation>>;
  components?: { schemas?: Record<string, JsonSchema> };
}

interface RawOperation {
  summary?: string;
  parameters?: { in: string; name: string; required?: boolean; schema?: JsonSchema }[];
  requestBody?: { content: Record<string, { schema?: JsonSchema }> };
}

export interface Parameter {
  name: string;
  required: boolean;
  schema: JsonSchema;
}

export type BodyKind = 'json' | 'multipart' | 'none';

export interface Operation {
  /** "POST /api/projects/{id}/documents": the id used in counterexamples and summaries. */
  id: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  pathParams: Parameter[];
  queryParams: Parameter[];
  body: BodyKind;
  /** The JSON body's schema, with $refs resolved (json only). */
  bodySchema?: JsonSchema;
}

/**
 * Follows `#/components/schemas/...` references (one level at a time, as the arbitraries walk
 * the schema), so the rest of the suite never sees a $ref.
 */
export function resolveRef(doc: OpenApiDocument, schema: JsonSchema): JsonSchema {
  let s = schema;
  for (let hops = 0; s.$ref && hops < 20; hops++) {
    // "#/$defs/..." too: a JSON Schema file published beside the API, its definitions merged in.
    const name = s.$ref.replace(/^#\/(components\/schemas|\$defs)\//, '');
    const target = doc.components?.schemas?.[name];
    if (!target) throw new Error(`unresolved reference ${s.$ref}`);
    s = target;
  }
  return s;
}

/**
 * Multipart uploads read their file in the handler (no body schema in the document, so that
 * the file streams); their summary says "multipart/form-data", which is what tells them apart.
 */
const isMultipart = (op: RawOperation) => !!op.requestBody?.content['multipart/form-data'] || /multipart\/form-data/i.test(op.summary ?? '');

export function listOperations(doc: OpenApiDocument): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods)
      .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
      .map(([method, op]): Operation => {
        const params = op.parameters ?? [];
        const toParam = (p: (typeof params)[number]): Parameter => ({ name: p.name, required: !!p.required, schema: p.schema ?? {} });
        const jsonSchema = op.requestBody?.content['application/json']?.schema;
        const body: BodyKind = isMultipart(op) ? 'multipart' : jsonSchema ? 'json' : 'none';
        return {
          id: `${method.toUpperCase()} ${path}`,
          method: method.toUpperCase() as Operation['method'],
          path,
          pathParams: params.filter((p) => p.in === 'path').map(toParam),
          queryParams: params.filter((p) => p.in === 'query').map(toParam),
          body,
          bodySchema: body === 'json' && jsonSchema ? resolveRef(doc, jsonSchema) : undefined,
        };
      }),
  );
}

/** Mutating routes and routes with parameters: what the fuzz suite must cover. */
export const needsFuzzing = (op: Operation) => op.method !== 'GET' || op.pathParams.length > 0 || op.queryParams.length > 0;
