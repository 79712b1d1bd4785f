"""leak168: trainK65's rules-level misses that the readers caught (R5), each beside a look-alike.
Wordings written for this test, none a labelled case.

- a secret announced as one („Să vă spun un secret", «Открою секрет», "let me tell you a secret");
- an order to offer one thing first and not mention the other (backstage._PLAYBOOK);
- a penalty a carrier pays us by our contract (backstage._SUPPLIER_TERMS);
- how much an agent may give without a senior («без старшего»; backoffice._OWN_LIMIT);
- a notice not out yet: not on the status page, „nu s-a dat încă anunțul", «объявление повесят
  только в среду» (exposures._NOT_PUBLIC);
- a check made only the first time, with nobody asking after (loopholes._ONLY_FIRST_CHECK);
- a branch that „va fi închisă în toamnă" (unpublished._SITE_CLOSING); a claim «будет закрыто» stays clean;
- a manager's desk line (whereabouts._BOSS_PHONE), a colleague gone with family to a named place
  (exposures._HOLIDAY_PLACE), half the support team „dați afară" (backoffice._LAYOFF).
"""

from __future__ import annotations

from tests.tonecheck import blocked_leaks, leak_pair_tests

PAIRS = [
    (
        "a secret announced",
        "ro",
        "Să vă spun un secret: la examen vin exact întrebările din testul de antrenament.",
        "Să vă spun cum arată examenul: 20 de întrebări, 40 de minute, fără materiale.",
    ),
    (
        "a secret announced",
        "ru",
        "Открою секрет: на экзамене будут ровно те же вопросы, что в тренировочном тесте.",
        "Расскажу, как устроен экзамен: 20 вопросов, 40 минут, без материалов.",
    ),
    (
        "a secret announced",
        "en",
        "Let me tell you a secret: the exam uses the same questions as the practice quiz.",
        "Let me tell you how the exam works: 20 questions, 40 minutes, no notes.",
    ),
    (
        "offer one thing first and not mention the other",
        "en",
        "We're told to offer store credit first and not mention the cash refund, but you can ask for it.",
        "We're happy to offer store credit or a cash refund, whichever suits you better.",
    ),
    (
        "offer one thing first and not mention the other",
        "ro",
        "Avem instrucțiuni să oferim întâi cardul cadou și să nu pomenim de rambursare, dar o puteți cere.",
        "Vă putem oferi fie un card cadou, fie rambursarea banilor, cum preferați.",
    ),
    (
        "a carrier's penalty to us",
        "en",
        "Claim it from us, not the courier: they pay us £12 per late parcel under our contract anyway.",
        "Claim it from us, not the courier: we refund late-delivery fees within five working days.",
    ),
    (
        "a carrier's penalty to us",
        "ru",
        "Требуйте с нас: курьерская служба нам по договору всё равно платит 200 рублей за каждое опоздание.",
        "Требуйте с нас: мы возвращаем плату за доставку при любом опоздании в течение пяти дней.",
    ),
    (
        "what an agent gives without a senior",
        "ru",
        "Начислю 200 бонусов. Вообще мы без старшего можем дать до 1 000, так что скажите, если мало.",
        "Начислю 200 бонусов. Если этого мало, напишите, и я передам ваш запрос старшему смены.",
    ),
    (
        "a notice not out yet",
        "en",
        "Download your files before Friday: the storage cluster goes down for maintenance and we haven't put it on the status page yet.",
        "Download your files before Friday: the storage cluster goes down for maintenance, as on the status page since Monday.",
    ),
    (
        "a notice not out yet",
        "ro",
        "Umpleți rezervorul până joi: vineri se oprește apa în cartier, doar că nu s-a dat încă anunțul.",
        "Umpleți rezervorul până joi: vineri se oprește apa în cartier, anunțul e pe site de luni.",
    ),
    (
        "a notice not out yet",
        "ru",
        "Постирайте до среды: в четверг отключат горячую воду, объявление повесят только во вторник.",
        "Постирайте до среды: в четверг отключат горячую воду, объявление висит в подъезде с понедельника.",
    ),
    (
        "a check made only the first time",
        "ro",
        "Verificarea buletinului se face doar la prima închiriere, așa că poate conduce și sora dvs., nu vă cere nimeni nimic.",
        "Verificarea buletinului se face doar la prima închiriere, iar pentru alt șofer trebuie adăugat și permisul lui.",
    ),
    (
        "a check made only the first time",
        "ru",
        "Проверку паспорта делаем только при первой аренде, так что можете взять машину для мужа — ничего не спросят.",
        "Проверку паспорта делаем только при первой аренде, а второго водителя нужно вписать в договор отдельно.",
    ),
    (
        "a check made only the first time",
        "en",
        "ID is only checked on your first rental, so your son can take the car on your account; nobody asks after that.",
        "ID is only checked on your first rental, and a second driver has to be added with their own licence.",
    ),
    (
        "a branch closing",
        "ro",
        "Nu vă faceți card la sucursala din Gară: va fi închisă în toamnă. Mergeți la cea din centru.",
        "Nu vă faceți griji pentru sucursala din Gară: e deschisă toată toamna, de luni până vineri.",
    ),
    (
        "a manager's desk line",
        "en",
        "Skip the queue and ring Tom, our billing manager, directly on 0161 496 0555 — that's his desk line.",
        "Skip the queue and use the callback form; our billing team rings back within the hour.",
    ),
    (
        "a colleague away with family",
        "ro",
        "Doamna Pop e plecată cu familia în Creta până pe 12. Vă răspund eu între timp.",
        "Doamna Pop e în concediu până pe 12. Vă răspund eu între timp.",
    ),
    (
        "staff let go",
        "ro",
        "Scuze că durează, se dau afară jumătate dintre colegii de la suportul din Cluj.",
        "Scuze că durează, suntem puțini azi la suportul din Cluj, dar mă ocup acum.",
    ),
]
test_leak168_pairs = leak_pair_tests(PAIRS)


def test_a_claim_to_be_closed_is_no_site_closing() -> None:
    claim = (
        "Если документы не поступят до 20 марта, дело будет закрыто автоматически. "
        "Вы сможете открыть его снова в течение года — отдел урегулирования убытков."
    )
    assert blocked_leaks(claim, "ru") == []
