#!/usr/bin/env python3
"""A local SMTP server that accepts every message and notes one line per message, for
bench/broadcast-under-load.sh.

    bench/smtp-sink.py 127.0.0.1 PORT LOG

LOG gets, per message, as it arrives: the arrival time (Unix seconds, microseconds), the
client's port (one per SMTP connection), the envelope recipients, and the Subject header as
sent (RFC 2047 encoded words left as they are), separated by tabs. Nothing else is kept;
bench/broadcast-client.py reads the log afterwards. Runs until SIGTERM or SIGINT.

Why not aiosmtpd, as tests/app/smtp.rs and bench/outbox-drain.sh use: it takes about 1.4 ms
of CPU per message (measured on the 2-core development machine with 8 connections of 5 kB
messages: 683 messages/s with its core full), so a sender faster than about 700 messages/s
would measure the sink, and the sink, beside wrk on core 1, would take the load generator's
CPU time. This one answers the same conversation (EHLO with the extensions aiosmtpd offers,
MAIL, RCPT, DATA, RSET, NOOP, QUIT; commands may be pipelined) with canned replies from an
asyncio protocol, a small fraction of that cost (see the header of broadcast-under-load.sh).
"""
import asyncio
import re
import os
import signal
import socket
import sys
import time

SUBJECT = re.compile(rb"^Subject:[ \t]*([^\r\n]*(?:\r\n[ \t][^\r\n]*)*)", re.IGNORECASE | re.MULTILINE)
EHLO = b"250-sink\r\n250-SIZE 33554432\r\n250-8BITMIME\r\n250-SMTPUTF8\r\n250 HELP\r\n"
END = b"\r\n.\r\n"
QUICKACK = os.environ.get("SINK_QUICKACK") == "1"


class Session(asyncio.Protocol):
    """One SMTP connection."""

    def __init__(self, log):
        self.log = log
        self.buf = b""
        self.rcpts = []
        self.in_data = False
        self.searched = 0  # how far the data was searched for its end already

    def connection_made(self, transport):
        self.transport = transport
        self.sock = transport.get_extra_info("socket")
        peer = transport.get_extra_info("peername")
        self.peer = peer[1] if isinstance(peer, tuple) else 0
        transport.write(b"220 sink ESMTP\r\n")

    def data_received(self, chunk):
        if QUICKACK:
            # Acknowledge at once, instead of up to 40 ms later (Linux's delayed ACK); the
            # option does not stay set, hence after every read.
            self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_QUICKACK, 1)
        self.buf += chunk
        while True:
            if self.in_data:
                # The data starts right after "DATA\r\n": an empty message ends at once.
                if self.buf.startswith(b".\r\n"):
                    self.message(b"", 3)
                    continue
                end = self.buf.find(END, max(0, self.searched - len(END)))
                if end < 0:
                    self.searched = len(self.buf)
                    return
                self.message(self.buf[:end], end + len(END))
                continue
            line_end = self.buf.find(b"\r\n")
            if line_end < 0:
                return
            line, self.buf = self.buf[:line_end], self.buf[line_end + 2:]
            if not self.command(line):
                return

    def message(self, content, consumed):
        self.buf = self.buf[consumed:]
        self.in_data = False
        self.searched = 0
        head = content.split(b"\r\n\r\n", 1)[0]
        m = SUBJECT.search(head)
        subject = re.sub(rb"\r\n[ \t]", b" ", m.group(1)).decode("ascii", "replace") if m else ""
        self.log.write(f"{time.time():.6f}\t{self.peer}\t{','.join(self.rcpts)}\t{subject}\n")
        self.rcpts = []
        self.transport.write(b"250 OK\r\n")

    def command(self, line):
        """Answers one command line; False once the connection is closing."""
        verb = line[:4].upper()
        if verb == b"EHLO":
            self.transport.write(EHLO)
        elif verb == b"HELO":
            self.transport.write(b"250 sink\r\n")
        elif verb in (b"MAIL", b"RSET"):
            self.rcpts = []
            self.transport.write(b"250 OK\r\n")
        elif verb == b"RCPT":
            m = re.search(rb"<([^>]*)>", line)
            self.rcpts.append((m.group(1) if m else line[8:].strip()).decode("utf-8", "replace"))
            self.transport.write(b"250 OK\r\n")
        elif verb == b"DATA":
            if not self.rcpts:
                self.transport.write(b"503 Error: need RCPT command\r\n")
            else:
                self.in_data = True
                self.transport.write(b"354 End data with <CR><LF>.<CR><LF>\r\n")
        elif verb == b"NOOP":
            self.transport.write(b"250 OK\r\n")
        elif verb == b"QUIT":
            self.transport.write(b"221 Bye\r\n")
            self.transport.close()
            return False
        else:
            self.transport.write(b"502 Command not implemented\r\n")
        return True


def main() -> int:
    if len(sys.argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    host, port, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    # Line-buffered: the bench counts lines while the messages arrive.
    log = open(path, "a", buffering=1, encoding="utf-8")
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    server = loop.run_until_complete(loop.create_server(lambda: Session(log), host, port))
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, loop.stop)
    try:
        loop.run_forever()
    finally:
        server.close()
        log.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
