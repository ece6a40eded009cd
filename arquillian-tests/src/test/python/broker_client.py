"""What the STOMP and AMQP test clients share: their command line and their one-line JSON answer."""
import argparse
import json
import sys


def arguments():
    """The common command line; each client adds its own options before parsing."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--user")
    parser.add_argument("--password")
    parser.add_argument("--timeout", type=float, default=30, help="seconds to wait for the broker at most")
    parser.add_argument("action", choices=["connect", "send", "receive"])
    parser.add_argument("address", nargs="?")
    parser.add_argument("body", nargs="?")
    return parser


def report(answer):
    """The answer for the Java test: one JSON line on standard output."""
    print(json.dumps(answer, default=str))
    sys.stdout.flush()
