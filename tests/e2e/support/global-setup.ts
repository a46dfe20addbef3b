import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../../src/config.ts';
import { startServer } from '../../../src/server/start-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    adminEmail: string;
    adminPassword: string;
  }
}

export default async function setup({ provide }: { provide: (key: string, value: string) => void }) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pontis-e2e-'));
  const config = loadConfig({ PONTIS_DATA_DIR: dataDir, PONTIS_LOG_LEVEL: 'warn' } as NodeJS.ProcessEnv, { port: 0, host: '127.0.0.1' });
  const server = await startServer(config, { demo: true, logger: false });
  if (!server.firstRun.admin) throw new Error('the e2e server did not create the demo admin');
  provide('baseUrl', server.url);
  provide('adminEmail', server.firstRun.admin.email);
  provide('adminPassword', server.firstRun.admin.password);
  return async () => {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
