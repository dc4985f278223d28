"""Library errors. The library raises these; only the CLI prints them."""


class QuotebankError(Exception):
    """Base class: a problem the user can fix, reported in one line."""


class InputError(QuotebankError):
    """An input could not be read or decoded as an article."""


class DatabaseError(QuotebankError):
    """The database could not be opened, migrated or queried."""


class SchemaOutOfDate(DatabaseError):
    """The database schema is older than this version of quotebank."""


class ReadOnlyViolation(DatabaseError):
    """A read-only query tried to change the database."""


class NotFound(QuotebankError):
    """A requested quote or speaker does not exist."""


class ModelNotFound(QuotebankError):
    """The spaCy pipeline named for quotebank is not installed."""
