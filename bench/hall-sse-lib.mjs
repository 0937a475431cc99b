// What the hall's SSE bench clients share (bench/hall-sse-client.mjs, bench/hall-sse-mix.mjs):
// an HTTP client with a hand-kept cookie jar, the hidden `csrf` field of a page, one
// Server-Sent Events connection over a raw socket (the cheapest way for one Node process to
// hold 10,000 of them), opening N of them in batches, the server's memory and CPU from /proc,
// the client's own event-loop lag and CPU, and percentiles.
//
// No npm packages: Node 20's node:net, node:http and node:perf_hooks only.
import net from 'node:net';
import http from 'node:http';
import fs from 'node:fs';
import { performance, monitorEventLoopDelay } from 'node:perf_hooks';
import { StringDecoder } from 'node:string_decoder';

export function die(msg) {
  process.stderr.write(`client: ${msg}\n`);
  process.exit(1);
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ---- plain HTTP with a cookie jar ------------------------------------------------------------

export class HttpClient {
  // `keepAlive`: reuse connections (a pool of at most `maxSockets`), as a browser or a proxy
  // in front of the server would.
  constructor(base, { keepAlive = false, maxSockets = Infinity } = {}) {
    this.host = base.hostname;
    this.port = Number(base.port || 80);
    this.agent = new http.Agent({ keepAlive, maxSockets });
    this.jar = new Map();
  }

  storeCookies(headers) {
    for (const line of headers['set-cookie'] ?? []) {
      const pair = line.split(';', 1)[0];
      const eq = pair.indexOf('=');
      if (eq < 1) continue;
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (value === '' || /;\s*max-age=0\b/i.test(line)) this.jar.delete(name);
      else this.jar.set(name, value);
    }
  }

  // One request; no redirects followed. `onSend` runs just before the request is handed to
  // the socket machinery (to timestamp it).
  request(method, path, form, { onSend, headers: extra, accept = 'text/html' } = {}) {
    return new Promise((resolve, reject) => {
      const body = form ? new URLSearchParams(form).toString() : null;
      const headers = { Accept: accept, ...extra };
      if (this.jar.size) headers.Cookie = [...this.jar].map(([k, v]) => `${k}=${v}`).join('; ');
      if (body !== null) {
        headers['Content-Type'] = 'application/x-www-form-urlencoded';
        headers['Content-Length'] = Buffer.byteLength(body);
      }
      const req = http.request({ host: this.host, port: this.port, method, path, headers, agent: this.agent }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          this.storeCookies(res.headers);
          resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') });
        });
        res.on('error', reject);
      });
      req.setTimeout(60000, () => req.destroy(new Error(`${method} ${path}: no answer in 60 s`)));
      req.on('error', reject);
      if (onSend) onSend();
      req.end(body ?? undefined);
    });
  }

  // GET a page with a form: its hidden `csrf` value (the cookie lands in the jar).
  async formToken(path, what) {
    const res = await this.request('GET', path);
    if (res.status !== 200) die(`GET ${path} (${what}) answered ${excerpt(res)}`);
    const token = csrfField(res.body);
    if (!token) die(`GET ${path} (${what}): no hidden csrf input in the page`);
    return token;
  }
}

