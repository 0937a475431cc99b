#!/usr/bin/env python3
"""The organiser's side of bench/broadcast-under-load.sh, over plain HTTP as a browser would,
and the check of what the SMTP sink received.

    broadcast-client.py signin URL JAR EMAIL PASSWORD PASSWORD_LINK
        sets the owner's password through the link `convene user add` printed, signs in at
        /admin/login and keeps the cookies in the file JAR (JSON);
    broadcast-client.py send URL JAR EVENT MARKER
        the compose page (/admin/mail/new), its form token, "count" for the event's confirmed
        registrants, then "send" with the count it showed (as tests/app/broadcast.rs does);
        the subject and body are written in English and Arabic, the subject carrying MARKER;
        prints JSON: {"count": N, "clicked": t, "queued": t, "progress": "/admin/mail/ID"}
        (t in Unix seconds: "send" pressed, its answer back);
    broadcast-client.py progress URL JAR PATH
        prints the percentage on the broadcast's progress page;
    broadcast-client.py check LOG DB EVENT MARKER
        reads the sink's log (bench/smtp-sink.py) and the event's confirmed registrants from
        the SQLite database DB; prints JSON: how many messages carry MARKER, how many
        registrants got exactly one, none, more than one, how many had the subject of another
        language than theirs, per language, the first and last arrival, the SMTP connections
        used. Exits 1 unless every registrant got exactly one message in their language.

Cookies are kept by hand: the server marks them Secure (`__Host-`) even on
http://127.0.0.1, which Python's cookie jar would then never send back.
"""
import email.header
import http.client
import json
import re
import sqlite3
import sys
import time
import urllib.parse
from collections import Counter, defaultdict

SUBJECTS = {
    "en": "Bench {marker}: the stream address changed",
    "ar": "تجربة {marker}: تغيّر عنوان البث",
}
BODIES = {
    "en": "Dear participant,\n\nThe stream of the conference moved to a **new** address: "
          "<https://stream.example/live>. Your personal link still opens the hall, and the "
          "interpretation channels are where they were.\n\n- doors open half an hour early\n"
          "- questions go to the moderators through the hall\n\nSee you there.",
    "ar": "عزيزتي المشاركة، عزيزي المشارك،\n\nانتقل بث المؤتمر إلى عنوان **جديد**: "
          "<https://stream.example/live>. يفتح رابطك الشخصي القاعة كما كان، وقنوات الترجمة "
          "في مكانها.\n\n- تُفتح الأبواب قبل نصف ساعة\n- تُرسل الأسئلة إلى المشرفين عبر القاعة\n\n"
          "نراكم هناك.",
}


def die(msg):
    print(f"broadcast-client: {msg}", file=sys.stderr)
    sys.exit(1)


class Browser:
    def __init__(self, url, jar_path):
        u = urllib.parse.urlsplit(url)
        self.host, self.port = u.hostname, u.port or 80
        self.jar_path = jar_path
        try:
            with open(jar_path, encoding="utf-8") as f:
                self.jar = json.load(f)
        except FileNotFoundError:
            self.jar = {}

    def save(self):
        with open(self.jar_path, "w", encoding="utf-8") as f:
            json.dump(self.jar, f)

    def request(self, method, path, form=None):
        """One request, no redirect followed; returns (status, headers, body text)."""
        headers = {"Accept": "text/html", "Accept-Language": "en"}
        if self.jar:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.jar.items())
        body = None
        if form is not None:
            body = urllib.parse.urlencode(form).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        conn = http.client.HTTPConnection(self.host, self.port, timeout=300)
        try:
            conn.request(method, path, body=body, headers=headers)
            res = conn.getresponse()
            text = res.read().decode("utf-8", "replace")
            for line in res.headers.get_all("Set-Cookie") or []:
                pair = line.split(";", 1)[0]
                name, _, value = pair.partition("=")
                if value == "" or re.search(r";\s*max-age=0\b", line, re.I):
                    self.jar.pop(name.strip(), None)
                else:
                    self.jar[name.strip()] = value.strip()
            return res.status, res.headers, text
        finally:
            conn.close()

    def form_token(self, path):
        status, _, html = self.request("GET", path)
        if status != 200:
            die(f"GET {path} answered {status}: {excerpt(html)}")
        m = re.search(r'<input[^>]*name="csrf"[^>]*value="([^"]*)"', html)
        if not m:
            die(f"GET {path}: no hidden csrf input")
        return m.group(1)


def excerpt(html):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).strip()[:300]


