"""Confidentiality families (R5) that hide behind ordinary words rather than a secret's
shape — found missing by the probe_leak7 round, kept apart from secrets.py so that
each family reads as one unit:

- a key named by its service ("our Google Maps key: 3b8e…", "cheia Stripe a firmei
  este …", "на нашем ключе Яндекс.Карт: 7c2e…"), whatever the value looks like — a
  UUID or 16 hex digits are keys here, while a UUID alone is an order id;
- a secret in a pasted config line (`PAYMENT_WEBHOOK_SECRET=…`, `"password": "…"`,
  YAML `token: …`), unless the value only names the slot (`<your secret>`,
  `ВАШ_СЕКРЕТ`, `parola_ta`);
- a screenshot or export of our own admin panel or CRM described as sent ("a screenshot
  of our admin dashboard", "captura de ecran din panoul nostru", "скриншот из нашей
  админки"), against "send us a screenshot of the error";
- business figures said as ours: a margin, turnover, sales, profit or revenue next to
  a percentage or an amount ("our margin on that model is only 7%", "anul trecut am
  avut vânzări de peste 3 milioane", "за прошлый год оборот у нас был около 180 млн"),
  against a discount, a price or years in business.

The leak9 round (probe_leak8, dev9-dev12) added, each with its look-alikes:

- how many customers we have by any paying or active noun ("1,900 paying farms"), how
  their number moved ("numărul de clienți activi a scăzut la 61.000"), our return rate;
- a code that opens our premises ("the keypad code for our staff entrance is 7391"),
  against a pickup, locker or SMS code and the customer's own door code;
- what we pay our supplier or a cost price ("мы берём его у поставщика по 890 ₽"),
  against the customer's price or "your wholesale price";
- a link after "internal" or "our … sheet/tracker/wiki", against "our returns form";
- a code meant for our staff ("промокод для сотрудников …"), against a public code;
- the terms another customer gets ("la vânzătorii mari, precum MegaTech, am negociat
  8%"), against a deal negotiated for the customer.

Each search starts from a cheap substring test, so a draft without the words costs
microseconds (the lint's 5 ms budget).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from supportdesk.tone.leakfinding import (
    Leak,
    any_of,
    first_accepted,
    has_any,
    has_digit,
    hinted,
    lowered,
    present,
    sentence_around,
    sentence_start,
    three_sentences,
)
from supportdesk.tone.leakvalues import filled_slot, placeholder
from supportdesk.tone.words import finder

# --- a key named by its service ---------------------------------------------------------
# the key word (inflected), up to five words naming the service or whose key it is, a
# colon, "is" or a dash, then a value with digits and letters (a UUID, hex, base62)
_SERVICE_KEY = re.compile(
    r"(?i)\b(?P<word>keys?|tokens?|secrets?|chei(?:a|e|i|le)?|token(?:ul)?|"
    r"ключ(?:а|у|ом|е|и)?|токен(?:а|у|ом|е|ы)?|секрет(?:а|ом)?)\b"
    r"(?P<between>[^\n:=.;!?]{0,45}?|[^\n:=;!?]{0,45}?\.[^\s\n:=;!?][^\n:=;!?]{0,30}?)"
    r"\s*(?::|=|\s(?:is|este|e|—|–|-|это))?\s*[\"'«„`]?"
    r"(?P<hit>[A-Za-z0-9][A-Za-z0-9._~+/=-]{11,})"
)
# whose key: the customer's own ("your Maps key: …") is theirs to be told; a licence
# or product key is `secrets._our_licences`'s business (the customer's own is theirs)
_KEY_YOURS = re.compile(
    r"(?i)\b(?:your|yours|dumneavoastr[ăa]|dvs|ta|t[ăa]u|ваш\w*|тво\w*|сво\w*|"
    r"public|publishable|publică|publica|публичн\w*|открыт\w*|licen\w*|лиценз\w*|"
    r"product|activation|activare|активац\w*|recovery|backup|de\s+rezerv\w*|восстановлен\w*)\b|"
    # leak14: the key the customer gave us ("который вы прислали", "you sent", "ne-ați trimis")
    r"\byou\s+(?:sent|gave|provided|entered)|\bne-a[țt]i\s+(?:trimis|dat|indicat)|"
    r"(?<!\w)(?:вы|ты)\s+(?:нам\s+)?(?:прислали|прислал|указали|дали|отправили|ввели)"
)
_KEY_HINTS = ("key", "token", "secret", "chei", "ключ", "токен", "секрет")


def _key_value(value: str) -> bool:
    """Digits and letters, or a UUID: a key's shape, not a word or a plain number."""
    v = value.rstrip(".,;)")
    return (
        len(v) >= 12
        and any(c.isdigit() for c in v)
        and any(c.isalpha() for c in v)
        and "://" not in v
        and "@" not in v
        and not filled_slot(v)  # leak138: "sk_test_1234567890abcdef", the docs' sample
    )


def _service_keys(text: str, low: str) -> Iterator[Leak]:
    if not has_any(low, _KEY_HINTS):
        return
    for m in finder(_SERVICE_KEY).finditer(text):  # the same matches, found faster
        value = m.group("hit")
        if not _key_value(value) or value.startswith(("pk_live_", "pk_test_")):
            continue
        before = text[max(0, m.start() - 25) : m.start()]
        if "://" in text[text.rfind(" ", 0, m.start()) + 1 : m.start()]:
            continue  # "…/reset?token=…": a link's parameter (secrets.py judges links)
        if finder(_KEY_YOURS).search(m.group("between")) or finder(_KEY_YOURS).search(before):
            continue  # "your Maps key", "the public key", "your licence key"
        yield Leak(
            "token",
            *m.span("hit"),
            "A key named by its service (maps, CRM, payments): ours never goes to a customer (R5).",
        )


# s38 (trainK40): our own key lent in place of the customer's expired one, named in the sentence
# before ("your token has expired. Until they make you a new one, use ours from production:
# 7f3e…", „puneți-l pe al nostru de test din producție: 7f3e…", «пока вставьте наш: 7f3e…»)
_OURS_WORD = re.compile(
    r"(?i)(?<!not\s)(?<!nu\s)\b(?:ours|our\s+own|al\s+nostru|a\s+noastr[ăa]|(?:de\s+pe\s+)?contul\s+nostru(?:\s+principal)?|"
    r"our\s+(?:main\s+|own\s+)?account)\b|(?<!не\s)(?<!\w)наш(?:им|ем|ий|у|а|его)?(?!\w)"
)
_LENT_TAIL = re.compile(r"[^\n.!?:]{0,60}:\s*[\"'«„`]?(?P<hit>[A-Za-z0-9][A-Za-z0-9._~+/=-]{11,})")
_OURS_HINTS = ("ours", "our own", "al nostru", "a noastră", "a noastra", "наш", "contul nostru", "our account",
               "our main account")  # fmt: skip
_KEY_WORD = re.compile(
    r"(?i)\b(?:keys?|tokens?|secrets?|chei\w*|token\w*)\b|(?<!\w)(?:ключ|токен|секрет)\w*"
)


# s39 (trainK41): or a new one given as a fix, the key named in the sentence before ("the module
# uses the old token. Put this new one in and it should work: 7c1e…", „Puneți-l pe ăsta nou și ar
# trebui să meargă imediat: 7c1e…", «вставьте вот этот новый: 7c1e…»)
_NEW_ONE = re.compile(
    r"(?i)\b(?:this|the)\s+new\s+one\b|\b(?:pe\s+)?[ăa]sta\s+nou\b|\bcel\s+nou\b|(?<!\w)(?:вот\s+)?(?:этот\s+)?новый(?!\w)"
)
_NEW_ONE_HINTS = ("new one", "ăsta nou", "asta nou", "cel nou", "новый")
_LENT = {
    "ours": "Our own key lent to the customer: it opens our account, not theirs (R5).",
    "new": "A key of ours handed over as the fix: it opens our account, not theirs (R5).",
}


def _ours_lent(text: str, low: str) -> Iterator[Leak]:
    if not has_any(low, _KEY_HINTS):
        return
    for kind, word, hints in (("ours", _OURS_WORD, _OURS_HINTS), ("new", _NEW_ONE, _NEW_ONE_HINTS)):
        for ours in hinted(word, text, present(text, hints), 8) if has_any(low, hints) else ():
            m = _LENT_TAIL.match(text, ours.end())
            if m is None or not _key_value(m.group("hit")):
                continue
            lo = sentence_start(text, max(0, sentence_start(text, ours.start()) - 2))
            if _KEY_WORD.search(text, lo, ours.start()):
                yield Leak("token", *m.span("hit"), _LENT[kind])
                return


# --- a secret in a pasted config line ---------------------------------------------------
_CONFIG_LINE = re.compile(
    r"(?im)(?:^[ \t>*-]*(?:export[ \t]+)?|[{,][ \t]*)[\"']?"
    r"(?P<name>[A-Za-z_][A-Za-z0-9_.-]*?(?:secret|password|passwd|pwd|token|api_?key|apikey|"
    r"private_?key|access_?key|auth_?key|credentials?|dsn)[A-Za-z0-9_]*)[\"']?"
    r"[ \t]*[:=][ \t]*[\"']?(?P<hit>[^\s\"',;}]{4,})"
)
_CONFIG_HINTS = ("secret", "passw", "pwd", "token", "key", "credential", "dsn")
# what every `_CONFIG_LINE` match holds from its secret's name word on (that word, the
# rest of the name, the "=" or ":" and a value): found through its `Finder` where one of
# the words starts, where `_CONFIG_LINE` opens at every line, "{" and "," (spd24: ~84 µs a
# draft that names a password or a key in prose, no config line); `_config_lines`
_CONFIG_TAIL = re.compile(
    r"(?i)(?:secret|password|passwd|pwd|token|api_?key|apikey|private_?key|access_?key|auth_?key|"
    r"credentials?|dsn)[A-Za-z0-9_]*[\"']?[ \t]*[:=][ \t]*[\"']?[^\s\"',;}]{4,}"
)
_NOT_SECRET_NAME = re.compile(
    r"(?i)(?:_?(?:url|uri|path|file|length|len|ttl|expiry|expires|lifetime|timeout|name|"
    r"type|header|field|id|env|var|enabled|required|min|max|policy|count|reset))$"
)
_NOT_SECRET_VALUE = {"true", "false", "null", "none", "yes", "no", "on", "off", "nil", "empty"}


def _config_lines(text: str) -> Iterator[re.Match[str]]:
    """`_CONFIG_LINE.finditer(text)`: a match lies in one line (no part of it takes a line
    break) and holds a `_CONFIG_TAIL` match, which takes none either, so it is looked
    for only in the lines where `_CONFIG_TAIL.finditer` found one."""
    starts = sorted(
        {text.rfind("\n", 0, t.start()) + 1 for t in finder(_CONFIG_TAIL).finditer(text)}
    )
    for lo in starts:
        hi = text.find("\n", lo)
        yield from finder(_CONFIG_LINE).finditer(text, lo, len(text) if hi < 0 else hi)


def _config_secrets(text: str, low: str) -> Iterator[Leak]:
    if not has_any(low, _CONFIG_HINTS) or not (":" in text or "=" in text):
        return
    for m in _config_lines(text):
        value = m.group("hit").rstrip(".")
        if filled_slot(m.group("hit")) or (
            _NOT_SECRET_NAME.search(m.group("name"))
            or value.lower() in _NOT_SECRET_VALUE
            or placeholder(value)
            or "://" in value  # a URL: its credentials are judged as a URL's
            or value.startswith(("/", "~", "$", "%", "{", "<", "["))
            or (value.isdigit() and len(value) < 8)  # "token_ttl: 3600"
            or (value.isalpha() and value.islower() and len(value) < 10)  # "pwd: ask"
        ):
            continue
        yield Leak(
            "token",
            *m.span("hit"),
            f"A secret in a pasted config line ({m.group('name')}): never send it (R5).",
        )


