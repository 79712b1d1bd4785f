"""Polite false alarms of round pol25 (issue 8), seen on the newest writers (blind33 to
blind37) and fixed by family in the packs' mechanisms (lexicons, except_patterns), in
en, ro and ru. Each family has polite wordings of our own that must stay quiet, and rude
or open counterparts that must still be found:

- R1/R2: the repeated trouble owned after "Please accept our apologies." / „Vă rugăm să
  primiți scuzele noastre.” / «Примите наши извинения.», or beside "that shouldn't
  happen" / „nu ar trebui să se întâmple” / «так быть не должно», is no reproach; "the
  third time I am telling you" still is;
- R6: a correction followed by an acknowledgement that it was easy to get wrong
  ("Actually, it's the annual fee. I know it's easy to miss.", „Știu că arată ciudat în
  extras”, «Понимаю, это легко упустить») is an explanation; "Actually, the charge is
  correct. Read your agreement." and "It's odd that you didn't read…" still argue;
  „De fapt, nu aveți dreptate.” is no longer read as „aveți dreptate” (you're right);
- R4: a way round a known bug until the fix ("Until the fix is out, a workaround is…",
  „Până vine actualizarea, dacă te deloghezi…”, «До выхода обновления временное решение
  — …») is a next step; "we're working on it." alone still has none;
- R1/R8: what we made available ("the new certificate is already available in your
  account, under Documents") is good news, not "as I already said"; "I already told you
  twice" still is a reminder;
- R1/R8: a plain yes that opens the reply as a sentence of its own ("Yes, of course.",
  „Da, sigur.”, «Да, конечно.») before where to do it is the request granted, not a
  pointer thrown back; the mock agreement that runs on („Da, sigur. Și eu sunt regina
  Angliei.”) and a bare pointer ("It's all there.") are still found.
"""

from __future__ import annotations

import pytest

from tests.tonecheck import assert_quiet, assert_rude, warnings

# ---- R1/R2: the repeated trouble owned after an apology or beside "shouldn't happen" ----

TROUBLE_OWNED = [
    (
        "en",
        "Please accept our apologies. This is the third time your seat selection has not "
        "been saved, and that shouldn't happen. We've fixed seat 14A for you.",
    ),
    (
        "en",
        "We apologise. This is the second time the engineer has missed the slot. I've "
        "booked the first slot tomorrow for you.",
    ),
    (
        "ro",
        "Vă rugăm să primiți scuzele noastre. Este deja a treia oară când locul ales nu se "
        "salvează, și nu ar trebui să se întâmple asta. V-am rezervat manual locul 14A.",
    ),
    (
        "ro",
        "Este a treia oară când tehnicianul nu vine, și nu ar trebui să se întâmple. V-am "
        "programat mâine la prima oră.",
    ),
    (
        "ru",
        "Примите наши извинения. Это уже третий раз, когда у вас не сохраняется выбранное "
        "место, и так быть не должно. Мы закрепили за вами место 14A.",
    ),
    (
        "ru",
        "Извиняемся. Это уже второй раз, когда мастер не приходит. Записали вас на завтра на утро.",
    ),
]

REMINDER = [
    ("en", "This is the third time I am telling you: clear the cache."),
    (
        "en",
        "Please accept our apologies. This is the third time I have explained this: clear the cache.",
    ),
    ("ro", "Vă spun a treia oară: goliți memoria cache."),
    ("ro", "Primiți scuzele noastre. Este a treia oară când vă explic: goliți memoria cache."),
    ("ru", "Третий раз повторяю: очистите кэш."),
    ("ru", "Примите наши извинения. Это третий раз я объясняю: очистите кэш."),
]


@pytest.mark.parametrize(("language", "text"), TROUBLE_OWNED)
def test_repeated_trouble_owned_after_an_apology_is_no_reproach(language: str, text: str) -> None:
    assert_quiet(text, language)


@pytest.mark.parametrize(("language", "text"), REMINDER)
def test_count_of_our_explanations_is_still_a_reminder(language: str, text: str) -> None:
    assert_rude(text, language)


# ---- R6: a correction followed by an acknowledgement -------------------------------------

CORRECTION_OWNED = [
    (
        "en",
        "Hi Tom,\n\nActually, the charge you're seeing isn't a late fee — it's the annual "
        "card fee of £24. I know it's easy to miss. If you'd prefer a card without a fee, "
        "I can talk you through switching.\n\nCheers,\nDan",
    ),
    (
        "en",
        "Thanks for checking. Actually we didn't charge you twice — the second amount is a "
        "pre-authorisation. I know it looks a bit strange on the statement.",
    ),
    (
        "ro",
        "Bună ziua! De fapt, suma pe care o vedeți nu e o penalitate, e taxa anuală a "
        "cardului. Știu că e ușor de scăpat din vedere. Vă pot muta pe alt cont.",
    ),
    (
        "ro",
        "Bună, Cristina! M-am uitat pe comandă: de fapt nu ți-am taxat livrarea de două ori "
        "— a doua sumă e o pre-autorizare. Știu că arată ciudat în extras. Dacă nu dispare "
        "până luni, scrie-mi și rezolv eu.",
    ),
    (
        "ru",
        "Здравствуйте! На самом деле, это не штраф, а годовая плата за карту. Понимаю, это "
        "легко упустить. Могу перевести вас на другой тариф.",
    ),
    (
        "ru",
        "Добрый день! На самом деле мы не списали доставку дважды — вторая сумма это "
        "предавторизация. Понимаю, в выписке это выглядит странно. Если хотите, распишу "
        "начисление подробно.",
    ),
]

