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
// No npm packages: Node 20's node:net, node:http and node:crypto only.
import net from 'node:net';
import http from 'node:http';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { StringDecoder } from 'node:string_decoder';

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

function die(msg) {
  process.stderr.write(`client: ${msg}\n`);
  process.exit(1);
}
for (const k of ['url', 'tokens', 'connections']) if (!opt[k]) die(`--${k} is required`);
if (!opt['password-set'] && !opt['password-link']) die('--password-link is required (or --password-set)');

const base = new URL(opt.url);
const HOST = base.hostname;
const PORT = Number(base.port || 80);
const N = Number(opt.connections);
const U = Number(opt.updates);
const BATCH = Math.max(1, Number(opt.batch));
const HELLO_TIMEOUT = Number(opt['hello-timeout']) * 1000;
const UPDATE_TIMEOUT = Number(opt['update-timeout']) * 1000;
const SERVER_PID = opt['server-pid'];
const EVENT = opt.event;
const log = opt.quiet ? () => {} : (msg) => process.stderr.write(`client: ${msg}\n`);

const tokens = fs.readFileSync(opt.tokens, 'utf8').split('\n').map((s) => s.trim()).filter(Boolean);
if (tokens.length < N) die(`${opt.tokens} holds ${tokens.length} token(s), need ${N} (one registration per connection)`);

// ---- moderator: plain http with a hand-kept cookie jar ---------------------------------------

const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity });
const jar = new Map();

function storeCookies(headers) {
  for (const line of headers['set-cookie'] ?? []) {
    const pair = line.split(';', 1)[0];
    const eq = pair.indexOf('=');
    if (eq < 1) continue;
    const name = pair.slice(0, eq).trim();
    const value = pair.slice(eq + 1).trim();
    if (value === '' || /;\s*max-age=0\b/i.test(line)) jar.delete(name);
    else jar.set(name, value);
  }
}

function cookieHeader() {
  return [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
}

// One request; no redirects followed. `onSend` runs just before the request is handed to the
// socket machinery (used to timestamp the announcement POST).
function request(method, path, form, onSend) {
  return new Promise((resolve, reject) => {
    const body = form ? new URLSearchParams(form).toString() : null;
    const headers = { Accept: 'text/html' };
    if (jar.size) headers.Cookie = cookieHeader();
    if (body !== null) {
      headers['Content-Type'] = 'application/x-www-form-urlencoded';
      headers['Content-Length'] = Buffer.byteLength(body);
    }
    if (onSend) onSend();
    const req = http.request({ host: HOST, port: PORT, method, path, headers, agent }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        storeCookies(res.headers);
        resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') });
      });
      res.on('error', reject);
    });
    req.setTimeout(60000, () => req.destroy(new Error(`${method} ${path}: no answer in 60 s`)));
    req.on('error', reject);
    req.end(body ?? undefined);
  });
}