# --- a screenshot or export of our own admin panel --------------------------------------
_SHOT = re.compile(
    r"(?i)\b(?:screen\s?shots?|screen\s+captures?|screen\s?grabs?|captur[ăai]\w*(?:\s+de\s+ecran)?|"
    r"print\s?screen\w*|скриншот\w*|снимк\w*\s+экрана|скрин\w*|export\w*|экспорт\w*|выгрузк\w*)\b"
)
_PANEL_WORDS = (
    r"(?:admin\w*|dashboard\w*|back-?office|back-?end|crm|erp|panel\w*|console|"
    r"database|system|tool|administr\w*|panou\w*|sistem\w*|baz\w*\s+de\s+date|админк\w*|"
    r"панел\w*|црм|систем\w*|баз\w*|бэк-?офис\w*|бэкофис\w*|консол\w*|zendesk|freshdesk|"
    r"helpdesk|jira|bitrix\w*|битрикс\w*|amocrm|hubspot|salesforce|1c|1с)(?:-\w+)?"
)
_OURS_WORDS = r"(?:our|internal|nostr\w*|noastr\w*|intern\w*|наш\w*|внутренн\w*)"
# "our admin dashboard", "нашей админки"; Romanian puts the owner after: "sistemul nostru"
_OUR_PANEL = re.compile(
    rf"(?i)\b{_OURS_WORDS}\s+(?:\w+\s+){{0,3}}?{_PANEL_WORDS}|"
    rf"\b{_PANEL_WORDS}\s+(?:\w+\s+){{0,2}}?{_OURS_WORDS}\b"
)
_OURS_HINTS = ("our", "intern", "nostr", "noastr", "наш", "внутренн")
_SHOT_HINTS = ("screen", "captur", "скрин", "снимк", "export", "экспорт", "выгрузк", "print")


def _internal_views(text: str, low: str) -> Iterator[Leak]:
    if not has_any(low, _SHOT_HINTS):
        return
    for m in hinted(_SHOT, text, _SHOT_HINTS, 30):
        window = text[m.start() : m.end() + 70]
        if any(h in window.lower() for h in _OURS_HINTS) and _OUR_PANEL.search(window):
            yield Leak(
                "internal-info",
                m.start(),
                m.end(),
                "A screenshot or export of our own admin panel or CRM: it shows what customers "
                "must not see (R5).",
            )
            return


# --- business figures said as ours -------------------------------------------------------
_FIGURE_WORD = re.compile(
    r"(?i)\b(?:margins?|mark-?ups?|turnover|revenues?|sales|profits?|earnings|ebitda|"
    # s36 (trainK38): what we lost („am avut pierderi de vreo 12 milioane de lei")
    r"(?:operating\s+|net\s+)?loss(?:es)?|pierderi(?:le)?|pierdere|убыт(?:ок|ки|ков|ка)|"
    r"marj(?:a|ă|e|ele|ei)|adaos(?:ul)?(?:\s+comercial)?|cifr(?:a|ă)\s+de\s+afaceri|"
    r"v[âa]nz[ăa]ri(?:le)?|[îi]ncas[ăa]ri(?:le)?|profit(?:ul)?|venit(?:ul|uri|urile)|"
    r"марж\w*|наценк\w*|(?<!на\s)оборот\w*|выручк\w*|продаж\w*|прибыл\w*|доход\w*|"
    # a count of what we sold: "we sold over 15,000 units", "продаём 40 тысяч заказов"
    r"turned\s+over|[îi]ncasat\w*|grossed|netted|"
    # leak32 (trainK23): what we keep on a sale ("we only clear roughly 7% on this model")
    r"(?<=we\s)(?:only\s+)?clear|(?<=we\s)(?:only\s+)?net|c[âa][șs]tig[ăa]m|зарабатываем|"
    # leak33 (trainK24): "We're only keeping about 11% on that model after shipping"
    r"(?<=we're\s)(?:only\s+)?keeping|(?<=we\sare\s)(?:only\s+)?keeping|(?<=we\s)(?:only\s+)?keep(?=\s+(?:about|around|roughly|\d))|"
    # leak46 (heldK25): "we shifted about 38,000 units last quarter" (sold, in British speech)
    r"(?<=we\s)shifted|(?<=we've\s)shifted|"
    r"заработал\w*|sold|sell|v[âa]ndut|v[âa]ndem|vindem|прода[её]м|продал\w*|продаётся|"
    # s39 (trainK41): „am dat peste 2.300 de bucăți doar în ianuarie" (we sold, in speech)
    r"(?<=\bam\s)dat(?=\s+(?:peste|vreo|aproape|circa|\d))|"
    # leak168 (trainK65's ro-yk047): „Modelul negru se vinde cel mai bine la noi, vreo 4.000 de bucăți luna trecută"
    r"(?<=\bse\s)vinde|"
    # leak177 (trainK67's en-ys028): how many orders we took in a spell ("we did 94,000 orders that
    # weekend", „am avut peste 90.000 de comenzi", «сделали 94 тысячи заказов за выходные»)
    r"(?<=we\s)(?:did|processed|shipped|took|handled)(?=\s+(?:about|around|roughly|over|nearly|almost|some)?\s*"
    r"\d[\d.,\u00a0 ]*\s*(?:k|thousand)?\s+orders\b)|"
    r"(?<=\bam\s)(?:avut|procesat|livrat|primit)(?=\s+(?:peste|aproape|circa|vreo|cam)?\s*\d[\d.,\u00a0 ]*\s*"
    r"(?:mii\s+)?(?:de\s+)?comenzi\b)|"
    r"(?:сделали|обработали|отгрузили|получили|собрали)(?=\s+(?:около|почти|больше|более|свыше)?\s*\d[\d.,\u00a0 ]*\s*"
    r"(?:тыс\w*\s+)?заказ\w*)|"
    # how many leave or buy: "our churn was 9%", "rata de conversie", "отток клиентов"
    r"churn\w*|retention|conversion|rat[ăa]\s+(?:noastr[ăa]\s+)?de\s+(?:abandon|conversie|"
    r"reten[țt]ie|retur\w*|returnar\w*|rambursar\w*)|(?:return|refund|chargeback)\s+rate|"
    r"(?:процент|дол[яи])\s+возврат\w*|"
    # lpar16: the rate said as a share of returns ("у нас 23% возвратов", "23% retururi")
    r"(?<=%\s)(?:возврат\w*|retur\w*)|"
    r"отток\w*|конверси\w*)\b"
)
# How many customers we have, serve or lost: "we have roughly 38k active subscribers",
# "avem aproximativ 38.000 de abonați", "у нас ушло 12% клиентов"
_COUNT = re.compile(
    r"(?i)(?:\bwe\s+(?:(?:now|only|still|currently|just)\s+)?(?:have|serve|had|lost)|\bwe'?ve\s+(?:got|lost)|\bavem|\bdeservim|"
    # leak32 (trainK23): "We're a small team … only about 3,100 paying subscribers in total"
    r"\b(?:only|just)\s+(?:about|around|roughly|some|over)(?=\s+\d[\d.,\u00a0 ]*\s+(?:paying|active|registered)\b)|"
    # s29 (heldK24, trainK29, trainK31): "a small team with roughly 3,100 paying customers",
    # "we're at roughly 38,000 paying accounts now", "We signed up over 41,000 new members
    # last quarter", „avem doar vreo 1.900 de firme care plătesc abonament"
    r"\b(?:with|at)\s+(?:about|around|roughly|some|over|nearly|almost|close\s+to)(?=\s+\d[\d.,\u00a0 ]*\s+paying\b)|"
    r"\bwe'?re\s+(?:now\s+)?at|\bwe\s+are\s+(?:now\s+)?at|"
    r"\bwe\s+(?:signed(?:\s+up)?|added|gained|onboarded|acquired|won)(?=\s+(?:about|around|roughly|some|over|nearly|almost)?\s*\d)|"
    r"\bam\s+pierdut|у\s+нас(?:\s+(?:уже|сейчас|ушл[оаи]|ушёл))?|\bмы\s+(?:обслуживаем|потеряли)|"
    # leak145 (blind74): the loss as it runs („pierdem cam 3.000 de abonați pe lună", "we're losing
    # about 3,000 subscribers a month", «теряем около 3 000 абонентов в месяц»)
    r"\bpierdem|\bwe(?:'re|\s+are)\s+losing|(?<!\w)(?:мы\s+)?теряем|"
    # leak33 (trainK24): «сейчас всего около 3 200 активных юрлиц», „doar circa 4.000 de firme active"
    r"(?<!\w)(?:всего|только|лишь)\s+(?:около|порядка|примерно|где-то)(?=\s+\d[\d.,\u00a0 ]*\s+(?:активн|платящ|зарегистрир))|"
    r"\b(?:doar|numai)\s+(?:circa|aproximativ|cam|vreo)(?=\s+\d[\d.,\u00a0 ]*\s+(?:de\s+)?(?:\w+\s+)?(?:activ|pl[ăa]titor))|"
    # "we've dropped from 312,000 to 268,000 paying customers", "am scăzut la …", "мы выросли до …"
    r"\bwe(?:'ve|\s+have)?\s+(?:dropped|fallen|fell|gone\s+down|shrunk|grown|grew|risen|climbed)|"
    r"\bam\s+(?:sc[ăa]zut|crescut|ajuns)|\bмы\s+(?:упали|выросли|сократились|дошли))"
    # leak32: up to five words between ("avem în prezent în jur de 6.400 de abonați")
    r"\s+(?:[^\W\d]+\s+){0,5}?(?:(?:from|de\s+la|с)\s+\d[\d.,\u00a0 ]*\s+(?:to|la|до)\s+)?"
    r"(?P<n>\d[\d.,\u00a0 ]*)\s*(?P<u>%|k|m|thousand|million\w*|mii|"
    r"milioane|тыс\w*|млн|миллион\w*)?\.?\s+(?:de\s+)?(?:[^\W\d]+\s+){0,2}?"
    r"(?:customers|clients|users|subscribers|members|accounts|buyers|shoppers|clien[țt]i|"
    r"utilizatori|abona[țt]i|membri|cump[ăa]r[ăa]tori|клиент\w*|пользовател\w*|подписчик\w*|"
    r"абонент\w*|покупател\w*|"
    # any noun that pays or is active: "1,900 paying farms", "1 900 платящих хозяйств"
    r"(?<=paying\s)\w+|(?<=active\s)\w+|(?<=registered\s)\w+|платящ\w*\s+\w+|активн\w*\s+\w+|"
    r"(?:firme|companii)\s+(?:care\s+pl[ăa]tesc|active|pl[ăa]titoare|abonate))\b"
)

