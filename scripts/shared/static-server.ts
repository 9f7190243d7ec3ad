/** A minimal static file server for a built site, on a free loopback port. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.jpeg': 'image/jpeg',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
};

export interface StaticSite {
  url: string;
  close: () => Promise<void>;
}

/** Files a host compresses on the way (fonts and images are compressed already). */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.xml', '.svg', '.txt']);

export interface ServeOptions {
  /**
   * gzip text to a client that accepts it, as production hosts do: what Lighthouse's
   * simulated slow network sends is then what a reader's phone would receive.
   */
  compress?: boolean;
}

export async function serveStatic(root: string, options: ServeOptions = {}): Promise<StaticSite> {
  const send = (
    request: IncomingMessage,
    response: ServerResponse,
    status: number,
    file: string,
    body: Buffer | string,
  ): void => {
    const headers: Record<string, string> = { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' };
    const gzip =
      options.compress && COMPRESSIBLE.has(path.extname(file)) && /\bgzip\b/.test(String(request.headers['accept-encoding']));
    if (gzip) {
      headers['Content-Encoding'] = 'gzip';
      headers['Vary'] = 'Accept-Encoding';
    }
    response.writeHead(status, headers);
    response.end(gzip ? gzipSync(body) : body);
  };
  const server: Server = createServer((request, response) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
      let file = path.join(root, path.normalize(pathname));
      if (!file.startsWith(root)) file = path.join(root, '404.html');
      const info = await stat(file).catch(() => undefined);
      if (info?.isDirectory()) file = path.join(file, 'index.html');
      const body = await readFile(file).catch(() => undefined);
      if (body) send(request, response, 200, file, body);
      else send(request, response, 404, '404.html', await readFile(path.join(root, '404.html')).catch(() => 'Not found'));
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
