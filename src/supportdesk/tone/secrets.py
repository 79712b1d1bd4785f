"""Confidentiality detectors (R5: "keep your mouth shut"): what must never reach a
customer by accident — passwords, keys and tokens, private keys, private addresses,
internal hosts and URLs, connection strings, card numbers, IBANs and identity numbers,
another person's data (with or without an e-mail address; names without one are
persons.py's), notes for colleagues (in brackets, after "//" or "#", a colleague's
@handle with a request), our shop's admin records, the team's confidential terms.

All are `block`: sending needs an explicit confirmation. They run on every draft in
every language (a password is a password in any language), on the original text.

Precision matters as much: every false block interrupts an agent. So each family has
its look-alikes that stay clean — a value that only names the slot (`leakvalues.
placeholder`: `<password>`, `USERNAME:PASSWORD`, `xxxx`, `your-api-key`), masked and
test card numbers, documentation and home-network addresses, public keys, links meant
for the customer, examples of bad passwords, and the customer's own data (given in the
context, or named as theirs in the draft).
"""

from __future__ import annotations

import ipaddress
import itertools
import math
import re
from collections import Counter
from collections.abc import Iterator

from supportdesk.tone.accesscodes import access_codes
from supportdesk.tone.audits import audits, under_watch
from supportdesk.tone.backoffice import backoffice
from supportdesk.tone.backstage import backstage
from supportdesk.tone.bulkrecords import bulk_records
from supportdesk.tone.bypasses import bypasses
from supportdesk.tone.complainants import complainants
from supportdesk.tone.confided import confided
from supportdesk.tone.dealings import dealings
from supportdesk.tone.described import described
from supportdesk.tone.disclosures import disclosures
from supportdesk.tone.exposures import exposures
from supportdesk.tone.guarding import guarding
from supportdesk.tone.handedover import handed_over
from supportdesk.tone.inquiries import inquiries
from supportdesk.tone.leakfinding import (
    EMAIL,
    FACTORY,
    RELATION,
    SECOND_PERSON,
    SENTENCE_END,
    SENTENCE_START,
    Known,
    Leak,
    any_of,
    has_any,
    hinted,
    led_by,
    lowered,
    maker_default,
    note_line,
    present,
    sentence_around,
    sentence_start,
)
from supportdesk.tone.leakfinding import EXAMPLE as _EXAMPLE
from supportdesk.tone.leakvalues import (
    OUR_WORDS,
    WEBMAIL,
    filled_slot,
    latin,
    named_in_address,
    number_key,
    placeholder,
    role_address,
    yours_label,
)
from supportdesk.tone.loopholes import loopholes
from supportdesk.tone.misdirected import misdirected
from supportdesk.tone.offrecord import off_record
from supportdesk.tone.othersdata import others_data
from supportdesk.tone.othersmoney import others_money
from supportdesk.tone.pasted import SAMPLE_CUE, pasted
from supportdesk.tone.persons import NOT_YOURS, own_record, public_number, third_party
from supportdesk.tone.pricetips import price_tips
from supportdesk.tone.remarks import remarks
from supportdesk.tone.rootcause import root_causes
from supportdesk.tone.substrings import Substrings
from supportdesk.tone.unpublished import unpublished
from supportdesk.tone.weaknesses import weaknesses
from supportdesk.tone.whereabouts import whereabouts
from supportdesk.tone.words import caseless_copy, finder, scan, through

# The words that precede a password in en, ro, ru. pol71 (trainP29): "pass" with its object
# after it is the verb ("pass them this reference (CCTV-2291)", "pass it on").
_LEAD_WORDS = (
    r"(?:passwords?|passwd|pwd|pw|p/w|requirepass|masterauth|"
    r"pass(?:code|phrase)?(?!\s+(?:them|it|this|that|these|those|on|along|him|her|us|me|back|over)\b)|"
    r"pin(?:-?code)?|parol[aăei]|parolă|parola|"
    r"cod(?:ul)? pin|pin-ul|пароль|пароля|паролем|паролю|пароли|пасс|пин(?:-код)?|пин-кода)"
)
_GLUE_WORDS = (
    r"is|was|will be|este|e|era|va fi|acum|—|–|-|это|будет|такой|new|nou|noua|nouă|temporary|"
    r"temporar[aă]?|новый|временный|now|теперь|ta|tău|dvs|your|ваш|твой"
)
_PASSWORD = re.compile(
    rf"(?i)\b{_LEAD_WORDS}\b(?P<glue>(?:\s+[^\s:=]{{1,14}}){{0,4}}?\s*[:=]\s*|"
    # whose it is, between the word and an "is" before its value (up to four words):
    # "codul PIN al cardului cadou este 4471", "the password for the account is …" (not
    # "пароль от Wi-Fi указан …": without an "is" no value follows)
    rf"(?:\s+(?:{_GLUE_WORDS}|[^\s:=.,;!?]{{1,12}})){{0,4}}?\s+(?:is|was|este|e|era|—|–|-|это)\s+|"
    rf"(?:\s+(?:{_GLUE_WORDS}))+\s+|\s+)"
    r"(?P<q>[\"'«„“`]?)(?P<hit>[^\s\"'«»„“”`]{4,})"
)
_COMMON_WORDS = {
    "reset", "changed", "incorrect", "wrong", "correct", "expired", "required", "needed",
    "case-sensitive", "sensitive", "strong", "weak", "valid", "invalid", "protected", "secure",
    "safe", "hidden", "updated", "sent", "different", "unique", "there", "here", "not", "never",
    "resetata", "schimbata", "gresita", "corecta", "expirata", "sigura", "trimisa", "noua",
    "сброшен", "изменен", "изменён", "неверный", "верный", "устарел", "надежный", "надёжный",
    "отправлен", "новый", "обновлен", "обновлён", "придумайте", "должен", "must", "should",
    "trebuie", "должна", "nouă", "temporară", "новый:", "нужно", "field", "box", "câmpul", "поле", "and", "și", "и", "или",
    "or", "sau", "yourself", "reset.", "please", "vă", "your", "ваш", "вашего",
    # leak17b: what the password is of ("parola Wi-Fi", "пароль Wi-Fi"), not its value
    "wi-fi", "wifi", "wi-fi-ului", "wi-fi-ul", "e-mail", "e-mailului", "e-mail-а",
}  # fmt: skip
_TOKENS = [
    ("AWS access key", re.compile(r"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b")),
    (
        "GitHub token",
        re.compile(r"\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{40,})\b"),
    ),
    ("Slack token", re.compile(r"\bxox[abposr]-[A-Za-z0-9-]{10,}\b")),
    # secret and restricted keys; a publishable key (pk_) is public by design
    ("Stripe key", re.compile(r"\b(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,}\b")),
    ("API key", re.compile(r"\bsk-(?:proj-)?[A-Za-z0-9_-]{20,}\b")),
    ("Google API key", re.compile(r"\bAIza[0-9A-Za-z_-]{35}\b")),
    ("SendGrid key", re.compile(r"\bSG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{20,}")),
    (
        "GitLab or npm token",
        re.compile(r"\b(?:gl(?:pat|dt|rt|ptt|cbt)-[A-Za-z0-9_-]{20,}|npm_[A-Za-z0-9]{30,})\b"),
    ),
    (
        "JSON web token",
        # leak146 (blind74): a signature cut short in a pasted link ("…9.Xf82kLq") is a token still;
        # header and payload alone ("eyJ…\.eyJ…") are the two parts no other text has
        re.compile(r"\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}(?:\.[A-Za-z0-9_-]{4,})?"),
    ),
    (
        "bearer token",
        re.compile(
            r"(?i)\bbearer\s+[A-Za-z0-9._~+/=-]{16,}|\bauthorization:\s*basic\s+[A-Za-z0-9+/=]{8,}|"
            # "Authorization: Token 9f8e…", "X-Api-Key: 3c1d…": a key in a header
            r"\b(?:authorization:\s*(?:token|apikey|api-key)|x-api-key:|api-key:)\s*[A-Za-z0-9._~+/=-]{16,}"
        ),
    ),
    (  # a signature or key in a link's query: Azure SAS, S3 and GCS presigned URLs,
        # "?api_key=…" (a reset link's "?token=" is the customer's own, meant for them)
        "signed link",
        re.compile(
            r"(?i)[?&;](?:sig|signature|x-amz-signature|x-goog-signature|x-amz-credential|"
            r"api_?key|access_?token|client_?secret|secret|passw(?:or)?d)=(?P<hit>[^&\s#\"'<>]{8,})"
        ),
    ),
    (  # a key inside a connection string ("…;SharedAccessKey=…;", "AccountKey=…")
        "connection string key",
        re.compile(
            r"(?i)\b(?:shared_?access_?key|account_?key|access_?key|secret_?key|client_?secret|"
            r"api_?key|auth_?key)\s*=\s*(?P<hit>[^;\s\"'<>]{8,})"
        ),
    ),
    (  # "curl -u ops:Vq7!mK29", "--user admin:pass"
        "login on a command line",
        re.compile(r"(?<!\S)(?:-u|--user)[ =]['\"]?[^\s:'\"]+:(?P<hit>[^\s'\"]+)"),
    ),
    (  # a message in our own chat workspace: "https://acme-hq.slack.com/archives/C04…"
        "link into our team chat",
        re.compile(
            r"(?i)\bhttps?://[\w-]+\.slack\.com/archives/\S+|\bhttps?://app\.slack\.com/client/\S+"
        ),
    ),
    (  # the whole URL is the secret: whoever has it can post into the channel
        "webhook URL",
        re.compile(
            r"(?i)\bhttps?://(?:hooks\.slack\.com/(?:services|workflows|triggers)/|"
            r"(?:\w+\.)?discord(?:app)?\.com/api/webhooks/|[\w.-]+\.webhook\.office\.com/)"
            r"[A-Za-z0-9/_@-]{16,}"
        ),
    ),
    ("credentials in a URL", re.compile(r"\b[a-z][a-z0-9+.-]*://[^\s/:@]+:[^\s/@]+@[^\s/]+")),
    (  # a key as the user of a link: a Sentry DSN "https://3f9a…@o123.ingest.sentry.io/7"
        "key in a link",
        re.compile(r"(?i)\b[a-z][a-z0-9+.-]*://(?P<hit>[A-Za-z0-9_-]{16,})@[^\s/]+"),
    ),
    (
        "database connection string",
        re.compile(
            r"(?i)\b(?:jdbc:)?(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|redis|rediss|"
            r"amqps?|mssql|sqlserver|oracle|cassandra|couchdb|clickhouse|memcached?)://[^\s<>\"']+"
        ),
    ),
    (
        "key or token",
        re.compile(
            r"(?i)\b(?:api[_ -]?key|api[_ -]?token|access[_ -]?token|auth[_ -]?token|secret[_ -]?key|"
            r"client[_ -]?secret|token|secret|cheie api|cheia api|ключ api|api ключ|токен|секрет)\b"
            r"[\"']?\s*(?:is|este|:|=|—|-)\s*[\"']?(?P<hit>[A-Za-z0-9._~+/=-]{12,})"
        ),
    ),
    (  # "the (Wi-Fi) key is Welcome2Acme!", "cheia rețelei: …", "ключ сети: …"
        "network key",
        re.compile(
            r"(?i)\b(?:(?:(?:wi-?fi|network|wireless|wpa2?|security)\s+)?(?:key|passphrase)|"
            r"chei(?:a|e)(?:\s+(?:re[țt]elei|wi-?fi))?|ключ(?:\s+(?:сети|wi-?fi))?)"
            r"(?:\s*(?:\bis|\beste|\be|:|=)|\s+[—–-]|(?=\s+[^\s\"'«»]*\d))\s+(?P<hit>[^\s\"'«»]{8,})"
        ),
    ),
]
_PRIVATE_KEY = re.compile(
    r"-----BEGIN (?:[A-Z]+ )*PRIVATE KEY-----[\s\S]*?(?:-----END (?:[A-Z]+ )*PRIVATE KEY-----|\Z)"
)


def _bounded(lookbehind: str, body: str, flags: int = 0) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """`lookbehind + body`, and `body` alone to find its candidate positions: a regex
    that starts with a lookbehind is tried at every position of the draft, one that
    starts with a character class only where that class matches (digits, long runs).
    `scan` runs the full pattern at each candidate: the same matches as `finditer`.
    Only for a pattern whose `Finder` has no shortcut (a run of a broad class): one that
    opens with words or digits (`_URL`, `_IBAN`, `_RU_ACCOUNT`, `_IPV4`) is found faster
    through `finder` (spd27, /tmp/spd27/scans.py on the 9 bench drafts: 171 -> 53 µs a
    draft for those four, the same matches)."""
    return re.compile(lookbehind + body, flags), re.compile(body, flags)


_CANDIDATE, _CANDIDATE_SCAN = _bounded(r"(?<![\w/.@-])", r"[A-Za-z0-9+/_=-]{20,}(?![\w@])")
_LINK = re.compile(r"\b[a-z][a-z0-9+.-]*://[^\s<>\"';]+", re.I)
_PUBLIC_KEY_BEFORE = re.compile(
    r"(?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-nistp\d+|sk-ssh-ed25519@openssh\.com)\s+$|"
    r"-----BEGIN (?:PUBLIC KEY|CERTIFICATE|SSH2 PUBLIC KEY|PGP PUBLIC KEY BLOCK)-----\s*$"
)
_PUBLISHABLE = ("pk_live_", "pk_test_")
_WIFI = re.compile(r"(?i)wi-?fi|wlan|wireless|network|re[țt]ea|сет[ьи]|вай-?фай|router|роутер")
_PUBLIC_WORD = re.compile(r"(?i)public\w*|открыт\w*|публичн\w*\s*$")
# leak25: the network for guests is theirs to use ("our guest Wi-Fi is CafeGuest, key …")
_GUEST = re.compile(
    r"(?i)guest|visitor|customer|oaspe[țt]i|vizitator\w*|clien[țt]\w*|гост\w*|посетител\w*|клиент\w*"
)
_LAST_SENTENCE = re.compile(r"[.!?]\s")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.I)
_IPV4 = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.]*\d)")
_IPV6 = re.compile(
    r"(?i)(?<![\w:])(?:f[cd][0-9a-f]{2}|fe80):(?:[0-9a-f:]*[0-9a-f](?![\w:])|[0-9a-f:]*::(?=/\d))"
)  # "fd12::7", "fdab:1234:5678::/48"
_HOST = re.compile(
    r"(?i)(?<![\w@.-])(?P<hit>(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{1,62})(?::\d+)?(?![\w-])"
)
# A server named without its domain: an infrastructure word, a name, a number
# ("db-replica-03", "srv-facturi01", "sql-prod-02"); not "node-2" or "api-v2".
_BARE_PREFIXES = ("db", "srv", "sql", "pg", "mysql", "mongo", "redis", "cache", "mq", "rabbit",
                  "kafka", "worker", "proxy", "lb", "vm", "fs", "k8s", "host", "server")  # fmt: skip
_BARE_HINTS = tuple(f"{p}-" for p in _BARE_PREFIXES)
_BARE_HOST = re.compile(
    rf"(?i)(?<![\w./@\\-])(?P<hit>(?:{'|'.join(_BARE_PREFIXES)})-[a-z]+(?:-[a-z]+)*-?\d{{1,3}}|"
    # a role before the infrastructure word: "print-srv-02", "billing-db-01"
    rf"[a-z]{{3,}}-(?:{'|'.join(_BARE_PREFIXES)})-\d{{1,3}})(?![\w-]|\.\w)"
)
# leak41 (trainK29): a server named by its environment and role, without a domain
# ("msk-test-app07", "stg-web-03"): not "test-drive-2" or "dev-kit-1" (no role word)
_ENV_HOST = re.compile(
    r"(?i)(?<![\w./@\\-])(?P<hit>(?:[a-z]{2,}-)?(?:test|stg|stage|staging|prod|preprod|dev|qa|uat)-(?:app|web|api|"
    r"db|srv|node|host|vm|box|server|worker|sql|cache|front|back|be|fe)-?\d{1,3})(?![\w-]|\.\w)"
)
_ENV_HINTS = ("test-", "stg-", "stage-", "staging-", "prod-", "dev-", "qa-", "uat-")
# what every `_BARE_HOST` match holds, and every `_HOST` match: where `_hosts` looks
_BARE_WORD = re.compile(rf"(?i)(?:{'|'.join(_BARE_PREFIXES)})-")
_DOT_WORD = re.compile(r"\.(?=\w)")
_DOT_DIGIT = re.compile(r"\.(?=\d)")  # every `_IPV4` match holds one


def _dots(text: str, dot: re.Pattern[str]) -> Iterator[int]:
    """Where `dot` matches: the marks `words.through` looks before."""
    return (d.start() for d in dot.finditer(text))


