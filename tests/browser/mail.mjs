// Reading the mail the demo's mail worker writes as .eml files into
// <data-dir>/mail/: a tiny MIME reader (enough for the mails the demo
// writes), a bounded wait for one mail, and the links in its text part.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const MAIL_TRIES = 50; // x 100 ms = 5 s at most
export const MAIL_INTERVAL_MS = 100;

/** Text without the Unicode isolation marks (U+2066..U+2069), spaces collapsed. */
export function plain(text) {
  return (text || '').replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();
}

export function decodeQuotedPrintable(s) {
  const bytes = [];
  const src = s.replace(/=\r?\n/g, '');
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '=' && /^[0-9A-Fa-f]{2}$/.test(src.slice(i + 1, i + 3))) {
      bytes.push(parseInt(src.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(c, 'utf8'));
    }
  }
  return Buffer.from(bytes);
}

/** RFC 2047 encoded words in a header value. */
export function decodeHeaderValue(v) {
  return v.replace(/=\?([^?]+)\?([bBqQ])\?([^?]*)\?=(\s+(?==\?))?/g, (_, _charset, enc, data) =>
    (enc.toUpperCase() === 'B'
      ? Buffer.from(data, 'base64')
      : decodeQuotedPrintable(data.replace(/_/g, ' '))).toString('utf8'));
}

export function parseHeaders(block) {
  const headers = {};
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const i = line.indexOf(':');
    if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] = decodeHeaderValue(line.slice(i + 1).trim());
  }
  return headers;
}

/** Leaf parts of a message: [{ headers, type, filename, body: Buffer, text }]. */
export function mimeParts(raw) {
  const sep = raw.search(/\r?\n\r?\n/);
  const headers = parseHeaders(sep < 0 ? raw : raw.slice(0, sep));
  const body = sep < 0 ? '' : raw.slice(sep).replace(/^\r?\n\r?\n/, '');
  const type = (headers['content-type'] || 'text/plain').split(';')[0].trim().toLowerCase();
  if (type.startsWith('multipart/')) {
    const b = /boundary="?([^";]+)"?/i.exec(headers['content-type']);
    assert.ok(b, `boundary in ${headers['content-type']}`);
    const chunks = body.split(`--${b[1]}`).slice(1);
    const out = [];
    for (const chunk of chunks) {
      if (chunk.startsWith('--')) break;
      out.push(...mimeParts(chunk.replace(/^\r?\n/, '')));
    }
    return out;
  }
  const cte = (headers['content-transfer-encoding'] || '7bit').toLowerCase();
  const buf = cte === 'base64' ? Buffer.from(body.replace(/\s+/g, ''), 'base64')
    : cte === 'quoted-printable' ? decodeQuotedPrintable(body)
      : Buffer.from(body, 'utf8');
  const disp = headers['content-disposition'] || '';
  const fn = /filename="?([^";]+)"?/i.exec(disp) || /name="?([^";]+)"?/i.exec(headers['content-type'] || '');
  return [{ headers, type, filename: fn ? fn[1] : null, body: buf, text: buf.toString('utf8') }];
}

/** The data directory of `where`: a path, a started server, or useServerAndBrowser()'s object. */
function dataDirOf(where) {
  if (typeof where === 'string') return where;
  const dir = where && (where.dataDir || (where.server && where.server.dataDir));
  assert.ok(dir, 'waitForMail needs the data dir, the server or the env object (is the server started?)');
  return dir;
}

/**
 * Wait for a mail to `to` whose Subject starts with `subjectStart`, polling
 * <data-dir>/mail/ a bounded number of times. `where` is the data dir, or
 * an object with `dataDir` (the server) or `server.dataDir` (the env of
 * useServerAndBrowser). Returns { file, headers, parts }.
 */
export async function waitForMail(where, to, subjectStart) {
  const dir = path.join(dataDirOf(where), 'mail');
  const seen = [];
  for (let i = 0; i < MAIL_TRIES; i++) {
    let names = [];
    try { names = (await readdir(dir)).filter((n) => n.endsWith('.eml')).sort(); } catch { /* not yet */ }
    seen.length = 0;
    for (const name of names) {
      const raw = await readFile(path.join(dir, name), 'utf8');
      const sep = raw.search(/\r?\n\r?\n/);
      const headers = parseHeaders(raw.slice(0, sep));
      seen.push(`${name}: To ${headers.to} / Subject ${headers.subject}`);
      if ((headers.to || '').includes(to) && plain(headers.subject).startsWith(subjectStart)) {
        return { file: name, headers, parts: mimeParts(raw) };
      }
    }
    await sleep(MAIL_INTERVAL_MS);
  }
  return assert.fail(`no mail to ${to} with Subject "${subjectStart}…" in ${dir} after ` +
    `${MAIL_TRIES * MAIL_INTERVAL_MS} ms; mails there:\n  ${seen.join('\n  ') || '(none)'}`);
}

/** The text/plain part of a mail from waitForMail(). */
export function textPart(mail) {
  const part = mail.parts.find((p) => p.type === 'text/plain');
  assert.ok(part, `a text/plain part in ${mail.file} (parts: ${mail.parts.map((p) => p.type).join(', ')})`);
  return part.text;
}

/** The first URL in the mail's text part whose path matches `pathRe`. */
export function linkIn(mail, pathRe) {
  const text = textPart(mail);
  for (const m of text.matchAll(/https?:\/\/[^\s<>"')\]]+/g)) {
    const u = new URL(m[0]);
    if (pathRe.test(u.pathname)) return u;
  }
  return assert.fail(`no link matching ${pathRe} in the text part of ${mail.file}:\n${text}`);
}
