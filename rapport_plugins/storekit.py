"""What a storage backend shares with the built-in SQLite store: the same normal forms for names,
keys and texts (so a memory found twice is one memory in every backend), the same time stamps, and
the schema version an export names. Exported as ``rapport_plugins.storekit``."""

from __future__ import annotations

from .models import CATEGORIES, FOLLOW_UP_STATES, REVIEW_STATES, SENSITIVITIES
from .store import SCHEMA_VERSION
from .store_common import StoreBehaviour, name_norm, normalise, remap_state_key, utcnow
from .store_common import _aware as aware
from .store_common import _chunks as chunks
from .store_common import _instant as instant
from .store_common import _iso as iso
from .store_common import _norm_key as norm_key
from .store_memories import RANKED

__all__ = [
    "CATEGORIES", "FOLLOW_UP_STATES", "RANKED", "REVIEW_STATES", "SCHEMA_VERSION", "SENSITIVITIES", "StoreBehaviour", "aware",
    "chunks", "instant", "iso", "name_norm", "norm_key", "normalise", "remap_state_key", "utcnow",
]
