"""The language model unpacked into the user's cache (mail/langcache.py): the same answers
as the shipped model, and any damage means the shipped model, never a wrong answer."""

from __future__ import annotations

from pathlib import Path

from supportdesk.mail import langcache
from supportdesk.mail.language import _load

SAMPLES = [
    "Здравствуйте, у меня не работает оплата картой уже два дня",
    "Hello, my invoice from last month is wrong, please fix it",
    "Bună ziua, nu pot să intru în cont de ieri",
    "Guten Tag, meine Rechnung ist leider falsch",
    "Dzień dobry, faktura jest błędna",
    "Привіт, їжак",
]


def test_a_cached_model_answers_like_the_shipped_one(tmp_path: Path) -> None:
    shipped = _load()
    path = tmp_path / "cache" / "langid.bin"
    langcache.write(shipped, path)
    cached = langcache.read(path)
    assert cached is not None
    assert [cached.classify(s) for s in SAMPLES] == [shipped.classify(s) for s in SAMPLES]
    assert not list(path.parent.glob(".*.tmp")), "written under a temporary name, renamed"


def test_a_damaged_or_foreign_cache_is_not_used(tmp_path: Path) -> None:
    path = tmp_path / "langid.bin"
    langcache.write(_load(), path)
    whole = path.read_bytes()
    path.write_bytes(whole[: len(whole) // 2])  # cut short
    assert langcache.read(path) is None
    path.write_bytes(b"\x05\0\0\0\0\0\0\0{oops" + whole[13:])  # a broken header
    assert langcache.read(path) is None
    # Arrays that load but answer differently (another model): the probe catches it.
    size = int.from_bytes(whole[:8], "little")
    body = bytearray(whole)
    body[8 + size + 1000 : 8 + size + 400_000] = bytes(399_000)
    path.write_bytes(bytes(body))
    assert langcache.read(path) is None
    assert langcache.read(tmp_path / "missing.bin") is None


def test_the_cache_name_follows_the_library_and_its_model() -> None:
    path = langcache.cache_path()
    assert (
        path is not None and path.name.startswith("langid-") and path.parent.name == "supportdesk"
    )
