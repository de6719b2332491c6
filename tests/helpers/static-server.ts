/** A small static file server for a built site (tests, benchmarks): 127.0.0.1 only. */
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
};

export interface RunningServer {
  url: string;
  /** Bytes sent so far (bodies only). */
  bytesSent(): number;
  close(): Promise<void>;
}

/** Text types a static host compresses on the fly (Pagefind's own index files are already gzip). */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.xml', '.csv', '.txt', '.svg']);

/** Serve `root`; with `gzip`, compress text responses as GitHub Pages and most hosts do. */
export function serveStatic(root: string, { port = 0, gzip = true }: { port?: number; gzip?: boolean } = {}): Promise<RunningServer> {
  let sent = 0;
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = join(root, normalize(path).replace(/^(\.\.[/\\])+/, ''));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    let status = 200;
    if (!existsSync(file)) {
      status = 404;
      file = join(root, '404.html');
    }
    const compress = gzip && COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    res.writeHead(status, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      ...(compress ? { 'Content-Encoding': 'gzip' } : {}),
    });
    if (!existsSync(file)) return res.end('Not found');
    const body = compress ? createReadStream(file).pipe(createGzip()) : createReadStream(file);
    body.on('data', (chunk: Buffer) => (sent += chunk.length));
    body.pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const p = typeof address === 'object' && address ? address.port : port;
      resolve({
        url: `http://127.0.0.1:${p}`,
        bytesSent: () => sent,
        close: () => new Promise((r) => server.close(() => r())),
      });
    });
  });
}
