#!/usr/bin/env node
// The client side of bench/hall-sse-mix.sh: the hall under a day's load. N Server-Sent Events
// connections, spread evenly over the event's caption languages (connection i chooses
// language i mod L with `?captions=`), while
//  - a caption feeder sends `--cue-rate` cues a second per language through the ingest
//    endpoint a speech-to-text engine uses (`POST /hall/{event}/captions`, bearer token; one
//    keep-alive connection per language, as an engine holds), the languages staggered;
//  - `--react-share` of the attendees react every `--react-every` seconds through the hall
//    page's form (`POST /{lang}/hall/{token}/reactions`, CSRF cookie + field, `Accept:
//    application/json` as hall-reactions.js sends it): in period p the attendees with
//    i mod (1 / share) = p mod (1 / share), evenly spread over the period, so each attendee
//    reacts once every 100 s at the default 10 %, well inside the limit of one per 2 s.
//    One CSRF cookie and token (from the hall page of the spare registration) serve every
//    attendee: the token is not tied to the attendee, and the server checks it the same way.
//
//   node bench/hall-sse-mix.mjs --url http://127.0.0.1:PORT --tokens tokens.txt \
//     --connections 10000 --duration 60 --langs en,ar,ur --caption-token HEX --server-pid PID
//
// Timing: performance.now() in this one process; a cue's clock starts just before its POST is
// handed to the socket, a receipt is when the socket data holding the frame reached the
// process. Per cue: the time until every live connection of its language had it. The
// client's own load (event-loop lag, CPU share, how late the schedule fired) is measured over
// the mix: a client near a full core delays receipts itself, and the result says so.
//
// Prints one JSON object on stdout (progress on stderr). Shared parts: bench/hall-sse-lib.mjs.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { HttpClient, SseConn, ClientLoad, die, excerpt, openAll, percentiles, procStatus, sleep, tally, until } from './hall-sse-lib.mjs';
import { reactionReport, ReactionTally } from './hall-sse-mix-reactions.mjs';

const { values: opt } = parseArgs({
  options: {
    url: { type: 'string' },
    tokens: { type: 'string' },
    connections: { type: 'string' },
    duration: { type: 'string', default: '60' },
    langs: { type: 'string', default: 'en,ar,ur' },
    'cue-rate': { type: 'string', default: '2' },
    'react-share': { type: 'string', default: '0.1' },
    'react-every': { type: 'string', default: '10' },
    'caption-token': { type: 'string' },
    'server-pid': { type: 'string' },
    event: { type: 'string', default: 'water-for-every-home-2026' },
    'page-lang': { type: 'string', default: 'en' },
    batch: { type: 'string', default: '500' },
    'hello-timeout': { type: 'string', default: '60' },
    drain: { type: 'string', default: '5' },
    settle: { type: 'string', default: '1' },
  },
});

for (const k of ['url', 'tokens', 'connections', 'caption-token']) if (!opt[k]) die(`--${k} is required`);
const base = new URL(opt.url);
const N = Number(opt.connections);
const DURATION_MS = Number(opt.duration) * 1000;
const LANGS = opt.langs.split(',').map((s) => s.trim()).filter(Boolean);
const L = LANGS.length;
const CUE_EVERY = 1000 / Number(opt['cue-rate']);
const GROUPS = Math.max(1, Math.round(1 / Number(opt['react-share'])));
const REACT_EVERY = Number(opt['react-every']) * 1000;
const EVENT = opt.event;
const PAGE_LANG = opt['page-lang'];
const SERVER_PID = opt['server-pid'];
const REACTIONS = ['clap', 'heart', 'agree', 'smile', 'wow'];
const log = (msg) => process.stderr.write(`client: ${msg}\n`);

const tokens = fs.readFileSync(opt.tokens, 'utf8').split('\n').map((s) => s.trim()).filter(Boolean);
if (tokens.length < N + 1) die(`${opt.tokens} holds ${tokens.length} token(s), need ${N + 1} (one per connection and a spare)`);
if (!(N >= L)) die(`--connections must be at least the number of languages (${L})`);

// ---- the plan: every cue and reaction with its time (ms after the start) ---------------------

const CUES_PER_LANG = Math.ceil(DURATION_MS / CUE_EVERY);
const plan = []; // [at, kind (0 cue, 1 reaction), a, b]: cue (lang g, number k) / reaction (conn i, kind r)
for (let g = 0; g < L; g++) {
  for (let k = 0; k < CUES_PER_LANG; k++) {
    const at = (k + g / L) * CUE_EVERY;
    if (at < DURATION_MS) plan.push([at, 0, g, k]);
  }
}
for (let p = 0; p * REACT_EVERY < DURATION_MS; p++) {
  const who = [];
  for (let i = p % GROUPS; i < N; i += GROUPS) who.push(i);
  who.forEach((i, j) => {
    const at = p * REACT_EVERY + (j * REACT_EVERY) / who.length;
    if (at < DURATION_MS) plan.push([at, 1, i, (i + p) % REACTIONS.length]);
  });
}
plan.sort((a, b) => a[0] - b[0]);

