"""A real SMTP server for the delivery tests: aiosmtpd on a free loopback port.

Each message received is written to DIR as NNNN.eml (written aside, then renamed, so a reader never
sees half a message). With --fail-first N the first N transactions are answered
"421 4.3.2 Service not available" at MAIL FROM, as a server that is down answers.
Prints "READY <port>" once listening; runs until its standard input closes.
"""
import argparse
import os
import socket
import sys
import threading

from aiosmtpd.controller import Controller


class Sink:
    def __init__(self, directory, fail_first):
        self.directory = directory
        self.fail_first = fail_first
        self.transactions = 0
        self.received = 0
        self.lock = threading.Lock()

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        with self.lock:
            self.transactions += 1
            refuse = self.transactions <= self.fail_first
        if refuse:
            return "421 4.3.2 Service not available"
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.endswith("@refused.example"):
            return "550 5.1.1 No such mailbox"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.received += 1
            number = self.received
        final = os.path.join(self.directory, "%04d.eml" % number)
        with open(final + ".tmp", "wb") as out:
            out.write(envelope.original_content or envelope.content)
        os.replace(final + ".tmp", final)
        return "250 Message accepted"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--dir", required=True)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--fail-first", type=int, default=0)
    args = parser.parse_args()
    port = args.port or free_port()
    controller = Controller(Sink(args.dir, args.fail_first), hostname="127.0.0.1", port=port, data_size_limit=64 * 1024 * 1024)
    controller.start()
    print("READY %d" % port, flush=True)
    sys.stdin.read()
    controller.stop()


if __name__ == "__main__":
    main()
