import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

const env = (vars: Record<string, string>) => loadConfig({ PONTIS_DATA_DIR: '/tmp/x', ...vars } as NodeJS.ProcessEnv);

describe('single sign-on settings', () => {
  it('are off while the issuer is unset or empty', () => {
    expect(env({}).oidc).toBeNull();
    expect(env({ PONTIS_OIDC_ISSUER: '', PONTIS_OIDC_CLIENT_ID: 'pontis' }).oidc).toBeNull();
  });

  it('read the issuer, client, label and scopes, with defaults', () => {
    expect(env({ PONTIS_OIDC_ISSUER: 'https://id.dortmund.de/realms/staff', PONTIS_OIDC_CLIENT_ID: 'pontis' }).oidc).toEqual({
      issuer: 'https://id.dortmund.de/realms/staff',
      clientId: 'pontis',
      clientSecret: undefined,
      label: 'id.dortmund.de',
      scopes: ['openid', 'email', 'profile'],
    });
    const custom = env({
      PONTIS_OIDC_ISSUER: 'https://login.microsoftonline.com/tenant/v2.0',
      PONTIS_OIDC_CLIENT_ID: 'pontis',
      PONTIS_OIDC_CLIENT_SECRET: 's3cret',
      PONTIS_OIDC_LABEL: 'Primăria Cluj-Napoca',
      PONTIS_OIDC_SCOPES: 'openid  email',
    }).oidc;
    expect(custom).toMatchObject({ clientSecret: 's3cret', label: 'Primăria Cluj-Napoca', scopes: ['openid', 'email'] });
  });

  it('allow plain http only on loopback', () => {
    expect(env({ PONTIS_OIDC_ISSUER: 'http://127.0.0.1:8080', PONTIS_OIDC_CLIENT_ID: 'c' }).oidc?.issuer).toBe('http://127.0.0.1:8080');
    expect(env({ PONTIS_OIDC_ISSUER: 'http://localhost/realms/x', PONTIS_OIDC_CLIENT_ID: 'c' }).oidc).not.toBeNull();
    expect(() => env({ PONTIS_OIDC_ISSUER: 'http://id.example.org', PONTIS_OIDC_CLIENT_ID: 'c' })).toThrow(/PONTIS_OIDC_ISSUER: must be https/);
    expect(() => env({ PONTIS_OIDC_ISSUER: 'http://localhost.evil.example', PONTIS_OIDC_CLIENT_ID: 'c' })).toThrow(ConfigError);
  });

  it('refuse an issuer without client id, and scopes without openid or email', () => {
    expect(() => env({ PONTIS_OIDC_ISSUER: 'https://id.example.org' })).toThrow(/PONTIS_OIDC_CLIENT_ID/);
    expect(() => env({ PONTIS_OIDC_ISSUER: 'https://id.example.org', PONTIS_OIDC_CLIENT_ID: 'c', PONTIS_OIDC_SCOPES: 'openid profile' })).toThrow(
      /PONTIS_OIDC_SCOPES: must include openid and email/,
    );
  });
});