// ---- receipts ------------------------------------------------------------------------------

const RUN = crypto.randomBytes(4).toString('hex');
const MARKER = new RegExp(`bench-${RUN}-(\\d+)-(\\d+)`);
const groupSize = LANGS.map((_, g) => Math.floor((N - 1 - g) / L) + 1);
// recv[g][k * groupSize[g] + pos]: when the pos-th connection of language g got cue k; 0 = not.
const recv = groupSize.map((size) => new Float64Array(CUES_PER_LANG * size));
const cueSentAt = LANGS.map(() => new Float64Array(CUES_PER_LANG));
const cueStatus = LANGS.map(() => new Int16Array(CUES_PER_LANG)); // HTTP status; 0 = not sent
const wrongLang = new Uint32Array(N); // cues of another language a connection received
let missing = 0; // (cue accepted, live connection of its language) pairs not yet received
const reactions = new ReactionTally(N);

function onEvent(conn, type, data, t) {
  if (type === 'reactions') return reactions.frame(conn.i, data, t);
  if (type !== 'caption') return;
  const m = MARKER.exec(data);
  if (!m) return;
  const g = Number(m[1]);
  const k = Number(m[2]);
  if (g !== conn.i % L) {
    wrongLang[conn.i]++;
    return;
  }
  const slot = k * groupSize[g] + Math.floor(conn.i / L);
  if (recv[g][slot] !== 0) return; // a duplicate
  recv[g][slot] = t;
  if (cueStatus[g][k] === 201) missing--;
}

// ---- sending ---------------------------------------------------------------------------------

const feeders = LANGS.map(() => new HttpClient(base, { keepAlive: true, maxSockets: 1 }));
const attendees = new HttpClient(base, { keepAlive: true, maxSockets: 64 });
const cuePostMs = [];
const statuses = { cues: {}, reactions: {} };
let inFlight = 0;
let conns = [];

function count(map, status) {
  map[status] = (map[status] ?? 0) + 1;
}

function sendCue(g, k) {
  const text = `bench-${RUN}-${g}-${k}: caption line ${k + 1} in ${LANGS[g]} from the hall benchmark`;
  let tSend = 0;
  inFlight++;
  feeders[g]
    .request('POST', `/hall/${EVENT}/captions`, { lang: LANGS[g], text }, {
      accept: 'application/json',
      headers: { Authorization: `Bearer ${opt['caption-token']}` },
      onSend: () => {
        tSend = performance.now();
      },
    })
    .then(
      (res) => {
        cuePostMs.push(performance.now() - tSend);
        cueSentAt[g][k] = tSend;
        cueStatus[g][k] = res.status;
        count(statuses.cues, res.status);
        if (res.status === 201) {
          // Receipts that came before the answer are already in.
          for (let pos = 0; pos < groupSize[g]; pos++) {
            if (conns[pos * L + g].hello && recv[g][k * groupSize[g] + pos] === 0) missing++;
          }
        } else if (statuses.cues[res.status] === 1) log(`cue refused: ${excerpt(res)}`);
      },
      (e) => count(statuses.cues, e.code ?? 'error'),
    )
    .finally(() => inFlight--);
}

function react(csrf, i, r) {
  inFlight++;
  reactions.sent++;
  attendees
    .request('POST', `/${PAGE_LANG}/hall/${tokens[i]}/reactions`, { csrf, reaction: REACTIONS[r] }, { accept: 'application/json' })
    .then(
      (res) => {
        count(statuses.reactions, res.status);
        if (res.status === 204) reactions.counted++;
        else if (statuses.reactions[res.status] === 1) log(`reaction refused: ${excerpt(res)}`);
      },
      (e) => count(statuses.reactions, e.code ?? 'error'),
    )
    .finally(() => inFlight--);
}

// Runs the plan from `t0`; how late (ms) each step fired, as percentiles.
async function runPlan(csrf, t0) {
  const late = [];
  let next = 0;
  while (next < plan.length) {
    const now = performance.now();
    while (next < plan.length && t0 + plan[next][0] <= now) {
      const [at, kind, a, b] = plan[next++];
      late.push(now - (t0 + at));
      if (kind === 0) sendCue(a, b);
      else react(csrf, a, b);
    }
    if (next < plan.length) await sleep(Math.max(0, t0 + plan[next][0] - performance.now()));
  }
  return percentiles(late);
}

// The share of a core the server used between two readings `seconds` apart.
function cpuShare(from, to, seconds) {
  if (from?.cpuSeconds == null || to?.cpuSeconds == null) return null;
  return Number(((to.cpuSeconds - from.cpuSeconds) / seconds).toFixed(3));
}

// ---- the run --------------------------------------------------------------------------------

