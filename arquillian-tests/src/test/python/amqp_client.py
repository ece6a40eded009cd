#!/usr/bin/env python3
"""An AMQP 1.0 client of Helpdesk's broker for the integration tests (Debian's python3-qpid-proton).

It does one thing per run and prints what the broker answered as one JSON line on standard output, for the Java
test to judge:
  connect                              {"outcome": "connected"} or {"outcome": "refused", "error": ...}
                                       ("refused": the broker refused; "failed": anything else, e.g. no broker)
  send ADDRESS BODY [--property k=v]   {"outcome": "sent", "id": ...} (accepted) or {"outcome": "refused", ...}
       [--reply]                       with --reply, waits for the answer on a temporary queue of its own:
                                       {"outcome": "replied", "id": ..., "properties": {...}, "correlation_id": ...,
                                        "body": ...}; the message id is a random UUID
  receive ADDRESS                      {"outcome": "received", ...}, "refused" or "nothing"
The body is sent as an AMQP string (a JMS text message at the broker). Every wait for the broker ends at --timeout
seconds. The exit status is 0 whenever the broker answered or the wait ended; anything else exits non-zero.
"""
import uuid

from proton import Message
from proton.utils import BlockingConnection, LinkDetached, SendException
from proton._exceptions import ConnectionException, LinkException, Timeout

from broker_client import arguments, report

UNAUTHORIZED = "amqp:unauthorized-access"


def main():
    parser = arguments()
    parser.add_argument("--property", action="append", default=[], help="name=value: an application property")
    parser.add_argument("--reply", action="store_true", help="ask for a reply and wait for it")
    args = parser.parse_args()

    try:
        connection = BlockingConnection("amqp://127.0.0.1:%d" % args.port, timeout=args.timeout,
                                        user=args.user, password=args.password,
                                        allowed_mechs="PLAIN" if args.user else "ANONYMOUS")
    except ConnectionException as failure:
        report(failed(failure))
        return
    try:
        if args.action == "connect":
            report({"outcome": "connected"})
        elif args.action == "send":
            send(connection, args)
        else:
            receive(connection, args)
    except (LinkDetached, LinkException, SendException, ConnectionException) as failure:
        report(failed(failure))
    finally:
        try:
            connection.close()
        except (ConnectionException, LinkException, Timeout):
            pass


def failed(failure):
    """"refused" only when the broker said so (AMQP's unauthorized-access condition), not when it was unreachable."""
    refused = UNAUTHORIZED in str(failure)
    return {"outcome": "refused" if refused else "failed", "error": str(failure)}


def send(connection, args):
    replies = connection.create_receiver(None, dynamic=True) if args.reply else None
    sender = connection.create_sender(args.address)
    message = Message(body=args.body, properties=dict(prop.split("=", 1) for prop in args.property))
    message.id = uuid.uuid4()  # the broker makes it the JMSMessageID, which the reply is correlated by
    if replies is not None:
        message.reply_to = replies.remote_source.address
    sender.send(message)
    if replies is None:
        report({"outcome": "sent", "id": str(message.id)})
        return
    try:
        reply = replies.receive(timeout=args.timeout)
    except Timeout:
        report({"outcome": "nothing"})
        return
    replies.accept()
    report({"outcome": "replied", "id": str(message.id), "properties": reply.properties,
            "correlation_id": str(reply.correlation_id), "body": reply.body})


def receive(connection, args):
    receiver = connection.create_receiver(args.address)
    try:
        message = receiver.receive(timeout=args.timeout)
    except Timeout:
        report({"outcome": "nothing"})
        return
    receiver.accept()
    report({"outcome": "received", "properties": message.properties, "body": message.body})




if __name__ == "__main__":
    main()