CORRECTION_ARGUED = [
    ("en", "Actually, the charge is correct. Read your agreement."),
    ("en", "Actually, you're wrong. It's odd that you didn't read the terms."),
    ("ro", "De fapt, taxa este corectă. Citiți contractul."),
    ("ro", "De fapt, nu aveți dreptate."),
    ("ru", "На самом деле, плата начислена верно. Читайте договор."),
    ("ru", "Вообще-то, это не штраф. Непонятно, как вы этого не увидели."),
]


def test_vobshche_to_correction_with_an_acknowledgement_is_no_argue_wording() -> None:
    """«Вообще-то, …» with the acknowledgement after it: ru.argue-wording spares it (R6); the
    reply level still counts «Вообще-то» as a dispute cue in a cold reply (left open)."""
    text = "Вообще-то, это не штраф, а плата за обслуживание. Знаю, в выписке это выглядит странно."
    assert not {"ru.argue-wording", "ru.argumentative"} & set(warnings(text, "ru"))


@pytest.mark.parametrize(("language", "text"), CORRECTION_OWNED)
def test_correction_followed_by_an_acknowledgement_is_no_argument(language: str, text: str) -> None:
    assert_quiet(text, language)


@pytest.mark.parametrize(("language", "text"), CORRECTION_ARGUED)
def test_correction_without_one_still_argues(language: str, text: str) -> None:
    assert_rude(text, language)


# ---- R4: a way round the bug until the fix is a next step ---------------------------------

WORKAROUND = [
    (
        "en",
        "Hi, thanks for writing! The sync bug is known and we're working on it. Until the "
        "fix is out, a workaround is to log out and back in.",
    ),
    (
        "ro",
        "Mersi că ne-ai scris! Bug-ul e cunoscut și lucrăm la el. Până vine actualizarea, "
        "dacă te deloghezi și te loghezi din nou, evenimentele apar corect.",
    ),
    (
        "ro",
        "Mersi că ne-ai scris! Bug-ul e cunoscut și lucrăm la el. Până iese actualizarea, "
        "o soluție temporară e să te deloghezi și să te loghezi din nou.",
    ),
    (
        "ru",
        "Спасибо, что написали! Ошибка известна, мы над ней работаем. До выхода "
        "обновления временное решение — выйти из аккаунта и войти снова.",
    ),
]

NO_STEP = [
    # the customer's own workaround is no way round it offered by us
    (
        "en",
        "Hi, thanks for writing! The sync bug is known and we're working on it. Your "
        "workaround is what broke it.",
    ),
    ("en", "Hi, thanks for writing! The sync bug is known and we're working on it."),
    ("ro", "Mersi că ne-ai scris! Bug-ul e cunoscut și lucrăm la el."),
]


@pytest.mark.parametrize(("language", "text"), WORKAROUND)
def test_workaround_until_the_fix_is_a_next_step(language: str, text: str) -> None:
    assert_quiet(text, language)


@pytest.mark.parametrize(("language", "text"), NO_STEP)
def test_work_in_progress_alone_still_has_no_next_step(language: str, text: str) -> None:
    assert "next-step.missing" in warnings(text, language)


# ---- R1/R8: what we made available; a plain yes before where to do it --------------------

GRANTED = [
    (
        "en",
        "Hi Cristina! I've corrected the name on your certificate. The new certificate is "
        'already available in your account, under "Documents".',
    ),
    ("en", "Yes, of course. You can order a child seat in the app under Requests; it's free."),
    (
        "ro",
        "Bună, Cristina! Am corectat numele pe certificatul de absolvire. Noul certificat "
        "e deja disponibil în contul tău, la secțiunea „Documente”.",
    ),
    (
        "ro",
        "Da, sigur. Scaunul pentru copil îl puteți comanda din aplicație, la secțiunea "
        "„Dorințe”, e gratuit.",
    ),
    (
        "ru",
        "Здравствуйте, Кристина! Мы исправили имя в сертификате. Новый сертификат уже "
        "доступен в вашем кабинете, в разделе «Документы».",
    ),
    (
        "ru",
        "Да, конечно. Детское кресло можно заказать в приложении в разделе «Пожелания», "
        "это бесплатно.",
    ),
]

THROWN_BACK = [
    ("en", "I already told you twice. It's in your account, under Documents. Look there."),
    ("en", "You can order a child seat in the app under Requests. It's all there."),
    ("ro", "V-am spus deja de două ori. E în contul dumneavoastră, la secțiunea Documente."),
    ("ro", "Da, sigur. Și eu sunt regina Angliei."),
    ("ru", "Я вам уже дважды говорил. Всё в кабинете, в разделе «Документы». Смотрите там."),
    ("ru", "Детское кресло заказывается в приложении в разделе «Пожелания». Там всё есть."),
]


@pytest.mark.parametrize(("language", "text"), GRANTED)
def test_made_available_or_granted_is_no_pointer(language: str, text: str) -> None:
    assert_quiet(text, language)


@pytest.mark.parametrize(("language", "text"), THROWN_BACK)
def test_reminder_mock_yes_or_bare_pointer_is_still_found(language: str, text: str) -> None:
    assert_rude(text, language)