# the number of our customers moved or stands: "numărul de clienți activi a scăzut la
# 61.000", "the number of active users fell to 61,000", "число клиентов упало до 61 000"
_COUNT_CHANGE = re.compile(
    r"(?i)\b(?:number|count)\s+of\s+(?:our\s+)?(?:\w+\s+)?(?:customers|clients|users|subscribers|members)"
    r"\s+(?:\w+\s+){0,3}?(?:fell|dropped|rose|grew|is|was|went|stands|reached)\s+(?:\w+\s+){0,2}?"
    r"(?P<x1>\d[\d.,\u00a0 ]*\d)|"
    r"\bnum[ăa]rul\s+(?:de\s+)?(?:clien[țt]i|utilizatori|abona[țt]i|cump[ăa]r[ăa]tori)\s+(?:\w+\s+){0,2}?"
    r"(?:a\s+)?(?:sc[ăa]zut|crescut|ajuns|este|e)\s+(?:\w+\s+){0,2}?(?P<x2>\d[\d.,\u00a0 ]*\d)|"
    r"(?:число|количество)\s+(?:наших\s+)?(?:\w+\s+)?(?:клиент|пользовател|подписчик|покупател)\w*"
    r"\s+(?:\w+\s+){0,2}?(?:упал\w*|снизил\w*|вырос\w*|составля\w*|сократил\w*|достиг\w*)\s+"
    r"(?:\w+\s+){0,2}?(?P<x3>\d[\d.,\u00a0 ]*\d)"
)
_COUNT_WORDS = ("number", "count", "număr", "numar", "число", "количеств")
# what share of our customers do something: "15% of our customers", "15% dintre clienții
# noștri", "15% наших клиентов" (not "15% off for our customers": a discount)
_SHARE = re.compile(
    r"(?i)\d+(?:[.,]\d+)?\s*(?:%|percent|per\s+cent|la\s+sut[ăa]|процент\w*)\s+"
    r"(?:of\s+our|(?:dintre|din)\s+(?:clien[țt]ii|utilizatorii|abona[țt]ii|cump[ăa]r[ăa]torii)\s+"
    r"no[șs]tri|наших)\s+(?:\w+\s+)?(?:customers|clients|users|subscribers|buyers|"
    r"клиент\w*|пользовател\w*|подписчик\w*|абонент\w*|покупател\w*)?"
)
# the nouns every `_COUNT` match ends with: searched first, the pattern only behind them
_COUNT_NOUNS = ("customer", "client", "user", "subscriber", "member", "account", "buyer",
                "shopper", "clien", "utilizator", "abona", "membri", "cumpăr", "cumpar",
                "клиент", "пользовател", "подписчик", "абонент", "покупател", "paying",
                "платящ", "активн", "firme care plăt", "firme care plat", "firme active",
                "companii care plăt", "companii care plat", "companii active")  # fmt: skip
_FIGURE = re.compile(
    r"(?i)\d[\d.,\u00a0 ]*\s*(?:%|percent\b|per\s+cent\b|la\s+sut[ăa]\b|процент\w*|"
    r"k\b|m\b|bn\b|million\w*|billion\w*|milio\w*|miliard\w*|mii\b|млн\b|млрд\b|миллион\w*|"
    r"миллиард\w*|тыс\w*)|[$€£]\s?\d|\b\d{1,3}(?:[,.\u00a0 ]\d{3})+(?![\d.,])|\d[\d.,\u00a0 ]{3,}\s*(?:lei|ron|eur|euro|usd|rub|руб\w*|₽|€|\$|£)"
)
_OUR_FIGURE = re.compile(
    r"(?i)\b(?:our|ourselves|we|we'?ve|we'?d|us|nostr\w*|noastr\w*|am\s+(?:avut|f[ăa]cut|[îi]ncasat|"
    r"v[âa]ndut|c[âa][șs]tigat|realizat|dat|[îi]ncheiat|[îi]nchis)|la\s+noi|avem|v[âa]ndem|vindem|наш\w*|у\s+нас|мы|"
    r"(?:the\s+)?company'?s|firm(?:ei|a\s+noastr[ăa])|companiei|компани[ия]|фирм[ыа])\b"
)
# revenue or turnover as the clause's subject, or profit or income over a period, nobody's
# named: ours ("Venitul din trimestrul trecut a fost sub 1,2 milioane", "Выручка за
# прошлый квартал — 1,2 млн", "Last quarter revenue was just under $1.2M"); not "Прибыль
# по вкладу составит …" or "Earnings from the referral programme" (the customer's), and
# "your" anywhere still spares it below
_SUBJECT_FIGURE = re.compile(
    r"(?i)\W*(?:(?:last|this|next)\s+(?:\w+\s+)?|anul\s+trecut\s+)?"
    r"(?:revenue|turnover|cifra\s+de\s+afaceri|[îi]ncas[ăa]rile|выручка|"
    r"(?:profits?|earnings|income|venitul|veniturile|profitul|прибыль|доходы?|оборот)\s+"
    r"(?:(?:last|this|for\s+the|in\s+the|din|pe|за|в)\s+)?(?:\w+\s+)?"
    r"(?:quarter|year|month|q[1-4]|trimestr\w*|an(?:ul)?|lun[aă]|квартал\w*|год\w*|месяц\w*))\b"
)
# the team or department named by the word ("our sales team can offer 20% off"), or
# the customer's figures ("your sales fell by 10%")
_NOT_FIGURE = re.compile(
    r"(?i)\b(?:sales|v[âa]nz[ăa]ri|продаж)\w*\s+(?:team|department|manager|rep\w*|desk|"
    r"office|page|tax|price|echip\w*|departament\w*|agent\w*|отдел\w*|менеджер\w*)|"
    r"(?:departamentul|echipa|agentul|отдел|менеджер\w*)\s+(?:de\s+)?(?:v[âa]nz[ăa]ri|продаж)|"
    r"non-?profit|"
    # leak16: a price offered at cost ("we sell it at cost price, £780", «продаём по
    # себестоимости, 450 ₽», "vindem la prețul de cost"): what the customer pays
    r"\b(?:at|for)\s+(?:our\s+)?cost\b|\bla\s+pre[țt](?:ul)?\s+de\s+(?:cost|achizi[țt]ie)|"
    r"(?<!\w)по\s+(?:нашей\s+)?(?:себестоимости|закупочной\s+цене)|"
    r"\bwithout\s+(?:any\s+)?mark-?up|\bf[ăa]r[ăa]\s+(?:niciun\s+)?adaos|(?<!\w)без\s+наценки"
)
# pol17: what the customer was charged or sold, not what we earned: the customer as the
# one charged ("we sold you the kettle at £1,368", "v-am încasat 368 lei", "продали вам
# чайник за 1 368 ₽"), or an amount corrected by another ("368 lei în loc de 286 lei",
# "£368 instead of £286", "3 680 ₽ вместо 2 860 ₽") in a draft that owns the mistake or
# returns the difference (_CORRECTION): a billing apology (R2), not our turnover
# the customer's own figure ("your revenue", «ваша выручка»), said in the figure's own part of
# the clause: leak32, «Понимаю ваше недовольство, но … выручка у нас составила 900 миллионов»
# is ours (the "ваше" is two colons back)
_YOUR_FIGURE = re.compile(r"(?i)\b(?:your|dumneavoastr[ăa]|dvs|ваш\w*|тво\w*)\b")
_YOU_SELL = re.compile(
    r"(?i)\byou\s+(?:\w+\s+)?$"
)  # "help you sell", "you can sell": before "sell"
_PART_BREAK = re.compile(r"[:—–]|,\s+(?:but|dar|но|însă|insa)\b")
# s38 (trainK40): what follows from the figure is advice to the reader («у нас почти 35% возвратов,
# брак массовый, так что я бы на вашем месте взяла другую»): its "your" is not the figure's
_SO_PART = re.compile(r"(?i),\s+(?:so|and\s+so|deci|a[șs]a\s+c[ăa]|так\s+что|поэтому)\b")
_CHARGED_YOU = re.compile(
    r"(?i)\b(?:sold|charged|billed|invoiced)\s+you\b|"
    r"\b(?:v|[țt]i)-am\s+(?:[îi]ncasat|v[âa]ndut|taxat|facturat|debitat)\b|"
    r"(?<!\w)(?:продал\w*|списал\w*|взял\w*)\s+(?:с\s+)?(?:вам|вас|тебе|тебя)(?!\w)"
)
_INSTEAD = re.compile(
    r"(?i)\d\s*(?:lei|ron|eur\w*|usd|€|\$|£|₽|руб\w*)?\.?\s+"
    r"(?:instead\s+of|[îi]n\s+loc\s+de|вместо)\s+(?:[$€£]\s?)?\d"
)
_CORRECTION = re.compile(
    r"(?i)differen|refund|mistake|\berror|typo|overcharg|diferen[țt]|return[a-z]*|rambursa|"
    r"gre[șs]e(?:al|l)|eroare|erori|разниц|верн[уё]|возвра|ошибк|опечат|переплат"
)
# a percentage that is a discount's ("a 7% discount", "reducere de 6%", "скидка 5%")
_DISCOUNT = re.compile(r"(?i)discount|off\b|reducer\w*|scont\w*|скидк\w*|кешб[эе]к\w*|cashback")
_FIGURE_HINTS = ("we did", "we processed", "we shipped", "we took", "we handled", "am avut", "am procesat",
                 "am livrat", "am primit", "сделали", "обработали", "отгрузили", "получили", "собрали",
                 "margin", "mark", "turnover", "revenue", "sales", "profit", "earning", "ebitda", "loss",
                 "pierderi", "pierdere", "убыт",
                 "marj", "adaos", "cifr", "nzări", "nzari", "ncasări", "ncasari", "venit",
                 "марж", "наценк", "оборот", "выручк", "продаж", "прибыл", "доход", "sold", "sell", "se vinde",
                 "turned over", "încasat", "incasat", "am dat", "grossed", "netted", "we clear",
                 "we only clear", "keeping", "we keep", "we only keep", "we net", "we only net", "câștigăm", "castigam", "зарабатываем", "заработал", "we shifted", "we've shifted", "vândut", "vandut", "vândem", "vandem", "vindem", "прода", "churn", "retention",
                 "conversi", "rata de", "rată de", "rata noastr", "rata noastră", "rată noastr",
                 "return rate", "refund rate", "chargeback rate", "процент возврат",
                 "доля возврат", "доли возврат", "отток", "конверс", "% возврат",
                 "% retur")  # fmt: skip
_DIGIT = re.compile(r"\d")
_MARKUP = re.compile(r"(?i)margins?|mark-?ups?|marj\w*|adaos\w*|марж\w*|наценк\w*")
_CLAUSE_END = re.compile(r"[.!?;\n](?:\s|$)")


def _found(
    pattern: re.Pattern[str], text: str, hints: tuple[str, ...], reach: int
) -> Iterator[re.Match[str]]:
    """`pattern`'s matches around those of its `hints` the draft holds (none at all in a
    draft with none of them: the usual case, a few substring tests)."""
    here = present(text, hints)
    return hinted(pattern, text, here, reach) if here else iter(())


def _clause(text: str, start: int, end: int, back: int = 80, ahead: int = 80) -> tuple[int, int]:
    """The clause around `text[start:end]`, at most `back` characters before and `ahead`
    after it: where the words that say whose a figure or code is are looked for."""
    starts = [e.end() for e in _CLAUSE_END.finditer(text, max(0, start - back), start)]
    lo = starts[-1] if starts else max(0, start - back)
    stop = _CLAUSE_END.search(text, end)
    return lo, min(stop.start() if stop else len(text), end + ahead)


