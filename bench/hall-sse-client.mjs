#!/usr/bin/env node
// The client side of bench/hall-sse.sh: holds N Server-Sent Events connections to the online
// hall, posts announcements as a moderator and times every connection's receipt of each.
//
//   node bench/hall-sse-client.mjs --url http://127.0.0.1:PORT --tokens tokens.txt \
//     --connections 1000 --updates 20 --server-pid PID \
//     --email bench@example.org --password-link /admin/password/TOKEN --password PASS
//
// 1. Moderator: GET the set-password link (CSRF cookie + hidden `csrf` field), POST the new
//    password, sign in at /admin/login (keeps the `__Host-convene_session` cookie itself: it is
//    marked Secure and this is plain http), GET /admin/hall/{event} for the form token.
// 2. Opens `--connections` raw TCP connections (node:net, one registration token each) to
//    GET /{lang}/hall/{token}/updates, `--batch` at a time; each batch waits until each of its
//    connections got its `hello` frame or failed.
// 3. Reads the server's VmRSS from /proc/PID/status (idle, N connections).
// 4. `--updates` times: POST /admin/hall/{event}/announcements with a unique marker in the
//    text; the delay per connection runs from just before the POST is sent to the moment the
//    socket data holding the frame reached this process (performance.now(), one clock); waits
//    until every live connection has the frame (or `--update-timeout` seconds) before the next.
// 5. Reads VmRSS and VmHWM (peak) again; prints one JSON object on stdout (progress on stderr).
//
// Client load (event-loop lag, CPU share) is measured over the updates: a client near a full
// core adds its own delay to the latency. Shared parts: bench/hall-sse-lib.mjs. No npm packages.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { HttpClient, SseConn, ClientLoad, die, excerpt, openAll, percentiles, poke, procStatus, sleep, tally, until } from './hall-sse-lib.mjs';

const { values: opt } = parseArgs({
  options: {
    url: { type: 'string' },
    tokens: { type: 'string' },
    connections: { type: 'string' },
    updates: { type: 'string', default: '20' },
    'server-pid': { type: 'string' },
    email: { type: 'string', default: 'bench@example.org' },
    password: { type: 'string', default: 'bench-moderator-pass-2026' },
    'password-link': { type: 'string' },
    // Skips the set-password step (the account already has this password).
    'password-set': { type: 'boolean', default: false },
    event: { type: 'string', default: 'water-for-every-home-2026' },
    lang: { type: 'string', default: 'en' },
    batch: { type: 'string', default: '500' },
    'hello-timeout': { type: 'string', default: '60' },
    'update-timeout': { type: 'string', default: '30' },
    settle: { type: 'string', default: '1' },
    quiet: { type: 'boolean', default: false },
  },
});

for (const k of ['url', 'tokens', 'connections']) if (!opt[k]) die(`--${k} is required`);
if (!opt['password-set'] && !opt['password-link']) die('--password-link is required (or --password-set)');

const base = new URL(opt.url);
const N = Number(opt.connections);
const U = Number(opt.updates);
const UPDATE_TIMEOUT = Number(opt['update-timeout']) * 1000;
const SERVER_PID = opt['server-pid'];
const EVENT = opt.event;
const log = opt.quiet ? () => {} : (msg) => process.stderr.write(`client: ${msg}\n`);

const tokens = fs.readFileSync(opt.tokens, 'utf8').split('\n').map((s) => s.trim()).filter(Boolean);
if (tokens.length < N) die(`${opt.tokens} holds ${tokens.length} token(s), need ${N} (one registration per connection)`);

const web = new HttpClient(base);

async function signIn() {
  if (!opt['password-set']) {
    const link = new URL(opt['password-link'], base).pathname;
    const csrf = await web.formToken(link, 'set-password link');
    const res = await web.request('POST', link, { password: opt.password, again: opt.password, csrf });
    if (res.status !== 200) die(`POST ${link} (set password) answered ${excerpt(res)}`);
    log(`moderator ${opt.email}: password set`);
  }
  const csrf = await web.formToken('/admin/login', 'sign-in page');
  const res = await web.request('POST', '/admin/login', { email: opt.email, password: opt.password, csrf });
  if (res.status !== 303 && res.status !== 302) die(`POST /admin/login answered ${excerpt(res)}`);
  if (!web.jar.has('__Host-convene_session')) die('POST /admin/login set no __Host-convene_session cookie');
  if (res.headers.location && !/^\/admin\/?$/.test(res.headers.location)) {
    die(`POST /admin/login sent us to ${res.headers.location} (second factor required? run with CONVENE_REQUIRE_TOTP=false)`);
  }
  log(`moderator ${opt.email}: signed in`);
  return web.formToken(`/admin/hall/${EVENT}`, 'moderator hall page');
}

// ---- receipts ------------------------------------------------------------------------------