// The value of the first hidden `csrf` input on a page.
export function csrfField(html) {
  for (const m of html.matchAll(/<input\b[^>]*>/gi)) {
    if (!/\bname\s*=\s*["']?csrf["'\s>]/i.test(m[0])) continue;
    const v = m[0].match(/\bvalue\s*=\s*"([^"]*)"|\bvalue\s*=\s*'([^']*)'|\bvalue\s*=\s*([^\s>]+)/i);
    if (v) return v[1] ?? v[2] ?? v[3];
  }
  return null;
}

export function excerpt(res) {
  const text = res.body.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
  return `${res.status}${res.headers.location ? ` -> ${res.headers.location}` : ''}: ${text.slice(0, 300)}`;
}

// ---- waiting without polling hard --------------------------------------------------------------

let wake = null;

// Wakes `until` to look at its condition again.
export function poke() {
  if (wake) {
    const w = wake;
    wake = null;
    w();
  }
}

// Resolves true once `cond()` holds (checked at each poke and every 200 ms), false at the timeout.
export async function until(cond, timeoutMs) {
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

// ---- SSE connections over raw sockets ----------------------------------------------------------

// Connections that failed or dropped, by reason, for every SseConn of this process.
export const tally = { hello: 0, failed: 0, dropped: 0, errors: new Map(), eventTypes: new Map() };

function countError(kind) {
  tally.errors.set(kind, (tally.errors.get(kind) ?? 0) + 1);
}

// One `GET {path}` held open; `onEvent(conn, type, data, t)` gets every event but `hello`
// (t: performance.now() when the socket data holding it arrived), `onDrop(conn)` a close after
// the hello.
export class SseConn {
  constructor(i, path, { host, port, onEvent, onDrop }) {
    this.i = i;
    this.path = path;
    this.host = host;
    this.port = port;
    this.onEventHook = onEvent;
    this.onDropHook = onDrop;
    this.state = 'new'; // new | head | body | failing | closed
    this.hello = false;
    this.failure = null;
  }

  get live() {
    return this.hello && this.state === 'body';
  }

  open() {
    this.state = 'head';
    this.head = Buffer.alloc(0);
    const sock = (this.sock = net.connect({ host: this.host, port: this.port }));
    sock.setNoDelay(true);
    sock.on('connect', () => {
      sock.write(
        `GET ${this.path} HTTP/1.1\r\nHost: ${this.host}:${this.port}\r\nAccept: text/event-stream\r\n` +
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
      tally.failed++;
      countError(this.failure ?? 'closed before hello');
    } else {
      tally.dropped++;
      if (this.failure) countError(`after hello: ${this.failure}`);
      if (this.onDropHook) this.onDropHook(this);
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
    // `id` and `retry` are not needed: markers in the data identify what was sent.
  }

  onEvent(type, data, t) {
    tally.eventTypes.set(type, (tally.eventTypes.get(type) ?? 0) + 1);
    if (type === 'hello') {
      if (!this.hello) {
        this.hello = true;
        tally.hello++;
        poke();
      }
      return;
    }
    this.onEventHook(this, type, data, t);
  }
}

// Opens `conns` `batch` at a time, each batch waiting until each of its connections got its
// hello or failed; connections still without one at the end are closed as errors.
export async function openAll(conns, { batch, helloTimeoutMs, log }) {
  const t0 = performance.now();
  const n = conns.length;
  for (let b = 0; b < n; b += batch) {
    const end = Math.min(n, b + batch);
    for (let i = b; i < end; i++) conns[i].open();
    const ok = await until(() => tally.hello + tally.failed >= end, helloTimeoutMs);
    if (!ok) {
      let stuck = 0;
      for (let i = b; i < end; i++) if (!conns[i].hello && conns[i].state !== 'closed') stuck++;
      log(`batch ${b}-${end - 1}: ${stuck} connection(s) without hello after ${helloTimeoutMs / 1000} s`);
    }
    if (end % 5000 === 0 || end === n) log(`${end} opened, ${tally.hello} with hello, ${tally.failed} failed`);
  }
  for (const c of conns) if (!c.hello && c.state !== 'closed') c.fail('no hello before timeout');
  return (performance.now() - t0) / 1000;
}

// ---- measurement ---------------------------------------------------------------------------

const TICKS = 100; // clock ticks per second in /proc/PID/stat (USER_HZ; 100 on Linux)

// The server's VmRSS, VmHWM (peak), open descriptors and CPU seconds so far.
export function procStatus(pid) {
  if (!pid) return null;
  try {
    const s = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = (name) => Number((s.match(new RegExp(`^${name}:\\s+(\\d+)\\s+kB`, 'm')) ?? [])[1] ?? NaN);
    const fds = fs.readdirSync(`/proc/${pid}/fd`).length;
    // Fields after the command's closing parenthesis; utime and stime are the 12th and 13th.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const cpuSeconds = (Number(f[11]) + Number(f[12])) / TICKS;
    return { rssKiB: kib('VmRSS'), hwmKiB: kib('VmHWM'), fds, cpuSeconds };
  } catch (e) {
    return { error: String(e.message ?? e) };
  }
}

// This process's own load over a stretch: event-loop delay (how late a timer fires: the time
// a socket's data may wait before it is read and timed) and the share of a core it used.
export class ClientLoad {
  start() {
    this.histogram = monitorEventLoopDelay({ resolution: 10 });
    this.histogram.enable();
    this.cpu = process.cpuUsage();
    this.t = performance.now();
  }

  stop() {
    this.histogram.disable();
    const cpu = process.cpuUsage(this.cpu);
    const wall = performance.now() - this.t;
    const ms = (ns) => Number((ns / 1e6).toFixed(1));
    const h = this.histogram;
    return {
      // monitorEventLoopDelay's resolution (10 ms) is included in each sample: subtract it.
      lagMs: { p50: ms(Math.max(0, h.percentile(50) - 1e7)), p99: ms(Math.max(0, h.percentile(99) - 1e7)), max: ms(Math.max(0, h.max - 1e7)) },
      cpuShare: Number(((cpu.user + cpu.system) / 1000 / wall).toFixed(3)),
    };
  }
}

export function percentiles(values) {
  const v = Float64Array.from(values).sort();
  const at = (p) => (v.length ? v[Math.min(v.length - 1, Math.max(0, Math.ceil((p / 100) * v.length) - 1))] : null);
  let sum = 0;
  for (const x of v) sum += x;
  return { count: v.length, p50: at(50), p90: at(90), p99: at(99), max: v.length ? v[v.length - 1] : null, mean: v.length ? sum / v.length : null };
}
