"""The language model loads once per process, even when a sync's background warm-up
and a first `detect` ask for it at the same time (R14: the customer's language)."""

from __future__ import annotations

from supportdesk.mail import language
from supportdesk.mail.ingest import ParserPool


def test_background_warm_up_and_detect_load_the_model_once() -> None:
    language._identifier.cache_clear()
    language._load.cache_clear()
    thread = language.warm_up_in_background()
    assert language.detect("Здравствуйте, у меня не проходит оплата картой, помогите") == "ru"
    thread.join(timeout=60)
    assert not thread.is_alive()
    assert language._load.cache_info().misses == 1


def test_pool_prepared_then_started_parses_with_the_loaded_model() -> None:
    """`prepare` starts the load; the executor waits for it before forking workers."""
    pool = ParserPool(workers=2)
    try:
        pool.prepare()
        assert pool._warming is not None
        future = pool.executor().submit(language.detect, "Bună ziua, factura mea nu este corectă")
        assert future.result(timeout=60) == "ro"
        assert not pool._warming.is_alive()
    finally:
        pool.close()
