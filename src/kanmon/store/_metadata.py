"""The one ``MetaData`` every table registers on, and the column types tables share."""

from __future__ import annotations

from sqlalchemy import BigInteger, Integer, MetaData

metadata = MetaData()

# SQLite only autoincrements INTEGER PRIMARY KEY; PostgreSQL wants BIGINT for a log that grows.
_Seq = BigInteger().with_variant(Integer(), "sqlite")
