"""Times a person gives (a report's period, a console filter, a command's option), read as
instants in UTC.

A time with an offset can lie outside the years ``datetime`` holds once moved to UTC
(``0001-01-01T00:00:00+00:01`` is a minute before year 1): that is the caller's mistake, said
as a typed error, not an ``OverflowError`` out of the request or the command.
"""

from __future__ import annotations

import datetime as dt

from kanmon.errors import BadRequestError


def to_utc(when: dt.datetime, what: str, *, naive_is_utc: bool = False) -> dt.datetime:
    """``when`` in UTC. A time without an offset is refused (``naive_is_utc``: taken as UTC,
    for form fields that have none); ``what`` names the field in the error."""
    if when.tzinfo is None:
        if not naive_is_utc:
            raise BadRequestError(
                f"{what} needs a timezone (e.g. 2026-11-01T00:00:00Z)", param=what
            )
        when = when.replace(tzinfo=dt.UTC)
    try:
        return when.astimezone(dt.UTC)
    except OverflowError:
        raise BadRequestError(
            f"{what} is out of range: in UTC it must fall within the years 1 to 9999", param=what
        ) from None
