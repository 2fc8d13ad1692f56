/**
 * The ceiling for the benchmark: a bare Node HTTP server sending fixed bytes per path, with the
 * same headers Loa sends. Nothing on this stack can serve a page faster.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

interface Page {
  path: string;
  bodyFile: string;
  headers: Record<string, string>;
}

const pages = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as Page[];
const byPath = new Map(pages.map((p) => [p.path, { body: readFileSync(p.bodyFile), headers: p.headers }]));

const server = createServer((req, res) => {
  const page = byPath.get(req.url ?? '');
  if (!page) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { ...page.headers, 'content-length': page.body.length });
  res.end(page.body);
});
server.keepAliveTimeout = 65_000;
server.listen(Number(process.argv[3]), '127.0.0.1', () => process.send?.('ready'));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
