"""leak167: trainK64's rules-level misses that the readers caught (R5), each beside a look-alike.
Wordings written for this test, none a labelled case.

- when we pay, by what the customer says: only once they mention court (offrecord._PAYS_WHEN_LEGAL);
- the rule and the way round it that is approved "не глядя" (loopholes._FORMALLY_BUT);
- an automatic decision's threshold with the system approving once it is passed („sistemul o aprobă",
  «система сама одобрит»; loopholes._scoring_rule);
- a status «проверен вручную» set to skip a check (bypasses._BY_HAND);
- a replacement SIM made with no ID (bypasses._sim_without_id);
- the guests next door, by name (described._neighbours);
- an e-mail address on a domain that names itself internal (secrets._hosts), and our staff chat's
  handle or invite link (pasted._chat_handles);
- a place or system watched only part of the day (guarding._WATCH_OFF), and an item kept with its
  money back through a bug not fixed (exposures._TWICE);
- false alarm met writing these: the check insisted on with the refusal said first („Nu vă putem face
  duplicatul de SIM fără buletin"; loopholes._advised).
"""

from __future__ import annotations

from tests.tonecheck import blocked_leaks, leak_pair_tests

PAIRS = [
    (
        "paid when court is mentioned",
        "ro",
        "Colegii de la juridic plătesc doar dacă clientul pomenește de instanță, așa că scrieți asta.",
        "Colegii de la juridic plătesc doar după ce primim factura originală, așa că trimiteți-o.",
    ),
    (
        "paid when court is mentioned",
        "ru",
        "Юристы у нас платят, только когда клиент упоминает суд, так что напишите про суд.",
        "Юристы у нас платят, только когда клиент присылает оригинал чека, так что пришлите его.",
    ),
    (
        "paid when court is mentioned",
        "en",
        "Legal only pay out once the customer mentions a solicitor, so put that in your next email.",
        "Legal only pay out once the customer sends the original receipt, so attach it to your next email.",
    ),
    (
        "the rule, and what is approved without a look",
        "ru",
        "Официально тариф невозвратный, но если пришлёте любую справку, возврат одобрят не глядя.",
        "Официально тариф невозвратный, но если рейс отменят, мы вернём деньги полностью.",
    ),
    (
        "the threshold and the system approving",
        "ro",
        "Cererea a fost respinsă pentru că aveți sub 3 luni de vechime. Dacă o trimiteți din nou în iunie, sistemul o aprobă.",
        "Cererea a fost respinsă pentru că lipsește adeverința de venit. Dacă o trimiteți din nou cu ea, o analizăm în 2 zile.",
    ),
    (
        "the threshold and the system approving",
        "ru",
        "Отказ, потому что стаж меньше трёх месяцев. Подайте снова в июне — система сама одобрит.",
        "Отказ, потому что не хватает справки о доходах. Подайте снова со справкой — рассмотрим за два дня.",
    ),
    (
        "a check marked passed by hand",
        "ru",
        "Если фото не проходит, напишите нам, мы поставим вам статус «верифицирован вручную».",
        "Если фото не проходит, напишите нам, мы проверим снимки вместе с вами.",
    ),
    (
        "a replacement SIM with no ID",
        "ro",
        "Spuneți-i colegului din magazin ultima reîncărcare și vă face duplicatul de SIM fără buletin.",
        "Mergeți cu buletinul în orice magazin și colegul vă face duplicatul de SIM pe loc.",
    ),
    (
        "a replacement SIM with no ID",
        "en",
        "Give the store your last top-up amount and they'll sort a replacement SIM without ID.",
        "Bring photo ID to any store and they'll sort a replacement SIM while you wait.",
    ),
    (
        "the guests next door, by name",
        "en",
        "Your room is ready. The couple next door - the Whitfields - leave on Sunday, so it will be quieter.",
        "Your room is ready. The room next door is empty from Sunday, so it will be quieter.",
    ),
    (
        "the guests next door, by name",
        "ro",
        "Camera e gata. Familia Popescu din camera alăturată pleacă mâine dimineață.",
        "Camera e gata. Camera alăturată rămâne liberă de mâine dimineață.",
    ),
    (
        "the guests next door, by name",
        "ru",
        "Номер готов. За стенкой у вас Ивановы, они уезжают в пятницу.",
        "Номер готов. Соседний номер свободен с пятницы.",
    ),
]
PAIRS += [
    (
        "an address on an internal domain",
        "en",
        "To skip the queue, write to escalations@brightcar-internal.com and copy the duty manager.",
        "To skip the queue, write to escalations@brightcar.com and put your booking number first.",
    ),
    (
        "our staff chat's handle",
        "ru",
        "Быстрее всего написать в наш рабочий чат водителей в телеграме, @brightcar_drivers_int.",
        "Быстрее всего написать в наш чат поддержки в телеграме, @brightcar_help.",
    ),
]
PAIRS += [
    (
        "watched only part of the day",
        "en",
        "The yard is only guarded until 11pm, so after that it's down to the gate lock.",
        "The yard is open to collect parcels until 11pm, so after that please come back in the morning.",
    ),
    (
        "watched only part of the day",
        "ro",
        "Parcarea e păzită doar până la ora 23, după aceea nu mai e nimeni acolo.",
        "Parcarea e deschisă doar până la ora 23, după aceea o puteți folosi de la 6 dimineața.",
    ),
    (
        "the money back and the item kept",
        "ro",
        "Dacă returnezi scutul și ieși din joc imediat, primești aurul și rămâi și cu scutul. Nu e reparat încă.",
        "Dacă returnezi scutul din inventar, primești aurul înapoi în câteva secunde.",
    ),
]
test_leak167_pairs = leak_pair_tests(PAIRS)


def test_a_replacement_sim_refused_without_id_stays_clean() -> None:
    refused = "Nu vă putem face duplicatul de SIM fără buletin; veniți cu el în orice magazin."
    assert blocked_leaks(refused, "ro") == []
    offered = "Vă putem face duplicatul de SIM și fără buletin, oricine îl poate ridica."
    assert blocked_leaks(offered, "ro")
