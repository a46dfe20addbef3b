import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../../src/config.ts';
import { startServer } from '../../../src/server/start-server.ts';
import { startOidcTestProvider } from '../../../src/testing/oidc-test-provider.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    adminEmail: string;
    adminPassword: string;
    /** Account id at the test identity provider whose verified e-mail is `ssoEmail`. */
    ssoLogin: string;
    ssoEmail: string;
    /** JSON: the demo accounts with the passwords first start printed once (CreatedDemoAccount[]). */
    demoAccounts: string;
  }
}

export default async function setup({ provide }: { provide: (key: string, value: string) => void }) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pontis-e2e-'));
  // The portal is a local server that drops every connection after 3 seconds: "Sync now" finds it
  // unreachable whatever network CI has, and stays visibly in progress long enough to be seen.
  const portal = http.createServer((request) => setTimeout(() => request.socket.destroy(), 3_000));
  await new Promise<void>((resolve) => portal.listen(0, '127.0.0.1', resolve));
  const portalUrl = `http://127.0.0.1:${(portal.address() as AddressInfo).port}/grantsTenders.json`;
  // A real OpenID provider (oidc-provider) for single sign-on; the test invites its e-mail first.
  const idp = await startOidcTestProvider({
    'sven.single': { email: 'sven.single@example.org', email_verified: true, name: 'Sven Single' },
    'nora.nobody': { email: 'nora.nobody@example.org', email_verified: true },
  });
  const sso = { PONTIS_OIDC_ISSUER: idp.issuer, PONTIS_OIDC_CLIENT_ID: idp.clientId, PONTIS_OIDC_LABEL: 'Stadt Testhausen' };
  // Journeys click through pages far faster than people, all as the demo administrator: the API
  // limit per client is raised so that a fast machine cannot trip it (its own test: api-rate-limit).
  const env = { PONTIS_DATA_DIR: dataDir, PONTIS_LOG_LEVEL: 'warn', PONTIS_CALLS_URL: portalUrl, PONTIS_RATE_LIMIT_PER_MINUTE: '6000', ...sso };
  const config = loadConfig(env as NodeJS.ProcessEnv, { port: 0, host: '127.0.0.1' });
  const server = await startServer(config, { demo: true, logger: false });
  if (!server.firstRun.admin) throw new Error('the e2e server did not create the demo admin');
  provide('baseUrl', server.url);
  provide('adminEmail', server.firstRun.admin.email);
  provide('adminPassword', server.firstRun.admin.password);
  // What an operator reads in the console at first start: no back door, the same one-time print.
  provide('demoAccounts', JSON.stringify(server.firstRun.demoAccounts));
  // The redirect URI needs the port the server got.
  idp.registerClient(`${server.url}/api/auth/oidc/callback`);
  provide('ssoLogin', 'sven.single');
  provide('ssoEmail', 'sven.single@example.org');
  return async () => {
    await server.stop();
    await idp.close();
    portal.closeAllConnections();
    await new Promise((resolve) => portal.close(resolve));
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
