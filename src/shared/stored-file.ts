import crypto from 'node:crypto';

/** The columns every stored upload keeps beside its bytes: size and a SHA-256 to check it by. */
export const storedFileColumns = (bytes: Buffer) => ({
  sizeBytes: bytes.length,
  sha256: crypto.createHash('sha256').update(bytes).digest('hex'),
  content: bytes,
});
