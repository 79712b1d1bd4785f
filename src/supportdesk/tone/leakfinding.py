"""What the confidentiality detectors (R5) share: the finding they report, what the
ticket tells them (`Known`), and where a sentence starts — so that the detectors of
secrets (secrets.py) and of other people's data (persons.py) read a draft the same way.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from supportdesk.tone.substrings import Positions, Substrings
from supportdesk.tone.words import SHORT, finder, lowered

# whether a draft holds a digit: one C scan, where a generator over the characters of a
# 2,000-character draft without an early digit costs microseconds (most number families
# skip a draft with none)
has_digit = re.compile(r"\d").search
# a phone number: a digit, at least seven digits, spaces, brackets or dashes, and a digit, not
# inside a word or after a "+" of its own (persons' data, backstage's, described's, exposures'
# and whereabouts' phone families read it alike)
PHONE = re.compile(r"(?<![\w+])\+?\d[\d ()\u2010\u2011-]{7,}\d(?!\w)")
# an e-mail address, whole (secrets' addresses of other people, backstage's inboxes of ours)
EMAIL = re.compile(r"(?i)(?<![\w.+-])[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}(?![\w-])")


@dataclass(frozen=True, slots=True)
class Leak:
    kind: str  # rule id suffix: password, token, private-key, private-ip, internal-host, ...
    start: int
    end: int
    message: str


@dataclass(frozen=True, slots=True)
class Known:
    """What the ticket tells the detectors: whose addresses are fine to mention."""

    customer_email: str = ""
    own_addresses: frozenset[str] = frozenset()
    other_customers: frozenset[str] = frozenset()
    terms: tuple[str, ...] = ()
    internal_domains: tuple[str, ...] = ()
    customer_name: str = ""  # lowercase
    other_names: frozenset[str] = frozenset()  # full names, lowercase (context.full_names)
    # the customer's own e-mails, IBANs, phone numbers and streets (leakvalues.own_values)
    own_values: frozenset[str] = frozenset()


def note_line(text: str, start: int, message: str) -> Leak:
    """An internal note found at `start`: the finding runs to the end of its line, since
    the whole note must go before sending, not only the word that gave it away."""
    line_end = text.find("\n", start)
    return Leak("internal-note", start, len(text) if line_end < 0 else line_end, message)


# Someone close to the customer, not the customer: "your husband's", "colegului
# dumneavoastră", "вашей супруги", "your neighbour".
# the reader named, in any person's form ("you're", "your", „vă", „dvs", «вы», «ваш», «ты», a
# Russian second-person verb «подключаешься»): what a leak family checks just before its value
# to tell the customer's own ("you're logging in from …", "your room at the Hotel …", "your
# test results") from someone else's (s39: one pattern for backoffice, whereabouts and secrets)
SECOND_PERSON = re.compile(
    r"(?i)\b(?:you|your|yours|you're|you\s+are|you'll\s+be|v[ăa]|dvs|dumneavoastr[ăa]|voastr[ăa]|te|tu|t[ăa]u)\b|"
    r"(?<!\w)(?:вы|ваш\w*|вас|вам|вами|ты|тво\w*|тебя|тебе|\w+(?:ешься|ёшься|ишься|етесь|итесь))(?!\w)"
)

RELATION = re.compile(
    # pol137 (trainP52's en-zb006): not a firm we work with ("our collections partner", "partenerul nostru de recuperare")
    r"(?i)\b(?:husband|wife|spouse|(?<!collections\s)(?<!collection\s)(?<!recovery\s)(?<!delivery\s)(?<!courier\s)"
    r"(?<!payment\s)(?<!business\s)(?<!logistics\s)(?<!repair\s)(?<!\bour\s)partner(?!\s+(?:company|agency|firm|bank|"
    r"shop|store|network))|son|daughter|mother|father|parent|brother|sister|"
    r"friend|neighbou?r|colleague|relative|family|flatmate|roommate|boss|employer|landlord|"
    r"so[țţt]\w*|sotie\w*|fiu\w*|fiic\w*|mam[aăei]\w*|tat[aăl]\w*|frat\w*|sor[aăei]\w*|"
    r"prieten\w*|vecin\w*|coleg\w*|rud\w*|partener\w*(?!\s+(?:nostru|noastr\w*|de\s+(?:recuperare|livrare|curierat)))|muž|"
    r"муж\w*|жен[аеуыо]\w*|супруг\w*|сын\w*|доч\w*|мам\w*|матер\w*|отц\w*|отец|брат\w*|"
    # «другой девушке» is someone else too; pol100 (trainP38): not «из другой страны» (a place or a device)
    r"сестр\w*|друг\w*(?!\w)(?!\s+(?:стран|город|устройств|браузер|регион|сайт|банк|сет|мест|оператор|"
    r"провайдер|магазин|отделени|филиал|аккаунт|номер|карт|сч[её]т|тариф|сервис|компани|адрес|день|дн|раз)\w*)|"
    r"подруг\w*|сосед\w*|коллег\w*|родствен\w*|партн[её]р\w*)\b"
)
# pol71 (trainP29): a colleague of ours to call or write to at work („o puteți suna direct pe
# colega mea, Irina, la 0264 555 012"): our own line, unless the draft calls it personal or a
# mobile ("try him on his mobile", „pe numărul lui personal": two leaks over every labelled
# case). othersdata.py and persons.py
OUR_COLLEAGUE = re.compile(
    r"(?i)\b(?:my|our)\s+(?:\w+\s+)?(?:colleagues?|engineer|technician|manager|advisor|adviser)\b|"
    r"\bcoleg(?:a|ul)\s+(?:mea|meu|noastr[ăa]|nostru)\b|(?<!\w)(?:мо|наш)(?:ей|ему|а|и|его|у)\s+(?:\w+\s+)?"
    r"(?:коллег\w*|инженер\w*|мастер\w*|менеджер\w*)(?!\w)"
)
PRIVATE_LINE = re.compile(
    r"(?i)\b(?:mobile|cell|personal|private|own\s+number|home\s+number|mobil\w*|personal\w*|privat\w*)\b|"
    r"(?<!\w)(?:мобильн\w*|личн\w*|сотов\w*|домашн\w*)(?!\w)"
)
# "but", "dar", "însă", «но», «однако»: what follows a refusal may tell it anyway
# (othersdata.py, othersmoney.py, confided.py)
BUT = re.compile(r"(?i)\b(?:but|dar|[îi]ns[ăa])\b|(?<!\w)(?:но|однако)(?!\w)")
# "passwords like P@ssw0rd", "parole de tipul Parola123!", "пароли вроде Qwerty123",
# "например: Xy7#kLm2": an example of a (bad) password, not one (secrets.py, handedover.py)
EXAMPLE = re.compile(
    r"(?i)\b(?:like(?!\s+(?:you|we|i|they|before|last|agreed))|such\s+as|e\.\s?g\.|eg|for\s+(?:example|instance)|similar\s+to|"
    r"de\s+tipul|de\s+genul|cum\s+ar\s+fi|de\s+exemplu|precum|ex\.|"
    r"вроде|например|типа|наподобие|к\s+примеру)(?!\w)"
)
# a maker's default, not a value of ours: "the default PIN", "factory code", „din fabrică", «заводской
# пароль», «по умолчанию» (accesscodes.py: a door's factory code; secrets.py: a default PIN to change)
FACTORY = re.compile(
    # pol68 (heldK39): „parola implicite": every form of „implicit"
    r"(?i)\b(?:default|factory|din\s+fabric[ăa]|implicit\w*)\b|(?<!\w)(?:заводск\w*|по\s+умолчанию)(?!\w)"
)

# trainK37: the maker's default, with the instruction to replace it ("every lock ships with the
# default PIN 123456, and the app will ask you to change it", „PIN-ul implicit 0000 … schimbați-l",
# «заводской пароль 1234 … смените его»): printed in every manual, not a secret of ours (R5). The
# default is `FACTORY` just before the value (before the password word or after it:
# «логин и пароль по умолчанию — admin/admin … система попросит задать свой», trainK44); this,
# the instruction after it
_CHANGE_IT = re.compile(
    r"(?i)\b(?:change|replace|reset)\s+(?:it|this|that|them)\b|\bset\s+(?:up\s+)?your\s+own\b|"
    r"\bschimba[țt]i(?:-l|-o|-le)?\b|\bseta[țt]i\s+unul\s+nou\b|"
    # leak138 (trainK53): „Vă rugăm să vă setați propriul cod de 4–6 cifre"
    r"\b(?:v[ăa]\s+)?seta[țt]i(?:-v[ăa])?\s+(?:propriul|un\s+nou|noul)\s+cod\b|(?<!\w)(?:смените|измените|поменяйте|(?:задайте|задать)\s+(?:свой|новый)|(?:сменить|поменять)\s+(?:его|их|пароль)|(?:его|их)\s+(?:сменить|поменять))(?!\w)"
)


# pol106 (heldK51's ru-xf071): ... or said to be printed on the device itself («логин и пароль по
# умолчанию — admin/admin, они же указаны на наклейке снизу роутера», "also on the sticker"): what
# anyone holding it reads
_ON_LABEL = re.compile(
    r"(?i)\bon\s+the\s+(?:sticker|label)\b|\bpe\s+etichet\w*|(?<!\w)на\s+(?:наклейк|этикетк)\w*|"
    # pol117 (heldK54's ro-xr020): or in its manual („scrie și în manual", "it's in the manual", «есть в инструкции»)
    r"\b(?:[îi]n\s+manual(?:ul)?|in\s+the\s+(?:manual|user\s+guide))\b|(?<!\w)в\s+инструкции(?!\w)"
)


# pol114 (trainK59's en-xo057, heldK52's en-xj041): the default said as what every new device
# starts with ("Your voicemail PIN is 1234 until you change it — every new SIM starts with that",
# „toate cartelele noi vin cu 0000", «у всех новых сим-карт он 0000»)
_EVERY_NEW = re.compile(
    r"(?i)\b(?:every|all|each)\s+new\s+(?:\w+\s+)?(?:sims?|routers?|cards?|phones?|handsets?|modems?|lines?)\b|"
    r"\b(?:toate|orice)\s+(?:cartel\w*|sim-?uri\w*|routere\w*)\s+no[ia]\b|"
    r"(?<!\w)(?:все|всех|любая|любой|каждая|каждой)\s+нов\w+\s+(?:сим|роутер|модем)\w*|"
    # pol117 (heldK54's ro-xr020): every device of the series („ca toate camerele din seria asta", "like every
    # camera in this range", «как у всех камер этой серии»)
    r"\b(?:ca\s+)?toate\s+\w+(?:le|ele)\s+din\s+(?:seria|gama)\b|\b(?:every|all|each)\s+(?:\w+\s+){0,2}in\s+(?:this|the|that)\s+"
    r"(?:range|series|line)\b|(?<!\w)(?:у\s+)?(?:всех|все)\s+\w+\s+(?:этой|из\s+этой)\s+(?:серии|линейки)(?!\w)"
)


def maker_default(text: str, lead: int, value: int, end: int) -> bool:
    """Whether the value at `value` is the maker's default (`FACTORY` between `lead` and
    it, or every new device's, `_EVERY_NEW`, after it) told with the instruction to replace
    it (`_CHANGE_IT` after `end`) or as printed on the device (`_ON_LABEL`): the password
    families' and the premise codes' (pasted.py, leak138: „setat din fabrică codul 000000 …
    vă setați propriul cod")."""
    after = min(len(text), end + 200)
    if FACTORY.search(text, lead, value) is None and _EVERY_NEW.search(text, end, after) is None:
        return False
    return bool(_CHANGE_IT.search(text, end, after) or _ON_LABEL.search(text, end, after))


# the last digits of a number named as such, not a value of their own ("the mobile ending in 481", a
# code's phone; "your landlord's account ending 8821", a payee's account)
ENDING = re.compile(
    r"(?i)(?:ending|ends|termin[ăa]\s+[îi]n|terminat\s+[îi]n|заканчива\w*\s+на|оканчива\w*\s+на)\W{0,6}$"
)
ENDING_WORDS = ("end", "termin", "канчива")


SENTENCE_END = re.compile(
    r"[.!?](?=\s+[A-ZĂÂÎȘȚА-ЯЁ])(?<!\bStr\.)(?<!\bstr\.)(?<!\bMr\.)(?<!\bMrs\.)"
    r"(?<!\bDr\.)(?<!\bdl\.)(?<!\bdna\.)(?<!\bул\.)(?<!\bг\.)|\n"
)
# not "tel. 0745", "nr. 12"; leak14: nor after a title or a street's abbreviation ("Str. Morii 3",
# "Mr. Hale", "ул. Ленина", "г. Казань"): the sentence goes on
# a sentence starts right here: the text's start, after an end mark or a line break
SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+|\n\s*)$")


