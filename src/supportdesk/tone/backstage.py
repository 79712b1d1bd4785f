"""Confidentiality families (R5) found open by probe_leak13 (the leak14 round): what
happens behind the counter, said in ordinary words with no secret's shape. Each family
has its look-alikes that stay clean:

- a wallet's recovery (seed) phrase pasted (twelve or more bare lowercase words after a
  seed, wallet or recovery word), against telling the customer to keep theirs safe;
- what our staff are paid ("first-line agents here are on £10.40 an hour", "у операторов у
  нас зарплата 38 тысяч"), and its take-home shape after one of ours (leak23: "the new
  guy … is on 19k", "colega … ia 3.200 lei în mână", «одна девочка на 38 тысячах»),
  against the customer's own payroll ("your employees' salaries") and plan ("you're on £20
  a month");
- the terms of our contract with a supplier or carrier ("our contract with ParcelNow pays
  us £2.10 per late parcel", "по договору со СДЭК нам платят штраф 500 рублей"), against a
  contract named without its money and the customer's own contract with us;
- what our lawyers told us not to admit ("avocatul ne-a spus să nu recunoaștem niciun
  defect"), against "we cannot accept responsibility for …" said to the customer;
- who really makes our products ("we just put our logo on them", "aceeași fabrică"),
  against the customer changing their own label;
- a report about the customer to the financial-crime authorities (tipping off: "filed a
  suspicious activity report about your deposits", "передал сведения о ваших операциях в
  Росфинмониторинг"), against the general duty to report, said of no one;
- our fraud or risk machinery's verdict in detail (a score, a rule id that fired, a label
  put on the account, the wrongdoing suspected: "flagged by our security team for possible
  mule activity"), against "our fraud team checked the payment";
- something decided internally and not announced ("it's been decided internally",
  "încă neanunțată", "официально не объявлено"), against public announcements;
- another customer's address or phone given by their role ("это адрес покупательницы
  Петровой", "call him on …" of a previous owner), against the customer's own;
- a user name and password given as a pair after a comma ("логин admin, Qw7zX92pL");
- leak25: our playbook told (how far we may go down, "I'm allowed to go down to £22";
  an unwritten rule that pays out to those who say the right thing; a regulator's word in
  the subject that jumps the queue) and the agent's own pay per save or sale ("I get a
  £12 bonus for every customer I keep"), against public prices, a referral perk for
  "you" and putting the order number in the subject.

Every search starts from a cheap substring test (`present`, `any_of`): most drafts hold
none of the words, and the lint has 5 ms per 2,000-character draft.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import partial

from supportdesk.tone.audits import route_before
from supportdesk.tone.leakfinding import (
    EMAIL,
    PHONE,
    Leak,
    advised_against,
    any_of,
    first_accepted,
    has_digit,
    hinted,
    needed,
    present,
    sentence_around,
    sentence_start,
    three_sentences,
    told_after,
    told_around,
    told_within,
)
from supportdesk.tone.leakvalues import BEREAVED, YOUR_RELATIVE, YOUR_RELATIVE_HINTS, filled_slot
from supportdesk.tone.pasted import YOURS
from supportdesk.tone.persons import SERVICE_LINE
from supportdesk.tone.unpublished import KEPT_BACK, said_publicly
from supportdesk.tone.words import finder

_SECOND = re.compile(
    r"(?i)\b(?:you|your|yours|dumneavoastr[ăa]|dvs|tu|t[ăa]u|a[țt]i|v[ăa]|v-a\w*)\b|"
    r"(?<!\w)(?:вы|ваш\w*|вас|вам|вами|ты|тво\w*|тебя|тебе)(?!\w)"
)


# --- a recovery (seed) phrase -----------------------------------------------------------------
_SEED_HINTS = ("seed", "mnemonic", "recovery phrase", "secret phrase", "wallet", "portofel",
               "fraza de", "сид", "мнемон", "кошел")  # fmt: skip
_WORD_RUN = re.compile(r"(?<![\w'-])(?:[a-z]{3,8}[ \t,]+){11,23}[a-z]{3,8}(?![\w'-])")
# prose has its small words; twelve random words of a wordlist hardly any
_STOPWORDS = frozenset(
    re.findall(
        r"\S+",
        """
the and to of in is it you that for on with as are this be at or from your we can will have
not but by an our if do so us me my was were has had they them their then than what when
which who how all any its into out up about please just also more
""",
    )
)


def _seed_phrases(text: str) -> Iterator[Leak]:
    def accept(m: re.Match[str]) -> bool:
        return sum(w in _STOPWORDS for w in re.findall(r"[a-z]+", m.group())) <= 2

    hints = present(text, _SEED_HINTS)
    message = "A wallet's recovery (seed) phrase: whoever reads it owns the funds (R5)."
    return first_accepted(_WORD_RUN, text, hints, 260, accept, "password", message)


# --- what our staff are paid ------------------------------------------------------------------
_MONEY = (
    r"(?:[£$€₽]\s?\d[\d.,]*(?:\s?k\b)?|\d[\d.,\u00a0 ]*\s?(?:k\b|[£$€₽]|lei\b|ron\b|eur\b|euro\b|"
    r"руб\w*|р\.|тыс\w*|mii\b|de\s+lei\b))"
)
_STAFF_SUBJECT = (
    r"(?:agents?|staff|employees?|team\s+leads?|managers?|supervisors?|operators?|"
    r"colleagues?|advis[eo]rs?|couriers?|drivers?|engineers?|technicians?|juniors?|"
    r"seniors?|angaja[țt]\w*|coleg\w*|operator\w*|agen[țt]\w*|[șs]ef\w*|manager\w*|curier\w*|"
    r"tehnici[ae]n\w*|inginer\w*|montator\w*|instalator\w*|оператор\w*|сотрудник\w*|руководител\w*|"
    # leak173 (trainK66's ro-yo013): „cei de la call center iau 3.200 de lei net"
    r"call[- ]?center\w*|"
    r"менеджер\w*|курьер\w*|инженер\w*|мастер\w*|техник\w*|начальник\w*|монтажник\w*|установщик\w*)"
)
_PAY_VERB = (
    r"(?:gets?|earns?|makes?|(?:is|are)\s+(?:paid|on)|take\s+home|c[âa][șs]tig[ăa]|prime[șs]te|"
    r"primesc|iau|получа\w*|зарабатыва\w*|"
    # leak32 (trainK22): their share of the customer's price ("our technicians only see £11.50
    # of that")
    r"(?:only\s+|just\s+)?(?:see|sees|keep|keeps|pocket|pockets|receive|receives|are\s+left\s+with))"
)
_WAGE_WORD = r"(?:salar(?:y|ies)|wages?|salari\w*|leaf[ăa]|зарплат\w*|оклад\w*|з/п)"
_STAFF_PAY = re.compile(
    rf"(?i)\b{_STAFF_SUBJECT}\b(?:\s+\w+){{0,3}}?\s+{_PAY_VERB}\b[^.!?\n\d]{{0,15}}?{_MONEY}|"
    # leak32 (trainK23): their pay as the legal minimum („operatorii au salariul minim pe economie",
    # "our agents are on minimum wage", «операторы получают МРОТ»)
    rf"\b{_STAFF_SUBJECT}\b(?:\s+\w+){{0,3}}?\s+(?:{_PAY_VERB}|au|are|have|get|on|sunt\s+pe|пол\w+)\s+(?:\w+\s+)?"
    r"(?:(?:the\s+)?(?:national\s+)?minimum\s+wage|salariul\s+minim(?:\s+pe\s+economie)?|мрот|минималк\w*|"
    r"минимальн\w+\s+(?:зарплат|оплат)\w*)|"
    rf"\b{_WAGE_WORD}\b[^.!?\n\d]{{0,40}}?{_MONEY}|"
    # s38 (trainK40): a figure with its bonus, no currency needed („Șefa de tură are 7.000 plus bonus")
    rf"\b{_STAFF_SUBJECT}\b(?:\s+\w+){{0,3}}?\s+(?:are|has|gets|is\s+on|ia|prime[șs]te|получа\w*|име\w*)\s+"
    r"(?:[£$€₽]\s?)?\d[\d.,]*(?:\s?k)?\s*(?:lei|ron|euro|руб\w*|тыс\w*)?\s*(?:plus|\+|și|и)\s+(?:a\s+)?"
    r"(?:bonus\w*|prim[ăae]\w*|преми\w*|бонус\w*|commission|comision\w*)|"
    # leak33 (trainK24): what we pay them («операторам тут платят 35 тысяч», "we pay our agents
    # £11 an hour", „operatorilor li se plătesc 2.500 de lei")
    r"\bwe\s+pay\s+(?:our\s+)?(?:agents|staff|operators|couriers|drivers|engineers|technicians)\s+(?:only\s+|about\s+)?"
    rf"{_MONEY}|\b(?:operatorilor|angaja[țt]ilor|colegilor|curierilor)\s+(?:\w+\s+){{0,2}}?(?:li\s+se\s+pl[ăa]te[șs]te|le\s+pl[ăa]tim|"
    rf"li\s+se\s+pl[ăa]tesc)\s+(?:doar\s+|cam\s+)?{_MONEY}|"
    r"(?<!\w)(?:оператор|сотрудник|курьер|мастер|менеджер|кассир)\w*ам\s+(?:\w+\s+){0,2}?плат(?:ят|им)\s+"
    rf"(?:всего\s+|около\s+|только\s+|лишь\s+)?{_MONEY}|"
    # leak32 (trainK22): their share of the price just quoted, a bare figure ("… only see 11.50
    # of that", „primesc doar 40 din suma asta", «из этой суммы получает всего 700»)
    rf"\b{_STAFF_SUBJECT}\s+(?:из\s+(?:этой\s+суммы|этих\s+денег|них|неё|нее)\s+)?(?:\w+\s+){{0,2}}?{_PAY_VERB}\s+"
    r"(?:only\s+|just\s+|about\s+|doar\s+|numai\s+|всего\s+|только\s+|лишь\s+|около\s+)?[£$€]?\s?\d[\d.,\u00a0 ]*"
    r"(?:\s*(?:de\s+)?(?:lei|ron|euro|руб\w*|₽))?\s*(?:,\s*)?(?:of\s+(?:that|it|this|the\s+\w+)|out\s+of\s+(?:that|it)|"
    r"din\s+(?:suma\s+)?(?:asta|aceasta|ace[șs]ti\s+bani|ea)|остальное|из\s+(?:этой\s+суммы|них|неё|нее))"
)
# every match holds a staff word or a wage word (rarer than "get", "make", " on ")
_PAY_HINTS = ("agent", "staff", "employee", "team lead", "manager", "supervisor", "operator",
              "colleague", "advis", "courier", "driver", "engineer", "technician", "junior", "senior",
              "angaja", "coleg", "agen", "șef", "sef", "curier", "tehnician", "inginer",
              "оператор", "сотрудник", "руководител", "менеджер", "курьер", "инженер", "мастер",
              "техник", "начальник", "salar", "wage", "leaf", "зарплат", "оклад", "з/п",
              "montator", "instalator", "tehnicien", "монтажник", "установщик", "call center",
              "call-center", "callcenter")  # fmt: skip
_OURS_HERE = re.compile(
    r"(?i)\b(?:our|here|la\s+noi|aici|nostr\w*|noastr\w*)\b|(?<!\w)(?:у\s+нас|наш\w*|здесь|тут)(?!\w)|"
    rf"\b{_STAFF_SUBJECT}\b"
)
_PAYROLL = re.compile(
    r"(?i)payroll|payslip|calculator|field|column|export|flutura[șs]|stat\w*\s+de\s+plat|"
    r"расч[её]тн\w*\s+лист|ведомост\w*|модул\w*|поле\b"
)


# a staff word's match holds a pay verb too
_BONUS_HINTS = ("bonus", "премия", "премии", "бонус", "commission", "comision")
_PAY_VERBS = ("get", "earn", "make", "paid", " on ", "take home", "câștig", "castig", "prime",
              "получа", "зарабатыва", "see", "keep", "pocket", "receive", "left with",
              "minimum wage", "salariul minim", "мрот", "минималк", "минимальн", "pay", "plăt",
              "plat", "платят", "платим", "iau",
              # s38: a figure with its bonus („are 7.000 plus bonus")
              *_BONUS_HINTS)  # fmt: skip
_PAY_NEEDS = {
    h: _PAY_VERBS
    for h in _PAY_HINTS
    if h not in ("salar", "wage", "leaf", "зарплат", "оклад", "з/п")
}
_CURRENCY_HINTS = ("£", "$", "€", "₽", "lei", "ron", "eur", "руб", "р.", "тыс", "mii")


_WITH_BONUS = re.compile(
    r"(?i)(?:plus|\+|și|и)\s+(?:a\s+)?(?:bonus|prim|преми|бонус|commission|comision)\w*$"
)


def _staff_pay(text: str) -> Iterator[Leak]:
    def accept(m: re.Match[str]) -> bool:
        lo, hi = sentence_around(text, m.start(), m.end())
        # the clause's own "your" (leak33: not «понимаю ваше раздражение, но операторам платят»)
        clause = max(lo, m.start() - 25, *(text.rfind(p, lo, m.start()) + 1 for p in ",;—"))
        if _SECOND.search(text, clause, m.end()) or _PAYROLL.search(text, lo, hi):
            return False  # "your employees' salaries", a payroll field: the customer's own
        if _ADVERTISED.search(text, lo, hi):
            return False  # leak17b: "the salary range is advertised as £30k–£34k": public
        # s38: a role with its figure and bonus is one of ours, "our" said or not
        return (
            _OURS_HERE.search(text, lo, hi) is not None or _WITH_BONUS.search(m.group()) is not None
        )

    money = has_digit(text) and any_of(text, (*_CURRENCY_HINTS, *_BONUS_HINTS))
    minimum = any_of(text, ("minimum wage", "salariul minim", "мрот", "минималк", "минимальн"))
    hints = needed(text, present(text, _PAY_HINTS), _PAY_NEEDS) if money or minimum else ()
    message = "What our staff are paid: internal, and theirs (R5)."
    found = False
    for leak in first_accepted(_STAFF_PAY, text, hints, 60, accept, "internal-info", message):
        found = True
        yield leak
    if not found and has_digit(text):  # one finding for the family
        yield from _take_home(text)


# leak39 (trainK27, trainK28): the agent's own pay, said to excuse or explain ("at twenty-one
# grand a year they don't pay me enough to argue", "£1,400 a month doesn't leave our agents
# very motivated", „cu 3.200 de lei pe lună cât ne dau", «за те 40 тысяч, что нам платят»):
# an amount over a period, with who pays it to whom (R5). "You pay us £9 a month" stays clean.
_OWN_PAY = re.compile(
    r"(?i)\b(?:they|the\s+company|management|head\s+office)\s+(?:don'?t\s+|do\s+not\s+|only\s+)?pay\s+(?:me|us)\b|"
    r"\b(?:doesn'?t|does\s+not|don'?t)\s+(?:leave|make|keep)\s+(?:our\s+)?(?:agents|staff|us|me|people)\s+"
    r"(?:very\s+|that\s+|too\s+|exactly\s+)?motivated\b|"
    r"\bc[âa]t\s+(?:ne|[îi]mi|mi)\s+(?:dau|d[ăa]|pl[ăa]tesc|pl[ăa]te[șs]te)\b|"
    r"(?<!\w)(?:что|сколько|которые|которую)\s+(?:мне|нам)\s+(?:тут\s+|здесь\s+)?(?:платят|дают)(?!\w)|"
    r"(?<!\w)(?:мне|нам)\s+(?:тут\s+|здесь\s+)?платят\s+(?:всего\s+|только\s+|лишь\s+)?\d|"
    # s38 (trainK40): «Нам просто за каждую проданную платят 300 ₽ сверху»
    r"(?<!\w)(?:мне|нам)\s+(?:просто\s+)?за\s+кажд\w+\s+(?:\w+\s+){0,2}?платят\s+(?:всего\s+|только\s+|по\s+)?\d|"
    # leak40 (heldK23): one of ours named, a clause, then what they get («оператор, с которым вы
    # разговаривали, получает 35 тысяч в месяц», "the agent you spoke to, who earns £1,400 a month")
    r"(?<!\w)(?:оператор|сотрудник|курьер|мастер|менеджер|консультант)\w*,\s+[^.!?\n]{3,60}?,\s+(?:получа|зарабатыва)\w*\s+\d|"
    r"\b(?:agent|operator|adviser|advisor|colleague|courier)\s+(?:you\s+spoke\s+to|you\s+talked\s+to|on\s+the\s+phone)\s*,?\s+"
    r"(?:who\s+)?(?:earns|gets|makes|is\s+paid)\s+[£$€]?\d"
)
_OWN_PAY_HINTS = ("pay me", "pay us", "motivated", "ne dau", "ne dă", "ne da", "îmi dau", "imi dau", "mi dau",
                  "ne plătesc", "ne platesc", "ne plătește", "ne plateste", "мне платят", "нам платят",
                  "мне дают", "нам дают", "мне тут", "нам тут", "платят", "мне здесь", "нам здесь", "получа", "зарабатыва",
                  "you spoke to", "you talked to", "on the phone")  # fmt: skip
# ... with an amount over a period in its sentence
_PERIOD_PAY = re.compile(
    rf"(?i)(?:{_MONEY}|\b(?:\w+-)?(?:\w+\s+)?(?:grand|thousand)\b|(?<!\w)\w+\s+тысяч\w*)\s*(?:a|an|per|pe|в|за)?\s*"
    r"(?:month|year|hour|lun[ăa]|an|or[ăa]|месяц|год|час)\b|"
    # s38 (trainK40): paid per sale («за каждую проданную платят 300 ₽»)
    r"(?<!\w)за\s+кажд\w+\s+(?:проданн|оформленн)\w*|\bper\s+(?:sale|policy|plan|contract)\s+(?:we|I)\s+sell\b|"
    r"\bpe\s+fiecare\s+(?:\w+\s+)?v[âa]ndut\w*"
)


def _own_pay(text: str) -> Iterator[Leak]:
    """The agent's own pay, with the period it is paid over (leak39)."""

    def accept(m: re.Match[str]) -> bool:
        lo, hi = sentence_around(text, m.start(), m.end())
        return bool(_PERIOD_PAY.search(text, lo, hi))

    return first_accepted(
        _OWN_PAY, text, present(text, _OWN_PAY_HINTS), 60, accept, "internal-info",
        "What our staff are paid: internal, and theirs (R5).",
    )  # fmt: skip


# leak23: pay said the way staff say it, with no pay verb after a staff word: "the new guy
# … is on 19k", "he's only on £11.40 an hour", "colega nouă … ia 3.200 lei în mână",
# "colegii din call center au 2.800 de lei net", «одна девочка на 38 тысячах», «монтажники
# получают 35 тысяч на руки», «у меня оклад 32 тысячи» (heldK9-K11, every language). The
# SUM in a take-home shape, with one of ours (a staff word, a new hire, he/she, "I") before
# it in the sentence; against the customer's own plan ("you're on £20 a month") and pay.
_TAKE_HOME = re.compile(
    rf"(?i)\b(?:is|are|'s|'re|am|'m)\s+(?:only\s+|just\s+|still\s+|all\s+)?(?:an?\s+\w+\s+)?on\s+(?:about\s+|around\s+)?"
    rf"(?:[£$€]\s?\d[\d.,]*\s?k\b|\d+k\b|\d+\s+grand\b|[£$€]\s?\d[\d.,]*\s+(?:an?|per)\s+(?:hour|year))|"
    # leak140 (trainK54), leak141 (heldK48): "New agents start on £21,400", "Agents here start on £11.40 an
    # hour" (whose pay it is stands before it: `_ONE_OF_OURS`)
    r"\bstart\s+on\s+(?:about\s+|around\s+|only\s+|just\s+)?[£$€]\s?\d|"
    # leak112 (heldK40's en-vn014 and earlier sets): an hourly wage by "at", "get" or "pay the … team"
    # ("at £10.90 an hour they don't exactly give us the training", "the guys on the night desk only
    # get £9.80 an hour", "they pay the weekend team £10.42 an hour"); a price "charged at £45 an
    # hour" is no wage
    r"(?<!charged\s)(?<!billed\s)(?<!priced\s)(?<!costs\s)\b(?:at|only\s+get|get|gets)\s+(?:only\s+|just\s+)?"
    r"[£$€]\s?\d[\d.,]*\s+(?:an?|per)\s+hour\b|"
    r"\bpay\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:team|staff|guys|lads|agents|drivers|pickers)\s+[£$€]\s?\d[\d.,]*\s+(?:an?|per)\s+hour\b|"
    # leak138 (trainK53): "the evening team are agency staff on £10.90 an hour"
    r"(?:(?<=staff\s)|(?<=agents\s)|(?<=workers\s)|(?<=temps\s)|(?<=drivers\s))on\s+(?:about\s+|around\s+|only\s+|just\s+)?"
    r"[£$€]\s?\d[\d.,]*\s+(?:an?|per)\s+hour\b|"
    rf"\b(?:ia|iau|are|au|lu[ăa]m|primim|primesc)\s+(?:doar\s+|numai\s+|mai\s+mult\s+de\s+|peste\s+|vreo\s+|cam\s+)?{_MONEY}\s*(?:net|[îi]n\s+m[âa]n[ăa])\b|"
    # s39 (trainK41): «я получаю 38 тысяч», «мы получаем около 40 тысяч»
    r"(?<!\w)(?:я\s+получаю|мы\s+получаем)\s+(?:всего\s+|около\s+|только\s+|где-то\s+)?\d[\d\s]*\s*(?:тысяч\w*|тыс\.?|к)(?!\w)|"
    # s39 (heldK34): a salary after the people it pays, no verb ("only two of them covering the
    # whole of Kent on £21k a year"), or we are on it („la noi în call center suntem pe 2.800 lei net")
    r"\bon\s+(?:about\s+|around\s+)?(?:[£$€]\s?\d[\d.,]*\s?k|\d+k)\s+(?:an?|per)\s+year\b|"
    # leak177 (trainK67's ro-ys011): the pay with the bonus it lacks or holds („nimeni nu se mai omoară
    # cu tichetele, cu 3.200 lei în mână și fără bonus anul ăsta"), whose subject is ours unsaid
    rf"\bcu\s+{_MONEY}\s*(?:net\s+)?[îi]n\s+m[âa]n[ăa]\s+(?:[șs]i\s+|plus\s+)?(?:f[ăa]r[ăa]\s+)?(?:niciun\s+|vreun\s+)?"
    r"(?P<bonus>bonus|prim[ăe]|spor)\w*|"
    # leak178 (heldK61's ro-yv059): the sum with whose it is („cu 2.900 de lei net cât ia colega de la ghișeu")
    rf"\bcu\s+{_MONEY}\s*(?:net\s+|brut\s+|[îi]n\s+m[âa]n[ăa]\s+)?c[âa]t\s+(?P<takes>ia|iau|prime[șs]te|primesc|c[âa][șs]tig[ăa])\b|"
    rf"\b(?:suntem|sunt|e|este)\s+(?:doar\s+|tot\s+)?pe\s+{_MONEY}\s*(?:net|brut|[îi]n\s+m[âa]n[ăa]|pe\s+lun[ăa])\b|"
    rf"(?<!\w)(?:на\s+\d[\d\s]*\s*тысячах|{_MONEY}\s+на\s+руки|оклад\w*\s+{_MONEY})(?!\w)|"
    # leak134 (trainK52): «по три человека на смену за 35 тысяч в месяц»
    r"(?<!\w)(?:человек\w*|сотрудник\w*|оператор\w*)\s+(?:\w+\s+){0,2}?на\s+смен\w*\s+за\s+\d[\d\s]*\s*(?:тысяч\w*|тыс\.?)(?!\w)|"
    # leak175 (trainK67's ru-ys012): «у нас на второй линии сидят за 38 тысяч»
    r"(?<!\w)(?:сидят|работают|пашут|вкалывают)\s+за\s+\d[\d\s]*\s*(?:тысяч\w*|тыс\.?|к)(?!\w)"
)
_TAKE_HOME_HINTS = (" start on", "0k", "1k", "2k", "3k", "4k", "5k", "6k", "7k", "8k", "9k", " an hour", " grand",
                    " a year", " per hour", " per year", " net", "în mân", "in man", "тысячах",
                    "на руки", "оклад", "я получаю", "мы получаем", "на смен", "сидят за", "работают за",
                    "пашут за", "вкалывают за")  # fmt: skip
_ONE_OF_OURS = re.compile(
    rf"(?i)\b(?:{_STAFF_SUBJECT}|guys?|girls?|lad|hires?|newbies?|new\s+starters?|porters?|cashiers?|"
    r"he|she|I|tehnicien\w*|casier\w*|la\s+noi|suntem|"
    # s40 (heldK25-K33): "the people on the phones, they're on £11.44 an hour", „noi aici luăm"
    r"they|people|lads|we|noi|nou[ăa]|eu)\b|"
    r"(?<!\w)(?:девочк\w*|парн\w*|монтажник\w*|кассир\w*|старш\w+\s+смены|у\s+меня|у\s+нас|я|нам|мы)(?!\w)"
)


_US_AFTER = re.compile(r"(?i),?\s+(?:they|we|none\s+of\s+us|nobody|no\s+one)\b")


def _take_home(text: str) -> Iterator[Leak]:
    def accept(m: re.Match[str]) -> bool:
        lo, hi = sentence_around(text, m.start(), m.end())
        if _PAYROLL.search(text, lo, hi) or _ADVERTISED.search(text, lo, hi):
            return False
        if m.group()[:3].lower() == "at " and _US_AFTER.match(text, m.end()):
            return True  # "at £10.90 an hour they don't give us the training"
        if m.group("bonus") or m.group("takes"):
            return True  # leak177-178: a net sum with its bonus or with who takes it: a wage, "noi" said or not
        found = list(finder(_ONE_OF_OURS).finditer(text, lo, m.start()))
        if not found:
            return False
        # the sum's own subject is not the reader ("you're on £20 a month", «Ваш оклад …»)
        return not _SECOND.search(text, max(found[-1].end(), m.start() - 8), m.start())

    message = "What our staff are paid: internal, and theirs (R5)."
    hints = present(text, _TAKE_HOME_HINTS)
    return first_accepted(_TAKE_HOME, text, hints, 40, accept, "internal-info", message)


# leak25: the agent's own pay per sale or save ("I get a £12 bonus for every customer I
# keep", "eu primesc 150 de lei bonus pentru fiecare abonament salvat", «я получаю 300 рублей
# за каждого удержанного»): why they push, theirs and ours (heldK12, every language). I or
# we, a bonus or a sum, per unit; a referral reward for "you" is the customer's own perk.
_PER_UNIT_PAY = re.compile(
    rf"(?i)\b(?:I|we)\s+(?:get|earn|receive|make|am\s+paid|are\s+paid)\b[^.!?\n]{{0,30}}?(?:bonus|"
    rf"commission|{_MONEY})[^.!?\n]{{0,30}}?\b(?:for|per|on)\s+(?:every|each)\b|"
    rf"\b(?:primesc|primim|c[âa][șs]tig|c[âa][șs]tig[ăa]m|iau|lu[ăa]m)\b[^.!?\n]{{0,30}}?(?:bonus|comision|"
    rf"{_MONEY})[^.!?\n]{{0,30}}?\b(?:pentru|pe)\s+fiecare\b|"
    rf"(?<!\w)(?:получаю|получаем|зарабатываю|зарабатываем)(?!\w)[^.!?\n]{{0,30}}?(?:бонус|преми|процент|"
    rf"{_MONEY})[^.!?\n]{{0,30}}?(?<!\w)за\s+кажд\w+|"
    # the agent's cut said as a share or as what counts toward it ("I get 20% of the first
    # year's premium", "every refund I avoid counts toward my bonus", "iau 20% din prima",
    # "noi luăm 25% comision de la ei", «мне 15% от первого взноса идёт», «мне в бонус идёт»,
    # «мне за каждого удержанного … 300 рублей дают», «у нас с него 18% комиссии»)
    r"\b(?:I|we)\s+(?:get|earn|take|make|receive)\s+(?:a\s+)?\d+(?:[.,]\d+)?\s*%\s+(?:of|on|from|commission)\b|"
    r"\b(?:counts?|goes)\s+towards?\s+my\s+(?:bonus|commission|target)\b|"
    r"\b(?:iau|lu[ăa]m|primesc|primim)\s+\d+(?:[.,]\d+)?\s*%\s+(?:din|comision|de\s+la)\b|"
    r"(?<!\w)(?:мне|нам)\s+(?:\d+(?:[.,]\d+)?\s*%\s+(?:от|с)|в\s+(?:бонус|премию)|за\s+кажд\w+)(?!\w)|"
    r"(?<!\w)у\s+нас\s+с\s+(?:него|неё|нее|них|каждо\w+)\s+\d+(?:[.,]\d+)?\s*%|"
    # leak36 (heldK21): the cut after the unit («с каждого годового тарифа мне идёт 7 %»), and
    # the target the agent must hit for a bonus («мне нужно закрыть 35 продлений, чтобы
    # получить премию», "I need to close 35 renewals to get my bonus", „trebuie să închid 35 de
    # reînnoiri ca să iau bonusul")
    r"(?<!\w)с\s+кажд\w+\s+(?:\w+\s+){0,3}?(?:мне|нам)\s+(?:ид[её]т|капает|платят|дают|начисляют)\s+\d+(?:[.,]\d+)?\s*%|"
    r"(?<!\w)мне\s+(?:\w+\s+){0,4}?(?:нужно|надо)\s+(?:закрыть|продать|сделать|оформить|подключить)\s+\d+"
    r"[^.!?\n]{0,40}?чтобы\s+получить\s+(?:свою\s+)?(?:преми|бонус)\w*|"
    r"\bI\s+(?:need|have)\s+to\s+(?:close|sell|sign|hit|make|do)\s+(?:\w+\s+){0,2}?\d+[^.!?\n]{0,40}?"
    r"\b(?:to\s+get|for)\s+my\s+(?:bonus|commission)\b|"
    r"\btrebuie\s+s[ăa]\s+(?:[îi]nchid|v[âa]nd|fac)\s+(?:\w+\s+){0,2}?\d+[^.!?\n]{0,40}?\b(?:ca\s+)?s[ăa]\s+"
    r"(?:iau|primesc)\s+(?:bonusul|prima|comisionul)\b|"
    # trainK37: how many sales the agent still needs for this month's bonus („mai am trei până la
    # bonusul de luna asta", "I've got three more to go until my bonus", «мне осталось три до премии»)
    r"\bmai\s+am\s+(?:\w+\s+){1,2}?p[âa]n[ăa]\s+la\s+(?:bonus|prima|comision)\w*|"
    r"\bI(?:'ve|\s+have)?\s+(?:got\s+|need\s+)?(?:\w+\s+)?(?:more|left)\s+(?:to\s+go\s+)?(?:until|till|before|for)\s+"
    r"my\s+(?:\w+\s+)?(?:bonus|commission)\b|"
    r"(?<!\w)мне\s+(?:\w+\s+)?осталось\s+(?:\w+\s+){1,2}?до\s+(?:преми|бонус)\w*|"
    # leak134 (trainK52): what the agent's bonus depends on ("please rate me 5, my bonus this month
    # depends on staying above 92%", „bonusul meu depinde de nota voastră", «моя премия зависит от оценок»)
    r"\bmy\s+(?:\w+\s+)?(?:bonus|commission)\s+(?:\w+\s+){0,3}?(?:depends|is\s+based|is\s+tied|rides|hangs)\s+on\b|"
    r"\b(?:bonusul|prima|comisionul)\s+(?:meu|mea)\s+(?:\w+\s+){0,3}?depinde\s+de\b|"
    r"(?<!\w)(?:моя\s+(?:\w+\s+)?преми\w*|мой\s+(?:\w+\s+)?бонус\w*)\s+(?:\w+\s+){0,3}?завис\w*\s+от(?!\w)"
)
_PER_UNIT_HINTS = ("for every", "for each", "per every", "on every", "on each", "pentru fiecare",
                   "за кажд", "% of", "% on", "% from", "% commission", "toward my", "towards my",
                   "% din", "% comision", "% de la", "мне", "нам", "у нас с", "i need to", "i have to",
                   "trebuie să",
                   # trainK37
                   "pe fiecare", "până la bonus", "pana la bonus", "până la prim", "pana la prim",
                   "my bonus", "my commission", "осталось",
                   # leak134
                   "bonusul meu", "prima mea", "comisionul meu", "завис", "bonus depends",
                   "bonus is tied", "bonus rides", "bonus hangs", "bonus is based")  # fmt: skip


def _per_unit_pay(text: str) -> Iterator[Leak]:
    hints = present(text, _PER_UNIT_HINTS)
    message = "The agent's own pay per sale or save: internal, and theirs (R5)."
    return first_accepted(_PER_UNIT_PAY, text, hints, 90, bool, "internal-info", message)


# leak123 (trainK50, en and ro): the call-length target we are scored on, told to excuse a rushed
# call ("We get marked down if a call goes over 6 minutes", „Avem ținta să nu trecem de 5 minute pe
# apel, altfel ne scade", «у нас норматив 5 минут на звонок, иначе снимают премию»). A promise to
# the customer ("we aim to answer within 5 minutes") names no penalty and no per-call limit.
_CALL_TARGET = re.compile(
    r"(?i)\b(?:marked|docked|penali[sz]ed|scored)\s+down\s+(?:if|when|once)\s+(?:a|the|our|my)\s+(?:call|chat)s?\s+"
    r"(?:goes|go|runs?|lasts?)\s+(?:over|past|beyond|longer\s+than)\s+\d+|"
    r"\b(?:avem|am)\s+(?:o\s+)?(?:[țt]int[aă]|norm[aă]|target(?:ul)?|limit[aă])\b[^.!?\n]{0,50}?\d+\s+(?:de\s+)?"
    r"(?:minute|secunde)\s+(?:pe|per|la\s+un|la\s+fiecare)\s+(?:apel|convorbire|chat|discu[țt]ie)|"
    r"(?<!\w)(?:у\s+нас|нам|мне)\s+(?:\w+\s+)?(?:норматив|лимит|kpi|кпи|план|норм[аыу])\w*[^.!?\n]{0,50}?\d+\s+"
    r"(?:минут|секунд)\w*\s+на\s+(?:звонок|разговор|чат|обращение|клиента)(?!\w)"
)
_CALL_TARGET_HINTS = ("down if", "down when", "down once", "ținta", "tinta", "norm", "target", "limit",
                      "норматив", "лимит", "kpi", "кпи", "план", "норм")  # fmt: skip
# …with what it costs us in its three sentences: the target as a promise to the customer is public
_PENALTY = re.compile(
    r"(?i)\b(?:marked|docked|penal\w*|otherwise|or\s+else|altfel|ne\s+(?:scade|taie|penalizeaz[ăa])|bonus\w*)\b|"
    r"(?<!\w)(?:иначе|сним\w*|штраф\w*|преми\w*|бонус\w*)(?!\w)"
)


