import { describe, expect, it } from 'vitest';
import { encodeFrame, FrameDecoder } from './control-frames.ts';

describe('backup control socket frames', () => {
  it('decodes frames split at any byte', () => {
    const bytes = Buffer.concat([encodeFrame('progress', '{"done":1}'), encodeFrame('data', Buffer.from([0, 255, 10])), encodeFrame('done')]);
    for (let cut = 0; cut <= bytes.length; cut++) {
      const decoder = new FrameDecoder();
      const frames = [...decoder.push(bytes.subarray(0, cut)), ...decoder.push(bytes.subarray(cut))];
      expect(frames.map((f) => f.type)).toEqual(['progress', 'data', 'done']);
      expect(frames[0].payload.toString()).toBe('{"done":1}');
      expect([...frames[1].payload]).toEqual([0, 255, 10]);
      expect(decoder.pending).toBe(0);
    }
  });

  it('refuses an unknown frame type', () => {
    expect(() => new FrameDecoder().push(Buffer.from([0x51, 0, 0, 0, 0]))).toThrow(/Unknown frame type/);
  });
});
