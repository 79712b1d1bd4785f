"""FileCache letting parsed JSON go once decoded (archive shards at 100k tickets: ~120 MB
of JSON beside ~65 MB of tickets) and reading it again when a transaction needs it."""

from __future__ import annotations

from pathlib import Path

from supportdesk.store.cache import FileCache
from supportdesk.store.files import dump_json, write_atomic


def test_dropped_json_is_read_again_and_derived_objects_survive(tmp_path: Path):
    path = tmp_path / "shard.json"
    write_atomic(path, dump_json({"tickets": {"1": "a"}}))
    cache = FileCache()
    built: list[dict] = []

    def build(data: dict) -> dict:
        built.append(data)
        return dict(data["tickets"])

    first = cache.derived(path, "tickets", build, keep_data=False)
    assert cache._entries[path].data is not built[0]  # let go
    assert cache.load(path) == {"tickets": {"1": "a"}}  # read again for a transaction
    assert cache.derived(path, "tickets", build, keep_data=False) is first  # same version
    assert len(built) == 1
    write_atomic(path, dump_json({"tickets": {"1": "b", "2": "c"}}))
    second = cache.derived(path, "tickets", build, keep_data=False)
    assert second == {"1": "b", "2": "c"} and len(built) == 2
    assert cache.load(path) == {"tickets": {"1": "b", "2": "c"}}


def test_kept_json_is_the_same_object(tmp_path: Path):
    path = tmp_path / "hot.json"
    write_atomic(path, dump_json({"tickets": {}}))
    cache = FileCache()
    cache.derived(path, "tickets", lambda d: d["tickets"])
    assert cache.load(path) is cache.load(path)