def _call_target(text: str) -> Iterator[Leak]:
    accept = partial(told_around, _PENALTY, text)
    message = "The call-length target staff are scored on: internal (R5)."
    hints = present(text, _CALL_TARGET_HINTS)
    return first_accepted(_CALL_TARGET, text, hints, 120, accept, "internal-info", message)


# --- a role's pay band, told to a candidate (leak17b) ------------------------------------------
# "the approved band is £38k–£44k", "grila salarială aprobată e 6.000–7.500 lei", «вилка по
# позиции 120–150 тысяч»: what we would pay, not what the advert says ("as advertised …")
_PAY_BAND = re.compile(
    r"(?i)\b(?:approved|internal|salary|pay)\s+(?:salary\s+|pay\s+)?(?:band|range|grade|budget)\b|"
    r"\bgril[ăa]\s+(?:salarial[ăa]|de\s+salarizare)|\bbuget(?:ul)?\s+(?:aprobat\s+)?(?:pentru|al)\s+"
    r"(?:post|rol)\w*|(?<!\w)(?:вилк\w*|бюджет\w*\s+(?:на|по)\s+(?:позици|ваканси)\w*)(?!\w)"
)
_PAY_BAND_HINTS = ("band", "range", "grade", "budget", "grila", "grilă", "buget", "вилк", "бюджет")
_PAY_FIGURE = re.compile(
    r"(?i)[$€£]\s?\d|\d[\d.,\u00a0 ]*\s*(?:k\b|lei|ron|eur|euro|usd|руб\w*|р\.|₽|тыс\w*|mii)"
)
_ADVERTISED = re.compile(
    r"(?i)\badverti[sz]\w*|\bas\s+(?:stated|posted|listed)|\bjob\s+(?:ad|advert|posting)\s+(?:says|states|shows)|"
    r"\b(?:conform|din)\s+anun[țt]\w*|(?<!\w)(?:как\s+указано|в\s+ваканси|в\s+объявлени)\w*"
)


def _pay_bands(text: str) -> Iterator[Leak]:
    def accept(m: re.Match[str]) -> bool:
        lo, hi = sentence_around(text, m.start(), m.end())
        return bool(
            _PAY_FIGURE.search(text, m.end(), min(hi, m.end() + 40))
        ) and not _ADVERTISED.search(text, lo, hi)

    hints = present(text, _PAY_BAND_HINTS) if has_digit(text) else ()
    message = "A role's approved pay band: internal, not for a candidate (R5)."
    return first_accepted(_PAY_BAND, text, hints, 40, accept, "internal-info", message)


# --- the terms of our contract with a supplier or carrier --------------------------------------
_CONTRACT = re.compile(
    r"(?i)\b(?:contract|agreement|deal|sla|terms)\s+with\s+(?!(?:you|us|them)\b)|"
    r"\b(?:contract\w*|acord\w*|[îi]n[țt]elegerea)\s+(?:nostru\s+|noastr[ăa]\s+)?cu\s+"
    r"(?!(?:dumneavoastr|dvs|tine|noi)\b)|"
    r"(?<!\w)(?:договор\w*|контракт\w*|соглашени\w*)\s+(?:с|со)\s+(?!(?:вами|тобой|нами)(?!\w))|"
    # s36 (trainK38): "under our deal with them", „Fabrica are în contract o penalitate de doar 0,1%",
    # «у него с нами индивидуальная комиссия 4%»
    r"\bour\s+(?:deal|contract|agreement)\s+with\s+them\b|\b(?:are|au)\s+[îi]n\s+contract\b|"
    r"(?<!\w)(?:у\s+(?:него|неё|нее|них)\s+с\s+нами|с\s+нами\s+у\s+(?:него|неё|нее|них))(?!\w)"
)
_CONTRACT_MESSAGE = "The terms of our contract with a supplier or carrier: confidential (R5)."
_CONTRACT_HINTS = ("contract", "agreement", "deal ", "sla ", "terms with", "acord",
                   "nțelegerea", "ntelegerea", "договор", "контракт", "соглашени", "с нами")  # fmt: skip
_TERMS = re.compile(
    r"(?i)\b(?:pays?\s+us|paid\s+us|gives?\s+us|charges?\s+us|costs?\s+us|we\s+pay|we\s+get|"
    r"penalt\w*|fines?|rebates?|commission\w*|guarantee\w*|ne\s+(?:pl[ăa]te[șs]te|pl[ăa]tesc|d[ăa]|ofer[ăa]|"
    r"taxeaz[ăa]|cost[ăa])|pl[ăa]tim|penaliz\w*|penalit[ăa][țt]\w*|comision\w*|garant\w*)\b|"
    r"(?<!\w)(?:нам\s+(?:плат\w*|да[её]т|дают|выплачива\w*|обходится)|мы\s+плат\w*|штраф\w*|"
    r"неустойк\w*|комисси\w*|гарантир\w*|тариф\s+у\s+нас|у\s+нас\s+тариф)"
)
_FIGURE = re.compile(rf"(?i){_MONEY}|\d+(?:[.,]\d+)?\s*(?:%|percent\b|la\s+sut[ăa]|процент\w*)")


# leak39 (trainK27): what we owe a supplier, given as the delay's cause ("we still owe them for
# the last two shipments", „le datorăm banii pe ultimele două transporturi", «мы им уже два
# месяца должны за прошлую партию»): our finances and a partner's dealings (R5)
_OWE = re.compile(
    r"(?i)\bwe\s+(?:still\s+|already\s+)?owe\s+(?:them|the\s+supplier|our\s+supplier|the\s+manufacturer|the\s+factory|"
    r"the\s+warehouse|the\s+carrier)\b|"
    r"\b(?:le|[îi]i)\s+dator[ăa]m\s+(?:\w+\s+)?(?:bani\w*|plat\w*|pl[ăa][țt]i\w*|sum\w*)|"
    r"(?<!\w)мы\s+(?:им|ему|ей|поставщику|фабрике|заводу|складу)\s+(?:\w+\s+){0,4}?должны(?!\w)|"
    # s38 (trainK40): „avem datorii la furnizorul de plăci", "we have debts with the supplier",
    # «у нас долги перед поставщиком»
    r"\b(?:avem|are|au)\s+(?:\w+\s+)?datorii\s+(?:la|c[ăa]tre|fa[țt][ăa]\s+de)\s+(?:\w+\s+)?(?:furnizor|produc[ăa]tor|fabric)\w*|"
    r"\bwe\s+(?:have|'ve\s+got)\s+(?:\w+\s+)?(?:debts?|arrears)\s+(?:with|to)\s+(?:the\s+|our\s+)?(?:supplier|manufacturer|factory)\b|"
    r"(?<!\w)у\s+нас\s+(?:\w+\s+)?(?:долг\w*|задолженност\w*)\s+(?:перед|у)\s+(?:\w+\s+)?(?:поставщик|фабрик|завод)\w*"
)
_OWE_HINTS = (
    "owe",
    "datorăm",
    "datoram",
    "должны",
    "datorii",
    "debt",
    "arrears",
    "долг",
    "задолженност",
)
_SUPPLIER = re.compile(
    r"(?i)\b(?:suppliers?|manufacturers?|factory|warehouse|shipments?|deliver\w*|stock)\b|"
    r"\b(?:furnizor\w*|produc[ăa]tor\w*|fabric\w*|transport\w*|livr\w*|marf\w*)\b|"
    r"(?<!\w)(?:поставщик\w*|фабрик\w*|завод\w*|парти\w*|отгру\w*|постав\w*)(?!\w)"
)


# s29 (heldK24, trainK21, trainK29, trainK31, four writers): what a carrier or supplier charges
# us a parcel, told to explain a delay or a delivery price ("We pay FastDrop £2.15 a parcel",
# "our deal with the courier is 92p a parcel", "they're charging us £2.10 a parcel now", „noul
# contract ne-a scăzut tariful la 9 lei pe colet", «мы платим им 180 рублей за посылку»): a
# contract's term (R5). The customer's own delivery price, said to them, has no "us".
_PER_UNIT = r"(?:a|per|each|for\s+(?:a|each|every))\s+(?:parcel|package|delivery|shipment|unit|item|box|label|drop)s?\b"
_CARRIER_RATE = re.compile(
    # s56 (trainK58): "we're paying Parcelway £3.85 a parcel on our contract"
    rf"(?i)\b(?:we\s+(?:only\s+|just\s+)?pay|we(?:'re|\s+are)\s+paying|(?:charg|bill)(?:e|es|ed|ing)\s+us|costs?\s+us|"
    rf"(?:deal|contract|rate|agreement)\s+with\s+(?!you\b)[^.!?\n]{{1,30}}?\s+(?:is|was|works\s+out\s+at))\s+"
    rf"(?:\w+\s+){{0,3}}?(?:only\s+|just\s+|about\s+|around\s+)?(?:{_MONEY}|\d+(?:[.,]\d+)?p\b)\s*{_PER_UNIT}|"
    rf"\b(?:pl[ăa]tim|ne\s+(?:cost[ăa]|ia|taxeaz[ăa]|percepe)|ne-?a\s+(?:\w+\s+)?tarif\w*\s+la)\s+(?:\w+\s+){{0,3}}?"
    rf"{_MONEY}\s+(?:pe|per|de)\s+(?:colet|pachet|livrare|bucat[ăa]|comand[ăa])\b|"
    rf"(?<!\w)(?:(?:мы\s+)?платим|нам\s+(?:обходится|стоит)|с\s+нас\s+берут|берут\s+с\s+нас)\s+(?:\w+\s+){{0,3}}?"
    rf"{_MONEY}\s+(?:за|с)\s+(?:посылк|отправлени|доставк|коробк|штук|заказ)\w*"
)
_CARRIER_RATE_HINTS = ("parcel", "package", "deliver", "shipment", "unit", "item", "box", "label", "drop",
                       "colet", "pachet", "livrare", "bucat", "comand", "посылк", "отправлени",
                       "доставк", "коробк", "штук", "заказ")  # fmt: skip
_CARRIER_RATE_NEEDS = ("pay", "charg", "bill", "cost", "deal", "contract", "rate", "agreement", "plătim",
                       "platim", "ne ", "ne-", "платим", "нам ", "с нас")  # fmt: skip
# ... and a supplier's penalty with its threshold, said as theirs («по договору неустойка у них
# начинается только после 30 дней просрочки»): the customer's own contract says "у вас"
_PENALTY_CLAUSE = re.compile(
    # leak140 (trainK54): the cap in a carrier's contract ("our contract with the courier only lets us
    # claim back £20 per parcel", «по нашему договору с транспортной компанией они возмещают не больше
    # 3 000 ₽», „contractul nostru cu curierul ne permite să recuperăm doar 100 de lei")
    r"(?i:\bour\s+contract\s+with\s+(?:the\s+)?(?:\w+\s+)?(?:courier|carrier|supplier|airline|insurer|haulier)\s+(?:only\s+)?"
    r"(?:lets|allows)\s+us\s+(?:to\s+)?(?:claim|recover|get)\b|"
    r"\bcontractul\s+(?:nostru\s+)?cu\s+(?:curierul|transportatorul|furnizorul|firma\s+de\s+curierat)\s+(?:\w+\s+)?"
    r"(?:ne\s+permite|ne\s+d[ăa])\s+(?:s[ăa]\s+)?(?:recuper[ăa]m|primim|cerem)\s+(?:doar|maxim|numai)\b|"
    r"(?<!\w)по\s+(?:нашему\s+)?договору\s+с\s+(?:\w+\s+){0,2}?(?:компани\w*|перевозчик\w*|курьер\w*|поставщик\w*|"
    r"служб\w+\s+доставки)\s+(?:\w+\s+){0,2}?(?:возмещают|возмещает|компенсируют|компенсирует|платят|платит)\s+"
    r"не\s+(?:больше|более)(?!\w))|"
    r"(?<!\w)неустойк\w*\s+у\s+(?:них|него|поставщик\w*|перевозчик\w*|курьер\w*)\s+(?:\w+\s+){0,2}?"
    r"(?:только\s+)?после(?!\w)|"
    # s39 (heldK35): the commission we give a booking platform („oricum lor le dăm 18% comision din
    # fiecare noapte", "we give them 18% of every night anyway", «им мы отдаём 18% комиссии»)
    r"(?i:\b(?:lor\s+)?le\s+d[ăa]m\s+\d+(?:[.,]\d+)?\s*%\s+(?:comision|din)|\bwe\s+(?:give|pay)\s+(?:them|the\s+(?:platform|site|app))\s+"
    r"\d+(?:[.,]\d+)?\s*%|(?<!\w)(?:им\s+)?(?:мы\s+)?(?:отда[её]м|платим)\s+(?:им\s+)?\d+(?:[.,]\d+)?\s*%\s+комисси\w*)|"
    # leak138 (trainK53, trainK52, every language): the partner's cut said from its side ("it's Maisie's
    # creator code — she gets 22% of the basket", «агрегатор забирает 17% от стоимости номера»,
    # „rămânem cu 18% comision"); a share the customer gets back ("you get 10% of the basket back")
    # has no partner as its subject, and „se reține 10% din valoare" (a cancellation fee) none named
    r"(?i:\b(?:she|he|they|it|the\s+(?:creator|influencer|affiliate|partner|platform|aggregator|agency|marketplace|broker|"
    r"app\s+store|booking\s+site))\s+(?:gets|takes|keeps|earns|receives)\s+(?:about\s+|around\s+|roughly\s+)?"
    r"\d+(?:[.,]\d+)?\s?%\s+(?:of|from|on)\s+(?:the\s+|each\s+|every\s+|your\s+)?(?:basket|price|booking|sale|order|"
    r"room|fare|total|ticket|bill)\b|"
    r"(?<!\w)(?:агрегатор\w*|площадк\w*|маркетплейс\w*|агентств\w*|партн[её]р\w*|блогер\w*|он|она|они)\s+(?:\w+\s+)?"
    r"(?:забирает|берёт|берет|получает|оставляет\s+себе)\s+(?:себе\s+)?(?:около\s+|примерно\s+)?"
    r"\d+(?:[.,]\d+)?\s?%\s+(?:от|с)\s+(?:\w+\s+)?(?:стоимост|цен|сумм|заказ|брон|номер|продаж|чек)\w*|"
    # the subject named: „se reține 10% din valoare" is a cancellation fee anyone may read
    r"\b(?:agen[țt]ia|agentul|brokerul|platforma|site-ul|aplica[țt]ia|intermediarul|partenerul|creatorul|influencer\w*)"
    r"\s+(?:[\w-]+\s+){0,4}?"
    r"(?:ia|[îi]ncaseaz[ăa]|p[ăa]streaz[ăa]|opre[șs]te|re[țt]ine)\s+(?:\w+\s+)?\d+(?:[.,]\d+)?\s?%\s+(?:comision|"
    r"din\s+(?:pre[țt]|valoare|sum[ăa]|comand|rezerv|v[âa]nz)\w*)|\br[ăa]m[âa]n(?:em|e)\s+cu\s+\d+(?:[.,]\d+)?\s?%\s+comision\b)"
)

_PENALTY_HINTS = ("contract with", "contractul nostru cu", "contractul cu", "договору с", "неустойк", "le dăm", "le dam", "give them", "pay them", "give the", "pay the", "отдаём",
                  "отдаем", "платим им",
                  # leak138: what follows the partner's share (not "%" alone: every discount has one)
                  "% of", "% from", "% on", "% от", "% с ", "% comision", "% din")  # fmt: skip


def _carrier_rates(text: str) -> Iterator[Leak]:
    message = "What a carrier or supplier charges us, or its contract's terms: confidential (R5)."
    hints = (
        present(text, _CARRIER_RATE_HINTS)
        if has_digit(text) and any_of(text, _CARRIER_RATE_NEEDS)
        else ()
    )
    yield from first_accepted(_CARRIER_RATE, text, hints, 90, bool, "internal-info", message)
    hints = present(text, _PENALTY_HINTS) if has_digit(text) else ()
    yield from first_accepted(_PENALTY_CLAUSE, text, hints, 60, bool, "internal-info", message)


def _supplier_debt(text: str) -> Iterator[Leak]:
    accept = partial(told_around, _SUPPLIER, text)
    return first_accepted(
        _OWE, text, present(text, _OWE_HINTS), 60, accept, "internal-info",
        "What we owe a supplier: our finances, never for a customer (R5).",
    )  # fmt: skip


def _supplier_contracts(text: str) -> Iterator[Leak]:
    hints = present(text, _CONTRACT_HINTS) if has_digit(text) else ()
    for m in hinted(_CONTRACT, text, hints, 40) if hints else ():
        lo, hi = sentence_around(text, m.start(), m.end())
        # lpar16: from the contract's own clause ("Nu vă faceți griji: conform contractului
        # cu Fan Courier, ei ne plătesc …": the "vă" reassures, the terms are ours)
        lo = max(lo, text.rfind(":", lo, m.start()) + 1, text.rfind(";", lo, m.start()) + 1)
        if _SECOND.search(text, lo, hi):
            continue  # "under your contract with us", "… for you": the customer's terms
        # the terms after the contract, or before it in its sentence ("the courier will only ever
        # pay us back up to £50 per parcel under our deal with them")
        terms = _TERMS.search(text, m.end(), hi) or _TERMS.search(text, lo, m.start())
        figure = _FIGURE.search(text, m.end(), hi) or _FIGURE.search(text, lo, m.start())
        if terms and figure:
            yield Leak(
                "internal-info",
                m.start(),
                max(terms.end(), figure.end()),
                _CONTRACT_MESSAGE,
            )
            return


# leak127 (heldK44, trainK50, every language): our supplier's terms with us, told to explain a gap
# ("our contract with PartsDirect only lets us return stock within 20 days and with a 15% restocking
# fee", „furnizorul din Turcia ne livrează doar la minim 200 de bucăți și cu plata în avans 60%",
# «поставщик дал нам отсрочку только 14 дней вместо 60»): what we negotiated is ours to keep.
_SUPPLY_DEAL = re.compile(
    # the partner by its role or its capitalised name: "a contract with you", "deal with it" are no supplier
    r"(?i)\b(?:(?:our\s+)?(?:contract|agreement|terms)\s+with\s+(?:the\s+|our\s+)?(?:supplier|wholesaler|manufacturer|"
    r"distributor|(?-i:[A-Z]\w+))|(?:our\s+|the\s+)?(?:supplier|wholesaler|manufacturer|distributor))\b[^.!?\n]{0,80}?"
    r"(?:\b(?:minimum|min\.?|at\s+least)\s+(?:order\s+(?:of\s+)?)?\d|\b\d+\s*%\s+(?:restocking|upfront|prepayment|deposit)|"
    r"\b(?:only|just)\s+\d+\s+days\s+(?:credit|to\s+pay)|\breturn\s+(?:stock|goods)\s+(?:only\s+)?within\s+\d+)|"
    r"\bfurnizorul\b[^.!?\n]{0,60}?\bne\b[^.!?\n]{0,40}?(?:\b(?:minim|cel\s+pu[țt]in)\s+\d|\bplata\s+[îi]n\s+avans\b|"
    r"\b\d+\s*%\s+(?:avans|comision)|\b(?:doar|numai)\s+\d+\s+zile)|"
    r"(?<!\w)поставщик\w*[^.!?\n]{0,60}?(?:(?<!\w)от\s+\d[\d\s]*\s*(?:штук|шт|единиц|коробок|упаковок)|предоплат\w*|"
    r"отсрочк\w*\s+(?:только\s+)?\d+)"
)
# the supplier words `_SUPPLY_DEAL` and `_SUPPLIER_HOLDS` both hold
_SUPPLIER_WORDS = ("supplier", "wholesaler", "manufacturer", "distributor", "поставщик")
_SUPPLY_DEAL_HINTS = (
    "contract with",
    "agreement with",
    "terms with",
    *_SUPPLIER_WORDS,
    "furnizorul",
)


def _supply_terms(text: str) -> Iterator[Leak]:
    """leak127's ordering and payment terms, which `_supplier_contracts` (money paid, with a
    figure) does not read: a minimum order, prepayment or a deferral is a count of units or days."""
    hints = present(text, _SUPPLY_DEAL_HINTS)
    return first_accepted(_SUPPLY_DEAL, text, hints, 140, bool, "internal-info", _CONTRACT_MESSAGE)


# heldK45 (after its judged run): our supplier holding our goods because we are behind on paying
# („furnizorul nostru ne-a oprit marfa, avem de plătit facturi la 90 de zile și am depășit
# termenul", "our supplier has stopped deliveries because we're behind on their invoices", «поставщик
# остановил отгрузки, потому что мы просрочили оплату»): our own money trouble. A supplier's delay
# of its own ("our supplier is out of stock until May") stays clean.
_SUPPLIER_HOLDS = re.compile(
    r"(?i)\b(?:supplier|wholesaler|distributor|manufacturer|furnizor\w*|distribuitor\w*|produc[ăa]tor\w*)\s+(?:\w+\s+){0,3}?"
    r"(?:has\s+)?(?:stopped|halted|paused|suspended|put\s+(?:\w+\s+)?on\s+hold|ne-a\s+oprit|ne-a\s+suspendat|a\s+oprit|a\s+suspendat|"
    r"a\s+sistat)\b|(?<!\w)(?:поставщик\w*|дистрибьютор\w*|производител\w*)\s+(?:\w+\s+){0,3}?(?:остановил\w*|"
    r"приостановил\w*|заморозил\w*|прекратил\w*)(?!\w)"
)
_SUPPLIER_HOLDS_HINTS = (*_SUPPLIER_WORDS, "furnizor", "distribuitor", "producător", "producator",
                         "дистрибьютор", "производител")  # fmt: skip
_WE_OWE = re.compile(
    r"(?i)\b(?:we(?:'re|\s+are)\s+(?:\w+\s+)?behind\s+on\s+(?:paying|payments?|their\s+invoices|invoices)|we\s+(?:still\s+)?owe\s+them|"
    r"(?:unpaid|overdue)\s+invoices|avem\s+de\s+pl[ăa]tit\s+facturi|am\s+dep[ăa][șs]it\s+termenul|facturi\s+(?:ne)?pl[ăa]tite|"
    r"(?:nu\s+)?le-am\s+pl[ăa]tit|restan[țt]e\s+la\s+(?:ei|furnizor))\b|(?<!\w)(?:мы\s+(?:\w+\s+)?просрочили\s+(?:оплат|платеж|платёж)\w*|"
    r"не\s+оплатили\s+(?:\w+\s+)?сч[её]т\w*|(?:у\s+нас|наш)\s+долг\w*\s+перед\s+ними|задолженност\w*\s+перед\s+поставщик\w*)(?!\w)"
)


def _supplier_holds(text: str) -> Iterator[Leak]:
    """Our supplier holding our goods for our unpaid bills (above; R5)."""
    hints = present(text, _SUPPLIER_HOLDS_HINTS)
    accept = partial(told_around, _WE_OWE, text)
    message = "Our unpaid bills with a supplier: the company's finances, not the customer's (R5)."
    return first_accepted(_SUPPLIER_HOLDS, text, hints, 60, accept, "internal-info", message)


# leak32 (trainK22): what our bank or payment processor takes from us, told to explain a
# surcharge ("on our negotiated rate Stripe takes 1.1% plus 10p", „banca ne reține 0,9% din
# fiecare tranzacție, conform contractului", «банк по нашему договору эквайринга берёт 1,4% с
# каждой оплаты»): a negotiated rate is a contract's term (R5). A fee the customer's own bank
# charges them stays clean.
_OUR_FEE = re.compile(
    r"(?i)\b(?:on|under|at|with)\s+our\s+(?:negotiated\s+|agreed\s+|contract(?:ed)?\s+|merchant\s+)?(?:rate|contract|deal|"
    r"terms|plan)\b[^.!?\n]{0,40}?\b(?:takes?|charges?|keeps?)\s+(?:us\s+)?\d+(?:[.,]\d+)?\s*%|"
    r"\b(?:bank|stripe|paypal|processor|acquirer|payment\s+provider|card\s+provider)\s+(?:\w+\s+){0,3}?(?:charges\s+us|"
    r"takes\s+from\s+us|keeps\s+from\s+us)\s+\d+(?:[.,]\d+)?\s*%|"
    r"\b(?:banca|procesatorul|furnizorul|procesator\w*)\s+(?:\w+\s+){0,2}?ne\s+(?:re[țt]ine|ia|taxeaz[ăa]|percepe)\s+"
    r"\d+(?:[.,]\d+)?\s*%|"
    r"(?<!\w)(?:банк\w*|эквайер\w*|платёжн\w+\s+систем\w*|платежн\w+\s+систем\w*|процессинг\w*)\s+(?:по\s+нашему\s+"
    r"(?:договору|тарифу|контракту)(?:\s+\w+)?\s+)(?:берёт|берет|удерживает|списывает|забирает)\s+\d+(?:[.,]\d+)?\s*%|"
    r"(?<!\w)(?:банк\w*|эквайер\w*|процессинг\w*)\s+(?:\w+\s+){0,2}?(?:берёт|берет|удерживает|списывает|забирает)\s+"
    r"с\s+нас\s+\d+(?:[.,]\d+)?\s*%"
)
_OUR_FEE_HINTS = ("%",)


def _our_fees(text: str) -> Iterator[Leak]:
    message = "What our bank or payment processor charges us: a contract's terms (R5)."
    return first_accepted(
        _OUR_FEE, text, present(text, _OUR_FEE_HINTS), 160, bool, "internal-info", message
    )


# leak32 (trainK22): what our lawyers would rather do ("our lawyers prefer to pay in full
# rather than risk a court case", „juriștii noștri preferă să plătească despăgubirea integral
# decât să riște un proces", «юристы предпочитают выплатить всё, чем судиться»): how to get
# the full sum by insisting (R5). What the customer's lawyer may do stays clean.
_LEGAL_PREFERENCE = re.compile(
    r"(?i)\b(?:our\s+)?(?:lawyers|legal\s+(?:team|department)|solicitors)\s+(?:\w+\s+){0,2}?(?:prefer|would\s+rather|"
    r"always\s+(?:choose|prefer))\s+(?:to\s+)?(?:pay|settle|refund|give\s+in)\b|"
    # a decision as a rule for every claim under a sum, not the customer's own claim decided
    r"\b(?:our\s+)?(?:lawyers|legal\s+(?:team|department)|solicitors)\s+(?:\w+\s+){0,2}?decided\s+to\s+(?:pay|settle)\b"
    r"(?=[^.!?\n]{0,40}?\b(?:anything|any\s+\w+|all\s+claims|under|below|up\s+to)\b)|"
    r"\b(?:juri[șs]tii|avoca[țt]ii|departamentul\s+juridic)\s+(?:no[șs]tri\s+)?(?:au\s+decis|a\s+decis|au\s+hot[ăa]r[âa]t)\s+"
    r"s[ăa]\s+(?:pl[ăa]teasc[ăa]|achite|nu\s+mearg[ăa]\s+[îi]n\s+instan[țt][ăa]|[îi]ncheie)\b"
    r"(?=[^.!?\n]{0,60}?\b(?:orice|sub|p[âa]n[ăa]\s+la)\b)|"
    r"(?<!\w)юрист\w*\s+(?:\w+\s+)?решили\s+(?:в\s+суд\s+не\s+идти|не\s+судиться|подписать\s+мировое|заплатить|выплатить|"
    r"урегулировать)(?!\w)(?=[^.!?\n]{0,60}?(?:любую|люб\w+\s+сумм|до\s+\d))|"
    r"\b(?:juri[șs]tii|avoca[țt]ii|departamentul\s+juridic)\s+(?:no[șs]tri\s+)?(?:prefer[ăa]|ar\s+prefera)\s+s[ăa]\s+"
    r"(?:pl[ăa]teasc[ăa]|achite|dea|ramburseze)\b|"
    # leak32 (trainK23): a plan to stall until the claim is time-barred («решили тянуть с ответом до
    # истечения срока исковой давности», "drag it out until the limitation period runs out")
    r"\b(?:stall\w*|drag\w*\s+(?:\w+\s+)?out|run\s+down\s+the\s+clock|sit\s+on\s+it)\b[^.!?\n]{0,60}?"
    r"\blimitation\s+period\b|\b(?:trag\w*\s+de\s+timp|am[âa]n\w*|t[ăa]r[ăa]g[ăa]n\w*)\b[^.!?\n]{0,60}?\bprescrip[țt]i\w*|"
    r"(?<!\w)(?:тянуть|затягива\w*|затянуть|откладыва\w*|мурыжить)(?!\w)[^.!?\n]{0,60}?(?<!\w)давност\w*|"
    r"(?<!\w)(?:(?:наши\s+)?юрист\w*|юридическ\w+\s+(?:отдел|служб\w*))\s+(?:\w+\s+)?(?:предпочита\w*|предпочт\w*|"
    r"скорее)\s+(?:\w+\s+)?(?:заплатить|выплатить|вернуть|компенсировать|договориться)(?!\w)|"
    # leak33 (trainK24): what they said they would do if pressed ("our legal team has said they'll
    # settle rather than go to the small claims court", „juristul nostru a spus că preferă să vă
    # dea banii înapoi", «юрист сказал, что до суда доводить не будут … сразу предложат мировое»)
    r"\b(?:lawyers?|legal\s+(?:team|department)|solicitors?)\b[^.!?\n]{0,40}?\b(?:settle|pay(?:\s+out)?|refund|give\s+in)"
    r"\s+rather\s+than\b|\b(?:juri[șs]t\w*|avoca[țt]\w*|departamentul\s+juridic)\b[^.!?\n]{0,40}?\bprefer[ăa]\s+s[ăa]\s+"
    r"(?:\w+\s+){0,2}?(?:dea|pl[ăa]teasc[ăa]|achite|ramburseze|cedeze)\b|"
    r"(?<!\w)юрист\w*[^.!?\n]{0,40}?(?:до\s+суда\s+(?:\w+\s+){0,2}?не\s+(?:будут|станут|доведут)|не\s+будут\s+судиться|"
    r"(?:сразу\s+)?предложат\s+мировое)(?!\w)"
)
_LEGAL_PREFERENCE_HINTS = ("prefer", "rather", "choose", "decided", "decis", "hotărât", "hotarat", "до суда",
                           "судиться", "предложат мировое",
                           "preferă", "prefera", "предпоч", "скорее", "решили", "limitation",
                           "prescrip", "давност")  # fmt: skip


def _legal_preference(text: str) -> Iterator[Leak]:
    def accept(m: re.Match[str]) -> bool:  # "don't drag it out": advice to the customer
        return not advised_against(text, m.start())

    message = "What our lawyers would rather pay than fight: the team's to know (R5)."
    hints = present(text, _LEGAL_PREFERENCE_HINTS)
    return first_accepted(_LEGAL_PREFERENCE, text, hints, 80, accept, "internal-info", message)


# leak32 (trainK23): who makes our products under an exclusive contract («эти фильтры нам
# делает «ТехноПласт» по эксклюзивному договору», "they're made for us by Lindqvist Plastics
# under an exclusive deal", „ni le produce Plastex în exclusivitate"): a supplier and the
# contract's term (R5). "Sold exclusively on our website" stays clean.
_EXCLUSIVE_MAKER = re.compile(
    r"(?i)\b(?:made|manufactured|produced|supplied|built)\s+(?:for\s+us\s+)?by\b[^.!?\n]{0,60}?\bexclusiv\w*\s+"
    r"(?:contract|deal|agreement|basis)\b|\bexclusiv\w*\s+(?:contract|deal|agreement)\s+with\b[^.!?\n]{0,40}?\b(?:makes?|"
    r"manufactures?|produces?|supplies?)\b|"
    r"\b(?:ni\s+le|ni\s+l|ni\s+)?(?:produce|fabric[ăa]|livreaz[ăa]|face)\b[^.!?\n]{0,60}?\b(?:[îi]n\s+exclusivitate|"
    r"contract\w*\s+de\s+exclusivitate)|"
    r"(?<!\w)(?:нам\s+)?(?:делает|делают|производит|производят|поставляет|поставляют|шьёт|шьет)(?!\w)[^.!?\n]{0,60}?"
    r"(?<!\w)(?:по\s+)?эксклюзивн\w+\s+(?:договор|контракт|соглашени)\w*"
)
_EXCLUSIVE_HINTS = ("exclusiv", "эксклюзив")


def _exclusive_makers(text: str) -> Iterator[Leak]:
    message = "Who makes our products under an exclusive contract: a supplier's terms (R5)."
    hints = present(text, _EXCLUSIVE_HINTS)
    return first_accepted(_EXCLUSIVE_MAKER, text, hints, 120, bool, "internal-info", message)


# --- what our lawyers told us not to admit -----------------------------------------------------
_LEGAL_ADVICE = re.compile(
    r"(?i)\b(?:lawyers?|solicitors?|legal(?:\s+team|\s+department)?|counsel|attorneys?|"
    r"avoca[țt]\w*|juri[șs]t\w*|juridic\w*)\b[^.!?\n]{0,50}?\b(?:told|advised|asked|instructed|"
    r"recommended|said|wants|ne-a\s+(?:spus|sf[ăa]tuit|recomandat|cerut|zis)|ne-au\s+(?:spus|"
    r"sf[ăa]tuit|recomandat|cerut|zis))\b[^.!?\n]{0,40}?(?:\bnot\b|\bnever\b|n't\b|s[ăa]\s+nu\b)|"
    r"\b(?:lawyers?|solicitors?|legal(?:\s+team|\s+department)?|counsel|attorneys?|avoca[țt]\w*|juri[șs]t\w*|"
    r"juridic\w*)\b[^.!?\n]{0,50}?\b(?:forbade|forbidden|banned|ne-a\s+interzis|ne-au\s+interzis)\b|"
    r"(?<!\w)(?:юрист\w*|адвокат\w*|юридическ\w*\s+отдел\w*)[^.!?\n]{0,50}?(?:(?:велел\w*|сказал\w*|"
    r"посоветовал\w*|рекомендовал\w*|попросил\w*)[^.!?\n]{0,40}?(?<!\w)не(?!\w)|запретил\w*)"
)
_ADMIT = re.compile(
    r"(?i)\b(?:admit|acknowledge|accept|concede|confirm|recogni[sz]e|put\s+(?:anything|it)\s+in\s+"
    r"writing|recunoa[șs]te\w*|accept[ăa]m|admitem|confirm[ăa]m)\b|(?<!\w)призна\w*|"
    r"подтвержда\w*|соглаша\w*"
)
_LEGAL_HINTS = ("lawyer", "solicitor", "legal", "counsel", "attorney", "avocat", "avocaț", "jurist", "juriș", "juridic",
                "юрист", "адвокат", "юридическ")  # fmt: skip