async function main() {
  // The spare registration's hall page gives the form cookie and token; one reaction checks
  // the form works (and is shown, to nobody, before any stream opens).
  const spare = tokens[N];
  const csrf = await attendees.formToken(`/${PAGE_LANG}/hall/${spare}`, 'hall page');
  const trial = await attendees.request('POST', `/${PAGE_LANG}/hall/${spare}/reactions`, { csrf, reaction: 'clap' }, { accept: 'application/json' });
  if (trial.status !== 204) die(`POST /${PAGE_LANG}/hall/{token}/reactions answered ${excerpt(trial)}`);
  await sleep(2500); // past the next aggregated frame: the trial's count goes to nobody

  conns = tokens
    .slice(0, N)
    .map((tok, i) => new SseConn(i, `/${PAGE_LANG}/hall/${tok}/updates?captions=${LANGS[i % L]}`, { host: attendees.host, port: attendees.port, onEvent }));
  const openSeconds = await openAll(conns, { batch: Math.max(1, Number(opt.batch)), helloTimeoutMs: Number(opt['hello-timeout']) * 1000, log });
  await sleep(Number(opt.settle) * 1000);
  const idle = procStatus(SERVER_PID);
  log(`${tally.hello}/${N} connections with hello in ${openSeconds.toFixed(1)} s; server RSS ${(idle?.rssKiB / 1024).toFixed(1)} MiB`);
  log(`mix for ${DURATION_MS / 1000} s: ${L} languages x ${(1000 / CUE_EVERY).toFixed(1)} cues/s, ${plan.length} sends in all`);

  const load = new ClientLoad();
  let rssMaxKiB = idle?.rssKiB ?? 0;
  const sampler = setInterval(() => {
    const s = procStatus(SERVER_PID);
    if (s?.rssKiB > rssMaxKiB) rssMaxKiB = s.rssKiB;
  }, 1000);
  const atStart = procStatus(SERVER_PID);
  const t0 = performance.now() + 50;
  reactions.start(t0);
  load.start();
  const late = await runPlan(csrf, t0);
  // Every answer in, then every cue everywhere (or --drain s), and the last aggregated frame.
  const drainMs = Number(opt.drain) * 1000;
  const tEnd = performance.now();
  await until(() => inFlight === 0, 30000);
  await until(() => missing <= 0, drainMs);
  await sleep(Math.max(0, tEnd + 2500 - performance.now()));
  const client = load.stop();
  clearInterval(sampler);
  const mixSeconds = (performance.now() - t0) / 1000;
  const after = procStatus(SERVER_PID);

  // Per cue: the time until the last live connection of its language had it; per receipt.
  const fanout = [];
  const receipts = new Float64Array(groupSize.reduce((s, n) => s + n, 0) * CUES_PER_LANG);
  let nReceipts = 0;
  let lost = 0;
  let incompleteCues = 0;
  for (let g = 0; g < L; g++) {
    for (let k = 0; k < CUES_PER_LANG; k++) {
      if (cueStatus[g][k] !== 201) continue;
      let last = 0;
      let gone = 0;
      for (let pos = 0; pos < groupSize[g]; pos++) {
        if (!conns[pos * L + g].hello) continue;
        const r = recv[g][k * groupSize[g] + pos];
        if (r === 0) gone++;
        else {
          receipts[nReceipts++] = r - cueSentAt[g][k];
          if (r > last) last = r;
        }
      }
      lost += gone;
      if (gone) incompleteCues++;
      else fanout.push(last - cueSentAt[g][k]);
    }
  }
  const cuesPlanned = plan.filter((s) => s[1] === 0).length;
  const result = {
    mode: 'mix',
    connections: N,
    languages: Object.fromEntries(LANGS.map((l, g) => [l, groupSize[g]])),
    hello: tally.hello,
    connectionErrors: tally.failed,
    errorKinds: Object.fromEntries(tally.errors),
    droppedAfterHello: tally.dropped,
    openSeconds: Number(openSeconds.toFixed(2)),
    durationSeconds: DURATION_MS / 1000,
    mixSeconds: Number(mixSeconds.toFixed(2)),
    cues: {
      planned: cuesPlanned,
      accepted: statuses.cues[201] ?? 0,
      statuses: statuses.cues,
      postMs: percentiles(cuePostMs),
      fanoutMs: percentiles(fanout),
      incompleteCues,
      latencyMs: percentiles(receipts.subarray(0, nReceipts)),
      lostReceipts: lost,
      otherLanguageReceipts: wrongLang.reduce((s, n) => s + n, 0),
    },
    reactions: reactionReport(reactions, conns, statuses.reactions, mixSeconds),
    server: { idle, after, rssMaxKiB, cpuShare: cpuShare(atStart, after, mixSeconds) },
    client: { ...client, lateMs: late, rssKiB: Math.round(process.memoryUsage().rss / 1024) },
    eventTypes: Object.fromEntries(tally.eventTypes),
  };
  for (const c of conns) if (c.sock) c.sock.destroy();
  process.stdout.write(JSON.stringify(result) + '\n');
  process.exit(0);
}

main().catch((e) => die(e.stack ?? String(e)));