def signin(url, jar, email_addr, password, link):
    b = Browser(url, jar)
    link = urllib.parse.urlsplit(link).path
    token = b.form_token(link)
    status, _, html = b.request("POST", link, {"password": password, "again": password, "csrf": token})
    if status != 200:
        die(f"POST {link} (set password) answered {status}: {excerpt(html)}")
    token = b.form_token("/admin/login")
    status, headers, html = b.request(
        "POST", "/admin/login", {"email": email_addr, "password": password, "csrf": token})
    if status not in (302, 303) or not re.fullmatch(r"/admin/?", headers.get("Location", "")):
        die(f"POST /admin/login answered {status} -> {headers.get('Location')}: {excerpt(html)}")
    b.save()


def compose(token, event, marker, action, expected=""):
    form = {"csrf": token, "event": event, "which": "confirmed", "lang": "", "country": "",
            "action": action, "expected": expected}
    for lang in SUBJECTS:
        form[f"subject-{lang}"] = SUBJECTS[lang].format(marker=marker)
        form[f"body-{lang}"] = BODIES[lang]
    return form


def send(url, jar, event, marker):
    b = Browser(url, jar)
    token = b.form_token("/admin/mail/new")
    status, _, html = b.request("POST", "/admin/mail/new", compose(token, event, marker, "count"))
    m = re.search(r'name="expected" value="(\d+)"', html)
    if status != 200 or not m:
        die(f"POST /admin/mail/new (count) answered {status} without a count: {excerpt(html)}")
    count = m.group(1)
    clicked = time.time()
    status, headers, html = b.request(
        "POST", "/admin/mail/new", compose(token, event, marker, "send", count))
    queued = time.time()
    location = headers.get("Location", "")
    if status != 303 or not location.startswith("/admin/mail/"):
        die(f"POST /admin/mail/new (send, expected {count}) answered {status}: {excerpt(html)}")
    print(json.dumps({"count": int(count), "clicked": clicked, "queued": queued, "progress": location}))


def progress(url, jar, path):
    status, _, html = Browser(url, jar).request("GET", path)
    m = re.search(r'id="broadcast-percent">(\d+)%', html)
    if status != 200 or not m:
        die(f"GET {path} answered {status} without a percentage: {excerpt(html)}")
    print(m.group(1))


def decode(subject):
    return str(email.header.make_header(email.header.decode_header(subject)))


def check(log, db, event, marker):
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)
    lang_of = dict(con.execute(
        "SELECT email_key, lang FROM registrations WHERE event_slug = ? AND status = 'confirmed'",
        (event,)))
    con.close()
    expected = {lang: SUBJECTS[lang].format(marker=marker) for lang in SUBJECTS}
    got = defaultdict(list)
    times, peers, strangers = [], set(), 0
    with open(log, encoding="utf-8") as f:
        for line in f:
            t, peer, rcpts, subject = line.rstrip("\n").split("\t", 3)
            subject = decode(subject)
            if marker not in subject:
                continue
            times.append(float(t))
            peers.add(peer)
            for rcpt in rcpts.split(","):
                rcpt = rcpt.lower()
                if rcpt in lang_of:
                    got[rcpt].append(subject)
                else:
                    strangers += 1
    per = Counter(len(got.get(addr, [])) for addr in lang_of)
    wrong = sum(1 for addr, subjects in got.items()
                if any(s != expected.get(lang_of[addr], expected["en"]) for s in subjects))
    by_lang = Counter(lang_of[addr] for addr in got)
    result = {
        "registrants": len(lang_of),
        "messages": len(times),
        "exactly_once": per.get(1, 0),
        "none": per.get(0, 0),
        "more_than_once": sum(v for k, v in per.items() if k > 1),
        "not_registrants": strangers,
        "wrong_language": wrong,
        "by_lang": dict(sorted(by_lang.items())),
        "first": min(times) if times else None,
        "last": max(times) if times else None,
        "connections": len(peers),
    }
    print(json.dumps(result))
    ok = (result["exactly_once"] == len(lang_of) and not strangers and not wrong
          and len(times) == len(lang_of))
    return 0 if ok else 1


def main():
    cmd, args = (sys.argv[1], sys.argv[2:]) if len(sys.argv) > 1 else ("", [])
    commands = {"signin": (signin, 5), "send": (send, 4), "progress": (progress, 3), "check": (check, 4)}
    if cmd not in commands or len(args) != commands[cmd][1]:
        print(__doc__, file=sys.stderr)
        return 2
    return commands[cmd][0](*args) or 0


if __name__ == "__main__":
    sys.exit(main())