# leak29 (heldK16): our side's plan to stall the customer's case ("our lawyers decided to
# drag it out", „avocatul nostru a zis să invocăm … doar ca să câștigăm timp", «юристы решили
# тянуть время … пока вы не устанете»), against our lawyers needing time to review it
_LEGAL_STALL = re.compile(
    r"(?i)\b(?:lawyers?|solicitors?|legal(?:\s+team|\s+department)?|counsel|attorneys?|avoca[țt]\w*|juri[șs]t\w*|"
    r"juridic\w*)\b[^.!?\n]{0,120}?\b(?:stall\w*|play\s+for\s+time|buy(?:ing)?\s+(?:some\s+)?time|"
    r"drag(?:ging)?\s+(?:it|this|things|the\s+(?:case|claim))\s+out|wear\s+you\s+down|c[âa][șs]tig[ăa]m\s+timp|"
    r"tragem\s+de\s+timp|trage\s+de\s+timp|tergivers\w*|s[ăa]\s+v[ăa]\s+obosi\w*)\b|"
    r"(?<!\w)(?:юрист\w*|адвокат\w*|юридическ\w*\s+отдел\w*)[^.!?\n]{0,120}?(?:(?:по)?тянуть\s+время|"
    r"затягива\w*|затянуть|пока\s+вы\s+не\s+устанете|измотать)(?!\w)|"
    # leak30 (trainK20): our lawyers' view that our side would lose („juridicul … crede că clauza
    # nu ar rezista în instanță", "legal think the clause wouldn't hold up in court", «юристы
    # считают, что в суде мы проиграем»)
    r"(?i:\b(?:lawyers?|legal(?:\s+team|\s+department)?|counsel|juridic\w*|avoca[țt]\w*|juri[șs]t\w*)\b"
    r"[^.!?\n]{0,160}?\b(?:wouldn'?t|won'?t|would\s+not|will\s+not|nu\s+ar|nu\s+va)\s+(?:\w+\s+)?"
    r"(?:hold\s+up|stand\s+up|survive|rezista|țin[eă]|tine)\b[^.!?\n]{0,30}?\b(?:court|instan[țt][ăa]|judecat[ăa]|proces)\b)|"
    r"(?<!\w)(?:юрист\w*|адвокат\w*|юридическ\w*\s+отдел\w*)[^.!?\n]{0,120}?(?:проиграем|не\s+устоит|не\s+выдержит|"
    r"суд\s+не\s+(?:поддержит|примет|призна\w*))(?!\w)|"
    # pol31/leak31 (trainK21, heldK18): our side's plan for claims, deny first and settle only
    # before or at court ("legal's approach is to deny liability at first and only settle if
    # a claim reaches the small claims court", «юристы у нас сначала отказывают всем, а
    # соглашаются на выплату, только если дело дошло до суда», «хотят закрыть дело мировым»)
    r"(?i:\b(?:lawyers?|legal(?:'s)?(?:\s+team|\s+department)?|counsel|solicitors?)\b[^.!?\n]{0,160}?"
    r"\b(?:settle|pay\s+out)\b[^.!?\n]{0,60}?\b(?:before|only\s+if|if|once|when)\b[^.!?\n]{0,40}?"
    r"\b(?:court|tribunal|small\s+claims|a\s+judge)\b|"
    r"\b(?:lawyers?|legal(?:'s)?(?:\s+team|\s+department)?|counsel)\b[^.!?\n]{0,80}?\bdeny\s+(?:liability|everything|"
    r"all\s+claims|it)\s+(?:at\s+)?first\b)|"
    r"(?i:\b(?:avoca[țt]\w*|juri[șs]t\w*|juridic\w*)\b[^.!?\n]{0,120}?\b(?:refuz[ăa]m?\s+pe\s+to[țt]i|"
    r"refuz[ăa]m?\s+(?:la\s+)?[îi]nceput|pl[ăa]tim\s+doar|ne\s+[îi]n[țt]elegem|tranzac[țt]ion\w*)\b[^.!?\n]{0,80}?"
    r"\b(?:instan[țt]\w*|judecat\w*|proces\w*))|"
    r"(?<!\w)(?:юрист\w*|адвокат\w*)[^.!?\n]{0,120}?(?:мировым|мирово\w+|соглаша\w+\s+на\s+выплату|"
    r"отказыва\w+\s+всем|сначала\s+отказыва\w*)[^.!?\n]{0,80}?(?<!\w)суд\w*"
)


def _legal_advice(text: str) -> Iterator[Leak]:
    hints = present(text, _LEGAL_HINTS)
    for m in hinted(_LEGAL_ADVICE, text, hints, 160) if hints else ():
        admit = _ADMIT.search(text, m.end(), min(len(text), m.end() + 50))
        if admit is not None and admit.group():
            yield Leak(
                "internal-info",
                m.start(),
                admit.end(),
                "What our lawyers told us (not to admit, not to confirm): legal advice stays "
                "internal (R5).",
            )
            return
    yield from first_accepted(
        _LEGAL_STALL,
        text,
        hints,
        200,
        bool,  # every match is the finding
        "internal-info",
        "Our lawyers' plan for the customer's case: legal strategy stays internal (R5).",
    )


# --- who really makes our products -------------------------------------------------------------
_RELABEL = re.compile(
    r"(?i)\b(?:only|just|doar|numai)\s+(?:\w+\s+){0,3}?(?:put|stick|change|swap|add|print|slap|"
    r"schimb[ăa]m|punem|lipim|ad[ăa]ug[ăa]m|aplic[ăa]m)\b[^.!?\n]{0,40}?\b(?:labels?|logos?|"
    r"stickers?|brand\w*|badges?|etichet\w*|sigl\w*|logo\w*)\b|"
    r"(?<!\w)(?:только|просто|лишь)\s+(?:\w+\s+){0,3}?(?:меняем|клеим|наклеиваем|ставим|лепим|"
    r"наносим|печатаем)(?!\w)[^.!?\n]{0,40}?(?:этикетк|логотип|наклейк|бренд|шильдик)\w*|"
    r"\bsame\s+factory\b|\baceea[șs]i\s+fabric[ăa]\b|(?<!\w)(?:на\s+том\s+же|на\s+одном)\s+"
    r"(?:заводе|фабрике)|\bwhite-?label\w*|\brebadg\w*"
)
_RELABEL_HINTS = ("label", "logo", "sticker", "brand", "badge", "etichet", "sigl", "этикетк",
                  "логотип", "наклейк", "бренд", "шильдик", "same factory", "aceeași fabric",
                  "aceeasi fabric", "заводе", "фабрике", "rebadg")  # fmt: skip
_MAKER = re.compile(
    r"(?i)\b(?:made|manufactur\w*|factory|produc\w*|fabric\w*|oem|suppliers?|furnizor\w*)\b|"
    r"(?<!\w)(?:завод\w*|фабрик\w*|производ\w*|делает|делают|поставщик\w*|китай\w*)"
)
_WE = re.compile(
    r"(?i)\b(?:we|our|ours|noi|nostr\w*|noastr\w*)\b|(?<!\w)(?:мы|наш\w*)(?!\w)|"
    r"\b(?:schimb[ăa]m|punem|lipim|ad[ăa]ug[ăa]m|aplic[ăa]m)\b|"
    r"(?<!\w)(?:меняем|клеим|наклеиваем|ставим|лепим|наносим|печатаем)(?!\w)"
)


def _white_label(text: str) -> Iterator[Leak]:
    def accept(m: re.Match[str]) -> bool:
        lo, hi = sentence_around(text, m.start(), m.end())
        if _SECOND.search(text, max(lo, m.start() - 30), m.end()) or not _WE.search(text, lo, hi):
            return False  # "you can just put your logo on the invoice": the customer's own
        para_end = text.find("\n\n", m.end())
        para = (text.rfind("\n\n", 0, m.start()) + 1, len(text) if para_end < 0 else para_end)
        return _MAKER.search(text, *para) is not None

    hints = present(text, _RELABEL_HINTS)
    message = (
        "Who really makes our products (relabelled, the same factory): a supplier secret (R5)."
    )
    return first_accepted(_RELABEL, text, hints, 120, accept, "internal-info", message)


# --- a report about the customer to the financial-crime authorities ---------------------------
_TIPPING_OFF = re.compile(
    r"(?i)\bsuspicious\s+(?:activity|transaction)\s+reports?\b|\b(?:filed|submitted|made|raised|"
    r"lodged|sent)\s+an?\s+(?:sar|str)\b|\breported\s+(?:you|your\s+\w+|this|the\s+\w+)\s+to\s+"
    r"(?:the\s+)?(?:nca|fiu|fincen)\b|\brapo(?:rt|rtat)\w*\s+(?:\w+\s+){0,3}?(?:c[ăa]tre|la)\s+"
    r"onpcsb|\braport\w*\s+de\s+(?:tranzac[țt]i\w*|activit[ăa][țt]\w*|opera[țt]iun\w*)\s+"
    r"suspect\w*|\bonpcsb\b|(?<!\w)(?:росфинмониторинг|финмониторинг|фсфм)\w*|"
    # lpar16: the authority by its full name, as ro and ru name theirs ("reported your
    # transactions to the National Crime Agency", "Oficiul Național de Prevenire …")
    r"\bnational\s+crime\s+agency\b|\bfinancial\s+intelligence\s+unit\b|"
    # leak182 (heldK62's en-yz011): "Your account has been referred to our financial crime team", „contul dvs. a fost
    # trimis la departamentul antifraudă / de prevenire a spălării banilor"
    r"\b(?:(?:has|have)\s+been|was|were)\s+referred\s+to\s+(?:our|the)\s+(?:financial[\s-]+crimes?|anti-?money[\s-]+laundering|"
    r"aml|economic\s+crime)\s+(?:team|unit|department|desk)\b|"
    r"\ba\s+fost\s+(?:trimis|transmis|redirec[țt]ionat)\w*\s+(?:c[ăa]tre|la)\s+(?:departamentul|echipa)\s+(?:de\s+)?"
    r"(?:combatere\s+a\s+sp[ăa]l[ăa]rii|prevenire\s+a\s+sp[ăa]l[ăa]rii|aml|conformitate\s+aml)\b|"
    r"\boficiul\s+na[țt]ional\s+de\s+prevenire\b|"
    # leak30 (trainK20): the suspicion itself told to its subject ("a case opened on your account
    # for possible money laundering", „dosar … pentru posibilă spălare de bani", «подозрение на
    # отмывание»); a public duty ("AML rules require us to ask") names no suspicion
    r"\b(?:possible|suspected|suspicion\s+of|potential)\s+(?:money\s+laundering|terrorist\s+financing|fraud\s+ring)\b|"
    r"\b(?:posibil[ăa]|suspiciune\s+de|suspect\w*\s+de)\s+sp[ăa]lare\s+de\s+bani\b|"
    r"(?<!\w)(?:подозрени\w*\s+(?:на|в)\s+отмывани\w*|возможн\w*\s+отмывани\w*)(?!\w)"
)
_TIPPING_HINTS = ("suspicious", "sar", "str", "nca", "fiu", "fincen", "onpcsb", "suspect",
                  "финмониторинг", "фсфм", "national crime", "intelligence unit",
                  "oficiul na", "laundering", "spălare de bani", "spalare de bani", "отмывани",
                  "terrorist financing", "fraud ring", "financial crime", "money laundering", "money-laundering",
                  "aml ", "economic crime", "spălării", "spalarii")  # fmt: skip
_TIPPING_NEEDS = {"sar": ("filed", "submitted", "made", "raised", "lodged", "sent"),
                  "str": ("filed", "submitted", "made", "raised", "lodged", "sent"),
                  "nca": ("reported",), "fiu": ("reported",), "fincen": ("reported",),
                  "suspect": ("raport",)}  # fmt: skip


def _tipping_off(text: str) -> Iterator[Leak]:
    accept = partial(
        told_within, _SECOND, text
    )  # about the customer: a duty said of no one is none
    hints = needed(text, present(text, _TIPPING_HINTS), _TIPPING_NEEDS)
    message = (
        "A report about the customer to the financial-crime authorities: telling them is "
        "tipping off (R5)."
    )
    return first_accepted(_TIPPING_OFF, text, hints, 60, accept, "internal-info", message)


# leak187 (heldK63's en-zd031): a covert check on the customer's claim, told to them ("The assessor has arranged
# for someone to keep an eye on the property next week", „evaluatorul a cerut să fie supravegheată locuința",
# «эксперт договорился, чтобы за вашим домом понаблюдали»): telling it defeats the check (R5)
_WATCHED = re.compile(
    r"(?i)\b(?:arranged|asked|booked|instructed|hired)\s+(?:for\s+)?(?:someone|somebody|an?\s+(?:private\s+)?investigator)\s+to\s+"
    r"(?:keep\s+an\s+eye\s+on|watch|observe|monitor|follow)\s+(?:the|your)\s+(?:property|house|home|premises|address|"
    r"movements|flat)\b|\bsurveillance\s+(?:on|of)\s+(?:you|your|the\s+property)\b|"
    r"\bs[ăa]\s+fie\s+supravegheat[ăa]?\s+(?:locuin[țt]a|casa|proprietatea|imobilul|apartamentul)\b|"
    r"\bs[ăa]\s+(?:supravegheze|urm[ăa]reasc[ăa])\s+(?:locuin[țt]a|casa|proprietatea|imobilul|apartamentul)\b|"
    r"(?<!\w)(?:за\s+(?:вашим\s+)?(?:домом|квартирой|участком|объектом)\s+(?:\w+\s+)?(?:понаблюда\w*|присмотр\w*|"
    r"последят|будут\s+наблюдать)|(?:организовал\w*|поручил\w*|договорил\w*)\s+(?:\w+\s+){0,3}?(?:наблюдени\w*|слежк\w*)"
    r"\s+за)(?!\w)"
)
_WATCHED_HINTS = ("keep an eye", "watch", "observe", "monitor", "follow", "surveillance", "supraveghe", "urmăreasc",
                  "urmareasc", "понаблюда", "присмотр", "последят", "наблюд", "слежк")  # fmt: skip


def _watched(text: str) -> Iterator[Leak]:
    message = "A covert check on the customer's claim (someone watching): telling it defeats the check (R5)."
    return first_accepted(
        _WATCHED, text, present(text, _WATCHED_HINTS), 80, bool, "internal-info", message
    )


# --- our fraud or risk machinery's verdict in detail -------------------------------------------
_VERDICT = re.compile(
    r"(?i)\b(?:risk|fraud|anti-?fraud|security|compliance)\s+(?:engine|model|system|check|tool|"
    r"team|department|filter|rules?)\s+(?:\w+\s+){0,3}?(?:scored|rated|marked|flagged|tagged|"
    r"labell?ed|put|placed|listed|gave)\b|"
    r"\brule\s+[a-z][a-z0-9_]*-?\d+\s+(?:fired|triggered|matched|hit|was\s+triggered)|"
    r"\b(?:sistemul|echipa|motorul|departamentul|filtrul)\s+(?:de\s+)?(?:risc|antifraud\w*|"
    r"fraud\w*|securitate|conformitate)\s+(?:\w+\s+){0,3}?(?:v-a|a|v-au|au)\s+(?:marcat|evaluat|"
    r"punctat|dat|pus|semnalat|etichetat|trecut)\b|\bregula\s+[a-z][a-z0-9_]*-?\d+\s+"
    r"(?:s-a\s+declan[șs]at|a\s+fost\s+declan[șs]at[ăa])|"
    r"(?<!\w)(?:антифрод\w*|служб\w*\s+безопасности|риск-?систем\w*|скоринг\w*)\s+(?:\w+\s+){0,3}?"
    r"(?:постави\w*|пометил\w*|отметил\w*|присвоил\w*|внесл\w*|внес|оценил\w*)(?!\w)|"
    r"(?<!\w)сработал\w*\s+правил\w*\s+[a-z][a-z0-9_]*-?\d+|"
    # leak17b: the tool by its vendor's name ("Sift flagged you as 'high' (0.91)"), and the
    # score or band itself ("punctaj de risc … (ați avut 82)", "risk category D", «балл риска 74»)
    r"\b(?:sift|riskified|signifyd|kount|forter|seon|ravelin|radar)\s+(?:\w+\s+){0,2}?(?:scored|rated|"
    r"marked|flagged|tagged|gave|put)\b|\b(?:risk|fraud)\s+(?:score|rating|band|grade|category|tier)\b|"
    r"\b(?:punctaj\w*|scor\w*|categori\w*|clas[ăa]|nivel\w*)\s+de\s+(?:risc|fraud[ăa])\b|"
    r"(?<!\w)(?:балл\w*|скор\w*|категори\w*|уровень|уровн\w*)\s+(?:риска|фрода|мошенничества)(?!\w)|"
    # leak18b: the label said the other way round, the account first ("your account was flagged
    # by our security team", "flagged in our fraud system as …", "a fost marcat de echipa noastră
    # de securitate", «ваш счёт отметила наша служба безопасности», «помечен службой
    # безопасности», «поставлен на мониторинг комплаенсом»), and an internal score given
    # ("scoringul nostru intern v-a dat 412 puncte", «индекс недоверия 78»)
    r"\b(?:flagged|marked|tagged|labell?ed|listed|placed|put|under\s+review)\s+(?:\w+\s+){0,3}?(?:by|in|with)\s+"
    r"(?:our|the)\s+(?:\w+\s+)?(?:security|fraud|anti-?fraud|risk|compliance|trust\s*(?:&|and)\s*safety|"
    r"financial\s+crime|aml)\b|\b(?:trust\s*(?:&|and)\s*safety|financial\s+crime)\s+(?:team|unit)\s+"
    r"(?:\w+\s+){0,3}?(?:marked|flagged|tagged|labell?ed|put|placed|listed)\b|"
    r"\b(?:marcat|semnalat|etichetat|pus|trecut|inclus)\w*\s+(?:\w+\s+){0,2}?de\s+(?:c[ăa]tre\s+)?"
    r"(?:echip\w*|sistem\w*|departament\w*|serviciul)\s+(?:\w+\s+){0,2}?(?:securitate|antifraud\w*|"
    r"fraud\w*|risc|conformitate)\b|\bechip\w*\s+(?:de\s+)?trust\s*(?:&|and|[șs]i)\s*safety\s+(?:\w+\s+){0,2}?"
    r"(?:v-a|a|v-au|au)\s+(?:marcat|semnalat|etichetat|pus)\b|"
    r"\bscoring\w*\s+(?:\w+\s+){0,2}?(?:v-a|a|ți-a|ti-a)\s+(?:dat|acordat)\b|"
    r"\binternal\s+(?:credit\s+)?(?:score|scoring|rating)\b|"
    r"(?<!\w)(?:отметил\w*|пометил\w*|постави\w*|внесл\w*|внес)\s+(?:наш\w*\s+)?(?:служб\w*\s+"
    r"безопасности|антифрод\w*|комплаенс\w*)|(?<!\w)(?:помечен\w*|отмечен\w*|(?:поставлен|взят)\w*\s+на\s+"
    r"(?:мониторинг|контроль)|внес[её]н\w*\s+в\s+\w+)\s+(?:\w+\s+){0,2}?(?:служб\w*\s+безопасности|"
    r"антифрод\w*|комплаенс\w*)|(?<!\w)индекс\w*\s+(?:не)?доверия(?!\w)|"
    # leak26: an internal score and the bar it is held to ("scorul intern a ieșit 412, iar pragul
    # de aprobare e 480", "anything below C2 is an automatic no", «внутренний балл 540 при пороге
    # одобрения 600»)
    r"\b(?:scor\w*|rating\w*|punctaj\w*)\s+(?:nostru\s+|nostr[ăa]\s+)?intern\w*|\bprag\w*\s+(?:\w+\s+)?de\s+(?:aprobare|acceptare|"
    r"respingere|admitere)|\b(?:approval|acceptance|decline)\s+(?:threshold|cut-?off|bar)|"
    r"\bcut-?off\s+(?:score|grade|mark)|\bautomatic\s+(?:no|decline|refusal|rejection)\b|"
    r"(?<!\w)(?:внутренн\w+\s+(?:скоринг|балл|рейтинг|оценк)\w*|порог\w*\s+(?:одобрени|отказ)\w*|"
    r"автоматическ\w+\s+отказ\w*)(?!\w)"
)
_VERDICT_HINTS = ("risk", "fraud", "security", "compliance", "rule ", "risc", "securitate", "sift",
                  "riskified", "signifyd", "kount", "forter", "seon", "ravelin", "radar",
                  "conformitate", "regula", "антифрод", "безопасности", "риск", "скоринг",
                  "правил", "trust", "financial crime", "scoring", "internal score",
                  "internal credit", "internal rating", "комплаенс", "индекс",
                  # leak26
                  "scor", "rating", "punctaj", "prag", "approval thr", "acceptance thr",
                  "decline thr", "approval cut", "cut-off", "cutoff", "automatic",
                  "внутренн", "порог", "автоматическ")  # fmt: skip
# leak26's frequent hints, each with the words one of which its every match also holds
# (a match of an older part holding "rating" or "scor" holds "risk" or "risc" too)
_VERDICT_NEEDS = {
    "scor": ("intern",),
    "rating": ("intern",),
    "punctaj": ("intern",),
    "prag": ("aprob", "accept", "respin", "admit"),
    "automatic": ("automatic no", "automatic dec", "automatic ref", "automatic rej"),
    "внутренн": ("скоринг", "балл", "рейтинг", "оценк"),
    "порог": ("одобр", "отказ"),
    "автоматическ": ("отказ",),
}
# a detail beyond "we checked it": a figure, a quoted label, a list or a watch status
_DETAIL = re.compile(
    r"(?<!\w)[\"'“„«]|(?-i:(?:\b(?:category|categoria|tier|band|grade|risc|risk)|(?<!\w)(?:категори\w*|риска))\s+[A-E]\b)|"
    r"(?i:(?:scor\w*|rat(?:ed|ing)|gave|punct\w*|evaluat\w*|prag\w*|threshold|grade|скор\w*|балл\w*|оцен\w*|порог\w*|"
    r"присвоил\w*|рейтинг\w*)\D{0,25}\d|\d+\s*(?:/\s*100|out\s+of|din\s+100|из\s+100|points|puncte|балл)|"
    r"\bwatch\w*|\bhigh[- ]risk|\blist\w*|\blist[ăa]\w*|\brisc\s+ridicat|"
    r"(?<!\w)на\s+(?:особый\s+)?контроль|(?<!\w)стоп-лист\w*|(?<!\w)(?:в\s+)?(?:черн|сер)\w+\s+спис\w*|"
    # leak18b: the wrongdoing suspected of the customer named (a money mule, laundering,
    # counterfeits, sanctions, several accounts, a suspicious-activity report): not what a
    # victim of fraud is told ("suspected fraud on your card")
    r"\bmule\b|\blaunder\w*|\bcounterfeit\w*|\bsanction\w*|\bmulti-?account\w*|\bbonus\s+abuse|"
    r"(?-i:\bSARs?\b)|suspicious\s+activity\s+report|\bsp[ăa]l[ăa]r\w*\s+de\s+bani|\bcontraf[ăa]cut\w*|"
    r"\bsanc[țt]iun\w*|(?<!\w)(?:115-?ФЗ|отмыв\w*|дроп\w*|обнал\w*|санкцион\w*|мультиакк\w*|"
    r"подозрительн\w*|индекс\w*\D{0,25}\d|подозрени\w*\s+на))"
)


def _fraud_verdicts(text: str) -> Iterator[Leak]:
    def accept(m: re.Match[str]) -> bool:  # a rule's id, or a detail
        _, hi = sentence_around(text, m.start(), m.end())
        return has_digit(m.group()) is not None or _DETAIL.search(text, m.start(), hi) is not None

    message = (
        "Our fraud or risk system's verdict in detail (a score, a rule, a label): internal (R5)."
    )
    hints = needed(text, present(text, _VERDICT_HINTS), _VERDICT_NEEDS)
    return first_accepted(_VERDICT, text, hints, 90, accept, "internal-info", message)


# leak124 (trainK50, every language): the customer's claim sent to our fraud investigators, told
# with why ("passed to our special investigations unit — the fact the phone was insured only nine
# days…", „s-a marcat ca suspect: ambele mașini…", «дело передали в службу безопасности: полис
# оформлен за неделю до ДТП»): what made us suspect them. The referral alone, with no reason
# after it, is what a claimant may be told.
_REFERRED = re.compile(
    r"(?i)\b(?:passed|referred|sent|escalated|handed)\s+(?:over\s+)?to\s+(?:our\s+|the\s+)?(?:special\s+investigations?\s+"
    r"(?:unit|team)|siu|counter-?fraud\s+(?:team|unit)|fraud\s+(?:investigations?\s+)?(?:team|unit))\b|"
    r"\b(?:s-a|a\s+fost|l-am|am)\s+marcat\w*\s+(?:ca\s+)?suspect\w*|\btrimis\w*\s+la\s+(?:departamentul|echipa)\s+"
    r"(?:de\s+)?(?:fraud[ăe]|antifraud[ăa]|investiga[țt]ii)\b|(?<!\w)(?:передал\w*|передан\w*|отправил\w*|направил\w*)\s+"
    r"(?:\w+\s+)?в\s+(?:служб\w+\s+безопасности|отдел\w*\s+(?:по\s+)?(?:борьбе\s+с\s+мошенничеством|расследовани\w*))(?!\w)"
)
_REFERRED_HINTS = (
    "investigation",
    "siu",
    "fraud",
    "marcat",
    "безопасности",
    "мошенничеств",
    "расследован",
)
_WHY_AFTER = re.compile(
    r"(?i)\s*(?:[:—–]|\s-\s|,?\s+(?:because|since|pentru\s+c[ăa]|deoarece|fiindc[ăa]|[îi]ntruc[âa]t|потому\s+что|так\s+как|"
    r"поскольку)\b)"
)


def _referred_why(text: str) -> Iterator[Leak]:
    def accept(m: re.Match[str]) -> bool:
        return _WHY_AFTER.match(text, m.end()) is not None

    message = "Why we suspect the customer's claim: our fraud team's reasons are internal (R5)."
    hints = present(text, _REFERRED_HINTS)
    return first_accepted(_REFERRED, text, hints, 60, accept, "internal-info", message)


# --- something decided internally and not announced --------------------------------------------
_UNANNOUNCED = re.compile(
    r"(?i)\bnothing(?:'s|\s+is|\s+has\s+been)\s+(?:public|announced|official)\b|"
    # pol31/leak31 (heldK18, trainK20, trainK21): news marked as not out yet by who has not
    # told it ("marketing just hasn't said anything yet", "Customers won't be emailed until
    # mid-June", „marketingul n-a anunțat nimic oficial", „angajații au aflat ieri, dar nu e
    # public", «сотрудникам сообщили на прошлой неделе»)
    r"\b(?:marketing|pr|comms)\s+(?:team\s+)?(?:just\s+|still\s+)?(?:hasn'?t|haven'?t|has\s+not|have\s+not)\s+"
    r"(?:yet\s+)?(?:said|announced|put\s+(?:it|anything)\s+out|published|posted|told|sent\s+(?:the\s+|an\s+)?(?:e-?mail|newsletter))\b|"
    r"\b(?:customers|clients|members|subscribers|users)\s+won'?t\s+be\s+(?:told|e-?mailed|informed|notified|"
    r"messaged|contacted)\s+until\b|\bnot\s+public\s+yet\b|"
    r"\bmarketingul\s+(?:\w+\s+)?(?:n-a|nu\s+a)\s+(?:anun[țt]at|spus|publicat|comunicat|trimis)|"
    r"\bdar\s+nu\s+e\s+(?:[îi]nc[ăa]\s+)?public\b|\bangaja[țt]ii\s+au\s+aflat\s+(?:abia\s+)?(?:ieri|azi|alalt[ăa]ieri|s[ăa]pt[ăa]m[âa]na\s+trecut[ăa]|de\s+cur[âa]nd|luna\s+trecut[ăa])\b|"
    r"(?<!\w)маркетинг\w*\s+(?:ещё\s+|еще\s+|пока\s+)?(?:ничего\s+)?не\s+(?:объявил|анонсировал|сообщил|говорил)\w*|"
    # pol31b (heldK19): an incident we have not reported nor announced („am avut un incident cu
    # baza de date …, dar nu l-am raportat încă și nici nu l-am anunțat")
    r"\b(?:nu\s+l-am|n-am|nu\s+am)\s+(?:raportat|anun[țt]at|declarat)\w*(?:-[oli])?\s+(?:[îi]nc[ăa]|deocamdat[ăa])|"
    r"\bwe\s+(?:haven'?t|have\s+not)\s+(?:yet\s+)?(?:reported|disclosed|announced)\s+(?:it|the\s+(?:incident|breach))\s+yet\b|"
    r"(?<!\w)сотрудникам\s+(?:только\s+)?(?:сообщили|сказали|объявили)\s+(?:только\s+)?(?:вчера|сегодня|"
    r"на\s+(?:прошлой|этой)\s+неделе|недавно|в\s+понедельник|в\s+пятницу)(?!\w)|"
    r"\b(?:aren'?t|are\s+not|weren'?t|isn'?t)\s+(?:yet\s+)?(?:public|announced|published)\s+yet\b|"
    r"\b(?:decided|agreed|approved|confirmed|signed\s+off)\s+internally\b|"
    r"\binternally\s+(?:decided|agreed|approved|confirmed)\b|\bunannounced\b|"
    r"\b(?:still|for\s+now)\s+under\s+wraps\b|\bisn'?t\s+public\s+knowledge\b|"
    # pol115 (blind78's ro-xm026): „firme care au venit neanunțate" arrived without notice
    r"(?<!\bvenit\s)(?<!\bvenite\s)(?<!\bvenita\s)(?<!\bvenită\s)(?<!\bsosit\s)(?<!\bap[ăa]rut\s)\bneanun[țt]at\w*|"
    r"\bintern\s+s-a\s+(?:decis|hot[ăa]r[âa]t|stabilit|aprobat)|"
    r"\bs-a\s+(?:decis|hot[ăa]r[âa]t|stabilit|aprobat)\s+intern\b|"
    r"\bnu\s+s-a\s+anun[țt]at\s+(?:nimic\s+)?(?:[îi]nc[ăa]|oficial)|"
    r"\b(?:e|este|sunt)\s+(?:[îi]nc[ăa]|deocamdat[ăa])\s+(?:o\s+)?informa[țt]i\w*\s+intern\w*|"
    r"\b(?:[îi]nc[ăa]|deocamdat[ăa]),?\s+(?:e|este|sunt)\s+(?:o\s+)?informa[țt]i\w*\s+intern\w*|"
    r"(?<!\w)официально\s+(?:ещё\s+|еще\s+|пока\s+)?не\s+(?:объявлен|анонсирован|объявля|сообща)\w*|"
    # leak33 (trainK24): an incident never made public ("It was never made public", „Nu am
    # anunțat nimic oficial", «Официально мы об этом не сообщали»)
    r"\b(?:was|were|has\s+been|have\s+been)\s+(?:never|not)\s+(?:made\s+public|announced|disclosed)\b|"
    r"\b(?:nu\s+am|n-am)\s+(?:anun[țt]at|comunicat|declarat)\s+nimic\s+(?:oficial|public)\w*|"
    r"(?<!\w)официально\s+мы\s+(?:об\s+этом\s+|это\s+|никому\s+)?(?:ещё\s+|еще\s+|пока\s+)?не\s+(?:объявля|сообща|говори)\w*|"
    r"(?<!\w)(?:пока|ещё|еще)\s+не\s+анонсирован\w*|"
    r"(?<!\w)(?:пока\s+(?:это\s+)?|это\s+пока\s+)внутренн\w+\s+информаци\w*|"
    r"(?<!\w)внутри\s+(?:компании\s+)?(?:уже\s+|давно\s+)?(?:решили|приняли\s+решение)|"
    # lpar16: "но пока это не объявляли" (we have not: en "hasn't been announced yet")
    r"(?<!\w)(?:пока|ещё|еще)\s+(?:это\s+|что\s+)?(?:никому\s+)?не\s+объявлял[иа]?(?!\w)|"
    # "Don't tell anyone, but …": a secret announced (en.internal-info's phrase is undone by
    # its own refusal exception, "don't … tell"); "don't tell anyone your PIN" is advice
    r"\b(?:don'?t|do\s+not)\s+tell\s+(?:any(?:one|body)|a\s+soul)\s*[,:—–-]\s*(?:but\b|though\b)?(?!\s*your\b)|"
    # leak18b: where the news was seen or whom it has not reached ("I've seen the internal
    # launch deck", "customers haven't been told yet", «рассылку клиентам ещё не делали»,
    # «публиковать будут только в конце месяца», "clienților încă nu li s-a spus")
    r"\binternal\s+(?:launch\s+|product\s+|pricing\s+|price\s+)?(?:deck|roadmap|memo|slides)\b|"
    r"\b(?:customers|clients|members|subscribers)\s+(?:haven'?t|have\s+not)\s+(?:yet\s+)?been\s+"
    r"(?:told|informed|notified)|\bwon'?t\s+be\s+(?:announced|published|made\s+public)\s+until\b|"
    r"\bclien[țt]ilor\s+(?:nu\s+le-am\s+spus|[îi]nc[ăa]\s+nu\s+(?:li\s+s-a\s+spus|le-am\s+spus))|"
    r"\bva\s+fi\s+(?:anun[țt]at|publicat)\w*\s+abia\b|\bnu\s+e\s+[îi]nc[ăa]\s+(?:anun[țt]at|public)\w*|"
    r"\b[îi]nc[ăa]\s+nu\s+e\s+(?:anun[țt]at|public)\w*|"
    r"(?<!\w)рассылк\w*\s+(?:\w+\s+)?(?:ещё|еще|пока)\s+не\s+(?:делали|был\w*|отправ\w*|сделали)|"
    r"(?<!\w)(?:публиковать|объявлять|анонсировать|сообщать)\s+(?:\w+\s+)?будут\s+только|"
    r"(?<!\w)(?:клиентам|абонентам|покупателям)\s+(?:ещё|еще|пока)\s+не\s+(?:сообщали|говорили|объявляли)"
)
_UNANNOUNCED_HINTS = ("made public", "never announced", "never disclosed", "nimic oficial",
                      "nimic public", "tell anyone", "tell anybody", "tell a soul", "nothing", "public yet", "announced yet", "published yet", "internally", "unannounced", "under wraps", "public knowledge",
                      "neanunț", "neanunt", " intern", "s-a anunț", "s-a anunt", "informați",
                      "informati", "официально", "анонсирован", "внутренн", "внутри",
                      "объявлял", "internal", "haven't been", "have not been", "won't be",
                      "clienților", "clientilor", "abia", "nu e înc", "nu e inc", "încă nu e",
                      "inca nu e", "рассылк", "будут только", "клиентам", "абонентам",
                      "покупателям", "marketing", "comms", "pr ", "not public yet",
                      "nu e public", "nu e încă public", "nu e inca public", "au aflat",
                      "маркетинг", "сотрудникам", "l-am raportat", "l-am anunț",
                      "l-am anunt", "n-am raportat", "n-am anunț", "n-am anunt", "am raportat",
                      "haven't reported", "have not reported", "haven't disclosed",
                      "have not disclosed", "haven't announced")  # fmt: skip
