import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { Writable } from 'node:stream';
import type { Database } from '../../db/database.ts';
import { AppError } from '../../shared/errors.ts';
import { encodeFrame } from './control-frames.ts';
import { writeBackup } from './write-backup.ts';

/**
 * The embedded engine can be opened by one process only, and a running server holds it. So that
 * `pontis backup` works while that server runs, the server answers backup requests on a Unix
 * socket in its data directory. Only the account running Pontis may connect: the socket lives in
 * a directory of mode 0700 and is itself 0600.
 */
export const backupSocketPath = (dataDir: string) => path.join(dataDir, 'control', 'backup.sock');

/** The one request this socket understands (the rest of the protocol is in control-frames.ts). */
export const BACKUP_REQUEST = 'backup\n';

export async function startBackupSocket(database: Database, dataDir: string, log: { warn(obj: object, msg: string): void }): Promise<() => Promise<void>> {
  const socketPath = backupSocketPath(dataDir);
  fs.mkdirSync(path.dirname(socketPath), { recursive: true, mode: 0o700 });
  fs.chmodSync(path.dirname(socketPath), 0o700);
  // Left behind by a server that died: this process holds the data-directory lock, so no live
  // server is listening on it.
  fs.rmSync(socketPath, { force: true });
  const connections = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    connections.add(socket);
    socket.on('close', () => connections.delete(socket));
    socket.on('error', () => {});
    let request = '';
    socket.on('data', function onData(chunk) {
      request += chunk.toString('utf8');
      if (request.length < BACKUP_REQUEST.length && BACKUP_REQUEST.startsWith(request)) return;
      socket.off('data', onData);
      if (request !== BACKUP_REQUEST) {
        socket.end(encodeFrame('error', 'Unknown request on the backup socket.'));
        return;
      }
      void answerBackup(database, socket, log);
    });
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(socketPath, () => resolve());
    });
    fs.chmodSync(socketPath, 0o600);
  } catch (error) {
    // A path too long for a socket, say: the server runs on, `pontis backup` then says the data
    // directory is in use.
    log.warn({ err: error, socketPath }, 'backup socket not available; stop the server to back up');
    return async () => {};
  }
  return async () => {
    for (const socket of connections) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    fs.rmSync(socketPath, { force: true });
  };
}

async function answerBackup(database: Database, socket: net.Socket, log: { warn(obj: object, msg: string): void }) {
  const data = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      // The callback waits for the socket: a slow reader slows the backup instead of filling memory.
      socket.write(encodeFrame('data', chunk), (error) => callback(error ?? null));
    },
    final(callback) {
      callback();
    },
  });
  let lastProgress = 0;
  try {
    const summary = await writeBackup(database, data, {
      onProgress: (p) => {
        if (p.done - lastProgress < 1000 && p.done !== p.total) return;
        lastProgress = p.done;
        socket.write(encodeFrame('progress', JSON.stringify(p)));
      },
    });
    socket.end(encodeFrame('done', JSON.stringify(summary)));
  } catch (error) {
    const message = error instanceof AppError ? error.message : `The server could not write the backup: ${(error as Error).message}`;
    if (!(error instanceof AppError)) log.warn({ err: error }, 'backup over the control socket failed');
    if (!socket.destroyed) socket.end(encodeFrame('error', message));
  }
}
