/**
 * The reader-interaction part of `npm run bench`, run against the cached Loa that run.ts started:
 *   1. article reads alone, then the same reads while ratings and poll votes arrive at a steady
 *      rate, in alternating rounds so that drift on the machine hits both alike. The reads are the
 *      same closed-loop load as the read-only figure; the writes come open-loop from a separate
 *      process (as readers act on their own, and so the read load generator keeps its CPU), at
 *      BENCH_WRITE_SHARE (1 %) of the read-only rate — one reader in a hundred rates or votes. The
 *      mixed rounds' reads per second are compared with the read-only rounds (goal: at least 90 %)
 *      and every accepted write is looked for in the database;
 *   2. a burst of BENCH_BURST (1,000) votes sent at once, each on its own connection by its own
 *      reader, then counted in the database: rows, the poll's voter count and the options' counts.
 * Each write names a new address in X-Forwarded-For (the server trusts it, as behind a reverse
 * proxy) and carries no cookie, so the server sees that many distinct readers.
 */
import { fork } from 'node:child_process';
import { Agent, request } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { sql } from 'kysely';
import { type Database, openSqlite } from '../../src/platform/db/database.js';
import { READER_HEADERS } from './reader.js';

const WRITE_SHARE = Number(process.env.BENCH_WRITE_SHARE ?? 0.01);
const BURST = Number(process.env.BENCH_BURST ?? 1000);
const ROUNDS = 5;
const ROUND_SECONDS = 3;

export interface VotesReport {
  connections: number;
  readOnlyRps: number[];
  /** Reads per second in the mixed rounds (the writes not included). */
  mixedReadRps: number[];
  writesPerSecond: number;
  readOnlyP99: number;
  mixedP99: number;
  writes: { sent: number; accepted: number; refused: number; p50: number; p99: number };
  stored: { ratings: number; votes: number; ratingsAccepted: number; votesAccepted: number };
  burst: {
    sent: number;
    accepted: number;
    failed: number;
    ms: number;
    rows: number;
    voters: number;
    optionSum: number;
  };
}

let nextAddress = 0;
/** An address no other write has used: 10.0.0.1, 10.0.0.2, … */
function freshAddress(): string {
  const i = nextAddress++;
  return `10.${Math.floor(i / 62_500) % 250}.${(Math.floor(i / 250) % 250) + 1}.${(i % 250) + 1}`;
}