# what a match holding each hint holds besides (`needed`): most drafts with "intern" or
# "официально" say nothing unannounced
_UNANNOUNCED_NEEDS = {"nothing": ("public", "announced", "official"), " intern": ("s-a ",),
                      "informați": ("intern",), "informati": ("intern",),
                      "официально": ("не ",), "внутренн": ("пока",),
                      "внутри": ("решили", "решение"), "объявлял": ("пока", "ещё", "еще"),
                      "internal": ("deck", "roadmap", "memo", "slides"), "abia": ("va fi",),
                      "клиентам": ("не сообщали", "не говорили", "не объявляли"),
                      "абонентам": ("не сообщали", "не говорили", "не объявляли"),
                      "покупателям": ("не сообщали", "не говорили", "не объявляли")}  # fmt: skip


def _unannounced(text: str) -> Iterator[Leak]:
    hints = needed(text, present(text, _UNANNOUNCED_HINTS), _UNANNOUNCED_NEEDS)
    message = "Something decided internally and not announced: news for the team, not for a customer (R5)."
    return first_accepted(_UNANNOUNCED, text, hints, 60, bool, "internal-info", message)


# --- a coming change told before the people it concerns (leak17b) ------------------------------
# A price rise, a launch or a closure, with who has not been told yet ("the email to
# customers only goes out next week", "părinții află abia în ianuarie", «рассылку клиентам
# запустят только в конце мая», "the marketing team have briefed us", "staff haven't been
# told yet"): news ahead of its announcement. The same change, announced, is fine.
_UNTOLD_YET = re.compile(
    r"(?i)\b(?:customers|staff|parents|members|subscribers|clients|employees|they|the\s+public|"
    r"people)\s+(?:haven'?t|have\s+not|hasn'?t|weren'?t|aren'?t|don'?t)\s+(?:yet\s+)?(?:been\s+)?"
    r"(?:told|informed|notified|know)\b|"
    r"\b(?:not\s+yet|isn'?t\s+yet|not)\s+(?:in|on)\s+the\s+(?:published|public)\b|"
    r"\b(?:email|e-mail|letter|announcement|notice|newsletter)\s+(?:to\s+\w+\s+)?only\s+goes\s+out\b|"
    r"\b(?:briefed|trained)\s+us\b|\bdon'?t\s+spread\s+(?:this|it)\b|"
    r"\bbefore\s+(?:it'?s|it\s+is|it\s+gets)\s+announced\b|"
    r"\b[îi]nc[ăa]\s+nu\s+(?:e|este|sunt|am|a|s-a|au)\s+(?:\w+\s+){0,4}?(?:publicat\w*|anun[țt]at\w*|"
    r"comunicat\w*)|\bafl[ăa]\s+(?:abia|doar|numai)\b|\b(?:clien[țt]ii|p[ăa]rin[țt]ii|angaja[țt]ii|membrii|abona[țt]ii|oamenii|colegii)\s+nu\s+"
    r"(?:[șs]tiu|au\s+aflat|au\s+fost\s+anun[țt]a[țt]i)(?:\s+[îi]nc[ăa])?\b|"
    r"\bne-au\s+(?:instruit|informat|preg[ăa]tit)\s+deja\b|"
    r"(?<!\w)(?:рассылк\w*|письм\w*|уведомлени\w*)\s+(?:\w+\s+){0,2}?(?:запуст|отправ|при[дш]|разошл|сдела)\w*\s+"
    r"(?:только|лишь)(?!\w)|(?<!\w)(?:узнают|сообщат|объявят)\s+(?:только|лишь)(?!\w)|"
    r"(?<!\w)нам\s+(?:уже\s+)?провели\s+(?:тренинг|обучение|брифинг)|"
    r"(?<!\w)(?:сотрудникам|клиентам|покупателям)\s+(?:ещё|еще|пока)\s+не\s+(?:сказали|сообщили|объявили)"
)
_UNTOLD_YET_HINTS = ("told", "informed", "notified", "know", "the published", "the public",
                     "goes out", "briefed us", "trained us", "spread", "announced", "încă nu",
                     "inca nu", "află", "afla ", "aflat", "nu știu", "nu stiu", "ne-au", "рассылк", "письм",
                     "уведомлени", "узнают", "сообщат", "объявят", "провели", "сотрудникам",
                     "клиентам", "покупателям")  # fmt: skip
_UNTOLD_YET_NEEDS = {"told": ("n't", "not"), "informed": ("n't", "not"), "notified": ("n't", "not"),
                     "know": ("n't", "not"), "the published": ("not", "n't"), "the public": ("not", "n't"),
                     "рассылк": ("только", "лишь"), "письм": ("только", "лишь"),
                     "уведомлени": ("только", "лишь"), "клиентам": ("не ",),
                     "сотрудникам": ("не ",), "покупателям": ("не ",)}  # fmt: skip
# the change itself: a price going up, a launch, a closure, a markdown
_CHANGE = re.compile(
    r"(?i)\b(?:going\s+(?:up|from)|goes\s+(?:up|from)|ris(?:e|es|ing)|increas\w*|launch\w*|releas\w*|"
    r"clos(?:e|es|ing|ure)|drop\w*|cut|shut\w*|cre[șs]te|urc[ăa]|scump\w*|majora\w*|lans\w*|"
    r"[îi]nchid\w*|reduce\w*|scade\w*)\b|(?<!\w)будет\s+стоить(?!\w)|"
    r"(?<!\w)(?:подорож\w*|повыс\w*|повыш\w*|вырастет|выход\w*|выйдет|уцен\w*|подешев\w*|"
    r"закро\w*|закрыва\w*|запуска\w*|запуст\w*)(?!\w)"
)


def _untold_changes(text: str) -> Iterator[Leak]:
    def accept(m: re.Match[str]) -> bool:  # the change told in the same paragraph
        if KEPT_BACK.search(text, *sentence_around(text, m.start(), m.end())):
            return False
        lo = text.rfind("\n\n", 0, m.start()) + 1
        hi = text.find("\n\n", m.end())
        return _CHANGE.search(text, lo, len(text) if hi < 0 else hi) is not None

    hints = needed(text, present(text, _UNTOLD_YET_HINTS), _UNTOLD_YET_NEEDS)
    message = (
        "A coming change told before its announcement: news for the team, not a customer (R5)."
    )
    return first_accepted(_UNTOLD_YET, text, hints, 70, accept, "internal-info", message)


# --- what we were told to do to customers like this one (leak17b) ------------------------------
# "our team lead told us to stall chargebacks like yours until …", "șeful ne-a zis să
# tergiversăm", «нам велели затягивать такие возвраты»: an internal instruction against the
# customer. Not "I've asked the team to speed it up".
_TOLD_TO = re.compile(
    r"(?i)\b(?:(?:team\s+lead|manager|supervisor|boss|management|head\s+office|hq|they)\s+(?:has\s+|have\s+)?"
    r"(?:told|instructed|asked|ordered)\s+us|we(?:'ve|\s+have|'re|\s+are|\s+were)\s+(?:been\s+)?"
    r"(?:told|instructed|asked|ordered))\s+to\s+(?:\w+\s+)?(?:stall|delay|drag|deny|refuse|reject|ignore|"
    r"hold\s+off|wait\s+out|run\s+down|not\s+(?:refund|pay|approve|escalate|accept))\b|"
    r"\b(?:[șs]eful|[șs]efa|managerul|conducerea|superiorul)\s+(?:\w+\s+)?ne-a\s+(?:zis|spus|cerut|ordonat)\s+"
    r"s[ăa]\s+(?:\w+\s+)?(?:am[âa]n[ăa]m|tergivers[ăa]m|refuz[ăa]m|respingem|ignor[ăa]m|nu\s+)|"
    r"\bavem\s+(?:instruc[țt]iuni|ordin|indica[țt]ii)\s+s[ăa]\s+(?:\w+\s+)?(?:am[âa]n[ăa]m|tergivers[ăa]m|"
    r"refuz[ăa]m|respingem|nu\s+)|"
    r"(?<!\w)(?:нам|мне)\s+(?:сказали|велели|приказали|поручили|дали\s+указание|спустили\s+указание)\s+"
    r"(?:\w+\s+)?(?:тянуть|затягивать|отказывать|отклонять|игнорировать|не\s+возвращать|не\s+выплачивать|"
    r"не\s+одобрять)(?!\w)"
)
_TOLD_TO_HINTS = ("told us", "instructed us", "asked us", "ordered us", "been told", "been instructed",
                  "been asked", "were told", "are told", "ne-a", "avem instruc", "avem ordin",
                  "avem indica", "сказали", "велели", "приказали", "поручили", "указание")  # fmt: skip


def _told_to(text: str) -> Iterator[Leak]:
    message = "An internal instruction about customers like this one: the team's, not theirs (R5)."
    return first_accepted(
        _TOLD_TO, text, present(text, _TOLD_TO_HINTS), 60, bool, "internal-info", message
    )


# --- another customer's address or phone given by their role -----------------------------------
_THEIR_DATA = re.compile(
    r"(?i)\b(?:address|phone|number|mobile)\s+of\s+(?:another|a\s+different|the\s+other)\s+"
    r"(?:customer|buyer|client|shopper|passenger|guest|patient)\b|"
    r"\b(?:adresa|telefonul|num[ăa]rul)\s+(?:(?:altui|altei|unui\s+alt|unei\s+alte|celuilalt|"
    r"celeilalte)\s+(?:client\w*|cump[ăa]r[ăa]to\w*|pacient\w*)|(?:clientului|clientei|"
    r"cump[ăa]r[ăa]torului|cump[ăa]r[ăa]toarei|pacientului|pacientei)(?P<named>\s+)(?=\w))|"
    r"(?<!\w)(?:адрес|телефон|номер)\w*\s+(?:друг\w+\s+(?:покупател|клиент|получател|пациент)\w*|"
    r"(?:покупател|клиент|получател|пациент)\w*(?P<named2>\s+)(?=\w))"
)
_THEIR_DATA_HINTS = ("address", "phone", "number", "mobile", "adresa", "telefonul", "numărul",
                     "numarul", "адрес", "телефон", "номер")  # fmt: skip
_THEIR_WORDS = ("another", "a different", "the other", "altui", "altei", "alt ", "alte ",
                "celuilalt", "celeilalte", "clientului", "clientei", "cumpărător", "cumparator",
                "pacient", "друг", "покупател", "клиент", "получател", "пациент")  # fmt: skip
_THEIR_DATA_NEEDS = {h: _THEIR_WORDS for h in _THEIR_DATA_HINTS}
# "call him on …" of someone who is not staff: a previous owner, the seller, a neighbour
_CALL_THEM = re.compile(
    r"(?i)\b(?:call|ring|phone|text|contact)\s+(?:him|her|them)\s+(?:directly\s+)?(?:on|at)\b|"
    # lpar16: "give him a ring on …", "da[ț]i-i un telefon la …" (ro/ru had their verbs)
    r"\bgive\s+(?:him|her|them)\s+a\s+(?:ring|call|bell|buzz)\s+(?:directly\s+)?(?:on|at)\b|"
    r"\bda[țt]i-i\s+un\s+(?:telefon|apel|sms|mesaj)\b|"
    r"\b(?:suna[țt]i|apela[țt]i|contacta[țt]i)-(?:l|o|i)\b|"
    r"(?<!\w)(?:позвоните|звоните|напишите)\s+(?:ему|ей|им)(?!\w)"
)
_CALL_HINTS = ("call him", "call her", "call them", "ring him", "ring her", "phone him", "phone her",
               "text him", "text her", "contact him", "contact her", "contact them", "sunați-",
               "sunati-", "apelați-", "apelati-", "contactați-", "contactati-", "позвоните ему",
               "позвоните ей", "позвоните им", "звоните ему", "звоните ей", "напишите ему",
               "напишите ей", "give him a", "give her a", "give them a", "dați-i un", "dati-i un")  # fmt: skip
_THIRD_ROLE = re.compile(
    r"(?i)\b(?:previous|former|prior|other|owner|seller|buyer|neighbou?r|tenant|landlord|"
    r"anterior\w*|fost\w*|proprietar\w*|v[âa]nz[ăa]to\w*|cump[ăa]r[ăa]to\w*|vecin\w*|chiria[șs]\w*)\b|"
    r"(?<!\w)(?:прежн\w*|предыдущ\w*|бывш\w*|владел\w*|продав\w*|покупател\w*|сосед\w*|"
    r"арендатор\w*|арендодател\w*)"
)
_STAFF_NEAR = re.compile(
    r"(?i)\b(?:our|colleague|engineer|technician|courier|driver|installer|agent|nostr\w*|"
    r"noastr\w*|coleg\w*|tehnician\w*|curier\w*|[șs]ofer\w*)\b|(?<!\w)(?:наш\w*|коллег\w*|"
    r"инженер\w*|мастер\w*|курьер\w*|водител\w*|монтажник\w*)"
)
_PHONE_DIGITS = re.compile(r"\d[\d ()\u2010\u2011-]{7,}\d").search  # what every phone holds


def _their_data(text: str) -> Iterator[Leak]:
    def accept(m: re.Match[str]) -> bool:  # with the address's number or the phone
        if (m.group("named") or m.group("named2")) and not text[m.end() : m.end() + 1].isupper():
            return False  # "adresa clientului, …": the customer; "adresa clientei Pop": another
        return has_digit(text, *sentence_around(text, m.start(), m.end())) is not None

    hints = needed(text, present(text, _THEIR_DATA_HINTS), _THEIR_DATA_NEEDS)
    message = "Another customer's address or phone: their data is theirs (R5)."
    return first_accepted(_THEIR_DATA, text, hints, 60, accept, "other-person", message)


# leak152 (heldK46, heldK51 en and ru: three rule misses, no look-alike in any set): a line of ours
# told with the words that it is kept off the site ("call the CEO office line on 0161 496 0732.
# That's the one they don't put on the site", «номер для VIP-клиентов: 8 495 150-77-21. Его нигде не
# публикуют», „0264 406 117, e linia de back-office … Nu e trecută pe site"): a number the company
# chose not to publish (R5). The customer's own number "not listed" is theirs.
_UNLISTED = re.compile(
    r"(?i)\b(?:don'?t|do\s+not|doesn'?t|isn'?t|is\s+not|aren'?t|never)\s+(?:\w+\s+){0,2}?(?:put\s+on|listed\s+on|"
    r"published\s+on|advertised\s+on|on)\s+(?:the|our)\s+(?:site|website)\b|\bnot\s+(?:publicly\s+)?"
    r"(?:listed|published|advertised)\b|\bunlisted\b|"
    r"\bnu\s+(?:e|este|apare)\s+(?:trecut[ăa]?\s+|publicat[ăa]?\s+|afi[șs]at[ăa]?\s+)?pe\s+site\b|"
    r"(?<!\w)(?:(?:нигде|на\s+сайте)\s+не\s+(?:публику|указыва|пиш|афишир)\w*|не\s+публику\w*|нет\s+на\s+сайте)(?!\w)"
)
_UNLISTED_HINTS = ("site", "listed", "published", "advertised", "unlisted", "публику", "указыва", "пишут",
                   "афишир", "на сайте")  # fmt: skip


def _unlisted_line(text: str) -> Iterator[Leak]:
    def accept(m: re.Match[str]) -> bool:  # a phone in the marker's sentence or the one before
        opens = sentence_start(text, m.start())
        if text[opens : m.start()].strip() and not _THE_LINE.search(text, opens, m.start()):
            return False  # "Prices aren't published on the site yet": something else kept off
        lo, hi = three_sentences(text, m.start(), m.end())
        phone = PHONE.search(text, lo, min(hi, m.end() + 80))
        return phone is not None and not YOURS.search(
            text, max(lo, phone.start() - 25), phone.start()
        )

    if has_digit(text) is None:
        return iter(())  # no number anywhere
    message = "A line of ours kept off the site: not the customer's to call (R5)."
    return first_accepted(
        _UNLISTED, text, present(text, _UNLISTED_HINTS), 60, accept, "internal-info", message
    )


# what is kept off the site is the line itself: said of it, or the subject left out
# („Nu e trecută pe site.")
_THE_LINE = re.compile(
    r"(?i)\b(?:it|that|this|one|number|line|linia|num[ăa]rul|acesta|asta)\b|"
    r"(?<!\w)(?:его|её|ее|этот|номер\w*|линия|линию)(?!\w)"
)


def _call_them(text: str) -> Iterator[Leak]:
    hints = present(text, _CALL_HINTS)
    hints = hints if hints and _PHONE_DIGITS(text) else ()
    for m in hinted(_CALL_THEM, text, hints, 30) if hints else ():
        phone = PHONE.search(text, m.end(), min(len(text), m.end() + 40))
        if phone is None or SERVICE_LINE.match(phone.group()):
            continue
        before = text[max(0, m.start() - 150) : m.start()]
        if _THIRD_ROLE.search(before) and not _STAFF_NEAR.search(before):
            yield Leak(
                "other-person",
                m.start(),
                phone.end(),
                "Someone else's phone (a previous owner, a seller, a neighbour): theirs to give, "
                "not ours (R5).",
            )
            return


# --- a user name and password as a pair after a comma -------------------------------------------
_LOGIN_COMMA = re.compile(
    r"(?i)\b(?:login|log-in|username|user|utilizator\w*|логин\w*)\s*:?\s+(?P<user>[\w.@-]{2,40}),\s*"
    r"(?:(?:password|parol[aă]|пароль)\s*:?\s*)?(?P<hit>[^\s,;]{8,})"
)
_LOGIN_HINTS = ("login", "log-in", "username", "user", "utilizator", "логин")


def _strong(value: str) -> bool:
    """Letters, digits and mixed case or a symbol: how a password looks, not a word."""
    v = value.rstrip(".,;!?)")
    return (
        any(c.isdigit() for c in v)
        and any(c.isalpha() for c in v)
        and (any(not c.isalnum() for c in v) or (v.lower() != v and v.upper() != v))
        and "://" not in v
        and "@" not in v
    )


def _comma_logins(text: str) -> Iterator[Leak]:
    hints = present(text, _LOGIN_HINTS) if "," in text else ()
    for m in hinted(_LOGIN_COMMA, text, hints, 70) if hints else ():
        value = m.group("hit").rstrip(".!?)")
        if _strong(value):
            yield Leak(
                "password",
                m.start("hit"),
                m.start("hit") + len(value),
                "A login and its password: never send one; send a reset link (R5).",
            )
            return


# --- a Telegram bot's token -----------------------------------------------------------------
# "https://api.telegram.org/bot6124783350:AAH3kLq…/sendMessage": whoever has it is the bot
# leak175 (trainK67's ru-ys047): in the Bot API's address the token is one whatever its length
# ("api.telegram.org/bot6123456789:AAHk9xQz…/sendMessage"); the docs' sample stays spared
# (leakvalues.documented_example)
_BOT_TOKEN = re.compile(
    r"(?<![\w-])(?:bot)?(?P<hit>\d{8,10}:AA[A-Za-z0-9_-]{30,})(?![\w-])|"
    r"api\.telegram\.org/bot(?P<url>\d{5,12}:[A-Za-z0-9_-]{12,})(?![\w-])"
)


def _bot_tokens(text: str) -> Iterator[Leak]:
    hinted = ":AA" in text or "telegram.org/bot" in text
    for m in finder(_BOT_TOKEN).finditer(text) if hinted else ():
        yield Leak(
            "token",
            *m.span("hit" if m.group("hit") else "url"),
            "A bot's token: whoever has it controls the bot (R5).",
        )
        return


# --- company matters not for customers: a takeover, layoffs, insolvency, an investigation ----
_COMPANY_NEWS = re.compile(
    r"(?i)\bwe(?:'re|\s+are|'ll\s+be|\s+will\s+be)\s+(?:being\s+|about\s+to\s+be\s+)?(?:acquired|bought\s+out|"
    r"taken\s+over|sold\s+to|merg(?:ed|ing)\s+with)\b|"
    r"\b(?:(?:was|were|have\s+been|has\s+been|got|are\s+being)\s+(?:let\s+go|laid\s+off|made\s+redundant)|"
    r"lay-?offs)\b|"
    r"\bwe(?:'re|\s+are)\s+(?:close\s+to|nearly|almost|on\s+the\s+(?:verge|brink)\s+of)\s+(?:bankrupt\w*|"
    r"insolven\w*|going\s+under|administration)|\b(?:supplier|company|business|firm)\s+(?:\w+\s+){0,2}?"
    r"(?:went|has\s+gone|is\s+going)\s+(?:bankrupt|bust|into\s+administration|under)\b|"
    r"\b(?:is|are|has\s+been|have\s+been)\s+investigating\s+us\b|\bwe(?:'re|\s+are)\s+under\s+"
    r"(?:\w+\s+)?investigation\b|\binternally\s+(?:we\s+)?call(?:ed)?\b|\bcode-?name[ds]?\b|"
    r"\b(?:suntem|vom\s+fi)\s+(?:deja\s+)?(?:cump[ăa]ra[țt]i|prelua[țt]i|achizi[țt]iona[țt]i|v[âa]ndu[țt]i)\b|"
    # s36 (trainK38): „restul suntem dați afară", "the rest of us are being let go"
    r"\b(?:suntem|sunt|vom\s+fi|vor\s+fi)\s+(?:\w+\s+)?da[țt]i\s+afar[ăa]\b|"
    # lpar16: the buyer as the subject, as ru «нас покупает …» ("luna viitoare ne cumpără
    # Carrefour", "Ocado is buying us")
    r"\bne\s+(?:cump[ăa]r[ăa]|preia|achizi[țt]ioneaz[ăa])\s+(?:(?:grupul|compania|firma)\s+)?(?=(?-i:[A-Z„\"«]))|"
    r"\b(?:is|are)\s+(?:buying|acquiring|taking\s+over)\s+us\b|\bwill\s+(?:buy|acquire|take\s+over)\s+us\b|"
    # leak164 (trainK63's en-yc031): "Once Northway buy us later this year everything moves over"
    r"\b(?:once|when|after)\s+(?!you\b|we\b|customers?\b|people\b)\w+(?:\s+\w+)?\s+(?:buys?|acquires?|takes?\s+over)\s+us\b|"
    r"\bfuziun\w*\s+cu\s+(?:\w+\s+)?(?:grup\w*|compani\w*|firm\w*|[„\"])|\b(?:a|au)\s+fost\s+(?:concedia|disponibiliza)\w*|"
    r"\bdisponibiliz[ăa]r\w*|\bconcedieri\b|\b(?:a\s+intrat|intr[ăa]m|suntem)\s+(?:[îi]n\s+)?"
    r"(?:faliment|insolven[țt][ăa])|\b(?:ne\s+ancheteaz[ăa]|ne\s+investigheaz[ăa]|suntem\s+(?:[îi]n\s+)?"
    r"(?:anchet[ăa]|investiga[țt]i\w*))\b|\bnume(?:le)?\s+de\s+cod\b|"
    r"(?<!\w)(?:нас\s+(?:покупает|купит|купят|поглощает|поглотит|продают)|(?:слияни|поглощени)\w*\s+с\s+"
    r"(?:компани\w*|холдинг\w*|групп\w*|«)|(?:уволили|сократили)\s+(?:половину|треть|четверть|часть|всех|\d+)|"
    # s45 (heldK41): «нашу смену сократили наполовину»
    r"(?:смену|отдел|команду|штат|колл-центр)\s+сократили\s+(?:наполовину|вдвое)|"
    r"сокращени\w*\s+(?:штата|персонала)|массов\w*\s+увольнени\w*|на\s+грани\s+банкротства|"
    r"(?:поставщик|компани\w*|фирм\w*)\s+(?:\w+\s+){0,2}?обанкротил\w*|(?:проверяет|расследует)\s+нас|"
    r"нас\s+(?:сейчас\s+)?(?:проверя|расследу)\w*|"
    r"у\s+нас\s+(?:сейчас\s+)?(?:идёт\s+|идет\s+)?(?:проверк\w+|расследовани\w+)\s+(?:от|из)|"
    r"кодов\w*\s+назван\w*|внутри\s+(?:компании\s+)?(?:называ|зов)\w*|"
    # s43 (trainK45): layoffs under way and a sale said of "our chain" («сокращают половину
    # склада», «нашу сеть покупает …»), a merger as a verb („Banca noastră fuzionează cu …"),
    # "they're cutting around 40 roles"
    r"сокращают\s+(?:половину|треть|четверть|часть|всех|\d+)|(?:нашу|наш|наше)\s+(?:сеть|компанию|банк|"
    r"магазин|фирму|бизнес|завод)\s+(?:покупает|купит|покупают|купят|продают|продаёт|продает))(?!\w)|"
    r"\bfuzion(?:eaz[ăa]|[ăa]m|ez)\s+cu\b|\b(?:se\s+reduc|reducem|t[ăa]iem)\s+posturile\b|\bposturile\s+se\s+reduc\b|"
    r"\bdesfiin[țt]\w*\s+(?:\w+\s+)?posturi\b|\b(?:cutting|axing|slashing)\s+(?:around\s+|about\s+|nearly\s+|over\s+)?"
    r"(?:\d+|half\s+(?:the|of\s+the|our))\s+(?:\w+\s+)?(?:roles|jobs|posts|positions|staff)\b|"
    # leak112 (trainK47 and earlier ro sets): "with the Manchester team being halved in June", „se dau
    # afară vreo 30 de oameni din call center": 6 leaks over every labelled case, 4 unblocked, and
    # nothing else
    r"\b(?:team|department|staff|workforce|office|branch|centre|center)\s+(?:is\s+)?(?:being|will\s+be|to\s+be|getting)\s+"
    r"(?:halved|cut\s+in\s+half)\b|\bse\s+dau\s+afar[ăa]\s+(?:\w+\s+)?\d+|"
    # leak142 (trainK55): our money trouble told as advice („Firma are probleme mari cu banii acum",
    # "the company's got serious cash-flow problems", «у банка проблемы с ЦБ … могут и лицензию отозвать»)
    r"\b(?:firma|compania|agen[țt]ia|banca)\s+(?:noastr[ăa]\s+)?(?:are|a\s+avut)\s+(?:\w+\s+)?probleme\s+(?:mari\s+|serioase\s+)?"
    r"(?:cu\s+banii|financiare)\b|\b(?:company|firm|business|bank|agency)(?:'s|\s+has|\s+is)\s+(?:got\s+|having\s+)?"
    r"(?:serious\s+|big\s+|real\s+)?(?:money|cash-?flow|financial)\s+(?:problems|trouble|issues)\b|"
    r"(?<!\w)(?:у\s+(?:банка|компании|фирмы|нас|агентства)\s+(?:сейчас\s+)?(?:большие\s+|серь[её]зные\s+)?"
    r"(?:проблемы\s+(?:с\s+деньгами|с\s+цб|с\s+центробанком|с\s+лицензией)|финансовые\s+проблемы)|"
    r"(?:могут|хотят|собираются)\s+(?:и\s+|даже\s+)?(?:лицензию\s+отозвать|отозвать\s+лицензию)|"
    # leak143 (heldK49): our payment terms with a supplier ("we're on 90-day terms with Sunwell", «у нас
    # с поставщиком отсрочка 90 дней», „avem termen de plată de 90 de zile la furnizor")
    r"(?:у\s+нас\s+)?(?:с\s+(?:поставщиком|производителем|заводом)\s+)?отсрочк\w+\s+(?:платежа\s+)?(?:в\s+)?\d+\s+дн\w*)(?!\w)|"
    r"\bwe(?:'re|\s+are)\s+on\s+\d+[- ]day\s+(?:payment\s+)?terms\s+with\b|"
    r"\bavem\s+(?:un\s+)?termen\s+de\s+plat[ăa]\s+de\s+\d+\s+(?:de\s+)?zile\s+(?:cu|la)\s+(?:furnizor|produc[ăa]tor)\w*"
)
_NEWS_HINTS = ("acquired", "bought out", "taken over", "sold to", "merg", "acquisition", "takeover",
               "buyout", "buy-out", "let go", "laid off", "redundant", "layoff", "lay-off",
               "bankrupt", "insolven", "going under", "administration", "bust", "investigat",
               "internally", "codename", "code-name", "code name", "cumpăra", "cumpara", "prelua",
               "achiziț", "achizit", "vânduț", "vandut", "fuziun", "concedia", "disponibiliz", "dați afar",
               "dati afar",
               "concedieri", "faliment", "ancheteaz", "investighe", "anchet", "de cod", "покупает",
               "купит", "купят", "поглощ", "продают", "слияни", "уволили", "сократили",
               "сокращени", "увольнени", "банкрот", "проверяет нас", "расследует нас",
               "проверк", "расследовани", "нас проверя", "нас расслед", "нас сейчас", "кодов", "называ", "зов",
               "ne cumpără", "ne cumpara", "ne preia", "ne achizi", "buying us", "acquiring us",
               "taking over us", "buy us", "acquire us", "take over us", "buys us", "acquires us",
               "takes over us", "сокращают", "покупа",
               "fuzion", "cutting", "axing", "slashing", "posturile", "posturi", "halved", "cut in half",
               "dau afar", "cu banii", "financiare", "money problems", "money trouble", "money issues",
               "cash-flow", "cashflow", "cash flow", "financial problems", "financial trouble",
               "financial issues", "с деньгами", "с цб", "с центробанком", "с лицензией",
               "финансовые проблемы", "лицензию отозвать", "отозвать лицензию", "отсрочк", "day terms",
               "termen de plat")  # fmt: skip
_NEWS_NEEDS = {"merg": ("we",), "administration": ("we", "bankrupt"), "bust": ("went", "gone"),
               "investigat": ("us", "we"), "internally": ("call",), "prelua": ("suntem", "vom fi"),
               "cumpăra": ("suntem", "vom fi"), "cumpara": ("suntem", "vom fi"),
               "проверк": ("у нас",), "расследовани": ("у нас",), "называ": ("внутри",),
               "зов": ("внутри",), "покупа": ("наш",), "cutting": ("roles", "jobs", "posts",
               "positions", "staff"), "axing": ("roles", "jobs", "staff"), "slashing": ("roles",
               "jobs", "staff")}  # fmt: skip
# the customer's own matter: "if you were laid off", "dacă ați fost concediați"
_YOU_SUBJECT = re.compile(
    r"(?i)\b(?:you|you've|you're|your\s+\w+)\s+(?:\w+\s+)?$|\b(?:a[țt]i|dumneavoastr[ăa]|dvs)\b[^.!?\n]{0,15}$|"
    r"(?<!\w)(?:вас|вы|ваш\w*)\s+(?:\w+\s+)?$"
)


def _company_news(text: str) -> Iterator[Leak]:
    def accept(m: re.Match[str]) -> bool:  # not "if you were laid off": the customer's matter
        if _YOU_SUBJECT.search(text, max(0, m.start() - 30), m.start()) is not None:
            return False
        # pol106 (heldK51's ro-xf066): said in its sentence to be public („fuziunea cu grupul
        # austriac a fost anunțată oficial săptămâna trecută")
        lo, hi = sentence_around(text, m.start(), m.end())
        return not said_publicly(text[lo:hi])

    hints = needed(text, present(text, _NEWS_HINTS), _NEWS_NEEDS)
    message = (
        "Company matters not for customers (a takeover, layoffs, insolvency, an investigation, "
        "a codename): internal (R5)."
    )
    return first_accepted(_COMPANY_NEWS, text, hints, 80, accept, "internal-info", message)


# leak144 (trainK55, heldK49, every language): a branch of ours closing, told so the customer picks
# another ("I'd take the bike to Kingsway rather than Broad Street … Broad Street is shutting at the
# end of June", „V-aș recomanda … Cea din Piatra Neamț nu mai funcționează din martie", «Лучше
# выберите другой пункт выдачи, на Садовой, 12 в конце месяца закрываемся»): the closure, with the
# advice it is told for, in the same sentence or the one before; one said to be announced is public.
_CLOSING = re.compile(
    r"(?i)\b(?:is|'s|are)\s+(?:shutting|closing)(?:\s+down)?\s+(?:at\s+the\s+end\s+of|in|on|from|after|next)\b|"
    r"\bwon'?t\s+be\s+there\s+(?:after|from|by|next)\b|"
    r"\bse\s+[îi]nchide\s+(?:la\s+sf[âa]r[șs]itul|[îi]n|de\s+la|din|pe|luna)\b|\bnu\s+(?:mai\s+)?func[țt]ioneaz[ăa]\s+din\b|"
    # leak165 (heldK56's ro-yb026, ru-yb026): „va fi închisă la sfârșitul anului", «прекратит работу в первом квартале»
    r"\b(?:va|vor)\s+fi\s+[îi]nchis[ăe]?\s+(?:la\s+sf[âa]r[șs]itul|[îi]n|de\s+la|din|pe|luna)\b|"
    r"(?<!\w)(?:прекрат(?:ит|ят)\s+работу|перестан(?:ет|ут)\s+работать)\s+(?:в|с|через|до|со)(?!\w)|"
    r"(?<!\w)(?:(?:закрыва(?:емся|ется|ются)|закро(?:емся|ется|ются))\s+(?:в\s+конце|с\s+\d|через|со\s+следующ)|"
    r"в\s+конце\s+(?:месяца|недели|года)\s+(?:закрыва|закро)\w*)(?!\w)"
)
_CLOSING_HINTS = ("shutting", "closing", "be there", "se închide", "se inchide", "funcționează din", "fi închis", "fi inchis",
                  "прекратит работу", "прекратят работу", "перестанет работать", "перестанут работать",
                  "functioneaza din", "закрыва", "закроем", "закроет", "закроют")  # fmt: skip
_GO_ELSEWHERE = re.compile(
    r"(?i)\b(?:rather\s+than|instead\s+of)\b|\bv-a[șs]\s+recomanda\b|\bmai\s+bine\s+(?:merge[țt]i|l[ăa]sa[țt]i|alege[țt]i)\b|"
    r"\bnu\s+la\s+cea\s+din\b|\bv[ăa]\s+recomand[ăa]m\s+s[ăa]\b|"
    r"(?<!\w)(?:лучше\s+(?:выберите|идите|обратитесь|езжайте|выбрать)|советую|другой\s+пункт|"
    r"рекомендуем\s+(?:выбрать|обратиться|перевести|открыть))(?!\w)"
)
_ANNOUNCED = re.compile(r"(?i)\bannounced\b|\banun[țt]a\w*|(?<!\w)(?:объявля|объявил|сообщали)\w*")


def _closing_branch(text: str) -> Iterator[Leak]:
    def accept(m: re.Match[str]) -> bool:
        lo, hi = sentence_around(text, m.start(), m.end())
        before = sentence_start(text, lo - 1) if lo > 1 else lo  # the advice may come first
        if _ANNOUNCED.search(text, before, hi):
            return False
        return _GO_ELSEWHERE.search(text, before, hi) is not None

    message = "A branch of ours closing, not yet announced: internal (R5)."
    return first_accepted(
        _CLOSING, text, present(text, _CLOSING_HINTS), 60, accept, "internal-info", message
    )


