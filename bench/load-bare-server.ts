/**
 * The load benchmark's baseline: Fastify and a pg Pool of Pontis's size, no hooks, no validation,
 * no serialisation; each route runs one statement (load-bare-queries.ts) whose single text column
 * is the answer. Started by load-benchmark.ts with DATABASE_URL, PORT and POOL_SIZE.
 */
import Fastify from 'fastify';
import pg from 'pg';
import * as queries from './load-bare-queries.ts';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.POOL_SIZE ?? 10) });
pool.on('error', () => {});
const app = Fastify({ logger: false });

async function answer(reply: import('fastify').FastifyReply, text: string, values: unknown[]) {
  const { rows } = await pool.query<{ body: string | null }>(text, values);
  if (!rows[0]?.body) return reply.code(404).type('application/json').send('{"code":"not_found","message":"Not found.","fields":[]}');
  return reply.type('application/json; charset=utf-8').send(rows[0].body);
}

app.get('/api/health', async () => ({ ok: true, engine: 'postgres' }));
app.get('/api/partnerships', (_req, reply) => answer(reply, queries.partnershipList, []));
app.get<{ Params: { key: string } }>('/api/partnerships/:key', (req, reply) => answer(reply, queries.partnershipDetail, [req.params.key]));
app.get<{ Params: { key: string } }>('/api/organisations/:key', (req, reply) => answer(reply, queries.organisationDetail, [req.params.key]));
app.get<{ Querystring: { page?: string; pageSize?: string } }>('/api/calls', (req, reply) => {
  const page = Math.max(1, Number(req.query.page ?? 1));
  const pageSize = Number(req.query.pageSize ?? 20);
  return answer(reply, queries.callList, [pageSize, (page - 1) * pageSize, page]);
});
app.get<{ Querystring: { q?: string; limit?: string; offset?: string } }>('/api/search', (req, reply) =>
  answer(reply, queries.search, [req.query.q ?? '', Number(req.query.limit ?? 20), Number(req.query.offset ?? 0)]),
);

await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT) });

const stop = async () => {
  await app.close();
  await pool.end();
  process.exit(0);
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