_LOOKAHEAD = 60  # what a pattern's lookahead may need to read past its match


def hinted(
    pattern: re.Pattern[str], text: str, hints: tuple[str, ...], reach: int = 40
) -> Iterator[re.Match[str]]:
    """`pattern`'s matches found only in windows of `reach` characters around its
    lowercase `hints` (words one of which every match contains): a substring search
    costs microseconds where a pattern that opens with an alternation is tried at every
    position of a 2,000-character draft (most of a millisecond). Each start once."""
    low, _ = lowered_for_hints(text)
    where = _positions(low, hints)
    windows: list[tuple[int, int]] = []
    for hint in hints:
        for at in where(hint):
            windows.append((max(0, at - reach), min(len(text), at + len(hint) + reach)))
    seen: set[int] = set()
    found = finder(pattern)  # the pattern's own matches, found faster
    for lo, hi in sorted(windows):
        for m in found.finditer(text, lo, hi):
            if m.start() in seen:
                continue
            seen.add(m.start())
            # pol53 (blind57): a window's end hides what follows from a lookahead ("a
            # different member" + "of the team"): near it, the match the whole text has there
            near_end = hi < len(text) and m.end() + _LOOKAHEAD > hi
            whole = pattern.match(text, m.start()) if near_end else m
            if whole is not None:
                yield whole