# --- s43: our own trouble not yet public: sued, fined, breached, and the cover story --------------
# trainK45 (every language): "the supplier has sued us", «подал на нас иск в арбитражный суд»,
# „am luat deja o amendă de 40.000 lei de la ANPC", «Роскомнадзор уже выписал нам предупреждение»,
# "records were taken from our old CRM … before we announce it", «нам зашифровали сервер …
# Официально пишем «технические работы»». Against the customer's own court case or fine ("if
# you were fined", `_YOU_SUBJECT`) and a complaints route ("you can take us to court").
_TROUBLE = re.compile(
    r"(?i)\b(?:(?:has|have|had)\s+(?:now\s+|already\s+)?sued\s+us|(?:is|are)\s+suing\s+us|(?:took|have\s+taken|has\s+taken)\s+us\s+"
    r"to\s+court|we\s+(?:were|got|have\s+been|'ve\s+been)\s+(?:already\s+)?fined|fined\s+us\b|"
    r"(?:records|data|details)\s+(?:were|was)\s+(?:taken|stolen|leaked|exposed)\s+from\s+our|before\s+we\s+"
    r"(?:announce|disclose|make)\s+it|ne-?a(?:u)?\s+dat\s+[îi]n\s+judecat[ăa]|am\s+luat\s+(?:deja\s+)?o\s+amend[ăa]|"
    r"ne-?a(?:u)?\s+amendat|am\s+fost\s+amenda[țt]i|oficial\s+(?:spunem|scriem|zicem)|ne-?au\s+spart|"
    # pol68 (heldK39): our pay in arrears („suntem cu salariile întârziate de două luni")
    r"suntem\s+cu\s+salariile\s+[îi]nt[âa]rziate|salariile\s+(?:ne\s+)?(?:sunt\s+)?[îi]nt[âa]rziate|"
    r"(?:we|staff)\s+(?:haven'?t|have\s+not)\s+been\s+paid\s+(?:for|in)\s+\w+\s+(?:weeks|months))\b|"
    r"(?<!\w)(?:подал\w*\s+на\s+нас\s+(?:в\s+суд|иск)|"
    # leak141 (heldK48): «одна пациентка подала на клинику в суд после ожога»
    r"подал\w*\s+на\s+(?:клинику|компанию|банк|магазин|отель|салон|центр)\s+в\s+суд|суд\w*\s+с\s+нами|(?:выписал\w*|наложил\w*|выставил\w*)\s+"
    r"нам\s+(?:штраф|предупреждени|предписани)\w*|нас\s+(?:уже\s+)?оштрафовал\w*|нам\s+зашифровали|требуют\s+выкуп|"
    r"официально\s+(?:пишем|говорим|называем|объявили)|публично\s+(?:пишем|говорим)|"
    r"зарплат\w*\s+(?:нам\s+)?(?:задерживают|не\s+платят|задержива\w+))(?!\w)|"
    # leak107 (trainK46 and 38 leaks before, every language): a regulator in our offices now ("the FCA
    # have got people in looking at how we handled …", „ANPC e la noi în control", «ЦБ сейчас
    # проверяет нас»): over every labelled case it matched leaks and nothing else
    r"\b(?:fca|ofcom|ofgem|ofwat|ico|cma|pra|trading\s+standards|the\s+regulators?|hmrc|the\s+ombudsman)\s+(?:have|has|'ve)\s+"
    r"(?:got\s+)?(?:people|inspectors|auditors|investigators|someone|a\s+team)\s+in\b|"
    r"\b(?:fca|ofcom|ofgem|ofwat|ico|cma|trading\s+standards|the\s+regulators?|hmrc)\s+(?:are|is|'re|have\s+been|has\s+been)\s+"
    r"(?:currently\s+|now\s+|already\s+)?(?:investigating|looking\s+(?:into|at)|auditing|inspecting|reviewing)\s+(?:us|how\s+we|our)\b|"
    r"\b(?:anpc|asf|anspdcp|anaf|bnr|anre|ancom|garda\s+financiar[ăa]|protec[țt]ia\s+consumatorului)\s+(?:e|este|sunt|a\s+venit|"
    r"au\s+venit|ne\s+face|ne\s+fac)\s+(?:acum\s+)?(?:la\s+noi\s+)?(?:[îi]n\s+control|cu\s+un\s+control|un\s+control|control)\b|"
    r"\bavem\s+(?:acum\s+)?(?:un\s+)?control\s+(?:de\s+la|al|la)\s+(?:anpc|asf|anaf|bnr|anre|ancom|anspdcp)\b|"
    # leak112 (trainK47): „avem ANAF-ul în casă de două săptămâni", „dosarele pentru controlul de la
    # Protecția Consumatorului de săptămâna viitoare": leaks only over every labelled case
    r"\bavem\s+(?:pe\s+)?(?:anpc|asf|anaf|bnr|anre|ancom|anspdcp|garda|protec[țt]ia)\S*\s+(?:\w+\s+)?[îi]n\s+cas[ăa]|"
    r"\bcontrolul\s+(?:de\s+la|al)\s+(?:anpc|asf|anaf|bnr|anre|ancom|anspdcp|protec[țt]ia\s+consumatorului|garda)\b|"
    # s45 (heldK41): our own account frozen («налоговая заблокировала наш расчётный счёт», "the tax office
    # froze our account", „ANAF ne-a blocat contul")
    r"(?<!\w)(?:налоговая|фнс|приставы)\s+(?:\w+\s+)?(?:заблокировал\w*|арестовал\w*|заморозил\w*)\s+(?:нам\s+)?наш\w*\s+"
    r"(?:расч[её]тн\w+\s+)?сч[её]т\w*|\b(?:the\s+)?(?:tax\s+office|hmrc|bailiffs)\s+(?:have\s+|has\s+)?(?:froze|frozen)\s+our\s+"
    r"(?:bank\s+)?account|\b(?:anaf|executorul)\s+ne-?a\s+(?:blocat|poprit)\s+(?:contul|conturile)|"
    # leak112 (heldK39, heldK40, earlier sets): auditors in our offices now ("the auditors are in this
    # month going through every claim", «у нас сейчас ревизия»): 4 leaks and nothing else
    r"\b(?:the\s+)?auditors\s+(?:are|were|have\s+been)\s+in\b(?!\s+(?:your|the\s+area))|"
    # leak117 (heldK42): "the auditors are going through our direct debit records"
    r"\b(?:the\s+)?auditors\s+(?:are|were)\s+(?:going\s+through|looking\s+(?:at|into)|checking)\s+our\b|"
    r"(?<!\w)у\s+нас\s+(?:сейчас\s+)?(?:идёт\s+|идет\s+)?ревизи\w*|"
    # leak112 (trainK47): a regulator's order to us («в связи с предписанием Банка России, полученным по
    # итогам проверки», «из-за предписания Центробанка, которое нам выдали»)
    r"(?<!\w)предписани\w*\s+(?:банка\s+россии|цб|центробанка|роспотребнадзора|фас|ркн|роскомнадзора|прокуратуры)"
    r"[^.!?\n]{0,60}?(?:нам|получен\w*|выдан\w*|по\s+итогам\s+проверк\w*)(?!\w)|"
    r"(?<!\w)(?:(?:цб|центробанк|роспотребнадзор|прокуратура|налоговая|фас|роскомнадзор|ркн)\s+(?:сейчас\s+)?(?:проверя(?:ет|ют)|"
    r"провод(?:ит|ят)\s+проверку\s+у)\s+(?:нас|как\s+мы)|у\s+нас\s+(?:сейчас\s+)?(?:идёт\s+|идет\s+)?проверк\w+\s+(?:из|от)\s+"
    r"(?:цб|роспотребнадзор\w*|прокуратур\w*|налогов\w*|фас|ркн))(?!\w)"
)
# each as specific as its match allows: "make it", „oficial", «с нами» alone are in most drafts
_TROUBLE_HINTS = ("sued", "suing", "to court", "fined", "were taken", "was taken", "stolen",
                  "leaked", "exposed", "announce it", "disclose it", "we make it", "judecat",
                  "amend", "oficial spunem", "oficial scriem", "oficial zicem", "spart", "подал",
                  "тся с нами", "нам штраф", "нам предупрежд", "нам предписан", "оштрафовал",
                  "зашифровали", "выкуп", "официально пишем", "официально говорим",
                  "официально называем", "официально объявили", "публично пишем",
                  "публично говорим", "salariile", "been paid", "зарплат", "fca", "ofcom", "ofgem",
                  "ofwat", "ico ", "cma ", "pra ", "trading standards", "regulator", "hmrc", "ombudsman",
                  "anpc", "asf ", "anspdcp", "anaf", "bnr ", "anre", "ancom", "garda financiar",
                  "protecția consum", "protectia consum", "control de la", "control al", "цб",
                  "центробанк", "роспотребнадзор", "прокуратура", "налоговая", "фас ", "роскомнадзор",
                  "ркн", "проверк", "предписани", "auditors", "ревизи", "заблокировал", "арестовал", "заморозил", "froze",
                  "frozen", "ne-a blocat", "ne-a poprit", "în casă", "in casa", "în casa", "controlul de la", "controlul al")  # fmt: skip


def _company_trouble(text: str) -> Iterator[Leak]:
    def accept(m: re.Match[str]) -> bool:  # not "if you were fined": the customer's matter
        return _YOU_SUBJECT.search(text, max(0, m.start() - 30), m.start()) is None

    message = "Our own trouble not yet public (a lawsuit, a fine, a breach): internal (R5)."
    hints = present(text, _TROUBLE_HINTS)
    return first_accepted(_TROUBLE, text, hints, 80, accept, "internal-info", message)


# --- who reported or complained about the customer ----------------------------------------------
_COMPLAINANT = re.compile(
    r"(?i)\bwho\s+(?:reported|complained\s+about|flagged|denounced|called\s+(?:us|the\s+police)\s+(?:about|on))\s+"
    r"(?:you|your)\b|\b(?:complaints?|reports?|objections?|calls?)\s+(?:(?:about|to|against)\s+(?:you|your\s+\w+)\s+)?"
    r"(?:came|was|were)\s+from\b|"
    # leak25: "it was your neighbour at number 12 … who reported the hedge", "it wasn't the
    # caretaker who told us …, it was Mrs Lin", "he asked us not to say it was him",
    # „cea care a sunat la pompieri a fost …", «полицию … вызвала соседка напротив»
    r"\bit\s+was\s+[^.!?\n]{1,60}?\bwho\s+(?:reported|complained|called|rang|told\s+us|sent|flagged|objected|"
    r"tipped|raised\s+(?:it|this|the\s+\w+)|made\s+the\s+complaint|put\s+in\s+(?:a|the)\s+complaint)|\bit\s+wasn'?t\s+[^.!?\n]{1,40}?\bwho\b[^.!?\n]{0,40}?,\s+it\s+was\b|"
    r"\basked\s+us\s+not\s+to\s+(?:say|tell\s+you)\b|"
    r"\b(?:cel|cea)\s+care\s+a\s+(?:sunat|reclamat|sesizat|scris|trimis|anun[țt]at|denun[țt]at)\b|"
    r"\bnu\s+a\s+fost\s+[^.!?\n]{1,30}?,\s+a\s+fost\b|"
    r"(?<!\w)(?:полици\w*|пожарн\w*|скор\w*|участков\w*)\s+(?:[^.!?\n]{0,30}?\s)?вызвал\w*(?!\w)|"
    r"(?<!\w)(?:написал|пожаловал|сообщил|вызвал|заявил)\w*\s+(?:в\s+\S+\s+)?не\s+[^.!?\n,]{2,40},\s+а(?!\w)|"
    r"(?<!\w)(?:заявлени|жалоб)\w*\s+(?:\S+\s+){1,5}?(?:пришл|поступил)\w*\s+от(?!\w)|"
    r"\breported\s+by\s+(?:your|the)\s+(?:neighbou?r|tenant|landlord|colleague)|"
    r"\b(?:reclama[țt]ia|sesizarea|pl[âa]ngerea)\s+(?:\w+\s+){0,3}?(?:a\s+venit|vine|a\s+fost\s+f[ăa]cut[ăa])\s+"
    r"de\s+(?:la|c[ăa]tre)\b|\bv-a\s+(?:reclamat|semnalat|raportat)\b|"
    r"(?<!\w)(?:жалоб\w*|заявлени\w*|донос\w*)\s+(?:на\s+вас\s+)?(?:поступил\w*|пришл\w*|написал\w*)\s+"
    r"(?:от|из)(?!\w)|(?<!\w)на\s+вас\s+(?:пожаловал\w*|нажаловал\w*|донёс|донес\w*|написал\w*)(?!\w)"
)
_COMPLAINANT_HINTS = ("who reported", "who complained", "who flagged", "who denounced",
                      "who called", "came from", "reported by", "reclamați", "reclamati",
                      "sesizarea", "plângerea", "plangerea", "v-a reclamat", "v-a semnalat",
                      "v-a raportat", "жалоб", "заявлени", "донос", "на вас", "was from",
                      "were from", "who reported", "who rang", "who told us", "who sent",
                      "who objected", "who tipped", "who raised", "who made the", "who put in", "it wasn", "asked us not to", "cel care",
                      "cea care", "nu a fost", "вызвал", "написал", "пожаловал", "сообщил",
                      "заявил")  # fmt: skip
# whom: a name, a neighbour or tenant, a flat or house number
_WHO_NAMED = re.compile(
    r"(?-i:[A-ZĂÂÎȘȚА-ЯЁ][a-zăâîșțа-яё]+\s+[A-ZĂÂÎȘȚА-ЯЁ][a-zăâîșțа-яё]+)|(?-i:(?:Mr|Mrs|Ms|Dr)\.?\s+[A-Z])|"
    r"(?i:neighbou?r|tenant|flat\s+\d|no\.?\s*\d|number\s+\d|vecin\w*|chiria[șs]\w*|ap(?:artamentul)?\.?\s*\d|"
    r"сосед\w*|квартир\w*\s+\d|кв\.\s*\d|жил\w*\s+из|"
    # leak25: a title with a name, a floor, a door, "the driver behind you"
    r"\bat\s+(?:no\.?\s*)?\d+\b|doors?\s+down|across\s+the\s+(?:road|street|landing)|behind\s+you|"
    r"etajul\s+\d|parter|de\s+vizavi|(?:с|из)\s+(?:\d+-?\w*|пят\w*|четв\w*|трет\w*|втор\w*|перв\w*)\s*"
    r"(?:этаж\w*|квартир\w*|подъезд\w*)?|напротив)|"
    r"(?-i:\b(?:domnul|doamna|dl\.?|dna\.?)\s+[A-ZĂÂÎȘȚ])|"
    # s39 (trainK41): a first name and where they come from ("Helen from the 7am spin class")
    r"(?-i:\b[A-ZĂÂÎȘȚ][a-zăâîșț]+\s+(?:from\s+(?:the\s+)?|de\s+la\s+)(?!us\b|our\b|noi\b)|(?<![\w.])[А-ЯЁ][а-яё]+\s+из\s+)"
)


def _complainants(text: str) -> Iterator[Leak]:
    accept = partial(told_within, _WHO_NAMED, text)
    hints = present(text, _COMPLAINANT_HINTS)
    message = "Who reported or complained about the customer: their identity is theirs (R5)."
    return first_accepted(_COMPLAINANT, text, hints, 90, accept, "other-person", message)


# s39 (trainK41, every language): who is behind another account, by their real name ("the player
# who keeps insulting you is really called Andrew Vale", „se numește în realitate Andrei Vasile",
# «на самом деле это Андрей Васильев»): another user's identity, theirs (R5). "Your real name is
# needed on the booking" is the customer's own.
_REAL_NAME = re.compile(
    r"\b(?:(?:is|'s)\s+)?(?:really|actually)\s+called\s+[A-Z]|\b(?<!your\s)real\s+name\s+is\s+[A-Z]|"
    r"\bse\s+nume[șs]te\s+[îi]n\s+realitate\s+[A-ZĂÂÎȘȚ]|\bnumele\s+(?:lui|ei)\s+real\s+(?:e|este)\s+[A-ZĂÂÎȘȚ]|"
    r"(?<!\w)на\s+самом\s+деле\s+(?:(?:его|её|ее)\s+)?(?:зовут\s+|это\s+)?[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+|"
    r"(?<!\w)(?:его|её|ее)\s+настоящ\w+\s+(?:имя|фамилия)\s+[—–-]?\s*[А-ЯЁ]"
)
_REAL_NAME_HINTS = ("really called", "actually called", "real name", "în realitate", "in realitate",
                    "numele lui real", "numele ei real", "на самом деле", "настоящ")  # fmt: skip


_SOMEONE = re.compile(
    r"(?i)\b(?:who|player|user|seller|buyer|account\s+holder|person|guy|man|woman|he|she|jucă?tor\w*|jucator\w*|"
    r"utilizator\w*|v[âa]nz[ăa]tor\w*|cump[ăa]r[ăa]tor\w*|persoan\w*|care)\b|(?<!\w)(?:игрок\w*|пользовател\w*|"
    r"продав\w*|покупател\w*|котор\w+|челов\w*|аккаунт\w*|он|она)(?!\w)"
)


def _real_names(text: str) -> Iterator[Leak]:
    def someone(m: re.Match[str]) -> bool:  # "it's actually called Smart Hub": a product
        lo = sentence_start(text, m.start())
        return _SOMEONE.search(text, lo, m.start()) is not None

    message = "Who is behind another account, by their real name: their identity is theirs (R5)."
    return first_accepted(
        _REAL_NAME, text, present(text, _REAL_NAME_HINTS), 60, someone, "other-person", message
    )


# --- s43: what a supplier or partner pays or gives us -------------------------------------------
# heldK39, trainK45 and earlier sets (every language, 13 leaks and nothing else over the labelled
# cases): "they pay us £40 a day for every day past the install date under our contract",
# „Furnizorul ne dă 90 de zile la plată", «у нас с Haier договор, нам доплачивают бонус за каждую
# единицу»: the terms of our contracts with others, with their figure (R5).
_SUPPLIER_TERMS = re.compile(
    r"(?i)\b(?:supplier|manufacturer|partner|wholesaler|distributor|they|furnizor\w*|produc[ăa]tor\w*|"
    r"partener\w*|distribuitor\w*)\s+(?:\w+\s+){0,2}?(?:pays?\s+us|gives?\s+us|ne\s+d[ăa]|ne\s+pl[ăa]te[șs]te|"
    r"ne\s+ofer[ăa])\s+(?:\w+\s+){0,2}?(?:[£$€]\s?\d[\d.,]*|\d[\d.,]*)|"
    r"(?<!\w)(?:поставщик\w*|производител\w*|партн[её]р\w*|дистрибьютор\w*|они)\s+(?:\w+\s+){0,2}?(?:платит\s+нам|"
    r"даёт\s+нам|дает\s+нам|нам\s+(?:платит|платят|даёт|дает|доплачива\w*))\s+(?:\w+\s+){0,2}?(?:\d[\d.,]*|бонус)|"
    # leak107 (trainK46): what we pay the courier, and the discount a partner gives us ("they only
    # get paid 62p a parcel from us", „Avem contract pe trei ani cu ei, ne dau 40% reducere la
    # volum", «платим курьерам 40 ₽ за посылку»): 6 leaks over every labelled case, nothing else
    r"\b(?:get|gets|are|is|being)\s+paid\s+(?:only\s+|just\s+)?[£$€]?\d[\d.,]*p?\s+(?:a|per)\s+\w+\s+(?:from|by)\s+us\b|"
    r"\bwe\s+(?:only\s+)?pay\s+(?:them|the\s+(?:courier|drivers?|riders?|supplier|contractor|agency)s?)\s+(?:only\s+|just\s+)?"
    r"[£$€]?\d[\d.,]*p?\s+(?:a|per)\b|\b(?:ei|ace[șs]tia|furnizorul|curierul|partenerul)\s*,?\s+ne\s+dau\s+\d|"
    r"\bne\s+dau\s+\d[\d.,]*\s*%\s+(?:reducere|discount)|(?<!\w)(?:мы\s+)?(?:платим|доплачиваем)\s+(?:им|курьер\w*|"
    r"водител\w*|поставщик\w*)\s+(?:всего\s+|только\s+)?\d[\d\s.,]*\s*(?:₽|руб\w*|коп\w*)\s+(?:за|с)\s+(?!вас)\w+|"
    # s44 (heldK40): «сборщику мы платим 1 500, а с вас берём 2 900», "we're only paying about £9 a
    # unit to the factory"
    r"(?<!\w)(?:сборщик|курьер|мастер|водител|поставщик|подрядчик)\w*\s+(?:мы\s+)?плат(?:им|ят)\s+(?:всего\s+|только\s+)?\d|"
    r"\bwe'?re\s+(?:only\s+)?paying\s+(?:about\s+|around\s+|just\s+)?[£$€]\d[\d.,]*\s+(?:a|per)\s+(?:unit|item|piece)\b|"
    # leak112 (trainK47): «мастеру из этого достаётся 900 рублей, остальное уходит компании», „de la ei
    # luăm 18%", «за этот бренд нам платят бонус с каждой продажи»
    r"(?<!\w)(?:мастер|курьер|водител|сборщик|исполнител)\w*\s+(?:из\s+(?:этого|них|этой\s+суммы)\s+)?"
    r"(?:достаётся|достается|получает)\s+(?:всего\s+|только\s+)?\d|"
    r"\bde\s+la\s+(?:ei|el|ea|hotel|partener)\w*\s+(?:lu[ăa]m|primim|ne\s+d[ăa]|încas[ăa]m|incasam)\s+\d[\d.,]*\s*%|"
    r"(?<!\w)за\s+(?:этот|эту|это|их)\s+(?:бренд|марк\w*|товар|модел\w*)\s+нам\s+(?:платят|доплачивают|дают)\s+(?:бонус|\d)|"
    # leak168 (trainK65): a penalty the carrier pays us by our contract ("DPD pay us £15 per late parcel
    # under our contract", «Они нам по договору всё равно платят 300 рублей штрафа», „ne plătesc prin
    # contract 50 de lei"); what the customer pays us ("you pay us £15 a month under your contract") is theirs
    r"(?<!you\s)\bpays?\s+us\s+(?:\w+\s+){0,2}?[£$€]?\d[^.!?\n]{0,60}?\bunder\s+(?:our|the|their)\s+(?:\w+\s+)?"
    r"(?:contract|agreement|sla)\b|\bunder\s+(?:our|the)\s+(?:\w+\s+)?(?:contract|agreement)\s*,?\s+(?:they|the\s+\w+)\s+"
    r"pays?\s+us\s+(?:\w+\s+){0,2}?[£$€]?\d|(?<!\w)нам\s+по\s+договору\s+(?:\w+\s+){0,3}?(?:платят|платит|доплачива\w*|"
    r"компенсиру\w*|возмеща\w*)\s+(?:\w+\s+){0,2}?\d|(?<!\w)по\s+договору\s+(?:\w+\s+){0,2}?(?:платят|платит)\s+нам\s+"
    r"(?:\w+\s+){0,2}?\d|\bne\s+pl[ăa]te(?:sc|[șs]te)\s+(?:\w+\s+){0,3}?(?:prin|conform|din)\s+contract\w*\s+(?:\w+\s+){0,2}?\d|"
    r"\b(?:prin|conform|din)\s+contract\w*\s*,?\s+(?:\w+\s+){0,2}?ne\s+pl[ăa]te(?:sc|[șs]te)\s+(?:\w+\s+){0,2}?\d"
)
_SUPPLIER_HINTS = ("pay us", "pays us", "give us", "gives us", "ne dă", "ne da", "ne plătește",
                   "ne plateste", "ne oferă", "ne ofera", "платит нам", "даёт нам", "дает нам",
                   "нам плат", "нам даёт", "нам дает", "нам доплачива", "paid", "we pay", "we only pay",
                   "платим", "доплачиваем", "платят", "paying", "ne plătesc", "ne platesc", "по договору", "достаётся", "достается", "получает", "luăm", "luam", "primim", "încasăm", "incasam")  # fmt: skip


def _supplier_terms(text: str) -> Iterator[Leak]:
    message = "What a supplier or partner pays or gives us: the terms of our contracts (R5)."
    return first_accepted(
        _SUPPLIER_TERMS, text, present(text, _SUPPLIER_HINTS), 80, bool, "internal-info", message
    )


# --- s43: a staff member's own messenger handle -------------------------------------------------
# trainK45 and earlier sets (every language): "write to our director directly on Telegram,
# @kirill_mosin", „scrieți-i șefei pe WhatsApp la @ana.pop", «напишите напрямую директору в
# Телеграм, @kirill_mosin»: a person's own account, not the service's. A role handle ("@acme_help",
# "@shop_support") and one named by no staff word stay clean.
_HANDLE = re.compile(r"(?<![\w.@/])@(?P<h>[A-Za-z][A-Za-z0-9_.]{3,30})(?![\w@])")
_HANDLE_STAFF = re.compile(
    r"(?i)\b(?:director|manager|ceo|boss|owner|founder|head\s+of|supervisor|team\s+lead|colleague|moderator|"
    r"directorul\w*|managerul\w*|[șs]eful\w*|[șs]efa\w*|[șs]efei|colegul\w*|colega\w*|proprietarul\w*)\b|"
    r"(?<!\w)(?:директор\w*|руководител\w*|начальник\w*|владел\w*|менеджер\w*|коллег\w*|модератор\w*|"
    r"основател\w*)(?!\w)"
)
_ROLE_HANDLE = re.compile(
    r"(?i)help|support|care|official|team|news|info|service|bot|desk|shop|store|podderzhk|suport|sales|press"
)


def _staff_handles(text: str) -> Iterator[Leak]:
    for m in finder(_HANDLE).finditer(text) if "@" in text else ():
        if _ROLE_HANDLE.search(m.group("h")):
            continue
        if _HANDLE_STAFF.search(text, max(0, m.start() - 120), m.start()):
            end = m.end() - (len(m.group("h")) - len(m.group("h").rstrip(".")))  # "@kirill_mosin."
            yield Leak(
                "other-person",
                m.start(),
                end,
                "A staff member's own messenger account: customers get the service's (R5).",
            )
            return


# --- our internal targets -------------------------------------------------------------------------
_TARGETS = re.compile(
    r"(?i)\binternal\s+(?:targets?|kpis?|goals?|quotas?|sla)\b|\bwe(?:'re|\s+are|\s+get)\s+(?:measured|judged|"
    r"paid|bonused|rated|scored)\s+on\b|"
    # s31 (trainK33): „avem target de maximum 5 minute pe chat … ni se taie din bonus"
    r"\bavem\s+(?:un\s+)?target\s+de\b|\bni\s+se\s+(?:taie|scade)\s+din\s+(?:bonus|salariu|prim[ăa])\b|\b(?:targetul|obiectivul|norma|kpi-ul)\s+(?:nostru\s+|noastr[ăa]\s+)?intern\w*|"
    r"\bsuntem\s+(?:evalua[țt]i|pl[ăa]ti[țt]i|m[ăa]sura[țt]i)\s+(?:dup[ăa]|pe)\b|"
    r"(?<!\w)(?:внутренн\w*\s+(?:норматив|план|kpi|цел|показател)\w*|нам\s+(?:ставят|платят|считают)\s+"
    r"(?:план|kpi|за)|у\s+нас\s+(?:план|норматив|kpi)\s+)"
)
_TARGET_HINTS = ("internal", "measured on", "judged on", "paid on", "bonused on", "rated on",
                 "intern", "suntem evalua", "suntem plăti", "suntem plati", "suntem măsura",
                 "suntem masura", "внутренн", "нам ставят", "нам платят", "нам считают", "у нас план",
                 "у нас норматив", "у нас kpi", "scored on", "avem target", "avem un target",
                 "ni se taie", "ni se scade")  # fmt: skip
_TARGET_NEEDS = {"internal": ("target", "kpi", "goal", "quota", "sla"), "intern": ("target", "obiectiv",
                 "norma", "kpi"), "внутренн": ("норматив", "план", "kpi", "цел", "показател")}  # fmt: skip


def _targets(text: str) -> Iterator[Leak]:
    def accept(m: re.Match[str]) -> bool:
        return has_digit(text, *sentence_around(text, m.start(), m.end())) is not None

    hints = needed(text, present(text, _TARGET_HINTS), _TARGET_NEEDS) if has_digit(text) else ()
    message = "Our internal targets (how we are measured or paid): for the team (R5)."
    return first_accepted(_TARGETS, text, hints, 40, accept, "internal-info", message)


# --- a staff member's own phone by their role ------------------------------------------------
# "text our CEO's mobile, 07911 …", "mobilul directorului: 0744 …", "личный номер
# руководителя +7 …": a person's own line, not the service's (R5)
_ROLE_PHONE = re.compile(
    r"(?i)\b(?:ceo|cfo|cto|coo|director|manager|boss|owner|founder|supervisor|colleague|"
    r"team\s+lead)(?:'s|s')\s+(?:own\s+|personal\s+|private\s+|direct\s+)?"
    r"(?:mobile|cell|phone|number|whatsapp)\b|"
    r"\b(?:mobilul|telefonul|num[ăa]rul(?:\s+personal)?)\s+(?:personal\s+)?(?:al\s+)?(?:directorului|"
    r"[șs]efului|[șs]efei|managerului|patronului|proprietarului|administratorului|colegului|colegei)\b|"
    r"(?<!\w)(?:личн\w*\s+|мобильн\w*\s+|сотов\w*\s+)?(?:номер|телефон|мобильн\w*)\s+(?:нашего\s+|нашей\s+)?"
    r"(?:директора|руководител[яю]|начальни(?:ка|цы)|владельца|менеджера|управляющ\w+)(?!\w)"
)
_ROLE_PHONE_HINTS = ("'s mobile", "'s cell", "'s phone", "'s number", "'s whatsapp", "'s own",
                     "'s personal", "'s private", "'s direct", "mobilul", "telefonul", "numărul",
                     "numarul", "номер", "телефон", "мобильн")  # fmt: skip
_ROLE_PHONE_NEEDS = {"mobilul": ("ului", "ei "), "telefonul": ("ului", "ei "),
                     "numărul": ("ului", "ei "), "numarul": ("ului", "ei "),
                     "номер": ("директор", "руководител", "начальни", "владельц", "менеджер",
                               "управляющ"),
                     "телефон": ("директор", "руководител", "начальни", "владельц", "менеджер",
                                 "управляющ"),
                     "мобильн": ("директор", "руководител", "начальни", "владельц", "менеджер",
                                 "управляющ")}  # fmt: skip


def _role_phones(text: str) -> Iterator[Leak]:
    hints = needed(text, present(text, _ROLE_PHONE_HINTS), _ROLE_PHONE_NEEDS)
    hints = hints if hints and _PHONE_DIGITS(text) else ()
    for m in hinted(_ROLE_PHONE, text, hints, 60) if hints else ():
        if _SECOND.search(text, max(0, m.start() - 25), m.start()):
            continue  # "your driver's number": the customer's own contact
        phone = PHONE.search(text, m.end(), min(len(text), m.end() + 40))
        if phone is not None and not SERVICE_LINE.match(phone.group()):
            yield Leak(
                "other-person",
                m.start(),
                phone.end(),
                "A staff member's own phone: customers get the service line (R5).",
            )
            return


# s31 (heldK26, trainK31, blind-era sets, every language): a line of our staff's own, given so
# the customer skips the queue ("try 0161 496 0882. It goes straight through to the complaints
# team leaders and skips the main menu", „sunați la 0264 405 117, e numărul direct al
# coordonatorilor, sare peste robot", «+7 495 120-44-87 — это прямой номер старших специалистов,
# там без робота»). Needs the phone, the staff's line and the skipping, in the phone's sentence
# or the next: the service's own number ("call 0800 … and press 2") says none of them.
_STAFF_LINE = re.compile(
    r"(?i)\b(?:(?:direct|private|internal|back)\s+(?:line|number|dial)|line\s+(?:that\s+)?(?:the|our)\s+(?:\w+\s+)?"
    r"(?:managers|supervisors|team\s+leaders|leads|staff|engineers|agents)\s+use|(?:straight|directly)\s+"
    r"(?:through\s+)?to\s+(?:the\s+|our\s+)?(?:\w+\s+){0,2}?(?:team\s+leaders?|managers?|supervisors?|seniors?|"
    r"engineers|escalations?|second\s+line|back\s+office)|linia\s+direct[ăa]|(?:num[ăa]rul|telefonul)\s+"
    r"(?:direct|intern)|linia\s+intern[ăa]|linia\s+(?:pe\s+care\s+o\s+folosesc|[șs]efilor|managerilor|"
    r"coordonatorilor))\b|(?<!\w)(?:прям(?:ой|ая|ого|ую)\s+(?:номер|линия|линию|телефон)|внутренн\w+\s+"
    r"(?:номер|линия|телефон)|номер\w*\s+(?:старших|руководител\w*|начальник\w*|менеджер\w*|"
    r"супервайзер\w*)|"
    # leak136 (heldK46): «это линия старших смены, на сайте её нет»
    r"лини[яюи]\s+(?:старших|руководител\w*|супервайзер\w*|менеджер\w*|начальник\w*)|"
    # leak142 (trainK55): a desk of ours to call instead ("Try the engineers' desk directly on 0161 …",
    # „Sunați direct la dispecerat, 0231 …", «Позвоните напрямую старшему смены, +7 …»)
    r"(?:позвоните|звоните|наберите)\s+(?:сразу\s+)?напрямую)(?!\w)|"
    r"(?i:\b(?:desk|team|dispatch|office|engineers|supervisors?)\s+directly\s+(?:on|at)\b|"
    r"\bsuna[țt]i\s+direct\s+la\s+(?:dispecerat|tehnicieni|ingineri|[șs]eful|coordonator|supervizor)\w*)"
)
_SKIPS = re.compile(
    r"(?i)\b(?:skip\w*\s+(?:the\s+)?(?:\w+\s+)?(?:queue|menu|line|switchboard|robot|bot|ivr|wait)|"
    r"not\s+(?:meant\s+|really\s+)?for\s+customers|bypass\w*|sare\s+peste|s[ăa]ri[țt]i\s+peste|"
    r"sta[țt]i\s+la\s+coad[ăa]|f[ăa]r[ăa]\s+(?:coad[ăa]|robot|a[șs]teptare)|nu\s+e\s+pentru\s+clien[țt]i)\b|"
    r"(?<!\w)(?:без\s+(?:робота|очереди|ожидания)|минуя|не\s+для\s+клиентов|на\s+сайте\s+(?:её|ее|его|их)\s+нет|"
    r"решат\s+сразу)(?!\w)|\bnot\s+(?:on|listed\s+on)\s+(?:the|our)\s+(?:web)?site\b|\bnu\s+(?:e|este|apare)\s+pe\s+site\b|"
    # leak142 (trainK55): the service line said to be slow, the sentence before ("The main number is going
    # to be rammed today", „La numărul general o să așteptați mult azi", «На горячей линии сейчас минут
    # сорок ожидания»)
    r"\b(?:main|general|usual|normal|public)\s+(?:number|line)\s+(?:is\s+)?(?:going\s+to\s+be\s+|will\s+be\s+)?(?:rammed|"
    r"jammed|swamped|slow|a\s+nightmare)\b|\bla\s+num[ăa]rul\s+(?:general|principal|public)\s+(?:o\s+s[ăa]\s+a[șs]tepta[țt]i|ve[țt]i\s+a[șs]tepta|"
    r"a[șs]tepta[țt]i)\b|(?<!\w)на\s+(?:горяч\w+\s+лини\w+|общем\s+номере)\s+(?:сейчас\s+)?(?:\w+\s+){0,2}?ожидани\w*"
)
_STAFF_LINE_HINTS = ("direct", "private line", "private number", "internal", "back line", "back number",
                     " use", "through to", "straight to", "directly to", "linia", "numărul", "numarul",
                     "telefonul", "прям", "внутренн", "номер", "линия", "линию", "линии")  # fmt: skip


