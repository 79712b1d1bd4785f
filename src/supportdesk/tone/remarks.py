"""leak20: what our colleagues or records say of the customer, told to them (R5: "Keep
your mouth shut": confidential data never leave; an internal judgement of a person is
the team's, not theirs to read). Writers of heldK7, heldK8, blind31-32, trainK2 and
trainK8 each wrote it in every language, in words backoffice.py's labelled notes and
backstage.py's fraud verdicts do not read: "the team has you down as a likely chargeback
abuser", "the assessor's private notes say he thinks you staged the burglary", "În dosar,
șeful de tură a scris despre dvs. „probabil minte …”", "în sistem apare „nu reînnoim –
client neprofitabil”", «В CRM вы значитесь как «низкий приоритет, нецелевой»», «у нас в
чате вас зовут «господин со скриншотами»», «инспектор в системе написал: «заявитель
мутный, затянуть …»».

A finding pairs, within the sentence before, the sentence and the one after:
- a JUDGEMENT of a person (lying, abuser, aggressive, staged, exaggerated, vexatious, not
  worth the effort, low priority, unprofitable, high risk, "do not offer goodwill";
  "minte", "înscenare", "neprofitabil", "de amânat"; «врёт», «дроппер», «скандалист»,
  «мутный», «затянуть», «склонен к …», «не тратить время»);
- with its SOURCE inside the team: a file, note, system, CRM, card or chat of ours, or a
  colleague who wrote, noted, marked or has the customer down as something.

leak25 (heldK12, trainK14-K15): the note pasted as it stands, "[note 03/11 - RG: litigious,
do NOT offer goodwill]", «/коммент от Лены: скандальный …/», «заметка коллеги: «конфликтный
…»», "the last agent wrote 'serial refunder'": its marks and words are the source.

leak26 (heldK13, blind38): the note handed on in words ("a note from my colleague saying
you're …", "pasting the last note from the account", „a lăsat la comanda ta notița:", «скопирую
вам комментарий коллеги») and a suspicion or a stalling order in it ("suspected fraud – delay
payment", "a possible money mule", "just let him churn", „provocate intenționat",
„tergiversați", «выплату придержать»); a negated «не умышленное» and "for suspected fraud"
(a payment stopped to protect the customer) are no verdict.

leak27 (heldK14): a team of ours that suspects the customer's money, named as the source
("the risk team suspects the funds come from scams", „departamentul de risc bănuiește că în
cont intră bani din înșelătorii", «служба безопасности подозревает, что деньги от
мошенников»); the customer told they may be a scam's victim is no verdict.

Look-alikes that stay clean: a note of the customer's own wishes ("In your file I've noted
that you prefer calls in the afternoon", «В карточке я отметила, что вы просили не звонить
по выходным»), a payment flagged to protect them ("our system flagged the payment as
possibly fraudulent"), a denial ("we never write remarks like that in your file"), a
judgement said of no record ("an aggressive marketing campaign").

The family starts from substring tests of the judgement words (leakfinding's one pass
over the draft); nothing past them runs on a draft without one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from supportdesk.tone.leakfinding import Leak, hinted, present, three_sentences
from supportdesk.tone.words import finder

_MESSAGE = "What our colleagues or records say of the customer: never for them to read (R5)."

_JUDGEMENT = re.compile(
    r"(?i)\b(?:liar|lying|lies\s+about|abuser|abusive|staged|"
    # "aggressive pricing" is no judgement of a person
    r"aggressive(?!\s+(?:pricing|prices|marketing|campaign|discount\w*|growth|timeline|schedule|"
    r"approach|offer\w*|rates?|targets?))|exaggerat\w*|troublemaker|"
    r"time-?waster|difficult\s+(?:customer|client)|problem\s+(?:customer|client)|serial\s+complainer|"
    r"vexatious|chancer|not\s+worth\s+(?:the\s+)?(?:effort|time|it)|low[- ]priority|unprofitable|"
    r"high[- ]risk|do\s+not\s+(?:offer|refund|compensate|approve)|don'?t\s+(?:offer|refund|compensate|"
    r"approve)|(?:likely|possible|probable)\s+(?:fraud\w*|abuser|scam\w*|mule|chargeback)|"
    r"impersonation\s+marker|push\s+back|"
    # leak23: the verdict as an instruction to colleagues ("likely friendly fraud … hold all
    # refunds", "looks inflated, offer 60% and hold", "escalate to legal if he mentions …")
    r"(?:friendly|first[- ]party)\s+fraud|hold\s+(?:all\s+)?(?:refunds?|payments?|claims?)|and\s+hold|"
    r"no\s+refunds?\s+(?:above|over|without)|looks\s+inflated|escalate\s+to\s+legal|"
    r"threatens\s+(?:the\s+)?(?:ombudsman|legal|court|press)|"
    r"client[ăa]?\s+dificil[ăa]?|amenin[țt][ăa]\s+(?:des\s+)?cu|nu\s+(?:acorda[țt]i|aproba[țt]i|oferi[țt]i|"
    r"da[țt]i)|nu\s+se\s+(?:mai\s+)?acord[ăa]|persoane\s+interzise|clien[țt]i\s+(?:bloca[țt]i|interzi[șs]i)|"
    r"minte|mincinos\w*|abuziv\w*|agresiv\w*|[îi]n[șs]el[ăa]tor\w*|[îi]nscen\w*|c[ăa]r[ăa]u[șs]|"
    r"scandal\w*|problematic\w*|nu\s+merit[ăa]|de\s+am[âa]nat|neprofitabil\w*|prioritate\s+sc[ăa]zut[ăa]|"
    r"nu\s+re[îi]nnoim|risc\s+(?:ridicat|mare)|umfle|exager\w*|nu\s+(?:mai\s+)?aprob[ăa]m|"
    r"nu\s+se\s+oferteaz[ăa]|reclamagiu|cic[ăa]litor|r[ăa]u[- ]platnic|"
    # leak25: the note's own words ("litigious, threatened solicitor", "erratic on calls, keep
    # contact brief", "serial refunder, do not goodwill", „client conflictual, compensație
    # minimă", «скандальный», «ложная претензия», «угрожал сотрудникам»)
    r"litigious|threaten(?:ed|s)\s+(?:\w+\s+)?(?:solicitors?|lawyers?|legal|court|press|staff)|erratic|"
    r"(?:possibly|probably|mentally|emotionally)\s+(?:unwell|unstable)|keep\s+(?:contact|calls?)\s+"
    r"(?:brief|short|minimal)|serial\s+(?:refunder|returner|claimer|complainant)|do\s+not\s+goodwill|"
    r"conflictual\w*|"
    r"a\s+amenin[țt]at|compensa[țt]i[ea]\s+minim[ăa]|"
    # leak26: a suspicion or a stalling order ("suspected fraud – delay payment", "a possible
    # money mule", "just let him churn", „daunele par provocate intenționat", „tergiversați")
    r"(?<!\bfor\s)(?<!\bof\s)suspected\s+(?:fraud\w*|abuse|mule|scam\w*)|(?:delay|stall|slow-?walk)\s+(?:the\s+)?"
    r"(?:payment|payout|claim|refund)s?|refer\s+to\s+(?:siu|fraud)|let\s+(?:him|her|them)\s+churn|"
    r"(?:likely|possible|probable)\s+money\s+mule|(?:deliberately|intentionally|on\s+purpose)\s+"
    r"(?:caused|damaged|staged)|provocat\w*\s+(?:inten[țt]ionat|cu\s+inten[țt]ie)|suspect\w*\s+de\s+fraud\w*|"
    r"tergivers\w*|am[âa]na[țt]i\s+plata|"
    # leak27: money said to come from a crime ("funds from scams", "proceeds of fraud")
    r"(?:from|proceeds\s+of)\s+(?:online\s+|phone\s+)?(?:scams?|fraud|launder\w*))\b|"
    r"(?<!\w)(?:(?:от|с|из)\s+(?:\w+\s+)?мошенни\w*|отмыв\w*)(?!\w)|"
    r"(?<!\w)(?:вр[её]т|лж[её]т|лжец\w*|врун\w*|дроппер\w*|скандалист\w*|склон\w*\s+к|мутн\w*|"
    r"затянуть|затягивать|не\s+тратить\s+время|отказывать|не\s+давать|нецелев\w*|низк\w*\s+приоритет\w*|"
    r"неприбыльн\w*|сутяжни\w*|кверулянт\w*|проблемн\w*\s+клиент\w*|инсцен\w*|жалобщик\w*|"
    r"вымогател\w*|неадекват\w*|высок\w*\s+риск\w*|господин\s+со|агрессивн\w*|тянуть|конфликтн\w*|"
    r"не\s+пойд[её]т|закрыть\s+шаблон\w*|скандальн\w*|ложн\w+\s+(?:претензи|жалоб|заявлени)\w*|"
    r"угрожал\w*|(?:компенсаци\w*|возврат\w*)\s+(?:по\s+минимуму|не\s+предлагать|не\s+давать)|"
    # leak26: «подозрение на мошенничество», «умышленно повредил», «выплату придержать»
    r"подозрени\w+\s+на\s+(?:мошенни|дроп|фрод)\w*|(?<!не\s)умышленн\w*|(?:выплат|возврат)\w*\s+придерж\w*)(?!\w)"
)
_JUDGEMENT_HINTS = (
    "liar", "lying", "lies about", "abuser", "abusive", "aggressive", "staged", "exaggerat",
    "troublemaker", "waster", "difficult cu", "difficult cl", "problem cu", "problem cl",
    "serial complainer", "vexatious", "chancer", "not worth", "low priority", "low-priority",
    "unprofitable", "high risk", "high-risk", "not offer", "not refund", "not compensate",
    "not approve", "n't offer", "n't refund", "n't compensate", "n't approve", "fraud", "scam",
    "mule", "chargeback", "impersonation", "push back",
    "minte", "mincinos", "abuziv", "agresiv", "înșelă", "inselă", "insela", "înscen", "inscen",
    "cărăuș", "carauș", "carau", "scandal", "problematic", "nu merit", "de amânat", "de amanat",
    "neprofitabil", "prioritate scăzut", "prioritate scazut", "nu reînnoim", "nu reinnoim",
    "risc ridicat", "risc mare", "umfle", "exager", "aprobăm", "aprobam", "se ofertează",
    "se ofertaza", "reclamagiu", "cicălitor", "cicalitor", "platnic",
    "врёт", "врет", "лжёт", "лжет", "лжец", "врун", "дроппер", "скандалист", "склон", "мутн",
    "затянуть", "затягивать", "не тратить время", "отказывать", "не давать", "нецелев", "приоритет",
    "неприбыльн", "сутяжни", "кверулянт", "проблемн", "инсцен", "жалобщик", "вымогател",
    "неадекват", "риск", "господин со", "агрессивн",
    # leak23
    "friendly fraud", "first-party fraud", "first party fraud", "hold", "no refund", "inflated",
    "escalate to legal", "threatens", "dificil", "amenin", "nu acorda", "nu aproba", "nu oferi",
    "nu dați", "nu dati", "se acord", "se mai acord", "interzise", "blocați", "blocati", "interziși",
    "interzisi", "тянуть", "конфликтн", "не пойд", "шаблон",
    # leak25
    "litigious", "threatened", "threatens", "erratic", "unwell", "unstable", "keep contact",
    "keep calls", "keep call", "serial", "goodwill", "conflictual",
    "amenințat", "amenintat", "minimă", "minima", "скандальн", "ложн", "угрожал", "по минимуму",
    "не предлагать",
    # leak26
    "suspected", "delay", "stall", "slow-walk", "slow walk", "refer to", "churn", "deliberately",
    "intentionally", "on purpose", "provocat", "suspect", "tergivers", "amânați", "amanati",
    "подозрени", "умышленн", "придерж",
    # leak27
    "мошенни", "отмыв", "launder",
)  # fmt: skip
# where the judgement comes from: a file, note, system, CRM, card or chat of ours, or a
# colleague who wrote it down
_SOURCE = re.compile(
    r"(?i)\b(?:(?:in|on|from)\s+(?:the\s+|your\s+|our\s+|his\s+|her\s+|their\s+)?(?:file|notes?|system|"
    r"crm|records?|card|chat|ticket|case\s+notes|profile)|(?:notes?|remarks?|comments?|marker)\s+"
    r"(?:say|says|said|read|reads|on)|(?:private|internal)\s+(?:notes?|comments?|remarks?|marker|flag)|"
    r"(?:has|have|had)\s+you\s+(?:down|flagged|marked|listed|tagged)|(?:flagged|marked|tagged|"
    r"labell?ed|listed)\s+(?:you|your\s+account)|wrote|noted|commented|put\s+down|"
    r"our\s+(?:chat|group|channel)|(?:their|his|her|the)\s+note|note\s+from\s+your\s+file|"
    r"[îi]n\s+(?:dosar\w*|sistem\w*|fi[șs]\w+|aplica[țt]ia\s+intern[ăa]|crm|not\w*|grup\w*|chat\w*|"
    r"eviden[țt]\w*)|(?:a|au|am)\s+(?:scris|notat|trecut|marcat|bifat)|v-a(?:u)?\s+(?:marcat|trecut|"
    r"notat|catalogat|etichetat)|marcaj\s+intern|not[ăa]\s+(?:intern[ăa]|dosar)|pe\s+grup|"
    r"v[ăa]\s+zicem|bifa|ave[țt]i\s+(?:grad|bifa|eticheta|marcaj)|"
    # leak23: a record flagged or a note left on it, a colleague's bracketed note, our lists
    r"(?:file|profile|account|record|claim|case)\s+(?:is|was|has\s+been)\s+(?:flagged|marked|tagged|noted)|"
    r"(?:note|marker|flag)\s+on\s+(?:your|the)|l[ăa]sat\s+o\s+not[ăa]|"
    r"list[ae]\s+(?:noastr[ăa]|intern[ăa])|internal\s+(?:block|black|ban)?\s*list|"
    # leak26: a note handed on ("a note from my colleague saying", "pasting the last note from
    # the account", "marked your profile as", „a lăsat la comanda ta notița")
    r"(?:note|comment|remark)s?\s+(?:from|by)\s+(?:my|a|one\s+of\s+my|our|the|your\s+last)\s+"
    r"(?:colleague|agent|adviser|advisor|manager|team)s?|(?:pasting|copying|quoting|paste|copy)\s+"
    r"(?:you\s+)?(?:in\s+)?(?:the\s+)?(?:last\s+|latest\s+|internal\s+)?(?:note|comment|remark)s?|"
    r"(?:flagged|marked|tagged|labell?ed|listed)\s+your\s+(?:profile|claim|file|record|case)|"
    r"noti[țţt]\w*\s*:|(?:coleg\w*|agent\w*|inspector\w*)\s+(?:\w+\s+)?a\s+l[ăa]sat|"
    # leak27: a team of ours that suspects ("the risk team suspects", „departamentul de risc
    # bănuiește", «служба безопасности подозревает»)
    r"(?:risk|fraud|compliance|security|aml|financial\s+crime)\s+(?:team|department|desk|unit|people)\s+"
    r"(?:\w+\s+)?(?:suspects?|thinks?|believes?|reckons?|is\s+worried)|"
    r"(?:departamentul|echipa|serviciul)\s+(?:de\s+)?(?:risc|conformitate|antifraud[ăa]?|securitate)\s+"
    r"(?:\w+\s+)?(?:b[ăa]nuie[șs]te|suspecteaz[ăa]|crede|consider[ăa]))\b|"
    r"(?<!\w)(?:служба\s+безопасности|риск-?отдел|отдел\s+рисков|комплаенс|финмониторинг|антифрод)\s+"
    r"(?:\w+\s+)?(?:подозрева|счита|дума|полага)\w*|"
    r"(?<!\w)(?i:комментари\w*\s+(?:коллег|сотрудник|менеджер|оператор)\w*|(?:с|ско)?копирую\s+"
    r"(?:вам\s+)?(?:комментари|заметк|запис|пометк)\w*)(?!\w)|"
    r"\[\s*(?i:note|comment)\s+from\b|"
    # leak25: a colleague's pasted note ("[note 03/11 - RG: …]", "/коммент от Лены: …",
    # «копирую из наших заметок», «заметку коллеги», «в вашей карточке»)
    r"\[\s*(?i:note|comment|nb|internal)\b|(?i:last|previous|other)\s+agent\b|"
    r"(?i:file|record|account|profile)\s+(?i:says|said|reads)\b|"
    r"(?<!\w)(?i:/?коммент\w*\s+от|заметк\w*\s+(?:коллег|от|сотрудник|менеджер)\w*|из\s+(?:наш\w+\s+)?заметок|"
    r"в\s+ваш\w+\s+(?:карточк|деле|анкет|досье|профил)\w*)(?!\w)|"
    r"(?<!\w)(?:\[\s*комментари\w*|в\s+комментари\w*|пометили|"
    # a colleague's pen, not the customer's ("спасибо, что написали")
    r"(?:юрист|коллег|сотрудник|менеджер|инспектор|эксперт|оценщик)\w*\s+(?:\w+\s+)?(?:написали|отметили)|"
    r"внутренн\w+\s+спис\w*|стоп-лист\w*)(?!\w)|"
    r"(?<!\w)(?:в\s+(?:карточк\w*|систем\w*|crm|деле|досье|заметк\w*|чате|базе|анкет\w*)|"
    # one colleague's pen, not "спасибо, что написали" (the reader's)
    r"(?:на|при|от|по|за)?(?:писал|метил|писала|метила)(?!\w)|пометк\w*|значитесь|числитесь|вас\s+зовут|"
    r"вас\s+называ\w*)(?!\w)"
)
# a denial: "we never write remarks like that", "nu există nicio notă", «никаких пометок нет»;
# leak27: or the customer as a fraud's victim ("victima unei înșelătorii", «жертвой мошенников»)
_DENIAL = re.compile(
    r"(?i)\b(?:never|there\s+(?:is|are)\s+no|nothing\s+like|nu\s+exist[ăa]|nu\s+scrie\s+nimic|"
    r"nicio\s+not[ăa]|victim\w*)\b|(?<!\w)(?:никогда|нет\s+никак\w*|никаких\s+(?:пометок|отметок|записей)|"
    r"жертв\w*)(?!\w)|"
    # pol59 (trainP26): a regulator's public register, not our file («счёт есть в базе Банка
    # России как связанный с мошенническими операциями»)
    r"(?<!\w)(?:баз[аеуы]|реестр\w*)\s+(?:данных\s+)?(?:Банка\s+России|ЦБ|ФинЦЕРТ)|"
    # pol83 (trainP32): a protection against fraudsters («это и есть защита от мошенников»)
    r"(?<!\w)защит\w*\s+(?:\w+\s+)?от\s+мошенни\w*|\bprotect\w*\s+(?:\w+\s+)?(?:from|against)\s+(?:\w+\s+)?(?:scam|fraud)\w*|"
    r"\bprotec[țt]i\w*\s+(?:\w+\s+)?(?:[îi]mpotriva|contra)\s+(?:\w+\s+)?(?:fraud|[îi]n[șs]el[ăa]tor)\w*|"
    r"\bbaz[aei]\w*\s+(?:de\s+date\s+)?(?:a\s+)?(?:BNR|B[ăa]ncii\s+Na[țt]ionale)"
)


# leak36: a note or label of ours QUOTED to the customer, with a judgement of them in its
# quotation marks (rule misses of 25 splits: "I've added a note to your file: 'customer sounds
# unstable …'", "From the ticket history: 'Has called 14 times, probably lonely …'", "Your profile
# has the tag ABUSIVE_CALLER", „Colega … a notat: «clientă cicălitoare …»", «В профиле у вас
# комментарий оператора: «Пишет в соцсети, … ничего не обещать»», «метка «АГРЕССИВНЫЙ_АБОНЕНТ»»).
# The record word is followed by the quotation within 40 characters; the judgement is read in
# the quotation only, from a wider list than _JUDGEMENT's (the quoted record says whose it is).
# The customer's own instructions quoted ("the note says 'leave it with the neighbour'") stay
# clean.
_RECORD_QUOTE = re.compile(
    r"(?i)(?:\b(?:notes?|file|profile|history|comments?|remarks?|tag(?:ged)?|label(?:led)?|flag(?:ged)?|"
    r"marked|record|card|crm|left|wrote|reads?|says?|noted|fi[șs][ăa]|not[ăa]|noti[țt]\w*|istoric\w*|"
    r"etichet\w*|marcaj\w*|marcat\w*|men[țt]iune\w*|scrie|notat|observa[țt]ii)\b|(?<!\w)(?:карточк\w*|"
    r"заметк\w*|пометк\w*|отметк\w*|метк\w*|комментари\w*|истори\w*|профил\w*|написал\w*|признак\w*|"
    r"числитесь|значитесь|записал\w*|отметил\w*)(?!\w))[^.!?\n'\"«„“‘]{0,40}?"
    r"(?:(?<=[\s:(—–-])(?P<q>['\"«„“‘])|(?P<t>\b[a-zа-яё]{4,}_[a-zа-яё_]{3,}\b))"
)
# where a quotation ends: a closing mark not inside a word ("don't" goes on)
_QUOTE_END = re.compile(r"['\"»”’](?![^\W\d_])")
_RECORD_QUOTE_HINTS = ("note", "file", "profile", "history", "comment", "remark", "tag", "label", "flag",
                       "marked", "record", "card", "crm", "left", "wrote", "read", "say", "fișă", "fisa",
                       "fișa", "notă", "nota", "notiț", "notit", "istoric", "etichet", "marcaj", "marcat",
                       "mențiune", "mentiune", "scrie", "notat", "observați", "observati", "карточк",
                       "заметк", "пометк", "отметк", "метк", "комментари", "истори", "профил",
                       "написал", "признак", "числитесь", "значитесь", "записал", "отметил")  # fmt: skip
_QUOTED_JUDGEMENT = re.compile(
    r"(?i)\b(?:unstable|lonely|rude|drunk|dementia|vulnerable|toxic|nightmare|difficult|aggressive|abusive|"
    r"complainer|mule|fraud\w*|heavy\s+accent|accent|give\s+(?:nothing|minimum)|no\s+goodwill|minimum\s+goodwill|"
    r"ignore|refuse|don'?t\s+promise|not\s+promise|keep\s+(?:answers|it|calls?)\s+short|self-?harm|psychiatric|"
    r"confused|suspect\w*|weak|rehearsed|nervous|pregnant|instabil\w*|dificil\w*|cic[ăa]litoare|cic[ăa]litor|"
    r"vulnerabil\w*|toxic\w*|declin\s+cognitiv|conflictual\w*|accent|agresiv\w*|problematic\w*|suspiciune|"
    r"sp[ăa]lare|alcool\w*|f[ăa]r[ăa]\s+gesturi|nu\s+(?:i\s+se\s+)?(?:ofer|acord|promite)\w*|neagreat|"
    r"emotiv\w*|slab)\b|(?<!\w)(?:нестабил\w*|деменц\w*|уязвим\w*|агрессивн\w*|АГРЕССИВН\w*|но(?:ет|ют)|"
    r"ноете|обнал\w*|дроп\w*|безнад[её]жн\w*|неперспективн\w*|не\s+удерживать|не\s+перезванивать|скук\w*|"
    r"ничего\s+не\s+обещать|акцент\w*|неадекват\w*|мутн\w*|подозрени\w*|суицид\w*|тревожн\w*|"
    r"преувеличива\w*|не\s+одобрять|тянуть|нетрезв\w*|конфликтн\w*|токсичн\w*)(?!\w)"
)


def _quoted_record(text: str) -> Iterator[Leak]:
    """A note of ours quoted with a judgement inside its quotation marks (leak36)."""
    for m in hinted(_RECORD_QUOTE, text, present(text, _RECORD_QUOTE_HINTS), 60):
        if m.group("t"):
            quoted = m.span("t")
        else:
            start = m.start("q")
            stop = _QUOTE_END.search(text, m.end("q"), min(len(text), start + 220))
            if stop is None:
                continue  # no quotation: an apostrophe or a stray mark
            quoted = (start, stop.end())
        # a system tag's words are joined by "_" ("ABUSIVE_CALLER"): read them apart
        judged = _QUOTED_JUDGEMENT.search(text[slice(*quoted)].replace("_", " "))
        lo, hi = three_sentences(text, m.start(), m.end())
        if judged is None or finder(_DENIAL).search(text, lo, hi):
            continue
        yield Leak("internal-info", m.start(), quoted[0] + judged.end(), _MESSAGE)
        return


def remarks(text: str) -> Iterator[Leak]:
    """The first judgement of a person with its source inside the team, in three sentences."""
    hints = present(text, _JUDGEMENT_HINTS)
    for m in hinted(_JUDGEMENT, text, hints, 40) if hints else ():
        lo, hi = three_sentences(text, m.start(), m.end())
        source = finder(_SOURCE).search(text, lo, hi)
        if source is None or finder(_DENIAL).search(text, lo, hi):
            continue
        yield Leak(
            "internal-info", min(source.start(), m.start()), max(source.end(), m.end()), _MESSAGE
        )
        return
    yield from _quoted_record(text)
