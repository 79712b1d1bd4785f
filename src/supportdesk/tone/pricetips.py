"""leak36: an insider tip on a price move (R5: "Keep your mouth shut": what the team knows
of prices before the customers do stays in the team). The agent tells the customer when to
buy because of a sale or a price rise that has not been announced: "Quick tip: wait until
the 24th. The whole outerwear range drops to 40% off", "I'd lock it in this month – from 1
February every plan goes up by about 20%", „Nu cumpărați acum! De Black Friday laptopul ăsta
scade la 3.299 de lei", «Не покупайте пока! На «Чёрную пятницу» этот пылесос будет стоить
12 990 вместо 19 990». Every writer of heldK21 wrote one, none with a word that says it is
secret: unpublished.py needs a not-yet-public marker, and these have none.

So the family reads the mechanism: advice on WHEN to buy (wait, hold off, don't buy now,
lock it in this month; nu cumpărați acum, așteptați până; не покупайте пока, подождите до)
beside a PRICE MOVE to come with its figure (drops to 40% off, goes up by 20%, scade la
3.299 de lei, будет стоить 12 990) in the sentence, the one before or the one after.

Clean look-alikes: a price change or sale the draft says was announced, sent or is on the
website ("As announced in our newsletter, prices go up by 5% from 1 January, so renewing
before then keeps the old rate", "The sale is live on our website: 40% off until Sunday, so
order before then"), and waiting for anything that is not a price (a delivery, a refund). A
sale on now that the draft does not say is public ("our winter sale is on now: 40% off until
Sunday, so order before then") is still blocked: the family cannot tell it from a sale to
come, and a blocked draft asks for a confirmed override, never loses the reply. A sale said
to end ("the 20% off ends on Sunday, so I'd buy it before then") is on now and stays clean.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from supportdesk.tone.leakfinding import Leak, has_digit, hinted, present, three_sentences
from supportdesk.tone.unpublished import said_publicly
from supportdesk.tone.words import finder

_MESSAGE = (
    "A tip on a price move not announced yet: when prices change is the team's to know "
    "until it is public (R5)."
)

# advice on when to buy
_TIP = re.compile(
    r"(?i)\b(?:wait\s+(?:until|till|for|a\s+(?:few\s+|couple\s+of\s+)?(?:days?|weeks?))|hold\s+off|"
    r"(?:don'?t|do\s+not)\s+(?:buy|order|book|renew|upgrade|pay\s+for)\s+(?:it\s+|anything\s+|yet\s+)?"
    r"(?:now|yet|today|this\s+week|just\s+yet)|"
    r"lock\s+(?:it|this|that|the\s+price|your\s+price)\s+in|lock\s+in\s+(?:the|your|today|now)|"
    # leak38 (trainK26): "do it this month", „faceți-l luna asta", «оформляйте в этом месяце»
    r"do\s+it\s+(?:this\s+(?:month|week)|now|today|before)|face[țt]i-l\s+(?:luna|s[ăa]pt[ăa]m[âa]na)\s+asta|"
    r"(?:buy|order|book|renew|upgrade)\s+(?:it\s+|now\s+)?(?:before|by\s+the\s+end\s+of)|"
    r"nu\s+(?:cump[ăa]ra[țt]?i?|comanda[țt]?i?|re[îi]nnoi[țt]?i?)\s+(?:[îi]nc[ăa]|acum|azi|ast[ăa]zi)|"
    r"a[șs]tepta[țt]?i?\s+(?:p[âa]n[ăa]|c[âa]teva\s+zile|o\s+s[ăa]pt[ăa]m[âa]n[ăa]|pu[țt]in)|"
    r"mai\s+a[șs]tepta[țt]?i?|bloca[țt]i\s+pre[țt]ul|"
    r"(?:cump[ăa]ra[țt]i|comanda[țt]i|re[îi]nnoi[țt]i|face[țt]i\s+upgrade)\s+(?:acum\s+|chiar\s+acum\s+)?"
    r"(?:[îi]nainte|p[âa]n[ăa]\s+(?:la|pe|[îi]n))|"
    # s40 (heldK17-K35, trainK7-K42): "I'd grab it this week", "renew now", „faceți-o luna asta",
    # „să luați abonamentul anual acum", «переходите до конца месяца», «лучше сейчас» (not a code "valid till the end of the month")
    r"\bI'd\s+(?:grab|lock|renew|switch|move|get|buy|sign(?:\s+up)?|take|do)\b|(?:renew|switch|upgrade|buy|book|sign\s+up|"
    r"grab\s+it)\s+(?:now|this\s+(?:week|month)|today)|face[țt]i-o\s+(?:acum|luna\s+asta|p[âa]n[ăa])|"
    r"s[ăa]\s+(?:lua[țt]i|trece[țt]i|face[țt]i)\s+(?:\w+\s+){0,3}?acum|"
    r"(?<!\w)(?:(?:переходите|продлевайте|подключайте|делайте|берите|оформляйте)\s+(?:\w+\s+)?(?:сейчас|до|на\s+этой\s+неделе|"
    r"заранее)|лучше\s+(?:\w+\s+)?сейчас|сделайте\s+это\s+(?:до|сейчас|в\s+этом\s+месяце))(?!\w)|"
    # leak188 (heldK63's ru-zd021): a word between («Не покупайте абонемент сейчас»)
    r"(?<!\w)(?:не\s+(?:покупайте|покупай|заказывайте|оформляйте|продлевайте)\s+(?:\w+\s+)?(?:пока|сейчас|сегодня)|"
    r"подождите\s+(?:до|пару|несколько|немного|недел\w*)|повремените|оформляйте\s+(?:в\s+этом\s+месяце|сейчас|сегодня)|не\s+спешите\s+(?:с\s+)?(?:покупк\w*|покупать|"
    r"заказ\w*|оформл\w*|продлен\w*)|успейте|(?:купите|оформите|продлите|закажите)\s+(?:\w+\s+)?(?:до|в\s+этом\s+месяце|"
    r"сейчас|сегодня)))(?!\w)|"
    # leak186 (trainK70's ro-ze045): „Nu v-aș sfătui să așteptați … semnați până atunci", "I wouldn't wait …
    # sign before Friday", «Не советую ждать … подпишите до пятницы»
    r"\bnu\s+v-a[șs]\s+sf[ăa]tui\s+s[ăa]\s+a[șs]tepta[țt]i|\bsemna[țt]i\s+(?:\w+\s+)?p[âa]n[ăa]\s+(?:atunci|vineri|luni|la|pe|[îi]n)\b|"
    r"\bI\s+(?:wouldn'?t|would\s+not)\s+wait\b|\bsign\s+(?:it\s+|up\s+)?(?:before\s+(?:then|Friday|the)|by\s+(?:Friday|then|the))\b|"
    r"(?<!\w)(?:не\s+советую\s+ждать|подпишите\s+(?:\w+\s+)?до)(?!\w)"
)
_TIP_HINTS = ("sfătui", "sfatui", "semnați", "semnati", "sign", "не советую",
              "подпишите", "wait", "hold off", "don't", "dont", "do not", "lock", "buy", "order", "book", "renew", "upgrade",
              "nu cump", "nu comand", "nu reînn", "nu reinn", "aștept", "astept", "blocați", "blocati",
              "cumpărați", "cumparati", "comandați", "comandati", "reînnoiți", "reinnoiti", "faceți upgrade",
              "faceti upgrade", "не покуп", "не заказ", "не оформл", "не продлев", "подождите", "повремените",
              "не спешите", "успейте", "купите", "оформите", "продлите", "закажите", "do it",
              "faceți-l", "faceti-l", "оформляйте", "i'd", "grab", "switch", "sign up", "faceți-o",
              "faceti-o", "să luați", "sa luati", "să treceți", "sa treceti", "să faceți", "sa faceti",
              "переходите", "продлевайте", "подключайте", "делайте", "берите", "лучше", "сделайте это")  # fmt: skip
# a price move to come
_MOVE = re.compile(
    r"(?i)\b(?:drops?\s+to|dropping\s+to|(?:goes|go|going|will\s+go)\s+up|up\s+by|(?:rises?|rising|increases?|"
    r"increasing)\s+(?:by|to)|price\s+(?:rise|increase|hike|drop|cut)s?|"
    # s29 (trainK31): "the Family bundle is going from £39 to £46 a month"
    r"(?:goes|going|go|will\s+go|jumps?|jumping|moves?|moving)\s+from\s+[£$€]?\d[\d.,]*\s*\w{0,5}\s+to\s+[£$€]?\d+|"
    # s40: "it's going to £32", "taking it from £89 to £119", „ajunge la 55 de lei", „trece la 52",
    # «890 вместо 750», «поднимается до 690 ₽»
    r"(?:goes|going|go)\s+(?:up\s+)?to\s+[£$€]\d+|from\s+[£$€]\d[\d.,]*\s+to\s+[£$€]?\d+|(?:ajunge|trece)\s+"
    r"(?:de\s+la\s+\d[\d.,]*\s+)?la\s+\d+|\d+\s?%\s+off|(?:will\s+)?(?:cost|be)\s+"
    r"(?:just\s+|only\s+)?[£$€]\s?\d|cheaper|(?:come|comes|coming)\s+down|reduced\s+to|"
    r"scade\s+la|scad\s+la|cre[șs]te|cresc|se\s+scumpe[șs]t\w*|se\s+ieftine[șs]t\w*|scumpire\w*|ieftin\w*|"
    r"reducere\w*\s+de\s+\d|\d+\s?%\s+reducere|va\s+costa|vor\s+costa|va\s+fi\s+\d|cre[șs]tem|scumpim|scumpe[șs]te)\b|"
    # leak186 (trainK70's ro-ze045): „cea nouă e cu vreo 9% mai scumpă", "about 9% dearer", «на 9% дороже»
    r"\b(?:cu\s+(?:vreo\s+|aproximativ\s+|circa\s+)?\d+\s?%\s+mai\s+scump\w*|\d+\s?%\s+(?:more\s+expensive|dearer|pricier))\b|"
    r"(?<!\w)на\s+(?:\d+|\d+-\d+)\s?%\s+дороже(?!\w)|"
    # leak188 (heldK63's ru-zd021): «на «чёрную пятницу» будет минус 50% на все годовые», "minus 50%", „minus 50%"
    r"(?<!\w)(?:будет\s+)?минус\s+\d+\s?%|\b(?:will\s+be\s+|va\s+fi\s+)minus\s+\d+\s?%|"
    r"(?<!\w)(?:будет\s+стоить|будут\s+стоить|подорожа\w*|подешеве\w*|вырастет|вырастут|повыс(?:ят|ится|ятся)|"
    r"подним(?:ут|ется|утся|аем)|поднимается\s+до|\d[\d\s]*(?:₽|руб\w*)?\s+вместо\s+\d+|повышаем|сниз(?:ят|ится|ятся)|скидк\w*\s+(?:\w+\s+)?\d+\s?%|\d+\s?%\s+скидк\w*)(?!\w)"
)
# s40: a sale said to end is a sale on now, public ("the 20% off ends on Sunday, so I'd buy it
# before then"); over every labelled case one leak says so, and it is another family's
_SALE_ENDS = re.compile(
    r"(?i)\b(?:sale|offer|discount|promo\w*|deal|\d+\s?%\s+off)\s+(?:\w+\s+)?(?:ends|finishes|is\s+over|runs\s+until)\b|"
    r"\b(?:reducerea|oferta|promo[țt]ia|campania)\s+(?:\w+\s+)?(?:se\s+termin[ăa]|expir[ăa]|e\s+valabil[ăa]\s+p[âa]n[ăa])|"
    r"(?<!\w)(?:акци\w*|скидк\w*|распродаж\w*)\s+(?:\w+\s+)?(?:заканчива\w*|законч\w*|действует\s+до)"
)


def price_tips(text: str) -> Iterator[Leak]:
    """The first advice on when to buy beside a price move to come with its figure (R5)."""
    if not has_digit(text):
        return
    hints = present(text, _TIP_HINTS)
    for m in hinted(_TIP, text, hints, 30) if hints else ():
        lo, hi = three_sentences(text, m.start(), m.end())
        move = finder(_MOVE).search(text, lo, hi)
        if move is None or not has_digit(text, lo, hi) or _SALE_ENDS.search(text, lo, hi):
            continue
        if said_publicly(text):
            return
        yield Leak("internal-info", m.start(), m.end(), _MESSAGE)
        return