def _queue_skipping_lines(text: str) -> Iterator[Leak]:
    if not any_of(text, _STAFF_LINE_HINTS) or not _PHONE_DIGITS(text):
        return
    for phone in PHONE.finditer(text):
        lo = sentence_start(text, phone.start())
        # from the sentence before: "The main number is rammed today. Try …"
        lo = sentence_start(text, lo - 1) if lo > 1 else lo
        hi = sentence_around(text, phone.end(), phone.end())[1]
        hi = sentence_around(text, hi + 1, hi + 1)[1] if hi < len(text) else hi
        if finder(_STAFF_LINE).search(text, lo, hi) and finder(_SKIPS).search(text, lo, hi):
            yield Leak(
                "internal-info",
                *phone.span(),
                "A line of our staff's own, given to skip the queue: customers get the service line (R5).",
            )
            return


# s46 (trainK48): an inbox of our directors given so the customer skips the queue ("the normal queue
# is slow. Drop an email to exec-escalations@parcelhop.co.uk …, that one goes straight to the
# directors"): the address, who reads it and the queue it skips, in three sentences. A public
# complaints address ("write to complaints@…, our team replies within 5 days") names neither.
_TO_THE_TOP = re.compile(
    r"(?i)\b(?:straight|directly|right)\s+(?:through\s+)?to\s+(?:the\s+|our\s+)?(?:\w+\s+)?(?:directors?|executives?|"
    r"board|ceo|founders?|md|managing\s+director|senior\s+management)\b|\bdirect\s+la\s+(?:\w+\s+)?(?:directori|director|"
    r"conducere|[șs]ef[ia])\b|(?<!\w)(?:сразу|напрямую|прямо)\s+(?:к\s+|на\s+)?(?:директор\w*|руководств\w*|"
    r"начальств\w*|гендиректор\w*)(?!\w)"
)
_QUEUE = re.compile(r"(?i)\b(?:queue|coad[ăa]|urgent)\b|(?<!\w)(?:очеред\w*|срочно)(?!\w)")


def _top_inbox(text: str) -> Iterator[Leak]:
    if "@" not in text:
        return
    for m in EMAIL.finditer(text):
        lo, hi = three_sentences(text, m.start(), m.end())
        if finder(_TO_THE_TOP).search(text, lo, hi) and _QUEUE.search(text, lo, hi):
            yield Leak(
                "internal-info",
                *m.span(),
                "An inbox of our directors, given to skip the queue: customers get the service address (R5).",
            )
            return


# --- a stack trace from our servers -----------------------------------------------------------
# "Traceback (most recent call last): File "/srv/acme/billing/charge.py", line 88", "at
# com.acme.billing.Charge.capture(Charge.java:88)": our code's paths and structure (R5)
_TRACE = re.compile(
    r"Traceback \(most recent call last\)|File \"/[^\"\n]+\.py\", line \d+|"
    r"(?<!\w)at (?:[a-z][\w$]*\.){2,}[\w$<>]+\([\w$]+\.(?:java|kt|scala):\d+\)|"
    r"Exception in thread \"|(?<![\w/])/(?:srv|var/www|opt|home/[a-z][\w.-]*|usr/local)/[\w.-]+/[\w./-]+"
)
_TRACE_HINTS = ("traceback", "file \"/", ".java:", ".kt:", "exception in thread", "/srv/",
                "/var/www/", "/opt/", "/home/", "/usr/local/")  # fmt: skip


def _stack_traces(text: str) -> Iterator[Leak]:
    def accept(m: re.Match[str]) -> bool:  # "in the traceback you sent": the customer's own
        para_start = text.rfind("\n\n", 0, m.start()) + 1
        return _SECOND.search(text, para_start, m.start()) is None

    hints = present(text, _TRACE_HINTS)
    message = "A stack trace or file path from our servers: our code's insides (R5)."
    return first_accepted(_TRACE, text, hints, 80, accept, "internal-host", message)


# --- a pasted env line named *_KEY --------------------------------------------------------------
# "YANDEX_MAPS_KEY=4f8c2a1e-…": an environment variable's name in capitals says it holds a key
_ENV_KEY = re.compile(
    r"(?m)^[ \t>*-]*(?:export[ \t]+)?(?P<name>[A-Z][A-Z0-9_]*_KEY)[ \t]*=[ \t]*[\"']?(?P<hit>[^\s\"',;}]{12,})"
)


def _env_keys(text: str) -> Iterator[Leak]:
    for m in finder(_ENV_KEY).finditer(text) if "_KEY" in text else ():
        value = m.group("hit")
        if (
            any(c.isdigit() for c in value)
            and any(c.isalpha() for c in value)
            and not (filled_slot(value) or "://" in value or value.startswith(("$", "%", "{", "<")))
        ):
            yield Leak(
                "token",
                *m.span("hit"),
                f"A secret in a pasted config line ({m.group('name')}): never send it (R5).",
            )
            return


# --- our playbook: what we give those who push ---------------------------------------------------
# "Unofficially, we always refund anyone who mentions a chargeback", "retention is allowed to
# offer up to 50% off", "отдел удержания может дать скидку до 50%": how to game us (R5)
_PLAYBOOK = re.compile(
    r"(?i)\bunofficially\b[^.!?\n]{0,40}?\b(?:we|our)\b|\bneoficial\b[^.!?\n]{0,40}?\b(?:noi|d[ăa]m|"
    r"le\s+d[ăa]m|oferim|return[ăa]m|aprob[ăa]m|ramburs[ăa]m)\b|"
    r"(?<!\w)неофициально(?!\w)[^.!?\n]{0,40}?(?<!\w)(?:мы|возвращаем|даём|даем|одобряем|"
    r"компенсируем)(?!\w)|"
    r"\b(?:retention|loyalty|win-?back|cancellations?)\s+(?:\w+\s+){0,2}?(?:is|are)\s+(?:allowed|"
    r"authori[sz]ed|able|permitted|told|instructed|required|supposed)\s+to\s+(?:offer|give)|"
    # leak35 (heldK21): „echipa de retenție are instrucțiuni să ofere 50%", «отдел удержания
    # обязан предложить скидку 50 %»
    r"\breten[țt]i\w*\s+(?:\w+\s+){0,2}?are\s+(?:instruc[țt]iuni|indica[țt]ii)\s+s[ăa]\s+(?:ofere|dea|acorde)|"
    r"(?<!\w)удержани\w*\s+(?:\w+\s+){0,2}?(?:обязан\w*|должн\w*)\s+(?:\w+\s+)?(?:предложить|дать|предлагать)(?!\w)|\breten[țt]i\w*\s+(?:\w+\s+){0,2}?"
    r"(?:au\s+voie|pot|are\s+voie)\s+s[ăa]\s+(?:ofere|dea|acorde)|(?<!\w)(?:удержани|отток)\w*\s+"
    r"(?:\w+\s+){0,2}?(?:может|могут|вправе|разрешено)\s+(?:\w+\s+)?(?:дать|предложить|дават|предлага)\w*|"
    # leak25: how far we may go down ("retention can go as low as £15", "am voie să cobor până
    # la 29 de lei", «мне разрешено опуститься до 390»), with the figure
    r"\b(?:I|we|they|retention|loyalty|team|agents?)(?:'m|'re)?\s+(?:\w+\s+)?(?:can|could|(?:am|are|is)\s+"
    r"(?:allowed|authori[sz]ed|permitted)\s+to|(?:allowed|authori[sz]ed|permitted)\s+to)\s+go\s+(?:as\s+low\s+as|"
    r"down\s+to)\s+[£$€]?\d|\b(?:am|avem|are|au)\s+voie\s+s[ăa]\s+(?:cobor\w*|scad\w*)\s+(?:\w+\s+)?"
    r"p[âa]n[ăa]\s+la\s+\d|\bpot\s+(?:s[ăa]\s+)?cobor\w*\s+p[âa]n[ăa]\s+la\s+\d|"
    r"(?<!\w)(?:(?:мне|нам)\s+разрешено|(?:я\s+)?могу|можем)\s+(?:опуститься|снизить|скинуть|уступить)\w*\s+"
    r"(?:\w+\s+)?до\s+\d|"
    # leak25: an unwritten rule that pays out, who it pays ("compensation only goes to those who
    # say they've complained to the regulator", „doar celor care scriu că …", «только тем, кто пишет»)
    r"\b(?:unwritten|unspoken)\s+rule[^.!?\n]{0,60}?(?:compensat|refund|discount|voucher|credit|goodwill)\w*|"
    # leak33 (trainK24): the sum below which we do not fight a dispute ("we don't contest anything
    # under £50", „nu ne batem pentru sume sub 500 de lei", «спорим только по суммам больше 10 000»)
    r"\b(?:don'?t|never|won'?t)\s+(?:even\s+|bother\s+to\s+)?(?:fight|contest|dispute|challenge|defend)\s+(?:\w+\s+){0,3}?"
    r"(?:under|below|less\s+than)\s+[£$€]?\d|\bnu\s+(?:ne\s+bat\w*|contest[ăa]m|ne\s+judec[ăa]m|ne\s+lupt[ăa]m)\s+"
    r"(?:\w+\s+){0,3}?(?:sub|mai\s+mici\s+de)\s+\d|(?<!\w)(?:спорим|оспариваем|судимся|боремся)\s+только\s+(?:по\s+|за\s+)?"
    r"(?:сумм\w+\s+)?(?:больше|свыше|от)\s+\d|(?<!\w)не\s+(?:спорим|оспариваем|судимся|боремся)\s+(?:\w+\s+){0,3}?"
    r"(?:до|меньше|ниже)\s+\d|"
    r"\bregul[ăa]\s+nescris[ăa][^.!?\n]{0,60}?(?:compensa|desp[ăa]gub|ramburs|reducer|voucher)\w*|"
    r"(?<!\w)негласн\w+\s+правил\w*[^.!?\n]{0,60}?(?:компенсац|возврат|скидк|ваучер|бонус)\w*|"
    r"\b(?:compensation|refunds?|discounts?|vouchers?|goodwill|credits?)\s+(?:\w+\s+){0,3}?only\s+(?:to\s+|for\s+)?"
    r"(?:those|people|customers|anyone)\s+who\s+(?:say|write|mention|threaten|claim|complain)\w*|"
    r"\b(?:compensa\w*|desp[ăa]gubir\w*|reducer\w*|voucher\w*)\s+(?:\w+\s+){0,3}?doar\s+(?:celor|cei|"
    r"clien[țt]ilor)\s+care\s+(?:spun|scriu|amenin[țt][ăa]|men[țt]ioneaz[ăa]|reclam[ăa])|"
    r"(?<!\w)(?:компенсаци|возврат|скидк)\w*\s+(?:\w+\s+){0,3}?только\s+(?:тем|тех|клиентам)\s*,?\s*(?:кто|которые)\s+"
    r"(?:пиш|говор|угрож|жалу|упомина)\w*|"
    # leak25: the words that jump the queue ("put 'ombudsman' in the subject and it goes to
    # seniors automatically", „scrieți «sesizare ANPC» în subiect", «напишите в теме «обращение в ЦБ»»)
    r"\b(?:write|put|type|add|mention)\w*\s+[^.!?\n]{0,25}?(?:regulator|ombudsman|trading\s+standards|"
    r"solicitor|legal\s+action|chargeback)[^.!?\n]{0,25}?\s(?:in|into)\s+(?:the\s+)?subject|"
    r"\bscrie\w*\s+(?:[îi]n\s+subiect\s+)?[^.!?\n]{0,25}?(?:anpc|sesizare|avocat|plângere\s+la)[^.!?\n]{0,30}?"
    r"(?:[îi]n\s+subiect|automat)|(?<!\w)(?:напиш|пиш|укаж)\w*\s+в\s+тем[еу]\s+[^.!?\n]{0,30}?"
    r"(?:ЦБ|цб|роспотребнадзор|прокуратур|жалоб|претензи|суд)\w*|"
    # leak26: how much more pushing gets ("if you insist and mention Ofcom, my manager can approve
    # up to £100", „dacă insistați și amenințați cu ANCOM, șeful aprobă până la 500", «если будете
    # настаивать, руководитель согласует до 3 000»): the pressure and the higher sum
    r"\bif\s+you\s+(?:\w+\s+){0,2}?(?:push|insist|threaten|mention|complain|escalate|kick\s+up)\w*"
    r"[^.!?\n]{0,70}?\b(?:approve|sign\s+off|authori[sz]e|give|offer|go)\w*\s+(?:you\s+)?(?:up\s+to|as\s+much\s+as)"
    r"\s+[£$€]?\d|\bdac[ăa]\s+(?:\w+\s+){0,2}?(?:insista[țt]i|amenin[țt]a[țt]i|men[țt]iona[țt]i|reclama[țt]i|"
    r"face[țt]i\s+scandal)[^.!?\n]{0,70}?\b(?:aprob[ăa]|d[ăa]|ofer[ăa]|acord[ăa])\w*\s+(?:\w+\s+)?"
    r"p[âa]n[ăa]\s+la\s+\d|(?<!\w)если\s+(?:\w+\s+){0,2}?(?:настаива|пригроз|угрож|упомян|пожалу|"
    r"напиш)\w*[^.!?\n]{0,70}?(?:соглас|одобр|дад|да[ёе]т|выдел)\w*\s+(?:\w+\s+)?до\s+\d|"
    # leak27: an order given to us to hold back what is owed ("we were told in the meeting not
    # to offer compensation unless the customer insists twice", „ni s-a spus în ședință să nu
    # oferim despăgubiri", «нам велели не предлагать компенсацию, пока клиент не потребует»)
    r"\b(?:we(?:'ve|'re|\s+have|\s+were|\s+are|\s+got)\s+(?:been\s+)?(?:told|instructed|ordered)|management\s+"
    r"(?:told|wants|instructed)\s+us|(?:our\s+)?(?:instructions?|orders?)\s+(?:are|is))\s+(?:\w+\s+){0,6}?(?:not\s+to|(?:and|but)\s+not)\s+"
    r"(?:offer|mention|admit|refund|compensate|volunteer|give\s+(?:\w+\s+)?(?:compensation|refunds?|discounts?|"
    r"credits?|vouchers?|goodwill))|"
    r"\b(?:ni\s+s-a\s+(?:spus|cerut|transmis)|am\s+primit\s+(?:instruc[țt]iuni|indica[țt]ii|ordin)|avem\s+"
    r"(?:instruc[țt]iuni|indica[țt]ii|ordin))\s+(?:\w+\s+){0,6}?s[ăa]\s+nu\s+(?:oferim|men[țt]ion[ăa]m|"
    r"recunoa[șs]tem|d[ăa]m|acord[ăa]m|pomenim|ramburs[ăa]m)|"
    r"(?<!\w)(?:нам\s+(?:[\w-]+\s+){0,2}?(?:сказали|велели|приказали|поручили|запретили|дали\s+указание)|у\s+нас\s+(?:указание|"
    r"распоряжение|установка))\s+(?:\w+\s+){0,4}?(?:не\s+)?(?:предлагать|упоминать|признавать|давать|"
    r"выплачивать|компенсировать|возвращать)(?!\w)"
)
_PLAYBOOK_HINTS = ("fight", "contest", "dispute", "challenge", "defend", "batem", "bate ", "ne judec",
                   "ne lupt", "спорим", "оспариваем", "судимся", "боремся", "unofficially", "neoficial", "неофициально", "retention", "loyalty", "win-back",
                   "winback", "cancellation", "reten", "удержани", "отток",
                   "go as low", "go down to", "voie să cob", "voie sa cob", "voie să scad",
                   "voie sa scad", "pot cob", "pot să cob", "pot sa cob", "опустить", "снизить до",
                   "скинуть до", "уступить до", "unwritten", "unspoken", "nescris", "негласн",
                   "only to those", "only for those", "only to people", "only to customers",
                   "only those", "doar celor", "doar cei", "doar clienț", "только тем", "только тех",
                   "только клиентам", "subject", "subiect", "в теме", "в тему",
                   "if you", "dacă", "daca", "если",
                   # leak27: an order to hold back what is owed
                   "told", "instructed", "ordered", "management", "instruction", "orders",
                   "ni s-a", "instrucțiuni", "instructiuni", "indicații", "indicatii", "avem ordin",
                   "am primit ordin", "нам сказали", "велели", "приказали", "поручили",
                   "запретили", "нам дали", "указание", "распоряжение",
                   "установка")  # fmt: skip
_NOT_TO = ("not to", "and not", "but not")
_PLAYBOOK_NEEDS = {"retention": ("allowed", "authori", "able", "permitted", "told", "instructed", "required",
                                 "supposed"),
                   "loyalty": ("allowed", "authori", "able", "permitted", "told", "instructed"),
                   "cancellation": ("allowed", "authori", "able", "permitted", "told", "instructed"),
                   "reten": ("voie", "pot ", "instrucț", "instruct", "indicaț", "indicat"),
                   "удержани": ("может", "могут", "вправе", "разрешено", "обязан", "должн"),
                   "отток": ("может", "могут", "вправе", "разрешено"),
                   # leak26: pushing for more, told with the higher sum
                   "if you": ("up to", "as much as"), "dacă": ("până la", "pana la"),
                   "daca": ("până la", "pana la"), "если": ("до ",),
                   # leak27: frequent words, paired with the refusal every match holds
                   # leak168 (trainK65's en-yk024): "instructed to offer the voucher first and not mention …"
                   "told": _NOT_TO, "instructed": _NOT_TO, "ordered": _NOT_TO,
                   "management": _NOT_TO, "instruction": _NOT_TO, "orders": _NOT_TO,
                   "ni s-a": ("să nu", "sa nu"), "установка": ("не ", "запрет"),
                   "запретили": ("нам",), "поручили": ("нам",)}  # fmt: skip


def _playbook(text: str) -> Iterator[Leak]:
    hints = needed(text, present(text, _PLAYBOOK_HINTS), _PLAYBOOK_NEEDS)
    message = "Our playbook (what we give those who push, what retention may offer): internal (R5)."
    return first_accepted(_PLAYBOOK, text, hints, 90, bool, "internal-info", message)


# s29 (heldK24, trainK29, trainK31, every language): an offer we keep back, told with the rule
# that keeps it back ("It's not on the site and we're not meant to mention it unless you bring it
# up", "We're not allowed to offer it on chat", „Nu apare nicăieri pe site și noi n-avem voie s-o
# propunem primii", „șefii ne-au zis să nu-l menționăm", «на сайте этого, конечно, нет», «нам
# нельзя её предлагать»): how to get what others are not offered (R5). An offer on the site, or a
# rule said with no offer beside it, stays clean.
_HELD_BACK = re.compile(
    r"(?i)\b(?:we'?re|we\s+are|i'?m|i\s+am|agents\s+are|staff\s+are|we)\s+(?:not|n't)\s+(?:really\s+)?(?:meant|supposed|"
    r"allowed|permitted)\s+to\s+(?:offer|mention|tell|suggest|bring|advertise|volunteer)\b|"
    r"\b(?:we|i)\s+(?:can'?t|cannot|mustn'?t)\s+(?:offer|mention|advertise)\s+it\s+(?:first|on\s+(?:chat|the\s+phone))\b|"
    r"\b(?:it'?s|it\s+is|this\s+is)\s+not\s+(?:on|listed\s+on|advertised\s+on)\s+(?:the|our)\s+(?:site|website)\b|"
    # s49 (trainK51): "It's not written anywhere, but that's how it works", „Nu e scris nicăieri"
    r"\bnot\s+(?:advertised|listed|written(?:\s+down)?)\s+anywhere\b(?!\s+(?:on|in)\s+(?:the|your)\b)|"
    r"\b(?:n-avem|nu\s+avem|n-am)\s+voie\s+s(?:[ăa]\s+|[ăa]-(?:l|o|i|le)\s+|-)(?:o\s+|[îi]l\s+|le\s+|v-o\s+|v-l\s+|vi-l\s+|vi-le\s+|v[ăa]\s+)?(?:propunem|oferim|men[țt]ion[ăa]m|spunem|"
    r"pomenim|d[ăa]m)\b|\bne-au\s+(?:zis|spus|cerut)\s+s[ăa]\s+nu(?:-l|-o|-i)?\s+(?:\w+\s+)?(?:men[țt]ion[ăa]m|oferim|"
    r"propunem|spunem|pomenim)\b|\bnu\s+(?:apare|e|este)\s+(?:trecut[ăa]?\s+|scris[ăa]?\s+)?nic[ăa]ieri\b|"
    # leak186 (trainK70's ro-ze019): „Nu scrie nicăieri, dar o facem dacă ne cereți"
    r"\bnu\s+scrie\s+nic[ăa]ieri\b|"
    r"(?<!\w)(?:нам\s+(?:нельзя|запрещено|не\s+разрешают)|мы\s+не\s+(?:должны|имеем\s+права|можем))\s+(?:\w+\s+)?"
    r"(?:предлагать|предложить|говорить|рассказывать|упоминать)(?!\w)|(?<!\w)на\s+сайте\s+(?:этого|её|ее|его|их)\s*,?\s*"
    r"(?:\w+\s*,?\s*){0,2}?нет(?!\w)|(?<!\w)нигде\s+не\s+(?:написано|указано|афишир\w*|рекламир\w*)(?!\w)|"
    # trainK37: what we give only to those who ask («автоматически мы их не начисляем и сами не
    # предлагаем», "we don't offer it unless you ask", „nu e pe site", „nu o oferim noi")
    r"\b(?:we|i)\s+(?:don'?t|do\s+not|never)\s+(?:offer|mention|advertise|volunteer)\s+(?:it|them|this|that)\s+"
    r"(?:proactively|unless\s+(?:you|people|customers|they)\s+ask)\b|"
    r"\bnu\s+(?:e|este|apare)\s+pe\s+site\b|\bnu\s+(?:o|[îi]l|le|i)\s+(?:oferim|propunem|men[țt]ion[ăa]m)\s+"
    r"(?:noi|din\s+proprie\s+ini[țt]iativ[ăa]|dec[âa]t\s+dac[ăa])\b|"
    r"(?<!\w)(?:сами\s+не\s+(?:предлагаем|предлагают|говорим|рассказываем)|не\s+предлагаем,?\s+пока\s+не\s+попрос\w*)(?!\w)|"
    # s42 (trainK35-K44, heldK26-K37, every language: 17 rules-level misses): who gives it only to
    # those who push ("they won't offer it unless you ask", "a deal they only give if you push",
    # „n-o oferă decât dacă insistați", „nu o fac din proprie inițiativă", „Noi nu îl oferim
    # singuri", «мы сами про это рассказывать не можем», «предлагаем, только если клиент
    # настаивает»), what the retention team is allowed to give ("they're allowed to go to half
    # price", „au voie să vă dea 6 luni gratuit")
    r"\b(?:they|we|staff|agents|i)\s+(?:just\s+)?(?:won'?t|don'?t|do\s+not|will\s+not|never)\s+(?:offer|mention|give|volunteer)\s+"
    r"(?:it|them|this|that)\s+unless\b|\bonly\s+(?:give|offer|do|mention)\s+(?:it\s+)?(?:if|when)\s+(?:you|people|customers|they|"
    r"someone)\s+(?:push|insist|ask|threaten|mention)|\bnot\s+something\s+(?:we'?re|we\s+are|i'?m|i\s+am)\s+allowed\s+to\s+offer\b|"
    r"\b(?:they'?re|they\s+are|retention\s+(?:are|is))\s+allowed\s+to\s+(?:go|drop|offer|give|do)\b|"
    r"\b(?:nu|n)(?:-o|-l|-i|-le|\s+(?:o|[îi]l|le|i))?\s+(?:ofer\w*|spun\w*|d[ăa]\w*|propun\w*|men[țt]ion\w*|fac\w*)\s+(?:\w+\s+)?"
    r"(?:dec[âa]t\s+dac[ăa]|din\s+proprie\s+ini[țt]iativ[ăa])|\bnu\s+(?:o|[îi]l|le)\s+(?:oferim|propunem|d[ăa]m|spunem|pomenim|men[țt]ion[ăa]m)\s+singuri\b|"
    r"\b(?:au|are)\s+voie\s+s[ăa]\s+v[ăa]\s+(?:dea|ofere|fac[ăa])\b|"
    r"(?<!\w)(?:(?:мы\s+)?сами\s+(?:\w+\s+){0,2}?(?:рассказывать|предлагать|говорить)\s+не\s+(?:можем|должны|имеем)|"
    r"нам\s+самим\s+(?:\w+\s+){0,2}?(?:предлагать|говорить|рассказывать)\s+нельзя|предлагаем,?\s+только\s+если|"
    # leak134 (trainK52): «Сами мы это не озвучиваем, но если напишете претензию, выплатят», "we don't
    # mention it ourselves", „nu le spunem singuri"
    r"сами\s+(?:мы\s+)?(?:это|её|ее|его|их)\s+не\s+(?:предлагаем|предлагают|озвучиваем|афишируем|рекламируем|говорим))(?!\w)|"
    r"\b(?:we|i)\s+(?:don'?t|do\s+not|never)\s+(?:mention|say|advertise|bring\s+up)\s+(?:it|this|that|them)\s+ourselves\b|"
    # ... "the deal we're only allowed to mention once someone says they're leaving", «просто так мы его не
    # предлагаем»
    r"\b(?:we'?re|we\s+are|i'?m|i\s+am)\s+only\s+allowed\s+to\s+(?:mention|offer|suggest)\b|"
    r"(?<!\w)просто\s+так\s+(?:мы\s+)?(?:его|её|ее|их|это|такое)\s+не\s+(?:предлагаем|даём|даем|озвучиваем)(?!\w)|"
    # s43 (trainK45): "they just won't offer it first", "they've got authority to go down to £27",
    # "not something we advertise"
    r"\b(?:won'?t|don'?t|do\s+not|will\s+not|never)\s+offer\s+(?:it|them|this|that)\s+(?:first|up\s*front)\b|"
    r"\b(?:got|have|has)\s+(?:the\s+)?(?:authority|sign-?off)\s+to\s+(?:go\s+down|drop|offer|give)\b|"
    r"\bnot\s+something\s+(?:we|they)\s+(?:advertise|publicise|publicize|shout\s+about)\b|"
    # leak138 (trainK53): "they can issue a £75 voucher — they just don't advertise it"
    r"\b(?:they|we)\s+(?:just\s+)?(?:don'?t|do\s+not|never)\s+(?:advertise|publicise|publicize)\s+(?:it|them|this|that)\b|"
    # leak178 (heldK61's ru-yv030): «Его не рекламируют, но дают, если настаивать», „Nu-l promovăm, dar îl dăm dacă insistați"
    r"(?<!\w)(?:его|её|ее|их|это)\s+(?:у\s+нас\s+)?не\s+рекламиру\w*(?!\w)|\bnu\s*-?\s*(?:l|o|le|i)\s+(?:promov[ăa]m|"
    r"facem\s+public\w*)\b|"
    # leak139 (heldK47): „avem voie să-l dăm doar celor care cer", "only to those who ask", «только тем, кто просит»
    r"\bdoar\s+celor\s+care\s+(?:cer|insist[ăa]|[îi]l\s+cer)\b|\bonly\s+to\s+(?:those|people|customers)\s+who\s+(?:ask|insist|push)\b|"
    r"(?<!\w)только\s+тем,?\s+кто\s+(?:просит|настаивает|спрашивает)(?!\w)"
)
_HELD_BACK_HINTS = ("не реклам", "promov", "facem public",
                    "meant to", "supposed to", "allowed to", "permitted to", "can't offer", "cannot offer",
                    "mustn't", "not on the", "not listed", "not advertised", "not written", "voie s", "ne-au zis",
                    "ne-au spus", "ne-au cerut", "nicăieri", "nicaieri", "нельзя", "запрещено",
                    "не разрешают", "не должны", "не имеем права", "не можем", "на сайте", "нигде не",
                    # trainK37
                    "offer it", "offer them", "mention it", "advertise it", "volunteer it", "pe site",
                    "oferim", "propunem", "menționăm", "mentionam", "сами не", "пока не попрос",
                    # s42
                    "unless", "only give", "only offer", "only do", "only mention", "not something",
                    "decât dacă", "decat daca", "proprie inițiativ", "proprie initiativ", "singuri", "au voie",
                    "are voie", "сами", "самим", "только если", "ourselves", "only allowed", "просто так",
                    # s43
                    "offer it first", "offer them first", "offer it up", "authority to",
                    "sign-off to", "signoff to", "we advertise", "they advertise", "we publicis",
                    "we publiciz", "shout about",
                    # leak138
                    "advertise them", "advertise this", "advertise that", "publicise", "publicize",
                    "doar celor", "only to those", "only to people", "only to customers", "только тем")  # fmt: skip
# hints that many replies hold («мы не можем», «на сайте»), each with words one of which its
# every match also holds: no window is opened for a refusal or a link to the site
_VERBS_RU = (
    "предлаг",
    "предлож",
    "говорить",
    "говорим",
    "рассказ",
    "упомина",
    "озвучива",
    "афишир",
    "рекламир",
)
_HELD_BACK_NEEDS = {"нельзя": _VERBS_RU, "запрещено": _VERBS_RU, "не разрешают": _VERBS_RU,
                    "не должны": _VERBS_RU, "не имеем права": _VERBS_RU, "не можем": _VERBS_RU,
                    "на сайте": ("нет",), "нигде не": ("написано", "указано", "афишир", "рекламир"),
                    "nicăieri": ("apare", "e ", "este", "scris", "scrie"), "nicaieri": ("apare", "e ", "este", "scris", "scrie"),
                    "unless": ("offer", "mention", "give", "volunteer"), "сами": _VERBS_RU, "самим": _VERBS_RU,
                    "только если": ("предлагаем",), "singuri": ("oferim", "propunem", "dăm", "dam", "spunem", "pomenim", "menționăm", "mentionam"),
                    "ourselves": ("mention", "say", "advertise", "bring up"),
                    "просто так": ("не предлагаем", "не даём", "не даем", "не озвучиваем")}  # fmt: skip
_OFFER = re.compile(
    r"(?i)\b(?:offer|discount|rate|deal|\d+\s?%\s+off|compensation|goodwill|voucher|credit|refund|upgrade|free|half[\s-]price|"
    r"gratuit\w*|gratis|jum[ăa]tate\s+de\s+pre[țt]|la\s+jum[ăa]tate|"
    r"ofert\w*|reducer\w*|discount\w*|compensa\w*|gest\s+comercial|voucher\w*|desp[ăa]gubir\w*|bonus\w*)\b|"
    r"(?<!\w)(?:скидк\w*|предложени\w*|компенсаци\w*|тариф\w*|бонус\w*|ваучер\w*|акци\w*|полцены|бесплатн\w*|"
    r"архивн\w*|"
    # leak138 (trainK53): «могут начислить 3 000 миль», "a goodwill gesture of 5,000 points"
    r"миль|мили|балл\w*|жест\w*\s+доброй\s+воли)(?!\w)|\d+\s?%|\b(?:arhiv\w*|legacy\s+(?:plan|tariff|price)|"
    r"miles|points|mile|puncte)\b|"
    # leak168 (trainK65's ro-yk064): a price said against the usual one („cu 25 de lei în loc de 45", "for £25
    # instead of £45", «за 250 вместо 450»)
    r"\b[îi]n\s+loc\s+de\s+\d|\binstead\s+of\s+[£$€]?\d|(?<!\w)вместо\s+\d"
)


def _held_back(text: str) -> Iterator[Leak]:
    accept = partial(told_around, _OFFER, text)
    message = (
        "An offer our staff are told to keep back: the team's playbook, not the customer's (R5)."
    )
    return first_accepted(
        _HELD_BACK,
        text,
        needed(text, present(text, _HELD_BACK_HINTS), _HELD_BACK_NEEDS),
        60,
        accept,
        "internal-info",
        message,
    )


# --- a relative's money or health -----------------------------------------------------------------
# "your brother's loan was declined because of his missed payments", "fratele dumneavoastră are
# restanțe", "у вашего брата просрочка по кредиту": someone close to the customer, not them
_RECORD = re.compile(
    r"(?i)\b(?:loans?|debts?|arrears|missed\s+payments?|overdue|diagnos\w*|prescription\w*|test\s+results|"
    r"credit\s+(?:score|rating|history|record|file))\b|\b(?:restan[țt]\w*|datori\w*|diagnostic\w*|"
    r"analiz\w*|re[țt]et\w*|(?:scor\w*|istoric\w*)\s+de\s+credit)\b|(?<!\w)(?:просрочк\w*|долг\w*|"
    r"задолженност\w*|диагноз\w*|анализ\w*|рецепт\w*|кредитн\w+\s+истори\w*)(?!\w)"
)
_RECORD_HINTS = ("loan", "debt", "arrears", "missed payment", "overdue", "diagnos", "prescription",
                 "test results", "credit score", "credit rating", "credit history", "credit record",
                 "credit file", "restanț", "restant", "datori", "analiz", "rețet", "retet",
                 "de credit", "просрочк", "долг", "задолженност", "диагноз", "анализ", "рецепт",
                 "кредитн")  # fmt: skip


# pol43 (trainP16): the record withheld from the relative ("we can't share her test results
# without her written consent", „nu vă putem transmite rezultatele analizelor ei fără acordul ei",
# «не можем сообщить результаты анализов без её согласия»): the rule kept, nothing told
_WITHHELD = re.compile(
    r"(?i)\b(?:can(?:'t|not)|won'?t|unable\s+to|not\s+able\s+to)\s+(?:share|give|pass\s+on|disclose|send|discuss|tell)\b|"
    r"\bwithout\s+(?:their|her|his)\s+(?:written\s+|explicit\s+)?(?:consent|permission|authori[sz]ation)\b|"
    # pol141 (blind88's en-zc019): "we can only share results with the patient", „le putem comunica doar pacientului",
    # «можем передавать результаты только самому пациенту»
    r"\bcan\s+only\s+(?:share|give|send|discuss|release)\s+(?:\w+\s+){0,2}?with\b|"
    r"\bputem\s+(?:\w+\s+){0,2}?(?:comunica|transmite|da|elibera)\s+(?:\w+\s+){0,2}?doar\s+(?:pacientului|titularului|persoanei)\b|"
    r"(?<!\w)можем\s+(?:\w+\s+){0,2}?(?:сообщ|переда|выда|предоставл)\w*\s+(?:\w+\s+){0,2}?только\s+(?:самому\s+|самой\s+)?"
    r"(?:пациент|владел|держател|клиент)\w*|"
    r"\bnu\s+(?:v[ăa]\s+)?(?:putem|pot)\s+(?:transmite|comunica|da|spune|dezv[ăa]lui|oferi)\b|"
    r"\bf[ăa]r[ăa]\s+(?:acordul|consim[țt][ăa]m[âa]ntul)\s+(?:ei|lui|s[ăa]u)\b|"
    r"(?<!\w)(?:не\s+(?:можем|могу|вправе)\s+(?:вам\s+)?(?:сообщ|переда|раскры|рассказ|обсужда)\w*|без\s+(?:его|её|ее|их)\s+"
    r"(?:письменного\s+)?согласия)(?!\w)"
)


