/** A minimal static file server for a built site, on a free loopback port. */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

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
};

export interface StaticSite {
  url: string;
  close: () => Promise<void>;
}

export async function serveStatic(root: string): Promise<StaticSite> {
  const server: Server = createServer((request, response) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
      let file = path.join(root, path.normalize(pathname));
      if (!file.startsWith(root)) file = path.join(root, '404.html');
      const info = await stat(file).catch(() => undefined);
      if (info?.isDirectory()) file = path.join(file, 'index.html');
      const body = await readFile(file).catch(() => undefined);
      if (body) {
        response.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
        response.end(body);
      } else {
        response.writeHead(404, { 'Content-Type': TYPES['.html'] });
        response.end(await readFile(path.join(root, '404.html')).catch(() => 'Not found'));
      }
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