_CYRILLIC = re.compile(r"[а-яё]")
_memo: tuple[str, str, bool] = ("", "", False)
# every hint word the detectors asked about, searched for in one pass per draft
# (substrings.py): ~250 `in` tests of the whole draft per lint become set look-ups
_HINTS = Substrings()


def _memoised(text: str) -> tuple[str, str, bool]:
    """`text`, its lower case and whether it holds Cyrillic, worked out once per draft:
    every detector asks again (one tuple swapped whole, so threads linting at once each
    read a consistent answer; the cache holds one text, compared by identity)."""
    global _memo
    memo = _memo
    if memo[0] is text:
        return memo
    low = lowered(text)  # words.lowered: the case-insensitive finders read the same one
    memo = (text, low, _CYRILLIC.search(low) is not None)
    if len(text) > SHORT:  # a window leaves the draft's memo in place (words.lowered)
        _memo = memo
    return memo


def lowered_for_hints(text: str) -> tuple[str, bool]:
    """The lower case `hinted` searches (the text itself where lowering moves positions:
    "İ" lowers to two characters) and whether the draft holds Cyrillic."""
    _, low, cyrillic = _memoised(text)
    return (low if len(low) == len(text) else text), cyrillic


# the hint tuples known to be in `_HINTS`' vocabulary, by id, each with the tuple itself
# (kept alive, so its id is not reused while it is filed here)
_REGISTERED: dict[int, tuple[str, ...]] = {}
_MAX_REGISTERED = 4096


