"""The audit log's keys as kanmon.yaml names them."""

from __future__ import annotations

from pathlib import Path

from kanmon.audit._content import ContentSealer, parse_content_key
from kanmon.audit._signer import Signer
from kanmon.config import KanmonConfig, resolve_secret
from kanmon.errors import ConfigError


def signer_for(config: KanmonConfig) -> Signer:
    a = config.audit
    return Signer.load(env=a.signing_key_env, file=config.resolve(Path(a.signing_key_file)))


def sealer_for(config: KanmonConfig) -> ContentSealer:
    a = config.audit
    raw = resolve_secret(
        env=a.content_key_env,
        file=a.content_key_file,
        what="audit content key",
        base_dir=config.base_dir,
    )
    key = parse_content_key(raw, "audit content key") if raw else None
    if a.content in ("hash", "encrypted") and key is None:
        raise ConfigError(
            f"audit.content is {a.content!r}, which needs a 32-byte key in "
            f"${a.content_key_env or 'KANMON_AUDIT_CONTENT_KEY'} or audit.content_key_file"
        )
    return ContentSealer(a.content, key)