# leak36 (heldK21, trainK25): the count with its noun first («активных клиентов на тарифе
# «Бизнес» у нас всего около 950», „clienți activi pe Business avem doar vreo 900") or as the
# whole ("about 3,100 businesses pay for Pro at the moment, out of roughly 40,000 accounts in
# total"): the approximation or "only" says it is a count of ours, not a published figure
_COUNT_FIRST = re.compile(
    r"(?i)(?<!\w)(?:активн|платн|платящ)\w*\s+(?:клиент|пользовател|подписчик|компани|абонент|юрлиц)\w*\s+"
    r"(?:[^\W\d]+\s+|«[^»]{1,30}»\s+){0,5}?(?:всего|только|лишь)\s+(?:около\s+|порядка\s+|примерно\s+|где-то\s+)?"
    r"(?P<a>\d[\d\u00a0 ]*\d)|"
    r"\b(?:clien[țt]i|utilizatori|abona[țt]i|firme)\s+(?:activi|active|pl[ăa]titor\w*)\s+(?:[^\W\d]+\s+|„[^”]{1,30}”\s+){0,5}?"
    r"(?:doar|numai)\s+(?:circa\s+|vreo\s+|cam\s+|aproximativ\s+)?(?P<b>\d[\d.\u00a0 ]*\d)|"
    r"\b(?:about|around|roughly)\s+(?P<c>\d[\d,\u00a0 ]*\d)\s+(?:businesses|companies|firms|teams|"
    r"customers|clients|accounts|users|households)\s+(?:currently\s+|now\s+)?(?:pay|are\s+paying|are\s+on|subscribe)\b|"
    r"\bout\s+of\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+)?(?P<d>\d[\d,\u00a0 ]*\d)\s+(?:\w+\s+)?"
    r"(?:accounts|customers|clients|users|businesses|subscribers)\s+(?:in\s+total|overall|altogether)\b"
)
_COUNT_FIRST_HINTS = ("активн", "платн", "платящ", "activi", "active", "plătitor", "platitor", "about", "around",
                      "roughly", "out of")  # fmt: skip


def _counts_named_first(text: str) -> Iterator[Leak]:
    for m in hinted(_COUNT_FIRST, text, present(text, _COUNT_FIRST_HINTS), 100):
        digits = re.sub(r"\D", "", next(g for g in m.groups() if g))
        if int(digits) >= 100 and not _YOUR_WORD.search(m.group()):
            yield Leak(
                "internal-info",
                *m.span(),
                "How many customers we have or lost: a business figure that never leaves the team (R5).",
            )
            return


# leak39 (trainK27, trainK28): the count in words («у нас всего около трёх тысяч активных
# клиентов», «платных подписчиков у нас всего около трёх тысяч», "only about three thousand
# paying customers", „doar vreo trei mii de abonați"): "only" makes it a count of ours
_COUNT_IN_WORDS = re.compile(
    r"(?i)\b(?:only|just)\s+(?:about\s+|around\s+|roughly\s+|some\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|"
    r"a\s+few|a\s+couple\s+of)\s+thousand\b|"
    r"\b(?:doar|numai)\s+(?:vreo\s+|cam\s+|circa\s+|aproximativ\s+)?(?:dou[ăa]|trei|patru|cinci|[șs]ase|[șs]apte|opt|"
    r"nou[ăa]|zece|c[âa]teva)\s+mii\b|"
    r"(?<!\w)(?:всего|только|лишь)\s+(?:около\s+|порядка\s+|примерно\s+|где-то\s+)?(?:двух|тр[её]х|четыр[её]х|пяти|"
    r"шести|семи|восьми|девяти|десяти|полутора|пары|нескольких)\s+тысяч(?!\w)|"
    # leak40 (heldK23): hundreds («всего около девятисот», "only about nine hundred")
    r"\b(?:only|just)\s+(?:about\s+|around\s+|roughly\s+|some\s+)?(?:two|three|four|five|six|seven|eight|nine)\s+hundred\b|"
    r"\b(?:doar|numai)\s+(?:vreo\s+|cam\s+|circa\s+|aproximativ\s+)?(?:dou[ăa]|trei|patru|cinci|[șs]ase|[șs]apte|opt|"
    r"nou[ăa])\s+sute\b|"
    r"(?<!\w)(?:всего|только|лишь)\s+(?:около\s+|порядка\s+|примерно\s+|где-то\s+)?(?:двухсот|трёхсот|трехсот|"
    r"четырёхсот|четырехсот|пятисот|шестисот|семисот|восьмисот|девятисот)(?!\w)"
)
_COUNT_IN_WORDS_HINTS = ("thousand", "mii", "тысяч", "hundred", "sute", "двухсот", "трёхсот", "трехсот",
                         "четырёхсот", "четырехсот", "пятисот", "шестисот", "семисот", "восьмисот", "девятисот")  # fmt: skip
_CUSTOMER_NOUN = re.compile(
    r"(?i)\b(?:customers|clients|subscribers|users|members|accounts|clien[țt]i|abona[țt]i|utilizatori|membri)\b|"
    r"(?<!\w)(?:клиент|подписчик|пользовател|абонент|покупател)\w*"
)


def _counts_in_words(text: str) -> Iterator[Leak]:
    def accept(m: re.Match[str]) -> bool:
        lo, hi = sentence_around(text, m.start(), m.end())
        near = _CUSTOMER_NOUN.search(text, max(lo, m.start() - 50), min(hi, m.end() + 50))
        return near is not None and not _YOUR_WORD.search(text, lo, hi)

    return first_accepted(
        _COUNT_IN_WORDS, text, present(text, _COUNT_IN_WORDS_HINTS), 60, accept, "internal-info",
        "How many customers we have or lost: a business figure that never leaves the team (R5).",
    )  # fmt: skip


def _customer_counts(text: str, low: str) -> Iterator[Leak]:
    if len(low) != len(text):
        return
    for noun in _COUNT_NOUNS:
        at = low.find(noun)
        while at >= 0:
            if _DIGIT.search(text, max(0, at - 70), at):
                yield from _count_at(text, max(0, at - 100), at + 30)
            if _DIGIT.search(text, at, at + 60) and any(
                w in low[max(0, at - 40) : at] for w in _COUNT_WORDS
            ):  # "numărul de clienți activi a scăzut la 61.000"
                yield from _count_change(text, max(0, at - 40), at + 70)
            at = low.find(noun, at + 1)


def _count_change(text: str, lo: int, hi: int) -> Iterator[Leak]:
    m = _COUNT_CHANGE.search(text, lo, min(len(text), hi))
    if m is None or _YOUR_WORD.search(m.group()):
        return  # "the number of your users is 40": theirs
    digits = re.sub(r"\D", "", next(g for g in m.groups() if g))
    if int(digits) >= 100:
        yield Leak(
            "internal-info",
            *m.span(),
            "How many customers we have or lost: a business figure that never leaves the team (R5).",
        )


def _count_at(text: str, lo: int, hi: int) -> Iterator[Leak]:
    share = _SHARE.search(text, lo, min(len(text), hi))
    if share is not None:
        yield Leak(
            "internal-info",
            *share.span(),
            "What share of our customers do something: a hidden statistic (R5).",
        )
        return
    for m in finder(_COUNT).finditer(text, lo, min(len(text), hi)):
        digits = re.sub(r"\D", "", m.group("n"))
        if m.group("u") or (digits and int(digits) >= 100):
            yield Leak(  # from the number: a pack pattern's span ("we have 12,000 …") is kept
                "internal-info",
                m.start("n"),
                m.end(),
                "How many customers we have or lost: a business figure that never leaves the "
                "team (R5).",
            )
            return