# a path for staff only on a public host: "https://admin.firma.ro/intern/tichete/88213"
_INTERNAL_PATH = re.compile(
    r"(?i)(?::\d+)?(?:(?:/[^\s/?#]*)*?/(?:internal|intern|intranet|backoffice|back-office|"
    r"staff-only|admin-internal)(?=[/?#\s]|$)|"
    # s36 (trainK38): a record in our operations' or staff's own views ("…/ops/orders/88213")
    r"(?:/[^\s/?#]*)*?/(?:ops|staff|agents?)/(?:orders?|tickets?|customers?|users?|accounts?|cases?)/\d+(?=[/?#\s.,;)]|$)|"
    # an issue in our tracker by its project key: Jira "/browse/BILL-4471", YouTrack
    # "/issue/SUP-2291"; agent-side ticket views of Zendesk ("/agent/tickets/") and
    # Freshdesk ("/a/tickets/"): the customer's side is "/hc/requests/…"
    r"(?:/[^\s/?#]*)*?/(?:browse|issues?|tasks?|tickets?)/(?-i:[A-Z][A-Z0-9]{1,9}-\d+)"
    r"(?=[/?#\s.,;)]|$)|(?:/[^\s/?#]*)*?/(?:agent|a)/tickets/\d+|"
    # a record in our shop's admin: "/admin/sales/order/edit/order_id/55123/",
    # "/wp-admin/post.php?post=4412&action=edit", "/bitrix/admin/sale_order_view.php?ID=8812"
    # (the login page alone, "/admin", is no record; `_ADMIN_YOURS` spares the customer's)
    r"(?:/[^\s/?#]*)*?/(?:admin\w*|wp-admin|administrator|backend|back-end|bitrix/admin)"
    r"[/?][^\s<>\"')]*?(?:\d{3,}|edit|view))"
)
_ADMIN_PATH = re.compile(r"(?i)/(?:admin|wp-admin|administrator|backend|back-end)")
_URL_REST = re.compile(r"[^\s<>\"')]*")
# a login given with the link: "— логин manager2", "user: admin", "utilizator operator1"
_STAFF_LOGIN = re.compile(
    r"(?i)\b(?:login|log-in|user(?:name)?|utilizator\w*)\b\s*[:—–-]?\s*[\w.@-]*\d|"
    r"(?<!\w)(?:логин|пользователь)\s*[:—–-]?\s*[\w.@-]*\d"
)
# "in your store's admin: https://…/admin/orders/4501": the customer's own admin
_ADMIN_YOURS = re.compile(
    r"(?i)\b(?:your|dumneavoastr[ăa]|dvs|ваш\w*|тво\w*)\s+(?:\w+\s+){0,2}?(?:admin\w*|panel\w*|"
    r"dashboard|store|shop|site|account|magazin\w*|panou\w*|cont\w*|админк\w*|панел\w*|магазин\w*|"
    r"сайт\w*|кабинет\w*)|(?:admin\w*|panou\w*|magazin\w*|cont\w*)\S*\s+(?:dumneavoastr[ăa]|dvs)"
)
# "\\\\srv-files01\\reports"; leak29 (heldK16): a share written with one backslash lost
# ("\\nas-birou\\Service\\Garantii") when it has three parts, a host and two folders
# (one "\\Windows\\System32" is a path on the reader's own disk)
_UNC = re.compile(
    r"(?<![\w:\\/])\\(?:\\|(?=[A-Za-z0-9][\w.-]*\\[\w$.-]+\\\w))(?P<hit>[A-Za-z0-9][\w.-]*)\\"
)
_URL = re.compile(r"\bhttps?://(?P<hit>[^\s/:?#]+)", re.I)
_INTERNAL_TLDS = ("internal", "intern", "local", "lan", "corp", "intra", "intranet", "localdomain",
                  "home.arpa", "private", "localhost", "priv", "svc", "svc.cluster.local",
                  "cluster.local", "consul", "vpc", "loc")  # fmt: skip
# First labels of a non-public host. Not "dev" alone: "dev.shop.ro" is as often the
# public developer portal as a dev environment ("dev2.", "app-dev." still are, `_HOSTY`).
_INTERNAL_LABELS = {
    "intranet", "staging", "stage", "qa", "uat", "test-env", "jenkins", "jira",
    "confluence", "grafana", "kibana", "prometheus", "sentry", "gitlab", "admin-internal",
    "backoffice", "back-office", "db", "database", "mysql", "postgres", "redis", "k8s",
    "kubernetes", "internal", "corp", "ldap", "vault", "nexus", "splunk", "elastic", "prod-db",
    # our trackers and CRMs ("crm.firma.ro/…", "tracker.firma.ru/issue/…", "youtrack.acme.io")
    "crm", "tracker", "youtrack", "redmine", "bugzilla", "erp", "bitrix", "amocrm", "helpdesk-admin",
}  # fmt: skip
_INNER_LABELS = {"int", "internal", "intern", "prod", "stg", "staging", "dev", "corp", "intra", "priv", "mgmt",
                 "infra", "svc", "lan", "intranet"}  # fmt: skip
_HOSTY = re.compile(
    r"^(?:db|srv|app|web|api|k8s|node|host|prod|stg|dev|vpn)[-_]?\d+$|-(?:prod|stg|staging|dev|internal|int)\d*$|^(?:prod|stg|staging|uat|preprod|pre-prod)-",
    re.I,
)
# a domain label that calls itself internal ("shopwell-internal", "acme-intranet")
# s36 (trainK38): "-int" too ("vpn2.agrocredit-int.ro"); leak138 (trainK53): "-ops", our operations'
# own domain ("wiki.northbridge-ops.net/display/SUP/…")
_INTERNAL_NAME = re.compile(r"-(?:internal|intranet|intra|int|ops)$")
# "…to ana@x.test, the address on your account": the customer's own, named after it
_YOUR_AFTER = re.compile(
    r"(?i)^[^\n.!?]{0,12}?(?:address|adres\w*|адрес\w*|e-?mail\w*|почт\w*)[^\n.!?]{0,25}?"
    r"(?:\byour\b|dumneavoastră|dumneavoastra|\bdvs\b|\btău\b|\btau\b|\bta\b|ваш\w*|тво\w*)|"
    # ... or named before it, as en and ru put it: "ana@x.test, your own address", "ana@…,
    # со своей почтой вы…" (R5)
    r"^[^\n.!?]{0,12}?(?:\byour(?:\s+own)?|ваш\w*|тво\w*)\s+"
    r"(?:(?:personal|private|e-?mail|личн\w*|электронн\w*)\s+)?(?:address\w*|e-?mail\w*|адрес\w*|почт\w*|ящик\w*)|"
    # "свой" is whoever the sentence's subject is: the reader only with a "вы" or an order
    r"^[^\n.!?]{0,12}?(?<!\w)сво(?:й|ей|ю|его|ему|ём|ем|и|их|им|ими|я|е)\s+(?:(?:личн\w*|электронн\w*)\s+)?"
    r"(?:адрес\w*|почт\w*|ящик\w*)[^\n.!?]{0,30}?(?:(?<!\w)(?:вы|ты)|\w(?:ите|йте))(?!\w)"
)
# Card numbers: 13-19 digits in groups, Luhn-valid, of a card network (2-6 first digit),
# not an order or tracking number named as such just before.
_CARD = re.compile(r"(?<![\w.-])(?:\d[ -]?){12,18}\d(?![\w-])")
# where a `_CARD` match may start: its first 13 digits, each but the last with its optional
# separator, written out (`scan` tries `_CARD` at each). `_CARD`'s own fast form repeats a
# group, which the engine runs as a counted loop at every digit of the draft (spd24: ~50 µs
# a draft with dates, prices and phone numbers); this one is single steps, and finds
# nothing in a draft without 13 such digits in a row
_CARD_AT = re.compile(r"\d" + r"[ -]?\d" * 12)
_NOT_CARD = re.compile(
    r"(?i)(?:order|invoice|tracking|awb|parcel|shipment|ticket|comand\w*|factur\w*|colet\w*|"
    r"заказ\w*|счет\w*|счёт\w*|трек\w*|посылк\w*|№|#|nr\.?|no\.?|"
    # leak17a: a firm's registration number ("ОГРНИП 318774600123456"), public as its name
    r"огрн\w*|инн|кпп|окпо|cui|cif|vat|company\s+(?:number|no\.?|reg\w*)|"
    # leak15: "Tracking number: …", "consignment number is …", "numărul de urmărire este …",
    # «Номер отправления СДЭК: …», «трек-номер …»: the parcel's number, named before it
    r"(?:tracking|parcel|consignment|shipment|awb|waybill|urm[ăa]rire|expedi[țt]ie|colet\w*|посылк\w*|"
    # heldK20: the Romanian article on the acronym ("cu AWB-ul 2271003458812")
    r"отправлени\w*|трек)(?:-(?:ul|ului|urile|le))?(?:-?\s*(?:number|no\.?|nr\.?|num[ăa]r\w*|номер))?"
    r"(?:\s+(?:is|este|e|[A-ZА-ЯЁ]{2,6}))?)[\s:]*$"
)
_IBAN = re.compile(r"(?<![\w])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?(?!\w)")
_YOUR_NEAR = re.compile(
    # "dvs." is an abbreviation, not a sentence end ("adresa dvs. personală ana@…"); "свой"
    # is the reader's own after an order or a "вы" ("со своей почты ana@…") (R5)
    r"(?i)(?:\byour\b|\byou\b|\bta\b|\btău\b|dumneavoastră|\bdvs\b\.?|\bvoastră\b|ваш\w*|\bтво\w*|\bвы\b|\bты\b|"
    r"\b(?:ne|ni\s+l|ni\s+le|mi|mi\s+l)-a[țt]i\b|"  # leak14: "pe care ni l-ați indicat"
    r"(?:(?<!\w)(?:вы|ты)|\w(?:ите|йте))(?!\w)[^\n.!?]{0,30}?(?<!\w)сво(?:й|ей|ю|его|ему|ём|ем|и|их|им|ими|я|е)(?!\w))[^\n.!?]{0,40}$"
)
FILE_EXTENSIONS = ("pdf", "png", "jpg", "jpeg", "gif", "doc", "docx", "xls", "xlsx", "csv", "txt",
                   "zip", "html", "htm", "php", "eml", "json", "xml", "exe", "msi", "dmg", "apk")  # fmt: skip


_NO_SECRETS_ADVICE = "A password in a reply: never send one; send a reset link (R5)."


def entropy(text: str) -> float:
    """Shannon entropy in bits per character."""
    counts = Counter(text)
    n = len(text)
    return -sum(c / n * math.log2(c / n) for c in counts.values())


def _looks_secret(word: str) -> bool:
    """A random-looking string: long, mixed classes, high entropy; not a UUID, path or
    plain word (order numbers and tracking codes are shorter or single-class)."""
    if _UUID.match(word) or word.isalpha() or word.isdigit():
        return False
    classes = sum(
        (
            any(c.islower() for c in word),
            any(c.isupper() for c in word),
            any(c.isdigit() for c in word),
        )
    )
    if classes < 2:
        return False
    return entropy(word) >= (3.5 if len(word) < 32 else 3.2)


# A strong-looking secret within three words of a password word: "set the password
# to Welcome#2025", "parola contului la Bine#2025".
_LEAD = re.compile(rf"(?i)\b{_LEAD_WORDS}\b")
_NEXT_WORDS = re.compile(r"[^\s\w]*\w\S*")  # a lone ";" or "—" is no word
# s43: one or two words of whose it is, then 4-8 digits that are not a count, a sum, a phone
# or a date ("parola de 6 cifre", "PIN 0800 123 456", "пароль с 2019"), nor a record's number
# ("the password for account 10023456", «пароль от заказа 58231»)
_WHOSE_PIN = re.compile(
    r"(?i)(?:\s+(?!(?:for|of|on|in|to|from|with|by|at|order|account|ticket|case|booking|invoice|number|"
    r"pentru|din|la|comand\w*|cont\w*|dosar\w*|factur\w*|заказ\w*|сч[её]т\w*|договор\w*|номер\w*|для|от|по|на)\b)"
    r"[^\W\d_]{3,20}){1,2}\s+(?P<v>\d{4,8})(?![\d.,:/-]\d|\s*\d|\s*(?:digits?|cifre|цифр\w*|"
    r"characters|caractere|символ\w*|lei|ron|eur|руб\w*|₽|€|£|\$))(?!\w)"
)
_YEAR = re.compile(r"(?:19|20)\d\d")
# A user name and password written as a pair after a login word or a sign-in verb ("log
# into it with admin / Lh-Router2026!", "conectați-vă cu root / X", "войдите под admin /
# X"); the login word may be the user name itself ("admin / Str0ngPass99"), then only
# after a slash or bar ("Login: Ana2024" names a user, not a password).
_CREDENTIAL_PAIR = re.compile(
    r"(?i)\b(?:login|log-in|admin|root|user\w*|credentials|accounts?|логин\w*|доступ\w*|уч[её]тн\w*|уч[её]тк\w*|"
    r"utilizator\w*|administrator|autentificare|logare|cont(?:ul|ului)?|acces\w*|date de acces|"
    r"log\s+(?:in|on)(?:to)?|sign\s+in(?:to)?|conecta\w*|autentifica\w*|loga\w*|войд\w*|зайд\w*|"
    r"заход\w*|авториз\w*|вход(?!ящ)\w*|"
    # s38 (trainK40): a network and its key as a pair ("use the staff network, WF-Staff / Pennine2024")
    r"wi-?fi|network|wlan|re[țt]e(?:a|aua|lei)|сет[ьиюе]|вай-?фай)\b(?:[^\n]{0,40}?[\w.@-]{2,40}\s*[/:|]|\s*[/|])\s*"
    r"(?P<hit>[^\s/]{6,})"
)

_CLAUSE = re.compile(r"(?:[^\n.!?]|[.!?](?=\S)){0,120}")  # "Qwerty!234" goes on
_DASH_VALUE = re.compile(r"(?:[:—–]|\s-|\s(?:is|was|este|e|era|это|был|была|будет))\s+(\S{6,})")
_PAIR_TAIL = re.compile(r"[\w.@-]{2,40}\s*[/|]\s*(?P<hit>[^\s/]{6,})")
# pol59 (trainP26): a reference the customer quotes back, after a login word of an earlier
# clause ("You'll keep access until 30 June. Reference: CAN-77310"): the label names the
# value, and a reference is no password
_REFERENCE_LABEL = re.compile(
    r"(?i)\b(?:ref(?:erence)?|order|booking|ticket|case|invoice|tracking|confirmation|claim|"
    r"receipt|referin[țţt][aă]|comenzii|comanda|comandă|rezerv[aă]rii|rezervare|facturii|factura|"
    r"dosarului|dosar|заказа?|заявки|заявка|обращения|брони|бронь|квитанции|квитанция)"
    r"\.?(?:\s*(?:no\.?|number|nr\.?|num[aă]r|номер|#|№))?\s*:\s*$"
)

_HEX = re.compile(r"[0-9a-f]{7,64}|[0-9A-F]{7,64}")
_HASH_WORD = re.compile(
    r"(?i)\b(?:commit|revision|rev|hash|sha-?(?:1|256|512)?|md5|checksum|digest|build|версия|коммит|хеш|хэш)\b"
)


def _in_path(text: str, at: int) -> bool:
    """Whether the word at `at` is part of a URL, path or file name ("reset-password")."""
    return at > 0 and text[at - 1] in "/-_.=#?&+"  # leak16: "?q=reset+password&lang=en"


# leak16: a sign-in link named as such ("Linkul de conectare: https://app/autentificare?next=
# %2Fcomenzi", "ссылка для входа: https://…/login?next=…"): its path is no password
_SIGN_IN = re.compile(r"(?i)log|sign|conect|autentific|вход|войд|зайд|заход|авториз")


def _sign_in_link(text: str, m: re.Match[str], at: int) -> bool:
    """Whether the pair's value at `at` is the path or query of a link after a sign-in
    word (not its user:password part; an "admin" or "account" link may be internal)."""
    lo = max(text.rfind(" ", 0, at), text.rfind("\n", 0, at)) + 1
    scheme = text.find("://", lo, at)
    return scheme >= 0 and "@" not in text[scheme:at] and bool(_SIGN_IN.match(m.group()))


def _strong(value: str) -> bool:
    """Letters and digits and a symbol or mixed case: how passwords look."""
    v = value.rstrip(".,;!?)")
    letters = any(c.isalpha() for c in v)
    digits = any(c.isdigit() for c in v)
    symbols = any(not c.isalnum() for c in v)
    mixed = any(c.isupper() for c in v) and any(c.islower() for c in v)
    if _MEASURE.fullmatch(v):
        return False  # "a 24-hour hold", "30-day", "5-minute", "12-lunar": a length of time
    return letters and digits and (symbols or mixed) and "@" not in v and "://" not in v


# a number and its lowercase unit, hyphened: "24-hour", "30-day", "3-lunar", "24-часовой"
_MEASURE = re.compile(r"\d+(?:[.,]\d+)?-[^\W\d_A-ZĂÂÎȘȚА-ЯЁ]+")


_HYPHENED_WORD = re.compile(r"[^\W\d_A-ZĂÂÎȘȚА-ЯЁ]+(?:-[^\W\d_A-ZĂÂÎȘȚА-ЯЁ]+)+")


_CLOSES_SLOT = re.compile(r"<[^<>\n]{1,40}>")
_DEFAULT_WORD = re.compile(r"(?i)(?:по\s+)?умолчанию|default|implicit[ăa]?|din\s+fabric[ăa]")


def _password_value(m: re.Match[str]) -> bool:
    if m.group("hit").endswith(":"):
        return False  # "parolă nouă:": a label, the value (if any) follows
    value = m.group("hit").split(";", 1)[0].rstrip(".,;!?)")
    if value.startswith("//"):
        return False  # "PASSWORD https://…": the colon was the link's, not a label's
    if placeholder(value):
        return False  # "Password=<password>;", "ПАРОЛЬ", "********": the slot, not a value
    if value.startswith("<") and _CLOSES_SLOT.match(m.string, m.start("hit")):
        return False  # pol30b (blind43): "Password: <your password>", «<ваш пароль>»
    if _DEFAULT_WORD.fullmatch(value):
        return False  # leak30: «пароль по умолчанию указан на наклейке»: which one, not its value
    text = m.string
    if maker_default(text, max(0, m.start() - 25), m.start("hit"), m.end()):
        return False  # the maker's default with "change it" (leakfinding.maker_default)
    if value.lower().strip(".,") in _COMMON_WORDS or len(value) < 4 or "://" in value:
        return False  # "reset your password here: https://…": a link, not a password
    glue = m.group("glue")
    if _EXAMPLE.search(glue):
        return False  # "passwords like P@ssw0rd": an example
    quoted = bool(m.group("q"))
    has_colon = ":" in glue or "=" in glue
    if not has_colon and not quoted and _HYPHENED_WORD.fullmatch(value):
        # "parola schimbați-o", "parolă nouă — răspundeți-mi", "password self-service":
        # words, not a value (after a colon, "correct-horse-battery" still is one)
        return False
    symbolic = (
        any(c.isdigit() for c in value)
        or any(not c.isalnum() for c in value)
        or (any(c.isupper() for c in value[1:]) and any(c.islower() for c in value))
    )
    if symbolic or quoted:
        return True
    if not glue.strip():
        return False  # "password reset": a bare word after it is no value
    # "password: hunter" on its own: a value, unless a sentence goes on after it
    # ("…from the sign-in page: choose "Forgot password?"")
    # ("Temporary password: bluefish – change it at first login": a dash aside after it)
    rest = m.string[m.end() : m.end() + 12]
    return has_colon and bool(re.match(r"\s*(?:$|[\n.;,!?)])|\s+[-–—]\s", rest))


