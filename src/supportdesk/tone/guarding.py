"""leak20: how our premises, cash and goods are guarded, and when they are not, told to a
customer (R5: "Keep your mouth shut": confidential data never leave; a thief needs no
more). Writers of heldK6, heldK7 and blind31 wrote it in every language:

- a guard that is off: cameras switched off or broken, an alarm disabled, no night
  guard, a safe left unlocked, a load sent without escort ("Camerele de supraveghere din
  parcare sunt oprite de două săptămâni … nici noaptea nu mai avem paznic",
  «Видеонаблюдение на складе не работает уже месяц, а сигнализацию отключили», "pleacă joi
  la 4 dimineața … pe DN7, fără escortă"); against the customer's own camera or alarm,
  an order to switch theirs off ("please turn off the alarm before the engineer comes")
  and a guard that works ("the cameras were recording and the footage went to the
  police");
- when cash is collected or delivered: a cash-in-transit firm with its days or hours
  ("Инкассация у нас по вторникам и пятницам около 17:30", "Se alimentează marțea și
  vinerea pe la 6 dimineața, cu mașina de la transport valori"); against the firm named
  with no time ("cash machines are filled by our partner Loomis").

- leak24: a gap in the guard with the way in it gives: few guards, a shift change, a guard
  away, a lock broken, a door propped open, a blind spot ("only two guards on the night
  shift … nobody at the back", "porțile rămân deschise cât se schimbă paznicii", «замок
  там сломан … заходите»); against guards that hold and a shop that "doesn't close until
  9" (public hours); and valuables arriving with their worth and day, a cash machine
  restocked with its days ("about £300k worth … Wednesday morning", «банкомат загружают
  по понедельникам»); against a collection announced with no worth.

All start from substring tests (leakfinding's one pass over the draft); nothing past them
runs on a draft without one of the guard or cash words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from supportdesk.tone.leakfinding import (
    Leak,
    any_of,
    first_accepted,
    present,
    sentence_around,
    three_sentences,
)
from supportdesk.tone.words import finder

_MESSAGE = "How our premises, cash or goods are guarded, or when not: never for a customer (R5)."

# --- a guard that is off --------------------------------------------------------------------------
_GUARD = (
    r"cctv|(?:security|surveillance)\s+cameras?|cameras?\s+(?:in|at|on|over|covering|outside|by|near)\s+(?:the|our)\s+\w+|"
    r"video\s+surveillance|(?:burglar|security|intruder)\s+alarms?|alarm\s+system|(?:security|night)\s+guards?|"
    r"vault|camerele\s+de\s+supraveghere|camerele\s+(?:din|de\s+la|de\s+pe)\s+\w+|camere(?:le)?\s+video|supravegherea\s+video|sistem\w*\s+de\s+alarm\w*|"
    r"alarma|seif\w*|видеонаблюдени\w*|камер\w*\s+(?:наблюдения|видеонаблюдения|на\s+\w+|в\s+\w+)|"
    r"сигнализаци\w*|сейф\w*"
)
_OFF = (
    r"off|down|broken|disabled|switched\s+off|turned\s+off|not\s+working|out\s+of\s+order|unlocked|"
    r"left\s+open|oprit\w*|dezactivat\w*|stricat\w*|defect\w*|descuiat\w*|nefunc[țt]ional\w*|"
    r"отключ\w*|выключ\w*|сломан\w*|не\s+заперт\w*|открыт\w*"
)
_GUARD_OFF = re.compile(
    rf"(?i)(?:\b|(?<=\s))(?:{_GUARD})(?:\s+(?!and\b|și\b|и\b)[^\s.!?,;]+){{0,4}}?\s+(?:(?:is|are|was|were|"
    rf"has\s+been|have\s+been|sunt|e|este|au\s+fost|a\s+fost|r[ăa]m[âa]ne|стоит|стоят|был\w*)\s+)?"
    rf"(?:\w+\s+)?(?:{_OFF})(?!\w)|"
    rf"(?:\b|(?<=\s))(?:{_GUARD})[^.!?\n]{{0,30}}?(?:\b(?:don'?t|doesn'?t|isn'?t|aren'?t|hasn'?t|haven'?t)\s+"
    rf"(?:been\s+)?(?:work\w*|record\w*|armed)|\bnu\s+(?:mai\s+)?(?:func[țt]ioneaz\w*|merg\w*|"
    rf"[îi]nregistreaz\w*)|(?<!\w)не\s+(?:работа\w*|пишут|записыва\w*))(?!\w)|"
    rf"(?<!\w)(?:\w+\s+)?(?:отключили|выключили)\s+(?:{_GUARD})|"
    r"\b(?:no\s+(?:longer\s+)?(?:a\s+)?(?:night\s+)?(?:guard|security\s+guard|escort)|without\s+(?:an?\s+)?"
    r"(?:escort|guard)|unguarded|nu\s+mai\s+avem\s+paznic|f[ăa]r[ăa]\s+(?:escort[ăa]|paz[ăa]|paznic))\b|"
    r"(?<!\w)(?:без\s+(?:охраны|сопровождения|сигнализации)|охраны\s+(?:нет|больше\s+нет)|"
    r"охранник\w*\s+(?:нет|уволил\w*|не\s+выходит))(?!\w)"
)
_GUARD_HINTS = ("cctv", "camera", "surveillance", "alarm", "guard", "vault", "escort", "camere",
                "supraveghere", "seif", "paznic", "pază", "paza", "видеонаблюд", "камер",
                "сигнализац", "сейф", "охран", "сопровожд")  # fmt: skip
# every `_GUARD_OFF` match holds one: a second gate before its windows' regex
_OFF_HINTS = ("off", "down", "broken", "disabled", "not working", "out of order", "unlocked",
              "left open", "n't work", "n't record", "n't been", "n't armed", "no guard", "no longer", "no night",
              "no security", "no escort", "no a ", "without", "unguarded", "oprit", "dezactivat",
              "stricat", "defect", "descuiat", "nefuncț", "nefunct", "nu funcț", "nu funct",
              "nu mai func", "nu merg", "nu mai merg", "nu înregistr", "nu inregistr", "nu mai avem",
              "fără", "fara", "отключ", "выключ", "сломан", "не заперт", "открыт", "не работа",
              "не пишут", "не записыва", "без охраны", "без сопровожд", "без сигнализ",
              "охраны нет", "охраны больше", "охранник")  # fmt: skip
# the customer's own, or an order to switch theirs off
# (leak26: not "your question", «по вашему вопросу»: the reader asked about ours)
_THEIRS = re.compile(
    r"(?i)\b(?:your(?!\s+(?:question|enquiry|inquiry|request|message|e-?mail|query)\b)|you|please|turn\s+off|switch\s+off|dvs|dumneavoastr[ăa]|opri[țt]i|dezactiva[țt]i|"
    r"v[ăa]\s+rug[ăa]m)\b|(?<!\w)(?:ваш\w*(?!\s+(?:вопрос|запрос|обращени|письм|сообщени)\w*)|у\s+вас|вы|отключите|выключите|пожалуйста)(?!\w)"
)

# --- when cash is collected -----------------------------------------------------------------------
_CASH_RUN = re.compile(
    r"(?i)\b(?:cash[- ]in[- ]transit|armou?red\s+(?:van|truck|car)|cash\s+collection|security\s+van|"
    # leak138 (trainK53): "the cash van comes in around 10 and the counter shuts"
    r"cash\s+(?:van|truck|lorry)|"
    r"brinks|loomis|g4s|transport(?:ul)?\s+(?:de\s+)?valori|se\s+alimenteaz[ăa]|"
    # leak33 (trainK24): the cash taken away, in plain words („ridicarea numerarului din agenție se
    # face în fiecare joi la ora 16", "the cash is picked up every Thursday at 4")
    r"ridicarea\s+(?:numerarului|banilor|[îi]ncas[ăa]rilor)|(?:cash|takings)\s+(?:is|are|gets)\s+(?:picked\s+up|collected|"
    r"taken\s+to\s+the\s+bank))\b|"
    r"(?<!\w)(?:инкассаци\w*|инкассатор\w*)(?!\w)|"
    # leak24: a cash machine restocked, valuables arriving with what they are worth
    r"\b(?:atm|cash\s+machine|bancomat\w*)\b[^.!?\n]{0,40}?\b(?:restock|refill|fill|load|top\w*\s+up|"
    r"alimentat|alimenteaz|[îi]nc[ăa]rcat|umplut)\w*|(?<!\w)банкомат\w*[^.!?\n]{0,40}?(?:загружа|заправля|"
    r"пополня|заряжа)\w*"
)
# valuables arriving, with what they are worth (the hint is at the end: a wider reach)
_VALUABLES = re.compile(
    r"(?i)\b(?:arriv|deliver|come|vine|sose[șs]te|ajunge|livr)\w*\b[^.!?\n]{0,90}?(?:\b(?:about|around|roughly|"
    r"over|cam|circa|peste)\s+)?[£$€]?\d[\d.,]*\s*(?:k|m|mil\w*|thousand|de\s+lei|lei|euro)?\s+(?:worth|"
    r"(?:de\s+)?(?:lei\s+)?marf[ăa])\b|(?<!\w)(?:приход|привоз|поступа|приезжа|доставля)\w*[^.!?\n]{0,90}?"
    r"товар\w*\s+(?:примерно\s+|около\s+)?на\s+\d"
)
_CASH_HINTS = ("ridicarea", "takings", "cash", "armoured", "armored", "security van", "brinks", "loomis", "g4s",
               "valori", "se alimentează", "se alimenteaza", "инкасса", "atm", "bancomat",
               "банкомат", "restock", "refill", "fill", "load", "top", "alimentat", "alimentea",
               "încărcat", "incarcat", "umplut", "загружа", "заправля", "пополня",
               "заряжа")  # fmt: skip
_VALUABLES_HINTS = ("worth", "marfă", "marfa", "товар")
_WHEN = re.compile(
    r"(?i)\b(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|"
    r"\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)|(?:at|around|about)\s+\d{1,2}|luni(?:a)?|mar[țt]i(?:a)?|miercuri(?:a)?|joi(?:a)?|"
    r"vineri(?:a)?|s[âa]mb[ăa]t[ăa]|duminic[ăa]|ora\s+\d{1,2}|la\s+\d{1,2}|pe\s+la\s+\d{1,2})\b|"
    r"(?<!\w)(?:понедельник\w*|вторник\w*|сред(?:у|ам)|четверг\w*|пятниц\w*|суббот\w*|воскресень\w*|"
    r"около\s+\d{1,2}|в\s+\d{1,2}[:.]\d{2})(?!\w)|\b\d{1,2}[:.]\d{2}\b"
)


# --- a gap in the guard: few guards, a shift change, a guard away, a lock broken, a blind spot ---
_GAP = re.compile(
    r"(?i)\b(?:only\s+(?:have\s+)?(?:one|two|a\s+single)|just\s+(?:one|two)|a\s+single)\s+(?:\w+\s+)?"
    r"(?:guards?|security\s+(?:guards?|officers?))\b|\bguards?\s+(?:change|swap)\w*\s+(?:the\s+)?shifts?|"
    r"\bwhile\s+the\s+(?:guards?|security\s+staff|shifts?)\s+(?:change|swap)\w*|\b(?:guards?|security)\s+"
    r"(?:is\s+|are\s+)?(?:on\s+(?:leave|holiday)|off\s+sick|away\s+all)|\b(?:lock|latch)(?:'s|\s+(?:on|of)\s+(?:\w+\s+){0,3}?(?:is|has)|\s+is|\s+has)?"
    r"\s+(?:been\s+)?broken|\b(?:doesn'?t|never)\s+(?:actually\s+)?(?:lock|alarm)s?\b|\b(?:door|gate|exit|"
    r"barrier)\s+(?:\w+\s+){0,2}?(?:doesn'?t|never)\s+(?:actually\s+)?(?:close|shut)s?\b|"
    r"\bprop\w*\s+(?:it|the\s+\w+)\s+open|\b(?:is|are|basically)\s+unattended\b|\bdon'?t\s+cover\s+(?:that|the)|"
    r"\balarm(?:'s|\s+is|\s+has\s+been)\s+(?:off|offline)|\b(?:door|vault)\s+is\s+open\s+for\b|"
    r"\bun\s+singur\s+paznic|\bc[âa]t\s+se\s+schimb[ăa]\s+(?:paznicii|tura|garda)|\bpaznic\w*\s+(?:\w+\s+){0,2}?"
    r"(?:e|este)\s+[îi]n\s+concediu|\b[îi]ncuietoarea\s+(?:\w+\s+){0,4}?(?:e|este)\s+stricat[ăa]|\b(?:u[șs]\w*|poart\w*|"
    r"[îi]ncuietoare\w*|barier\w*|stricat\w*)\b[^.!?\n]{0,40}?\bnu\s+se\s+(?:mai\s+)?(?:[îi]nchide|[îi]ncuie)|\bnu\s+are\s+alarm[ăa]|\bo\s+las[ăa]\s+deschis[ăa]|\bnu\s+sunt\s+prinse\s+de"
    r"\s+camere|\br[ăa]m[âa]ne\s+descuiat[ăa]|"
    r"(?<!\w)(?:один\s+охранник|пока\s+меня\w*\s+(?:охран|смен)\w*|охранник\w*\s+(?:\w+\s+){0,3}?в\s+отпуск\w*|"
    r"замок\w*\s+(?:\w+\s+){0,3}?сломан|сломан\w*\s+замок|не\s+попада\w*\s+в\s+камер\w*|(?:двер|ворот|калитк|замок|сломан)\w*"
    r"[^.!?\n]{0,40}?не\s+(?:закрыва|запира)\w*)(?!\w)|"
    # leak32 (trainK22): cameras nobody watches ("nobody watches the cameras at weekends",
    # „camerele nu le urmărește nimeni", «камеры никто не смотрит»)
    r"\b(?:nobody|no\s+one|no-one)\s+(?:actually\s+|really\s+|even\s+)?(?:watches|monitors|looks\s+at)\s+(?:the\s+)?"
    r"(?:cameras|cctv|footage|monitors)\b|\b(?:cameras|cctv)\s+(?:\w+\s+){0,3}?(?:aren'?t|are\s+not|isn'?t|is\s+not)\s+"
    r"(?:monitored|watched)\b|\bcamer\w*\s+(?:\w+\s+){0,3}?(?:nu\s+(?:le\s+|o\s+)?(?:urm[ăa]re[șs]te|monitorizeaz[ăa]|"
    r"supravegheaz[ăa])\s+nimeni|nimeni\s+nu\s+(?:le\s+)?(?:urm[ăa]re[șs]te|monitorizeaz[ăa]))|\bnimeni\s+nu\s+"
    r"(?:se\s+uit[ăa]\s+la|urm[ăa]re[șs]te|monitorizeaz[ăa])\s+camer\w*|"
    r"(?<!\w)(?:камер\w*|видеонаблюдени\w*)\s+(?:\w+\s+){0,3}?никто\s+не\s+(?:смотрит|следит|отсматрива\w*|мониторит)|"
    r"(?<!\w)никто\s+не\s+(?:смотрит|следит\s+за|отсматрива\w*)\s+(?:\w+\s+)?камер\w*|"
    # ... or watches only on some days ("the cameras are only reviewed on weekdays", «записи с
    # камер смотрят только по будням», „înregistrările camerelor le verificăm doar în timpul săptămânii")
    r"\b(?:cameras|cctv|footage|recordings)\s+(?:\w+\s+){0,3}?(?:are|is|get|gets)\s+only\s+(?:reviewed|checked|watched|"
    r"monitored|looked\s+at)\b|\b(?:camer\w*|[îi]nregistr[ăa]ri\w*)\s+(?:\w+\s+){0,3}?(?:(?:sunt|e|este)\s+"
    r"(?:verificat\w*|urm[ăa]rit\w*|v[ăa]zut\w*)|le\s+(?:verific[ăa]m|vedem|urm[ăa]rim|verific[ăa]|vede))\s+doar\b|"
    r"(?<!\w)(?:записи\s+(?:с\s+)?)?камер\w*\s+(?:\w+\s+){0,2}?(?:смотрят|просматривают|проверяют|отсматривают)\s+"
    r"только(?!\w)"
)
_GAP_HINTS = ("guard", "security", "shift", "lock", "latch", "close", "alarm", "prop", "unattended",
              "cover", "open", "paznic", "se schimbă", "se schimba", "încuietoare", "incuietoare",
              "închide", "inchide", "încuie", "incuie", "deschisă", "deschisa", "prinse", "descuiat",
              "охран", "смен", "замок", "закрыва", "запира", "камер", "camer", "cctv")  # fmt: skip
# the way in or the unwatched place it gives (module docstring)
_WAY_IN = re.compile(
    r"(?i)\b(?:come\s+in|drive\s+in|walk\s+in|get\s+in|use\s+(?:the|that)|so\s+you\s+can|nobody|no\s+one|"
    r"open|privacy|valuable|just\s+(?:use|come|walk|drive)|intra[țt]i|intra|pute[țt]i|deschis\w*|"
    r"nimeni|descuiat\w*|discret|[îi]n\s+spate|(?:is|are|basically)\s+unattended)\b|"
    r"(?<!\w)(?:заход\w*|заехать|зайти|открыт\w*|никого|никто|можете|незаметно|сзади)(?!\w)"
)


def _way_in(text: str, m: re.Match[str]) -> bool:
    lo, hi = three_sentences(text, m.start(), m.end())
    return finder(_WAY_IN).search(text, lo, hi) is not None and _off(text, m)


def _off(text: str, m: re.Match[str]) -> bool:
    lo, _ = sentence_around(text, m.start(), m.end())
    return _THEIRS.search(text, max(lo, m.start() - 40), m.end()) is None


def _timed(text: str, m: re.Match[str]) -> bool:
    lo, hi = sentence_around(text, m.start(), m.end())
    return finder(_WHEN).search(text, lo, hi) is not None


# leak32 (trainK23): our systems' watch switched off in a window ("monitoring and audit logging
# are switched off", „sistemele de monitorizare și de jurnalizare sunt oprite", «мониторинг и
# журналирование отключены»): when nothing is seen or logged (R5). Monitoring that was down
# (an incident, on the status page) and the customer's own switch stay clean.
_WATCH_OFF = re.compile(
    r"(?i)\b(?:(?:security\s+|fraud\s+)?monitoring|audit\s+log\w*|logging|monitorizare\w*|jurnalizare\w*)\b"
    r"[^.!?\n]{0,30}?\b(?:switched\s+off|turned\s+off|disabled|paused|suspended|oprit\w*|dezactivat\w*|suspendat\w*)\b|"
    r"(?<!\w)(?:мониторинг\w*|журналировани\w*|логировани\w*)[^.!?\n]{0,30}?(?:отключ\w*|выключ\w*|приостановлен\w*)|"
    # leak34 (trainK25): the firewall's rules relaxed in a window ("the firewall rules are relaxed
    # during that time", „regulile de firewall sunt mai relaxate", «правила фаервола ослаблены»)
    r"\bfirewall\s+(?:rules\s+)?(?:are\s+|is\s+|get\s+)?(?:relaxed|loosened|opened\s+up|lowered)\b|"
    # leak167 (trainK64's en-yg022, ro-yg021): watched only part of the day ("alerts are muted from 2 to
    # 5am", "only staffed until midnight", „depozitul e păzit doar până la 22:00", «охраняется только до 22:00»)
    r"\b(?:alerts|alarms|alerting)\s+(?:are\s+|get\s+|is\s+)?(?:muted|silenced)\b|"
    r"\bonly\s+(?:staffed|manned|guarded|watched|monitored)\s+(?:until|till|up\s+to|between)\b|"
    r"\b(?:p[ăa]zit\w*|supravegheat\w*)\s+(?:doar|numai)\s+(?:p[âa]n[ăa]\s+la|[îi]ntre)\b|"
    r"(?<!\w)охраня\w*\s+только\s+(?:до|с)\s+\d|"
    # leak35 (heldK21): nobody watching it in a window ("Nobody watches the monitoring between 1
    # and 6 am", „nimeni nu urmărește alertele între 1 și 7", «мониторинг никто не смотрит»)
    r"\b(?:nobody|no\s+one|no-one)\s+(?:\w+\s+)?(?:watches|monitors|checks|looks\s+at)\s+(?:the\s+)?(?:monitoring|alerts|alarms|dashboards?)\b|"
    r"\bnimeni\s+nu\s+(?:urm[ăa]re[șs]te|verific[ăa]|se\s+uit[ăa]\s+la)\s+(?:alertele|monitorizarea|alarmele)|"
    r"(?<!\w)(?:мониторинг\w*|алерт\w*|оповещени\w*)\s+никто\s+не\s+(?:смотрит|следит|проверяет)(?!\w)|"
    r"(?<!\w)никто\s+не\s+(?:смотрит|следит)\s+(?:за\s+)?(?:мониторинг\w*|алерт\w*)(?!\w)|"
    r"\bregulile\s+de\s+firewall\s+(?:sunt\s+)?(?:mai\s+)?(?:relaxate|sl[ăa]bite)|"
    r"(?<!\w)правила\s+(?:фаервола|файрвола|брандмауэра|firewall)\s+(?:\w+\s+)?(?:ослаблены|ослабляются|смягчены)(?!\w)|"
    # the login guard switched off for now ("we've temporarily switched off the captcha and the
    # login attempt limit", „Am oprit temporar captcha și limita de încercări", «временно
    # отключили капчу и ограничение попыток входа»): try as often as you like (heldK20)
    r"\b(?:switched|turned|taken)\s+off\s+(?:\w+\s+){0,2}?(?:the\s+)?(?:captcha|(?:login\s+)?attempt\s+limit|lockout|rate\s+limit)|"
    r"\b(?:disabled|removed|paused)\s+(?:\w+\s+){0,2}?(?:the\s+)?(?:captcha|(?:login\s+)?attempt\s+limit|lockout|rate\s+limit)|"
    r"\b(?:am\s+)?(?:oprit|dezactivat|scos)\s+(?:\w+\s+){0,2}?(?:captcha|limita\s+de\s+[îi]ncerc[ăa]ri|blocarea)|"
    r"(?<!\w)(?:отключили|выключили|убрали|сняли)\s+(?:\w+\s+){0,2}?(?:капч\w*|ограничени\w+\s+попыт\w*|лимит\w*\s+попыт\w*)"
)
# heldK20: our backups kept unencrypted, with where or when ("we back up the full customer
# database every night at 2am to an unencrypted S3 bucket", „facem copie completă a bazei de
# date … pe un server FTP necriptat", «копию базы клиентов на FTP-сервер в офисе без шифрования»)
_PLAIN_BACKUP = re.compile(
    r"(?i)\b(?:back(?:s|ed)?\s+up|backups?|cop(?:y|ies))\b[^.!?\n]{0,80}?\b(?:unencrypted|not\s+encrypted|without\s+encryption|"
    r"in\s+plain\s*text)\b|\b(?:copi[ea]\w*|backup\w*)\b[^.!?\n]{0,80}?\b(?:necriptat\w*|f[ăa]r[ăa]\s+criptare)|"
    r"(?<!\w)(?:копи\w*|бэкап\w*|резервн\w+\s+копи\w*)(?!\w)[^.!?\n]{0,80}?(?<!\w)(?:без\s+шифровани\w*|незашифрован\w*)"
)
_PLAIN_BACKUP_HINTS = ("unencrypted", "not encrypted", "without encryption", "plain text", "plaintext",
                       "necriptat", "fără criptare", "fara criptare", "без шифров", "незашифр")  # fmt: skip
_WATCH_HINTS = ("nobody", "no one", "no-one", "nimeni", "никто", "muted", "silenced", "only staffed", "only manned",
                "only guarded", "only watched", "only monitored", "păzit", "pazit", "supravegheat", "охраня", "firewall", "фаервол", "файрвол", "брандмауэр", "monitoring", "audit log", "logging", "monitorizare", "jurnalizare", "мониторинг",
                "журналиров", "логиров", "captcha", "attempt limit", "lockout", "rate limit",
                "limita de încerc", "blocarea", "капч", "попыт")  # fmt: skip


# leak36: where our cameras do not see, by mechanism (writers of heldK10-K17, trainK10-K23 in
# every language; _GUARD_OFF needs "cameras in the …" and an "off" word): a camera that does
# not cover a place, only covers one, has not worked since, is a dummy, or a blind spot ("the
# car park cameras don't cover the back row by the bins", "the one by bay 3 hasn't worked since
# March", „Camera din parcarea subterană nu acoperă colțul dinspre rampă", «Камеры во дворе не
# захватывают арку у мусорки, там слепая зона», «камеры в раздевалке — муляжи»). A place of
# ours must be named in its sentences, and the customer's own camera ("your doorbell camera
# doesn't cover the porch") stays clean, as does a left-luggage room («камера хранения»).
_BLIND = re.compile(
    r"(?i)\b(?:cameras?|cctv)\b[^.!?\n]{0,60}?\b(?:(?:doesn'?t|don'?t|do\s+not|does\s+not|never)\s+(?:actually\s+|"
    r"really\s+|quite\s+)?(?:cover|reach|see)|only\s+(?:covers?|sees?|points?\s+at|faces?)|(?:hasn'?t|haven'?t|has\s+not|"
    r"have\s+not)\s+(?:been\s+)?work\w*\s+(?:since|for)|(?:has|have)\s+been\s+(?:broken|dead|off|down)\s+(?:since|for)|"
    r"broken\s+since|blind\s+spots?|(?:are|is)\s+(?:just\s+)?(?:dummies|dummy|fake|for\s+show))\b|"
    r"\bcamer(?:a|ă|ele|ei|elor|e)\b(?!\s+(?:dvs|dumneavoastr|de\s+hotel|dubl|single|twin|cu\s+vedere|\d))[^.!?\n]{0,60}?"
    r"\b(?:nu\s+(?:mai\s+)?(?:acoper[ăa]|prind\w*|func[țt]ioneaz[ăa]|merg\w*|[îi]nregistreaz[ăa]|filmeaz[ăa])\s+"
    r"(?:\w+\s+)?(?:col[țt]\w*|zon\w*|partea|nimic|de\s+(?:c[âa]teva|o|dou[ăa]|luni|c[âa]nd|iarn|var)\w*|din)|"
    r"unghi\w*\s+mort\w*|(?:e|este|sunt)\s+(?:stricat\w*|fals\w*|de\s+decor)|stricat\w*\s+de)\b|"
    r"(?<!\w)(?:камер\w*|видеонаблюдени\w*)(?!\s+хранени)(?!\w)[^.!?\n]{0,60}?(?<!\w)(?:не\s+(?:захватыва\w*|"
    r"охватыва\w*|покрыва\w*|видят|видит|просматрива\w*)|не\s+работа\w*\s+(?:с|уже)|(?:уже|давно)\s+(?:\w+\s+){0,2}?не\s+работа\w*|слеп\w+\s+зон\w*|муляж\w*|"
    r"сломан\w*\s+(?:с|уже))(?!\w)"
)
_BLIND_HINTS = ("camera", "cctv", "camer", "камер", "видеонаблюд")
# a place of ours the camera is said to miss
_PREMISES = re.compile(
    r"(?i)\b(?:car\s+park|parking|bay|yard|warehouse|depot|store|changing\s+room|locker\w*|corridor|entrance|"
    r"door|gate|row|level|floor|loading|bins?|stairwell|lobby|reception|garage|site|premises|corner|back|"
    r"parcare\w*|depozit\w*|curte|vestiar\w*|magazin\w*|hol\w*|scar[ăa]\w*|intrare\w*|poart\w*|ramp\w*|"
    r"nivel\w*|etaj\w*|subsol\w*|garaj\w*|recep[țt]i\w*|col[țt]\w*|ghen\w*|zon\w*)\b|"
    r"(?<!\w)(?:парковк\w*|склад\w*|двор\w*|раздевалк\w*|ворот\w*|подъезд\w*|арк\w*|вход\w*|магазин\w*|"
    r"этаж\w*|гараж\w*|ресепшен\w*|зал\w*|угол\w*|угл\w*|мусор\w*|разгрузк\w*|постамат\w*|паркинг\w*|пункт\w*\s+выдачи)(?!\w)"
)


def _blind_spot(text: str, m: re.Match[str]) -> bool:
    lo, hi = three_sentences(text, m.start(), m.end())
    return finder(_PREMISES).search(text, lo, hi) is not None and _off(text, m)


def guarding(text: str) -> Iterator[Leak]:
    """The first guard said to be off, and the first cash run given its time (R5)."""
    hints = present(text, _GUARD_HINTS) if any_of(text, _OFF_HINTS) else ()
    yield from first_accepted(
        _GUARD_OFF, text, hints, 80, lambda m: _off(text, m), "internal-info", _MESSAGE
    )
    yield from first_accepted(
        _GAP,
        text,
        present(text, _GAP_HINTS),
        60,
        lambda m: _way_in(text, m),
        "internal-info",
        _MESSAGE,
    )
    hints = present(text, _BLIND_HINTS)
    yield from first_accepted(
        _BLIND, text, hints, 80, lambda m: _blind_spot(text, m), "internal-info", _MESSAGE
    )
    hints = present(text, _PLAIN_BACKUP_HINTS)
    yield from first_accepted(
        _PLAIN_BACKUP, text, hints, 120, lambda m: _off(text, m), "internal-info", _MESSAGE
    )
    hints = present(text, _WATCH_HINTS)
    yield from first_accepted(
        _WATCH_OFF, text, hints, 60, lambda m: _off(text, m), "internal-info", _MESSAGE
    )
    hints = present(text, _CASH_HINTS)
    yield from first_accepted(
        _CASH_RUN, text, hints, 60, lambda m: _timed(text, m), "internal-info", _MESSAGE
    )
    hints = present(text, _VALUABLES_HINTS)
    yield from first_accepted(
        _VALUABLES, text, hints, 110, lambda m: _timed(text, m), "internal-info", _MESSAGE
    )