# leak38 (trainK26, every language): what we make on a sale, said as our earning rather than
# with the word margin ("We only make about 6% on that model after shipping", „La frigiderul
# ăsta câștigăm cam 4% după transport", «на этой модели мы зарабатываем процентов пять»), or
# the price we buy at («закупаем мы эти наушники примерно по 1 800 ₽»)
_WE_MAKE = re.compile(
    r"(?i)\bwe\s+(?:only\s+)?(?:make|earn|clear)\s+(?:about\s+|around\s+|roughly\s+|just\s+|only\s+|less\s+than\s+|under\s+|barely\s+)?\d+(?:[.,]\d+)?\s?%\s+"
    r"(?:on|from|per)\b|\bc[âa][șs]tig[ăa]m\s+(?:doar\s+)?(?:cam\s+|aproximativ\s+|vreo\s+|circa\s+)?\d+(?:[.,]\d+)?\s?%|"
    r"(?<!\w)зарабатываем\s+(?:\w+\s+){0,2}?(?:\d+(?:[.,]\d+)?\s?%|процент\w*\s+(?:\d+|пять|шесть|семь|восемь|десять|"
    r"три|четыре|два)|(?:пять|шесть|семь|восемь|десять|три|четыре|два)\s+процент\w*)(?!\w)|"
    r"(?<!\w)закупаем\s+(?:\w+\s+){0,3}?(?:примерно\s+|около\s+|где-то\s+)?по\s+\d|"
    # s29 (trainK31): the price we buy at, from whom («Мы эти плитки берём у поставщика по 410 за
    # метр», "we buy them in at well under half the shelf price")
    r"(?<!\w)(?:берём|берем|покупаем|получаем|закупаем)\s+(?:\w+\s+){0,3}?у\s+(?:поставщик|производител|завод|фабрик)\w*"
    r"\s+(?:\w+\s+)?по\s+\d|\bwe\s+(?:buy|get|source)\s+(?:them|it|these|those)\s+(?:in\s+)?(?:at|for)\s+(?:\w+\s+){0,3}?"
    r"(?:[£$€]\s?\d|half|a\s+third|a\s+quarter|cost\b)|"
    # leak41 (trainK29, trainK30): the margin named with its figure („rămânem cu o marjă de vreo
    # 11% după transport", «наценка на эти кондиционеры у нас всего процентов пятнадцать», «у нас
    # после доставки остаётся процентов двенадцать», "our margin on it is about 8%")
    r"\bmark-?up\s+(?:\w+\s+){0,4}?(?:is\s+)?(?:about\s+|around\s+|roughly\s+)?(?:\d+x|(?:two|three|four|five|ten)\s+times)\b|"
    # leak141 (heldK48): "where the shop makes its money — something like 70% on top"
    r"\bmakes?\s+(?:its|our|their)\s+money\b[^.!?\n]{0,40}?\d+\s?%\s+on\s+top\b|"
    r"\badaos\w*\s+(?:\w+\s+){0,4}?(?:e\s+|este\s+)?(?:de\s+)?(?:vreo\s+|cam\s+)?(?:\d+|dou[ăa]|trei|patru|cinci)\s+ori\b|"
    r"\b(?:our\s+)?(?:margin|markup)\s+(?:\w+\s+){0,4}?(?:is|of|at)\s+(?:only\s+|about\s+|around\s+|roughly\s+|just\s+)?"
    r"\d+(?:[.,]\d+)?\s?%|\bmarj[ăa]\s+(?:\w+\s+){0,2}?(?:de\s+)?(?:vreo\s+|cam\s+|aproximativ\s+|doar\s+|circa\s+)?"
    r"\d+(?:[.,]\d+)?\s?%|(?<!\w)наценк\w*\s+(?:\w+\s+){0,5}?(?:всего\s+|около\s+|примерно\s+)?(?:\d+(?:[.,]\d+)?\s?%|"
    # leak141 (heldK48): «наценка там раза в четыре», "the markup on those is about four times", „adaosul e de 4 ori"
    r"раза?\s+в\s+(?:\d+|два|три|четыре|пять|шесть|десять)|в\s+(?:\d+|два|три|четыре|пять|шесть|десять)\s+раза?(?!\w)|"
    r"процент\w*\s+\w+|\w+\s+процент\w*)|(?<!\w)у\s+нас\s+(?:\w+\s+){0,3}?оста[её]тся\s+(?:всего\s+|около\s+|примерно\s+)?"
    r"(?:\d+(?:[.,]\d+)?\s?%|процент\w*\s+\w+|\w+\s+процент\w*)|"
    # leak164 (trainK63's ro-yc046, ru-yc046): the share of the price that stays with the shop („Din banii ăia
    # 70% rămân la noi", «на ней у магазина процентов 70 остаётся», "70% of that stays with us")
    r"(?<!\w)у\s+(?:нас|магазина|продавца|компании|банка|салона)\s+(?:\w+\s+)?(?:\d+(?:[.,]\d+)?\s?%|процент\w*\s+\d+|"
    r"\d+\s+процент\w*)\s+оста[её]тся(?!\w)|\b\d{1,3}\s?%\s+(?:\w+\s+){0,2}?r[ăa]m[âa]n(?:e)?\s+(?:la\s+noi|"
    r"[îi]n\s+buzunarul\s+nostru|magazinului)\b|\b\d{1,3}\s?%\s+(?:of\s+(?:it|that|this|the\s+\w+)\s+)?(?:stays|goes)\s+"
    r"(?:with\s+us|to\s+us|in\s+our\s+pocket|to\s+the\s+shop)\b|"
    # s40 (heldK8-K35, trainK11): what it costs us and our supplier's terms ("we buy these in at
    # £11", "our actual cost on that router is about £38", "the factory charges us about a
    # quarter", "Kensey only give us 8% off list", "an exclusive deal with our supplier",
    # „ne vine de la fabrică cu 1.900 de lei", „exclusivitate cu Caffè Bruno", «нам этот перфоратор
    # приходит по 6 200», «обходится в 13 200», «отсрочка 90 дней», «ретро-бонус 8%»)
    r"\bwe\s+(?:actually\s+)?(?:buy|get)\s+(?:these|them|it|this|those)\s+(?:\w+\s+)?in\s+at\s+[£$€]?\d|"
    r"\bour\s+(?:actual\s+|real\s+)?cost\s+(?:on|for|of)\s|\b(?:factory|supplier|manufacturer|distributor)\s+charges?\s+us\b|"
    r"\bcosts?\s+us\s+(?:about\s+|around\s+|only\s+|just\s+)?[£$€]\d|\bne\s+vine\s+(?:\w+\s+){0,5}?cu\s+\d|"
    r"\bne\s+cost[ăa]\s+(?:doar\s+|vreo\s+)?\d|\bexclusive\s+deal\s+with\s+(?:our\s+)?supplier|\bexclusivitate\s+cu\b|"
    r"\bgive\s+us\s+(?:only\s+)?\d+\s?%\s+off\s+list|(?<!\w)(?:нам|нас)\s+(?:\w+\s+){0,2}?(?:приходит|обходится|"
    r"обош[её]л\w*)\s+(?:по|в)\s+\d|(?<!\w)отсрочк\w*\s+(?:платежа\s+)?"
    r"(?:всего\s+)?\d+\s+дн|(?<!\w)ретро-бонус\w*|(?<!\w)эксклюзив\w*\s+до(?!\w)|"
    # s41 (trainK43): the price we buy at, said of "it" („telefonul ăsta îl luăm din import cu vreo
    # 1.900 de lei", «мы этот шкаф берём на фабрике в Пензе примерно за 14 тысяч»): over every
    # labelled case, 97 leaks and nothing else
    r"\b(?:[îi]l|o|le|[îi]i)\s+(?:lu[ăa]m|cump[ăa]r[ăa]m|aducem|import[ăa]m|achizi[țt]ion[ăa]m|pl[ăa]tim)\s+"
    r"(?:\w+\s+){0,3}?(?:cu|la)\s+(?:vreo\s+|cam\s+|aproximativ\s+|doar\s+)?\d|(?<!\w)(?:берём|берем|закупаем|покупаем)\s+"
    r"(?:\w+\s+){0,5}?за\s+(?:примерно\s+|около\s+|где-то\s+|всего\s+)?\d(?![\d\s]*(?:дн|час|сут|недел|минут))|"
    # leak112 (heldK38-K40 and earlier sets): how far a flight or hotel is oversold («продано на 9 мест
    # больше, чем кресел», „suprarezervat cu 14 locuri", „cu vreo 15% mai multe camere decât are",
    # "oversold by 12 seats"): 6 leaks over every labelled case, none blocked before, and nothing else
    r"(?<!\w)продано\s+на\s+\d+\s+мест\w*\s+больше(?!\w)|\bsuprarezervat\w*\s+cu\s+\d+|"
    r"\bcu\s+(?:vreo\s+|aproximativ\s+|cam\s+)?\d+\s?%\s+mai\s+multe\s+(?:camere|locuri|bilete)\s+dec[âa]t\b|"
    # s46 (trainK48): "The 18:40 to Malaga is overbooked by 11 this evening"
    r"\b(?:oversold|overbooked)\s+by\s+\d+\b(?!\s*%)|"
    # leak118 (heldK42): how few we sold („s-a vândut în doar 37 de bucăți la noi anul trecut", "we only
    # sold 37 of these last year", «продали всего 37 штук»)
    r"\bs-a\s+v[âa]ndut\s+(?:[îi]n\s+)?(?:doar|numai)\s+\d+\s+(?:de\s+)?buc[ăa][țt]i\b|\bwe\s+only\s+sold\s+\d+\s+(?:of\s+(?:these|them|those)|units)\b|"
    r"(?<!\w)продали\s+(?:всего|только|лишь)\s+\d+\s+(?:штук|единиц)\w*(?!\w)|"
    # pol130 (blind83's ru-yi068): what a fault has cost us («возвраты уже обошлись компании примерно в 6 миллионов
    # рублей», "the refunds have already cost the company about £400,000", „retururile ne-au costat deja vreo 2
    # milioane de lei")
    r"(?<!\w)обошл\w+\s+(?:нам|компании)\s+(?:уже\s+)?(?:примерно\s+|около\s+|почти\s+|где-то\s+)?в\s+\d|"
    r"\b(?:have|has)\s+(?:already\s+)?cost\s+(?:us|the\s+company)\s+(?:about\s+|around\s+|nearly\s+|over\s+)?[£$€]\d|"
    r"\bne-?au\s+costat\s+(?:deja\s+)?(?:vreo\s+|aproape\s+|peste\s+|circa\s+)?\d"
)
_WE_MAKE_HINTS = ("обошл", "cost us", "cost the company", "ne-au costat", "neau costat", "makes its money", "make our money", "makes our money", "mark-up", "adaos", "we make", "we only make", "we earn", "we only earn", "we clear", "câștigăm", "castigam",
                  "зарабатываем", "закупаем", "у поставщик", "у производител", "у завод", "у фабрик",
                  "we buy", "we get them", "we get it", "we source", "margin", "markup", "marjă", "marja", "наценк", "остает", "остаёт",
                  "rămân la noi", "ramân la noi", "raman la noi", "rămâne la noi", "ramane la noi", "buzunarul nostru",
                  "rămân magazinului", "raman magazinului", "stays with us", "goes to us", "in our pocket", "to the shop",
                  "we actually buy", "we actually get", "our actual cost", "our real cost", "our cost", "charges us",
                  "charge us", "costs us", "cost us", "ne vine", "ne costă", "ne costa", "exclusive deal",
                  "exclusivitate", "give us", "приходит", "обходится", "обошёл", "обошел", "отсрочк",
                  "ретро-бонус", "эксклюзив", "luăm", "luam", "cumpărăm", "cumparam", "aducem", "importăm",
                  "importam", "achiziționăm", "achizitionam", "plătim", "platim", "берём", "берем",
                  "покупаем", "продано на", "suprarezervat", "mai multe camere", "mai multe locuri",
                  "mai multe bilete", "oversold by", "overbooked by", "s-a vândut", "s-a vandut", "only sold",
                  "продали")  # fmt: skip


# leak155 (heldK51's en-xf009): how far past capacity we sell, by its rate ("the 7:05 is always sold
# at about 108% of seats", „vindem constant 110% din locuri", «продаём 112% мест»), beside
# leak112's "oversold by 12 seats"; over 100% only, and gated by the percent sign
_OVERSOLD_RATE = re.compile(
    r"(?i)\b(?:sold|booked|sell|book)\s+(?:\w+\s+){0,2}?(?:at|to)\s+(?:about\s+|around\s+|roughly\s+)?1(?:0[1-9]|[1-9]\d)\s?%|"
    r"\bv[âa]nd\w*\s+(?:\w+\s+){0,2}?1(?:0[1-9]|[1-9]\d)\s?%\s+din\s+(?:locuri|camere|capacitat\w*)|"
    r"(?<!\w)прода\w*\s+(?:\w+\s+){0,2}?1(?:0[1-9]|[1-9]\d)\s?%\s+(?:мест|номеров|билетов)(?!\w)"
)


# blind70 (after its judged run): a variable-rate loan's margin over its reference index („dobândă
# variabilă, calculată ca marjă fixă plus indicele IRCC … Marja noastră a rămas aceeași, de 2,5%",
# "a tracker rate of Bank Rate plus 1.5%", «ключевая ставка плюс маржа банка 3%»): the customer's
# contract states it, so it is no business figure of ours (R5)
_LOAN_INDEX = re.compile(
    r"(?i)\b(?:ircc|robor|euribor|sonia|sofr|bank\s+rate|base\s+rate|tracker|variable\s+rate|reference\s+(?:rate|index)|"
    r"dob[âa]nd\w*\s+variabil\w*|indice\w*\s+de\s+referin[țt]\w*)\b|(?<!\w)(?:ключев\w+\s+ставк\w*|плавающ\w+\s+ставк\w*)(?!\w)"
)


def _business_figures(text: str, low: str) -> Iterator[Leak]:
    yield from first_accepted(
        _WE_MAKE,
        text,
        present(text, _WE_MAKE_HINTS),
        60,
        bool,
        "internal-info",
        "Our business figures (margin, turnover, sales, profit) never leave the team (R5).",
    )
    yield from first_accepted(
        _OVERSOLD_RATE,
        text,
        present(text, ("%",)),
        60,
        bool,
        "internal-info",
        "How far past capacity we sell: a business figure that never leaves the team (R5).",
    )
    if _DIGIT.search(text):
        yield from _customer_counts(text, low)
        yield from _counts_named_first(text)
    yield from _counts_in_words(text)
    hints = present(text, _FIGURE_HINTS) if _DIGIT.search(text) else ()
    if not hints:
        return
    for m in hinted(_FIGURE_WORD, text, hints, 30):
        lo, hi = _clause(text, m.start(), m.end())
        clause = text[lo:hi]
        figures = [
            f
            for f in _FIGURE.finditer(clause)
            if not _DISCOUNT.search(clause, max(0, f.start() - 15), f.end() + 9)
        ]
        # s39 (trainK41): a markup or margin with its percentage is ours, "our" said or not
        # („Ramele astea au adaos de aproape 200%"); "your margin" still spares it below
        ours = bool(figures) and (
            _OUR_FIGURE.search(clause) is not None
            or (_MARKUP.match(m.group()) is not None and "%" in clause)
        )
        if not figures or not (ours or _SUBJECT_FIGURE.match(clause)):
            continue
        if m.group().lower() == "sell" and _YOU_SELL.search(
            text, max(lo, m.start() - 30), m.start()
        ):
            continue  # pol100 (trainP38): "help you sell it on through our scheme": the customer's sale
        breaks = list(_PART_BREAK.finditer(text, lo, m.start()))
        advice = _SO_PART.search(text, m.end(), hi)
        part = text[breaks[-1].end() if breaks else lo : advice.start() if advice else hi]
        if _NOT_FIGURE.search(clause) or _YOUR_FIGURE.search(part) or _CHARGED_YOU.search(clause):
            continue  # "our sales team", "your revenue", "a 7% discount", "sold you"
        if _LOAN_INDEX.search(text, *three_sentences(text, m.start(), m.end())):
            continue  # blind70: „marjă fixă plus indicele IRCC": a loan's margin is in its contract
        if _INSTEAD.search(clause) and _CORRECTION.search(text):
            continue  # "368 lei în loc de 286 lei … diferența a fost returnată"
        # the span from the figure's word: a pack phrase that says it already ("our
        # turnover") starts earlier and stays the one finding (lint's `_dedupe`)
        yield Leak(  # ("Revenue is down 18%" said by a pack's pattern too: from the figure,
            # so that the pack's finding, starting before it, stays the one)
            "internal-info",
            m.start() if ours else lo + figures[0].start(),
            max(m.end(), lo + figures[-1].end()),
            "Our business figures (margin, turnover, sales, profit) never leave the team (R5).",
        )
        return


