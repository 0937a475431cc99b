#!/usr/bin/env python3
"""The result lines of the hall's SSE benches, from their clients' JSON.

    bench/hall_sse_report.py plain RESULT.json SERVER_WARNINGS   # bench/hall-sse.sh, one N
    bench/hall_sse_report.py table ROWS.jsonl                    # bench/hall-sse.sh, the table
    bench/hall_sse_report.py mix RESULT.json SERVER_WARNINGS     # bench/hall-sse-mix.sh

`mix` also checks the targets of issue 17 (RSS_TARGET_MIB, default 256; P99_TARGET_MS, 250)
and ends with one `verdict:` line (PASS, or FAIL and which). A client that used nearly all of its core, or whose event
loop ran late, delays receipts itself: its latency figures are then marked as the client's,
not the server's.
"""
import json
import os
import sys

# The client is the bottleneck from here on (share of its core; event-loop lag p99 in ms).
CLIENT_CPU_LIMIT = 0.90
CLIENT_LAG_LIMIT_MS = 50.0


def ms(v):
    return "-" if v is None else f"{v:.1f}"


def mib(status, key):
    return (status or {}).get(key, float("nan")) / 1024


def errors(r):
    kinds = sorted(r["errorKinds"].items(), key=lambda kv: -kv[1])
    return ", ".join(f"{v} {k}" for k, v in kinds) or "none"


def client_bound(c):
    """Why the client, not the server, may be what the latency measures (None: it kept up)."""
    if not c:
        return None
    why = []
    if c["cpuShare"] >= CLIENT_CPU_LIMIT:
        why.append(f"it used {c['cpuShare'] * 100:.0f}% of its core")
    if c["lagMs"]["p99"] >= CLIENT_LAG_LIMIT_MS:
        why.append(f"its event loop ran {c['lagMs']['p99']:.0f} ms late (p99)")
    return "; ".join(why) or None


def client_line(c):
    if not c:
        return "  client: not measured"
    line = (f"  client: {c['cpuShare'] * 100:.0f}% of its core, event-loop lag p50 {ms(c['lagMs']['p50'])} / "
            f"p99 {ms(c['lagMs']['p99'])} / max {ms(c['lagMs']['max'])} ms")
    if "lateMs" in c:
        line += f", sends late by p99 {ms(c['lateMs']['p99'])} / max {ms(c['lateMs']['max'])} ms"
    if "rssKiB" in c:
        line += f", RSS {c['rssKiB'] / 1024:.0f} MiB"
    bound = client_bound(c)
    if bound:
        line += (f"\n  CLIENT-BOUND: {bound}. The latencies above include the client's own delay: "
                 "they are not the server's (rerun on a quieter machine, or with fewer connections)")
    else:
        line += " (kept up: the latencies are the server's and the network's)"
    return line


def plain(r, warnings):
    idle, after = r["server"]["idle"], r["server"]["after"]
    lat, fan, post = r["latencyMs"], r["fanoutMs"], r["postMs"]
    print(f"N={r['connections']}: {r['hello']}/{r['connections']} connected in {r['openSeconds']:.1f} s "
          f"(connection errors: {errors(r)}; dropped later: {r['droppedAfterHello']})")
    print(f"  server RSS: idle {mib(idle, 'rssKiB'):.1f} MiB with {r['hello']} connections "
          f"({(idle or {}).get('fds', '?')} fds), {mib(after, 'rssKiB'):.1f} MiB after the updates, "
          f"peak {mib(after, 'hwmKiB'):.1f} MiB; client RSS {r['clientRssKiB'] / 1024:.0f} MiB")
    print(f"  {r['updatesSent']}/{r['updatesPlanned']} updates, {lat['count']} receipts: latency p50 {ms(lat['p50'])} / "
          f"p90 {ms(lat['p90'])} / p99 {ms(lat['p99'])} / max {ms(lat['max'])} ms; last receipt per update "
          f"p50 {ms(fan['p50'])} / max {ms(fan['max'])} ms; POST answered p50 {ms(post['p50'])} ms; "
          f"lost frames {r['lostFrames']}; server log {warnings} WARN/ERROR line(s)")
    print(client_line(r.get("client")))
    print(f"  frames by event type: {json.dumps(r['eventTypes'])}")


