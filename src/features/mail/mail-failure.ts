/**
 * Why an SMTP delivery failed, as a code the outbox page words in the administrator's language.
 * Nodemailer sets `code` on its errors (ECONNECTION, EAUTH, EENVELOPE...) and `responseCode` when the
 * server answered; the server's own text is kept beside the code for the details, never shown alone.
 */
export const mailFailureCodes = [
  'host-not-found',
  'connection-refused',
  'timeout',
  'tls',
  'authentication',
  'sender-refused',
  'recipient-refused',
  'message-refused',
  'other',
] as const;

export type MailFailureCode = (typeof mailFailureCodes)[number];

interface SmtpErrorLike {
  code?: unknown;
  responseCode?: unknown;
  command?: unknown;
  message?: unknown;
}

export function mailFailureCode(err: unknown): MailFailureCode {
  const e = (err && typeof err === 'object' ? err : {}) as SmtpErrorLike;
  const code = typeof e.code === 'string' ? e.code : '';
  const message = typeof e.message === 'string' ? e.message : '';
  const command = typeof e.command === 'string' ? e.command.toUpperCase() : '';
  if (code === 'EDNS' || /ENOTFOUND|EAI_AGAIN/.test(message)) return 'host-not-found';
  if (code === 'ETIMEDOUT' || /ETIMEDOUT|timeout/i.test(message)) return 'timeout';
  if (/ECONNREFUSED|ECONNRESET/.test(message) || code === 'ECONNECTION' || code === 'ESOCKET') return 'connection-refused';
  if (code === 'ETLS' || /certificate|TLS|SSL/i.test(message)) return 'tls';
  if (code === 'EAUTH' || code === 'ENOAUTH') return 'authentication';
  // The server answered: which command it refused tells whose fault it is.
  if (command.startsWith('MAIL')) return 'sender-refused';
  if (command.startsWith('RCPT') || (code === 'EENVELOPE' && /recipient/i.test(message))) return 'recipient-refused';
  if (code === 'EENVELOPE') return 'sender-refused';
  if (code === 'EMESSAGE' || command === 'DATA' || command.startsWith('DATA')) return 'message-refused';
  return 'other';
}