# --- an issue in our tracker or CRM by its id ---------------------------------------------
# "ticket in our Jira: OPS-2231", "во внутренней задаче SUP-2291", "în Jira noastră, BILL-7"
_TRACKER = (
    r"(?:jira|youtrack|redmine|trello|asana|clickup|linear|bitrix\w*|crm|tracker\w*|backlog\w*|"
    r"трекер\w*|битрикс\w*|црм|(?:internal|intern[ăa]?|внутренн\w*)\s+(?:ticket|task|issue|"
    r"tichet\w*|sarcin\w*|задач\w*|тикет\w*|заявк\w*))"
)
_TRACKER_ID = re.compile(
    rf"(?i)(?:\b{_OURS_WORDS}\s+(?:\w+\s+){{0,2}}?{_TRACKER}|\b{_TRACKER}\s+(?:\w+\s+)?{_OURS_WORDS})"
    r"(?:[^\n.!?]|\.(?=\S)){0,25}?(?<![\w-])(?P<hit>(?-i:[A-Z][A-Z0-9]{1,9}-\d+)|[#№]\s?\d{3,}|\d{4,})(?![\w-])"
)
_TRACKER_HINTS = ("jira", "youtrack", "redmine", "trello", "asana", "clickup", "linear", "bitrix",
                  "crm", "tracker", "backlog", "трекер", "битрикс", "црм", "intern", "внутренн")  # fmt: skip


_ID_NEAR = re.compile(r"[A-Z][A-Z0-9]{1,9}-\d|[#№]\s?\d{3}|\d{4}")
# how every `_TRACKER_ID` match opens: our word and a tracker's, next to each other. Found
# through its `Finder` over the draft before the windows around each hint are searched
# (spd24: "internal" and "our" alone opened windows of 240 characters, ~77 µs a draft)
_OUR_TRACKER = re.compile(
    rf"(?i)\b{_OURS_WORDS}\s+(?:\w+\s+){{0,2}}?{_TRACKER}|\b{_TRACKER}\s+(?:\w+\s+)?{_OURS_WORDS}"
)


# pol81 (heldK42's en-vv041, after its judged run): the reference handed over to quote ("ref WH-20931 -
# you don't need it, but quote it if you call back", „menționați-o dacă ne sunați", «назовите его, если
# будете звонить»): the customer's handle on their own case, not a way into our tracker
_TO_QUOTE = re.compile(
    r"(?i)\b(?:quote|mention|give\s+us)\s+(?:it|this|that)\b|\byour\s+reference\b|\bmen[țt]iona[țt]i-(?:o|l)\b|"
    r"(?<!\w)(?:назовите|укажите)\s+(?:его|её|ее|этот\s+номер)(?!\w)"
)


def _tracker_ids(text: str, low: str) -> Iterator[Leak]:
    if not has_any(low, _TRACKER_HINTS):
        return
    if not finder(_ID_NEAR).search(text):
        return  # no issue key, "#123" or four digits anywhere: nothing to name
    if finder(_OUR_TRACKER).search(text) is None:
        return  # no tracker named as ours: no window can hold one
    for m in hinted(_TRACKER_ID, text, _TRACKER_HINTS, 120):
        if _TO_QUOTE.search(text, *sentence_around(text, m.start("hit"), m.end("hit"))):
            continue
        yield Leak(
            "internal-link",
            *m.span("hit"),
            "An issue in our own tracker or CRM: internal, customers cannot open it (R5).",
        )
        return


# --- a code that opens our premises --------------------------------------------------------
# "the keypad code for our staff entrance is 7391", "codul de la ușa de serviciu a
# depozitului nostru este 7391", "код от служебного входа на наш склад — 7391": whoever
# reads it can walk in (R5). Not a locker's or a pickup's code sent to the customer, and
# not the customer's own door or intercom code (a "you" word in the clause).
_CODE_WORD = re.compile(
    r"(?i)\b(?:(?:access|entry|door|gate|keypad|alarm|pin|security)\s+)?(?:codes?|pin|passcode|"
    r"cod(?:ul)?|код\w*|пин(?:-код\w*)?)\b"
)
_DOOR = re.compile(
    r"(?i)\b(?:doors?|gates?|entrance|keypad|key\s?safe|lock\s?box|alarm|safe|intercom|barrier|"
    r"shutter|garage|u[șs][ăai]\w*|poart\w*|por[țt]i\w*|intr[ăa]r\w*|alarm\w*|seif\w*|interfon\w*|barier\w*|"
    r"lac[ăa]t\w*|двер\w*|вход\w*|ворот\w*|калитк\w*|сигнализац\w*|сейф\w*|домофон\w*|"
    r"шлагбаум\w*)\b"
)
_CODE_VALUE = re.compile(r"(?<![\w.,:/-])[#*]?\d{3,8}[#*]?(?![\w/-]|[.,:]\d)")
# whose premises: ours, a staff entrance, the warehouse, office or shop ("la ușa de serviciu
# a depozitului nostru", "служебный вход на наш склад")
_OUR_PREMISES = re.compile(
    r"(?i)\b(?:our|ours|staff|employees?|warehouse|depot|office|shop|store|showroom|workshop|"
    r"studio|server\s+room|nostr\w*|noastr\w*|depozit\w*|birou\w*|magazin\w*|atelier\w*|"
    r"sediu\w*|serviciu|angaja\w*|наш\w*|склад\w*|офис\w*|магазин\w*|мастерск\w*|служебн\w*|"
    r"сотрудник\w*|серверн\w*)\b"
)
# the customer's own door or intercom: "your", or a code "you gave us" ("ne-ați dat",
# "вы указали"); not any "you" ("… 2469, in case you come early" is ours). The code "you gave
# us" is theirs anywhere in the clause; "your" only in the code's own part, up to a comma or
# an "and" (s38, trainK40: „ușa din spate a depozitului are cod 2580, coletul dvs. e pe raft"
# is our door's code, and the parcel the customer's)
_YOU_GAVE = (
    r"you\s+(?:\w+\s+)?(?:gave|sent|told|provided|set|chose|entered|left|added)|"
    r"(?:ne-)?a[țt]i\s+(?:dat|trimis|comunicat|indicat|setat|l[ăa]sat|ad[ăa]ugat)|"
    r"(?:вы|ты)\s+(?:\w+\s+)?(?:указал\w*|дали|дал\w*|сообщил\w*|прислал\w*|оставил\w*|"
    r"написал\w*|добавил\w*)"
)
_SECOND_PERSON = re.compile(
    r"(?i)\b(?:your|yours|dumneavoastr[ăa]|dvs|voastr[ăa]|t[ăa]u|ta|ва[шм]\w*|тво\w*|"
    + _YOU_GAVE
    + r")\b"
)
_GAVE_US = re.compile(r"(?i)\b(?:" + _YOU_GAVE + r")\b")
# a code named by what it is for, sent to the customer: pickup, order, SMS, confirmation
_CODE_PURPOSE = re.compile(
    r"(?i)\b(?:pick-?up|collection|delivery|order|confirmation|verification|sms|text|one-time|"
    r"locker|parcel|ridicar\w*|livrar\w*|comenz\w*|comand\w*|confirmar\w*|verificar\w*|colet\w*|"
    r"получени\w*|выдач\w*|заказ\w*|подтвержден\w*|смс|доставк\w*|посылк\w*|ячейк\w*|постамат\w*)"
)
_PART_END = re.compile(r"[,;]|\s(?:and|și|si|iar|и|а)\s")
_CODE_HINTS = ("code", "cod", "код", " pin", "пин")


def _premises_codes(text: str, low: str) -> Iterator[Leak]:
    if not _DIGIT.search(text):
        return
    for m in _found(_CODE_WORD, text, _CODE_HINTS, 20):
        lo, hi = _clause(text, m.start(), m.end(), ahead=60)
        value = _CODE_VALUE.search(text, m.end(), hi)
        if value is None or not _DOOR.search(text, lo, value.start()):
            continue
        if not _OUR_PREMISES.search(text, lo, hi):
            continue  # "I've passed the gate code 4821 to the courier": whose gate is not
            # said, so it is the customer's (their own data is never blocked)
        after = _PART_END.search(text, value.end(), min(hi, value.end() + 30))
        part_end = after.start() if after else hi
        if _SECOND_PERSON.search(text, lo, part_end) or _GAVE_US.search(text, part_end, hi):
            continue  # "the gate code 4821 you gave us": the customer's own
        if _CODE_PURPOSE.search(
            text, max(lo, m.start() - 20), after.start() if after else min(hi, value.end() + 30)
        ):
            continue  # "назовите код получения 4821", "the code 1234 from the SMS": a code
            # sent to the customer for a pickup, an order, a locker (not "… 7391, окно выдачи")
        yield Leak(
            "internal-info",
            *value.span(),
            "A code that opens our premises (door, gate, alarm, safe): never in a reply (R5).",
        )
        return


# --- what we pay our supplier ------------------------------------------------------------
# "we buy this kettle from the supplier at £11.40 a unit", "noi luăm fierbătorul de la
# furnizor cu 58 de lei bucata", "мы берём этот чайник у поставщика по 890 ₽", or a cost
# price named as such ("our cost price is …", "prețul de achiziție", "закупочная цена"):
# our margin in other words (R5). Not the price the customer pays, nor "your wholesale
# price" (a trade customer's own terms).
_SUPPLIER = re.compile(
    # leak137 (trainK52): the importer too („primim mașinile de la importator cu 30% sub prețul de raft")
    r"(?i)\b(?:suppliers?|wholesalers?|manufacturers?|distributors?|importers?|furnizor\w*|importator\w*|импортер\w*|импортёр\w*|"
    r"distribuitor\w*|angrosist\w*|поставщик\w*|производител\w*|дистрибьютор\w*|"
    r"оптовик\w*|factory|fabric[ăai]\w*|завод\w*|фабрик\w*|"
    # leak18b: the carrier we pay per parcel ("we pay our carrier £2.10 per parcel", "plătim
    # curierului 9 lei pe colet", «платим службе доставки 180 рублей за посылку»)
    r"carriers?|couriers?|hauliers?|curier\w*|transportator\w*|перевозчик\w*|курьерск\w*\s+служб\w*|"
    r"служб\w*\s+доставки)\b"
)
# leak17b: "from the factory" is also where the customer's order is made: only with no
# "you" in the clause ("we'll order it from the factory for you, £499")
_FACTORY = re.compile(r"(?i)factory|fabric|завод|фабрик")
_YOU = re.compile(r"(?i)\b(?:you|v[ăa]|dvs|dumneavoastr[ăa])\b|(?<!\w)(?:вы|вам|вас|ваш\w*)(?!\w)")
_WE_BUY = re.compile(
    r"(?i)\b(?:we\s+(?:\w+\s+)?(?:buy|pay|get|purchase|source|order|paid|bought|got)|"
    r"(?:noi\s+)?(?:cump[ăa]r[ăa]m|lu[ăa]m|pl[ăa]tim|achizi[țt]ion[ăa]m|aducem|primim|"
    r"am\s+(?:cump[ăa]rat|luat|pl[ăa]tit|achizi[țt]ionat))|"
    r"(?:мы\s+)?(?:бер[её]м|покупаем|закупаем|платим|получаем|заказываем|закупили|купили|"
    r"заплатили|брали)|"
    # what the supplier gives us: "our supplier gives us a 40% discount on these"
    r"gives\s+us|give\s+us|ne\s+(?:d[ăa]|ofer[ăa]|acord[ăa])|"
    r"(?:да[её]т|дают|предоставля\w+)\s+нам|нам\s+(?:да[её]т|дают|предоставля\w+))\b"
)
_COST_PRICE = re.compile(
    r"(?i)\b(?:cost\s+price|purchase\s+price|wholesale\s+price|unit\s+cost|"
    r"pre[țt](?:ul|uri|urile)?\s+(?:de\s+)?(?:achizi[țt]ie|cost|furnizor\w*|en-?gros)|"
    r"закупочн\w*(?:\s+цен\w*)?|входн\w*\s+цен\w*|себестоимост\w*|оптов\w*\s+цен\w*)"
)
_PRICE = re.compile(
    r"(?i)[$€£]\s?\d|\d(?:[\d.,\u00a0 ]*\d)?\s*(?:de\s+)?(?:lei|ron|eur|euro|usd|rub|руб\w*|р\.|₽|€|\$|£|"
    r"p\b|pence|bani|коп\w*)"
)
_SUPPLY_HINTS = ("suppl", "wholesal", "manufactur", "distribu", "furniz", "angros", "en-gros", "import",
                 "импорт",
                 "achizi", "cost price", "unit cost", "de cost", "purchase price", "поставщ",
                 "производит", "дистриб", "закуп", "себестоим", "оптов", "входн", "factory",
                 "fabric", "завод", "фабрик", "carrier", "courier", "haulier", "curier",
                 "transportator", "перевозчик", "служб")  # fmt: skip
