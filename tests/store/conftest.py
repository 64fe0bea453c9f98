from tests._backends import pg_server, pg_url, redis_prefix, redis_url
from tests._migrations import store_url

__all__ = ["pg_server", "pg_url", "redis_prefix", "redis_url", "store_url"]