def _private_ip(text: str) -> bool:
    """Addresses of a private network (RFC 1918, shared 100.64/10, loopback, link-local,
    unique-local fc00::/7): ours. Not the documentation ranges (203.0.113.0/24 and
    friends, which `is_private` includes) nor reserved ones: nobody's network."""
    try:
        ip = ipaddress.ip_address(text)
    except ValueError:
        return False
    return any(ip in net for net in _PRIVATE_NETS if net.version == ip.version)


_CGNAT = ipaddress.ip_network("100.64.0.0/10")
_PRIVATE_NETS = tuple(
    ipaddress.ip_network(n)
    for n in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10", "127.0.0.0/8",
              "169.254.0.0/16", "fc00::/7", "fe80::/10", "::1/128")
)  # fmt: skip


_ROUTER = re.compile(
    r"(?i)router|modem|роутер|маршрутизатор|модем|wi-?fi|home network|rețeaua ta|reteaua ta|домашн|"
    r"printer|imprimant|принтер"
)
# pol79 (trainK48): a camera at a home address, its factory one («Чтобы зайти в настройки камеры, откройте
# в браузере 192.168.1.64»); a building's recorder on 10.20.3.14 is ours
_CAMERA = re.compile(r"(?i)camera|camer[ăaei]|камер|видеорегистратор|\bnvr\b|\bdvr\b")
_HOME_GATEWAYS = {"192.168.0.1", "192.168.1.1", "192.168.1.254", "192.168.0.254", "10.0.0.138"}


# whose thing is named just before: "your server's private address, 10.0.0.5",
# "serverului dumneavoastră", "вашего сервера" — against "our side of the tunnel is …"
_YOURS_WORD = re.compile(
    r"(?i)\b(?:your|yours|dumneavoastr[ăa]|dvs|ta|t[ăa]u|tale|vostru|voastr[ăa]|ваш\w*|тво\w*)\b"
)
_ADDRESS_WORD = re.compile(r"(?i)\b(?:address|ip|adres\w*|ip-ul|адрес\w*|ip-адрес\w*)\b")
_OURS_WORD = re.compile(rf"(?i)\b(?:{OUR_WORDS}|we|мы)\b")


# s39 (trainK41): a public address said to be where an account connects from ("it's logging in
# from 86.14.203.77", „se loghează de pe IP-ul 86.…", «заходит с IP 86.…»); the customer's own
# ("you're connecting from …", «вы заходите с …») is theirs
_CONNECTS_FROM = re.compile(
    r"(?i)\b(?:log(?:s|ging|ged)?\s+in\s+from|connect(?:s|ing|ed)\s+from|(?:his|her|their)\s+ip(?:\s+address)?(?:\s+is)?|"
    r"se\s+(?:logheaz[ăa]|conecteaz[ăa])\s+de\s+pe|ip-ul\s+(?:lui|ei|contului))\b|"
    r"(?<!\w)(?:заходит|заходил\w*|подключа\w*|входит|входил\w*)\s+с(?:\s+ip)?|ip(?:-адрес)?\s+(?:его|её|ее|аккаунта)(?!\w)"
)


def _someone_connects(text: str, ip: re.Match[str]) -> bool:
    """s39 (trainK41): a public address said to be where someone connects from ("the account
    harassing you … is logging in from 86.14.203.77"), unless the verb's own subject is the
    reader ("you're logging in from", «ты подключаешься с»): "which messaged you" earlier in
    the sentence does not make the address theirs."""
    lo = max(sentence_start(text, ip.start()), ip.start() - 40)
    connects = _CONNECTS_FROM.search(text, lo, ip.start())
    return connects is not None and not SECOND_PERSON.search(
        text, max(lo, connects.start() - 12), ip.start()
    )


def _theirs(text: str, at: int) -> bool:
    """Whether the address at `at` is named as the customer's: an address word and
    "your" just before it, with no "our" nearer ("your server's private address,
    10.0.0.5"; not "the error in your log, … 172.17.0.3, was our container")."""
    sentence = text[max(sentence_start(text, at), at - 60) : at]
    if not _ADDRESS_WORD.search(sentence):
        return False
    yours = [w.end() for w in _YOURS_WORD.finditer(sentence)]
    ours = [w.end() for w in _OURS_WORD.finditer(sentence)]
    return (
        bool(yours) and (not ours or yours[-1] > ours[-1]) and not finder(RELATION).search(sentence)
    )


_OUR_POSSESSIVE = re.compile(r"(?i)\b(?:our|ours|nostr\w*|noastr\w*|наш\w*)\b")


def _ours_before(text: str, at: int) -> bool:
    """Whether the sentence before `at` names the thing as ours ("the router in our
    office", "routerul din biroul nostru", "роутер в нашем офисе") with no "your" after
    that: a router then is no help to the customer's home network but our network."""
    sentence = text[max(sentence_start(text, at), at - 80) : at]
    ours = [w.end() for w in _OUR_POSSESSIVE.finditer(sentence)]
    yours = [w.end() for w in finder(_YOURS_WORD).finditer(sentence)]
    return bool(ours) and (not yours or ours[-1] > yours[-1])


# our server named beside an address: "ping 192.168.40.12 (print-srv-02)", and a sentence
# after it that places it with us: "That's the box behind our Manchester office",
# "E serverul din spatele biroului nostru", "Это сервер в нашем офисе"
_SERVER_NAME_AFTER = re.compile(r"(?i)\s*\(?(?:[a-z][a-z0-9]*-)+[a-z]*\d{1,3}\b")
_OUR_PLACE = re.compile(
    r"(?i)\b(?:our|nostr\w*|noastr\w*|наш\w*)\s+(?:\w+\s+)?(?:office|server|box|network|"
    r"datacent\w*|data\s+cent\w*|birou\w*|server\w*|re[țt]e\w*|офис\w*|сервер\w*|сет\w*)"
    r"|\b(?:birou\w*|server\w*|re[țt]e\w*)\s+(?:\w+\s+)?(?:nostr\w*|noastr\w*)"
)


def _ours_after(text: str, end: int) -> bool:
    """Whether the address ending at `end` is named as our server: a host name right
    after it ("(print-srv-02)") or "our office/server" in the next 120 characters. A
    printer or office named near a 192.168 address is then ours, not the customer's
    home network (R5)."""
    if _SERVER_NAME_AFTER.match(text, end):
        return True
    return bool(finder(_OUR_PLACE).search(text, end, end + 120))


# leak14: a server named right before the address, nobody's said ("from the management
# server at 10.42.17.8", "serverul de tipărire de la 192.168.10.25"): ours, even beside the
# customer's router; "your print server at …" stays theirs
_SERVER_BEFORE = re.compile(
    r"(?i)(?:\bservers?|\bserver(?:ul|ului|ele)|(?<!\w)сервер\w*)\b[^,.;:!?\n]{0,20}$"
)


def _server_before(text: str, at: int) -> bool:
    server = finder(_SERVER_BEFORE).search(text, max(0, at - 50), at)
    return server is not None and not _YOURS_WORD.search(text, max(0, server.start() - 30), at)


def _home_router(text: str, at: int, ip: str) -> bool:
    """The customer's own router ("open 192.168.1.1 in your browser") or a device on
    their home network ("give the printer 192.168.1.50 in your router"): their
    network, not ours, so naming it is help, not a leak. A 192.168 address is a home
    one when their router or devices are named anywhere around it."""
    if ip in _HOME_GATEWAYS:
        return True
    if _ours_before(text, at) or _ours_after(text, at + len(ip)) or _server_before(text, at):
        return False  # "the router in our office is at 10.20.0.1", "routerul nostru": ours
    if finder(_ROUTER).search(text[max(0, at - 80) : at]):
        return True
    around = text[max(0, at - 160) : at + 80]
    return ip.startswith("192.168.") and bool(_ROUTER.search(around) or _CAMERA.search(around))


# Hosted CRMs: every page of them is for staff ("firma.amocrm.ru/leads/…")
_CRM_DOMAINS = ("amocrm.ru", "amocrm.com", "kommo.com", "lightning.force.com",
                "my.salesforce.com", "pipedrive.com", "app.hubspot.com", "retailcrm.ru")  # fmt: skip


# a last label no registry hands out, named for a private namespace ("acme-int", "firma-lan")
_PRIVATE_SUFFIX = re.compile(
    r"(?i)^(?!xn--)[a-z0-9-]+-(?:int|internal|intern|corp|lan|local|intra|intranet|priv)$"
)


# leak14: a role-named server as a host's first label ("db-master-01.", "srv-files-02.")
_ROLE_SERVER = re.compile(rf"(?i)(?:{'|'.join(_BARE_PREFIXES)})-[a-z]+(?:-[a-z]+)*-?\d{{1,3}}$")


# A loopback address ("localhost", 127.0.0.1, ::1) names whatever machine reads it: on the
# customer's side, their own ("open http://127.0.0.1:8080/setup in a browser on the same
# machine", «Локально программа слушает http://127.0.0.1:8080»). It is read as ours only
# where the sentence says so ("Our billing admin is at http://localhost:8443 on the ops
# box", „Panoul nostru…", «Наша админка…») (R5). Until pol31 (trainK21) the draft had to
# say "locally" or "listens" for it to be theirs, and every loopback address without "our"
# in the labelled sets was in a clean look-alike (five, three writers).
_LOOPBACK = re.compile(r"(?i)^(?:localhost|127(?:\.\d{1,3}){3}|::1)$")
_OURS_NEAR = re.compile(rf"(?i)(?<!\w)(?:{OUR_WORDS}|ops)(?!\w)")


def _loopback_theirs(text: str, start: int, host: str) -> bool:
    if not _LOOPBACK.match(host):
        return False
    lo = sentence_start(text, start)
    end = SENTENCE_END.search(text, start)
    return not _OURS_NEAR.search(text, lo, end.start() if end else len(text))


_ENV_PART = re.compile(r"(?:^|-)(?:prod|stg|staging|dev|db|crm|srv|app|api|node)(?:-|\d|$)")


def _internal_host(host: str, known: Known) -> bool:
    h = host.lower().rstrip(".")
    if any(h == d or h.endswith("." + d) for d in _CRM_DOMAINS):
        return True
    if h == "localhost" or any(h == t or h.endswith("." + t) for t in _INTERNAL_TLDS):
        return True
    if any(h == d or h.endswith("." + d) for d in known.internal_domains):
        return True
    labels = h.split(".")
    if labels[-1] == "int" and len(labels) == 2 and _ENV_PART.search(labels[0]):
        return True  # pol30b (blind43): "crm-prod-msk-02.int": ours, not a treaty body's site
    if _PRIVATE_SUFFIX.search(labels[-1]):
        return True  # "….prod.acme-int", "….firma-corp": our own namespace, no public TLD
    if any(yours_label(lb) for lb in labels[:-1]):
        return False  # "db.yourcompany.com", "db.firma-ta.ro": the customer's, by example
    if any(_INTERNAL_NAME.search(lb) for lb in labels[:-1]):
        return True  # leak33 (trainK24): "admin.shopwell-internal.net": named ours-only
    if len(labels) < 3 and not _HOSTY.search(labels[0]):
        return False  # "example.com": a public site
    if labels[0] in _INTERNAL_LABELS or _HOSTY.search(labels[0]) or _ROLE_SERVER.match(labels[0]):
        return True
    # an environment label between the host and the domain ("app-billing-03.prod.int.x.ru")
    return any(label in _INNER_LABELS for label in labels[1:-2])


# Cheap substring tests before each costly regex: most drafts name no password, key or
# login, and skipping those regexes keeps a lint within its few milliseconds.
_PASSWORD_HINTS = ("pass", "pw", "p/w", "pin", "parol", "парол", "пасс", "пин")
_SECRET_HINTS = ("secret", "секрет")
_SECRET_LEAD = re.compile(r"(?i)\b(?:secret\w*|секрет\w*)(?!\w)")
_LOGIN_HINTS = ("login", "log-in", "admin", "user", "credential", "account", "логин", "доступ",
                "учетн", "учётн", "учетк", "учётк", "utilizator", "autentific", "logare", "cont", "acces",
                "root", "log in", "log on", "sign in", "conecta", "loga", "войд", "зайд", "заход", "авториз",
                "вход", "wifi", "wi-fi", "network", "wlan", "rețea", "retea", "сет", "вай")  # fmt: skip
# a log-in verb, then "with"/"using"/"cu"/«с» and the value itself (the loop in find_leaks)
_LOG_IN_WITH = re.compile(
    r"(?i)\b(?:log(?:ging)?\s*(?:in|on)|sign(?:ing)?\s*in|ssh\s+in(?:to)?|connect(?:ing)?\s+as\s+\w+|autentifica\w*|conecta\w*|loga\w*|intra[țt]i|"
    r"intr[ăa]|войд\w*|войти|заход\w*|зайд\w*|входи\w*|авторизу\w*)\s+(?:\w+\s+){0,3}?"
    r"(?:with|using|via|cu|с|по)\s+(?:(?:the\s+)?(?:temporary\s+|temp\s+|new\s+)?(?:password|pass)\s+|"
    r"(?:parola\s+)?(?:temporar[ăa]\s+)?|(?:временн\w+\s+)?(?:парол\w+\s+)?)"
    r"[\"'«„]?(?P<hit>[^\s\"'«»„”]{6,40})"
)
# trainK37: "you can SSH in as root with Tr0ut-fence-88", "connect as admin using …" (not
# "connect using WireGuard2024 client": a product)
_LOG_IN_HINTS = ("log in", "login", "log on", "logging", "sign in", "signin", "signing", "ssh in", "connect", "autentific",
                 "conecta", "loga", "intrați", "intrati", "intră", "intra ", "войд", "войти", "заход",
                 "зайд", "входи", "авториз")  # fmt: skip
_TOKEN_HINTS = (
    ("AKIA", "ASIA"), ("gh", "github_pat_"), ("xox",), ("_live_", "_test_"), ("sk-",), ("AIza",),
    ("SG.",), ("glpat-", "gldt-", "glrt-", "glptt-", "glcbt-", "npm_"),
    ("eyJ",), ("earer", "asic", "oken", "OKEN", "pi-key", "pikey", "PI-KEY", "pi-Key"), ("=",), ("=",), ("-u", "--user"), ("slack.com",), ("hooks.slack", "webhook"), ("://",), ("://",), ("://",), ("key", "token", "secret", "ключ", "токен", "cheie", "KEY",
    "TOKEN", "Token", "Key", "Secret", "Ключ", "Токен", "Cheie"), ("key", "Key", "KEY", "passphrase", "chei", "Chei", "ключ", "Ключ"),
)  # fmt: skip


_TOKEN_WORDS = Substrings(h for hints in _TOKEN_HINTS for h in hints)
# the patterns whose every match opens with a link's scheme ("\\b[a-z][a-z0-9+.-]*://"):
# `leakfinding.led_by` finds their matches
_SCHEME_LED = frozenset({"credentials in a URL", "key in a link"})


