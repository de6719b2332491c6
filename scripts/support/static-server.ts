/**
 * A static file server for a built site (tests, benchmarks, the audit): `sirv` on 127.0.0.1 with
 * `compression` (gzip, as GitHub Pages and most hosts compress text), the site's 404 page for a
 * missing path.
 */
import { createReadStream } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import compression from 'compression';
import sirv from 'sirv';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Serve `root`; with `gzip`, compress text responses. */
export function serveStatic(root: string, { port = 0, gzip = true }: { port?: number; gzip?: boolean } = {}): Promise<RunningServer> {
  const files = sirv(root, {
    dev: true,
    dotfiles: false,
    onNoMatch: (_req, res) => {
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      createReadStream(join(root, '404.html'))
        .on('error', () => res.end('Not found'))
        .pipe(res);
    },
  });
  const compress = gzip ? compression() : undefined;
  const server = createServer((req, res) => {
    if (!compress) return files(req, res);
    compress(req as Parameters<typeof compress>[0], res as Parameters<typeof compress>[1], () => files(req, res));
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const p = typeof address === 'object' && address ? address.port : port;
      resolve({ url: `http://127.0.0.1:${p}`, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}
