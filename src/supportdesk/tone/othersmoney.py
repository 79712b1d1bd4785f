"""leak23: another person's money told to the customer (R5: "Keep your mouth shut":
confidential data never leave). Not a card or account number (secrets.py), nor a named
person beside their address (persons.py), but how much someone else HAS, OWES, GOT or
PAYS, said in a sentence. Writers of heldK9, heldK10 and heldK11 each wrote it in every
language, in many shapes of one class: "I've checked your son's account and there's
£2,340.17 sitting in it", "pe depozitul lui sunt în acest moment 38.400 de lei", «на его
вкладе сейчас 1 240 000 рублей»; "Vecinul dumneavoastră de la nr. 15 a primit 22.000 de
lei despăgubire", «Вашему соседу по даче мы выплатили 410 тысяч»; "apartamentele 12 și 27
au restanțe de peste 6.000 de lei", «кв. 15 и кв. 62 должны … 90 тысяч»; «Арендатор
соседнего офиса платит всего 900 рублей за квадрат», "TransCarpatic SRL … ne-a plătit
18.000 de euro".

A finding pairs, in one sentence, three parts, each in the words agents use for it:
- a SUM of money (a currency sign or word, thousands: "£14,320", "38.400 de lei",
  «640 тысяч», "0,52 lei pe kWh");
- WHO it belongs to, someone other than the customer: a relative or neighbour of theirs
  (leakfinding.RELATION and in-laws, exes, grandparents), a flat or house by its number,
  another client, tenant, driver or owner, a firm by its legal form, or "he"/"she" and
  their possessives (the customer is "you");
- what the sum IS to them: a balance or what sits in an account or deposit, a debt or
  arrears, a payout received, a price they pay us.

leak26: a flat's debt with the reader asked to pay it is the reader's own bill
(`billed_to_reader`: „Apartamentul 12 are o restanță de 300 de lei, vă rugăm să achitați",
"Flat 4 is £120 behind, please settle it", «по квартире 7 долг, просим оплатить»), here and
in othersdata.py, backoffice.py and persons.py, which read a flat by its number too.

Look-alikes that stay clean: the customer's own money ("your balance is £230", "you and
your wife have £1,200 in your joint account"), a refusal ("I can't tell you how much is in
your husband's account"), a limit or a public rule ("your neighbour can claim up to
£500"), a conditional ("if your son has £50 in his account the payment goes through"), a
price of ours charged to a relative ("your husband's plan costs £20 a month"), and what
our staff are paid (backstage.py's family).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from supportdesk.tone.leakfinding import (
    BUT,
    RELATION,
    Leak,
    any_of,
    hinted,
    present,
    sentence_around,
    sentence_start,
    three_sentences,
)
from supportdesk.tone.leakvalues import BEREAVED
from supportdesk.tone.words import finder

_MESSAGE = "How much someone else has, owes, got or pays: their private data (R5)."

# a sum of money: a sign before the digits, or a currency or thousands word after them
_SUM = re.compile(
    r"(?i)[£$€₽]\s?\d[\d.,]*(?:\s?k\b)?|"
    r"\b\d{1,3}(?:[\s\u00a0.,]\d{3})*(?:[.,]\d{1,2})?\s?(?:k\b|[£$€₽]|lei\b|ron\b|eur\b|euro\b|usd\b|"
    r"de\s+(?:lei|euro|dolari|mii)\b|mii\b|руб\w*|р\.|тыс\w*|млн\b|миллион\w*)"
)
_SUM_HINTS = ("£", "$", "€", "₽", "lei", "ron", "eur", "usd", "mii", "руб", "р.", "тыс", "млн",
              "миллион", "0k", "1k", "2k", "3k", "4k", "5k", "6k", "7k", "8k", "9k")  # fmt: skip

# someone other than the customer
# a firm by its legal form: whose money a sum is (`_WHO`), or where a debt was passed to (`_assignee`)
_FIRM_SUFFIXES = ("Ltd", "LLC", "PLC", "SRL", "S.R.L.", "SA", "ООО", "ИП", "АО", "ПАО")
_WHO = re.compile(
    r"(?i)\b(?:ex-?\s?(?:husband|wife|partner)|(?:mother|father|son|daughter|brother|sister)-in-law|"
    r"mum|mom|dad|grandad|"
    r"grand(?:mother|father|ma|pa|son|daughter)|granny|the\s+(?:other|previous)\s+(?:driver|customer|"
    r"client|party|tenant|owner|user|passenger|account\s+holder)|another\s+(?:customer|client)|"
    r"(?:upstairs|downstairs|next\s+door)|"
    r"(?:he|she|him|his|her|hers)|"
    r"fost\w*\s+(?:so[țt]|partener)\w*|soacr\w*|socr\w*|bunic\w*|nor[ăa]|giner\w*|"
    r"celăl?alt\w*|cel[ăa]lalt\w*|alt\w*\s+client\w*|chiria[șs]\w*|proprietar\w*|"
    r"(?:firma|compania|clientul|clienta)(?!\s+noastr)|"
    r"lui|ei)\b|"
    r"(?-i:\b(?:" + "|".join(map(re.escape, _FIRM_SUFFIXES)) + r")\b)|"
    r"(?<!\w)(?:бывш\w+|т[её]щ\w*|свекр\w*|бабушк\w*|дедушк\w*|внук\w*|внучк\w*|зят\w*|невестк\w*|"
    r"арендатор\w*|владел\w*|собственник\w*|другого\s+клиента|другой\s+клиент|другому\s+клиенту|"
    r"у\s+(?:него|неё|нее)|(?:на\s+)?(?:его|её|ее)\s+(?:сч[её]т|вклад|карт|депозит|долг|зарплат)\w*)(?!\w)"
)
# what the sum is to them: held, owed, received, paid to us
# a flat or house by its number: someone else's only as the one that owes ("apartamentele 12
# și 27 au restanțe", «кв. 15 и кв. 62 должны»); a flat beside a balance is the customer's
# own read back («кв. 31, баланс +240 руб.»)
_FLAT = re.compile(
    r"(?i)\b(?:flat|apartment|house|unit|no\.?|number|apartament\w*|nr\.)\s*\d+|"
    r"(?<!\w)(?:кв\.\s*\d+|квартир\w*\s+\d+|\d+-[яй]|квартир\w*)(?!\w)"
)
# „datorează", „datorii": owes, debts; pol100 (trainP38): not „nu se datorează unor circumstanțe" (is
# due to) nor „datorită" (thanks to)
_OWES_RO = r"(?<!\bse\s)datoreaz[ăa]|datori(?:e|ei|a|i|ile|ilor)\b"
_DEBT = re.compile(
    r"(?i)\b(?:owes?|owed|owing|arrears|in\s+debt|debts?|behind|" + _OWES_RO + r"|restan[țt]\w*)\b|"
    r"(?<!\w)(?:долж\w*|долг\w*|задолж\w*|не\s+плат\w*)(?!\w)"
)
_STATE = re.compile(
    r"(?i)\b(?:balance|savings|deposit|sitting\s+in|in\s+(?:it|(?:his|her|the)\s+account))|"
    # pol83 (trainP32): "we've received the vet's invoice" is our post, not a payout to them
    r"\b(?:owes?|owed|owing|arrears|in\s+debt|debts?|behind\s+(?:on|with|by)|"
    r"(?<!we've\s)(?<!we\shave\s)(?<!i've\s)(?<!i\shave\s)received|got\s+paid|"
    r"(?:was|were)\s+paid|paid\s+(?:out|him|her|them|us)|we\s+paid|pays|paying|"
    r"sold\w*|depozit\w*|economii|pe\s+(?:cont|card)\w*|[îi]n\s+cont\w*|" + _OWES_RO + "|"
    r"restan[țt]\w*|a\s+primit|au\s+primit|i-am\s+pl[ăa]tit|le-am\s+pl[ăa]tit|ne-a\s+pl[ăa]tit|"
    r"ne-au\s+pl[ăa]tit|pl[ăa]te[șs]te|pl[ăa]tesc|are\s+contract|au\s+contract)\b|"
    r"(?<!\w)(?:на\s+(?:\w+\s+)?(?:сч[её]т[еуа]|вклад\w*|депозит\w*)|сч[её]т[еуа]|вклад\w*|"
    r"остат\w*|баланс\w*|долж\w*|долг\w*|задолж\w*|выплатил\w*|получил\w*|заплатил\w*|"
    r"платит|платят|оплачивает)(?!\w)"
)
_STATE_HINTS = ("balance", "savings", "deposit", "sitting", "in it", "account", "owe", "owing",
                "arrears", "debt", "behind", "received", "paid", "pays", "paying", "sold",
                "depozit", "economii", "cont", "card", "datore", "datori", "restan", "primit",
                "plătit", "platit", "plăte", "plate", "contract", "счёт", "счет", "вклад",
                "депозит", "остат", "баланс", "долж", "долг", "выплатил", "получил",
                "заплатил", "платит", "платят", "оплачивает")  # fmt: skip

# not theirs to keep: the customer's own or joint money, a refusal, a limit, a condition
_NOT_A_LEAK = re.compile(
    r"(?i)\b(?:joint|shared|comun\w*|up\s+to|at\s+most|maximum|p[âa]n[ăa]\s+la|maxim\w*|if|dac[ăa]|"
    # the customer's own money moved by us: "I've moved the money to her account, so …"
    # pol53 (trainP22): or to be refunded ("…or refund the remaining £74", «либо вернуть остаток»)
    r"moved|refund(?:ed)?|credited|transferred|top-?up|am\s+(?:mutat|returnat|rambursat|transferat)|"
    r"(?:putem|vom|pot)\s+(?:v[ăa]\s+)?(?:returna|rambursa)|"
    r"(?:can'?t|cannot|can\s+not|unable\s+to|not\s+able\s+to|won'?t|not\s+allowed\s+to)\s+(?:\w+\s+)?"
    r"(?:tell|say|share|disclose|reveal|confirm|discuss)|"
    r"nu\s+(?:v[ăa]\s+)?(?:pot|putem|avem\s+voie\s+s[ăa])\s+(?:s[ăa]\s+)?(?:v[ăa]\s+)?(?:spune|spun|comunic|divulg|"
    r"dezv[ăa]lui|discut)\w*)\b|"
    r"(?<!\w)(?:общ\w+|совместн\w+|до\s+\d|если|вернул\w*|вернуть|верн[её]м|зачисл\w*|перенесл\w*|перевел\w*|"
    r"не\s+(?:могу|можем|вправе|имею\s+права)\s+"
    r"(?:вам\s+)?(?:сказать|сообщить|раскрыть|назвать|обсуждать))(?!\w)"
)
# the customer's own: "your balance", "soldul dumneavoastră", «на вашем счёте»
_YOURS = re.compile(
    r"(?i)\byour\s+(?:\w+\s+)?(?:balance|account|savings|deposit|debt|arrears|flat|house|card|company|"
    r"firm|business)|\b(?:firma|compania|societatea)\s+(?:dvs\.?|dumneavoastr[ăa])|"
    r"(?<!\w)ваш\w*\s+(?:компани|фирм|организаци)\w*|"
    r"\b(?:sold\w*|cont\w*|depozit\w*|datori\w*|restan[țt]\w*|apartament\w*)\s+"
    r"(?:dumneavoastr[ăa]|dvs\.?|t[ăa]u)|"
    r"(?<!\w)(?:на\s+|по\s+)?ваш\w*\s+(?:\w+\s+)?(?:сч[её]т\w*|вклад\w*|баланс\w*|долг\w*|задолж\w*|"
    r"квартир\w*|карт\w*)"
)


_NONZERO = re.compile(r"[1-9]").search

# leak26: the reader asked to pay the sum: the flat or account is theirs ("Apartamentul 12 are
# o restanță de 300 de lei, vă rugăm să achitați", "Flat 4 is £120 behind, please settle it by
# Friday", «по квартире 7 долг 2 400 ₽, просим оплатить»): a bill, not a neighbour's debt
_BILLED = re.compile(
    # pol100 (trainP38): a debt assigned to a collector, "all payments … should be directed to them"
    r"(?i)\b(?:all\s+)?payments\s+(?:\w+\s+){0,5}?should\s+(?:now\s+)?be\s+(?:made|directed|sent|paid)\s+to\b|"
    r"\bplease\s+(?:\w+\s+)?(?:pay|settle|clear)\b|\byou\s+(?:can|could|need\s+to|should)\s+"
    r"(?:pay|settle|clear)\b|\bv[ăa]\s+rug[ăa]m\s+(?:s[ăa]\s+)?(?:o\s+|le\s+)?(?:achita|pl[ăa]ti)\w*|"
    r"\b(?:achita[țt]i|pl[ăa]ti[țt]i)\b|(?<!\w)(?:(?:просим|прошу)\s+(?:вас\s+)?(?:оплат|погас|внес)\w*|"
    r"оплатите|погасите|внесите|"
    # pol99 (blind73): «задолженность … можно оплатить по реквизитам ООО …» (the payee named, the reader pays)
    r"(?:можно|можете)\s+(?:\w+\s+)?(?:оплатить|погасить|внести)|(?:оплатить|погасить)\s+(?:её\s+|ее\s+|его\s+)?можно)(?!\w)|"
    # s36 (trainP21): a debtor's letter offers the reader instalments or warns them of the cut-off
    # („vă propunem eșalonarea sumei …, pentru a evita procedura de întrerupere a furnizării")
    r"\b(?:payment\s+plan|spread\s+(?:the\s+)?(?:cost|payments?|sum)|(?:avoid|prevent)\s+(?:a\s+|the\s+)?"
    r"(?:disconnection|cut-?off|suspension)|e[șs]alon\w*|[îi]n\s+rate|evita\s+(?:\w+\s+){0,2}?(?:[îi]ntrerup\w*|"
    r"debran[șs]\w*|deconect\w*|suspend\w*))\b|(?<!\w)(?:рассрочк\w*|во\s+избежание\s+(?:\w+\s+)?отключени\w*)(?!\w)|"
    # pol135 (trainP51's ru-yx028): or warns what follows if it stays unpaid («В случае непогашения
    # задолженности до 25 марта …», "If the balance is not paid by …", „În cazul neachitării …")
    r"(?<!\w)в\s+случае\s+(?:непогашени|неоплат)\w*|\bif\s+(?:the\s+|this\s+)?(?:balance|debt|arrears|amount|sum)\s+"
    r"(?:is|remains)\s+(?:not\s+paid|unpaid)\b|\b[îi]n\s+cazul\s+ne(?:achit[ăa]rii|pl[ăa][țt]ii)\b"
)
_BILLED_HINTS = ("pay", "settle", "clear", "achit", "plăti", "plati", "оплат", "погас", "внес", "spread",
                 "disconnect", "cut-off", "cutoff", "suspension", "eșalon", "esalon", "în rate", "in rate",
                 "evita", "рассрочк", "избежание", "непогашени", "неоплат", "not paid", "unpaid", "neachit",
                 "neplăț", "neplat")  # fmt: skip


def billed_to_reader(text: str, at: int) -> bool:
    """Whether the sentence holding `at` or the next one asks the reader to pay (R5: the
    debt is then the customer's own, read back to them; othersdata.py asks it too)."""
    if not any_of(text, _BILLED_HINTS):
        return False
    hi = three_sentences(text, at, at)[1]
    return finder(_BILLED).search(text, sentence_start(text, at), hi) is not None


def _refused(text: str, lo: int, at: int) -> bool:
    """A refusal, limit or condition before the sum, with no "but" between them."""
    for m in finder(_NOT_A_LEAK).finditer(text, lo, at):
        if not finder(BUT).search(text, m.end(), at):
            return True
    return False


# pol72: a referral scheme's reward („20 de lei în cont pentru fiecare prieten recomandat", "£10
# for every friend you refer", «500 ₽ за каждого приглашённого друга»): the customer's bonus,
# the friend only its measure
_REFERRAL = re.compile(
    r"(?i)\b(?:friends?|prieten\w*)\s+(?:\w+\s+)?(?:you\s+)?(?:refer|invite|recommend|recomand|invit)\w*|"
    r"\b(?:refer|invite|recommend|recomand\w*|invita\w*)\s+(?:a\s+|un\s+)?(?:friends?|prieten\w*)\b|"
    r"(?<!\w)(?:пригла\w+|привед\w+|приведённ\w+)\s+(?:\w+\s+)?(?:друг\w*|друз\w*)|(?:друг\w*|друз\w*)\s+по\s+"
    r"(?:ссылке|приглашению|промокоду)"
)

# pol121 (trainP46's en-yd045): the firm the customer's own debt was sold to ("the debt of £2,318.00 on
# account 7788120 has been passed to Lowell Financial Ltd", „a fost cesionat către Kruk România S.R.L.",
# «передан в ООО «ПКО …»», trainP47's «право требования … передано ООО «ПКО …»»): where to pay from
# now on, not someone else's money
_ASSIGNED_TO = re.compile(
    r"(?i)\b(?:passed|sold|assigned|transferred|handed\s+over)\s+(?:on\s+)?to\s+[^.!?\n]{0,40}$|"
    r"\bcesionat\w*\s+(?:c[ăa]tre|lui)\s+[^.!?\n]{0,40}$|"
    r"(?<!\w)(?:передан\w*|уступлен\w*|продан\w*)\s+(?:(?:в|коллектор\w*|компании)\s+)?[^.!?\n]{0,40}$"
)
# a debt said to be someone's by name ("Mr Patel's debt … has been passed to Lowell Ltd") stays theirs
_OWNER_NAMED = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z]|\b[A-Z][a-z]+'s\b|\b(?:[Dd]omnul|[Dd]oamna|[Dd]l|[Dd]na)\.?\s+[A-ZĂÂÎȘȚ]|"
    r"(?<!\w)(?:[Гг]осподин\w*|[Гг]оспож\w*)\s+[А-ЯЁ]"
)


