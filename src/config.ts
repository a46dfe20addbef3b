import path from 'node:path';
import { z } from 'zod';

/**
 * Every setting Pontis reads from the environment. The README's configuration table lists the
 * same variables; keep the two in step.
 */
/** A plain-http address on this machine (a test identity provider); nothing else may be http. */
export const isLoopbackHttp = (url: string) => /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?(\/|$)/.test(url);

// An exported but empty variable (DATABASE_URL=) means "not set".
const unsetIfEmpty = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema);

const envSchema = z.object({
  PONTIS_DATA_DIR: z.string().default('./data'),
  DATABASE_URL: unsetIfEmpty(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
      .optional(),
  ),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  PONTIS_PUBLIC_URL: unsetIfEmpty(z.string().url().optional()),
  PONTIS_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // auto: readable lines on a terminal, JSON lines otherwise (a log collector, a file).
  PONTIS_LOG_FORMAT: z.enum(['auto', 'json', 'pretty']).default('auto'),
  SMTP_URL: unsetIfEmpty(
    z
      .string()
      .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
      .optional(),
  ),
  MAIL_FROM: z.string().default('Pontis <no-reply@pontis.localhost>'),
  PONTIS_SESSION_DAYS: z.coerce.number().int().min(1).max(365).default(14),
  PONTIS_MAX_UPLOAD_MB: z.coerce.number().min(1).max(100).default(10),
  PONTIS_TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  // API requests a client (a signed-in user, else an address) may make per minute; 0 turns it off.
  PONTIS_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).max(1_000_000).default(600),
  PONTIS_DEMO: z.enum(['auto', 'off']).default('auto'),
  // Single sign-on (OpenID Connect); off while the issuer is unset. Plain http only on loopback
  // (a test provider): anywhere else the provider's answers could be read or changed on the way.
  PONTIS_OIDC_ISSUER: unsetIfEmpty(
    z
      .string()
      .url()
      .refine((u) => u.startsWith('https://') || isLoopbackHttp(u), 'must be https:// (http:// only on 127.0.0.1 or localhost)')
      .optional(),
  ),
  PONTIS_OIDC_CLIENT_ID: unsetIfEmpty(z.string().optional()),
  PONTIS_OIDC_CLIENT_SECRET: unsetIfEmpty(z.string().optional()),
  PONTIS_OIDC_LABEL: unsetIfEmpty(z.string().max(80).optional()),
  PONTIS_OIDC_SCOPES: unsetIfEmpty(z.string().optional())
    .transform((v) => (v ?? 'openid email profile').split(/\s+/).filter(Boolean))
    .refine((scopes) => scopes.includes('openid') && scopes.includes('email'), 'must include openid and email'),
  PONTIS_CALLS_URL: z.string().url().default('https://ec.europa.eu/info/funding-tenders/opportunities/data/referenceData/grantsTenders.json'),
  PONTIS_CALLS_SYNC: unsetIfEmpty(z.enum(['daily', 'off']).optional()),
  // Days before a followed call's deadline at which a reminder mail goes out, e.g. "30,7,1".
  PONTIS_CALL_REMINDER_DAYS: z
    .string()
    .default('30,7,1')
    .transform((v) => [...new Set(v.split(',').map((d) => Number(d.trim())))].sort((x, y) => y - x))
    .refine(
      (days) => days.length > 0 && days.every((d) => Number.isInteger(d) && d >= 0 && d <= 365),
      'must be whole days between 0 and 365, separated by commas',
    ),
  // Held, sent and failed mail older than this is deleted by the hourly clean-up (personal data).
  PONTIS_MAIL_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
});

export interface Config {
  dataDir: string;
  databaseUrl: string | undefined;
  host: string;
  port: number;
  publicUrl: string;
  logLevel: z.infer<typeof envSchema>['PONTIS_LOG_LEVEL'];
  logFormat: z.infer<typeof envSchema>['PONTIS_LOG_FORMAT'];
  smtpUrl: string | undefined;
  mailFrom: string;
  sessionDays: number;
  maxUploadBytes: number;
  trustProxy: boolean;
  /** API requests per client per minute, counted in the database; 0: no limit. */
  rateLimitPerMinute: number;
  secureCookies: boolean;
  demo: 'auto' | 'off';
  /** Single sign-on with the city's OpenID Connect provider; null when not configured. */
  oidc: OidcSettings | null;
  /** Where `pontis calls sync` and the daily job download the portal's reference file. */
  callsUrl: string;
  callsSync: 'daily' | 'off';
  /** Reminder offsets in days before a followed call's deadline, largest first. */
  callReminderDays: number[];
  /** Days a mail stays in the outbox once held, sent or failed; older mail is deleted. */
  mailRetentionDays: number;
}

export class ConfigError extends Error {}

export interface OidcSettings {
  issuer: string;
  clientId: string;
  /** Unset for a public client; PKCE is used either way. */
  clientSecret: string | undefined;
  /** The button reads "Sign in with <label>", e.g. "Stadt Dortmund". */
  label: string;
  scopes: string[];
}

function oidcSettings(e: z.infer<typeof envSchema>): OidcSettings | null {
  if (!e.PONTIS_OIDC_ISSUER) return null;
  if (!e.PONTIS_OIDC_CLIENT_ID) throw new ConfigError('Invalid configuration:\n  PONTIS_OIDC_CLIENT_ID: required when PONTIS_OIDC_ISSUER is set');
  return {
    issuer: e.PONTIS_OIDC_ISSUER,
    clientId: e.PONTIS_OIDC_CLIENT_ID,
    clientSecret: e.PONTIS_OIDC_CLIENT_SECRET,
    label: e.PONTIS_OIDC_LABEL ?? new URL(e.PONTIS_OIDC_ISSUER).host,
    scopes: e.PONTIS_OIDC_SCOPES,
  };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const port = overrides.port ?? e.PORT;
  const publicUrl = (overrides.publicUrl ?? e.PONTIS_PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, '');
  return {
    dataDir: path.resolve(e.PONTIS_DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    host: e.HOST,
    port,
    publicUrl,
    logLevel: e.PONTIS_LOG_LEVEL,
    logFormat: e.PONTIS_LOG_FORMAT,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    sessionDays: e.PONTIS_SESSION_DAYS,
    maxUploadBytes: Math.round(e.PONTIS_MAX_UPLOAD_MB * 1024 * 1024),
    trustProxy: e.PONTIS_TRUST_PROXY === 'true',
    rateLimitPerMinute: e.PONTIS_RATE_LIMIT_PER_MINUTE,
    secureCookies: publicUrl.startsWith('https://'),
    demo: e.PONTIS_DEMO,
    oidc: oidcSettings(e),
    callsUrl: e.PONTIS_CALLS_URL,
    // Tests (Vitest sets VITEST in the process) never reach out to the portal unless they ask to.
    callsSync: e.PONTIS_CALLS_SYNC ?? (process.env.VITEST ? 'off' : 'daily'),
    callReminderDays: e.PONTIS_CALL_REMINDER_DAYS,
    mailRetentionDays: e.PONTIS_MAIL_RETENTION_DAYS,
    ...overrides,
  };
}