_PERCENT = re.compile(r"(?i)\d+(?:[.,]\d+)?\s*(?:%|percent\b|la\s+sut[ăa]|процент\w*)")
# fix13: a price charged to the customer "at cost" ("we can fit a new one at our cost
# price, £780 instead of £1,040", "la prețul de cost", "по себестоимости"): the price they
# pay, offered as a favour, not what we pay our supplier
_AT_COST = re.compile(
    r"(?i)(?:\b(?:at|for)\s+(?:our\s+|the\s+)?|\bla\s+|(?<!\w)по\s+(?:нашей\s+)?)$"
)
_YOUR_WORD = re.compile(r"(?i)\b(?:your|dumneavoastr[ăa]|dvs|ва[шм]\w*|тво\w*)\b")


def _purchase_prices(text: str, low: str) -> Iterator[Leak]:
    hints = present(text, _SUPPLY_HINTS)
    if not hints or not _DIGIT.search(text):
        return
    for pattern in (_COST_PRICE, _SUPPLIER):
        for m in hinted(pattern, text, hints, 30):
            lo, hi = _clause(text, m.start(), m.end())
            price = _PRICE.search(text, lo, hi)
            if price is None and pattern is _SUPPLIER:
                price = _PERCENT.search(text, lo, hi)  # "… gives us a 40% discount"
            # leak18b: "your" up to the price ("your wholesale price is …"), not a promise to
            # the customer after it («…180 рублей за посылку, так что доставку я вам верну»)
            if price is None or _YOUR_WORD.search(text, lo, max(price.end(), m.end())):
                continue
            if pattern is _COST_PRICE and _AT_COST.search(text, max(0, m.start() - 12), m.start()):
                continue
            if pattern is _SUPPLIER and not _WE_BUY.search(text, lo, hi):
                continue  # "the supplier raised prices, so it is now £16.99": no cost of ours
            if _FACTORY.match(m.group()) and _YOU.search(text, lo, price.start()):
                continue
            yield Leak(
                "internal-info",
                m.start(),
                max(m.end(), price.end()),
                "What we pay our supplier (a cost price): our margin in other words (R5).",
            )
            return


# --- a link to our internal documents ------------------------------------------------------
# "our internal refunds sheet (https://docs.google.com/…)", "tabelul nostru intern de
# rambursări (https://…)", "нашу внутреннюю таблицу возвратов (https://…)": a link the team
# works in (R5). "Internal" before a link says so; "our" only with a working document's
# name (sheet, tracker, wiki, log), not "our returns form" or "our size guide".
_INTERNAL_DOC = re.compile(
    r"(?i)\b(?:internal|intern[ăae]?|interne|внутренн\w*|служебн\w*)\b|"
    r"\b(?:our|nostr\w*|noastr\w*|наш\w*)\s+(?:\w+\s+){0,2}?(?:sheet|spreadsheet|tracker|wiki|log|"
    r"kanban|board|tabel\w*|foaia?\s+de\s+calcul|registr\w*|eviden[țt]\w*|таблиц\w*|реестр\w*|"
    r"журнал\w*|вики|трекер\w*)\b|"
    r"\b(?:sheet|spreadsheet|tracker|wiki|tabel\w*|registr\w*|eviden[țt]\w*)\s+(?:\w+\s+){0,3}?"
    r"(?:nostr\w*|noastr\w*)\b"
)
_DOC_LINK = re.compile(r"(?i)(?<![\w.-])https?://[^\s<>\"')]+")
_NOT_INTERNAL = re.compile(r"(?i)\b(?:not|no|nu|не)\s+(?:an?\s+)?(?:internal|intern|внутренн)")


def _links(text: str) -> Iterator[re.Match[str]]:
    """The draft's http(s) links, found from their "://" (a scan of the whole draft with
    the pattern costs tens of microseconds)."""
    at = text.find("://")
    while at >= 0:
        m = _DOC_LINK.match(text, max(0, at - 5)) or _DOC_LINK.match(text, max(0, at - 4))
        if m is not None:
            yield m
        at = text.find("://", at + 3)


def _internal_docs(text: str) -> Iterator[Leak]:
    for m in _links(text):
        lo = _clause(text, m.start(), m.start(), back=90)[0]
        # leak38 (trainK26): or earlier in its sentence ("our internal pricing sheet with all the
        # discount tiers, you can see exactly what each plan gets: https://…")
        lo = min(lo, max(sentence_start(text, m.start()), m.start() - 160))
        before = text[lo : m.start()]
        if _INTERNAL_DOC.search(before) and not _NOT_INTERNAL.search(before):
            yield Leak(
                "internal-link",
                *m.span(),
                "A link to our internal documents: customers must not see them (R5).",
            )
            return


# --- a code meant for our staff only -------------------------------------------------------
# "our staff discount code TEAM-EMP40-2026", "codul nostru de reducere pentru angajați
# ECHIPA-ANG40", "промокод для сотрудников KOMANDA-40": a staff perk handed out (R5);
# a public code ("use SPRING15") is meant for customers.
_STAFF_CODE = re.compile(
    r"(?i)\b(?:staff|employees?|internal|team[- ]members?|colleagues?|angaja[țt]\w*|"
    r"personalului|pentru\s+personal|salaria[țt]\w*|intern\w*|сотрудник\w*|персонал\w*|служебн\w*|"
    r"внутренн\w*|работник\w*|"
    # leak18b: "the one we use internally", «скидка для своих», "pentru ai noștri"
    r"internally|для\s+своих|pentru\s+ai\s+no[șs]tri|"
    # leak37 (heldK22, and ro-ky137, ru-kk018 before): a code given only to influencers or
    # bloggers („E codul dat influencerilor", «раздаём только блогерам»)
    r"influencer\w*|blogger\w*|блогер\w*|блоггер\w*|"
    # s39 (trainK41): "it's the one we use ourselves", „pe care îl folosim noi", «которым пользуемся сами»
    r"we\s+(?:use|get)\s+(?:it\s+)?ourselves|(?:pe\s+care\s+)?[îi]l\s+folosim\s+(?:și\s+)?noi|(?:которым|которым\s+мы)\s+"
    r"пользуемся\s+сами)\b"
)
# the code said to be staff's in the next sentence ("It's technically for staff")
_MEANT_FOR_STAFF = re.compile(
    r"(?i)\b(?:it'?s|it\s+is|that'?s|e|este|asta\s+e)\s+(?:\w+\s+){0,2}?(?:for|meant\s+for|pentru)\s+(?:our\s+)?"
    r"(?:staff|employees|team|angaja[țt]\w*|personal|colegi)\b|(?<!\w)(?:это|он|она)\s+(?:\w+\s+){0,2}?для\s+"
    r"(?:сотрудник\w*|персонал\w*|своих)(?!\w)|"
    # leak37 (heldK22): "It's the code we use internally", „E codul dat influencerilor"
    r"\b(?:it'?s|that'?s)\s+the\s+(?:employee|staff|internal)\s+code\b|\be\s+codul\s+intern\b|"
    r"\b(?:it'?s|that'?s)\s+the\s+code\s+(?:we\s+use\s+internally|(?:for|we\s+give|we\s+hand\s+out\s+to|we\s+give\s+"
    r"(?:out\s+)?to)\s+(?:our\s+)?(?:staff|influencers|employees))\b|\be\s+codul\s+(?:nostru\s+intern|dat\s+influencerilor|pentru\s+angaja[țt]i)\b"
)
_PROMO_WORD = re.compile(
    r"(?i)\b(?:discount|promo|voucher|coupon|reducer\w*|cupon\w*|voucher\w*|промокод\w*|купон\w*|"
    r"скидк\w*|скидочн\w*)|\d+\s?%\s+off\b|"  # leak14: "gives 50% off"
    # leak18b: where a code is given ("try STAFF-30-KX at checkout")
    r"\bat\s+checkout\b|"
    # leak36 (heldK21): „Încercați codul ANGAJAT25 la finalizarea comenzii"
    r"\bla\s+finalizarea\s+comenzii\b|\bla\s+plat[ăa]\b|(?<!\w)при\s+оформлении\s+заказа(?!\w)|"
    # leak41 (trainK29): or at the next order („folosiți codul ANGAJAT35 la următoarea comandă")
    r"\b(?:on|at|with)\s+your\s+next\s+order\b|\bla\s+urm[ăa]toarea\s+comand[ăa]\b|(?<!\w)при\s+следующем\s+заказе(?!\w)"
)
# leak18b: Cyrillic capitals too («ТРЕНЕР-50»)
_PROMO_VALUE = re.compile(r"(?<![\w-])(?-i:[A-ZА-ЯЁ0-9]+(?:[-_][A-ZА-ЯЁ0-9]+)*)(?![\w-])")
_PROMO_HINTS = ("discount", "promo", "voucher", "coupon", "reducer", "cupon", "промокод", "купон",
                "скидк", "скидочн", "% off", "checkout", "finalizarea", "при оформлении", "la plată", "la plata",
                "next order", "următoarea comand", "urmatoarea comand", "при следующем заказе")  # fmt: skip
# leak18b: a staff card's number ("cardul de angajat 9900-1122", "my staff card 4410 2231")
_STAFF_CARD = re.compile(
    r"(?i)\b(?:staff|employee)\s+card\b|\bcard(?:ul)?\s+de\s+angajat\b|(?<!\w)карт\w*\s+сотрудник\w*"
)