/** One POST on its own connection from a reader of its own, as in the burst. */
function post(base: URL, path: string, payload: unknown, agent: Agent): Promise<number> {
  const body = JSON.stringify(payload);
  return new Promise((resolve) => {
    const req = request(
      {
        host: base.hostname,
        port: base.port,
        path,
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'x-forwarded-for': freshAddress(),
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', () => resolve(0));
    req.end(body);
  });
}

async function makePoll(database: Database, siteId: number, question: string) {
  const now = Date.now();
  const poll = await database.db
    .insertInto('polls')
    .values({
      site_id: siteId,
      lang: 'vi',
      question,
      multiple: 0,
      opens_at: now - 60_000,
      closes_at: null,
      placement: JSON.stringify({ home: true, articles: true, categories: [] }),
      hidden: 0,
      total_voters: 0,
      created_by: null,
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const options = await database.db
    .insertInto('poll_options')
    .values(
      ['Rất tốt', 'Tốt', 'Chưa tốt'].map((label, position) => ({
        site_id: siteId,
        poll_id: poll.id,
        label,
        position,
        votes: 0,
      })),
    )
    .returning('id')
    .execute();
  return { id: poll.id, options: options.map((o) => o.id) };
}

async function countOf(
  database: Database,
  table: 'ratings' | 'poll_votes',
  column: 'article_id' | 'poll_id',
  id: number,
) {
  const row = await database.db
    .selectFrom(table)
    .select(sql<number>`count(*)`.as('n'))
    .where(column, '=', id)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function pollCounts(database: Database, pollId: number) {
  const poll = await database.db
    .selectFrom('polls')
    .select('total_voters')
    .where('id', '=', pollId)
    .executeTakeFirstOrThrow();
  const sum = await database.db
    .selectFrom('poll_options')
    .select(sql<number>`coalesce(sum(votes), 0)`.as('n'))
    .where('poll_id', '=', pollId)
    .executeTakeFirstOrThrow();
  return {
    rows: await countOf(database, 'poll_votes', 'poll_id', pollId),
    voters: poll.total_voters,
    optionSum: Number(sum.n),
  };
}

interface WriterJob {
  base: string;
  articleId: number;
  pollId: number;
  options: number[];
  rate: number;
  seconds: number;
  /** First address number, so that rounds never reuse a reader. */
  offset: number;
}

/** In order of sending: even ones are ratings, odd ones votes. */
interface WriterResult {
  statuses: number[];
  ms: number[];
}

/** Sends `rate` writes a second for `seconds`, half ratings, half votes, each by a new reader. */
async function writeLoad(job: WriterJob): Promise<WriterResult> {
  nextAddress = job.offset;
  const base = new URL(job.base);
  // Keep-alive connections, like a reverse proxy's to the app.
  const agent = new Agent({ keepAlive: true, maxSockets: 32 });
  const statuses: number[] = [];
  const ms: number[] = [];
  const pending: Promise<void>[] = [];
  const started = performance.now();
  const gapMs = 1000 / job.rate;
  for (let n = 0; n < job.rate * job.seconds; n++) {
    // Each write at its due time (sleeping in between, not polling, to disturb the machine least).
    const wait = started + n * gapMs - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    const i = n;
    const sentAt = performance.now();
    const sent =
      i % 2 === 0
        ? post(base, `/api/v1/articles/${job.articleId}/rating`, { stars: (i % 5) + 1 }, agent)
        : post(
            base,
            `/api/v1/polls/${job.pollId}/votes`,
            { options: [job.options[i % job.options.length]] },
            agent,
          );
    pending.push(
      sent.then((status) => {
        statuses[i] = status;
        ms[i] = performance.now() - sentAt;
      }),
    );
  }
  await Promise.all(pending);
  agent.destroy();
  return { statuses, ms };
}

/** A child process that runs write loads on request, started once so its start-up is not measured. */
function startWriter() {
  const child = fork(fileURLToPath(import.meta.url), ['writer'], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ready = new Promise((resolve) => child.once('message', resolve));
  return {
    ready,
    run(job: WriterJob): Promise<WriterResult> {
      return new Promise((resolve) => {
        child.once('message', (result) => resolve(result as WriterResult));
        child.send(job);
      });
    },
    stop() {
      child.kill();
    },
  };
}

if (process.argv[2] === 'writer' && process.send) {
  process.on('message', async (job) => {
    process.send!(await writeLoad(job as WriterJob));
  });
  process.send('ready');
}

export async function benchVotes(o: {
  base: string;
  dataDir: string;
  articlePath: string;
  connections: number;
}): Promise<VotesReport> {
  const base = new URL(o.base);
  const database = openSqlite(join(o.dataDir, 'loa.sqlite'));
  try {
    const slug = decodeURIComponent(o.articlePath.split('/').pop() ?? '');
    const article = await database.db
      .selectFrom('articles')
      .select(['id', 'site_id'])
      .where('slug', '=', slug)
      .executeTakeFirstOrThrow();
    const mixedPoll = await makePoll(database, article.site_id, 'Bạn thấy bài viết này thế nào?');
    const burstPoll = await makePoll(
      database,
      article.site_id,
      'Đánh giá của bạn về Cổng thông tin điện tử?',
    );

    const writer = startWriter();
    const read = (seconds: number) =>
      autocannon({
        url: `${o.base}${o.articlePath}`,
        connections: o.connections,
        duration: seconds,
        pipelining: 1,
        headers: READER_HEADERS,
      });
    await read(2); // warm-up
    await writer.ready;

    const readOnly: autocannon.Result[] = [];
    const mixed: { result: autocannon.Result; writes: number }[] = [];
    const accepted = { ratings: 0, votes: 0, refused: 0 };
    const latencies: number[] = [];
    let rate = 0;
    for (let round = 0; round < ROUNDS; round++) {
      readOnly.push(await read(ROUND_SECONDS));
      // The write rate follows the first read-only round: a share of the readers.
      rate ||= Math.min(1000, Math.max(10, Math.round(readOnly[0]!.requests.average * WRITE_SHARE)));
      const [result, sent] = await Promise.all([
        read(ROUND_SECONDS),
        writer.run({
          base: o.base,
          articleId: article.id,
          pollId: mixedPoll.id,
          options: mixedPoll.options,
          rate,
          seconds: ROUND_SECONDS,
          offset: round * 100_000,
        }),
      ]);
      mixed.push({ result, writes: sent.statuses.length });
      for (const [i, status] of sent.statuses.entries()) {
        if (status !== 201) accepted.refused++;
        else if (i % 2 === 0) accepted.ratings++;
        else accepted.votes++;
      }
      latencies.push(...sent.ms);
    }
    writer.stop();
    latencies.sort((a, b) => a - b);
    const stored = {
      ratings: await countOf(database, 'ratings', 'article_id', article.id),
      votes: await countOf(database, 'poll_votes', 'poll_id', mixedPoll.id),
    };

    // The burst: every vote on its own connection, all opened at once, each by a new reader.
    nextAddress = 900_000;
    const burstAgent = new Agent({ keepAlive: false, maxSockets: Number.POSITIVE_INFINITY });
    const burstStart = performance.now();
    const burst = await Promise.all(
      Array.from({ length: BURST }, (_, i) =>
        post(
          base,
          `/api/v1/polls/${burstPoll.id}/votes`,
          { options: [burstPoll.options[i % 3]] },
          burstAgent,
        ),
      ),
    );
    const burstMs = performance.now() - burstStart;

    const mixedSeconds = mixed.reduce((s, m) => s + m.result.duration, 0);
    const sent = mixed.reduce((s, m) => s + m.writes, 0);
    return {
      connections: o.connections,
      readOnlyRps: readOnly.map((r) => r.requests.average),
      mixedReadRps: mixed.map((m) => m.result.requests.average),
      writesPerSecond: sent / mixedSeconds,
      readOnlyP99: Math.max(...readOnly.map((r) => r.latency.p99)),
      mixedP99: Math.max(...mixed.map((m) => m.result.latency.p99)),
      writes: {
        sent,
        accepted: accepted.ratings + accepted.votes,
        refused: accepted.refused,
        p50: latencies[latencies.length >> 1] ?? 0,
        p99: latencies[Math.floor(latencies.length * 0.99)] ?? 0,
      },
      stored: { ...stored, ratingsAccepted: accepted.ratings, votesAccepted: accepted.votes },
      burst: {
        sent: BURST,
        accepted: burst.filter((s) => s === 201).length,
        failed: burst.filter((s) => s !== 201).length,
        ms: burstMs,
        ...(await pollCounts(database, burstPoll.id)),
      },
    };
  } finally {
    await database.close();
  }
}

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? 0;
const ok = (good: boolean) => (good ? 'ok' : 'FAILED');

export function votesReport(r: VotesReport): string {
  const ro = median(r.readOnlyRps);
  const mix = median(r.mixedReadRps);
  const ratio = mix / ro;
  // A write whose answer was cut off still counts; none accepted may be missing.
  const lost =
    Math.max(0, r.stored.ratingsAccepted - r.stored.ratings) +
    Math.max(0, r.stored.votesAccepted - r.stored.votes);
  const burstLost = r.burst.accepted - r.burst.rows;
  const burstExact = r.burst.rows === r.burst.voters && r.burst.rows === r.burst.optionSum;
  const list = (xs: number[]) => xs.map((x) => fmt(x)).join(', ');
  return [
    '',
    `reader interaction — article reads alone and with ratings and poll votes by new readers (${fmt(WRITE_SHARE * 100, 1)} % of the read rate; ${r.connections} connections, ${ROUNDS} × ${ROUND_SECONDS} s rounds each)`,
    `  reads alone        ${fmt(ro).padStart(7)} reads/s median (rounds ${list(r.readOnlyRps)}; p99 ≤ ${r.readOnlyP99} ms)`,
    `  reads with writes  ${fmt(mix).padStart(7)} reads/s median (rounds ${list(r.mixedReadRps)}; p99 ≤ ${r.mixedP99} ms), with ${fmt(r.writesPerSecond)} writes/s`,
    `  reading throughput ${fmt(ratio * 100, 1)} % of read-only (goal ≥ 90 %): ${ok(ratio >= 0.9)}`,
    `  writes: ${fmt(r.writes.sent)} sent, ${fmt(r.writes.accepted)} accepted, ${r.writes.refused} refused, p50 ${fmt(r.writes.p50, 1)} ms, p99 ${fmt(r.writes.p99, 1)} ms; in the database ${fmt(r.stored.ratings)} ratings and ${fmt(r.stored.votes)} votes for ${fmt(r.stored.ratingsAccepted)} and ${fmt(r.stored.votesAccepted)} accepted — lost ${lost}: ${ok(lost === 0 && r.writes.refused === 0)}`,
    `burst of ${fmt(r.burst.sent)} votes at once: ${fmt(r.burst.accepted)} accepted, ${r.burst.failed} refused or failed, in ${fmt(r.burst.ms)} ms`,
    `  in the database: ${fmt(r.burst.rows)} vote rows, ${fmt(r.burst.voters)} voters on the poll, ${fmt(r.burst.optionSum)} option votes — lost ${burstLost}: ${ok(burstLost === 0 && burstExact && r.burst.failed === 0)}`,
  ].join('\n');
}
