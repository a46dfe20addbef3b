import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/**
 * A real OpenID Connect provider for the tests (oidc-provider, the certified implementation),
 * on 127.0.0.1 with plain http. Its built-in development login page signs in whichever account
 * id is typed into it (the password is not checked); accounts are the ones given here.
 */
export interface TestAccount {
  email?: string;
  email_verified?: boolean;
  name?: string;
}

export interface TestOidcProvider {
  issuer: string;
  clientId: string;
  accounts: Map<string, TestAccount>;
  /** Registers the Pontis client; until then the provider answers discovery but no sign-in. */
  registerClient(redirectUri: string): void;
  close(): Promise<void>;
}

export const TEST_CLIENT_ID = 'pontis-test';

export async function startOidcTestProvider(accounts: Record<string, TestAccount> = {}): Promise<TestOidcProvider> {
  let handler: ((req: http.IncomingMessage, res: http.ServerResponse) => void) | undefined;
  const server = http.createServer((req, res) => {
    if (handler) return handler(req, res);
    res.writeHead(503).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const accountMap = new Map(Object.entries(accounts));
  const provider = (redirectUri: string) =>
    new Provider(issuer, {
      clients: [
        {
          client_id: TEST_CLIENT_ID,
          token_endpoint_auth_method: 'none',
          redirect_uris: [redirectUri],
          grant_types: ['authorization_code'],
          response_types: ['code'],
        },
      ],
      claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
      async findAccount(_ctx: unknown, id: string) {
        const account = accountMap.get(id);
        if (!account) return undefined;
        return { accountId: id, claims: async () => ({ sub: id, ...account }) };
      },
      // A first-party client: consent is implied, as a city's provider would configure Pontis.
      async loadExistingGrant(ctx: any) {
        const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
        if (grantId) return ctx.oidc.provider.Grant.find(grantId);
        const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
        grant.addOIDCScope('openid email profile');
        await grant.save();
        return grant;
      },
      cookies: { keys: ['only-for-the-tests'] },
      // Lifetimes in seconds, set so that the provider does not print a notice for each default.
      ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
      features: { devInteractions: { enabled: true } },
    });
  return {
    issuer,
    clientId: TEST_CLIENT_ID,
    accounts: accountMap,
    registerClient(redirectUri) {
      handler = provider(redirectUri).callback();
    },
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/**
 * Signs in at the provider as a browser would, over HTTP with a cookie jar: follows the
 * authorisation redirect to the login page, submits the account id, and follows the provider's
 * redirects until it points back at the client. Returns that callback URL (not visited).
 */
export async function signInAtProvider(authorizationUrl: string, accountId: string, callbackPrefix: string): Promise<string> {
  const jar = new Map<string, string>();
  const request = async (url: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    if (jar.size) headers.set('cookie', [...jar].map(([k, v]) => `${k}=${v}`).join('; '));
    const res = await fetch(url, { ...init, headers, redirect: 'manual' });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, ...value] = pair.split('=');
      if (/expires=Thu, 01 Jan 1970/i.test(line)) jar.delete(name.trim());
      else jar.set(name.trim(), value.join('='));
    }
    return res;
  };
  let url = authorizationUrl;
  for (let hops = 0; hops < 10; hops++) {
    const res = await request(url);
    const location = res.headers.get('location');
    if (location) {
      url = new URL(location, url).href;
      if (url.startsWith(callbackPrefix)) return url;
      continue;
    }
    const page = await res.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(page)?.[1];
    if (!action || !page.includes('name="login"')) throw new Error(`unexpected provider page (${res.status}): ${page.slice(0, 300)}`);
    const submitted = await request(new URL(action.replace(/&amp;/g, '&'), url).href, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ prompt: 'login', login: accountId, password: 'anything' }).toString(),
    });
    url = new URL(submitted.headers.get('location')!, url).href;
    if (url.startsWith(callbackPrefix)) return url;
  }
  throw new Error('the provider did not send the browser back');
}
