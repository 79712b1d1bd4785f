"""leak20: many people's records handed over in one file, list or link (R5: "Keep your
mouth shut": other people's data never leave). Not rows pasted into the draft (pasted.py,
backoffice.py read those) but the file described: "I've attached the spreadsheet of all
customers affected (names, phones and account numbers are in columns B–D)", "Vă trimit
lista bursierilor: nume, CNP, IBAN și media fiecărui student sunt în fișierul atașat",
«вот полная выгрузка клиентской базы за май: https://… — найдите себя по фамилии». The
writers of blind31-33 and heldK6 each wrote one, in every language.

A finding needs, in the sentence before, the sentence and the one after it:
- a collection of OTHER people: all (or the full list of) customers, students, patients,
  colleagues…, "the customer base", "altor trei colegi", «всех абонентов»;
- that it is handed over: attached, sent, a link, "here is";
- and what it holds: personal fields (names, phones, e-mails, birth dates, ID or account
  numbers, salaries, grades), or the reader told to find themselves in it ("find your
  name", "caută-l pe al tău", «найдите себя»).

Look-alikes that stay clean: a notice sent to all customers (no file, no fields), a list
of our branches with their phones (places, not people), the customer's own orders or
their own staff ("the list of your employees"), a request that the customer send us a
list, and a refusal ("we can't share the list of other customers").

The family starts from substring tests (leakfinding's one pass over the draft): a
collection word, a handover word and a people word must all be in the draft before any
regex runs, in windows around the people words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from supportdesk.tone.leakfinding import (
    Leak,
    any_of,
    hinted,
    present,
    sentence_start,
    three_sentences,
)
from supportdesk.tone.words import finder

_MESSAGE = "Many people's records in one file or link: other people's data never leave (R5)."

# other people, many of them: all / every / the full list of / other … customers
_PEOPLE = (
    r"customers?|clients?|students?|patients?|members?|users?|employees?|staff|tenants?|subscribers?|"
    r"applicants?|policyholders?|residents?|colleagues?|passengers?|guests?|candidates?|pupils?|"
    r"account\s+holders?|people|participants?|attendees?|delegates?|trainees?"
)
_MANY = re.compile(
    rf"(?i)\b(?:all|every)\s+(?:(?:the|our|of\s+the|other|\w+)\s+){{0,2}}?(?:{_PEOPLE})\b|"
    rf"\b(?:full|whole|entire|complete)\s+(?:\w+\s+)?(?:customer|client|member|patient|student|staff|"
    rf"subscriber|user|mailing)\s+(?:list|base|database|register|file)|"
    rf"\b(?:other|another)\s+(?:\w+\s+)?(?:{_PEOPLE})\b|\beach\s+(?:{_PEOPLE})\b|"
    r"\b(?:tuturor|to[țt]i|toate|celorlal[țt]i|celelalte|altor|fiec[ăa]rui|fiec[ăa]rei|fiecare)\s+(?:\w+\s+){0,2}?"
    r"(?:clien[țt]\w*|studen[țt]\w*|pacien[țt]\w*|coleg\w*|angaja[țt]\w*|membri\w*|abona[țt]\w*|"
    r"locatari\w*|chiria[șs]\w*|elevi\w*|bursier\w*|utilizator\w*|asigura[țt]\w*|candida[țt]\w*)|"
    r"\blista\s+(?:complet[ăa]\s+a\s+)?(?:clien[țt]ilor|studen[țt]ilor|pacien[țt]ilor|angaja[țt]ilor|"
    r"bursierilor|elevilor|membrilor|abona[țt]ilor|candida[țt]ilor|locatarilor|"
    # leak26: a course's or trip's people („lista participanților la curs cu numele, CNP-urile",
    # "the attendee list with everyone's phone numbers", «список участников с паспортами»)
    r"participan[țt]ilor|cursan[țt]ilor|pasagerilor|invita[țt]ilor|voluntarilor)|"
    r"\b(?:participant|attendee|delegate|passenger|guest|trainee)s?\s+list|\blist\s+of\s+(?:all\s+)?(?:the\s+)?"
    r"(?:participants|attendees|delegates|passengers|guests|trainees|everyone)|"
    # leak46 (trainK32): "the spreadsheet of everyone who …", «таблица с абонентами вашего дома»
    r"\b(?:spreadsheet|export|table|file)\s+of\s+everyone\b|"
    r"(?<!\w)(?:таблиц\w*|список|списк\w*|выгрузк\w*)\s+(?:с|со)\s+(?:\w+\s+)?(?:абонент|клиент|покупател|жильц|"
    r"пользовател)\w*|"
    r"(?<!\w)список\s+(?:всех\s+)?(?:участник|пассажир|слушател|гост|турист)\w*|\bbaza\s+de\s+(?:date\s+"
    r"(?:a|cu)\s+)?clien[țt]\w*|"
    r"(?<!\w)(?:всех|вс[её]|полн\w+|других|остальн\w+|каждого|каждой)\s+(?:\w+\s+){0,2}?(?:клиент\w*|"
    r"покупател\w*|абонент\w*|пациент\w*|студент\w*|сотрудник\w*|жильц\w*|жител\w*|участник\w*|"
    r"пользовател\w*|коллег\w*|заемщик\w*|заёмщик\w*|страховател\w*|кандидат\w*|учени\w*)|"
    r"(?<!\w)(?:клиентск\w+|абонентск\w+)\s+баз\w*|(?<!\w)баз\w*\s+(?:клиентов|абонентов|покупателей|"
    r"пациентов)(?!\w)|"
    # s44 (heldK40): every record of a month or a building, not people by name ("the full list of
    # March orders from the shop", „situația cu restanțele … pentru tot blocul", «весь реестр
    # заказов за апрель»)
    r"\b(?:full|whole|entire|complete)\s+(?:list|export|register|spreadsheet|log)\s+of\s+(?:all\s+)?(?:\w+\s+){0,2}?"
    r"(?:orders|bookings|transactions|accounts|invoices|claims|applications|payments|arrears)\b|"
    r"\bpentru\s+(?:tot\s+blocul|toat[ăa]\s+scara|toat[ăa]\s+asocia[țt]ia|tot\s+condominiul)\b|"
    r"(?<!\w)(?:весь|всю|полн\w+|общ\w+)\s+(?:реестр|выгрузк\w*|список|таблиц\w*)\s+(?:\w+\s+)?(?:заказ|платеж|платёж|"
    r"договор|заявок|начислен|должник)\w*|"
    # leak187 (heldK63's en-zd046, ru-zd038): a driver's manifest ("I've attached the driver's manifest for your
    # round … you're line 23"), every flat's charges («выгрузку начислений по всем квартирам вашего подъезда»)
    r"\b(?:driver'?s|delivery|courier'?s)\s+manifest\b|\b(?:driver|courier)'?s\s+(?:route|round|drop)\s+(?:sheet|list)\b|"
    r"(?<!\w)(?:по\s+)?всем\s+(?:квартирам|абонентам|лицевым\s+сч[её]там|жильцам|собственникам)(?!\w)|"
    r"\bpentru\s+toate\s+apartamentele\b"
)
_MANY_HINTS = ("manifest", "route sheet", "round sheet", "drop sheet", "route list", "round list", "всем ",
               "toate apartamentele", "all ", "every", "full ", "whole", "entire", "complete", "other", "each ", "tuturor",
               "toți", "toti", "toate", "celorlal", "celelalte", "altor", "fiecăr", "fiecar",
               "lista ", "baza de", "всех", "все ", "всё ", "полн", "других", "остальн", "каждо",
               "клиентск", "абонентск", "баз", "participan", "cursan", "pasageri", "invitați",
               "invitati", "voluntari", "participant", "attendee", "delegate", "passenger",
               "trainee", "list of", "список", "of everyone", "таблиц", "списк", "выгрузк",
               "весь", "всю", "общ", "tot blocul", "toată scara", "toata scara", "toată asocia",
               "toata asocia", "tot condominiul")  # fmt: skip
# a file, list or link: what carries the records
_FILE_HINTS = ("attach", "spreadsheet", "export", "list", "file", "folder", "database", "csv",
               "xls", "http", "atașa", "atasa", "fișier", "fisier", "lista", "tabel", "export",
               "folder", "dosar", "anex", "выгрузк", "список", "файл", "таблиц", "папк",
               "реестр", "вложени", "прикладыва", "прилага", "база", "базу", "базы")  # fmt: skip
# handed over by us, not asked for: "attached", "here is", "vă trimit", «прикладываю»
_HANDED = re.compile(
    r"(?i)\b(?:attach\w*|enclos\w*|here(?:'s|\s+is|\s+are)|i(?:'?ve)?\s+(?:sent|put|shared|uploaded|included)|"
    r"(?:sending|forwarding|sharing)\s+(?:you|it|the)|https?://|(?:at|on)\s+this\s+link|"
    r"ata[șs](?:a|ez)\w*|anex\w*|v[ăa]\s+trimit|[țt]i-?am\s+(?:pus|trimis)|v-?am\s+(?:pus|trimis|atașat)|"
    r"am\s+pus|g[ăa]si[țt]i\s+aici|aici:)|"
    r"(?<!\w)(?:прикладыва\w*|прилага\w*|во\s+вложени\w*|отправляю|высылаю|пересылаю|вот\s+(?:полн\w+|"
    r"вс\w+|список|выгрузк\w*|файл|таблиц\w*|ссылк\w*)|по\s+ссылке)(?!\w)"
)
# what it holds: personal fields, or the reader told to find themselves in it
_HOLDS = re.compile(
    # leak46 (trainK32, every language): or the people themselves, by what befell them too ("the
    # spreadsheet of everyone who was double-charged", „lista cu toți clienții cărora li s-a
    # încasat de două ori", «таблица с абонентами вашего дома, у которых тоже было …»)
    r"(?i)\b(?:who\s+(?:was|were|got|had\s+been)\s+(?:also\s+)?(?:double-?charged|overcharged|affected|charged\s+twice)|"
    r"c[ăa]rora\s+li\s+s-a|care\s+au\s+fost\s+(?:\w+\s+)?afecta[țt]i)\b|(?<!\w)у\s+которых\s+тоже(?!\w)|"
    r"\b(?:names?|phones?|phone\s+numbers|e-?mails?|emails|addresses|dates?\s+of\s+birth|birth\s*dates|"
    r"DOBs?|account\s+numbers|card\s+numbers|passport\w*|national\s+insurance|SSNs?|IBANs?|salar\w*|"
    r"payslips?|grades|marks|diagnos\w*|find\s+(?:yourself|your\s+(?:name|row|entry|record|line))|"
    r"(?:rows|lines|entries)\s+that\s+aren'?t\s+yours|"
    r"nume(?:le)?|telefo\w+|adrese(?:le)?|date(?:le)?\s+de\s+na[șs]tere|CNP\w*|IBAN\w*|salari\w*|"
    r"adeverin[țt]\w*\s+de\s+salariu|medi(?:a|ile)|note(?:le)?|diagnostic\w*|buletin\w*|"
    r"caut[ăa]-?(?:l|v[ăa])\s+pe\s+al\s+(?:t[ăa]u|dvs|dumneavoastr[ăa])|c[ăa]uta[țt]i-v[ăa]|"
    r"verifica[țt]i\s+dac[ăa]\s+ap[ăa]re[țt]i|g[ăa]si[țt]i-v[ăa]|search\s+for\s+your\s+(?:name|row|order|postcode|entry)|"
    r"(?:sunte[țt]i|e[șs]ti)\s+pe\s+r[âa]ndul\s+\d+)\b|(?<!\w)(?:по)?ищите\s+(?:там\s+|в\s+н[её]м\s+)?себя(?!\w)|"
    r"(?<!\w)(?:фио|имена|фамили[ия]|телефон\w*|адрес[аов]*|дат\w*\s+рождения|паспорт\w*|снилс|инн|"
    r"номер\w*\s+(?:сч[её]т|карт|договор)\w*|зарплат\w*|оценк\w*|диагноз\w*|найдите\s+(?:себя|свою\s+"
    r"(?:фамилию|строку)|сво[её]\s+имя)|(?:по|)ищите\s+себя|удалите\s+(?:чужие|лишние)\s+строки)(?!\w)|"
    # leak187: the reader's own line in it ("you're line 23"), what each flat is charged («начислений»)
    r"\byou'?re\s+(?:on\s+)?line\s+\d+\b|(?<!\w)(?:начислени\w*|задолженност\w*)(?!\w)|\b(?:restan[țt]\w*|facturile)\b"
)
# the customer's own people ("your employees", "angajații dvs.", «ваших сотрудников»), a
# request that they send one, a refusal
_NOT_HANDED = re.compile(
    r"(?i)\b(?:your|send\s+us|please\s+send|can'?t|cannot|won'?t|never|not\s+allowed|unable|"
    r"dvs|dumneavoastr[ăa]|trimite[țt]i-ne|nu\s+(?:putem|avem\s+voie|pot)|niciodat[ăa])\b|"
    r"(?<!\w)(?:ваш\w*|пришлите|отправьте\s+нам|не\s+можем|не\s+имеем\s+права|никогда)(?!\w)"
)

# "angajaților dvs.", «сотрудников ваших»: the customer's own people, named after them; not their
# neighbours («абонентами вашего дома», leak46)
_YOURS_AFTER = re.compile(
    r"(?i)\s+(?:dvs\b|dumneavoastr[ăa]|ai\s+dvs|ale\s+dvs|ваш\w*(?!\w)(?!\s+(?:дома|подъезда|улицы|района|города|посёлка|поселка))|your\s+own\b)"
)


def bulk_records(text: str) -> Iterator[Leak]:
    """The first collection of other people's records handed over with what it holds."""
    if not any_of(text, _FILE_HINTS):
        return
    hints = present(text, _MANY_HINTS)
    for m in hinted(_MANY, text, hints, 60) if hints else ():
        if _NOT_HANDED.search(
            text, max(sentence_start(text, m.start()), m.start() - 25), m.end()
        ) or _YOURS_AFTER.match(text, m.end()):
            continue  # "the list of your employees", "we can't share the list of all customers"
        lo, hi = three_sentences(text, m.start(), m.end())
        if finder(_HANDED).search(text, lo, hi) and finder(_HOLDS).search(text, lo, hi):
            yield Leak("other-person", m.start(), m.end(), _MESSAGE)
            return
