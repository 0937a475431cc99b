"""An aiosmtpd handler for the tests: a maildir (like aiosmtpd's Mailbox) that takes
SMTP_DELAY_MS milliseconds to accept each message, like a slow relay.

    PYTHONPATH=tests/app python3 -m aiosmtpd -n -l 127.0.0.1:PORT -c slow_smtp.SlowMailbox DIR
"""

import asyncio
import os

from aiosmtpd.handlers import Mailbox


class SlowMailbox(Mailbox):
    async def handle_DATA(self, server, session, envelope):
        await asyncio.sleep(int(os.environ.get("SMTP_DELAY_MS", "50")) / 1000)
        return await super().handle_DATA(server, session, envelope)
