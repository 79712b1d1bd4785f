"""R5 families found missing by the blind sets blind5 and blind7 (first runs recorded in
bench/tone_eval.py): a Russian note for colleagues ("внутр.", also after "//"), hosts
under the ".loc" pseudo-domain, another customer named after "you're not the only one",
and revenue figures with the period between the words. Each with its look-alike that
must stay clean; wording of our own, not the sets'."""

from __future__ import annotations

import pytest

from supportdesk.tone.lint import lint
from supportdesk.tone.secrets import Known, find_leaks

LEAKS = [
    ("internal-note", "Тариф поменяли.\n// внутр.: просил компенсацию, не давать.\n\nОльга"),
    ("internal-note", "Готово.\n\nВНУТР. КОММЕНТАРИЙ: жаловался дважды, без бонусов."),
    ("internal-host", "Логи смотрели на backup-03.sklad.loc, ошибок нет."),
    ("internal-host", "We checked the logs on build7.acme.loc and they are clean."),
    ("other-customer", "You're not the only one: Mrs Ada Quinn in Leeds had the same fault."),
    ("other-customer", "Nu ești singur: domnul Mihai Toma, comanda 55821, a pățit la fel."),
    ("other-customer", "Вы не первая — у Ольги Беловой (заказ 77120) тоже не пришло."),
]
CLEAN = [
    "Ваш тариф изменён.\nЕсли будут вопросы, пишите.\n\nОльга",
    "Это внутр. сбой приложения, мы его уже исправили.",
    "// внутренний счётчик в примере: counter = 0",
    "Open the app at https://status.example.com for the current state.",
    "You're not the only one who asked, so we put the steps in our help centre.",
    "Nu sunteți singura care a întrebat; am publicat ghidul pe site.",
    "Вы не один такой, многие спрашивали — инструкция в разделе «Помощь».",
]


@pytest.mark.parametrize(("kind", "text"), LEAKS)
def test_leak_found(kind: str, text: str) -> None:
    assert kind in {leak.kind for leak in find_leaks(text, Known())}


@pytest.mark.parametrize("text", CLEAN)
def test_look_alike_clean(text: str) -> None:
    assert list(find_leaks(text, Known())) == []


def test_revenue_with_its_period_is_blocked_and_a_plain_period_is_not() -> None:
    leak = lint(
        "Здравствуйте!\n\nВыручка за 2 кв. упала на 15%, так что акций не будет.", language="ru"
    )
    assert any(f.severity == "block" and f.rule.endswith("internal-info") for f in leak.findings)
    fine = lint("Здравствуйте!\n\nЗа 2 квартал мы обновили приложение дважды.", language="ru")
    assert not any(f.severity == "block" for f in fine.findings)
