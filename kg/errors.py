"""One exception hierarchy for Accord.

Library code raises these; the CLI turns them into one-line messages and a
non-zero exit code at the edge (never a traceback).
"""


class KgError(Exception):
    """Base class of every error Accord reports to a user."""


class InputError(KgError):
    """A file, record or argument the user gave us is not usable."""


class StoreError(KgError):
    """The store cannot be opened, read or written."""


class QueryError(KgError):
    """A SPARQL query is malformed, unknown or missing an argument."""
