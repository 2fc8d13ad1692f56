/**
 * `npm run bench`: generates a site with BENCH_ARTICLES (10,000) articles in a temporary data dir,
 * starts Loa in production mode and loads the home, a category and an article page with autocannon
 * beside a bare Node server sending the same bytes; then again with the page cache off. Prints
 * requests/s, p50/p99, the ratio to the ceiling, the cold render time of a long article, RSS and
 * the start-up time. Everything runs on 127.0.0.1 and stops by itself.
 */
import { type ChildProcess, fork, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { seedDemo } from '../../src/features/demo/seed.js';
import { openSqlite } from '../../src/platform/db/database.js';
import { migrateToLatest } from '../../src/platform/db/migrate.js';
import { READER_HEADERS } from './reader.js';
import { benchVotes, votesReport } from './votes.js';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 10_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const LOA_PORT = 3901;
const CEILING_PORT = 3902;
const root = new URL('../../', import.meta.url).pathname;

interface Load {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

async function load(url: string): Promise<Load> {
  // A short warm-up first, so the JIT has compiled the hot path before anything is measured.
  const headers = READER_HEADERS;
  await autocannon({ url, connections: CONNECTIONS, duration: 2, pipelining: 1, headers });
  const r = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, pipelining: 1, headers });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.non2xx };
}

