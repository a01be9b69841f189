"""Two stores writing batches into one database at the same time (an API ingest beside a CLI one)."""

from __future__ import annotations

import random
import threading
from collections.abc import Callable

from newstrace.store import Entry, Store


def write_at_once(db_url: str, make_record: Callable[[random.Random, int], dict], per_writer: int) -> Store:
    """Migrate once, then let two threads store ``per_writer`` records each in batches of 3; the first
    store is returned open (the caller closes it) after both threads are done without an error."""
    Store(db_url).close()  # migrated once, before the writers start
    stores = [Store(db_url), Store(db_url)]
    failures: list[Exception] = []

    def write(store: Store, seed: int) -> None:
        try:
            rng = random.Random(seed)
            for start in range(0, per_writer, 3):
                batch = [make_record(rng, seed * 1000 + start + i) for i in range(3)]
                store.add_batch([Entry(f"u{r['id']}", "stored", r, None, r["id"]) for r in batch])
        except Exception as exc:  # noqa: BLE001 - reported below
            failures.append(exc)

    threads = [threading.Thread(target=write, args=(store, seed)) for seed, store in enumerate(stores, 1)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    stores[1].close()
    assert not failures, failures
    return stores[0]
