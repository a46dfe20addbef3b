import path from 'node:path';
import { z } from 'zod';

/**
 * Every setting Pontis reads from the environment. The README's configuration table lists the
 * same variables; keep the two in step.
 */
// An exported but empty variable (DATABASE_URL=) means "not set".
const unsetIfEmpty = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema);

const envSchema = z.object({
  PONTIS_DATA_DIR: z.string().default('./data'),
  DATABASE_URL: unsetIfEmpty(z.string().regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://').optional()),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  PONTIS_PUBLIC_URL: unsetIfEmpty(z.string().url().optional()),
  PONTIS_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SMTP_URL: unsetIfEmpty(z.string().regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://').optional()),
  MAIL_FROM: z.string().default('Pontis <no-reply@pontis.localhost>'),
  PONTIS_SESSION_DAYS: z.coerce.number().int().min(1).max(365).default(14),
  PONTIS_MAX_UPLOAD_MB: z.coerce.number().min(1).max(100).default(10),
  PONTIS_TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  PONTIS_DEMO: z.enum(['auto', 'off']).default('auto'),
  PONTIS_CALLS_URL: z.string().url().default('https://ec.europa.eu/info/funding-tenders/opportunities/data/referenceData/grantsTenders.json'),
  PONTIS_CALLS_SYNC: unsetIfEmpty(z.enum(['daily', 'off']).optional()),
  // Days before a followed call's deadline at which a reminder mail goes out, e.g. "30,7,1".
  PONTIS_CALL_REMINDER_DAYS: z
    .string()
    .default('30,7,1')
    .transform((v) => [...new Set(v.split(',').map((d) => Number(d.trim())))].sort((x, y) => y - x))
    .refine((days) => days.length > 0 && days.every((d) => Number.isInteger(d) && d >= 0 && d <= 365), 'must be whole days between 0 and 365, separated by commas'),
});

export interface Config {
  dataDir: string;
  databaseUrl: string | undefined;
  host: string;
  port: number;
  publicUrl: string;
  logLevel: z.infer<typeof envSchema>['PONTIS_LOG_LEVEL'];
  smtpUrl: string | undefined;
  mailFrom: string;
  sessionDays: number;
  maxUploadBytes: number;
  trustProxy: boolean;
  secureCookies: boolean;
  demo: 'auto' | 'off';
  /** Where `pontis calls sync` and the daily job download the portal's reference file. */
  callsUrl: string;
  callsSync: 'daily' | 'off';
  /** Reminder offsets in days before a followed call's deadline, largest first. */
  callReminderDays: number[];
}

export class ConfigError extends Error {}

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
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    sessionDays: e.PONTIS_SESSION_DAYS,
    maxUploadBytes: Math.round(e.PONTIS_MAX_UPLOAD_MB * 1024 * 1024),
    trustProxy: e.PONTIS_TRUST_PROXY === 'true',
    secureCookies: publicUrl.startsWith('https://'),
    demo: e.PONTIS_DEMO,
    callsUrl: e.PONTIS_CALLS_URL,
    // Tests (Vitest sets VITEST in the process) never reach out to the portal unless they ask to.
    callsSync: e.PONTIS_CALLS_SYNC ?? (process.env.VITEST ? 'off' : 'daily'),
    callReminderDays: e.PONTIS_CALL_REMINDER_DAYS,
    ...overrides,
  };
}