def table(path):
    head = ("connections", "connected", "conn errors", "RSS idle MiB", "RSS peak MiB",
            "p50 ms", "p90 ms", "p99 ms", "max ms", "lost frames", "client")
    print()
    print("| " + " | ".join(head) + " |")
    print("|" + "|".join(" ---: " for _ in head) + "|")
    for line in open(path):
        r = json.loads(line)
        if "skipped" in r:
            print(f"| {r['connections']:,} | {r['skipped']} |" + " |" * (len(head) - 2))
            continue
        s, lat = r["server"], r["latencyMs"]
        bound = "BOUND" if client_bound(r.get("client")) else "ok"
        print(f"| {r['connections']:,} | {r['hello']:,} | {r['connectionErrors']} | "
              f"{mib(s['idle'], 'rssKiB'):.1f} | {mib(s['after'], 'hwmKiB'):.1f} | "
              f"{ms(lat['p50'])} | {ms(lat['p90'])} | {ms(lat['p99'])} | {ms(lat['max'])} | "
              f"{r['lostFrames']} | {bound} |")


def mix(r, warnings):
    rss_target = float(os.environ.get("RSS_TARGET_MIB", "256"))
    p99_target = float(os.environ.get("P99_TARGET_MS", "250"))
    s, c, x = r["server"], r["cues"], r["reactions"]
    langs = " / ".join(f"{k} {v}" for k, v in r["languages"].items())
    print(f"MIX N={r['connections']} ({langs}) for {r['durationSeconds']:g} s: {r['hello']}/{r['connections']} "
          f"connected in {r['openSeconds']:.1f} s (connection errors: {errors(r)}; dropped later: "
          f"{r['droppedAfterHello']}); server log {warnings} WARN/ERROR line(s)")
    peak = max(mib(s["after"], "hwmKiB"), s["rssMaxKiB"] / 1024)
    cpu = "?" if s["cpuShare"] is None else f"{s['cpuShare'] * 100:.0f}%"
    print(f"  server RSS: idle {mib(s['idle'], 'rssKiB'):.1f} MiB, highest sampled during the mix "
          f"{s['rssMaxKiB'] / 1024:.1f} MiB, peak (VmHWM) {mib(s['after'], 'hwmKiB'):.1f} MiB; "
          f"server CPU {cpu} of its core during the mix")
    fan, lat, post = c["fanoutMs"], c["latencyMs"], c["postMs"]
    print(f"  captions: {c['accepted']}/{c['planned']} cues accepted {json.dumps(c['statuses'])} "
          f"(ingest answered p50 {ms(post['p50'])} / max {ms(post['max'])} ms); until all of its language "
          f"had a cue: p50 {ms(fan['p50'])} / p90 {ms(fan['p90'])} / p99 {ms(fan['p99'])} / max {ms(fan['max'])} ms "
          f"over {fan['count']} cues ({c['incompleteCues']} never reached all)")
    print(f"  per receipt ({lat['count']}): p50 {ms(lat['p50'])} / p90 {ms(lat['p90'])} / p99 {ms(lat['p99'])} / "
          f"max {ms(lat['max'])} ms; lost receipts {c['lostReceipts']}; cues received in another language "
          f"{c['otherLanguageReceipts']}")
    print(f"  reactions: {x['sent']} sent, {x['counted']} counted {json.dumps(x['statuses'])}; frames per "
          f"connection {x['framesPerSecond']:.2f}/s on average (most on one connection {x['maxFramesPerSecond']:.2f}/s), "
          f"at most {x['maxInAnySecond']} in one second of the client's clock, closest two {ms(x['minGapMs'])} ms apart; "
          f"counts add up to the {x['counted']} counted on {x['countsAddUp']}/{x['connections']} connections "
          f"(sums {x['sumMin']}..{x['sumMax']})")
    print(client_line(r["client"]))
    print(f"  frames by event type: {json.dumps(r['eventTypes'])}")

    checks = [
        (f"RSS <= {rss_target:g} MiB", peak <= rss_target),
        (f"p99 per cue < {p99_target:g} ms", fan["p99"] is not None and fan["p99"] < p99_target),
        ("no lost cue", c["lostReceipts"] == 0 and c["incompleteCues"] == 0 and c["accepted"] == c["planned"]),
        ("no cue in another language", c["otherLanguageReceipts"] == 0),
        ("<= 1 reaction frame/s", x["framesPerSecond"] <= 1.0 and x["maxFramesPerSecond"] <= 1.0),
        ("reaction counts add up", x["countsAddUp"] == x["connections"] and x["counted"] == x["sent"]),
        ("every connection held", r["hello"] == r["connections"] and r["droppedAfterHello"] == 0),
    ]
    failed = [name for name, ok in checks if not ok]
    verdict = "PASS" if not failed else "FAIL (" + ", ".join(failed) + ")"
    bound = client_bound(r["client"])
    if bound:
        verdict += "; latency NOT the server's: the client was the bottleneck"
    print(f"  verdict: {verdict}")


def main():
    kind = sys.argv[1]
    if kind == "table":
        table(sys.argv[2])
        return 0
    r = json.load(open(sys.argv[2]))
    warnings = sys.argv[3]
    (plain if kind == "plain" else mix)(r, warnings)
    return 0


if __name__ == "__main__":
    sys.exit(main())