def _assignee(text: str, lo: int, who: re.Match[str]) -> bool:
    return (
        who.group() in _FIRM_SUFFIXES
        and _ASSIGNED_TO.search(text, lo, who.start()) is not None
        and _OWNER_NAMED.search(text, lo, who.start()) is None
    )


def _theirs(text: str, m: re.Match[str]) -> bool:
    if not _NONZERO(m.group()):
        return False  # "your bill starts at £0": no one's money
    lo, hi = sentence_around(text, m.start(), m.end())
    if _refused(text, lo, m.start()) or finder(_YOURS).search(text, lo, hi):
        return False
    if billed_to_reader(text, m.start()):
        return False
    if not finder(_STATE).search(text, lo, hi):
        return False
    if any(not _assignee(text, lo, who) for who in finder(_WHO).finditer(text, lo, hi)):
        return True
    if RELATION.search(text, lo, hi) and not _REFERRAL.search(text, lo, hi):
        return True
    flats = (f for f in finder(_FLAT).finditer(text, lo, hi) if not _document_number(text, f))
    return bool(next(flats, None) and finder(_DEBT).search(text, lo, hi))


# pol53 (trainP22): "nr." after a contract, invoice, order or account word numbers the document
# („suma restantă … din contractul de credit nr. 77341", "invoice no. 4471"), not a flat
_DOCUMENT = re.compile(
    r"(?i)(?:contract\w*|credit\w*|factur\w*|comenz\w*|comand\w*|cont\w*|dosar\w*|polit\w*|"
    r"invoice|order|account|policy|agreement|loan|reference|договор\w*|сч[её]т\w*|заказ\w*|"
    r"полис\w*|кредит\w*)\s*$"
)