async function waitFor(url: string, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

async function startLoa(
  dataDir: string,
  pageCache: boolean,
): Promise<{ child: ChildProcess; startMs: number }> {
  const started = performance.now();
  // The bundled server (npm run bench builds it first), as `npm start` runs it.
  const child = spawn(process.execPath, [join(root, 'dist/loa.mjs'), 'start'], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(LOA_PORT),
      HOST: '127.0.0.1',
      LOA_DATA_DIR: dataDir,
      LOA_DEMO: '0',
      LOA_PAGE_CACHE: pageCache ? '1' : '0',
      // As behind a reverse proxy: the vote load names each reader's address (votes.ts).
      LOA_TRUST_PROXY: '1',
      LOA_LOG_LEVEL: 'warn',
      LOA_ADMIN_EMAIL: 'bench@loa.localhost',
      LOA_ADMIN_PASSWORD: 'bench-password-123',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  await waitFor(`http://127.0.0.1:${LOA_PORT}/healthz`);
  return { child, startMs: performance.now() - started };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const done = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await done;
}

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'loa-bench-'));
  const children: ChildProcess[] = [];
  process.on('exit', () => {
    for (const c of children) c.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });
  try {
    // 1. Data
    const t = performance.now();
    const database = openSqlite(join(dir, 'loa.sqlite'));
    await migrateToLatest(database);
    const seeded = await seedDemo(database, {
      dataDir: dir,
      siteLimit: 1,
      articlesPerSite: ARTICLES,
      englishPerSite: 10,
      imagesPerSite: 8,
      related: false,
      onProgress: (done, total) => {
        if (done % 2000 === 0) process.stderr.write(`  seeded ${done}/${total} articles\n`);
      },
    });
    const longest = await database.db
      .selectFrom('articles')
      .select(['slug', 'word_count'])
      .where('lang', '=', 'vi')
      .where('status', '=', 'published')
      .orderBy('word_count', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    const category = await database.db
      .selectFrom('categories')
      .select('slug')
      .where('slug', '=', 'tin-tuc')
      .executeTakeFirstOrThrow();
    await database.close();
    console.log(
      `data: ${seeded.articles} articles, ${seeded.media} photos generated in ${fmt((performance.now() - t) / 1000, 1)} s`,
    );

    const pages = [
      { name: 'home', path: '/' },
      { name: 'category', path: `/chuyen-muc/${category.slug}` },
      { name: 'article', path: `/bai-viet/${longest.slug}` },
    ];

    // 2. Loa with the page cache
    const cached = await startLoa(dir, true);
    children.push(cached.child);
    const captured = [];
    for (const p of pages) {
      const res = await fetch(`http://127.0.0.1:${LOA_PORT}${p.path}`);
      const body = Buffer.from(await res.arrayBuffer());
      if (res.status !== 200) throw new Error(`${p.path} answered ${res.status}`);
      const headers: Record<string, string> = {};
      res.headers.forEach((v, k) => {
        if (!['content-length', 'connection', 'keep-alive', 'date', 'transfer-encoding'].includes(k))
          headers[k] = v;
      });
      const bodyFile = join(dir, `${p.name}.html`);
      writeFileSync(bodyFile, body);
      captured.push({ path: p.path, bodyFile, headers, bytes: body.length });
    }
    const results: Record<string, { loa: Load; ceiling?: Load; nocache?: Load; bytes: number }> = {};
    for (const [i, p] of pages.entries()) {
      results[p.name] = {
        loa: await load(`http://127.0.0.1:${LOA_PORT}${p.path}`),
        bytes: captured[i]!.bytes,
      };
    }
    // Reads with ratings and poll votes, and a burst of votes (votes.ts).
    const votes = await benchVotes({
      base: `http://127.0.0.1:${LOA_PORT}`,
      dataDir: dir,
      articlePath: pages[2]!.path,
      connections: CONNECTIONS,
    });
    const rssCached = rssMb(cached.child.pid!);
    await stop(cached.child);

    // 3. The ceiling: a bare Node server with the same bytes
    const pagesFile = join(dir, 'pages.json');
    writeFileSync(pagesFile, JSON.stringify(captured));
    const ceiling = fork(join(root, 'test/bench/ceiling-server.ts'), [pagesFile, String(CEILING_PORT)], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    children.push(ceiling);
    await new Promise((r) => ceiling.once('message', r));
    for (const p of pages) results[p.name]!.ceiling = await load(`http://127.0.0.1:${CEILING_PORT}${p.path}`);
    await stop(ceiling);

    // 4. Loa without the page cache
    const uncached = await startLoa(dir, false);
    children.push(uncached.child);
    // Cold render: sequential requests of the longest article, server-side render time.
    const renderTimes: number[] = [];
    for (let i = 0; i < 200; i++) {
      const res = await fetch(`http://127.0.0.1:${LOA_PORT}${pages[2]!.path}`);
      await res.arrayBuffer();
      const m = /render;dur=([\d.]+)/.exec(res.headers.get('server-timing') ?? '');
      if (m) renderTimes.push(Number(m[1]));
    }
    renderTimes.sort((a, b) => a - b);
    const firstRender = renderTimes.length ? renderTimes[0] : Number.NaN;
    for (const p of pages) results[p.name]!.nocache = await load(`http://127.0.0.1:${LOA_PORT}${p.path}`);
    const rssUncached = rssMb(uncached.child.pid!);
    await stop(uncached.child);

    // 5. Report
    console.log(
      `\nLoa benchmark — ${ARTICLES} articles, ${CONNECTIONS} connections, ${SECONDS} s a load, SQLite\n`,
    );
    console.log(
      'page      bytes    ceiling req/s   cached req/s (p50/p99 ms)  ratio   uncached req/s (p50/p99 ms)',
    );
    for (const p of pages) {
      const r = results[p.name]!;
      console.log(
        `${p.name.padEnd(9)} ${fmt(r.bytes).padStart(7)}  ${fmt(r.ceiling!.rps).padStart(13)}   ${fmt(r.loa.rps).padStart(10)} (${r.loa.p50}/${r.loa.p99})`.padEnd(
          72,
        ) +
          `${fmt(r.loa.rps / r.ceiling!.rps, 2).padStart(5)}   ${fmt(r.nocache!.rps).padStart(12)} (${r.nocache!.p50}/${r.nocache!.p99})` +
          (r.loa.errors + r.nocache!.errors ? `  errors: ${r.loa.errors + r.nocache!.errors}` : ''),
      );
    }
    console.log(
      `\ncold render of the longest article (${longest.word_count} words): median ${fmt(renderTimes[renderTimes.length >> 1] ?? Number.NaN, 2)} ms, p99 ${fmt(renderTimes[Math.floor(renderTimes.length * 0.99)] ?? Number.NaN, 2)} ms, fastest ${fmt(firstRender ?? Number.NaN, 2)} ms`,
    );
    console.log(`RSS after load: ${rssCached} MB with the page cache, ${rssUncached} MB without`);
    console.log(
      `start to first request: ${fmt(cached.startMs)} ms (cache on), ${fmt(uncached.startMs)} ms (cache off)`,
    );
    console.log(votesReport(votes));
  } finally {
    for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
  }
}

await main();