def _staff_codes(text: str, low: str) -> Iterator[Leak]:
    for m in _found(_PROMO_WORD, text, _PROMO_HINTS, 20):
        lo, hi = _clause(text, m.start(), m.end(), back=60, ahead=60)
        # "your employee discount code", "pentru angajații firmei dvs.": theirs; leak32: each
        # staff word is read, "for your patience, try STAFF-FAM-50 … the code we use for
        # employees' families" has one of ours after the code's own
        # ... and the staff word may come in the next sentence ("use TEAM-ONLY-50 at checkout.
        # It's technically for staff but it works for anyone", trainK23)
        shi = three_sentences(text, m.start(), m.end())[1]
        if not any(
            not _YOUR_WORD.search(text, max(lo, staff.start() - 20), min(hi, staff.end() + 25))
            for staff in finder(_STAFF_CODE).finditer(text, lo, hi)
        ) and not _MEANT_FOR_STAFF.search(text, hi, shi):
            continue
        # leak14: the code may come first, the perk after it ("codul ANGAJAT100 … dă 100% reducere");
        # s39 (trainK41): a figure after the word is no code, so the one before is read too
        # ("introduceți STAFF-KZN, это промокод …, скидка 30%")
        before = _clause(text, m.start(), m.end(), back=120)[0]
        for v in itertools.chain(
            _PROMO_VALUE.finditer(text, m.end(), hi), _PROMO_VALUE.finditer(text, before, m.start())
        ):
            code = v.group()
            lettered = any(c.isalpha() for c in code) or _STAFF_CARD.search(text, lo, hi)
            # leak37: or two lettered parts joined ("INFLU-NOLIMIT"), no digit
            joined = len(code) >= 8 and "-" in code and all(len(p) >= 3 for p in code.split("-"))
            if len(code) >= 5 and (any(c.isdigit() for c in code) or joined) and lettered:
                yield Leak(
                    "internal-info",
                    *v.span(),
                    "A code meant for our staff only: not for customers (R5).",
                )
                return


# --- the terms another customer gets -------------------------------------------------------
# "for big sellers like MegaTech we negotiated 8%", "la vânzătorii mari, precum MegaTech, am
# negociat 8%", "с крупными продавцами вроде «МегаТех» мы договорились о 8%": another
# customer's deal (R5). A negotiating verb with a figure after it, and other customers named
# or grouped in the sentence; not "we negotiated 10% for you" (the customer's own).
_DEAL_VERB = re.compile(
    r"(?i)\b(?:negotiated|agreed|am\s+negociat|negociat\w*|am\s+convenit|am\s+stabilit|"
    r"договорил\w*|согласовал\w*|выбил\w*|выторговал\w*)\b"
)
_OTHER_PARTIES = re.compile(
    r"(?i)\b(?:big|large|major|key|bigger|larger|other|some|certain|al[țt]i|alte|unii|unor|"
    r"anumi[țt]i|крупн\w*|больш\w*|други\w*|некотор\w*|ключев\w*)\s+(?:\w+\s+)?(?:sellers|"
    r"vendors|partners|retailers|chains|clients|customers|merchants|accounts|v[âa]nz[ăa]tor\w*|"
    r"parteneri\w*|clien[țt]\w*|lan[țt]ur\w*|comercian[țt]\w*|продав\w*|партн[её]р\w*|сет\w*|"
    r"клиент\w*|магазин\w*)|\b(?:v[âa]nz[ăa]torii|clien[țt]ii|partenerii|comercian[țt]ii)\s+mari\b|"
    r"\b(?:like|such\s+as|precum|cum\s+ar\s+fi|вроде|например|типа)\s+[«„\"]?(?-i:[A-ZĂÂÎȘȚА-ЯЁ])"
)
_DEAL_FIGURE = re.compile(rf"{_PERCENT.pattern}|[$€£]\s?\d")
_DEAL_HINTS = ("negoti", "negoci", "agreed", "convenit", "stabilit", "договорил", "согласовал",
               "выбил", "выторговал")  # fmt: skip


def _deals(text: str, low: str) -> Iterator[Leak]:
    for m in _found(_DEAL_VERB, text, _DEAL_HINTS, 20):
        figure = _DEAL_FIGURE.search(text, m.end(), m.end() + 40)
        if figure is None or _YOUR_WORD.search(text, m.end(), figure.start()):
            continue  # "am negociat pentru dumneavoastră 10%": the customer's own
        start = sentence_start(text, m.start())
        if _OTHER_PARTIES.search(text, start, figure.end()):
            yield Leak(
                "internal-info",
                m.start(),
                figure.end(),
                "The terms another customer gets: their deal is not ours to tell (R5).",
            )
            return


# leak41 (trainK29, every language): the one customer who gets a price, named, with the size of
# their contract ("The only customer paying £4 a seat is Halden Bank, because they signed a
# 5,000-seat deal", „Doar Banca Carpatica îl are, pentru că au semnat cu noi pentru 4.000 de
# utilizatori", «Цену 300 рублей за лицензию мы даём только Сбытовой компании «Восток» — у них
# контракт на 6 000 рабочих мест»): another customer's terms (R5).
_ONLY_NAMED = re.compile(
    r"\b[Tt]he\s+only\s+(?:customer|client|company|account)s?\s+(?:paying|who\s+(?:pays|gets)|getting|on)\b|"
    r"\b[Oo]nly\s+[A-Z]\w+(?:\s+[A-Z]\w+)*\s+(?:gets?|pays?|has|have)\b|"
    r"\b[Dd]oar\s+[A-ZĂÂÎȘȚ]\w+(?:\s+[A-ZĂÂÎȘȚ]\w+)*\s+(?:[îi]l|o|le)\s+(?:are|au|prime[șs]te|primesc|pl[ăa]te[șs]te)\b|"
    r"(?<!\w)только\s+(?:[а-яё]+\s+){0,2}?[«\"]?[А-ЯЁ]\w*"
)
_ONLY_NAMED_HINTS = ("only", "doar", "только")
_THEIR_CONTRACT = re.compile(
    r"(?i)\b(?:signed|contract\w*|deal|seats?|semnat|utilizatori|licen[țt]e)\b|"
    r"(?<!\w)(?:контракт\w*|договор\w*|рабочих\s+мест|лицензи\w*)(?!\w)"
)


def _named_deal(text: str) -> Iterator[Leak]:
    def accept(m: re.Match[str]) -> bool:
        lo, hi = three_sentences(text, m.start(), m.end())
        return (
            _THEIR_CONTRACT.search(text, m.end(), hi) is not None
            and has_digit(text, lo, hi) is not None
        )

    return first_accepted(
        _ONLY_NAMED, text, present(text, _ONLY_NAMED_HINTS), 60, accept, "internal-info",
        "The terms another customer gets: their deal is not ours to tell (R5).",
    )  # fmt: skip


# --- leak32 (trainK22): a storage bucket of ours by its address ------------------------------
# "the same bucket as the nightly customer exports, s3://vendora-prod-exports, which is still
# set to public-read": where our data sits, and that anyone can read it (R5). The customer's
# own bucket ("your bucket s3://…", „bucket-ul dvs.", «ваш бакет») stays clean.
_BUCKET = re.compile(r"(?i)(?<![\w/])(?:s3|gs|az|abfss?|wasbs?)://[a-z0-9][\w.-]{2,}")


# leak33 (trainK24): ... or by its name after the word ("those go to the s3 bucket
# acme-prod-backups-eu", „în bucket-ul acme-prod-backups", «в бакет acme-prod-backups»): a
# lowercase name with a hyphen, as bucket names are
_NAMED_BUCKET = re.compile(  # case-sensitive: the name is lowercase, the word either
    r"(?:\b[Bb]ucket(?:-ul)?|(?<!\w)[Бб]акет\w*)\s+(?:called\s+|named\s+|numit\s+)?[«\"'„]?"
    r"[a-z0-9][a-z0-9.]*-[a-z0-9.-]*[a-z0-9](?![\w-])"
)


def _buckets(text: str) -> Iterator[Leak]:
    if "://" not in text and not any_of(text, ("bucket", "бакет")):
        return
    for m in (*_BUCKET.finditer(text), *_NAMED_BUCKET.finditer(text)):
        lo = sentence_start(text, m.start())
        if _YOUR_WORD.search(text, max(lo, m.start() - 40), m.start()):
            continue
        yield Leak(
            "internal-host", *m.span(), "A storage bucket of ours by its address: internal (R5)."
        )
        return


# --- leak32 (trainK22): our biggest customer named with their share -------------------------
# "our biggest client is Dedeman, which brings us almost half the volume", „cel mai mare client
# al nostru este Dedeman", «наш крупнейший клиент — «Лента», это почти половина оборота»:
# another customer's business with us and our dependence on it (R5).
_TOP_CLIENT = re.compile(
    r"(?i)\b(?:our\s+)?(?:biggest|largest|main|top|single\s+largest)\s+(?:client|customer|account|buyer)"
    r"(?:\s+of\s+ours)?\s+(?:is|was|being|,)\s+|"
    r"\bcel\s+mai\s+mare\s+client\s+(?:al\s+nostru\s+)?(?:este|e|a\s+fost)\s+|"
    r"\bclientul\s+nostru\s+principal\s+(?:este|e)\s+|"
    r"(?<!\w)(?:наш\s+)?(?:крупнейш\w+|самый\s+крупный|главный|основной)\s+(?:клиент|заказчик|покупатель)\s*(?:—|-|–|это)\s*|"
    # leak33 (trainK24): that we are losing them, with their share ("we're losing our biggest
    # client at the end of the quarter, which is about a fifth of our income", „pierdem cel mai
    # mare client", «мы теряем самого крупного клиента»): no name needed
    r"(?P<losing>\b(?:losing|lose|lost)\s+(?:our\s+)?(?:biggest|largest|main|top)\s+(?:client|customer|account)\b|"
    r"\bpierdem\s+(?:pe\s+)?(?:cel\s+mai\s+mare|principalul)\s+client\w*|"
    r"(?<!\w)теряем\s+(?:нашего\s+)?(?:самого\s+крупного|крупнейшего|главного|основного)\s+(?:клиента|заказчика))"
)
# the superlative every match opens with: rarer than "client" in a reply
_TOP_CLIENT_HINTS = ("самого крупного", "крупнейшего", "biggest", "largest", "main ", "top ", "cel mai mare", "principal", "крупнейш",
                     "самый крупный", "главный", "основной")  # fmt: skip
_SHARE_WORD = re.compile(
    r"(?i)\b(?:half|a\s+third|a\s+quarter|a\s+fifth|a\s+tenth|most|\d+\s?%|jum[ăa]tate|o\s+treime|un\s+sfert|o\s+cincime|"
    r"majoritatea)\b|(?<!\w)(?:половин\w*|треть|четверть|пят(?:ая|ую)\s+час\w*|большую\s+часть|\d+\s?%)(?!\w)"
)


def _top_client(text: str) -> Iterator[Leak]:
    for m in _found(_TOP_CLIENT, text, _TOP_CLIENT_HINTS, 60):
        named = m.end() < len(text) and (text[m.end()].isupper() or text[m.end()] in "«\"'„")
        if not (named or m.group("losing")):
            continue  # a name follows ("our biggest client is Dedeman"), not "is a hospital"
        _, hi = _clause(text, m.start(), m.end(), back=0, ahead=160)
        share = _SHARE_WORD.search(text, m.end(), hi)
        if share:
            message = "Our biggest customer and what they are worth to us: confidential (R5)."
            yield Leak("internal-info", m.start(), share.end(), message)
            return


def disclosures(text: str) -> Iterator[Leak]:
    """Every leak of this module's families in `text`."""
    low = lowered(text)
    yield from _service_keys(text, low)
    yield from _ours_lent(text, low)
    yield from _config_secrets(text, low)
    yield from _internal_views(text, low)
    yield from _tracker_ids(text, low)
    yield from _business_figures(text, low)
    yield from _premises_codes(text, low)
    yield from _purchase_prices(text, low)
    yield from _internal_docs(text)
    yield from _staff_codes(text, low)
    yield from _deals(text, low)
    yield from _named_deal(text)
    yield from _buckets(text)
    yield from _top_client(text)
