import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { startServer } from '../server/start-server.ts';
import { createCliEnvironment, runCli } from '../testing/cli-environment.ts';

// A lost demo or admin password, as an operator meets it: `pontis seed demo` printed the demo
// passwords once; `pontis demo accounts` lists who exists without secrets; `pontis user
// reset-password` sets a new one and ends whatever the old one opened.

let env: Awaited<ReturnType<typeof createCliEnvironment>>;
let seedOutput: string;

beforeAll(async () => {
  env = await createCliEnvironment();
  const seeded = await runCli(['seed', 'demo'], env.env);
  expect(seeded.code, seeded.stderr).toBe(0);
  // The summary on stdout stays one JSON document; the passwords shown once go to stderr.
  expect(JSON.parse(seeded.stdout).accounts).toBeGreaterThan(0);
  seedOutput = seeded.stderr;
}, 180_000);
afterAll(() => env.cleanup());

const EDITOR = 'andrei.pop@cluj-napoca.demo.example.org';
const passwordIn = (text: string, email: string) => new RegExp(`${email.replace(/\./g, '\\.')}.*?([A-Za-z0-9]{5}(?:-[A-Za-z0-9]{5}){3})`).exec(text)?.[1];

/** Runs fn against a server on the CLI's database (stopped afterwards, so the CLI may open it again). */
async function withServer<T>(fn: (url: string) => Promise<T>): Promise<T> {
  const config = loadConfig({ ...env.env, PONTIS_LOG_LEVEL: 'silent' } as NodeJS.ProcessEnv, { port: 0, host: '127.0.0.1' });
  const server = await startServer(config, { demo: false, logger: false });
  try {
    return await fn(server.url);
  } finally {
    await server.stop();
  }
}

async function signIn(url: string, email: string, password: string) {
  const res = await fetch(`${url}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  return { status: res.status, cookie: res.headers.get('set-cookie')?.split(';')[0] ?? '' };
}

const sessionUser = async (url: string, cookie: string) =>
  ((await (await fetch(`${url}/api/auth/session`, { headers: { cookie } })).json()) as { user: { email: string } | null }).user;

describe('pontis demo accounts and pontis user reset-password', { timeout: 180_000 }, () => {
  it('the demo seeding printed each demo account with a password once', () => {
    expect(seedOutput).toContain(EDITOR);
    expect(passwordIn(seedOutput, EDITOR)).toBeTruthy();
  });

  it('lists the demo accounts with role, city and organisation, and no password', async () => {
    const res = await runCli(['demo', 'accounts'], env.env);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toMatch(/andrei\.pop@cluj-napoca\.demo\.example\.org\s+Andrei Pop\s+organisation editor\s+Cluj-Napoca\s+Universitatea Tehnică/);
    expect(res.stdout).toMatch(/katrin\.vogel@dortmund\.demo\.example\.org\s+Katrin Vogel\s+coordinator\s+Dortmund/);
    expect(res.stdout).toContain('pontis user reset-password <e-mail>');
    expect(res.stdout).not.toContain(passwordIn(seedOutput, EDITOR));
    expect(res.stdout).not.toMatch(/scrypt\$/);
    const json = await runCli(['demo', 'accounts', '--json'], env.env);
    const accounts = JSON.parse(json.stdout) as { email: string; role: string }[];
    expect(new Set(accounts.map((a) => a.role))).toEqual(new Set(['coordinator', 'org-editor', 'member']));
  });

  it('sets a new generated password, which signs in, while the old one and its sessions are ended', async () => {
    const oldPassword = passwordIn(seedOutput, EDITOR)!;
    const oldSession = await withServer(async (url) => {
      const signedIn = await signIn(url, EDITOR, oldPassword);
      expect(signedIn.status).toBe(200);
      expect((await sessionUser(url, signedIn.cookie))?.email).toBe(EDITOR);
      return signedIn.cookie;
    });

    const res = await runCli(['user', 'reset-password', EDITOR], env.env);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toContain(`New password set for ${EDITOR}`);
    const newPassword = /Password \(shown only now\): (\S+)/.exec(res.stdout)?.[1];
    expect(newPassword).toMatch(/^[A-Za-z0-9]{5}(-[A-Za-z0-9]{5}){3}$/);
    expect(newPassword).not.toBe(oldPassword);

    await withServer(async (url) => {
      expect(await sessionUser(url, oldSession)).toBeNull();
      expect((await signIn(url, EDITOR, oldPassword)).status).toBe(401);
      expect((await signIn(url, EDITOR, newPassword!)).status).toBe(200);
    });
  });

  it('takes the new password from standard input, and refuses a short one naming the field', async () => {
    const short = await runCli(['user', 'reset-password', EDITOR, '--password-stdin'], env.env, 'too short\n');
    expect(short.code).toBe(1);
    expect(short.stderr).toMatch(/password: use at least 12 characters/);
    const chosen = 'Brücken nach Cluj 2020';
    const res = await runCli(['user', 'reset-password', EDITOR, '--password-stdin'], env.env, `${chosen}\n`);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).not.toContain('shown only now');
    await withServer(async (url) => expect((await signIn(url, EDITOR, chosen)).status).toBe(200));
  });

  it('says clearly that an unknown e-mail has no account, with a non-zero exit', async () => {
    const res = await runCli(['user', 'reset-password', 'nobody@example.org'], env.env);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('Error (not_found): The account nobody@example.org was not found.');
    expect(res.stdout).toBe('');
  });
});
