#!/usr/bin/env python3
"""Sends exactly N keep-alive GET requests for one page over C connections and checks
every answer (status 200, the expected Content-Encoding, the body length), so that a
profiler attached to the server can divide what it counted by N.

Usage: page-hit-client.py HOST PORT PATH ENCODING N [CONNECTIONS]
ENCODING is sent as Accept-Encoding (identity, gzip or br). Exits non-zero on any
unexpected answer. Used by bench/profile-page-hit.sh.
"""

import socket
import sys
import threading


def read_response(sock, buf):
    """Reads one response; returns (status, headers dict, body length, leftover bytes)."""
    while b"\r\n\r\n" not in buf:
        chunk = sock.recv(65536)
        if not chunk:
            raise RuntimeError("connection closed before a response head")
        buf += chunk
    head, _, rest = buf.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ")[1])
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", "0"))
    while len(rest) < length:
        chunk = sock.recv(65536)
        if not chunk:
            raise RuntimeError("connection closed inside a body")
        rest += chunk
    return status, headers, length, rest[length:]


def worker(host, port, path, encoding, count, errors):
    request = (
        f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\n"
        f"Accept-Encoding: {encoding}\r\nUser-Agent: page-hit-client\r\n\r\n"
    ).encode()
    want = "" if encoding == "identity" else encoding
    try:
        with socket.create_connection((host, port)) as sock:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            buf = b""
            for _ in range(count):
                sock.sendall(request)
                status, headers, _, buf = read_response(sock, buf)
                got = headers.get("content-encoding", "")
                if status != 200 or got != want:
                    raise RuntimeError(f"answer {status}, Content-Encoding '{got}'")
    except Exception as err:  # noqa: BLE001 - reported, the script fails
        errors.append(str(err))


def main():
    host, port, path, encoding, total = sys.argv[1:6]
    connections = int(sys.argv[6]) if len(sys.argv) > 6 else 1
    total = int(total)
    share = [total // connections + (1 if i < total % connections else 0) for i in range(connections)]
    errors = []
    threads = [
        threading.Thread(target=worker, args=(host, int(port), path, encoding, n, errors))
        for n in share
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        print(f"page-hit-client: {len(errors)} connection(s) failed: {errors[0]}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
