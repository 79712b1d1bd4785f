"""leak20: an inquiry under way, told to a customer (R5: "Keep your mouth shut":
confidential data never leave). An investigation by our compliance or security team, an
authority's order or request for records, into the customer or into one of our staff:
telling it warns the person looked into and breaks the inquiry's confidence (in banking,
"tipping off" is an offence). Writers of heldK7, heldK8, blind32 and blind33 wrote it in
every language, in words backstage.py's reports to the financial-crime authorities do not
read: "compliance has an investigation running into the branch manager who approved your
loan", "We had a production order from Greater Manchester Police on this account",
"procuratura ne-a cerut săptămâna trecută extrasele de cont ale firmei dumneavoastră",
"există o verificare deschisă de departamentul de conformitate", «служба безопасности
прогоняет вас по своей базе», «служба комплаенса проверяет управляющего отделением».

A finding needs, in one sentence, WHO inquires (compliance, a security service, the
police, a prosecutor, a court, a regulator: "departamentul de conformitate", "procuratura",
«служба безопасности», «прокуратура») and THAT they inquire now or did (investigates, has
an investigation running, a production or court order, asked us for records, an open
check, a report sent). Look-alikes that stay clean: advice to report to the police, what
the law allows in general ("the police can only request records with a court order"),
"compliance requires us to ask for your ID", "our security team checked the payment".

The family starts from substring tests of the inquirer words (leakfinding's one pass over
the draft); nothing past them runs on a draft without one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from supportdesk.tone.leakfinding import Leak, first_accepted, present, sentence_around
from supportdesk.tone.words import finder

_MESSAGE = "An inquiry under way (compliance, police, a prosecutor): never tell the person (R5)."

_INQUIRER = re.compile(
    r"(?i)\b(?:compliance(?:\s+(?:team|department|officers?))?|financial\s+crime\s+(?:team|unit)|"
    r"(?:the\s+)?police|prosecutor\w*|(?:a|the)\s+court|(?:the\s+)?regulator|HMRC|NCA|FCA|"
    r"(?:departamentul|echipa|serviciul)\s+de\s+conformitate|conformitatea|procuratur\w*|parchet\w*|"
    r"poli[țt]i\w*|IPJ|IGPR|DGPMB|DNA|DIICOT|ANAF|ONPCSB|instan[țt]\w*|National\s+Crime\s+Agency|ICO|SFO|Serious\s+Fraud\s+Office|Action\s+Fraud|"
    # leak175 (trainK67's ro-ys032, en-ys032): the sector's regulator ("Ofcom actually opened an investigation into
    # it", „ANCOM a deschis o anchetă"), as the FCA and ФАС above
    r"Ofcom|Ofgem|Ofwat|CMA|ANCOM|ANRE|ASF|Consiliul\s+Concuren[țt]ei)\b|"
    r"(?<!\w)(?:служб\w+\s+(?:безопасности|комплаенса|финансового\s+мониторинга)|комплаенс\w*|"
    r"полици\w*|(?:ГУ\s+|У)?МВД|ФСБ|прокуратур\w*|следовател\w*|следственн\w+\s+комитет\w*|суд(?:ом|а)?|ФНС|"
    # leak174 (blind84's ru-ym072, heldK49's ru-wx041): «на нас ФАС завела проверку по ценам», «запрос от ЦБ»: the
    # competition watchdog and the central bank (Роспотребнадзор, where customers are told to complain, stays out)
    r"Росфинмониторинг\w*|ФАС|ЦБ|Банк\s+России|Роскомнадзор\w*)(?!\w)"
)
_INQUIRER_HINTS = ("compliance", "financial crime", "police", "prosecutor", "court", "regulator",
                   "hmrc", "nca", "fca", "conformitate", "procuratur", "parchet", "poliți",
                   "politi", "ipj", "igpr", "dgpmb", "dna", "diicot", "anaf", "onpcsb", "instanț", "instant",
                   "служб", "комплаенс", "полици", "прокуратур", "следовател", "следствен",
                   "суд", "фнс", "росфинмониторинг", "мвд", "фсб", "crime agency", "ico", "sfo", "fraud office",
                   "action fraud", "фас", "цб", "банк росси", "ofcom", "ofgem", "ofwat", "cma", "ancom",
                   "anre", "asf", "concuren", "роскомнадзор")  # fmt: skip
# that they inquire: now, or an order or request already made
_INQUIRING = re.compile(
    r"(?i)\b(?:investigat\w*|inquiry|enquiry|production\s+order|court\s+order|subpoena|warrant|"
    # s38 (trainK40): "the police contacted us … asking for your ex-partner's account details"
    r"(?:requested|asked\s+(?:us\s+)?for|asking\s+(?:us\s+)?for|demanded)\s+(?:your|the|all|this|his|her)\b|reported\s+(?:you|your)|"
    # leak117 (heldK42): "the account is the one the police asked us about last week"
    r"asked\s+us\s+about|"
    # leak125 (trainK50): "pulling your transaction history for the Thames Valley Police request"
    r"(?<=police\s)(?:data\s+)?request\b|(?<=court\s)request\b|"
    r"(?:is|are)\s+(?:looking|checking)\s+into|"
    # s31 (heldK26, every language): a request received, named by whom it came from ("after we
    # had a request from Thames Valley Police about your number", „după o solicitare de la
    # Poliția Sector 3", «после запроса из УМВД по вашему номеру»)
    # leak140 (trainK54): "There's a request on your account from Greater Manchester Police for your statements"
    r"(?:a|an|the)\s+(?:formal\s+|official\s+|data\s+)?(?:request|order|notice|demand)\s+(?:on\s+(?:your|the|this|his|her)\s+account\s+)?from|"
    r"(?:o|unei|la\s+o)\s+(?:solicitare|cerere|adres[ăa])\s+de\s+la|"
    # s46 (trainK48): „ca urmare a unei adrese primite de la IPJ Constanța"
    r"(?:unei|unor)\s+(?:solicit[ăa]ri|cereri|adrese)\s+(?:oficiale\s+)?primite\s+de\s+la|"
    # ... or done at their request ("frozen at the request of the National Crime Agency", „blocat la
    # cererea DIICOT", «заблокирован по требованию ФСБ»)
    # pol54 (trainP23): „la dispoziția persoanelor fizice" is "at the disposal of", not "by order of"
    # pol83 (trainP32): „le putem pune la dispoziția Poliției" is "make them available to"
    # pol109 (trainP41's ro-xl041): „le punem imediat la dispoziția Poliției" too
    r"(?:at|on)\s+the\s+(?:request|instruction|order)\s+of|(?<!pune\s)(?<!punem\s)la\s+(?:cererea|solicitarea|ordinul|"
    r"(?<!imediat\sla\s)(?<!oric[âa]nd\sla\s)dispozi[țt]ia(?!\s+(?:persoan|clien|public|dumneavoastr|dvs|tuturor|oric)))|"
    r"investigheaz\w*|investiga[țt]i\w*|ancheta\w*|anchet[ăa]|verificare\s+deschis[ăa]|"
    r"ne-a(?:u)?\s+(?:cerut|solicitat)|a(?:u)?\s+(?:cerut|solicitat)-o|a(?:u)?\s+(?:cerut|solicitat)\s+(?:acelea[șs]i\s+|toate\s+)?(?:extras|date|documente|istoric)\w*|"
    # leak112 (trainK47): "there's a police data request open on your brother's number"
    r"(?:data|information|disclosure)\s+request\s+(?:open|pending|outstanding)|"
    r"(?:a|au)\s+trimis\s+un\s+raport|"
    # leak177 (trainK68's ro-yw049): a deadline or an order given to us („ASF ne-a dat termen până în mai să ne majorăm
    # capitalul", "the FCA has given us until May to raise capital", «ЦБ дал нам срок до мая»)
    r"ne-a(?:u)?\s+(?:dat\s+termen|obligat|somat|impus)|(?:has\s+|have\s+)?(?:given|gave)\s+us\s+(?:until|till|a\s+deadline)|"
    r"ordered\s+us\s+to)\b|"
    r"(?<!\w)(?:(?:дал|дали|выдал\w*)\s+(?:нам\s+)?(?:срок|предписани\w*)|обязал\w*\s+нас)(?!\w)|"
    r"(?<!\w)(?:провер\w*\s+(?:вас|ваш\w*|управляющ\w*|сотрудник\w*|менеджер\w*|директор\w*)|"
    r"прогоня\w*|расследова\w*|запросил\w*|запрос\w*\s+(?:из|от)|"
    # s39 (heldK35): «в связи с поступившим запросом прокуратуры»
    r"запрос\w*\s+(?:прокуратур|полици|следств|следовател|суда|ФНС|МВД|налогов)\w*|по\s+(?:запросу|требованию|постановлению|решению)|затребова\w*|постановлени\w*|"
    r"изъя\w*|"
    # leak174 (blind84's ru-ym072): «завела (на нас) проверку», «возбудила дело»
    r"(?:завел\w*|возбудил\w*|начал\w*|открыл\w*)\s+(?:на\s+нас\s+|против\s+нас\s+)?(?:внеплановую\s+)?(?:проверку|дело|расследование))(?!\w)"
)
# advice, a rule said in general, a condition: "please report it to the police", "the
# police can only request records with a court order", "if the court asks"
# s39 (heldK34): "I can say", „vă pot zice", «могу сказать» frame a statement, no condition ("I can't
# give you the address, but I can say the police already requested his order history")
_GENERAL = re.compile(
    r"(?i)\b(?:(?:can|could|pot)(?!\s+(?:say|tell\s+you|confirm|spune|zice|confirma)\b)|may|might|would|only|if|"
    r"whenever|please|should|dac[ăa]|doar|pute[țt]i|poate|trebuie)\b|"
    r"(?<!\w)(?:если|только|может|могут|можете|должны|обратитесь)(?!\w)"
)


# pol61 (trainP27): what we will hand over when an authority asks ("on an official request from the
# police we will provide all the information", „la cererea poliției vom furniza", «по официальному
# запросу полиции мы предоставим всю информацию»): a promise for later, no inquiry under way
_WILL_PROVIDE = re.compile(
    r"(?i)\bwe(?:'ll|\s+will)\s+(?:provide|share|disclose|hand\s+over|release)\b|\bvom\s+(?:furniza|transmite|pune)\b|"
    r"(?<!\w)(?:предоставим|передадим|раскроем|выдадим)(?!\w)"
)


def _under_way(text: str, m: re.Match[str]) -> bool:
    lo, hi = sentence_around(text, m.start(), m.end())
    inquiring = finder(_INQUIRING).search(text, lo, hi)
    if inquiring is None:
        return False
    first = min(m.start(), inquiring.start())
    # the condition or advice reads in the inquiry's own clause: "I can see why it's frozen – it's
    # been done at the request of the NCA" states it (trainK33); so does "I can't give you his
    # address, but the police already requested …" (s39, heldK34)
    clause = max(
        text.rfind(d, lo, first) for d in ("–", "—", " - ", ";", ":", " but ", " dar ", " но ")
    )
    return (
        _GENERAL.search(text, max(lo, clause + 1), first + 1) is None
        and _GENERAL.search(text, first, max(m.end(), inquiring.end())) is None
        and _WILL_PROVIDE.search(text, first, hi) is None
    )


# pol76 (trainP30, every language): the customer's own report under investigation, with where to
# follow it up ("the officer in charge can be contacted using the crime reference number you were
# given", „vă rugăm să vă adresați agentului care instrumentează dosarul", «обращайтесь в отдел
# полиции, принявший заявление, указав номер КУСП»): they started the inquiry, nobody is tipped off
_THEIR_REPORT = re.compile(
    r"(?i)\bcrime\s+reference(?:\s+number)?\s+(?:you\s+were\s+given|they\s+gave\s+you|from\s+your)\b|"
    r"\byour\s+crime\s+reference\b|"
    # pol86 (trainP33): "The officer dealing with your report will contact you"
    r"\bofficer\s+(?:dealing\s+with|handling|in\s+charge\s+of|assigned\s+to)\s+your\s+(?:report|case|complaint|claim)\b|"
    r"\bagent\w*\s+care\s+instrumenteaz\w*|\bnum[ăa]rul\s+(?:de\s+)?dosar\w*\s+penal\w*|"
    r"(?<!\w)(?:принявш\w+\s+(?:ваше\s+)?заявлени\w*|(?:проверк\w+|расследовани\w+)\s+по\s+вашему\s+заявлению)(?!\w)|"
    # pol131 (trainP49's ru-yp011): the receipt the police gave for their report, asked of them for a claim
    # («нужен талон-уведомление из полиции о приёме заявления», "a copy of your police report")
    r"(?<!\w)талон\w*[-\s]+уведомлени\w*|\b(?:copy|copies)\s+of\s+(?:the\s+|your\s+)?police\s+report\b"
)


def inquiries(text: str) -> Iterator[Leak]:
    """The first inquirer named with an inquiry under way in its sentence (R5)."""
    hints = present(text, _INQUIRER_HINTS)
    if hints and _THEIR_REPORT.search(text):
        return
    yield from first_accepted(
        _INQUIRER, text, hints, 60, lambda m: _under_way(text, m), "internal-info", _MESSAGE
    )
