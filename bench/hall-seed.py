#!/usr/bin/env python3
"""Seeds confirmed registrations straight into a Convene SQLite database, for bench/hall-sse.sh
and bench/broadcast-under-load.sh.

    CONVENE_SECRET_KEY=... bench/hall-seed.py DATA/convene.db 10000 > tokens.txt
    CONVENE_SECRET_KEY=... bench/hall-seed.py DATA/convene.db 20000 --langs en,ar > /dev/null
    bench/hall-seed.py DATA/convene.db --doors-open          # prints the event's doors-open instant
    bench/hall-seed.py DATA/convene.db --password-links-until 2026-12-20T12:30:00Z
    bench/hall-seed.py DATA/convene.db --caption-token HEX  # the event's caption ingest token

Inserts COUNT rows with status 'confirmed' for the event (default water-for-every-home-2026),
counts them as held places (raising the capacity if needed, so the place counter stays
consistent), and prints one personal-link token per line: `{id}.{nonce}.{mac}` where mac is
the first 16 bytes, in hex, of HMAC-SHA256(key, b"convene/access/v1" + id as 8-byte big-endian
+ nonce), key being the UTF-8 bytes of CONVENE_SECRET_KEY (see src/registration/links.rs).
Each has its own address; --langs gives their languages in turn (default: all English).
Run it after `convene import` (the tables and the event must exist).

--password-links-until keeps unused set-password links (from `convene user add`, which dates
them by the real clock: 72 hours) valid until that instant, for a server whose clock was
started later with CONVENE_CLOCK_START.

--caption-token sets the event's ingest token for a speech-to-text engine, as an organiser
does on /admin/hall/{event}/captions (only its SHA-256, in hex, is stored; see
src/hall/captions.rs), for bench/hall-sse-mix.sh's caption feeder.
"""
import argparse
import datetime
import hashlib
import hmac
import os
import secrets
import sqlite3
import struct
import sys
import time

ACCESS_LABEL = b"convene/access/v1"


def access_token(key: bytes, reg_id: int, nonce: str) -> str:
    mac = hmac.new(key, ACCESS_LABEL + struct.pack(">q", reg_id) + nonce.encode(), hashlib.sha256)
    return f"{reg_id}.{nonce}.{mac.digest()[:16].hex()}"


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("db", help="path of convene.db")
    p.add_argument("count", nargs="?", type=int, default=0, help="registrations to add")
    p.add_argument("--event", default="water-for-every-home-2026")
    p.add_argument("--doors-open", action="store_true",
                   help="print the event's doors_open_at (RFC 3339, UTC) and exit")
    p.add_argument("--password-links-until", metavar="INSTANT",
                   help="extend unused set-password links to this RFC 3339 instant and exit")
    p.add_argument("--caption-token", metavar="TOKEN",
                   help="set the event's caption ingest token to TOKEN and exit")
    p.add_argument("--prefix", default="hall-bench", help="local part of the seeded addresses")
    p.add_argument("--langs", default="en",
                   help="comma-separated languages the registrants read, given in turn (en,ar: every other one Arabic)")
    args = p.parse_args()

    db = sqlite3.connect(args.db, timeout=30)
    db.execute("PRAGMA busy_timeout = 30000")
    row = db.execute("SELECT json_extract(data, '$.doors_open_at') FROM events WHERE slug = ?",
                     (args.event,)).fetchone()
    if row is None:
        print(f"hall-seed: no event {args.event!r} in {args.db} (run `convene import` first)", file=sys.stderr)
        return 1
    if args.doors_open:
        print(row[0])
        return 0
    if args.password_links_until:
        until = datetime.datetime.fromisoformat(args.password_links_until.replace("Z", "+00:00"))
        with db:
            db.execute("UPDATE password_links SET expires_at = MAX(expires_at, ?) WHERE used_at IS NULL",
                       (int(until.timestamp()),))
        return 0

    if args.caption_token:
        digest = hashlib.sha256(args.caption_token.strip().encode()).hexdigest()
        with db:
            db.execute("INSERT INTO caption_ingest (event_slug, token_hash, set_at) VALUES (?, ?, ?) "
                       "ON CONFLICT (event_slug) DO UPDATE SET token_hash = excluded.token_hash, "
                       "set_at = excluded.set_at", (args.event, digest, int(time.time())))
        return 0

    secret = os.environ.get("CONVENE_SECRET_KEY", "")
    if len(secret) < 32:
        print("hall-seed: set CONVENE_SECRET_KEY (the server's key, at least 32 characters)", file=sys.stderr)
        return 1
    if args.count <= 0:
        print("hall-seed: give a positive COUNT", file=sys.stderr)
        return 1
    langs = [l.strip() for l in args.langs.split(",") if l.strip()]
    if not langs:
        print("hall-seed: --langs names no language", file=sys.stderr)
        return 1
    key = secret.encode()
    now = int(time.time())
    run = secrets.token_hex(4)  # addresses unique across repeated seeding of one database
    rows = []
    for i in range(args.count):
        email = f"{args.prefix}-{run}-{i}@example.org"
        rows.append((args.event, email, email.lower(), f"Bench attendee {i}", "LB", langs[i % len(langs)], "Asia/Beirut",
                     "confirmed", now, now, secrets.token_hex(16), now))
    tokens = []
    with db:  # one transaction
        cur = db.cursor()
        for r in rows:
            cur.execute(
                "INSERT INTO registrations (event_slug, email, email_key, name, country, lang, time_zone, "
                "status, created_at, confirmed_at, access_nonce, last_mail_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", r)
            tokens.append(access_token(key, cur.lastrowid, r[10]))
        cur.execute(
            "UPDATE event_places SET held = held + ?, "
            "capacity = CASE WHEN capacity IS NULL THEN NULL ELSE MAX(capacity, held + ?) END "
            "WHERE event_slug = ?", (args.count, args.count, args.event))
    db.close()
    sys.stdout.write("\n".join(tokens) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
