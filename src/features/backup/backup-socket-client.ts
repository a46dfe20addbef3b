import net from 'node:net';
import type { Writable } from 'node:stream';
import { AppError } from '../../shared/errors.ts';
import { FrameDecoder } from './control-frames.ts';
import { BACKUP_REQUEST } from './backup-socket-server.ts';
import type { BackupProgress, BackupSummary } from './write-backup.ts';

/** No server listens on the socket: the caller opens the database itself. */
export class NoBackupServerError extends Error {}

/**
 * Asks the server holding an embedded data directory for a backup over its control socket and
 * writes the file to `output` (ended when complete). Throws NoBackupServerError when no server
 * answers, and AppError when the server could not make the backup.
 */
export function requestBackupFromServer(socketPath: string, output: Writable, onProgress?: (progress: BackupProgress) => void): Promise<BackupSummary> {
  return new Promise((resolve, reject) => {
    const socket = net.createConnection(socketPath);
    const decoder = new FrameDecoder();
    let connected = false;
    let settled = false;
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      socket.destroy();
      output.destroy();
      reject(error);
    };
    socket.on('connect', () => {
      connected = true;
      socket.write(BACKUP_REQUEST);
    });
    socket.on('error', (error: NodeJS.ErrnoException) => {
      if (!connected && (error.code === 'ENOENT' || error.code === 'ECONNREFUSED')) fail(new NoBackupServerError(error.message));
      else fail(error);
    });
    socket.on('data', (chunk: Buffer) => {
      let frames;
      try {
        frames = decoder.push(chunk);
      } catch (error) {
        return fail(error as Error);
      }
      for (const frame of frames) {
        if (frame.type === 'data') {
          // Backpressure: stop reading the socket while the file catches up.
          if (!output.write(frame.payload)) {
            socket.pause();
            output.once('drain', () => socket.resume());
          }
        } else if (frame.type === 'progress') onProgress?.(JSON.parse(frame.payload.toString('utf8')));
        else if (frame.type === 'error') return fail(new AppError('backup_failed', 500, frame.payload.toString('utf8')));
        else if (frame.type === 'done') {
          const summary = JSON.parse(frame.payload.toString('utf8')) as BackupSummary;
          settled = true;
          socket.end();
          output.end(() => resolve(summary));
          return;
        }
      }
    });
    socket.on('close', () => fail(new AppError('backup_failed', 500, 'The server closed the connection before the backup was complete.')));
  });
}
