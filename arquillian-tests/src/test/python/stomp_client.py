#!/usr/bin/env python3
"""A STOMP 1.2 client of Helpdesk's broker for the integration tests (Debian's python3-stomp).

It does one thing per run and prints what the broker answered as one JSON line on standard output, for the Java
test to judge:
  connect                          {"outcome": "connected"} or {"outcome": "refused", "error": ...}
                                   ("refused": an ERROR frame; "failed": anything else, e.g. no broker)
  send ADDRESS BODY [--header k=v] {"outcome": "sent"} (the broker's receipt) or {"outcome": "refused", ...}
  receive ADDRESS [--header k=v]   {"outcome": "received", "headers": {...}, "body": ...}, "refused" or "nothing"
Every wait for the broker ends at --timeout seconds. The exit status is 0 whenever the broker answered or the
wait ended; anything else (a missing module, a bad argument) exits non-zero.
"""
import threading

import stomp

from broker_client import arguments, report


class Answers(stomp.ConnectionListener):
    """Collects the frames the broker sends back; the first error or message ends the wait."""

    def __init__(self):
        self.done = threading.Event()
        self.error = None
        self.receipts = set()
        self.message = None

    def on_error(self, frame):
        self.error = frame.headers.get("message", "") + " " + (frame.body or "")
        self.done.set()

    def on_receipt(self, frame):
        self.receipts.add(frame.headers.get("receipt-id"))
        self.done.set()

    def on_message(self, frame):
        self.message = frame
        self.done.set()

    def on_disconnected(self):
        self.done.set()


def main():
    parser = arguments()
    parser.add_argument("--header", action="append", default=[], help="name=value: a header of the SEND or SUBSCRIBE frame")
    args = parser.parse_args()

    # Without content-length Artemis makes the frame a JMS text message; with it, a bytes message.
    connection = stomp.Connection12([("127.0.0.1", args.port)], auto_content_length=False, timeout=args.timeout)
    answers = Answers()
    connection.set_listener("answers", answers)
    try:
        connection.connect(args.user, args.password, wait=True, with_connect_command=True)
    except (stomp.exception.ConnectFailedException, stomp.exception.NotConnectedException) as failure:
        # "refused" only when the broker said so in an ERROR frame, not when it was unreachable
        report({"outcome": "refused" if answers.error else "failed", "error": answers.error or repr(failure)})
        return
    if not connection.is_connected():
        report({"outcome": "refused" if answers.error else "failed", "error": answers.error})
        return
    headers = dict(header.split("=", 1) for header in args.header)
    if args.action == "connect":
        report({"outcome": "connected"})
    elif args.action == "send":
        connection.send(args.address, args.body, headers=headers, receipt="sent")
        answers.done.wait(args.timeout)
        if "sent" in answers.receipts:
            report({"outcome": "sent"})
        else:
            report({"outcome": "refused" if answers.error else "nothing", "error": answers.error})
    else:
        connection.subscribe(args.address, id="1", ack="auto", headers=headers)
        answers.done.wait(args.timeout)
        if answers.message is not None:
            report({"outcome": "received", "headers": answers.message.headers, "body": answers.message.body})
        else:
            report({"outcome": "refused" if answers.error else "nothing", "error": answers.error})
    if connection.is_connected():
        connection.disconnect()




if __name__ == "__main__":
    main()
