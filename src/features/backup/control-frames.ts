/**
 * Framing of the backup control socket's answer: a stream of frames, each a one-byte type, a
 * four-byte big-endian length and the payload. Data frames carry the backup file's bytes;
 * progress, error and done frames let the CLI report what the server does.
 */
export type FrameType = 'data' | 'progress' | 'error' | 'done';

const CODES: Record<FrameType, number> = { data: 0x44, progress: 0x50, error: 0x45, done: 0x5a };
const TYPES = new Map(Object.entries(CODES).map(([type, code]) => [code, type as FrameType]));

export function encodeFrame(type: FrameType, payload: Buffer | string = Buffer.alloc(0)): Buffer {
  const body = typeof payload === 'string' ? Buffer.from(payload, 'utf8') : payload;
  const head = Buffer.alloc(5);
  head[0] = CODES[type];
  head.writeUInt32BE(body.length, 1);
  return Buffer.concat([head, body]);
}

/** Collects bytes as they arrive and hands out the complete frames. */
export class FrameDecoder {
  private buffered: Buffer = Buffer.alloc(0);

  push(chunk: Buffer): { type: FrameType; payload: Buffer }[] {
    this.buffered = this.buffered.length ? Buffer.concat([this.buffered, chunk]) : chunk;
    const frames: { type: FrameType; payload: Buffer }[] = [];
    while (this.buffered.length >= 5) {
      const length = this.buffered.readUInt32BE(1);
      if (this.buffered.length < 5 + length) break;
      const type = TYPES.get(this.buffered[0]);
      if (!type) throw new Error(`Unknown frame type ${this.buffered[0]} on the backup socket.`);
      frames.push({ type, payload: this.buffered.subarray(5, 5 + length) });
      this.buffered = this.buffered.subarray(5 + length);
    }
    return frames;
  }

  /** Bytes of a frame that has not arrived completely. */
  get pending(): number {
    return this.buffered.length;
  }
}
