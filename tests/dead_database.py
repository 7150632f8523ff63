"""A database that is down or hangs, for the tests of calm failure, in the SQLite and PostgreSQL suites
alike: a PostgreSQL connection (psycopg2 is installed in both) to a closed port, or to a socket that
accepts connections and never answers, put in place of this thread's `default` connection."""

import socket
from contextlib import contextmanager

from django.db import connections
from django.db.utils import load_backend


@contextmanager
def closed_port():
    """A port nothing listens on: connecting is refused at once."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    yield port


@contextmanager
def silent_server():
    """A port that completes the TCP handshake (the kernel does, from the listen backlog) and then
    never says a word: a PostgreSQL that hangs."""
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(64)
        yield server.getsockname()[1]


def postgres_connection(port, options=None, **settings):
    """A `default` connection to PostgreSQL on 127.0.0.1:`port`, not yet connected."""
    settings_dict = {
        **connections["default"].settings_dict,
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "liangjiang",
        "USER": "postgres",
        "PASSWORD": "",
        "HOST": "127.0.0.1",
        "PORT": str(port),
        "OPTIONS": {"connect_timeout": 1} if options is None else options,
        **settings,
    }
    return load_backend(settings_dict["ENGINE"]).DatabaseWrapper(settings_dict, "default")


@contextmanager
def default_connection(replacement):
    """Views in this thread use `replacement` as the default database until the block ends."""
    original = connections["default"]
    connections["default"] = replacement
    try:
        yield replacement
    finally:
        connections["default"] = original
        replacement.close()
