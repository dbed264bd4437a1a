/**
 * A minimal static file server for the benchmark's build (node:http): correct MIME types
 * (application/wasm included, so that wasm compiles by streaming), no caching, no directory
 * listings, nothing outside the root. It prefers the given ports and falls back to a free one.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  // Shipped data sets are gzip files the app gunzips itself: no Content-Encoding.
  '.gz': 'application/gzip',
};

/** A running server: its base address (ending in '/') and how to stop it. */
export interface StaticServer {
  readonly baseUrl: string;
  close(): Promise<void>;
}

/** The file under `rootDir` that a request path names, or null when it would leave the root. */
function resolveFile(rootDir: string, requestUrl: string): string | null {
  const pathname = decodeURIComponent(new URL(requestUrl, 'http://localhost').pathname);
  const relative = normalize(pathname).replace(/^[/\\]+/, '');
  if (relative.split(sep).includes('..')) return null;
  const file = join(rootDir, relative);
  return file.endsWith(sep) || relative === '' ? join(file, 'index.html') : file;
}

function listen(server: Server, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const onError = (): void => resolve(false);
    server.once('error', onError);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', onError);
      resolve(true);
    });
  });
}

/** Serves `rootDir` on 127.0.0.1, on the first free port of `preferredPorts`, else on any free port. */
export async function serveStatic(rootDir: string, preferredPorts: readonly number[]): Promise<StaticServer> {
  const server = createServer((request, response) => {
    const file = request.url ? resolveFile(rootDir, request.url) : null;
    if (!file) {
      response.writeHead(403).end('Forbidden');
      return;
    }
    stat(file).then(
      (info) => {
        if (!info.isFile()) {
          response.writeHead(404).end('Not found');
          return;
        }
        response.writeHead(200, {
          'Content-Type': MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
          'Content-Length': info.size,
          'Cache-Control': 'no-store',
        });
        createReadStream(file).pipe(response);
      },
      () => response.writeHead(404).end('Not found'),
    );
  });
  let isListening = false;
  for (const port of [...preferredPorts, 0]) {
    isListening = await listen(server, port);
    if (isListening) break;
  }
  if (!isListening) throw new Error('The benchmark server could not listen on any port');
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
