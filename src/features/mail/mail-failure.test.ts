import { describe, expect, it } from 'vitest';
import { mailFailureCode } from './mail-failure.ts';

const smtpError = (props: Record<string, unknown>, message = 'failed') => Object.assign(new Error(message), props);

describe('why a mail was not delivered', () => {
  it('tells network trouble apart: unknown host, refused connection, timeout, TLS', () => {
    expect(mailFailureCode(smtpError({ code: 'EDNS' }, 'getaddrinfo ENOTFOUND smtp.example.org'))).toBe('host-not-found');
    expect(mailFailureCode(smtpError({ code: 'ESOCKET' }, 'connect ECONNREFUSED 127.0.0.1:25'))).toBe('connection-refused');
    expect(mailFailureCode(smtpError({ code: 'ETIMEDOUT' }, 'Connection timeout'))).toBe('timeout');
    expect(mailFailureCode(smtpError({ code: 'ETLS' }, 'unable to verify the first certificate'))).toBe('tls');
  });

  it('names a refused login', () => {
    expect(mailFailureCode(smtpError({ code: 'EAUTH', responseCode: 535, command: 'AUTH PLAIN' }, 'Invalid login: 535 5.7.8'))).toBe('authentication');
  });

  it('says which part of the message the server refused, by the SMTP command it answered', () => {
    expect(mailFailureCode(smtpError({ code: 'EENVELOPE', responseCode: 550, command: 'RCPT TO' }, 'Recipient command failed: 550 Mailbox unavailable'))).toBe(
      'recipient-refused',
    );
    expect(mailFailureCode(smtpError({ code: 'EENVELOPE', responseCode: 553, command: 'MAIL FROM' }, 'Mail command failed: 553 sender rejected'))).toBe(
      'sender-refused',
    );
    expect(mailFailureCode(smtpError({ code: 'EMESSAGE', responseCode: 552, command: 'DATA' }, 'Message failed: 552 too big'))).toBe('message-refused');
  });

  it('falls back to "other" for anything else, including values that are not errors', () => {
    expect(mailFailureCode(new Error('something odd'))).toBe('other');
    expect(mailFailureCode('a string')).toBe('other');
    expect(mailFailureCode(null)).toBe('other');
  });
});