const RUN = crypto.randomBytes(4).toString('hex');
const MARKER = new RegExp(`bench-${RUN}-(\\d+)`);
// recv[k * N + i]: when connection i got update k (ms, performance.now()); 0 = not (yet).
const recv = new Float64Array(Math.max(1, U * N));
const sentAt = new Float64Array(Math.max(1, U));
const waiting = new Uint8Array(N); // connection i owes a receipt of `current`
let current = -1; // the update being waited for
let outstanding = 0; // live connections still waiting for `current`

function onEvent(conn, type, data, t) {
  const m = MARKER.exec(data);
  if (!m) return; // count frames, other hall updates
  const k = Number(m[1]);
  if (k >= U) return;
  const slot = k * N + conn.i;
  if (recv[slot] !== 0) return; // duplicate
  recv[slot] = t;
  if (k === current && waiting[conn.i]) {
    waiting[conn.i] = 0;
    outstanding--;
    if (outstanding === 0) poke();
  }
}

function onDrop(conn) {
  if (waiting[conn.i]) {
    waiting[conn.i] = 0;
    outstanding--;
  }
}

async function main() {
  const hallCsrf = await signIn();

  const conns = tokens
    .slice(0, N)
    .map((tok, i) => new SseConn(i, `/${opt.lang}/hall/${tok}/updates`, { host: web.host, port: web.port, onEvent, onDrop }));
  const openSeconds = await openAll(conns, {
    batch: Math.max(1, Number(opt.batch)),
    helloTimeoutMs: Number(opt['hello-timeout']) * 1000,
    log: opt.quiet ? () => {} : log,
  });
  await sleep(Number(opt.settle) * 1000);
  const idle = procStatus(SERVER_PID);
  log(`${tally.hello}/${N} connections with hello in ${openSeconds.toFixed(1)} s; server RSS ${(idle?.rssKiB / 1024).toFixed(1)} MiB`);

  const load = new ClientLoad();
  load.start();
  const postMs = [];
  const fanoutMs = [];
  let sent = 0;
  for (let k = 0; k < U; k++) {
    current = k;
    outstanding = 0;
    for (const c of conns) {
      waiting[c.i] = c.live ? 1 : 0;
      outstanding += waiting[c.i];
    }
    if (outstanding === 0) {
      log('no live connection left; stopping the updates');
      break;
    }
    const text = `bench-${RUN}-${k}: announcement ${k + 1} of ${U} from the hall benchmark`;
    let tSend = 0;
    const res = await web.request('POST', `/admin/hall/${EVENT}/announcements`, { csrf: hallCsrf, text }, {
      onSend: () => {
        tSend = performance.now();
      },
    });
    sentAt[k] = tSend;
    postMs.push(performance.now() - tSend);
    sent++;
    if (res.status !== 303) die(`POST /admin/hall/${EVENT}/announcements answered ${excerpt(res)}`);
    const ok = await until(() => outstanding === 0, UPDATE_TIMEOUT);
    let last = 0;
    let got = 0;
    for (let i = 0; i < N; i++) {
      const r = recv[k * N + i];
      if (r !== 0) {
        got++;
        if (r > last) last = r;
      }
    }
    fanoutMs.push(got ? last - tSend : null);
    if (!ok) log(`update ${k + 1}: ${outstanding} connection(s) still without it after ${UPDATE_TIMEOUT / 1000} s`);
    else if (k === 0 || k === U - 1) log(`update ${k + 1}/${U}: all ${got} received, last after ${(last - tSend).toFixed(1)} ms`);
  }
  current = -1;
  const client = load.stop();
  const after = procStatus(SERVER_PID);

  // Every (update sent, connection that had its hello) pair: a receipt or a lost frame.
  const lat = [];
  let lost = 0;
  for (let k = 0; k < sent; k++) {
    for (let i = 0; i < N; i++) {
      if (!conns[i].hello) continue;
      const r = recv[k * N + i];
      if (r === 0) lost++;
      else lat.push(r - sentAt[k]);
    }
  }
  const result = {
    connections: N,
    hello: tally.hello,
    connectionErrors: tally.failed,
    errorKinds: Object.fromEntries(tally.errors),
    droppedAfterHello: tally.dropped,
    openSeconds: Number(openSeconds.toFixed(2)),
    updatesPlanned: U,
    updatesSent: sent,
    receipts: lat.length,
    lostFrames: lost,
    latencyMs: percentiles(lat),
    fanoutMs: percentiles(fanoutMs.filter((x) => x !== null)),
    postMs: percentiles(postMs),
    server: { idle, after },
    client,
    clientRssKiB: Math.round(process.memoryUsage().rss / 1024),
    eventTypes: Object.fromEntries(tally.eventTypes),
  };
  for (const c of conns) if (c.sock) c.sock.destroy();
  process.stdout.write(JSON.stringify(result) + '\n');
  process.exit(0);
}

main().catch((e) => die(e.stack ?? String(e)));