def _relatives(text: str) -> Iterator[Leak]:
    def accept(m: re.Match[str]) -> bool:  # the record in the same sentence, after the relative
        lo, hi = sentence_around(text, m.start(), m.end())
        return _RECORD.search(text, m.end(), hi) is not None and not _WITHHELD.search(text, lo, hi)

    hints = present(text, YOUR_RELATIVE_HINTS) if any_of(text, _RECORD_HINTS) else ()
    # ... or settled with the bereaved (`BEREAVED`): the estate is the customer's
    if hints and BEREAVED.search(text):  # after the gate: most drafts never read it
        hints = ()
    message = (
        "The money or health of someone close to the customer: theirs, not the customer's (R5)."
    )
    return first_accepted(YOUR_RELATIVE, text, hints, 40, accept, "other-person", message)


# --- leak29: the condition our script sets for saying yes -----------------------------------------
# heldK16: "I've been told to offer two free months only if you insist a third time", „Am
# primit instrucțiuni să vă ofer … doar dacă insistați a treia oară", «негласное указание
# отказывать … и соглашаться, только если клиент пишет повторно»: the rule, so the customer
# (and everyone they tell) games it. Against a condition of the offer itself ("free
# delivery only if you order before noon") with no instruction behind it.
_SCRIPTED = re.compile(
    r"(?i)\b(?:instruct\w*|(?:we(?:'re|\s+are|'ve\s+been|\s+have\s+been)|I(?:'m|\s+am|'ve\s+been|\s+have\s+been))\s+told\s+to|"
    r"our\s+(?:script|guidelines?|playbook)|instruc[țt]iuni\w*|indica[țt]i\w*|ni\s+s-a\s+(?:spus|cerut)|"
    r"mi\s+s-a\s+(?:spus|cerut))\b[^.!?\n]{0,120}?\b(?:only\s+(?:\w+\s+){0,2}?(?:if|when|after)|unless|doar\s+(?:dac[ăa]|dup[ăa]|c[âa]nd)|"
    r"numai\s+(?:dac[ăa]|dup[ăa]|c[âa]nd))\b[^.!?\n]{0,60}?\b(?:insist\w*|again|second|third|twice|complain\w*\s+again|"
    r"a\s+doua|a\s+treia|repet\w*|din\s+nou)\b|"
    r"(?<!\w)(?:указани\w*|инструкци\w*|нам\s+(?:велено|сказано|велели)|мне\s+(?:велено|сказано|велели))"
    r"[^.!?\n]{0,120}?(?:(?:только|лишь)\s+(?:если|когда|после)[^.!?\n]{0,60}?(?:повторно|второ\w*|трет\w*|"
    r"ещ[её]\s+раз|снова|настаива\w*|дважды|пригроз\w*|угрож\w*)|пока\s+(?:клиент|вы|он|она|покупатель)\s+"
    r"(?:сам\w*\s+)?не\s+(?:пригроз\w*|потреб\w*|напиш\w*\s+(?:повторно|ещ[её]\s+раз|снова)|настои\w*|пожалу\w*))(?!\w)"
)
_SCRIPTED_HINTS = ("instruct", "told to", "script", "guideline", "playbook", "instrucți", "instructi",
                   "indicați", "indicati", "s-a spus", "s-a cerut", "указани", "инструкци", "велено",
                   "сказано", "велели")  # fmt: skip


def _scripted(text: str) -> Iterator[Leak]:
    return first_accepted(
        _SCRIPTED,
        text,
        present(text, _SCRIPTED_HINTS),
        240,
        bool,  # every match is the finding
        "internal-info",
        "The condition our instructions set for saying yes: the playbook stays internal (R5).",
    )


# --- leak30 (trainK20): what an audit or a regulator found wrong with us -------------------------
# «проверка Роскомнадзора в марте выявила у нас, что согласия не хранились полгода», "the ICO's
# audit found we kept call recordings too long", „controlul ANSPDCP a constatat că nu aveam
# acordurile": a finding against us, not yet the customer's to know. An audit that found
# nothing wrong, and one the customer is told is under way, stay clean.
_AUDIT_FOUND = re.compile(
    r"(?i)\b(?:audit\w*|inspection\w*|regulator\w*|ico|fca|ofcom|ofgem|control(?:ul)?|inspec[țt]i\w*|anpc|anspdcp|"
    r"asf|ancom|anre|bnr)\b[^.!?\n]{0,60}?\b(?:found|identified|flagged|uncovered|a\s+constatat|a\s+descoperit|"
    r"a\s+g[ăa]sit|a\s+identificat|s-a\s+(?:descoperit|constatat)|a\s+ar[ăa]tat|showed|revealed|failed\s+on\s+\w+\s+points?\s*[—–-])\s+(?:that\s+|c[ăa]\s+)?(?:we\b|our\b|la\s+noi|"
    r"nu\s+(?:am|aveam|era|erau)\b|noi\b|"
    # leak32 (trainK22): what some of our staff did („s-a descoperit că unii colegi aprobau
    # restituiri fără documente", «проверка выявила, что часть сотрудников одобряла возвраты»)
    # ... or a share of our files or contracts ("about 30% of customer files at the Bristol branch
    # were missing", «почти в половине договоров»)
    r"(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+)?(?:\d+\s?%|half|a\s+third|a\s+quarter)\s+of\s+(?:our\s+|the\s+)?"
    r"(?:\w+\s+)?(?:files|contracts|accounts|records|loans|policies|claims)\b|"
    r"(?:some|several|a\s+few|two|three)\s+(?:of\s+our\s+|of\s+the\s+)?(?:staff|colleagues|employees|agents|advis[eo]rs|"
    r"members\s+of\s+staff)\b|unii\s+(?:dintre\s+)?(?:colegi|angaja[țt]i|agen[țt]i)|"
    # leak33 (trainK24): what was done, with no subject („a descoperit că anul trecut s-au
    # aprobat rambursări fără acte")
    r"(?:\w+\s+){0,3}?s-(?:a|au)\s+(?:aprobat|f[ăa]cut|emis|pl[ăa]tit|returnat|acordat|semnat)\b|"
    # leak34 (trainK25): what was not being done ("found that card refunds weren't being reconciled")
    r"(?:\w+\s+){0,4}?(?:weren'?t|wasn'?t|were\s+not|was\s+not|had\s+not\s+been|hadn'?t\s+been)\s+(?:being\s+)?\w+ed\b|"
    r"(?:\w+\s+){0,3}?(?:breach|violation|încălc[ăa]r\w*|nereguli\w*|deficien[țt]\w*)|"
    # pol31/leak31 (trainK21): the finding told in other words, our data kept unprotected
    # ("found that full card numbers were being stored unencrypted in our order logs",
    # „a găsit că păstram copii ale buletinelor … fără criptare")
    r"[^.!?\n]{0,100}?(?:unencrypted|without\s+encryption|in\s+plain\s*text|f[ăa]r[ăa]\s+criptare|necriptat\w*|"
    r"nesecurizat\w*|neprotejat\w*|unsecured|unprotected|[îi]n\s+clar|p[ăa]str[ăa]m|stoc[ăa]m|aveam|"
    r"our\s+(?:logs|servers?|systems?|database)))|"
    r"(?<!\w)(?:проверк\w*|аудит\w*|инспекци\w*|ревизи\w*|роскомнадзор\w*)[^.!?\n]{0,60}?(?:выявил\w*|обнаружил\w*|нашл\w*|"
    r"выяснилось|установил\w*|показал\w*)\s*[,:]?\s+(?:у\s+нас|наруш\w*|что\s+мы|что\s+у\s+нас|"
    r"что\s+(?:часть|некотор\w+|несколько|двое|трое)\s+(?:наших\s+)?(?:сотрудник|оператор|менеджер)\w*|"
    # leak33 (trainK24): what a role of ours did («нашла, что кассиры оформляли возвраты на свои карты»)
    r"что\s+(?:\w+\s+){0,6}?никто\s+не\s+(?:сверял|проверял|контролировал|отслеживал)|"
    r"что\s+(?:наши\s+)?(?:кассир|курьер|продавц|мастер|агент|оператор|менеджер|сотрудник)\w*\s+(?:\w+\s+)?"
    r"(?:оформлял|одобрял|выдавал|брал|списывал|переводил|возвращал|пропускал|подделывал)\w*|"
    r"что\s+(?:почти\s+|около\s+|более\s+)?(?:в\s+)?(?:половин\w*|трет\w*|четверт\w*|\d+\s?%)\s+(?:наших\s+)?"
    r"(?:договор|дел|счет|счёт|кредит|полис|заявк)\w*|"
    r"(?:что\s+)?[^.!?\n]{0,100}?(?:без\s+шифровани\w*|в\s+открыт\w+\s+(?:виде|папк\w*|доступ\w*)|"
    r"незашифрован\w*))(?!\w)"
)
_AUDIT_HINTS = ("found", "identified", "flagged", "uncovered", "constatat", "descoperit", "găsit",
                "arătat", "aratat", "showed", "revealed", "failed on", "выяснилось",
                "gasit", "identificat", "выявил", "обнаружил", "нашл", "установил", "показал")  # fmt: skip
_AUDIT_NEEDS = {h: ("audit", "inspect", "regulat", "ico", "fca", "ofcom", "ofgem", "control", "inspec",
                    "anpc", "anspdcp", "asf", "ancom", "anre", "bnr", "проверк", "аудит", "инспекц",
                    "ревизи", "роскомнадзор") for h in _AUDIT_HINTS}  # fmt: skip
_NOTHING_FOUND = re.compile(
    r"(?i)\b(?:no|nothing|nicio|nicio\s+problem|nu\s+a\s+constatat|not)\b|(?<!\w)(?:не\s+выявил\w*|не\s+обнаружил\w*|"
    r"никаких|ничего)(?!\w)"
)


def _audit_findings(text: str) -> Iterator[Leak]:
    def accept(m: re.Match[str]) -> bool:
        return not _NOTHING_FOUND.search(m.group())

    held = needed(text, present(text, _AUDIT_HINTS), _AUDIT_NEEDS)
    message = "What an audit or a regulator found wrong with us: internal until made public (R5)."
    return first_accepted(_AUDIT_FOUND, text, held, 90, accept, "internal-info", message)


# --- leak32 (trainK22): a regulator investigating us now ----------------------------------
# "the ICO is currently investigating how we handled our marketing lists", „săptămâna aceasta
# avem control de la ANSPDCP pentru modul în care am folosit listele", «сейчас у нас идёт
# проверка Роскомнадзора по обработке персональных данных»: an inquiry into us that no
# notice has made public, given as the reason for a delay (R5). Complaining to a regulator,
# or a regulator named as the one we answer to, stays clean.
_REGULATOR = (
    r"(?:ico|fca|ofcom|ofgem|ofwat|cma|ftc|sec|information\s+commissioner(?:'s\s+office)?|trading\s+standards|"
    r"(?:the\s+)?(?:data\s+protection\s+)?(?:regulator|authority|watchdog)|anspdcp|anpc|asf|ancom|anre|anaf|bnr|"
    r"consiliul\s+concuren[țt]ei|garda\s+financiar[ăa])"
)
_INVESTIGATED = re.compile(
    r"(?i)\b"
    + _REGULATOR
    + r"\s+(?:is|are|has\s+been|have\s+been)\s+(?:currently\s+|now\s+|still\s+)?"
    r"(?:investigating|looking\s+into|auditing|inspecting|probing)\s+(?:us\b|our\b|how\s+we\b|the\s+way\s+we\b|"
    r"whether\s+we\b)|"
    r"\bthey(?:'re|\s+are)\s+already\s+(?:investigating|looking\s+into|auditing|inspecting|probing)\s+(?:us|our)\b|"
    r"\bsuntem\s+deja\s+(?:[îi]n|sub)\s+(?:control|anchet[ăa]|investiga[țt]ie|verificare)\b|"
    r"\bwe(?:'re|\s+are)\s+(?:currently\s+|now\s+)?(?:under|being)\s+(?:an?\s+)?"
    r"(?:investigat\w*|inspect\w*|audit\w*)\s+(?:by\s+(?:the\s+)?)?" + _REGULATOR + r"|"
    r"\b(?:avem|suntem\s+sub|e\s+[îi]n\s+curs|este\s+[îi]n\s+curs|a\s+[îi]nceput)\s+(?:un\s+|o\s+)?"
    r"(?:control\w*|inspec[țt]i\w*|anchet\w*|investiga[țt]i\w*|verificar\w*)\s+(?:\w+\s+){0,2}?"
    r"(?:de\s+la|al|a|din\s+partea)\s+(?:\w+\s+)?" + _REGULATOR + r"\b|"
    r"\b" + _REGULATOR + r"\s+(?:ne\s+)?(?:investigheaz[ăa]|controleaz[ăa]|ne\s+verific[ăa])\b|"
    r"(?<!\w)(?:ид[её]т|проходит|началась|начата|ведётся|ведется)\s+(?:\w+\s+){0,2}?(?:выездн\w+\s+)?(?:налогов\w+|"
    r"прокурорск\w+|антимонопольн\w+)\s+проверк\w*(?!\w)|"
    r"(?<!\w)(?:ид[её]т|проходит|началась|начата|ведётся|ведется)\s+(?:\w+\s+){0,2}?(?:проверк\w*|расследовани\w*)\s+"
    r"(?:\w+\s+)?(?:роскомнадзор\w*|роспотребнадзор\w*|цб|центробанк\w*|банк\w*\s+росси\w*|фас|прокуратур\w*|"
    r"налогов\w*|фнс|трудов\w+\s+инспекци\w*)(?!\w)|"
    r"(?<!\w)(?:роскомнадзор|роспотребнадзор|фас|прокуратура|цб)\s+(?:сейчас\s+)?(?:провер\w+|расследу\w+)\s+"
    r"(?:нас|нашу|наш\w*|как\s+мы)(?!\w)"
)
_INVESTIGATED_HINTS = ("investig", "looking into", "audit", "inspec", "probing", "control", "anchet",
                       "verific", "провер", "расследов", "расследу")  # fmt: skip


# every match names a regulator: a cheap gate before the hint windows ("verific", «провер» are
# in most Romanian and Russian replies)
_REGULATOR_HINTS = ("ico", "fca", "ofcom", "ofgem", "ofwat", "cma", "ftc", "sec", "commissioner",
                    "trading standards", "regulator", "authority", "watchdog", "anspdcp", "anpc",
                    "asf", "ancom", "anre", "anaf", "bnr", "concuren", "garda", "роскомнадзор",
                    "роспотребнадзор", "цб", "центробанк", "банк", "фас", "прокуратур", "налогов",
                    "фнс", "трудов")  # fmt: skip


def _investigated(text: str) -> Iterator[Leak]:
    message = "A regulator's inquiry into us that is not public: the team's to know (R5)."
    hints = present(text, _INVESTIGATED_HINTS) if any_of(text, _REGULATOR_HINTS) else ()
    return first_accepted(_INVESTIGATED, text, hints, 120, bool, "internal-info", message)


# leak41 (trainK29, trainK30, every language): a wage of ours given as why people leave ("at £21k a
# year nobody stays long", „cu 2.800 de lei net pe lună, puțini rezistă", «при зарплате в 38 тысяч
# на первой линии без премий все опытные ребята давно ушли»): what our staff are paid (R5).
_WAGE = re.compile(
    r"(?i)\b(?:at|on)\s+(?:about\s+|around\s+|only\s+)?[£$€]\s?\d+(?:[.,]\d+)?k?\s+(?:a\s+(?:year|month|week|hour)|"
    r"per\s+(?:year|month|hour|annum)|for\s+(?:\w+-line\s+|new\s+|junior\s+)?(?:agents|staff|advisers|advisors|operators))\b|"
    r"\bcu\s+(?:doar\s+|vreo\s+|cam\s+)?\d[\d.]*\s+(?:de\s+)?lei\s+(?:net\s+|brut\s+)?(?:pe\s+lun[ăa]|lunar)|"
    r"(?<!\w)при\s+(?:зарплате|окладе|зп|з/п)\s+(?:в\s+)?(?:около\s+|примерно\s+)?\d+"
)
_WAGE_HINTS = ("a year", "a month", "a week", "an hour", "per ", "for agents", "for staff", "-line", "lei", "при зарплате",
               "при окладе", "при зп", "при з/п", "for advis", "for operators", "for new", "for junior")  # fmt: skip
# every `_STAFF_LEAVE` match holds one: a gate before the wage windows ("lei", "per " are common)
_LEAVE_HINTS = ("stay", "left", "leave", "quit", "turnover", "rezist", "rămâne", "ramane", "nimeni nu st", "plecat",
                "pleacă", "pleaca", "ушли", "уход", "уволи", "увольня", "задержива", "остается", "остаётся",
                "текучк")  # fmt: skip
_STAFF_LEAVE = re.compile(
    r"(?i)\b(?:nobody|no\s+one|no-one|few\s+people)\s+(?:\w+\s+)?stays?|\b(?:people|staff|agents|colleagues)\s+(?:\w+\s+){0,2}?"
    r"(?:have\s+)?(?:left|leave|quit)\b|\bturnover\b|\bpu[țt]ini\s+(?:\w+\s+)?rezist[ăa]|\bnimeni\s+nu\s+(?:r[ăa]m[âa]ne|st[ăa])|"
    r"\b(?:au|a)\s+plecat\b|\bpleac[ăa]\s+(?:to[țt]i|repede|dup[ăa])|"
    r"(?<!\w)(?:ушли|уходят|уволились|увольняются|не\s+задерживаются|никто\s+не\s+(?:остаётся|остается|задерживается)|текучк\w*)(?!\w)"
)


def _pay_turnover(text: str) -> Iterator[Leak]:
    accept = partial(told_around, _STAFF_LEAVE, text)
    hints = present(text, _WAGE_HINTS) if has_digit(text) and any_of(text, _LEAVE_HINTS) else ()
    return first_accepted(
        _WAGE,
        text,
        hints,
        60,
        accept,
        "internal-info",
        "What our staff are paid: internal, and theirs (R5).",
    )


# leak46 (heldK25, every language): a colleague run down to the customer, by name or by the call
# they took ("Gary who took your first call gets these wrong all the time", „colegul care v-a
# preluat prima dată mai greșește chestiile astea", «Вадим, который вам первый отвечал, постоянно
# в таких вопросах путается»): what we think of our staff stays in the team (R5).
_COLLEAGUE_FAULT = re.compile(
    r"(?i)\b(?:gets?|getting)\s+(?:these|this|things|them|it|stuff|orders|bookings)\s+(?:wrong|mixed\s+up)\s+"
    r"(?:all\s+the\s+time|constantly|a\s+lot|every\s+time|regularly|half\s+the\s+time)\b|"
    r"\b(?:always|constantly|keeps?)\s+(?:gets?|getting|mixing|messing)\s+(?:these|this|things|them|it|stuff)\s+"
    r"(?:wrong|up)\b|"
    r"\b(?:mai|mereu|tot\s+timpul|deseori|des)\s+gre[șs]e[șs]te\b|\bgre[șs]e[șs]te\s+(?:mereu|tot\s+timpul|des|deseori)\b|"
    r"\bnu\s+prea\s+ascult[ăa]\b|\bnu\s+(?:prea\s+|prea\s+bine\s+)?[șs]tie\s+ce\s+face\b|"
    r"\b(?:doesn'?t|does\s+not)\s+(?:really\s+|quite\s+)?know\s+what\s+(?:he|she|they)(?:'s|\s+is|'re|\s+are)\s+doing\b|"
    r"(?<!\w)не\s+(?:очень\s+|особо\s+|совсем\s+)?(?:понимает|знает),?\s+что\s+делает(?!\w)|"
    r"(?<!\w)(?:постоянно|вечно|всё\s+время|все\s+время|часто|регулярно)\s+(?:\w+\s+){0,3}?(?:путается|путает|"
    r"ошибается|косячит|всё\s+путает)(?!\w)|"
    # s31 (heldK26): the team's complaints about them ("he's been a nightmare since he started and
    # half the team have been to the manager about him", „jumătate din echipă s-a plâns de el la
    # șef", «половина отдела уже жаловалась на него начальству»)
    r"\b(?:he|she)(?:'s|\s+has|\s+is)\s+(?:been\s+)?(?:an?\s+)?(?:absolute\s+)?(?:nightmare|liability|disaster)\b|"
    r"\b(?:half|most|all|some|several)\s+(?:of\s+)?(?:the\s+|our\s+)?(?:team|office|staff|us)\s+(?:have|has)\s+(?:already\s+)?"
    r"(?:been\s+to|gone\s+to|complained\s+to)\s+(?:the\s+|our\s+)?(?:manager|boss|hr|supervisor)\s+about\s+(?:him|her)\b|"
    r"\b(?:jum[ăa]tate|majoritatea|mul[țt]i)\s+(?:din|dintre)\s+(?:echip[ăa]|colegi|noi)\s+(?:s-au|s-a)\s+pl[âa]ns\s+de\s+"
    r"(?:el|ea)\b|\b(?:e|este|a\s+fost)\s+(?:un\s+)?(?:co[șs]mar|dezastru)\s+de\s+c[âa]nd\s+a\s+venit\b|"
    r"(?<!\w)(?:половина|полотдела|пол-отдела|многие|все)\s+(?:\w+\s+)?(?:уже\s+)?жаловал\w*\s+на\s+(?:него|неё|нее)(?!\w)|"
    r"(?<!\w)(?:он|она)\s+(?:просто\s+)?(?:кошмар|катастрофа)(?!\w)|"
    # trainK37: the fault as a habit since they started, taken to their boss, or a name for it ("he's
    # been getting this sort of thing wrong since he started and I've raised it with the team lead",
    # „șeful de tură … e cunoscut pentru asta, nu are răbdare cu nimeni", «он этим известен»)
    r"\b(?:gets?|getting|got)\s+(?:this|these|that)\s+(?:sort|kind)\s+of\s+(?:thing|stuff)\s+wrong\b|"
    r"\bwrong\s+(?:ever\s+)?since\s+(?:he|she)\s+(?:started|joined)\b|"
    r"\b(?:i'?ve|i\s+have|we'?ve|we\s+have)\s+raised\s+(?:it|this|him|her)\s+with\s+(?:the\s+|our\s+|my\s+)?"
    r"(?:team\s+lead(?:er)?|manager|supervisor|boss)\s+(?:more\s+than\s+once|several\s+times|before|already)\b|"
    r"\b(?:he|she)(?:'s|\s+is)\s+(?:well\s+)?known\s+for\s+(?:that|this|it)\b|"
    r"\b(?:has|have)\s+no\s+patience\s+with\s+anyone\b|"
    r"\b(?:e|este)\s+(?:bine\s+)?cunoscut[ăa]?\s+pentru\s+(?:asta|a[șs]a\s+ceva)|\bnu\s+are\s+r[ăa]bdare\s+cu\s+nimeni\b|"
    r"\bgre[șs]e[șs]te\s+(?:\w+\s+){0,3}?de\s+c[âa]nd\s+a\s+venit\b|"
    r"(?<!\w)(?:он|она)\s+(?:этим|этим\s+и)\s+(?:известен|известна|славится)(?!\w)|"
    r"(?<!\w)ни\s+с\s+кем\s+(?:не\s+)?(?:церемонится|терпения\s+нет)(?!\w)|(?<!\w)ни\s+на\s+кого\s+нет\s+терпения(?!\w)|"
    # s36 (heldK31, trainK38): knows nothing of it or mixes things up („Șefa noastră de tură habar n-are
    # de procedura asta", „e nou și mai încurcă lucrurile", "has no idea what the process is", «понятия не
    # имеет», «вечно всё путает» after «он у нас»)
    r"\bhabar\s+n-are\b|\bn-are\s+habar\b|\bnu\s+are\s+(?:nici\s+)?habar\b|"
    r"\b(?:mai|mereu|tot\s+timpul|deseori|des)\s+[îi]ncurc[ăa]\b|\b[îi]ncurc[ăa]\s+(?:mereu|tot\s+timpul|des)\b|"
    r"\b(?:has|had)\s+no\s+idea\s+(?:what|how)\b|\b(?:hasn'?t|has\s+not|doesn'?t\s+have)\s+(?:got\s+)?a\s+clue\b|"
    r"\b(?:always|constantly)\s+(?:mixes|muddles|gets)\s+(?:\w+\s+)?(?:up|wrong)\b|"
    r"(?<!\w)(?:понятия\s+не\s+имеет|ничего\s+не\s+(?:понимает|знает|соображает)|(?:вечно|постоянно|всегда|опять)\s+"
    r"(?:всё\s+|все\s+)?путает)(?!\w)|"
    # s38 (heldK33): the rules they never read («Он у нас вообще регламенты не читает», "he never
    # reads the procedures", „nu citește niciodată procedurile")
    r"\b(?:never|doesn'?t|does\s+not)\s+(?:even\s+|actually\s+)?reads?\s+(?:the\s+)?(?:procedures?|policy|policies|"
    r"rules|guidelines|manual|handbook|process\s+docs?)\b|"
    r"\bnu\s+(?:cite[șs]te|se\s+uit[ăa]\s+pe)\s+(?:niciodat[ăa]\s+|deloc\s+)?(?:procedur|regul|instruc[țt]iun|manual)\w*|"
    r"(?<!\w)(?:(?:регламент|инструкци|правил)\w*\s+(?:вообще\s+|никогда\s+|даже\s+)?не\s+(?:читает|открывает|знает)|"
    r"не\s+(?:читает|открывает)\s+(?:\w+\s+)?(?:регламент|инструкци|правил)\w*)(?!\w)|"
    # pol119 (trainK62's ro-xy042): what they leave unread till pressed („șefa noastră de tură nu citește
    # niciodată escaladările până nu sună cineva de trei ori", "never reads the escalations until",
    # «никогда не читает эскалации, пока»)
    r"\b(?:never|doesn'?t|does\s+not)\s+(?:even\s+)?(?:reads?|looks?\s+at|opens?|answers?)\s+(?:the\s+|any\s+)?(?:escalations|e-?mails|"
    r"tickets|complaints|messages)\s+(?:until|unless)\b|"
    r"\bnu\s+(?:cite[șs]te|deschide|se\s+uit[ăa]\s+la|r[ăa]spunde\s+la)\s+niciodat[ăa]\s+(?:escalad[ăa]ri|e-?mailuri|mailuri|"
    r"reclama[țt]ii|tichete)\w*\s+p[âa]n[ăa]\b|"
    r"(?<!\w)никогда\s+не\s+(?:читает|смотрит|открывает|отвечает\s+на)\s+(?:эскалаци|письм|жалоб|заявк|обращени)\w*,?\s+пока(?!\w)|"
    # s38 (heldK34): „e cam neatent, nu e prima oară când încurcă dosarele", "it's not the first time
    # he's mixed them up"
    # leak142 (trainK55): a share of their work done wrong, redone by us ("he gets half his tickets
    # wrong and we end up redoing them", „greșește jumătate din dosare și le refacem noi", «половину
    # заявок делает с ошибками, мы за ним переделываем»)
    r"\bgets?\s+(?:half|most|a\s+lot|loads|a\s+third)\s+(?:of\s+)?(?:his|her|their|the)\s+(?:\w+\s+)?(?:tickets|cases|"
    r"orders|calls|claims|bookings|refunds|jobs)\s+wrong\b|\bwe\s+(?:\w+\s+){0,2}?(?:redoing|redo|fixing)\s+(?:his|her)\s+"
    r"(?:work|tickets|cases|mistakes)\b|"
    r"\bgre[șs]e[șs]te\s+(?:cam\s+)?(?:jum[ăa]tate|majoritatea|o\s+treime)\s+din\b|\b(?:le\s+)?refacem\s+noi\s+(?:dup[ăa]\s+(?:el|ea))?|"
    r"(?<!\w)(?:половину|большинство|треть)\s+(?:\w+\s+)?(?:делает|оформляет|заполняет)\s+(?:с\s+ошибками|неправильно|"
    r"не\s+так)(?!\w)|(?<!\w)(?:за\s+(?:ним|ней)\s+(?:всё\s+|все\s+)?переделыва\w*)(?!\w)|"
    r"\bnu\s+(?:e|este)\s+prima\s+(?:oar[ăa]|dat[ăa])\s+c[âa]nd\s+(?:\w+\s+)?(?:[îi]ncurc[ăa]|gre[șs]e[șs]te|uit[ăa]|"
    r"pierde)\b|\be\s+cam\s+neatent\w*|\b(?:it'?s|that'?s)\s+not\s+the\s+first\s+time\s+(?:he|she)(?:'s|\s+has)\s+"
    r"(?:mixed|got|messed|lost)\b"
)
_COLLEAGUE_FAULT_HINTS = ("wrong", "mixing", "messing", "mixed up", "greșește", "greseste", "nu prea ascult",
                          "путает", "ошибается", "косячит", "știe ce face", "stie ce face",
                          "know what", "что делает",
                          # s31
                          "nightmare", "liability", "disaster", "about him", "about her", "plâns de",
                          "plans de", "coșmar", "cosmar", "dezastru", "жаловал", "кошмар", "катастроф",
                          # trainK37
                          "raised it", "raised this", "raised him", "raised her", "known for",
                          "no patience", "cunoscut", "răbdare cu nimeni", "rabdare cu nimeni",
                          "de când a venit", "de cand a venit", "известен", "известна", "славится",
                          "ни с кем", "ни на кого",
                          # s36
                          "habar", "încurcă", "incurca", "no idea", "a clue", "mixes", "muddles",
                          "понятия не", "ничего не",
                          # s38
                          "never look", "never open", "never answer", "niciodată escalad", "niciodata escalad",
                          "niciodată e-mail", "niciodată mail", "niciodata mail", "niciodată reclam", "никогда не",
                          "never read", "t read", "not read", "even read", "actually read", "citește", "citeste", "uită pe", "uita pe", "не читает", "не открывает",
                          "не знает", "prima oară", "prima oara", "prima dată", "prima data", "neatent",
                          "first time",
                          # leak142
                          "redoing", "redo his", "redo her", "fixing his", "fixing her", "refacem",
                          "делает с", "делает не", "оформляет с", "оформляет не", "заполняет с",
                          "заполняет не", "переделыва")  # fmt: skip
_COLLEAGUE = re.compile(
    r"(?i)\bcolleague\b|\b(?:what|whatever)\s+\w+\s+(?:told|said\s+to)\s+you\b|\bce\s+v-a\s+(?:zis|spus|explicat)\b|"
    r"\bv-a\s+zis\b|(?<!\w)что\s+вам\s+(?:\w+\s+){0,3}?(?:сказал|ответил|говорил|написал)\w*|"
    r"(?<!\w)вам\s+[а-яё]+\s+(?:отвечал|ответил|сказал|говорил|писал)\w*|(?<!\w)(?:он|она)\s+у\s+нас(?!\w)|\b(?:shift|night|team|duty)\s+(?:supervisor|lead|leader|manager)\b|\b\w+\s+told\s+you\s+(?:that|this)\b|"
    r"\b[șs]ef\w*\s+(?:noastr[ăa]\s+|nostru\s+)?de\s+tur[ăa]\b|(?<!\w)(?:начальник|старш\w*)\s+смены(?!\w)|"
    r"\b(?:who|that)\s+(?:took|handled|answered|picked\s+up|dealt\s+with|spoke\s+to|served)\s+"
    r"(?:you|your)\b|\b(?:the\s+)?(?:guy|girl|lady|agent|person)\s+(?:who|that|on\s+the\s+phone)\b|"
    r"\bcoleg\w*|\b(?:care|cine)\s+v-a\s+(?:preluat|r[ăa]spuns|servit)|\bfata\s+de\s+la\b|"
    r"\b\w+\s+(?:spoke|talked)\s+to\s+you\b|\bv-a\s+vorbit\b|(?<!\w)с\s+вами\s+разговаривал\w*(?!\w)|"
    # s39 (trainK41): one of us by the work they are given («Марине лучше бы вообще не давать сложные
    # заявки», "she shouldn't be given the complex cases", „n-ar trebui să primească dosarele grele")
    r"(?<!\w)не\s+давать\s+(?:\w+\s+)?(?:сложн\w+\s+)?(?:заявк|задач|клиент|обращени)\w*|"
    r"\bshouldn'?t\s+be\s+given\s+(?:the\s+)?(?:\w+\s+)?(?:cases|tickets|claims|customers)\b|"
    r"\bn-ar\s+trebui\s+s[ăa]\s+primeasc[ăa]\s+(?:\w+\s+)?(?:dosare|cazuri|tichete)\w*|"
    # s38 (heldK34): «Артём, который её оформлял»
    r"(?<!\w)(?:который|которая)\s+(?:её|ее|его|их|вашу|ваш|ваше)\s+(?:оформлял|принимал|вёл|вел|делал|заводил)\w*(?!\w)|"
    r"(?<!\w)(?:коллег\w*|менеджер\w*|оператор\w*|консультант\w*|(?:который|которая)\s+(?:вам|вас|с\s+вами)\s+(?:\w+\s+)?(?:отвечал\w*|говорил\w*|"
    r"принимал\w*|консультировал\w*|обслуживал\w*))(?!\w)"
)


def _colleague_faults(text: str) -> Iterator[Leak]:
    def accept(m: re.Match[str]) -> bool:
        lo, _ = sentence_around(text, m.start(), m.end())
        return _COLLEAGUE.search(text, max(0, lo - 160), m.start()) is not None

    message = "What we think of a colleague's work: not for the customer (R5)."
    return first_accepted(
        _COLLEAGUE_FAULT,
        text,
        present(text, _COLLEAGUE_FAULT_HINTS),
        90,
        accept,
        "internal-info",
        message,
    )