def _starts(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """The match of `pattern` at every position where it matches, overlaps included."""
    out = []
    search = finder(pattern).search  # the pattern's own matches, found faster
    m = search(text)
    while m is not None:
        out.append(m)
        m = search(text, m.start() + 1)
    return out


def _at(
    pattern: re.Pattern[str], starts: list[re.Match[str]], text: str
) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` for a pattern that can only match (non-empty) where one
    of `starts` does: tried at those positions only, non-overlapping as finditer is."""
    pos = 0
    for start in starts:
        if start.start() < pos:
            continue
        m = start if start.re is pattern else pattern.match(text, start.start())
        if m is not None:
            yield m
            pos = m.end()


_URL_PARTS = re.compile(
    r"^[a-z][\w+.-]*://(?:(?P<user>[^\s/:@]*)(?::(?P<pw>[^\s/@]*))?@)?(?P<host>[^\s/:?#;]*)", re.I
)


# `_IPV6` matches open with "fc", "fd" (unique local) or "fe80" (link-local), any case
_IPV6_HINTS = ("fc", "fd", "fe80")


def _digit_dot_digit(text: str) -> bool:
    """Whether a "." stands between two digits somewhere (`\\d` is a decimal digit, as
    `str.isdecimal`): every IPv4 address has three, most drafts none. A look at each dot,
    where the IPv4 regex tests every digit of the draft."""
    at = text.find(".", 1)
    while 0 < at < len(text) - 1:
        if text[at - 1].isdecimal() and text[at + 1].isdecimal():
            return True
        at = text.find(".", at + 1)
    return False


def _filled_in(label: str, value: str) -> bool:
    """Whether the token-shaped `value` only shows the format ("X-Api-Key: YOUR_API_KEY",
    "postgresql://USERNAME:PASSWORD@HOST/db", "ghp_xxxxxxxx…"): no secret in it (R5)."""
    if label == "login on a command line":
        return placeholder(value)
    if label == "key in a link":  # "https://user@host": a name; "https://3f9a…@host": a key
        return not _looks_secret(value)
    if label == "network key":
        return placeholder(value)
    if label == "bearer token":
        # s37 (heldK33): "Bearer sk_test_XXXXXXXX": the value after the scheme word
        return filled_slot(value.split()[-1].strip("\"'"))
    if label == "webhook URL":  # ".../T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX": the docs'
        return placeholder(value.rstrip("/").rsplit("/", 1)[-1])
    if label in ("credentials in a URL", "database connection string"):
        parts = _URL_PARTS.match(value)
        if parts is None:
            return False
        pw, host = parts.group("pw"), parts.group("host")
        if pw:  # a password in it: a leak unless it is a slot ("<parola>", "PASSWORD")
            return placeholder(pw)
        return placeholder(host) or placeholder(parts.group("user") or "x")
    return filled_slot(value)  # "your-api-key-here", "sk_live_xxxxxxxx"


def _plain(label: str, m: re.Match[str], links: list[tuple[int, int]]) -> bool:
    """No value after the key word: one plain word ("ключ API:\nAuthorization", the name
    of the next header or field), a "token=" inside a link (a reset or sign-in link,
    the customer's own: "signed link" judges links), or, for a network key, anything
    that does not look like a password, or a "key" with no network named before it
    ("our public key: ssh-ed25519 …")."""
    if label not in ("key or token", "network key"):
        return False
    value, at = m.group("hit"), m.start()
    if label == "key or token":
        return value.isalpha() or any(ls <= at < le for ls, le in links)
    before = m.string[max(0, at - 100) : at]
    if not _strong(value):
        # leak25: a network named before it ("network GymStaff_5G, key is squats4days"):
        # letters and digits are enough, a staff Wi-Fi key is no less a key
        v = value.rstrip(".,;!?)")
        return not (
            _WIFI.search(before)
            and any(c.isalpha() for c in v)
            and any(c.isdigit() for c in v)
            and not _MEASURE.fullmatch(v)
            and not _PUBLIC_WORD.search(before[-12:])
            and not _GUEST.search(_LAST_SENTENCE.split(before)[-1])  # the guest network's
        )
    named = re.match(
        r"(?i)(?:wi-?fi|network|wireless|wpa|security)|\S+\s+(?:re[țt]elei|сети|wi)", m.group()
    )
    return not named and (not _WIFI.search(before) or bool(_PUBLIC_WORD.search(before[-12:])))


# a path whose every part is a lowercase word or a number (pol43, trainP16: the folder where a
# customer's hacked site keeps its uploads): a place, not a secret's random characters
_PLAIN_PATH = re.compile(
    r"/?(?:[a-z]+|\d{1,4})(?:[-_.](?:[a-z]+|\d{1,4}))*(?:/(?:[a-z]+|\d{1,4})(?:[-_.](?:[a-z]+|\d{1,4}))*)+/?"
)


# s37 (heldK28, trainK35): the guest Wi-Fi's password, handed to a guest ("The guest network is
# Harbour-Guest and the password is seaview2024", „Rețeaua pentru oaspeți e „Aurora-Guest”,
# parola e sinaia2024", «Гостевая сеть — «Volga-Guest», пароль volga2024»): printed on a card for
# every guest; the staff or admin network's stays a secret
_GUEST_NETWORK = re.compile(
    r"(?i)\bguest\s+(?:network|wi-?fi|wifi|wireless)|\b(?:network|wi-?fi)\s+for\s+guests|"
    r"\bre[țt]eaua?\s+(?:de\s+)?(?:wi-?fi\s+)?pentru\s+oaspe[țt]i|\bwi-?fi\s+(?:-ul\s+)?pentru\s+oaspe[țt]i|"
    r"(?<!\w)(?:гостев\w+\s+(?:сет\w*|wi-?fi|вай-?фай)|wi-?fi\s+для\s+гостей)(?!\w)|\w-guest\b"
)
# another network between the guest one and the password: the staff's, the office's, or one the
# guest is told to switch to ("if the guest Wi-Fi is slow, connect to «Staff_Hotel», password …")
_OTHER_NETWORK = re.compile(
    r"(?i)admin|staff|employee|office|personal|recep[țt]i|angaja|router|"
    r"connect\s+to|switch\s+to|use\s+(?:the|our)|conecta[țt]i|folosi[țt]i|"
    r"персонал|сотрудник|администрат|служебн|офисн|подключ|используйте"
)


# ... and printed for every guest ("also on the card in your room", „pe cartonașul din cameră",
# «на карточке в номере», «напечатан внизу чека»): "Guest Wi-Fi password is Hive-Members-8841"
# with no such word stays a leak (blind13)
_PRINTED = re.compile(
    r"(?i)\bon\s+the\s+(?:card|receipt|sign|board|menu|back)|\bin\s+your\s+room|\bat\s+(?:the\s+)?reception|"
    r"\bprinted|cartona[șs]\w*|\bcard(?:ul)?\s+de\s+camer|\brecep[țt]i\w*|\bafi[șs]at\w*|"
    r"(?<!\w)(?:карточк\w*|напечатан\w*|у\s+стойки|на\s+стойке|на\s+ресепшн\w*|в\s+(?:вашем\s+)?номере)(?!\w)"
)


def _guest_network(text: str, at: int) -> bool:
    """Whether the password at `at` is the guest network's: named in its sentence or the
    one before, with no other network named between them, and printed for every guest."""
    before = text[max(0, at - 140) : at]
    ends = [m.end() for m in _GUEST_NETWORK.finditer(before)]
    return (
        bool(ends)
        and not _OTHER_NETWORK.search(before, ends[-1])
        and _PRINTED.search(text) is not None
    )


# leak173 (trainK66's en/ro-yo048): a passphrase of whole words shown as the shape a new
# password may take ("something like 'Blue-Kettle-Harbour-42' works well, but please don't use
# that exact example", „Ceva de genul «Ceainic-Albastru-Munte-42»"): words joined by hyphens, a
# number at most at the end, after "like", "de genul", «например». The same words handed over
# as a password ("the Wi-Fi password is Blue-Kettle-42") are the password families' (R5).
_PASSPHRASE = re.compile(r"[^\W\d_]{3,}(?:-[^\W\d_]{3,})+(?:-\d{1,4})?")


def _sample_passphrase(text: str, start: int, word: str) -> bool:
    return bool(_PASSPHRASE.fullmatch(word)) and bool(
        _EXAMPLE.search(text, max(0, start - 30), start)
    )


def find_leaks(text: str, known: Known) -> Iterator[Leak]:
    """Every confidentiality problem in `text`, in no particular order."""
    found: set[int] = set()
    low = lowered(text)
    # every position a lead word ("password", "parola") starts at, found in one pass:
    # `_PASSWORD` starts with the same words, so it is tried only there, and the
    # lead-word loop below takes its matches from the same list
    leads = _starts(_LEAD, text) if has_any(low, _PASSWORD_HINTS) else []
    for m in _at(_PASSWORD, leads, text):
        if _in_path(text, m.start()):
            continue  # ".../resetare-parola — spune-mi": a word of a link, not a label
        if _password_value(m) and not _guest_network(text, m.start("hit")):
            s, e = m.span("hit")
            found.add(s)
            yield Leak("password", s, e, _NO_SECRETS_ADVICE)
    for m in finder(_CREDENTIAL_PAIR).finditer(text) if has_any(low, _LOGIN_HINTS) else ():
        if not _strong(m.group("hit")):  # "contul echipei: suport.echipa / Parola2026!"
            m = _PAIR_TAIL.search(text, m.start("hit"), m.start("hit") + 60) or m
        s, e = m.span("hit")  # "admin / Str0ngPass99"
        e = s + len(m.group("hit").rstrip(",;"))  # "root / Bir0u#2026, then": not the comma
        if _REFERENCE_LABEL.search(text, max(m.start(), s - 30), s):
            continue
        if (
            s not in found
            and _strong(m.group("hit"))
            and not _sign_in_link(text, m, s)
            and not _guest_network(text, s)
        ):
            found.add(s)
            yield Leak("password", s, e, _NO_SECRETS_ADVICE)
    for lead in _at(_LEAD, leads, text):
        if _in_path(text, lead.start()) or _guest_network(text, lead.start()):
            continue
        near = False
        for i, w in enumerate(_NEXT_WORDS.finditer(text, lead.end(), lead.end() + 80)):
            if i >= 6:  # "parola contului de administrare este X"
                break
            if w.start() not in found and len(w.group()) >= 6 and _strong(w.group()):
                if _EXAMPLE.search(text, lead.end(), w.start()):
                    break  # "parole de tipul Parola123!": an example
                found.add(w.start())
                end = w.start() + len(w.group().rstrip(".,;!?)"))
                yield Leak("password", w.start(), end, _NO_SECRETS_ADVICE)
                near = True
                break
        # s43 (trainK45): a PIN of digits after whose it is («введите пароль администратора
        # 830415», "the PIN for the safe 4471"): `_PASSWORD` wants an "is" or a colon there
        pin = None if near else _WHOSE_PIN.match(text, lead.end())
        if (
            pin
            and pin.start("v") not in found
            and not _YEAR.fullmatch(pin.group("v"))
            and not FACTORY.search(pin.group())  # "codul PIN implicit 0000": the maker's
            and not maker_default(text, max(0, lead.start() - 25), pin.start("v"), pin.end("v"))
        ):
            found.add(pin.start("v"))
            near = True
            yield Leak("password", *pin.span("v"), _NO_SECRETS_ADVICE)
        # "пароль тот же, что и в прошлый раз — Qwerty!234": the value after a dash or
        # colon later in the same sentence
        clause = None if near else _CLAUSE.match(text, lead.end())
        value = _DASH_VALUE.search(clause.group()) if clause else None
        if (
            value
            and _strong(value.group(1))
            and lead.end() + value.start(1) not in found
            and not _EXAMPLE.search(clause.group(), 0, value.start(1))
        ):
            at = lead.end() + value.start(1)
            found.add(at)
            end = at + len(value.group(1).rstrip(".,;!?)"))
            yield Leak("password", at, end, _NO_SECRETS_ADVICE)
    # leak41 (trainK30): a strong value within three words of "secret" ("signed with HS256
    # and the secret k9#pLx!vQ2-acme-prod"): the key-or-token pattern wants an "is" or a
    # colon and URL-safe characters, and a signing secret said in passing has neither
    for lead in finder(_SECRET_LEAD).finditer(text) if has_any(low, _SECRET_HINTS) else ():
        if text.startswith("=", lead.end()):
            continue  # "secret=…": the key-or-token pattern's, named as a token
        for i, w in enumerate(_NEXT_WORDS.finditer(text, lead.end(), lead.end() + 60)):
            value = w.group().rstrip(".,;!?)»\"'")
            if i >= 3 or w.start() in found:
                break
            if len(value) >= 8 and _strong(value) and not placeholder(value):
                found.add(w.start())
                yield Leak("password", w.start(), w.start() + len(value), _NO_SECRETS_ADVICE)
                break
    # leak24: a temporary password handed over after a log-in verb, with no "password"
    # before it ("log in with Winter2024! and pick a new one", "vă autentificați cu
    # Primavara2024!", «заходите с Zima2025#»); "sign in with your Office365 account",
    # "log in with Google" stay clean (a determiner, no digit or no symbol and case mix)
    for m in finder(_LOG_IN_WITH).finditer(text) if has_any(low, _LOG_IN_HINTS) else ():
        value = m.group("hit").rstrip(".,;?)»\"'")
        s = m.start("hit")
        if s in found or len(value) < 8 or not _strong(value) or placeholder(value):
            continue
        if value.isalnum() and sum(c.isdigit() for c in value) < 4:
            continue  # "log in with Office365": a product; "Primavara2024": a password
        if not _EXAMPLE.search(text, max(0, s - 40), s):
            found.add(s)
            yield Leak("password", s, s + len(value), _NO_SECRETS_ADVICE)
    taken: list[tuple[int, int]] = []
    links = [u.span() for u in led_by(_LINK, text, "://")]
    held = _TOKEN_WORDS.present(text)  # the token hints the draft holds, in one pass
    for (label, pattern), hints in zip(_TOKENS, _TOKEN_HINTS, strict=True):
        if not any(h in held for h in hints):
            continue
        found = (
            led_by(pattern, text, "://") if label in _SCHEME_LED else finder(pattern).finditer(text)
        )
        for m in found:
            s, e = m.span("hit") if "hit" in pattern.groupindex else m.span()
            if _plain(label, m, links):
                continue  # "the key is understanding": no value here, whatever follows
            taken.append((s, e))
            if _filled_in(label, text[s:e]):
                continue  # "X-Api-Key: YOUR_API_KEY": what to put there, not a key
            yield Leak("token", s, e, f"Looks like a {label}: secrets never go to a customer (R5).")
    for m in _PRIVATE_KEY.finditer(text):
        taken.append(m.span())
        yield Leak("private-key", m.start(), m.end(), "A private key: never send it (R5).")
    for m in scan(_CANDIDATE, _CANDIDATE_SCAN, text):
        s, e = m.span()
        if any(s < te and ts < e for ts, te in taken) or any(ls <= s < le for ls, le in links):
            continue  # inside a link: only its named secrets count (tokens above)
        word = m.group()
        name, eq, value = word.partition("=")
        if eq and value and re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            word = value  # "SMTP_PASSWORD=parola_ta", "BITRIX_DOMAIN=vasha-firma": the value
            if placeholder(value) or len(value) < 12:  # alone (`disclosures` judges secrets
                continue  # named by their variable)
        if _PUBLIC_KEY_BEFORE.search(text[max(0, s - 40) : s]) or word.startswith(_PUBLISHABLE):
            continue  # "ssh-ed25519 AAAAC3…", "pk_live_…": public keys, given out on purpose
        if _HEX.fullmatch(word) and _HASH_WORD.search(
            text, max(sentence_start(text, s), s - 90), s
        ):  # "compare its SHA-256 with the one on our release page: 3690fd…" too
            continue  # "commit 9fceb02…", "SHA-256: …": a checksum, published on purpose
        if _IBAN_SHAPE.fullmatch(word) and _own_account(text, m, known):
            continue  # leakT16: "plătiți în contul RO12BRDE…" (a typo in its check digits): ours
        if _PLAIN_PATH.fullmatch(word):
            continue  # pol43: "in the folder /wp-content/uploads/2024/": a path of words, no key
        # leak148 (trainK56): "-u sk_test_YOUR_SECRET_KEY:": a slot under a prefix, no key
        if (
            _looks_secret(word)
            and not iban_valid(word)  # IBANs: `_payment_data`
            and not filled_slot(word)
            and not _sample_passphrase(text, s, word)
        ):
            yield Leak(
                "secret", s, e, "A random-looking string, like a key or token: remove it (R5)."
            )
    for m in through(_IPV4, text, _dots(text, _DOT_DIGIT)) if _digit_dot_digit(text) else ():
        if finder(_VERSION_BEFORE).search(text[max(0, m.start() - 30) : m.start()]) and not (
            _PORT_AFTER.match(text, m.end())
        ):  # "point your client to 10.42.8.17 port 1194": an address with its port (R5)
            continue  # "firmware 10.4.2.17", "версии 10.2.4.18": a version, not an address
        if _version_sibling(text, m):
            continue  # "firmware 10.2.0.15 … your device is on 10.1.8.3": a version too
        if (
            _private_ip(m.group())
            and not _home_router(text, m.start(), m.group())
            and not _theirs(text, m.start())
            and not _loopback_theirs(text, m.start(), m.group())
        ):
            yield Leak("private-ip", *m.span(), "A private IP address of our network (R5).")
        elif _someone_connects(text, m):
            yield Leak(
                "other-person",
                *m.span(),
                "Where another account connects from, its IP address: theirs, and a way to find them (R5).",
            )
    ipv6 = ":" in text and has_any(low, _IPV6_HINTS)  # every match opens with one
    for m in (
        finder(_IPV6).finditer(text)
        if ipv6 and ("::" in text or re.search(r"[0-9a-fA-F]:[0-9a-fA-F]", text))
        else ()
    ):
        if _private_ip(m.group()):
            yield Leak("private-ip", *m.span(), "A private IP address of our network (R5).")
    yield from _payment_data(text, known)
    yield from _their_card(text, known)
    yield from _bank_accounts(text, known)
    yield from disclosures(text)
    yield from _our_licences(text)
    yield from _national_ids(text, known)
    yield from _internal_notes(text)
    yield from _mentions(text)
    yield from third_party(text, known)
    yield from misdirected(text)
    yield from exposures(text, known)
    yield from backstage(text)
    yield from backoffice(text)
    yield from pasted(text, known)
    yield from described(text, known)  # leak16's families
    yield from access_codes(text)  # leakT16
    yield from handed_over(text)  # leak18c
    # leak18a; a number there that is the customer's own (the phone the desk holds for them,
    # "the code was sent by SMS to 0745 318 220") is read back to them, whoever the words
    # near it seem to name (trainP47: „Dacă nu îl găsiți" is no "you'll find him on") (R5)
    yield from (
        leak
        for leak in others_data(text)
        if not known.own_values or number_key(text[leak.start : leak.end]) not in known.own_values
    )
    yield from loopholes(text)  # leak20
    yield from bulk_records(text)  # leak20
    yield from remarks(text)  # leak20
    yield from off_record(text)  # leak20
    yield from inquiries(text)  # leak20
    yield from guarding(text)  # leak20
    yield from complainants(text)  # leak20
    yield from others_money(text)  # leak23
    yield from unpublished(text)  # leak23
    yield from price_tips(text)  # leak36
    yield from root_causes(text)  # leak36
    yield from audits(text)  # leak36
    yield from under_watch(text)  # s36
    yield from bypasses(text)  # leak39
    yield from dealings(text)  # leak39
    yield from whereabouts(text)  # leak23
    yield from confided(text)  # leak23
    yield from weaknesses(text)  # leak24
    emails = [e for e in led_by(EMAIL, text, "@") if not text.endswith("://", 0, e.start())]
    yield from _hosts(text, known, emails)
    yield from _addresses(text, known, emails)
    yield from _other_customer(text)
    yield from _named_customers(text, known)
    yield from _terms(text, known)


# A licence or product key ("8DK2-M9QX-7PLR-4TZW") named as ours: the customer's own key
# is theirs to receive, the company's (volume, organisation) is not to hand out.
_LICENCE_KEY = re.compile(r"(?<![\w-])[A-Z0-9]{4,6}(?:-[A-Z0-9]{4,6}){2,7}(?![\w-])")
_LICENCE_WORD = re.compile(
    r"(?i)licen[cs]\w*|product\s+key|serial|activa\w*|licen[țt]\w*|лиценз\w*|"
    r"активац\w*|серийн\w*"
)
_OURS = re.compile(
    r"(?i)\b(?:our|ours|company'?s|corporate|volume|nostr\w*|firmei|companiei|наш\w*|"
    r"организаци\w*|компани\w*|корпоративн\w*)\b"
)
# leak177 (trainK67's ro-ys047): or another firm's or customer's, passed on ("cheia asta …: FX7K-…,
# e de la o firmă din Arad care nu o mai folosește"): it is theirs, not ours to give away
_THEIRS = re.compile(
    r"(?i)\b(?:another|other)\s+(?:firm|company|business|customer|client)\b|"
    r"\bfrom\s+an?\s+(?:firm|company|business)\s+in\b|"
    r"\bde\s+la\s+(?:o\s+alt[ăa]\s+(?:firm[ăa]|companie|societate)|o\s+(?:firm[ăa]|companie|societate)\s+din|(?:un\s+)?alt\s+client)\b|"
    r"\b(?:altei\s+(?:firme|companii)|altui\s+client)\b|"
    r"(?<!\w)(?:от\s+)?(?:друг(?:ой|ого)\s+(?:фирм\w*|компани\w*|клиент\w*)|одной\s+(?:фирм\w*|компани\w*)\s+из)(?!\w)"
)
_LICENCE_HINTS = (
    "licen",
    "product key",
    "serial",
    "activa",
    "лиценз",
    "активац",
    "серийн",
)


def _our_licences(text: str) -> Iterator[Leak]:
    low = lowered(text)
    if not has_any(low, _LICENCE_HINTS):
        return
    for m in finder(_LICENCE_KEY).finditer(text):
        key = m.group()
        if not (any(c.isdigit() for c in key) and any(c.isalpha() for c in key)):
            continue  # "XXXX-XXXX-XXXX-XXXX", "2026-0091-…": a placeholder or a number
        lo, hi = sentence_around(text, m.start(), m.end())
        if not _LICENCE_WORD.search(text, lo, m.end()):
            continue
        if _OURS.search(text, lo, m.end()) or _THEIRS.search(text, lo, hi):
            yield Leak(
                "token",
                *m.span(),
                "A licence key of ours or someone else's: never hand it out (R5).",
            )


def luhn(digits: str) -> bool:
    """The card-number check digit (ISO/IEC 7812)."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


# leakT16: the countries that issue IBANs (ISO 13616 registry): "JD0002261548813" is a
# courier's tracking number, whatever its mod-97 remainder
_IBAN_COUNTRIES = frozenset(
    re.findall(
        r"[A-Z]{2}",
        "AD AE AL AT AZ BA BE BG BH BI BR BY CH CR CY CZ DE DJ DK DO EE EG ES FI FK FO FR GB GE GI"
        "GL GR GT HN HR HU IE IL IQ IS IT JO KW KZ LB LC LI LT LU LV LY MC MD ME MK MN MR MT MU NI"
        "NL NO OM PK PL PS PT QA RO RS RU SA SC SD SE SI SK SM SO ST SV TL TN TR UA VA VG XK YE",
    )
)
_IBAN_SHAPE = re.compile(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}")


def iban_valid(value: str) -> bool:
    """The IBAN mod-97 check (ISO 13616): country and check digits moved to the end."""
    v = value.replace(" ", "").upper()
    if not 15 <= len(v) <= 34 or not v.isalnum() or v[:2] not in _IBAN_COUNTRIES:
        return False
    moved = v[4:] + v[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


# A card named as such just before ("the card 4929 …", "cardul", "картой") or an expiry
# date just after ("…, exp 09/27"): a card number even when its check digit is wrong
# (typed from memory, or made up for an example the writer thought real).
_CARD_BEFORE = re.compile(
    r"(?i)(?:card\w*|visa|master\s?card|maestro|amex|карт\w*|мир)\W+(?:\w+\W+){0,3}$"
)
_EXPIRY_AFTER = re.compile(r"(?i)^\W{0,3}(?:\w+\W+){0,2}(?:0[1-9]|1[0-2])\s?/\s?\d{2}(?:\d{2})?\b")
_EXPIRY_NAMED = re.compile(
    r"(?i)\W{0,3}(?:exp|valid|valabil|expir|срок|действ)\w*(?:\s+\w+)?\W{0,3}"
    r"(?:до\s+)?(?:0[1-9]|1[0-2])\s?/\s?\d{2}(?!\d)"
)
_TEST_CARD = re.compile(
    r"(?i)\b(?:test\w*|sandbox|demo|dummy|de\s+test|testare|тестов\w*|песочниц\w*)\b"
)
_CARD_GROUPS = re.compile(r"\d{4}([ -])\d{4}\1\d{4}\1\d{4}|\d{4}([ -])\d{6}\2\d{5}")


def _card(text: str, m: re.Match[str]) -> bool:
    digits = re.sub(r"\D", "", m.group())
    if not 13 <= len(digits) <= 19 or digits[0] not in "23456" or len(set(digits)) == 1:
        return False
    grouped = bool(_CARD_GROUPS.fullmatch(m.group()))
    after = text[m.end() : m.end() + 30]
    # "the card from order: 2202 2006 …, срок 08/27": an expiry named as such after four
    # groups of four is a card's, whatever word came before (an order has no expiry)
    if finder(_NOT_CARD).search(text[max(0, m.start() - 34) : m.start()]) and not (
        grouped and _EXPIRY_NAMED.match(after)
    ):
        return False
    if _COMPANY_CODE.search(text, max(0, m.start() - 12), m.start()):
        return False  # leak17b: "ОГРНИП 318774600123456" on an invoice: a register's number
    # pol31b (heldK19): "В тестовом режиме используйте карту из документации 5555 …": the
    # test word a long clause before the number, in the same sentence
    near = text[max(sentence_start(text, m.start()), m.start() - 90) : m.end() + 40]
    if _TEST_CARD.search(near):
        return False  # "the test card 4242 4242 4242 4242 in the sandbox": no one's card
    if luhn(digits):
        return True
    return grouped and bool(
        _CARD_BEFORE.search(text[max(0, m.start() - 40) : m.start()]) or _EXPIRY_AFTER.search(after)
    )


# leak87 (heldK8 to heldK37, trainK8 to trainK37, every language: 13 rules-level misses of 46 such
# leaks): someone else's card by its last digits, whose it is said beside it ("a Visa ending 4417
# that belongs to Mr. Kowalski", "your brother's Visa ending 9902", „terminat în 7720, pe numele
# fiicei", «карта вашей дочери, окончание 0874», "booked it on his own Amex ending 3009"). Last
# digits name a card without giving it, so the customer's own stays clean, and so does a name that
# is theirs ("pe numele dumneavoastră", «на имя Светланы Олеговны», the customer's name).
_CARD_DIGITS = re.compile(
    r"(?i)(?:\b(?:ending|ending\s+in|ends\s+in|terminat\w*\s+[îi]n)\s+|(?<!\w)(?:окончани\w*|(?:о|за)канчивающ\w*\s+на)\s+|"
    r"\*{1,4}\s?)(?P<hit>\d{4})\b"
)
_CARD_DIGITS_HINTS = ("ending", "ends in", "terminat", "окончан", "оканчива", "заканчива", "*")
_RELATIVES = (
    r"brother|sister|son|daughter|wife|husband|partner|mother|father|mum|dad|flatmate|colleague"
)
_CARD_OWNER = re.compile(
    r"\bbelongs?\s+to\b|\b(?:his|her|their)\s+own\b|\bwhose\b|\b(?:" + _RELATIVES + r")'s\b|"
    r"\b(?:in\s+(?:the\s+)?name\s+(?:of\s+)?|under\s+)(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s*)?(?P<en>[A-Z][a-z]*\.?\s*[A-Z][a-z]+)|"
    r"\bpe\s+numele\s+(?:lui\s+|doamnei\s+|domnului\s+)?(?P<ro>[A-ZĂÂÎȘȚ][a-zăâîșț]+)|"
    r"\bpe\s+numele\s+(?:fiicei|fiului|so[țt]iei|so[țt]ului|fratelui|surorii|mamei|tat[ăa]lui)\b|"
    r"\bal\s+(?:lui|doamnei|domnului)\s+[A-ZĂÂÎȘȚ]|\b(?:fiicei|fiului|so[țt]iei|so[țt]ului|fratelui|surorii|mamei|tat[ăa]lui)\s+"
    r"(?:dvs\.?|dumneavoastr[ăa])|(?<!\w)(?:на\s+имя\s+(?P<ru>[А-ЯЁA-Z][а-яёa-z]+)|принадлежит|(?:вашей|её|его)\s+(?:дочери|жены|мамы|"
    r"матери|сестры)|(?:вашего|её|его)\s+(?:сына|мужа|брата|отца))(?!\w)"
)


_YOURS_BEFORE = re.compile(r"(?i)\b(?:your|yours)\b|\b(?:dvs|dumneavoastr[ăa])|(?<!\w)ваш\w*")


def _their_card(text: str, known: Known) -> Iterator[Leak]:
    """Last digits with an owner named within 90 characters who is not the customer: the
    digits alone are how a reply names the customer's own card."""
    names = None
    for m in hinted(_CARD_DIGITS, text, present(text, _CARD_DIGITS_HINTS), 20):
        before = max(0, m.start() - 30)
        if _YOURS_BEFORE.search(text, before, m.start()) and not _CARD_OWNER.search(
            text, before, m.start()
        ):
            continue  # "yours ending 4471", «ваша, с окончанием 5512»: the customer's own card
        for owner in _CARD_OWNER.finditer(text, max(0, m.start() - 90), m.end() + 90):
            name = owner.group("en") or owner.group("ro") or owner.group("ru")
            if name:
                names = customer_names(text, known) if names is None else names
                if any(w.lower()[:4] == n[:4] for w in re.findall(r"\w{3,}", name) for n in names):
                    continue  # the customer's own name ("на имя Светланы", the greeting's)
            yield Leak(
                "other-person",
                *m.span("hit"),
                "Someone else's card, by its last digits and whose it is (R5).",
            )
            return


def _payment_data(text: str, known: Known) -> Iterator[Leak]:
    """Card numbers and IBANs (R5): a full card number never goes in an e-mail, whose
    card it is (the customer's own included: "**** 1234" is how a card is named), and
    an IBAN in a reply is someone's bank account — another customer's, as often as not,
    so only the customer's own (`_own_account`) goes out."""
    for m in scan(_CARD, _CARD_AT, text):  # the pattern's own matches, found faster
        if _card(text, m):
            yield Leak("card-number", *m.span(), "A payment card number: never in a reply (R5).")
    for m in finder(_IBAN).finditer(text):
        if iban_valid(m.group()) and not _own_account(text, m, known) and not _sample_iban(text, m):
            yield Leak(
                "iban", *m.span(), "A bank account number (IBAN): only the holder may see it (R5)."
            )


# A bank account number that is no IBAN: a Russian 20-digit account ("счёт
# 40817810500001234567"), a UK sort code with its account, or digits named as an account
# or a payee's account ("account 41873390", "contul 0012345678", "р/с 4070…"). Someone's
# money: only the holder may see it (R5), so, like an IBAN, only the customer's own goes
# out (`_own_account`: theirs by the context, their name, "your account"); a 20-digit
# account or a sort code always identifies one, a bare account word only beside a bank,
# a payee or a person close to the customer.
_RU_ACCOUNT = re.compile(r"(?<![\d.-])(?:40[5-8]|423|30[12])\d{2}(?:[ .]?\d){15}(?![\d-])")
_SORT_CODE = re.compile(
    r"(?i)\bsort\s*code\W{0,3}\d{2}-\d{2}-\d{2}(?:\W{1,4}(?:account|acct|a/c)\s*(?:no\.?|number)?\W{0,3}\d{8})?"
)
_ACCOUNT_NAMED = re.compile(
    r"(?i)\b(?:account|acct|a/c|cont(?:ul|ului)?(?:\s+bancar)?|сч[её]т\w*|р/с|л/с)"
    r"\s*(?:no\.?|nr\.?|number|num[ăa]r(?:ul)?|№|#)?"
    # whose, between the word and the digits: "contul fiului dumneavoastră, 0723 …"
    r"(?:\s+[^\W\d]+(?:'s)?){0,3}?[\s:,—–-]*(?P<hit>\d[\d ]{6,22}\d)(?![\d-])"
    # pol56 (trainP24): its start with the rest cut off is masked, no number («№ 40817810…5521»)
    r"(?!\s?(?:…|\.{3}|\*{2}|[xXхХ]{2}))"
)
_BANKISH = re.compile(
    r"(?i)\bbank\w*|\bbanc\w*|банк\w*|payee|beneficiar\w*|recipient|получател\w*|"
    r"destinatar\w*|sort\s*code|бик|iban"
)
_ACCOUNT_HINTS = ("account", "acct", "a/c", "contul", "cont ", "cont:", "cont,", "счет", "счёт",
                  "р/с", "л/с", "sort")  # fmt: skip


def _bank_accounts(text: str, known: Known) -> Iterator[Leak]:
    msg = "A bank account number: only the holder may see it (R5)."
    low = lowered(text)
    seen: set[int] = set()
    for m in finder(_RU_ACCOUNT).finditer(text):
        seen.add(m.start())
        if not _own_account(text, m, known) and number_key(m.group()) not in known.own_values:
            yield Leak("bank-account", *m.span(), msg)
    if not has_any(low, _ACCOUNT_HINTS):
        return
    for m in finder(_SORT_CODE).finditer(text):  # the same matches, found faster
        if not _own_account(text, m, known):
            yield Leak("bank-account", *m.span(), msg)
    for m in hinted(_ACCOUNT_NAMED, text, _ACCOUNT_HINTS, 70):
        if m.start("hit") in seen:
            continue
        sentence = text[sentence_start(text, m.start()) : m.end() + 40]
        if not (finder(_BANKISH).search(sentence) or finder(RELATION).search(sentence)):
            continue  # "account 10023344" at our shop: a customer number, not a bank's
        if number_key(m.group("hit")) in known.own_values or _own_account(text, m, known):
            continue
        yield Leak("bank-account", *m.span("hit"), msg)


# "… of Mr Vasilescu", "al domnului …", "на имя …": the account is that person's
_HOLDER_AFTER = re.compile(
    r"(?i)^[^.!?\n]{0,25}?\b(?:of|belonging\s+to|registered\s+to|held\s+by|in\s+the\s+name\s+of|"
    r"al|a|ale|pe\s+numele|на\s+имя|принадлежащ\w*|оформлен\w*\s+на)\s+"
    r"(?:(?:mr|mrs|ms|dr|domn\w*|doamn\w*|d-\w+)\.?\s+)?(?-i:[A-ZĂÂÎȘȚА-ЯЁ])"
)  # a holder's capital, case-sensitive: "IBAN-ul dvs. … a fost înregistrat" names no one
_GREETING_WORDS = {"hi", "hello", "hey", "dear", "good", "morning", "afternoon", "evening",
                   "bună", "buna", "ziua", "salut", "stimate", "stimată", "domnule", "doamnă",
                   "doamna", "здравствуйте", "добрый", "день", "привет", "уважаемый", "уважаемая"}  # fmt: skip
# a line that only greets ("Hi Ruth,", "Bună ziua, domnule Oprea,", "Здравствуйте, Максим!")
_GREETING_LINE = re.compile(r"^[^\d\n]{2,60}[,!:]?\s*$")
_CAPITAL_RUN = re.compile(r"[A-ZĂÂÎȘȚŞŢА-ЯЁ][\w'-]+(?:[ \t]+[A-ZĂÂÎȘȚŞŢА-ЯЁ][\w'-]+)*")


def customer_names(text: str, known: Known) -> set[str]:
    """The customer's names, lowercase: the ticket's customer name, the names in the
    draft's greeting line, and every run of capitalised words in the draft that holds
    one of those ("Максим" greeted, so "Максим Андреевич Зуев" is the customer too)."""
    lines = text.strip().split("\n", 1)
    seeds = {w.lower() for w in known.customer_name.split()}
    if len(lines) > 1 and len(lines[0]) <= 60 and _GREETING_LINE.match(lines[0]):
        seeds |= {
            w.lower()
            for w in re.findall(r"[^\W\d_]{3,}", lines[0])
            if w[0].isupper() and w.lower() not in _GREETING_WORDS
        }
    names = set(seeds)
    for run in _CAPITAL_RUN.finditer(text):
        words = [w.lower() for w in run.group().split()]
        if len(words) > 1 and any(w in seeds for w in words):
            names.update(words)
    return {n for n in names if len(n) >= 3}


# our own payment details, given so that the customer can pay (also readback.py, which
# spares them from the reader's leak head): "our bank details are:",
# "datele noastre sunt:", "наши реквизиты:" (a reply asking for a transfer must carry them)
OUR_DETAILS = re.compile(
    r"(?i)\bour\s+(?:own\s+)?(?:bank(?:ing)?\s+|payment\s+|company\s+)?(?:details|account)\b(?!\s+(?:manager|holder|executive|rep))|"
    r"\b(?:datele|coordonatele|detaliile)\s+(?:bancare\s+)?(?:ale\s+)?noastre\b|"
    r"\bcontul\s+nostru\b|(?<!\w)наш\w*\s+(?:банковск\w+\s+|плат[её]жн\w+\s+|расч[её]тн\w+\s+)?"
    r"(?:реквизит\w*|сч[её]т\w*)|"
    # leak14: details given for the payment ("Реквизиты для оплаты по счёту: ООО …")
    r"(?<!\w)реквизит\w*\s+для\s+оплаты|\b(?:bank|payment)\s+details\s+for\s+(?:the\s+)?payment|"
    r"\bdate(?:le)?\s+(?:bancare\s+)?pentru\s+plat[ăa]|"
    # lpar16: the customer told where to pay, the details on the lines below ("You can pay
    # by bank transfer to:", "Puteți plăti prin transfer bancar la:", "Оплатить можно
    # переводом на счёт:"); `_our_block` reads it only on a line ending with a colon
    r"\b(?:please\s+|you\s+can\s+)?pay\s+(?:(?:by|via)\s+(?:bank\s+)?transfer\s+)?(?:it\s+)?(?:to|into)\s*:|"
    r"\bpute[țt]i\s+pl[ăa]ti\s+(?:prin\s+transfer\s+(?:bancar\s+)?)?(?:[îi]n|la)\s*(?:contul)?\s*:|"
    r"(?<!\w)оплатить\s+можно\s+(?:переводом\s+)?(?:на|по)\s*(?:сч[её]т|реквизитам)?\s*:|"
    # leakT16: how to pay us ("You can pay by transfer to SkyTravel Ltd", "Puteți plăti
    # onorariul în contul cabinetului", "Оплатить можно по реквизитам ООО …")
    r"\bpay\w*\b[^.\n]{0,30}?\bby\s+(?:bank\s+)?transfer\s+to\b|"
    r"\bpute[țt]i\s+(?:s[ăa]\s+)?pl[ăa]ti?\b[^.\n]{0,40}?\b[îi]n\s+contul\b|"
    r"(?<!\w)оплат\w*\s+(?:можно\s+)?по\s+(?:следующим\s+)?реквизитам|"
    # leak17b: "To pay the invoice by bank transfer please use:", "Pentru plată prin
    # transfer folosiți:", "Для оплаты счёта используйте:": how to pay us, details after
    r"\bto\s+pay\b[^.\n]{0,50}?\buse\s*:|\bpentru\s+(?:a\s+pl[ăa]ti|plat[ăa])\b[^.\n]{0,50}?"
    r"\bfolosi[țt]i\s*:|(?<!\w)для\s+оплаты\b[^.\n]{0,50}?(?<!\w)используйте\s*:|"
    # blind32/heldK7: the details named in a sentence about paying ("Для оплаты по
    # квитанции используйте реквизиты компании: ООО …", "Оплатить счёт можно по
    # реквизитам: ООО …"), not the customer's ("реквизиты вашей карты")
    r"(?<!\w)(?:для\s+оплаты|оплатить|оплачивайте)\b[^.\n]{0,50}?(?<!\w)реквизит\w*"
    r"(?![^.\n]{0,20}(?<!\w)(?:ваш|тво|друг|чуж|клиент)\w*)"
)


def _our_block(text: str, at: int) -> bool:
    """leak15: the number is in a block of lines that one of ours introduces ("Please pay
    by bank transfer to our account:\nTallybook Ltd\nIBAN …", «на наш счёт:\nООО …\nр/с
    …»): a line of the paragraph ending with a colon names the details ours."""
    para = text.rfind("\n\n", 0, at) + 1
    lines = text[para : text.rfind("\n", 0, at) + 1].splitlines()[-5:]
    return any(ln.rstrip().endswith(":") and OUR_DETAILS.search(ln) for ln in lines)


# pol42 (heldK18, trainK32): an IBAN given as the format's example, in its sentence („de exemplu
# RO49 AAAA 1B31 0075 9384 0000", „ca exemplu … e doar un model de format, nu un cont real"): the
# banks' published sample, nobody's account
_NOT_REAL = re.compile(
    r"(?i)\bnot\s+a\s+real\s+account\b|\bnu\s+(?:e\s+|este\s+)?un\s+cont\s+real\b|(?<!\w)не\s+(?:настоящ|реальн)\w*\s+сч[её]т"
)


def _sample_iban(text: str, m: re.Match[str]) -> bool:
    lo = sentence_start(text, m.start())
    hi = text.find(".", m.end())
    hi = len(text) if hi < 0 else hi
    return bool(
        _EXAMPLE.search(text, lo, m.start())
        or SAMPLE_CUE.search(text, lo, hi)
        or _NOT_REAL.search(text, lo, hi)
    )


def _own_account(text: str, m: re.Match[str], known: Known) -> bool:
    """An IBAN the customer gave us, or one the draft names as theirs: the customer's
    name in the same sentence ("Adrian Oprea, IBAN …" to Mr Oprea) or "your account"
    just before — unless the sentence is about someone close to them ("the account of
    your colleague", "al domnului Vasilescu"). Ours, given for a transfer ("our details
    are: … sort code 20-00-00"), goes out too: the customer cannot pay without it."""
    if m.group().replace(" ", "") in known.own_values:
        return True
    sentence = text[sentence_start(text, m.start()) : m.start()]
    if finder(RELATION).search(sentence) or _HOLDER_AFTER.match(text[m.end() : m.end() + 60]):
        return False
    if OUR_DETAILS.search(sentence) or _our_block(text, m.start()):
        return True
    words = {w.lower() for w in re.findall(r"[^\W\d_]{3,}", sentence) if w[0].isupper()}
    return bool(words & customer_names(text, known)) or bool(_YOUR_NEAR.search(sentence[-60:]))


def _hosts(text: str, known: Known, emails: list[re.Match[str]]) -> Iterator[Leak]:
    """Internal hosts and URLs; `emails` are the draft's addresses (found once for
    this and `_addresses`): a host inside an address is the address's business."""
    seen: set[int] = set()
    spans = [m.span() for m in emails]
    # leak167 (trainK64's en-yg049): an address on a domain of ours that names itself internal
    # ("email ops-escalations@fleetcar-internal.com directly and copy in the duty manager"): the
    # staff's own mailbox, found by the host's own test; the customer's own address never is
    for m in emails:
        address = m.group().lower()
        if address == known.customer_email.lower() or address in known.own_values:
            continue
        domain = address.rsplit("@", 1)[-1]
        if _internal_host(domain, known):  # a team's own internal domains too
            yield Leak(
                "internal-host",
                *m.span(),
                f"An address on an internal domain ({domain}): our staff's own, never for a customer (R5).",
            )
    shares = _UNC.finditer(text) if "\\" in text else ()
    low = lowered(text)
    # found from what each match holds (words.through): a dot before a letter, an
    # infrastructure word and its dash; tried at every letter, they were a tenth of a lint
    bare_hosts = (
        through(_BARE_HOST, text, (w.start() for w in finder(_BARE_WORD).finditer(text)))
        if has_any(low, _BARE_HINTS)
        else ()
    )
    hosts = through(_HOST, text, _dots(text, _DOT_WORD))
    env_hosts = finder(_ENV_HOST).finditer(text) if has_any(low, _ENV_HINTS) else ()
    for m in itertools.chain(finder(_URL).finditer(text), hosts, shares, bare_hosts, env_hosts):
        s, e = m.span("hit")
        if s in seen or any(es <= s < ee for es, ee in spans):
            continue
        seen.add(s)
        host = m.group("hit")
        if host.rsplit(".", 1)[-1].lower() in FILE_EXTENSIONS:
            continue  # "invoice.pdf"
        # a URL or share on a host without a domain ("http://1c-server:8080/",
        # "\\\\srv-files01\\reports"): reachable on our own network only
        bare = m.re is not _HOST and "." not in host and not placeholder(host)
        inner = m.re is _URL and (  # ".../internal/tickets/…", a Bitrix24 portal's CRM
            _INTERNAL_PATH.match(text, e)
            or (".bitrix24." in host.lower() and text.startswith("/crm/", e))
            # s39 (trainK41): a team site of our SharePoint ("firma.sharepoint.com/sites/Daune/…")
            or (host.lower().endswith(".sharepoint.com") and text.startswith("/sites/", e))
        )
        if not inner and m.re is _URL:  # leak17b: our admin's page with a login to it
            rest = _URL_REST.match(text, e)
            if (
                rest
                and _ADMIN_PATH.search(rest.group())
                and _STAFF_LOGIN.search(text, rest.end(), rest.end() + 60)
            ):
                inner = rest  # ".../bitrix/admin/sale_order.php — логин manager2, пароль такой же"
        if inner and any(yours_label(label) for label in host.lower().split(".")):
            inner = None  # "vasha-firma.bitrix24.ru/crm/": the customer's own portal
        if (
            inner
            # a Bitrix24 CRM link is True, not a match: its path is the URL's rest
            and _ADMIN_PATH.search(
                inner.group() if isinstance(inner, re.Match) else text[e : e + 80]
            )
            and _ADMIN_YOURS.search(text, max(0, m.start() - 80), m.start())
        ):
            inner = None  # "your store's admin: https://…/admin/orders/4501"
        if _loopback_theirs(text, s, host):
            continue
        if (
            bare
            or inner
            or _internal_host(host, known)
            # leak14: "open http://192.168.1.1 in your browser": a home router's own address
            or (_private_ip(host) and not (host in _HOME_GATEWAYS and not text.startswith(":", e)))
        ):
            yield Leak(
                "internal-host",
                s,
                e,
                f"An internal host name ({host}): customers cannot reach it and must not see it (R5).",
            )


# Documentation's example domains (RFC 2606 and their local spellings): nobody's address
_EXAMPLE_DOMAIN = re.compile(
    r"@(?:[\w-]+\.)*(?:example|exemplu|primer|пример|test|invalid|localhost|"
    # s38 (heldK34): the reader's own domain as a slot ("name@yourcompany.com", „nume@firmata.ro",
    # «ivanov@vashakompania.ru»)
    r"your-?(?:company|domain|business|site|firm)|my-?(?:company|domain)|firma-?ta|compania-?ta|domeniul-?tau|"
    r"vasha-?kompani[ay]a?|vash-?domen|vash-?sait)(?:\.[a-zрф]{2,3})?$"
)
# A record read back to the customer: "confirmarea rezervării: Radu Neagu, radu.neagu@…",
# "Подтверждение брони: Игорь Лебедев, igor.lebedev@…" — a summary line naming the person
# the address spells, with no greeting name to compare (R5 spares the customer's own)
_READ_BACK = re.compile(
    r"(?i)\b(?:confirmation|summary|details|confirm[aă]r\w*|rezumat\w*|detali\w*|"
    r"подтвержд\w*|данные|детали)\b[^.!?\n:]{0,30}:\s*(?:name\s+|nume\s+|имя\s+)?"
    r"(?P<name>[A-ZĂÂÎȘȚА-ЯЁ][\w'-]+(?:\s+[A-ZĂÂÎȘȚА-ЯЁ][\w'-]+){1,2}),\s*$"
)


# The account we acted on for the customer: "am resetat parola contului elev.popescu@…",
# "I've reset the password for the account ana@…", "сбросил пароль учётной записи …"
_RESET_FOR = re.compile(
    r"(?i)(?:reset\w*|chang\w*|unlock\w*|resetat|schimbat|deblocat|сбросил\w*|поменял\w*|"
    r"изменил\w*|разблокировал\w*)\s+(?:\w+\s+){0,2}?(?:password|parol\w*|парол\w*|account|"
    r"cont\w*|аккаунт\w*|учётн\w*\s+запис\w*)\s+(?:(?:for|of|on|pentru|для|от)\s+)?"
    r"(?:(?:the|your)\s+)?(?:account|user|login|contul(?:ui)?|utilizatorul(?:ui)?|учётн\w*\s+запис\w*|"
    r"аккаунт\w*|логин\w*|пользовател\w*)?\s*[:\-]?\s*$"
)


def _read_back(text: str, m: re.Match[str], addr: str) -> bool:
    back = _READ_BACK.search(text, max(0, m.start() - 90), m.start())
    return bool(back) and named_in_address(addr, back.group("name").split())


def _other_before(text: str, at: int) -> bool:
    """Another customer named just before `at` ("the order you saw belongs to another
    customer, kevin…@"): the "you" before it is the reader, not the address's owner."""
    return next(_other_cues(text[max(0, at - 60) : at]), None) is not None


# leak14: "the parcel you received belongs to Emma Whitfield (emma.w…@…)": a full name
# after the reader's "you", before the address, whose words are not the customer's
_BELONGS_NAME = re.compile(
    r"(?:\bbelongs?\s+to|\bis\s+for|\bordered\s+by|\ba(?:l)?\s+(?:domnului|doamnei)|\baparține|"
    r"(?<!\w)принадлежит)\s+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?"
    r"(?P<name>[A-ZĂÂÎȘȚА-ЯЁ][a-zăâîșțа-яё]+\s+[A-ZĂÂÎȘȚА-ЯЁ][a-zăâîșțа-яё]+)\W{0,3}$"
)


# leak14: the customer asked to confirm their own details, listed after: "подтвердите данные в
# Вашем личном кабинете: …, почта d.lupov@…", "please confirm your details: …, jo@…"
_CONFIRM_YOURS = re.compile(
    r"(?i)(?:\bconfirm|\bcheck|\bverify|\bconfirma[țt]i|\bverifica[țt]i|(?<!\w)подтвердите|"
    r"(?<!\w)проверьте)[^.!?\n]{0,60}?(?:\byour\b|dumneavoastr[ăa]|\bdvs\b|(?<!\w)ваш\w*)"
    r"[^.!?\n]{0,30}?:"
)


def _named_between(text: str, at: int, known: Known) -> bool:
    named = _BELONGS_NAME.search(text, max(0, at - 60), at)
    if named is None:
        return False
    return not {w.lower() for w in named.group("name").split()} & customer_names(text, known)


# leak17a (blind28 aj067): "I've merged your account with the one under lhughes82@…",
# «объединил ваш аккаунт с аккаунтом l.gusakova82@…»: the address after "your account …
# with" is the other account's, someone else's (the customer's own name in it still says
# it is theirs: `named_in_address`)
_MERGED_WITH = re.compile(
    r"(?i)\b(?:merged|linked|combined|joined|connected|unit|unificat|fuzionat|contopit|legat)\b"
    r"[^.!?\n]{0,40}?\b(?:with|to|cu|de)\b|(?<!\w)(?:объединил\w*|связал\w*|слил\w*|"
    r"привязал\w*)(?!\w)[^.!?\n]{0,40}?(?<!\w)(?:с|со|к)(?!\w)"
)


# pol63 (trainK44): the data-protection officer's mailbox, named by the role just before it
# ("ответственному за обработку ПДн: pd@…", "our DPO at dp@…"): the law has it published,
# though its local part ("pd", "dp") reads like a person's initials
_DPO_BEFORE = re.compile(
    r"(?i)(?:\bDPO|\b(?:data\s+protection|privacy)\s+officer|responsabil\w*\s+(?:cu|de)\s+"
    r"protec[țt]ia\s+datelor|(?<!\w)ответственн\w*\s+за\s+(?:обработку|защиту)\s+"
    r"(?:персональных\s+данных|пдн))\W{0,12}(?:\w+\W{1,3}){0,2}$"
)


# pol91 (trainK51, every language): a colleague given by first name and role, then their work
# address ("I've copied in Rachel, our accessibility coordinator, on rachel@northfieldcollege…",
# „pe Cristina, consiliera noastră pentru admitere, cristina.admitere@…", «Елену, нашего
# методиста, elena.metodist@…»): the address spells a name just given, beside "our". A webmail
# address stays blocked (a person's own inbox), and so does anyone named as a customer of ours.
_OUR = re.compile(r"(?i)(?<!\w)(?:" + OUR_WORDS + r")(?!\w)")
_FIRST_NAME = re.compile(r"(?<!\w)[A-ZĂÂÎȘȚА-ЯЁ][a-zăâîșțа-яё]{3,}")
# ... not a direct line given past the desk ("her direct email is …", a partner's manager)
_DIRECT_LINE = re.compile(
    r"(?i)\b(?:direct|personal|private|his|her|partner'?s|supplier'?s|vendor'?s|personal[ăa]|direct[ăa]?)\b|"
    r"(?<!\w)(?:личн\w*|прям\w*|его|е[её]|партн[её]р\w*|поставщик\w*)(?!\w)"
)


def _colleague_at_work(text: str, at: int, addr: str) -> bool:
    lo = max(sentence_start(text, at), at - 90)
    if (
        WEBMAIL.match(addr)
        or not _OUR.search(text, lo, at)
        or _other_before(text, at)
        or _DIRECT_LINE.search(text, lo, at)
    ):
        return False
    local = addr.split("@", 1)[0]
    return any(latin(n.group())[:4] in local for n in _FIRST_NAME.finditer(text, lo, at))


def _addresses(text: str, known: Known, emails: list[re.Match[str]]) -> Iterator[Leak]:
    fine = {a.lower() for a in known.own_addresses} | {known.customer_email.lower()}
    for m in emails:
        addr = m.group().lower()
        if addr in fine:
            continue
        if addr in known.other_customers:
            yield Leak(
                "other-customer", *m.span(), "The address of another customer of this desk (R5)."
            )
            continue
        if role_address(addr):
            continue  # support@, billing@: role addresses, meant to be given out
        if addr in known.own_values:
            continue  # an address the customer gave us
        if _EXAMPLE_DOMAIN.search(addr):
            continue  # "you@example.com", "tu@exemplu.ro": documentation's addresses
        before = text[max(0, m.start() - 60) : m.start()]
        if _DPO_BEFORE.search(before):
            continue
        if _colleague_at_work(text, m.start(), addr):
            continue
        if not known.customer_email and (
            (
                _YOUR_NEAR.search(before)
                and not _other_before(text, m.start())
                and not _MERGED_WITH.search(before)
                and not _named_between(text, m.start(), known)
            )
            or _YOUR_AFTER.search(text[m.end() : m.end() + 60])
            or named_in_address(addr, customer_names(text, known))
            or _read_back(text, m, addr)
            or _RESET_FOR.search(before)
            or _CONFIRM_YOURS.search(text, sentence_start(text, m.start()), m.start())
        ):
            continue  # "to your address ana@x.test", "Ruth Allen, ruth.allen@…" to Ruth
        yield Leak(
            "other-address",
            *m.span(),
            "A personal address that is not this customer's: another customer's data must not leak (R5).",
        )


# Another customer talked about: "another customer", "un alt client", "другого клиента",
# or a third party who "had the same problem" ...
_OTHER = re.compile(
    r"(?i)\b(?:another|other|different|previous|earlier|former|last)\s+(?:of\s+our\s+)?"
    r"(?:customers?|clients?|users?|buyers?|guests?|patients?|tenants?|passengers?|members?|"
    # pol53 (blind57): "a different member of the team will review it": a colleague
    r"residents?|students?|subscribers?)\b(?!\s+of\s+(?:(?:the|our|my|this)\s+(?:\w+\s+)?)?(?:team|staff|crew|department))|"
    r"\b(?:one|some)\s+of\s+our\s+(?:customers|clients|users)\b|"
    # "our customer Daniel Roth from Bristol", "clientul nostru Daniel Rotaru", "наш клиент Даниил
    # Ротов": a customer of ours by name (not "our customer service")
    # pol42 (heldK25): lowercase, not a department's name ("our Customer Relations team")
    r"\bour\s+(?-i:customer|client|guest|patient|member|subscriber|buyer)(?=\s+(?-i:[A-Z]))|"
    r"\bclient(?:ul|a)\s+nostr[ua]\b|\bclienta\s+noastr[ăa]\b|"
    # lpar16: "un client de-al nostru, domnul …", "a customer of ours", "один наш клиент"
    # (each from the noun: a one-letter opening "a", "o" would leave `finder` no form)
    r"\bclient\s+de-al\s+nostru\b|\bclient[ăa]\s+de-a\s+noastr[ăa]\b|"
    r"\b(?:customer|client)\s+of\s+ours\b|(?<!\w)(?:один|одна)\s+(?:наш|наша)\s+(?:клиент|покупател)\w*|"
    r"(?<!\w)наш(?:а|его|ему|им)?\s+(?:постоянн\w+\s+)?(?:клиент\w*|покупател\w*|гост\w*|пациент\w*|"
    r"подписчик\w*)(?=\s+[А-ЯЁ])|"
    r"\bhad\s+the\s+same\s+(?:problem|issue|error|bug)\b|\bsame\s+(?:problem|issue|error|thing)\s+"
    r"(?:as|happened\s+to)\b|\bcolleague'?s?\s+company\b|"
    r"\b(?:un\s+)?alt(?:ul|ui|ei|a|ă|e|i)?\s+client\w*|\bal[țt]i\s+clien[țt]i\b|"
    r"\b(?:client|oaspete|pacient|chiria[șs]|pasager)(?:ul|a)?\s+(?:de\s+dinainte|dinaintea|anterior|precedent)\w*|"
    r"\bunul\s+dintre\s+clien[țt]ii\b|\bla\s+fel\s+a\s+p[ăa]?[țt]it\b|"
    r"\baceea[șs]i\s+(?:eroare|problem[ăa])\s+a\s+avut|"
    r"(?<!\w)(?:друг|предыдущ|прошл)(?:ой|ого|ому|им|ом|ие|их|ая|ую|ий|ему|ем)\s+(?:наш\w*\s+)?"
    r"(?:клиент|покупател|пользовател|гост|пациент|жильц|жил[её]ц|пассажир|арендатор)\w*|"
    r"(?<!\w)(?:один|одна|одн(?:ого|ому|им|ой))\s+из\s+наших\s+(?:клиент|покупател|пользовател)\w*|"
    r"(?<!\w)(?:такая\s+же|та\s+же)\s+(?:ошибка|проблема)\s+был\w*\s+у|(?<!\w)то\s+же\s+самое\s+было\s+у|"
    # "you're not the only one: Mrs X …", "nu sunteți singura: doamna …", "вы не один такой — у …"
    r"\byou(?:'re|\s+are)\s+not\s+(?:the\s+(?:only|first)\s+one|alone)\b|"
    r"\bnu\s+(?:sunte[țt]i|e[șs]ti)\s+(?:singur\w*|(?:nici\s+)?(?:primul|prima))\b|"
    r"(?<!\w)(?:вы|ты)\s+не\s+(?:один|одна|одни|единственн\w*|первы\w*|перва\w*)(?!\w)"
)
# the "not the only one" cues: they are said to reassure as often as to compare, so only
# a person's name, order or phone next to them makes a leak (not a «quoted» page name)
# a title opens the pair: "Mrs Ada" is a person even at a sentence start
_TITLE_FIRST = re.compile(r"(?:Mrs?|Ms|Miss|Dr|Domnul|Doamna|Dna|Dl|Госпожа|Господин)\s")
_NOT_ONLY_ONE = re.compile(r"(?i)you|nu\s|вы|ты")
_SENTENCE_BREAK = re.compile(r"[.!?;]\s")
# ... next to what identifies them: a full name, a company, an order or invoice, a phone.
# a floor, room or flat, in Romanian („de la etajul 3"): `_IDENTIFIES` and `_ROOM_OTHER` read it
_FLOOR_RO = r"\bde\s+la\s+(?:etajul|camera|apartamentul|ap\.)\s*\d+"
_IDENTIFIES = re.compile(
    r"(?<![\w.])(?P<hit>[A-ZĂÂÎȘȚА-ЯЁ][a-zăâîșțşţа-яё]+\s+[A-ZĂÂÎȘȚА-ЯЁ][a-zăâîșțşţа-яё]+)|"
    r"(?P<co>«[^»\n]{2,40}»|„[^”\n]{2,40}”|\b(?:from|at|de\s+la|из)\s+[A-ZА-ЯĂÎȘȚ][\w&.-]+)|"
    r"(?i:(?:order|invoice|factur\w*|comand\w*|заказ\w*|сч[её]т\w*)\s*(?:no\.?|nr\.?|№|#)?\s*\d{3,})|"
    r"#\d{3,}|\+?\d[\d ()-]{8,}\d|"
    # s37 (trainK39): a room or floor ("the guest in 312", «из 405-го», „de la etajul 3")
    r"\b(?:in|from|at)\s+(?:room\s+)?\d{3}\b(?!\s*(?:hours?|days?|minutes?|%|[£$€]))|(?<!\w)из\s+\d{2,4}-?(?:го|й)(?!\w)|"
    + _FLOOR_RO
)
# Words one of which every `_OTHER` cue contains: a substring test of each costs
# microseconds, the regex over a 2,000-character draft most of a millisecond.
_OTHER_GUARDS = ("customer", "clien", "user", "buyer", "same", "colleague", "la fel", "aceea",
                 "nostr", "наш",
                 "клиент", "покупател", "пользовател", "же", "guest", "patient", "tenant",
                 "passenger", "member", "resident", "student", "subscriber", "oaspete",
                 "pacient", "chiria", "pasager", "гост", "пациент", "жил", "пассажир",
                 "арендатор", "only one", "first one", "singur", "primul", "prima",
                 "не один", "не одна", "не одни", "не единствен", "не перв", "not alone")  # fmt: skip
# ... or another person by a plain noun: "another lady, Mrs Pike from York, had booked",
# "o altă doamnă, doamna Ene din Brașov", "другая дама, Лапина из Казани" (only with a
# name, order or phone near, as every cue)
_OTHER_PERSON = re.compile(
    r"(?i)\banother\s+(?:lady|gentleman|woman|man|family|couple|shopper|caller|diner|visitor|"
    r"travell?er|person)\b|"
    r"\b(?:un|o)\s+alt(?:ul|a|ă)?\s+(?:doamn\w*|domn\w*|familie|persoan\w*|oaspe[țt]\w*|"
    r"cump[ăa]r[ăa]tor\w*)|"
    r"(?<!\w)друг(?:ая|ой|ую|ие|их)\s+(?:дам[аеуы]|женщин\w*|мужчин\w*|господин\w*|сем(?:ья|ьи|ью|ье)|"
    r"посетител\w*)(?!\w)"
)
_OTHER_PERSON_HINTS = ("another", "un alt", "o alt", "другая", "другой", "другую", "другие",
                       "других")  # fmt: skip


# s37 (trainK39): another guest or neighbour by their room or floor, who complained ("the guest in
# 312 wrote a furious email", «жаловалась гостья из 405-го», „vecinul dvs. de la etajul 3 ne-a
# făcut o reclamație"); the parcel left "with the neighbour in flat 12" is the customer's own story
# s38 (trainK40): a neighbour by where they live from the customer ("the lady in the flat above
# you", «ваша соседка по лестничной клетке», „vecina de deasupra"): the place names them
_NEIGHBOUR_PLACE = (
    r"\b(?:lady|gentleman|man|woman|guy|couple|family|neighbou?rs?|people|tenants?|residents?|person)\s+(?:in|at|from)\s+"
    r"(?:the\s+)?(?:flat|apartment|house|room)\s+(?:above|below|next\s+door|opposite|across\s+the\s+(?:hall|landing))\b|"
    r"(?<!\w)сосед\w*\s+(?:по\s+(?:лестничной\s+клетке|площадке|подъезду|этажу)|сверху|снизу|напротив|за\s+стенкой)(?!\w)|"
    r"\bvecin\w*\s+(?:de\s+)?(?:sus|jos|deasupra|dedesubt|de\s+palier|de\s+vizavi)\b"
)
_WHERE_THEY_LIVE = re.compile("(?i)" + _NEIGHBOUR_PLACE)
_WHERE_MESSAGE = (
    "Who complained, named by where they live: another customer's complaint is theirs (R5)."
)
_ROOM_OTHER = re.compile(
    r"(?i)\b(?:guest|neighbou?r|tenant|resident|couple|family)\s+(?:in|from|at)\s+(?:room\s+|flat\s+)?\d{1,4}\b|"
    r"(?<!\w)(?:гост\w*|сосед\w*|жил\w*|жильц\w*)\s+из\s+\d{1,4}(?:-?(?:го|й))?(?!\w)|"
    r"\b(?:vecin\w*|oaspete\w*|chiria[șs]\w*|locatar\w*)\s+(?:\w+\s+)?" + _FLOOR_RO + r"|"
    # s38 (trainK40): by house number ("the couple at No. 9") or by where they live
    r"\b(?:lady|gentleman|man|woman|couple|family|neighbou?rs?|people)\s+(?:at|in|from)\s+(?:no\.?|number)\s*\d{1,4}\b|"
    + _NEIGHBOUR_PLACE
)
_ROOM_OTHER_HINTS = ("guest", "neighbo", "tenant", "resident", "couple", "family", "гост", "сосед", "жил",
                     "vecin", "oaspete", "chiria", "locatar",
                     # s38
                     "lady", "gentleman", "man ", "woman", "guy", "people", "person")  # fmt: skip
_COMPLAINED = re.compile(
    r"(?i)\b(?:complain\w*|wrote|written|emailed|reported|asked\s+for\s+(?:a\s+)?(?:full\s+)?refund|demand\w*|"
    r"reclama\w*|s-a\s+pl[âa]ns|a\s+scris|ne-a\s+scris|a\s+sesizat|sesizare|a\s+cerut|"
    # s38 (trainK40): "the noise report … from the couple at No. 9 - they've called a few times"
    r"(?:noise\s+)?report|called|phoned|rang|a\s+sunat|au\s+sunat)\b|"
    r"(?<!\w)(?:жаловал\w*|пожаловал\w*|писал\w*|написал\w*|ругал\w*|требовал\w*|жалоб\w*)(?!\w)"
)

# pol122: the product, fare or page a quoted name names („tariful „Basic”", «по тарифу «Лайт»», the "Orders" tab)
_PRODUCT_BEFORE = re.compile(
    r"(?i)(?:\b(?:tarif\w*|plan\w*|pachet\w*|abonament\w*|buton\w*|sec[țt]iun\w*|meniu\w*|tariff|package|bundle|"
    r"button|tab|section|menu)|(?<!\w)(?:тариф\w*|план\w*|пакет\w*|услуг\w*|раздел\w*|кнопк\w*|вкладк\w*|меню))\s*$"
)


def _other_cues(text: str) -> Iterator[re.Match[str]]:
    """`_OTHER` and `_OTHER_PERSON` matches, looked for only around their guard words."""
    yield from hinted(_OTHER, text, _OTHER_GUARDS)
    yield from hinted(_OTHER_PERSON, text, _OTHER_PERSON_HINTS)
    for m in hinted(_ROOM_OTHER, text, _ROOM_OTHER_HINTS):
        lo, hi = sentence_around(text, m.start(), m.end())
        if finder(_COMPLAINED).search(text, lo, hi):
            yield m


def _other_customer(text: str) -> Iterator[Leak]:
    """Another customer named, with their company, order, invoice or phone, but no
    e-mail address (that case is `_addresses`): as much a leak of their data (R5)."""
    for cue in _other_cues(text):
        if cue.re is _ROOM_OTHER and _WHERE_THEY_LIVE.fullmatch(cue.group()):
            # s38 (trainK40): who complained, told by where they live from the customer ("the lady in
            # the flat above you complained"): the place names them, no other datum is needed
            yield Leak("other-customer", *cue.span(), _WHERE_MESSAGE)
            continue
        para_start = text.rfind("\n\n", 0, cue.start()) + 1
        para_end = text.find("\n\n", cue.end())
        para_end = len(text) if para_end < 0 else para_end
        lo, hi = max(para_start, cue.start() - 120), min(para_end, cue.end() + 200)
        only_one = _NOT_ONLY_ONE.match(cue.group())
        for m in _IDENTIFIES.finditer(text, lo, hi):
            if (
                m.group("hit")
                and SENTENCE_START.search(text[max(0, m.start() - 3) : m.start()])
                and not _TITLE_FIRST.match(m.group("hit"))
            ):
                continue  # "Dear Ana" / a sentence that starts with two capitals: no name
            if only_one and m.group("co"):
                continue  # "you're not the only one … see «Help»": a page, not a person's firm
            if m.group()[0] in "+0123456789" and public_number(text, m):
                continue  # "… not the only one. Call us free on 0800 …": our line, no one's
            if (
                m.group("co")
                and m.group("co")[0] in "«„"
                and _PRODUCT_BEFORE.search(text, lo, m.start())
            ):
                continue  # pol122 (blind81's ru-ya014): «по тарифу «Лайт»» is a fare's name, not their firm
            if (
                m.group("co")
                and m.group("co")[0] in "«„"
                and _SENTENCE_BREAK.search(text, cue.end(), m.start())
            ):
                # "alți clienți ne-au spus același lucru. … butonul „Listă”": a quoted
                # name sentences away from the cue is a button or page, not their firm
                continue
            yield Leak(
                "other-customer",
                cue.start(),
                max(cue.end(), m.end()),
                "Another customer's details (name, company, order or phone): never share them (R5).",
            )
            break


_FULL_NAME = re.compile(r"[A-ZĂÂÎȘȚŞŢА-ЯЁ][\w'-]+(?:\s+[A-ZĂÂÎȘȚŞŢА-ЯЁ][\w'-]+)+")


def _named_customers(text: str, known: Known) -> Iterator[Leak]:
    """A customer of this desk named in another customer's reply: blocked like their
    address (R5). Names are the desk's, so this knows them; one lookup per run of
    capitalised words, and nothing at all on a desk without names."""
    if not known.other_names:
        return
    for m in finder(_FULL_NAME).finditer(text):  # the same matches, found faster
        words = m.group().split()
        for size in range(len(words), 1, -1):  # "Dear Ana Pop Ionescu": any 2+ word run
            for first in range(len(words) - size + 1):
                name = " ".join(words[first : first + size]).lower()
                if name in known.other_names and name != known.customer_name:
                    yield Leak(
                        "other-customer",
                        *m.span(),
                        "The name of another customer of this desk (R5).",
                    )
                    return


def _terms(text: str, known: Known) -> Iterator[Leak]:
    for term in known.terms:
        if not term.strip():
            continue
        for m in re.finditer(rf"(?i)(?<!\w){re.escape(term.strip())}(?!\w)", text):
            yield Leak("team-term", *m.span(), f"A term the team marked confidential: {term} (R5).")


# A version number shaped like a private address: "firmware 10.4.2.17", "client 10.3.1.2",
# "versiunea 10.3.1.2", "прошивку до версии 10.4.2.17", "Windows 10.0.19045".
# a port after an address: "10.42.8.17 port 1194", "192.168.77.10, порт 1194", ":1194"
_PORT_AFTER = re.compile(r"(?i)(?::\d{2,5}\b|,?\s+(?:on\s+)?(?:port|portul|порт)\w*\s*\d)")
_VERSION_BEFORE = re.compile(
    r"(?i)(?:\bv|version\w*|firmware|release|build|client|app|update|upgrade|patch|windows|macos|"
    r"ios|android|versiun\w*|actualiz\w*|aplica\w*|клиент\w*|верси\w*|прошивк\w*|сборк\w*|"
    r"обнов\w*|\d+\.\d+(?:\.\d+)*|релиз\w*|выпуск\w*|приложени\w*)\W+(?:\w+\W+){0,2}$"
)


# a version named by its word (not by the number before it, as `_VERSION_BEFORE` also does)
_VERSION_WORD = re.compile(
    r"(?i)(?:\bv|version\w*|firmware|release|build|update|upgrade|patch|versiun\w*|actualiz\w*|"
    r"верси\w*|прошивк\w*|сборк\w*|обнов\w*|релиз\w*)\W+(?:\w+\W+){0,2}$"
)


_DOTTED: tuple[str, list[re.Match[str]]] = ("", [])


def _dotted(text: str) -> list[re.Match[str]]:
    """Every `_IPV4` match of `text`, found once per draft: `_version_sibling` asks for
    them at each address of a draft with several (spd16; the last text, by identity)."""
    global _DOTTED
    last = _DOTTED
    if last[0] is not text:
        last = _DOTTED = (text, list(finder(_IPV4).finditer(text)))
    return last[1]


def _version_sibling(text: str, m: re.Match[str]) -> bool:
    """leak14: another dotted number of the draft named as a version, with the same first
    part, while nothing names this one an address or gives it a port: a version too."""
    before = text[max(sentence_start(text, m.start()), m.start() - 40) : m.start()]
    if (
        _PORT_AFTER.match(text, m.end())
        or _ADDRESS_WORD.search(before)
        or _OURS_WORD.search(before)
    ):
        return False  # "the hub talks to our controller at 10.5.9.2": an address of ours
    first = m.group().split(".", 1)[0] + "."
    for o in _dotted(text):
        if (
            o.start() != m.start()
            and o.group().startswith(first)
            and _VERSION_WORD.search(text[max(0, o.start() - 30) : o.start()])
            and not _PORT_AFTER.match(text, o.end())
        ):
            return True
    return False


# National identity numbers (R5): whoever they belong to, they never go in an e-mail.
# the first digit before the look-behinds: most positions fail at once
_CNP = re.compile(r"[1-8](?<!\d[1-8])(?<!\d[.,-][1-8])\d{12}(?!\d|[.,-]\d)")
_CNP_KEY = "279146358279"
_CNP_BEFORE = re.compile(r"(?i)\b(?:CNP|cod(?:ul)? numeric personal)\w*\W{0,4}(?:\w+\W+)?$")
# leak106 (trainK46): the series and number named apart («серия 4512 номер 839204»)
_RU_PASSPORT = re.compile(r"(?<![\d-])\d{2}\s?\d{2}\s?(?:,?\s*(?:номер|№|н\.)\s?)?\d{6}(?!\d|-\d)")
_ID_WORD = re.compile(
    r"(?i)паспорт\w*|серия|серии|passport\w*|pa[șs]aport\w*|buletin\w*|carte\w* de identitate|"
    r"документ\w*|удостоверени\w*|"
    # lpar16: "CI seria RX nr. 123456" names the card by its series, as "серия" does
    r"\bseria\b"
)
_ID_CARD = re.compile(
    r"(?i)(?:passport\s*(?:no\.?|number|nr\.?|#)?\s*:?\s*(?P<p>[A-Z]{0,2}\d{7,9})\b|"
    r"\bseria\s+(?P<ro>[A-Z]{2}\s*(?:nr\.?|num[ăa]rul)?\s*\d{6})\b)"
)

# Numbers named by their kind: SNILS (RU), a person's 12-digit INN (a company's has 10
# and is printed on every invoice), a US SSN, a UK National Insurance number.
_ID_NAMED = re.compile(
    r"(?i)\b(?:снилс\w*|инн|ssn|social\s+security(?:\s+number)?|national\s+insurance(?:\s+number)?|"
    r"ni\s+number)\b\W{0,3}(?:[^\W\d]+\W+){0,2}?"
    r"(?P<hit>\d{3}-\d{3}-\d{3}[ -]\d{2}|\d{11,12}|\d{3}-\d{2}-\d{4}|[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D])(?!\w|-\d)"
)
# leakT16: a company's tax or registration code ("ИНН 5024173829", "ОГРН …"), printed on
# every invoice: not a passport's series and number
_COMPANY_CODE = re.compile(r"(?i)(?<!\w)(?:инн|огрн(?:ип)?|кпп|бик|окпо|cui|cif)\W{0,3}$")
_ID_NAMED_HINTS = ("снилс", "инн", "ssn", "social security", "insurance", "ni number")

_ID_HINTS = (
    "паспорт",
    "сери",
    "passport",
    "aport",
    "buletin",
    "identitate",
    "документ",
    "удостоверен",
    "seria",
)


def cnp_valid(digits: str) -> bool:
    """The Romanian personal numeric code: sex/century digit, a real month and day, and
    its check digit (weights 279146358279, mod 11, 10 counts as 1)."""
    if len(digits) != 13 or not digits.isdigit() or digits[0] == "0":
        return False
    month, day = int(digits[3:5]), int(digits[5:7])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return False
    check = sum(int(a) * int(b) for a, b in zip(digits[:12], _CNP_KEY, strict=True)) % 11
    return (1 if check == 10 else check) == int(digits[12])


def _national_ids(text: str, known: Known | None = None) -> Iterator[Leak]:
    """A Romanian CNP (by its checksum), a Russian passport "45 12 345678" next to a
    document word, a passport or ID-card number named as such — unless it is the
    customer's own read back or a format sample (`_sample_or_own`, leakT16)."""
    for leak in _national_id_spans(text):
        if not _sample_or_own(text, leak, known or Known()):
            yield leak


# leakT16: a format shown with a sample mark ("СНИЛС в формате 000-000-000 00 (это
# образец)", "e.g.", "de exemplu"): no one's number
_ID_SAMPLE = re.compile(
    r"(?i)\b(?:e\.g\.|for\s+example|example|sample|format|de\s+exemplu|exemplu|formatul)\b|"
    r"(?<!\w)(?:образ(?:ец|ца|цу)|пример\w*|формат\w*|например)(?!\w)"
)


def _sample_or_own(text: str, leak: Leak, known: Known) -> bool:
    """leakT16: an ID of one repeated digit or named as a sample ("в формате 000-000-000
    00"), or the customer's own ("ваш СНИЛС …", their name in the sentence, `_own_account`
    as for an IBAN: "Сверили данные: Петрова Ольга Викторовна, паспорт …")."""
    digits = re.sub(r"\D", "", text[leak.start : leak.end])
    if digits and len(set(digits)) == 1:
        return True
    if _ID_SAMPLE.search(text, sentence_start(text, leak.start), leak.start):
        return True
    value = text[leak.start : leak.end]
    if number_key(value) in known.own_values:
        return True
    sentence = text[sentence_start(text, leak.start) : leak.start]
    after = text[leak.end : leak.end + 60]
    if OUR_DETAILS.search(sentence):
        return True  # leak17a: "наши реквизиты: ИП Сидоров А.В., ИНН …": a firm's, public
    if (
        finder(RELATION).search(sentence)
        or _NOT_THEIRS.search(sentence + after)
        or NOT_YOURS.search(sentence + after)
        or _SOMEONE_ELSES.match(after)
    ):
        return False  # "nu sunt ale dumneavoastră: CNP …, al unei alte persoane"
    if _YOUR_NEAR.search(sentence[-60:]):
        return True  # "ваш СНИЛС 123-456-789 64", "на вашу организацию, ИНН …"
    if _GIVEN_BY_YOU.match(after):
        return True  # leak30: «СНИЛС 145-872-390 12, который вы указали в заявлении»
    if _COMPANY_CODE.search(text, max(0, leak.start - 12), leak.start) and (
        OUR_DETAILS.search(sentence) or _our_block(text, leak.start)
    ):
        return True  # leak17b: "наши реквизиты: ИП Сидоров А.В., ИНН …": ours, on every invoice
    words = {w.lower() for w in re.findall(r"[^\W\d_]{3,}", sentence) if w[0].isupper()}
    return bool(_READ_BACK_ID.search(sentence)) and bool(words & customer_names(text, known))


# leakT16: someone else's, or not the customer's ("nu sunt ale dumneavoastră", "another
# person", "чужой"); and a read-back ("Сверили данные: Петрова Ольга Викторовна, паспорт")
_NOT_THEIRS = re.compile(
    r"(?i)\b(?:not\s+yours|not\s+your|another|other|nu\s+(?:sunt|este|e)\b|alt\w*|"
    r"două\s+persoane|two\s+people)\b|(?<!\w)(?:не\s+ваш\w*|друг\w*|чуж\w*|двое)(?!\w)"
)
# leak185 (trainK69's ro-za036): said to be a named third person's right after it („emisă pe CNP-ul
# …, al domnului Nistor Vasile", "… of Mr Vasile Nistor"), whatever "dvs." came before
_SOMEONE_ELSES = re.compile(
    r"(?i)\W{0,3}(?:(?:al|a)\s+(?:domnului|doamnei|dlui|dnei|d-lui|d-nei)|"
    r"(?:which\s+(?:is|belongs\s+to)\s+|belonging\s+to\s+|of\s+)(?:Mr|Mrs|Ms|Miss|Dr))\b"
)
# leak30 (trainK20): the number the customer gave us, said right after it
_GIVEN_BY_YOU = re.compile(
    r"(?i)\W{0,3}(?:(?:that|which)\s+)?you\s+(?:gave|entered|provided|wrote|put|sent)\b|"
    r"\W{0,3}pe\s+care\s+(?:l|le|o)-?a[țt]i\s+(?:indicat|trecut|completat|dat|scris|trimis)\b|"
    r"\W{0,3}котор\w+\s+вы\s+(?:указали|ввели|написали|предоставили|дали|прислали)(?!\w)"
)
_READ_BACK_ID = re.compile(
    r"(?i)\b(?:confirm\w*|verified|we\s+checked|am\s+verificat|confirm[ăa]m)\b|"
    r"(?<!\w)(?:сверил\w*|подтвержда\w*|проверил\w*)(?!\w)"
)


def _national_id_spans(text: str) -> Iterator[Leak]:
    msg = "A national identity or passport number: never in a reply (R5)."
    for m in _CNP.finditer(text):
        if cnp_valid(m.group()) or _CNP_BEFORE.search(text[max(0, m.start() - 20) : m.start()]):
            yield Leak("national-id", *m.span(), msg)
    low = lowered(text)
    if has_any(low, _ID_NAMED_HINTS):
        for m in finder(_ID_NAMED).finditer(text):
            yield Leak("national-id", *m.span("hit"), msg)
    # through `finder`: the same matches, without trying the case-insensitive
    # alternation at every position of the draft (~170 µs per 2,000 characters)
    if has_any(low, _ID_HINTS) and finder(_ID_WORD).search(text):
        for m in finder(_RU_PASSPORT).finditer(text):
            window = text[max(0, m.start() - 60) : m.end() + 40]
            if (
                _ID_WORD.search(window)
                and not _NOT_CARD.search(text[max(0, m.start() - 20) : m.start()])
                and not own_record(text, m.start(), m.end())  # leak16: "который вы указали"
                and not _COMPANY_CODE.search(text, max(0, m.start() - 12), m.start())
            ):
                yield Leak("national-id", *m.span(), msg)
        for m in finder(_ID_CARD).finditer(text):
            if not own_record(text, m.start(), m.end()):  # leak16: "your passport number"
                yield Leak("national-id", *m.span("p" if m.group("p") else "ro"), msg)


# A note for colleagues left in the draft: "[INTERNAL - do not send: …]", "[ВНУТРЕННЕЕ …]",
# "Notă internă: …". Only in brackets or at the start of a line with a colon, so "I've
# added an internal note to your ticket" (said to the customer) stays clean.
_NOTE_WORDS = (
    r"(?:internal|intern[ăa]?|staff\s+only|for\s+(?:the\s+)?(?:staff|team|colleagues)|agents?\s+only|"
    r"note\s+to\s+self|(?:pentru|pt\.?)\s+(?:echip[ăa]|colegi)|colegilor|для\s+(?:команды|коллег)|"
    r"коллегам|команде|"
    r"(?:agent|staff)\s+note|NB\b|N\.B\.|FYI\b|L[123]\b|tier\s*[123]|second\s+line|nivelul\s+[123]|"
    r"linia\s+(?:a\s+)?(?:doua|două|[123])|(?:втор|перв|трет)\w+\s+лини\w*|do\s+not\s+admit|nu\s+recunoa[șs]tem|"
    r"не\s+призна[её]м|not[ăa]\s+(?:pentru\s+)?agen[tț]\w*|заметка\s+агента|"
    r"do\s+not\s+send|don'?t\s+send|not\s+for\s+(?:the\s+)?(?:customer|client)|"
    r"not[ăa]\s+intern[ăa]|doar\s+intern|nu\s+(?:se\s+)?trimite|nu\s+trimite[țt]i|"
    r"внутр(?:енн\w*|\.)|служебн\w*|не\s+отправлять|не\s+для\s+клиента|для\s+своих)"
)
# At the start of a line only what the packs' "internal-info" rule does not say already
# ("Internal note:", "Notă internă:" are its phrases, and its rule id names them).
_NOTE_LINE_WORDS = (
    r"(?:staff\s+only|agents?\s+only|note\s+to\s+self|do\s+not\s+send|don'?t\s+send|"
    r"not\s+for\s+(?:the\s+)?(?:customer|client)|doar\s+intern|nu\s+(?:se\s+)?trimite|"
    r"nu\s+trimite[țt]i|служебн\w*|не\s+отправлять|не\s+для\s+клиента|внутр\.|"
    r"для\s+(?:своих|коллег|команды)|pentru\s+(?:colegi|echip[ăa]))"
)
_NOTE = re.compile(
    # leak139 (heldK47): a closed slot ends the bracket ("<CHEIA_TA>. Cheia nu se trimite …")
    rf"(?im)(?:[\[({{<]{{1,2}}|>>)[^\]\)>\n]{{0,30}}?\b{_NOTE_WORDS}|"
    # "// внутр.: …", "ВНУТР. ЗАМЕТКА: …": a line for colleagues (also after "//")
    rf"^[ \t*_#>/-]*{_NOTE_LINE_WORDS}(?:\s+\w+){{0,2}}\s*[:—–-]|"
    # "PS intern:", "P.S. internal —", "NB служебное:": a postscript for colleagues
    # "FYI internal -", "FYI, внутреннее:", "heads-up intern:": the same, after an aside word
    r"^[ \t*_#>-]*(?:p\.?\s?s\.?|n\.?\s?b\.?|fyi|heads[- ]?up)[ \t,]*(?:intern\w*|внутр\w*\.?|служебн\w*|"
    r"for\s+(?:the\s+)?(?:team|staff)|pentru\s+(?:echip[ăa]|colegi)|для\s+(?:своих|коллег))\s*[:—–-]"
)


# one of which every `_NOTE` match contains (lowercase): most drafts have none, and the
# regex has no literal start to search for
_NOTE_HINTS = ("intern", "staff", "team", "colleag", "agen", "self", "send", "customer", "client",
               "echip", "coleg", "trimit", "команд", "коллег", "агент", "служебн", "отправл",
               "клиент", "своих", "внутр", "nb", "n.b.", "fyi", "l1", "l2", "l3", "tier", "line", "nivel",
               "linia", "лини", "admit", "recunoa", "призна", "int.", "pentru noi")  # fmt: skip


# A colleague addressed by their chat handle, left in the reply: "@mark.fenton can you
# approve the refund", "@marius.fotea poți aproba …", "@mark.fedotov одобри, пожалуйста"
# (R5: a note for the team). A handle at a sentence start with a request, or after "cc";
# not "follow us @greenleaf" or "our bot @shop_bot" (public handles, no request).
_MENTION = re.compile(
    r"(?im)(?:^|[.!?]\s+)[ \t>*-]*(?P<at>@[a-z][\w.-]{0,30}[a-z0-9])[,:—–-]?\s+(?:pls\b|plz\b|"
    r"please\b|can\s+you|could\s+you|would\s+you|approve|check|confirm|take\s+a\s+look|"
    r"look\s+into|do\s+we|po[țt]i|pute[țt]i|te\s+rog|aprob\w*|verific\w*|vezi|confirm\w*|"
    r"можешь|сможешь|одобри\w*|посмотри\w*|проверь\w*|глянь\w*|подтверди\w*|пожалуйста|плиз|"
    r"heads\s+up|fyi|note|careful|aten[țt]ie|grij[ăa]|внимание|имей\s+в\s+виду|учти|осторожно)|"
    # "@Mihai, …", "@mark: …" opening a line: a colleague addressed
    r"^[ \t>*-]*(?P<voc>@[a-z][\w.-]{0,30}[a-z0-9])\s*[,:—–]\s|"
    r"\bcc:?\s*(?P<cc>@[a-z][\w.-]{0,30}[a-z0-9])(?![\w@])"
)


def _mentions(text: str) -> Iterator[Leak]:
    if "@" not in text:
        return
    for m in _MENTION.finditer(text):
        at = next(m.start(g) for g in ("at", "voc", "cc") if m.group(g))
        yield note_line(
            text,
            at,
            "A colleague addressed by their handle: a note for the team is still in the draft (R5).",
        )
        return


# "// для своих: …", "# internal: …": a comment-marked line with any note word
# (a general note word only as a label: "// внутренний счётчик в примере" is code's comment)
_NOTE_COMMENT = re.compile(
    rf"(?i)(?://+|#+|--+)[ \t]*(?:{_NOTE_LINE_WORDS}|{_NOTE_WORDS}(?=\s*[:—–-])|"
    # lpar16: the mid-line mark's team words at a line's start too ("// team only: …",
    # "// doar pentru noi: …"), and "int." as "внутр." is ("// int.: awkward customer")
    r"(?:(?:team|staff)\s+only|doar\s+pentru\s+noi|int\.)(?=\s*[:—–-]))"
)


# "Escalated. // для своих: …", "Done // team only: …": the same mark after a sentence on
# its line, only with a word that names the team and a colon or dash ("// FYI: your
# parcel" and "x += 1 // internal counter" say nothing to colleagues)
_NOTE_COMMENT_MID = re.compile(
    rf"(?i)//+[ \t]*(?:{_NOTE_LINE_WORDS}|internal|intern[ăa]?|внутренн\w*|"
    r"(?:only\s+)?for\s+(?:the\s+)?(?:team|staff|colleagues)|(?:team|staff)\s+only|"
    r"doar\s+pentru\s+(?:colegi|echip[ăa]|noi)|"
    r"только\s+для\s+(?:своих|коллег|команды|нас)|коллегам|команде)\s*[:—–-]"
)


def _comment_notes(text: str) -> Iterator[re.Match[str]]:
    """`_NOTE_COMMENT` at the start of a line, tried only where its mark opens one;
    `_NOTE_COMMENT_MID` where "//" follows a space later on a line."""
    for mark in ("//", "#", "--"):
        at = text.find(mark)
        while at >= 0:
            before = text[text.rfind("\n", 0, at) + 1 : at]
            if not before.strip(" \t"):
                m = _NOTE_COMMENT.match(text, at)
                if m is not None:
                    yield m
            elif mark == "//" and before[-1] in " \t":
                m = _NOTE_COMMENT_MID.match(text, at)
                if m is not None:
                    yield m
            at = text.find(mark, at + len(mark))


# where a `_NOTE` match can start: a bracket or ">>" (its first branch), or a line's start
# (the "^" of the others: position 0, or after a line break)
_NOTE_AT = re.compile(r"[\[({<>\n]")
_NOTE_LOW = caseless_copy(_NOTE)  # the same matches on the lowered draft, tried faster


def _first_note(text: str) -> re.Match[str] | None:
    """`_NOTE`'s first match (finditer's first), tried only where one can start."""
    low = lowered(text)
    pattern, seen = (_NOTE_LOW, low) if _NOTE_LOW and len(low) == len(text) else (_NOTE, text)
    if pattern.match(seen, 0) is not None:
        return _NOTE.match(text, 0)
    for c in _NOTE_AT.finditer(text):
        at = c.end() if c.group() == "\n" else c.start()
        if pattern.match(seen, at) is not None:
            return _NOTE.match(text, at)
    return None


def _internal_notes(text: str) -> Iterator[Leak]:
    if not any_of(text, _NOTE_HINTS):
        return
    first = _first_note(text)
    for m in itertools.chain((first,) if first else (), _comment_notes(text)):
        yield note_line(
            text,
            m.start(),
            "A note meant for colleagues is still in the draft: remove it before sending (R5).",
        )
        return