# s43 (trainP28): "nr." after a street's name numbers the building («locul de consum din str.
# Lalelelor nr. 7 … sold restant»): the customer's supply address, not a flat that owes
_STREET_BEFORE = re.compile(
    r"(?i)(?:\bstr\.|\bstrada|\bbd\.|\bbulevardul|\bcalea|\baleea|\b[șs]os\.|\b[șs]oseaua|\bpia[țt]a|"
    r"\bstreet|\broad|(?<!\w)ул\.|(?<!\w)улиц\w*)\s+[\w .'-]{1,30}$"
)


def _document_number(text: str, flat: re.Match[str]) -> bool:
    lo = max(0, flat.start() - 40)
    return (
        _DOCUMENT.search(text, max(0, flat.start() - 30), flat.start()) is not None
        or _STREET_BEFORE.search(text, lo, flat.start()) is not None
    )


def estate_debt(text: str, lo: int, hi: int) -> bool:
    """s43 (trainP28): a debt the dead left, told the bereaved who will settle it («Соболезнуем
    вашей утрате. По кредитной карте вашего мужа остаётся долг 46 200 ₽»): the heirs answer for
    it. What the dead had (a balance, a share) told someone who is not the executor stays a
    leak (R5)."""
    return finder(_DEBT).search(text, lo, hi) is not None and BEREAVED.search(text) is not None


def _estate_debt(text: str, m: re.Match[str]) -> bool:
    return estate_debt(text, *sentence_around(text, m.start(), m.end()))


def others_money(text: str) -> Iterator[Leak]:
    """The first sum told as someone else's balance, debt, payout or price (R5)."""
    if not any_of(text, _STATE_HINTS):
        return
    hints = present(text, _SUM_HINTS)
    for m in hinted(_SUM, text, hints, 16) if hints else ():
        if _theirs(text, m):
            if _estate_debt(text, m):
                return
            yield Leak("other-person", m.start(), m.end(), _MESSAGE)
            return