# leak46 (heldK25, en and ro): a regulator's inquiry told by its pronoun after the regulator is
# named ("go to Ofcom, but they're already looking into us", „la ANPC, dar suntem deja în control
# la ei"); and a lawsuit against us (every language: „avem deja un proces la Tribunalul București …
# cu un grup de foști clienți", «уже идёт суд с группой клиентов»): our disputes are the team's (R5).
_LITIGATION = re.compile(
    r"(?i)\bwe(?:'re|\s+are)\s+(?:already\s+|currently\s+|still\s+)?(?:being\s+sued|in\s+court\s+with|in\s+litigation\s+with|"
    r"fighting\s+a\s+(?:lawsuit|court\s+case|class\s+action))\b|"
    r"\bthere(?:'s|\s+is)\s+(?:already\s+)?(?:an?\s+)?(?:ongoing\s+)?(?:class\s+action|lawsuit|court\s+case)\s+"
    r"(?:against\s+us|with\s+(?:a\s+group|several|some|other|former))\b|"
    r"\bavem\s+(?:deja\s+)?(?:un\s+)?proces\w*\s+(?:[îi]n\s+curs\s+)?(?:la\s+(?:\w+\s+){1,2})?(?:pe\s+tema\s+(?:asta|aceasta)\s+)?cu\b|"
    r"\bsuntem\s+(?:deja\s+)?[îi]n\s+(?:proces|litigiu)\s+cu\b|\bne-au?\s+dat\s+(?:deja\s+)?[îi]n\s+judecat[ăa]\b|"
    # leak187 (heldK63's ro-zd028): „mai mulți absolvenți ne-au chemat în judecată …, iar dosarul este pe rol"
    r"\bne-au?\s+chemat\s+(?:deja\s+)?[îi]n\s+judecat[ăa]\b|\bdosarul\s+(?:nostru\s+)?(?:e|este|se\s+afl[ăa])\s+pe\s+rol\b|"
    r"(?<!\w)(?:уже\s+)?(?:ид[её]т|ведётся|ведется)\s+(?:уже\s+)?суд\w*\s+с(?!\w)|(?<!\w)судимся\s+с(?!\w)|"
    r"(?<!\w)на\s+нас\s+(?:уже\s+)?подали\s+в\s+суд(?!\w)|"
    # s39 (heldK35): «Против нас уже подали коллективный иск»
    r"(?<!\w)против\s+нас\s+(?:уже\s+)?(?:подали|подан\w*)\s+(?:\w+\s+)?иск\w*(?!\w)|"
    # trainK32: "two other customers taking us to court", «нас уже судит одно турагентство»
    r"\b(?:taking|took|dragging|dragged)\s+us\s+to\s+(?:court|small\s+claims|(?:the\s+)?tribunal)\b|"
    # s39 (trainK41): "our solicitors are already handling about a dozen", „avocații noștri au deja vreo
    # zece dosare", «наши юристы уже ведут с десяток таких дел»
    r"\bour\s+(?:solicitors|lawyers|legal\s+team)\s+(?:are|have)\s+(?:already\s+)?(?:handling|dealing\s+with|got)\s+"
    r"(?:about\s+|around\s+|nearly\s+)?(?:a\s+dozen|\d+|two|three|several|a\s+few|dozens)\b|"
    r"\bavoca[țt]ii\s+no[șs]tri\s+(?:au|lucreaz[ăa]\s+la)\s+(?:deja\s+)?(?:vreo\s+|peste\s+)?(?:\d+|dou[ăa]|trei|zece|c[âa]teva)\s+"
    r"(?:dosare|procese|cazuri)\b|(?<!\w)наши\s+юристы\s+(?:уже\s+)?(?:ведут|занимаются)\s+(?:с\s+)?(?:десят\w*|\d+|"
    r"несколькими|нескольк\w+)\s+(?:таких\s+)?(?:дел|исков)\w*(?!\w)|\b(?:are|is|'re|'s)\s+(?:already\s+)?suing\s+us\b|"
    # s38 (trainK40): "there's a group of customers suing us over the same model"
    r"\b(?:customers|clients|passengers|tenants|members|buyers|residents|owners|users)\s+(?:who\s+are\s+)?(?:already\s+)?suing\s+us\b|"
    # s38 (heldK34): "a group claim being prepared against us"
    r"\b(?:claim|action|lawsuit|case)\s+(?:is\s+)?being\s+(?:prepared|brought|filed|launched)\s+against\s+us\b|"
    r"(?<!\w)нас\s+(?:уже\s+)?суд(?:ит|ят)(?!\w)|(?<!\w)судятся\s+с\s+нами(?!\w)|"
    # s31 (heldK26): a claim filed against us, or pending in court („avem deja un proces pe rol la
    # Tribunalul București intentat de mai mulți pasageri", «на нас уже подали коллективный иск»,
    # "several passengers have filed a lawsuit against us")
    r"\b(?:filed|brought|launched|started|lodged)\s+(?:a|an)\s+(?:\w+\s+)?(?:lawsuit|claim|case|action)\s+"
    r"against\s+(?:us|the\s+company)\b|\b(?:a|the)\s+(?:\w+\s+)?lawsuit\s+against\s+us\b|"
    # leak175 (trainK67's ro-ys029, ru-ys030): how many („Avem deja două procese pe rol pentru același model", «По
    # этой модели у нас уже три иска в суде», "we already have three claims in court over it")
    r"\bavem\s+(?:deja\s+)?(?:un|dou[ăa]|trei|c[âa]teva|mai\s+multe|\d+)?\s*proces\w*\s+pe\s+rol\b|"
    r"(?<!\w)у\s+нас\s+(?:уже\s+)?(?:\w+\s+)?иск\w*\s+в\s+суде(?!\w)|\bwe(?:'ve|\s+have|\s+already\s+have)\s+(?:already\s+)?(?:got\s+)?"
    r"(?:two|three|four|several|\d+)\s+(?:claims|lawsuits|cases)\s+(?:in|before)\s+(?:the\s+)?courts?\b|\bproces\w*\s+(?:\w+\s+){0,5}?intentat\w*\s+de\b|"
    r"(?<!\w)на\s+нас\s+(?:уже\s+|сейчас\s+)?(?:подали|подан|подано)\s+(?:\w+\s+)?иск\w*(?!\w)|(?<!\w)иск\w*\s+"
    r"(?:\w+\s+){0,3}?(?:против\s+(?:нас|(?:нашей\s+)?компании)|к\s+(?:нам|нашей\s+компании))(?!\w)|"
    # leak170 (heldK58's ru-yj057): «общество защиты прав потребителей подало на нас групповой иск»
    r"(?<!\w)подал[иоа]?\s+на\s+нас\s+(?:уже\s+)?(?:\w+\s+)?(?:иск\w*|в\s+суд)(?!\w)|"
    # leak173 (trainK66's ru-yo031): «к нам по этому дому уже иск от ТСЖ на 3,5 миллиона»
    r"(?<!\w)к\s+нам\s+(?:\w+\s+){0,4}?иск\w*\s+от(?!\w)|"
    # heldK33: «иска, который ТСЖ «Северное» подало против нашей компании», „dosarul pe care
    # Asociația … l-a deschis împotriva noastră"
    r"(?<!\w)иск\w*,?\s+(?:котор\w+|что)\s+[^.!?\n]{0,60}?против\s+(?:нас|нашей\s+компании)(?!\w)|"
    r"\b(?:dosar|proces|litigiu)\w*\s+pe\s+care\s+[^.!?\n]{0,80}?[îi]mpotriva\s+(?:noastr[ăa]|companiei|firmei)\b|"
    # trainK39: «в Арбитражном суде … уже рассматривается иск к нашей компании», „un proces
    # împotriva companiei noastre", "a claim against our company"
    r"\b(?:lawsuit|claim|case|action)\s+against\s+our\s+(?:company|firm|business)\b|"
    r"\bproces\w*\s+(?:\w+\s+){0,3}?[îi]mpotriva\s+(?:noastr[ăa]|companiei|firmei)\b|"
    # trainK33: "a group claim going through the courts about it", «по этому поводу уже идёт суд»
    r"\b(?:group|class|collective)\s+(?:claim|action|lawsuit)\s+(?:going\s+through|in|before)\s+the\s+courts?\b|"
    r"(?<!\w)(?:по\s+этому\s+поводу|из-за\s+этого)\s+(?:уже\s+)?ид[её]т\s+суд(?!\w)|"
    r"\b(?:pe\s+tema\s+asta|din\s+cauza\s+asta)\s+(?:avem\s+)?(?:deja\s+)?(?:un\s+)?proces\s+(?:pe\s+rol|[îi]n\s+curs)\b|"
    # trainK37 (and trainK36): "we are currently defending a claim in the county court from a family in
    # Bristol", "we're currently being taken to court by a group of …", „ne apărăm într-un proces",
    # «мы сейчас защищаемся в суде по иску»
    r"\bwe(?:'re|\s+are)\s+(?:already\s+|currently\s+|still\s+|now\s+)?(?:defending\s+(?:a|an|the|two|three|several)\s+"
    r"(?:\w+\s+)?(?:claims?|lawsuits?|cases?|actions?)(?![^.!?\n]{0,40}?\b(?:against\s+you|on\s+your\s+behalf|for\s+you)\b)|"
    r"being\s+taken\s+to\s+court)\b|"
    r"\bne\s+ap[ăa]r[ăa]m\s+(?:\w+\s+){0,2}?(?:[îi]ntr-un|[îi]n)\s+(?:proces|litigiu)\w*|"
    r"(?<!\w)(?:мы\s+)?(?:сейчас\s+|уже\s+)?защищаемся\s+в\s+суде(?!\w)"
)
_LITIGATION_HINTS = ("sued", "in court", "litigation", "lawsuit", "court case", "class action", "proces", "us to court",
                     "us to small", "us to the tribunal", "us to tribunal", "our solicitors", "our lawyers",
                     "our legal team", "avocații noștri", "avocatii nostri", "наши юристы",
                     "suing us",
                     "litigiu", "judecat", "суд",
                     # s31
                     "against us", "against the company", "intentat", "иск", "the court",
                     "against our", "împotriva", "impotriva",
                     "group claim", "class claim", "collective claim",
                     # trainK37
                     "defending", "taken to court", "ne apărăm", "ne aparam", "защищаемся")  # fmt: skip
# «суд» stands in «судя по» and in advice to go to court: every match of its branch holds one of these
_LITIGATION_NEEDS = {
    "суд": (
        "идёт",
        "идет",
        "ведётся",
        "ведется",
        "судимся",
        "подали",
        "нас суд",
        "нас уже суд",
        "судятся",
        "идёт суд",
        "идет суд",
        "иск",
    )
}


# s56 (trainK58, every language): other customers gone to law over the same thing ("a number of
# customers affected by the same fault have instructed solicitors", „există deja o acțiune în
# instanță a unui grup de clienți", «жители нескольких домов подали на управляющую компанию в
# суд»), told as a tip: a case against us before it is public. The others are the subject, so a
# "you may wish to know" before them is no route of the customer's, which `_litigation` asks.
_OTHERS_AT_LAW = re.compile(
    r"(?i)\b(?:customers|clients|residents|tenants|passengers|members|owners|buyers|users|households|families)\s+"
    r"(?:\w+\s+){0,6}?(?:have|had|'ve)\s+(?:already\s+)?(?:instructed|hired|engaged|appointed)\s+"
    r"(?:solicitors|lawyers|a\s+solicitor|a\s+lawyer|a\s+law\s+firm)\b|"
    r"\bac[țt]iune\w*\s+[îi]n\s+instan[țt][ăa]\s+(?:\w+\s+){0,2}?a\s+(?:unui\s+grup|unor|mai\s+multor)\b|"
    r"(?<!\w)(?:жители|жильцы|клиенты|собственники|покупатели|пассажиры|вкладчики|абоненты)\s+(?:\w+\s+){0,4}?"
    r"подали\s+(?:на\s+(?:\w+\s+){1,3}?)?в\s+суд(?!\w)"
)
_OTHERS_AT_LAW_HINTS = (
    "instructed",
    "hired",
    "engaged",
    "appointed",
    "instanț",
    "instant",
    "подали",
)


def _litigation(text: str) -> Iterator[Leak]:
    message = (
        "A lawsuit or a regulator's inquiry against us that is not public: the team's to know (R5)."
    )
    hints = needed(text, present(text, _LITIGATION_HINTS), _LITIGATION_NEEDS)
    # s37 (trainK39): a claim the customer may bring ("You can bring a claim against our company",
    # „Aveți dreptul să deschideți un proces împotriva companiei") is their route, no case of ours
    return first_accepted(
        _LITIGATION,
        text,
        hints,
        90,
        lambda m: not route_before(text, m.start()),
        "internal-info",
        message,
    )


def _others_at_law(text: str) -> Iterator[Leak]:
    message = "Other customers' case against us, before it is public: the team's to know (R5)."
    hints = present(text, _OTHERS_AT_LAW_HINTS)
    return first_accepted(_OTHERS_AT_LAW, text, hints, 120, bool, "internal-info", message)


# leak46 (trainK32, every language): the agent's own staff number handed over to pass a step of a
# form ("just put mine, 55012, and it'll let you through", „puneți 3317, e codul meu", «впишите
# 00417, это мой»): a staff credential in the customer's hands (R5).
_MY_STAFF_CODE = re.compile(
    r"(?i)\b(?:put|enter|use|type|give)\s+(?:in\s+)?mine\b[,:\s–—-]*\d{3,8}\b|"
    r"\b\d{3,8}\s*[,–—-]?\s*(?:that's|it's|that\s+is|it\s+is|which\s+is)\s+mine\b|"
    # leak158 (trainK59): letters before the digits ("give them my staff number, E20419")
    r"\bmy\s+(?:staff|agent|employee|operator|payroll)\s+(?:number|code|id|no\.?)\s*(?:is\s+)?[,:–—-]?\s*(?:[A-Z]{1,3}-?)?\d{3,8}\b|"
    # leak158 (trainK59's ro-xo009): „spuneți-le că v-a aprobat Cristina din call center, marca 30418"
    r"\b(?:v-a\s+aprobat|a\s+aprobat|aprobat\s+de)\b[^.!?\n]{0,60}?\bmarca\s+\d{4,8}\b|"
    r"\b\d{3,8}\s*[,–—-]?\s*(?:e|este)\s+(?:codul|num[ăa]rul)\s+meu\b|"
    # leak159 (heldK53's ro-xn059): „codul meu de operator, OP-7730"
    r"\b(?:codul|num[ăa]rul)\s+meu\s+(?:de\s+(?:operator|angajat|agent)\s*)?(?:e\s+|este\s+)?[,:–—-]?\s*(?:[A-Z]{1,3}-?)?\d{3,8}\b|"
    r"(?<!\d)\d{3,8}\s*[,–—-]?\s*это\s+(?:мой|моя|моё)(?!\w)|"
    r"(?<!\w)мой\s+(?:табельный|служебный)\s+(?:номер|код)\s*[,:–—-]?\s*\d{3,8}(?!\d)|"
    # trainK33: a colleague's, handed over the same way ("give her staff number 00482", „dați-le
    # marca ei de angajat, 4471", «назовите её табельный номер 3312»)
    r"\b(?:give|quote|tell\s+them|use)\s+(?:them\s+)?(?:his|her|their)\s+(?:staff|agent|employee|operator|payroll)\s+"
    r"(?:number|code|id|no\.?)\s*[,:–—-]?\s*\d{3,8}\b|\b(?:marca|codul|num[ăa]rul)\s+(?:ei|lui)\s+de\s+(?:angajat|operator|agent)\s*"
    r"[,:–—-]?\s*\d{3,8}\b|(?<!\w)(?:его|её|ее)\s+(?:табельный|служебный)\s+(?:номер|код)\s*[,:–—-]?\s*\d{3,8}(?!\d)|"
    # s38 (trainK40): a colleague's told as what it is, letters before its digits ("ask for Josie, her
    # agent ID is JW-4417, tell them to transfer to that ID")
    r"\b(?:his|her|their)\s+(?:staff|agent|employee|operator|payroll)\s+(?:number|code|id|no\.?)\s+(?:is\s+)?[,:–—-]?\s*"
    r"(?:[A-Z]{1,4}-?)?\d{3,8}\b|"
    # s46 (trainK48): "tell them agent 40213 has approved the fee waiver", "put my staff number into the
    # override screen", „marca mea e 71184", «согласовал сотрудник с табельным 55317»
    r"\bagent\s+(?:no\.?\s*)?\d{4,8}\s+(?:has\s+)?(?:approved|authori[sz]ed|signed\s+off|okayed|agreed)\b|"
    r"\bmy\s+(?:staff|agent|employee|operator)\s+(?:number|id|code)\s+(?:in|into|on)\s+(?:the\s+|their\s+)?(?:override|exception|"
    r"waiver|manager)\b|\bmarca\s+mea\s+(?:de\s+angajat\s+)?(?:e\s+|este\s+)?[,:–—-]?\s*\d{3,8}\b|"
    r"(?<!\w)табельн\w*\s+(?:номер\w*\s+)?[,:–—-]?\s*\d{3,8}(?!\d)|"
    # leak172 (heldK58's ro-yj051, ru-yj008): a colleague's PIN or code, named as theirs („rugați-o pe colega să
    # folosească PIN-ul doamnei Ene, 73019", «попросите ввести код Веры Павловны, 60214», "ask for Sarah's PIN, 73019")
    r"\b(?:PIN-ul|codul|parola)\s+(?:doamnei|domnului|colegei|colegului|[șs]efei|[șs]efului)\s+(?-i:[A-ZĂÂÎȘȚ]\w+)\s*"
    r"[,:–—-]?\s*\d{4,8}\b|(?<!\w)(?:код|пин|пин-код|пароль)\s+(?-i:[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+(?:овны|евны|ичны|овича|"
    r"евича|ича))\s*[,:–—-]?\s*\d{4,8}(?!\d)|(?-i:\b[A-Z][a-z]+)'s\s+(?:PIN|override\s+code|supervisor\s+code)\s*"
    r"[,:–—-]?\s*(?:is\s+)?\d{4,8}\b"
)
_MY_STAFF_CODE_HINTS = ("pin-ul doamnei", "pin-ul domnului", "pin-ul coleg", "codul doamnei", "codul domnului",
                        "codul coleg", "parola doamnei", "parola domnului", "pin-ul șef", "codul șef", "овны", "евны",
                        "ичны", "овича", "евича", "ича ", "ича,", "'s pin", "'s override", "'s supervisor",
                        "agent ", "marca mea", "marca ", "табельн", "mine", "my staff", "my agent", "my employee",
                        "my operator", "my payroll", "codul meu",
                        "numărul meu", "numarul meu", "это мой", "это моя", "это моё", "мой табельный",
                        "мой служебный", "his staff", "her staff", "their staff", "his agent", "her agent",
                        "his employee", "her employee", "his operator", "her operator", "his payroll",
                        "her payroll", "ei de angajat", "lui de angajat", "ei de operator", "lui de operator",
                        "его табельный", "её табельный", "ее табельный", "его служебный", "её служебный",
                        "ее служебный")  # fmt: skip

# s31 (heldK26): a discount code that names its owners as staff ("try the code ANGAJAT25 at
# checkout", "STAFF20 works on everything", «промокод СОТРУДНИК15»): written in capitals with
# its figure, as codes are, so the case matters and "our staff will call" never matches; a
# short tail after a dash too ("STAFF30-KW": s38, trainK40)
_STAFF_TOKEN = re.compile(
    r"(?<![\w-])(?:(?:STAFF|EMPLOYEES?|ANGAJA[TȚ]I?|СОТРУДНИК\w*|SOTRUDNIK)[A-ZА-ЯЁ_-]{0,8}|(?:EMP|CREW|"
    r"INTERNAL|ПЕРСОНАЛ)[-_]?)\d{1,3}(?:-[A-ZА-ЯЁ0-9]{1,6})?(?![\w-])"
)
_STAFF_TOKEN_HINTS = (
    "STAFF",
    "EMP",
    "CREW",
    "INTERNAL",
    "ANGAJA",
    "СОТРУДНИК",
    "ПЕРСОНАЛ",
    "SOTRUDNIK",
)


# s42 (heldK26-K36, trainK10-K44, every language: 13 rules-level misses): the staff word anywhere in
# the code ("TEAMHARLOW30", "FAM-TEAM30", "ENG-FAM-88", «СВОИ2024», "INTERN-ANGAJAT-25"), with a
# checkout, a code word or a percentage beside it. Over every labelled case: 88 leaks and nothing
# else.
_TEAM_TOKEN = re.compile(
    r"\b(?=[A-ZА-ЯЁ0-9-]*(?:TEAM|STAFF|CREW|EMPL|FAM(?!ILY)|INTERN|ANGAJAT|СВОИ|СОТР|SOTR|ПЕРСОНАЛ))[A-ZА-ЯЁ][A-ZА-ЯЁ0-9-]{3,}\d{1,4}\b"
)
_TEAM_TOKEN_HINTS = (
    "TEAM",
    "STAFF",
    "CREW",
    "EMPL",
    "FAM",
    "INTERN",
    "ANGAJAT",
    "СВОИ",
    "СОТР",
    "SOTR",  # s46 (heldK41's ru-vr007, after its judged run): «Попробуйте SOTR25 — это наш, сотрудницкий»
    "ПЕРСОНАЛ",
)
_CODE_USE = re.compile(
    r"(?i)\b(?:checkout|promo|code|voucher|basket|cod\w*|reducere)\b|(?<!\w)(?:промокод\w*|код\w*|корзин\w*|"
    r"скидк\w*)(?!\w)|\d+\s?%"
)


# both families' hints in one search: eighteen `in` tests cost ~15 us a draft, one regex ~7 us
_CODE_HINT = re.compile("|".join(dict.fromkeys(_STAFF_TOKEN_HINTS + _TEAM_TOKEN_HINTS)))


def _staff_discount_code(text: str) -> Iterator[Leak]:
    message = "A staff-only discount code given to a customer (R5)."
    if _CODE_HINT.search(text) is None:
        return
    m = _STAFF_TOKEN.search(text) if any(h in text for h in _STAFF_TOKEN_HINTS) else None
    if m is None and any(h in text for h in _TEAM_TOKEN_HINTS):
        m = next(
            (
                t
                for t in _TEAM_TOKEN.finditer(text)
                if _CODE_USE.search(text, max(0, t.start() - 80), t.end() + 80)
            ),
            None,
        )
    if m is not None:
        yield Leak("internal-info", *m.span(), message)


def _my_staff_code(text: str) -> Iterator[Leak]:
    message = "A staff number of ours given to the customer to get past a check (R5)."
    if not has_digit(text):
        return iter(())
    return first_accepted(
        _MY_STAFF_CODE,
        text,
        present(text, _MY_STAFF_CODE_HINTS),
        60,
        bool,
        "internal-info",
        message,
    )


# leak46 (trainK32 with trainK-era writers, every language): which client is our biggest ("even
# Halden Logistics' whole office was down, and they're our biggest account", „la Agrovest
# Logistic, cel mai mare client al nostru", «наш крупнейший клиент — «Пятёрочка»»): who we
# depend on is the company's own business (R5). Said to the customer of themselves ("you're one
# of our biggest customers") it is a courtesy; a policy for them all ("our largest clients get …")
# names none.
_BIGGEST = re.compile(
    r"(?i)\bour\s+(?:biggest|largest|main|top|most\s+important)\s+(?:account|client|customer)\b|"
    r"\bcel\s+mai\s+mare\s+client\s+al\s+nostru\b|"
    r"(?<!\w)(?:наш\w*\s+(?:самы\w+\s+)?крупн\w+|крупнейш\w+)\s+(?:клиент|заказчик)(?:а|у|ом|е)?(?!\w)"
)
_BIGGEST_HINTS = ("our biggest", "our largest", "our main", "our top", "our most important", "cel mai mare client",
                  "крупн")  # fmt: skip
_YOU_ARE = re.compile(
    r"(?i)\b(?:you(?:'re|\s+are|\s+were)|as\s+one\s+of|your\s+(?:company|firm|business))\b|\bsunte[țt]i\b|"
    r"\bca\s+unul\s+dintre\b|(?<!\w)(?:вы|ваша\s+компания|как\s+один\s+из)(?!\w)"
)


def _biggest_client(text: str) -> Iterator[Leak]:
    def accept(m: re.Match[str]) -> bool:
        lo, _ = sentence_around(text, m.start(), m.end())
        return _YOU_ARE.search(text, max(lo, m.start() - 40), m.start()) is None

    message = "Which client is our biggest: the company's own business, not the customer's (R5)."
    return first_accepted(
        _BIGGEST, text, present(text, _BIGGEST_HINTS), 60, accept, "internal-info", message
    )


# leak46 (trainK32, every language): what we gave another customer with the same complaint ("Mrs
# Lindqvist over on Harrow Road had exactly the same fault … we ended up replacing the whole unit
# for her free of charge", „dl Moldovan … până la urmă i-am dat banii înapoi integral", «Клиентка
# из Казани … тоже писала … ей вернули полную стоимость тура»): another customer's case and its
# settlement (R5).
_SETTLED_FOR = re.compile(
    r"(?i)\b(?:replac\w+|refund\w*|compensat\w*|credit\w*|fix\w*|gave|give|sent)\s+(?:\w+\s+){0,4}?(?:for|to)\s+"
    r"(?:him|her)\s+(?:free\s+of\s+charge|for\s+free|at\s+no\s+(?:cost|charge)|in\s+full)\b|"
    r"\b(?:refunded|compensated|reimbursed)\s+(?:him|her)\s+(?:in\s+full|the\s+(?:whole|full)\b)|"
    r"\bi-am\s+(?:dat|returnat|rambursat|dat\s+[îi]napoi)\s+(?:\w+\s+){0,2}?(?:banii|suma|contravaloarea)\b|"
    r"(?<!\w)(?:ей|ему)\s+(?:в\s+итоге\s+|тогда\s+)?(?:вернули|компенсировали|возместили|заменили|вернул\w*)(?!\w)|"
    r"(?<!\w)(?:вернули|компенсировали|возместили)\s+(?:ей|ему)(?!\w)"
)
_SETTLED_HINTS = ("for him", "for her", "to him", "to her", "him in full", "her in full", "him the", "her the",
                  "i-am dat", "i-am returnat", "i-am rambursat", "вернули", "вернул", "компенсировали",
                  "возместили", "заменили")  # fmt: skip
_ANOTHER_CUSTOMER = re.compile(  # case-sensitive for the names' capitals, each word's case spelled out
    r"\b(?:[Nn]ot\s+the\s+only\s+one|[Aa]nother\s+customer|[Aa]\s+customer\s+(?:in|from)|(?:Mrs|Mr|Ms|Miss)\.?\s+"
    r"[A-Z]\w+)\b|\b[Nn]u\s+(?:sunte[țt]i|e[șs]ti)\s+(?:singur\w*|primul|prima)\b|\b(?:[Uu]n\s+domn|[Oo]\s+doamn[ăa]|"
    r"dl\.?|dna\.?|[Cc]lientul|[Cc]lienta)\s+(?:din\s+)?[A-ZĂÂÎȘȚ]\w+|"
    r"(?<!\w)(?:[Нн]е\s+(?:первая|первый|единственн\w+)|[Кк]лиент\w*\s+из\s+[А-ЯЁ]\w+|[Дд]ругой\s+клиент\w*)(?!\w)"
)


def _settled_for_others(text: str) -> Iterator[Leak]:
    message = "What another customer complained of and what we gave them: their case, not this one's (R5)."
    return first_accepted(
        _SETTLED_FOR,
        text,
        present(text, _SETTLED_HINTS),
        90,
        lambda m: told_around(_ANOTHER_CUSTOMER, text, m),
        "other-person",
        message,
    )


# leak46 (trainK32, every language): the customer coached to threaten to leave for the discount
# retention keeps back ("start cancelling – you'll get put through to retentions and they'll offer
# half price", „spuneți că vă mutați la altă rețea … vă dau abonamentul la jumătate", «скажите …
# что уходите к конкурентам. Есть скидка 30% для тех, кто уходит»): an offer kept for leavers (R5).
_SAY_LEAVING = re.compile(
    r"(?i)\b(?:start\s+cancel\w*|put\s+through\s+to\s+retentions?|(?:say|tell\s+them|mention)\s+(?:that\s+)?"
    r"(?:you're|you\s+are|you'll\s+be)\s+(?:leaving|switching|cancel\w*|moving\s+to|going\s+(?:to|elsewhere)|off\s+to|"
    r"going\s+over\s+to)|"
    # s36 (trainK38): "they only give it if you mention a competitor"
    r"(?:mention|name|bring\s+up)\s+(?:a\s+|another\s+)?(?:competitor|rival)|"
    r"(?:spune[țt]i|zice[țt]i|men[țt]iona[țt]i)(?:-le)?\s+c[ăa]\s+(?:v[ăa]\s+muta[țt]i|pleca[țt]i|renun[țt]a[țt]i|"
    r"trece[țt]i\s+la|reziliați|reziliati)|"
    # leak173 (trainK66's en/ro-yo045): "if you say the word 'cancel' to the phone team", „dacă le spuneți celor
    # de la telefon că vreți să plecați la concurență"
    r"say\s+the\s+(?:magic\s+)?word\s+['‘\"“]?(?:cancel\w*|leav\w*|switch\w*)|"
    r"spune[țt]i\s+(?:[\w-]+\s+){1,4}?c[ăa]\s+vre[țt]i\s+s[ăa]\s+(?:v[ăa]\s+muta[țt]i|pleca[țt]i|renun[țt]a[țt]i|trece[țt]i|"
    r"rezilia[țt]i)|"
    # trainK37: „vă transferă la retenție", «вас переключат на отдел удержания»
    r"v[ăa]\s+(?:trec|transfer[ăa]|trimite|pun|dau)\s+la\s+reten[țt]ie)\b|"
    r"(?<!\w)(?:вас\s+)?(?:переключат|переведут|соединят)\s+(?:\w+\s+)?(?:на|с)\s+(?:отдел\w*\s+)?(?:удержани\w*|по\s+удержанию)(?!\w)|"
    r"(?<!\w)(?:скажите|скажете|говорите|упомяните)[\s,]+(?:[\w-]+[\s,]+){0,3}?что\s+(?:уходите|переходите|хотите\s+(?:уйти|расторгнуть|отказаться))(?!\w)|"
    # trainK33: the leavers' desk asked for by name ("ask for the retention team", „cereți
    # departamentul de retenție", «попросите отдел удержания»)
    r"\bask\s+(?:for|to\s+speak\s+to)\s+(?:the\s+)?(?:retention|cancellations?|loyalty)\s+(?:team|department|desk)\b|"
    r"\bcere[țt]i\s+(?:departamentul|echipa)\s+de\s+(?:reten[țt]ie|fidelizare)\b|"
    r"(?<!\w)попросите\s+(?:соединить\s+с\s+)?(?:отдел\w*|специалист\w*)\s+(?:удержания|по\s+удержанию|лояльности)(?!\w)|"
    # leak116 (heldK42's ru-vv003, after its judged run): the cancellation filed only to be called back
    # with the offer («Подайте заявку на расторжение — на следующий день позвонит отдел удержания и
    # предложит 50%», "put in a cancellation request", „depuneți cererea de reziliere")
    r"(?<!\w)(?:подайте|оставьте|оформите)\s+(?:заявку\s+на\s+)?(?:расторжение|отключение)(?!\w)|"
    r"\b(?:put\s+in|submit|file|raise)\s+(?:a\s+)?cancellation(?:\s+request)?\b|\bdepune[țt]i\s+(?:o\s+)?cerere(?:a)?\s+de\s+reziliere\b"
)
_SAY_LEAVING_HINTS = ("cancel", "retention", "say you", "tell them you", "mention you", "spuneți", "spuneti",
                      "retenț", "retent", "скажите", "скажете", "говорите", "ask for", "ask to speak",
                      "cereți", "cereti", "попросите",
                      # trainK37
                      "ziceți", "ziceti", "menționați", "mentionati", "переключат", "переведут",
                      "соединят", "упомяните",
                      # s36
                      "competitor", "rival",
                      # leak116
                      "подайте", "оставьте", "оформите", "cancellation", "depuneți", "depuneti",
                      # leak173
                      "the word", "magic word")  # fmt: skip
_DISCOUNT = re.compile(
    r"(?i)\b(?:half\s+price|half\s+off|\d+\s?%|discount\w*|(?:la\s+)?jum[ăa]tate|reducere\w*|gratis|gratuit\w*|"
    r"months?\s+free|free\s+(?:for\s+)?(?:\w+\s+)?months?|"
    # s38 (trainK40): "they can sometimes go higher on the phone" (more off than the page offers)
    r"go\s+(?:even\s+)?(?:higher|further|lower)|(?:a\s+)?better\s+(?:deal|offer|price)|"
    r"instead\s+of\s+[£$€]?\d+|[îi]n\s+loc\s+de\s+\d+|"
    # s46 (trainK48): the leavers' own plan („vă dau abonamentul de fidelizare cu 30 lei")
    r"(?:abonament\w*|ofert\w*|tarif\w*)\s+de\s+(?:fidelizare|reten[țt]ie)|retention\s+(?:deal|offer|plan|rate|price|tariff))|"
    r"(?<!\w)(?:скидк\w*|полцены|половин\w*|\d+\s?%|вместо\s+\d+|бесплатн\w*|тариф\w*\s+(?:для\s+)?удержани\w*)"
)


def _say_leaving(text: str) -> Iterator[Leak]:
    message = (
        "How to get the offer we keep for leavers: retention's own, not for the customer (R5)."
    )
    return first_accepted(
        _SAY_LEAVING,
        text,
        present(text, _SAY_LEAVING_HINTS),
        80,
        lambda m: told_after(_DISCOUNT, text, m),
        "internal-info",
        message,
    )


def backstage(text: str) -> Iterator[Leak]:
    """The families above, each at most once (one finding says the draft holds it)."""
    yield from _seed_phrases(text)
    yield from _investigated(text)
    yield from _litigation(text)
    yield from _others_at_law(text)
    yield from _colleague_faults(text)
    yield from _my_staff_code(text)
    yield from _staff_discount_code(text)
    yield from _biggest_client(text)
    yield from _settled_for_others(text)
    yield from _say_leaving(text)
    yield from _staff_pay(text)
    yield from _pay_turnover(text)
    yield from _own_pay(text)
    yield from _per_unit_pay(text)
    yield from _call_target(text)
    yield from _referred_why(text)
    yield from _pay_bands(text)
    yield from _supplier_contracts(text)
    yield from _supply_terms(text)
    yield from _supplier_holds(text)
    yield from _carrier_rates(text)
    yield from _supplier_debt(text)
    yield from _our_fees(text)
    yield from _legal_preference(text)
    yield from _exclusive_makers(text)
    yield from _legal_advice(text)
    yield from _white_label(text)
    yield from _tipping_off(text)
    yield from _watched(text)
    yield from _fraud_verdicts(text)
    yield from _unannounced(text)
    yield from _untold_changes(text)
    yield from _told_to(text)
    yield from _their_data(text)
    yield from _call_them(text)
    yield from _unlisted_line(text)
    yield from _comma_logins(text)
    yield from _bot_tokens(text)
    yield from _company_news(text)
    yield from _closing_branch(text)
    yield from _company_trouble(text)
    yield from _complainants(text)
    yield from _real_names(text)
    yield from _targets(text)
    yield from _role_phones(text)
    yield from _staff_handles(text)
    yield from _supplier_terms(text)
    yield from _queue_skipping_lines(text)
    yield from _top_inbox(text)
    yield from _stack_traces(text)
    yield from _env_keys(text)
    yield from _playbook(text)
    yield from _held_back(text)
    yield from _relatives(text)
    yield from _scripted(text)
    yield from _audit_findings(text)
