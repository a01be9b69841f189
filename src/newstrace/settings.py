"""newstrace's configuration: one frozen ``Settings`` object, read once from the environment and options.

Every environment variable newstrace reads is a field here and is listed in the README. (Issue 16 moves
the remaining ``os.environ`` reads of other modules here.)
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields

DEFAULT_DB = "newstrace.db"  # the corpus database when neither --db nor NEWSTRACE_DB says otherwise


@dataclass(frozen=True)
class Settings:
    # Events below this calibrated confidence stay on the record but are folded away (web UI), left out of
    # the API's and search's event lists unless asked for (``min_confidence=0`` / ``--all-events``).
    events_min_confidence: float = 0.5
    # Sources and quotes below this confidence are shown as unsure; the API filters with ``min_confidence``.
    sources_min_confidence: float = 0.0
    # Story linking at scale (link/stories.py): terms in more than this share of the documents (and in at
    # least common_df_min of them) are left out of the online index's candidate scoring, and pair
    # similarities under link_floor x the story threshold are not kept as links.
    common_df_share: float = 0.05
    common_df_min: int = 100
    link_floor: float = 0.25

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None, **overrides: object) -> "Settings":
        """Defaults, then ``NEWSTRACE_<FIELD>`` variables, then explicit overrides (command-line options)."""
        env = os.environ if environ is None else environ
        values: dict[str, object] = {}
        for f in fields(cls):
            raw = env.get(f"NEWSTRACE_{f.name.upper()}")
            if raw not in (None, ""):
                values[f.name] = type(f.default)(raw)  # type: ignore[operator]
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)  # type: ignore[arg-type]