def hint_positions(hints: tuple[str, ...]) -> Callable[[str], Positions]:
    """Where each hint word starts in the lowered draft, for every word `_HINTS` knows
    (`hints` are added to it first if some are new: a detector's first lint). A tuple
    seen before is answered by one look-up (spd22a): the superset test hashed each of
    its words again, ~180 calls a lint, most with the same module-level tuples."""
    if _REGISTERED.get(id(hints)) is not hints:
        if not _HINTS.vocabulary.issuperset(hints):
            _HINTS.add(hints)
        if len(_REGISTERED) >= _MAX_REGISTERED:  # tuples made per draft (`present`'s)
            _REGISTERED.clear()
        _REGISTERED[id(hints)] = hints
    return _HINTS.positions


def _positions(low: str, hints: tuple[str, ...]) -> Callable[[str], list[int]]:
    """Where a hint starts in `low` (every occurrence, ascending): `str.find`'s answers,
    from the one pass over the draft."""
    found = hint_positions(hints)(low)
    return lambda hint: found.get(hint, _NOWHERE)  # type: ignore[return-value]


_NOWHERE: list[int] = []


def has_any(low: str, hints: tuple[str, ...]) -> bool:
    """`any(h in low for h in hints)`, from the one pass over `low`."""
    return not hint_positions(hints)(low).found.isdisjoint(hints)


