import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FixtureServer {
  url: string;
  requests: { ifNoneMatch: string | undefined; ifModifiedSince: string | undefined }[];
  close(): Promise<void>;
}

/**
 * A stand-in for the portal in tests: serves one file with an ETag and Last-Modified, and
 * answers 304 to a conditional GET that names them.
 */
export async function serveFixture(file: string, etag = '"fixture-1"'): Promise<FixtureServer> {
  const body = fs.readFileSync(file);
  const lastModified = 'Mon, 01 Jun 2026 06:00:00 GMT';
  const requests: FixtureServer['requests'] = [];
  const server = http.createServer((req, res) => {
    const ifNoneMatch = req.headers['if-none-match'];
    requests.push({ ifNoneMatch, ifModifiedSince: req.headers['if-modified-since'] });
    if (ifNoneMatch === etag) {
      res.writeHead(304, { etag });
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length, etag, 'last-modified': lastModified });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/grantsTenders.json`, requests, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** A URL nobody listens on: a port that was free a moment ago. */
export async function unreachableUrl(): Promise<string> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}/grantsTenders.json`;
}
