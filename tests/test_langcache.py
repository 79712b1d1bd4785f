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


def test_writing_the_cache_removes_other_versions_files(tmp_path: Path) -> None:
    """Each new environment once left another 68 MB file behind (the name held the model
    file's mtime); a write now keeps only its own file, and a failed write removes
    nothing."""
    old = [tmp_path / "langid-0.3.0-4586720.bin", tmp_path / "langid-0.4.0-4586720-17961.bin"]
    for p in old:
        p.write_bytes(b"old")
    other = tmp_path / "notes.txt"
    other.write_text("kept")
    path = tmp_path / "langid-0.4.0-4586720.bin"
    langcache.write(_load(), path)
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name, "notes.txt"]
    assert langcache.read(path) is not None


def test_the_cache_name_does_not_change_with_a_reinstall() -> None:
    """Same library version, same model size: the same name, whatever the file's mtime."""
    path = langcache.cache_path()
    assert path is not None and path.name.count("-") == 2