def present(text: str, hints: tuple[str, ...]) -> tuple[str, ...]:
    """The lowercase `hints` found in `text`: a detector passes them on to `hinted`,
    which then looks at no absent one."""
    low, _ = lowered_for_hints(text)
    return tuple(filter(hint_positions(hints)(low).found.__contains__, hints))


def any_of(text: str, hints: tuple[str, ...]) -> bool:
    """Whether one of the lowercase `hints` is in `text` (as `present`, stopping at the
    first)."""
    return has_any(lowered_for_hints(text)[0], hints)


def needed(text: str, hints: tuple[str, ...], needs: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """`hints` (those `present` found) without the ones whose match cannot be in `text`:
    `needs[hint]` lists words one of which every match holding `hint` also holds (a
    match found through another hint's window holds that hint too). A few substring
    tests spare the windows' regex search, the dearer part of `hinted`."""
    return tuple(h for h in hints if h not in needs or any_of(text, needs[h]))


def led_by(pattern: re.Pattern[str], text: str, mark: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` for a pattern whose every match is a run of letters,
    digits and "_%+.-" (an address's local part, a link's scheme) directly followed by
    `mark` ("@", "://"): a match starts in the run just before a `mark`, so only those
    positions are tried, in finditer's order and without overlaps (the engine cannot
    skip ahead to a letter class: it tries such a pattern at every position)."""
    pos = 0
    at = text.find(mark)
    while at >= 0:
        start = at
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_%+.-"):
            start -= 1
        for p in range(max(start, pos), at):
            m = pattern.match(text, p)
            if m is not None:
                yield m
                pos = m.end()
                break
        at = text.find(mark, max(at + 1, pos))


# advice not to do it, or a question, just before a match ("don't split the payment", „nu
# împărțiți", «не дробите», "don't drag it out"): the customer warned off, not told how
ADVICE_AGAINST = re.compile(
    r"(?i)(?:\b(?:don'?t|do\s+not|never|please\s+don'?t|avoid|no\s+need\s+to|nu|n-?o)\b|"
    r"(?<!\w)(?:не|нельзя|никогда\s+не)(?!\w))[^.!?\n,;:—]{0,25}$"
)


def advised_against(text: str, start: int) -> bool:
    """Whether advice not to do it stands in the 30 characters before `start` (R5: a
    way round our checks, or our lawyers' plan, told as a warning is no recipe)."""
    return ADVICE_AGAINST.search(text, max(0, start - 30), start) is not None


def sentence_start(text: str, at: int) -> int:
    """Where the sentence holding position `at` starts (at most 300 characters back):
    after the last `SENTENCE_END` match in the 300 characters before `at`. Each match is
    one character (an end mark or a line break), so the last one is the last of those
    characters, going back from `at`, at which the pattern matches (its lookahead may read
    the character at `at`) — a few `rfind`s, where finditer read the whole window (~4 calls a
    lint, each from a detector's finding)."""
    lo = max(0, at - 300)
    hi = at
    while hi > lo:
        p = max(text.rfind(".", lo, hi), text.rfind("!", lo, hi), text.rfind("?", lo, hi))
        p = max(p, text.rfind("\n", lo, hi))
        if p < 0:
            break
        # the mark's lookahead may read the sentence's first letter at `at` itself: a match that
        # starts a sentence ("… Couriers here are paid …" at "Couriers") is in that sentence,
        # not the one before (leak173, trainK66's ru-yo013)
        if SENTENCE_END.match(text, p, min(len(text), at + 1)) is not None:
            return p + 1
        hi = p
    return lo


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around `text[start:end]`: where whose-it-is words are looked for."""
    stop = SENTENCE_END.search(text, end)
    return sentence_start(text, start), stop.start() if stop else len(text)


def three_sentences(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around `text[start:end]` with the one before and the one after it
    (leak20): a rule is often said in one sentence and the way round it, or whose the
    value is, in the next ("… under a grand. Anything below £1,000 doesn't go to review")."""
    lo = sentence_start(text, start)
    if lo > 0:
        lo = sentence_start(text, lo - 1)
    stop = SENTENCE_END.search(text, end)
    hi = len(text)
    if stop is not None:
        after = SENTENCE_END.search(text, stop.end())
        hi = after.start() if after else len(text)
    return lo, hi


def told_after(
    follow: re.Pattern[str], text: str, m: re.Match[str], *, from_start: bool = False
) -> bool:
    """Whether `follow` stands after `m` (or after its start) by the end of the next
    sentence: many families are told in two parts, the rule and then what it lets one do
    ("the limit applies only to cards … Bank transfers aren't counted"), and either part
    alone is something we may say."""
    _, hi = three_sentences(text, m.start(), m.end())
    return follow.search(text, m.start() if from_start else m.end(), hi) is not None


def told_within(other: re.Pattern[str], text: str, m: re.Match[str]) -> bool:
    """Whether `other` stands in `m`'s own sentence: a family whose two parts are one claim
    (a sum we let go and the bar under which, a report and whom it is about)."""
    return other.search(text, *sentence_around(text, m.start(), m.end())) is not None


def told_around(other: re.Pattern[str], text: str, m: re.Match[str]) -> bool:
    """Whether `other` stands in `m`'s sentence, the one before or the one after: a family's
    second part that may come first ("Please don't open a chargeback. Honestly, we win almost
    all of them") or after ("… at £21k a year nobody stays long")."""
    lo, hi = three_sentences(text, m.start(), m.end())
    return other.search(text, lo, hi) is not None


def first_found(
    pattern: re.Pattern[str],
    text: str,
    hints: tuple[str, ...],
    reach: int,
    find: Callable[[re.Match[str]], tuple[int, int] | None],
    kind: str,
    message: str,
) -> Iterator[Leak]:
    """The first of `pattern`'s matches around `hints` (`hinted`) for which `find` gives
    a span, as one leak there: one finding says the draft holds the family, and most
    drafts hold none of the hints, so nothing past the substring test runs."""
    for m in hinted(pattern, text, hints, reach) if hints else ():
        span = find(m)
        if span is not None:
            yield Leak(kind, *span, message)
            return


def first_accepted(
    pattern: re.Pattern[str],
    text: str,
    hints: tuple[str, ...],
    reach: int,
    accept: Callable[[re.Match[str]], object],
    kind: str,
    message: str,
) -> Iterator[Leak]:
    """`first_found` for families that report the match itself where `accept` takes it."""
    return first_found(
        pattern, text, hints, reach, lambda m: m.span() if accept(m) else None, kind, message
    )