// The value of the first hidden `csrf` input on a page.
function csrfField(html) {
  for (const m of html.matchAll(/<input\b[^>]*>/gi)) {
    if (!/\bname\s*=\s*["']?csrf["'\s>]/i.test(m[0])) continue;
    const v = m[0].match(/\bvalue\s*=\s*"([^"]*)"|\bvalue\s*=\s*'([^']*)'|\bvalue\s*=\s*([^\s>]+)/i);
    if (v) return v[1] ?? v[2] ?? v[3];
  }
  return null;
}

function excerpt(res) {
  const text = res.body.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
  return `${res.status}${res.headers.location ? ` -> ${res.headers.location}` : ''}: ${text.slice(0, 300)}`;
}

async function getForm(path, what) {
  const res = await request('GET', path);
  if (res.status !== 200) die(`GET ${path} (${what}) answered ${excerpt(res)}`);
  const token = csrfField(res.body);
  if (!token) die(`GET ${path} (${what}): no hidden csrf input in the page`);
  return token;
}

async function signIn() {
  if (!opt['password-set']) {
    const link = new URL(opt['password-link'], base).pathname;
    const csrf = await getForm(link, 'set-password link');
    const res = await request('POST', link, { password: opt.password, again: opt.password, csrf });
    if (res.status !== 200) die(`POST ${link} (set password) answered ${excerpt(res)}`);
    log(`moderator ${opt.email}: password set`);
  }
  const csrf = await getForm('/admin/login', 'sign-in page');
  const res = await request('POST', '/admin/login', { email: opt.email, password: opt.password, csrf });
  if (res.status !== 303 && res.status !== 302) die(`POST /admin/login answered ${excerpt(res)}`);
  if (!jar.has('__Host-convene_session')) die('POST /admin/login set no __Host-convene_session cookie');
  if (res.headers.location && !/^\/admin\/?$/.test(res.headers.location)) {
    die(`POST /admin/login sent us to ${res.headers.location} (second factor required? run with CONVENE_REQUIRE_TOTP=false)`);
  }
  log(`moderator ${opt.email}: signed in`);
  const hallCsrf = await getForm(`/admin/hall/${EVENT}`, 'moderator hall page');
  return hallCsrf;
}

// ---- SSE connections over raw sockets --------------------------------------------------------

const RUN = crypto.randomBytes(4).toString('hex');
const MARKER = new RegExp(`bench-${RUN}-(\\d+)`);
// recv[k * N + i]: when connection i got update k (ms, performance.now()); 0 = not (yet).
const recv = new Float64Array(Math.max(1, U * N));
const sentAt = new Float64Array(Math.max(1, U));
const errors = new Map(); // kind -> count (connections that never got their hello)
const eventTypes = new Map();
let helloCount = 0;
let failedCount = 0; // failed before hello
let dropped = 0; // closed after hello
let current = -1; // the update being waited for
let outstanding = 0; // live connections still waiting for `current`
let wake = null;

function poke() {
  if (wake) {
    const w = wake;
    wake = null;
    w();
  }
}

async function until(cond, timeoutMs) {
  const deadline = performance.now() + timeoutMs;
  while (!cond()) {
    const left = deadline - performance.now();
    if (left <= 0) return false;
    await new Promise((r) => {
      wake = r;
      setTimeout(r, Math.min(left, 200));
    });
  }
  return true;
}

function countError(kind) {
  errors.set(kind, (errors.get(kind) ?? 0) + 1);
}

class Conn {
  constructor(i, token) {
    this.i = i;
    this.path = `/${opt.lang}/hall/${token}/updates`;
    this.state = 'new'; // new | head | body | failing | closed
    this.hello = false;
    this.waiting = false; // owes a receipt of `current`
    this.failure = null;
  }

  open() {
    this.state = 'head';
    this.head = Buffer.alloc(0);
    const sock = (this.sock = net.connect({ host: HOST, port: PORT }));
    sock.setNoDelay(true);
    sock.on('connect', () => {
      sock.write(
        `GET ${this.path} HTTP/1.1\r\nHost: ${HOST}:${PORT}\r\nAccept: text/event-stream\r\n` +
          'Cache-Control: no-cache\r\nUser-Agent: convene-hall-bench\r\n\r\n',
      );
    });
    sock.on('data', (buf) => this.onData(buf, performance.now()));
    sock.on('error', (e) => {
      if (!this.failure) this.failure = e.code || e.message;
    });
    sock.on('close', () => this.onClose());
  }

  fail(kind) {
    if (!this.failure) this.failure = kind;
    if (this.state !== 'closed') this.state = 'failing';
    this.sock.destroy();
  }

  onClose() {
    if (this.state === 'closed') return;
    this.state = 'closed';
    if (!this.hello) {
      failedCount++;
      countError(this.failure ?? 'closed before hello');
    } else {
      dropped++;
      if (this.failure) countError(`after hello: ${this.failure}`);
      if (this.waiting) {
        this.waiting = false;
        outstanding--;
      }
    }
    poke();
  }

  onData(buf, t) {
    if (this.state === 'head') {
      this.head = this.head.length ? Buffer.concat([this.head, buf]) : buf;
      const end = this.head.indexOf('\r\n\r\n');
      if (end < 0) {
        if (this.head.length > 65536) this.fail('response head too long');
        return;
      }
      const lines = this.head.subarray(0, end).toString('latin1').split('\r\n');
      const rest = this.head.subarray(end + 4);
      this.head = null;
      const status = Number(lines[0].split(' ')[1]);
      const hdr = new Map();
      for (const l of lines.slice(1)) {
        const c = l.indexOf(':');
        if (c > 0) hdr.set(l.slice(0, c).trim().toLowerCase(), l.slice(c + 1).trim());
      }
      if (status !== 200) return this.fail(`HTTP ${status}`);
      if (!(hdr.get('content-type') ?? '').startsWith('text/event-stream')) {
        return this.fail(`content-type ${hdr.get('content-type') ?? 'missing'}`);
      }
      if (hdr.has('content-encoding') && hdr.get('content-encoding') !== 'identity') {
        return this.fail(`content-encoding ${hdr.get('content-encoding')}`);
      }
      this.chunked = /\bchunked\b/i.test(hdr.get('transfer-encoding') ?? '');
      this.cbuf = null;
      this.cstate = 'size';
      this.remaining = 0;
      this.decoder = new StringDecoder('utf8');
      this.text = '';
      this.evType = '';
      this.data = [];
      this.state = 'body';
      if (rest.length) this.onBody(rest, t);
    } else if (this.state === 'body') {
      this.onBody(buf, t);
    }
  }

  // Undoes chunked transfer coding (when used), then feeds the event-stream parser.
  onBody(buf, t) {
    if (!this.chunked) return this.onText(buf, t);
    let b = this.cbuf ? Buffer.concat([this.cbuf, buf]) : buf;
    for (;;) {
      if (this.cstate === 'size') {
        const nl = b.indexOf('\r\n');
        if (nl < 0) break;
        const size = parseInt(b.subarray(0, nl).toString('latin1').split(';')[0].trim(), 16);
        b = b.subarray(nl + 2);
        if (!(size >= 0)) return this.fail('bad chunk size');
        if (size === 0) {
          this.cstate = 'end';
          break;
        }
        this.remaining = size;
        this.cstate = 'data';
      } else if (this.cstate === 'data') {
        if (b.length === 0) break;
        const n = Math.min(this.remaining, b.length);
        this.onText(b.subarray(0, n), t);
        b = b.subarray(n);
        this.remaining -= n;
        if (this.remaining === 0) this.cstate = 'crlf';
      } else if (this.cstate === 'crlf') {
        if (b.length < 2) break;
        b = b.subarray(2);
        this.cstate = 'size';
      } else {
        break; // 'end': the stream is over; the close follows
      }
    }
    this.cbuf = b.length ? Buffer.from(b) : null;
  }

  // text/event-stream: lines end in \r\n, \n or \r; a blank line dispatches the event.
  onText(bytes, t) {
    const s = this.text + this.decoder.write(bytes);
    let start = 0;
    for (;;) {
      let nl = -1;
      for (let j = start; j < s.length; j++) {
        const c = s.charCodeAt(j);
        if (c === 10 || c === 13) {
          nl = j;
          break;
        }
      }
      if (nl < 0) break;
      let next = nl + 1;
      if (s.charCodeAt(nl) === 13) {
        if (nl + 1 === s.length) break; // a \n may follow in the next packet
        if (s.charCodeAt(nl + 1) === 10) next = nl + 2;
      }
      this.onLine(s.slice(start, nl), t);
      if (this.state !== 'body') return;
      start = next;
    }
    this.text = s.slice(start);
  }

  onLine(line, t) {
    if (line === '') {
      if (this.data.length) this.onEvent(this.evType || 'message', this.data.join('\n'), t);
      this.evType = '';
      this.data = [];
      return;
    }
    if (line.charCodeAt(0) === 58) return; // ':' comment (keep-alive)
    const c = line.indexOf(':');
    const name = c < 0 ? line : line.slice(0, c);
    let value = c < 0 ? '' : line.slice(c + 1);
    if (value.charCodeAt(0) === 32) value = value.slice(1);
    if (name === 'event') this.evType = value;
    else if (name === 'data') this.data.push(value);
    // `id` and `retry` are not needed: the marker in the text identifies the update.
  }

  onEvent(type, data, t) {
    eventTypes.set(type, (eventTypes.get(type) ?? 0) + 1);
    if (type === 'hello') {
      if (!this.hello) {
        this.hello = true;
        helloCount++;
        poke();
      }
      return;
    }
    const m = MARKER.exec(data);
    if (!m) return; // count frames, other hall updates
    const k = Number(m[1]);
    if (k >= U) return;
    const slot = k * N + this.i;
    if (recv[slot] !== 0) return; // duplicate
    recv[slot] = t;
    if (k === current && this.waiting) {
      this.waiting = false;
      outstanding--;
      if (outstanding === 0) poke();
    }
  }
}

// ---- measurement ---------------------------------------------------------------------------

function procStatus(pid) {
  if (!pid) return null;
  try {
    const s = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = (name) => Number((s.match(new RegExp(`^${name}:\\s+(\\d+)\\s+kB`, 'm')) ?? [])[1] ?? NaN);
    const fds = fs.readdirSync(`/proc/${pid}/fd`).length;
    return { rssKiB: kib('VmRSS'), hwmKiB: kib('VmHWM'), fds };
  } catch (e) {
    return { error: String(e.message ?? e) };
  }
}

function percentiles(values) {
  const v = Float64Array.from(values).sort();
  const at = (p) => (v.length ? v[Math.min(v.length - 1, Math.max(0, Math.ceil((p / 100) * v.length) - 1))] : null);
  let sum = 0;
  for (const x of v) sum += x;
  return { count: v.length, p50: at(50), p90: at(90), p99: at(99), max: v.length ? v[v.length - 1] : null, mean: v.length ? sum / v.length : null };
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function main() {
  const hallCsrf = await signIn();

  const conns = tokens.slice(0, N).map((tok, i) => new Conn(i, tok));
  const t0 = performance.now();
  for (let b = 0; b < N; b += BATCH) {
    const end = Math.min(N, b + BATCH);
    for (let i = b; i < end; i++) conns[i].open();
    const ok = await until(() => helloCount + failedCount >= end, HELLO_TIMEOUT);
    if (!ok) {
      let stuck = 0;
      for (let i = b; i < end; i++) if (!conns[i].hello && conns[i].state !== 'closed') stuck++;
      log(`batch ${b}-${end - 1}: ${stuck} connection(s) without hello after ${HELLO_TIMEOUT / 1000} s`);
    }
    if (!opt.quiet && (end % 5000 === 0 || end === N)) log(`${end} opened, ${helloCount} with hello, ${failedCount} failed`);
  }
  const openSeconds = (performance.now() - t0) / 1000;
  // Connections still without hello count as errors from here on.
  for (const c of conns) {
    if (!c.hello && c.state !== 'closed') {
      c.fail('no hello before timeout');
    }
  }
  await sleep(Number(opt.settle) * 1000);
  const idle = procStatus(SERVER_PID);
  log(`${helloCount}/${N} connections with hello in ${openSeconds.toFixed(1)} s; server RSS ${(idle?.rssKiB / 1024).toFixed(1)} MiB`);

  const postMs = [];
  const fanoutMs = [];
  const missingPerUpdate = [];
  let sent = 0;
  for (let k = 0; k < U; k++) {
    current = k;
    outstanding = 0;
    for (const c of conns) {
      if (c.hello && c.state === 'body') {
        c.waiting = true;
        outstanding++;
      } else c.waiting = false;
    }
    if (outstanding === 0) {
      log('no live connection left; stopping the updates');
      break;
    }
    const text = `bench-${RUN}-${k}: announcement ${k + 1} of ${U} from the hall benchmark`;
    let tSend = 0;
    const res = await request('POST', `/admin/hall/${EVENT}/announcements`, { csrf: hallCsrf, text }, () => {
      tSend = performance.now();
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
    missingPerUpdate.push(outstanding);
    if (!ok) log(`update ${k + 1}: ${outstanding} connection(s) still without it after ${UPDATE_TIMEOUT / 1000} s`);
    else if (!opt.quiet && (k === 0 || k === U - 1)) log(`update ${k + 1}/${U}: all ${got} received, last after ${(last - tSend).toFixed(1)} ms`);
  }
  current = -1;
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
    hello: helloCount,
    connectionErrors: failedCount,
    errorKinds: Object.fromEntries(errors),
    droppedAfterHello: dropped,
    openSeconds: Number(openSeconds.toFixed(2)),
    updatesPlanned: U,
    updatesSent: sent,
    receipts: lat.length,
    lostFrames: lost,
    latencyMs: percentiles(lat),
    fanoutMs: percentiles(fanoutMs.filter((x) => x !== null)),
    postMs: percentiles(postMs),
    server: { idle, after },
    clientRssKiB: Math.round(process.memoryUsage().rss / 1024),
    eventTypes: Object.fromEntries(eventTypes),
  };
  for (const c of conns) if (c.sock) c.sock.destroy();
  process.stdout.write(JSON.stringify(result) + '\n');
  process.exit(0);
}

main().catch((e) => die(e.stack ?? String(e)));
