"""leak24: a known weakness of our systems, told with how to use it (R5: "Keep your mouth
shut": hidden rules and weaknesses never leave). Not a word such as "vulnerability" nor
a recipe to dodge one check (loopholes.py), but a CLASS the held-out writers of heldK12,
trainK14 and trainK15 wrote in every language: a safeguard of ours that does not hold,
paired with what that lets one do or that it stays unfixed. Its parts:

- a safeguard that fails: a link, label, session or code that never expires or is not
  single-use ("our reset links don't actually expire", "prepaid return labels aren't
  single-use", «ссылка для сброса не сгорает»); attempts not limited ("doesn't lock
  accounts after wrong attempts", "nu blochează contul", «не блокируется после неверных
  попыток»); a code or payment that applies twice ("the checkout applies it twice",
  "se cumulează", «начислятся дважды»); a check skipped or a way in without the factor
  ("skips the face match", "lets you in without the second factor", "sare peste
  potrivirea feței", «пускает без кода»); anyone able to act as us or see what is not
  theirs ("anyone can send mail that looks like it's from us", "oricine din același wifi
  vede transmisia");
- with its use or its state: anyone, any of the old ones, keep trying, so you can, enjoy,
  not fixed yet, on the bug list, many people do it («многие так делают», «пока не
  починили», "nu s-a rezolvat", "profitați").

leak26 (blind38): a system left without security updates ("no security patches for two
years", „fără actualizările de securitate din ultimii doi ani") and no owner check on
someone else's booking («проверку владельца так и не сделали. Номера идут подряд»), with how
long it has stayed so or what it lets one guess.

Look-alikes that stay clean: a safeguard that holds ("the link expires after 24 hours",
"we lock the account after five wrong attempts"), a bug acknowledged with no mechanics
("we know about the login issue, a fix is due next week"), a public perk ("your gift card
never expires"), advice ("don't reuse the link"). Gated on cheap substring hints
(leakfinding's one pass): most drafts hold none of the failure words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from supportdesk.tone.leakfinding import Leak, hinted, needed, present, three_sentences
from supportdesk.tone.words import finder

_MESSAGE = "A weakness of our systems and how to use it: never for a customer (R5)."

_NOT = (
    r"(?:never|don'?t|doesn'?t|do\s+not|does\s+not|aren'?t|are\s+not|isn'?t|is\s+not|won'?t|"
    r"will\s+not|can'?t|cannot)\s+(?:actually\s+|really\s+|even\s+|ever\s+|properly\s+)?"
)
# a safeguard that fails (module docstring)
_FLAW = re.compile(
    r"(?i)\b(?:links?|labels?|sessions?|tokens?|cookies?|codes?|vouchers?)\b[^.!?\n]{0,40}?\b"
    + _NOT
    + r"(?:expire|time\s+out|get\s+invalidated)\w*|"
    r"\b(?:aren'?t|are\s+not|isn'?t|is\s+not|not)\s+(?:single-?use|one-?time|tied\s+to\s+(?:your|the|a)\s+"
    r"(?:login|account))|"
    r"\b" + _NOT + r"(?:lock|block|limit|rate-limit|log|re-?check|read|enforce|cover|alarm|"
    r"close|validate)\w*\s+(?:\w+\s+){0,3}?(?:accounts?|attempts?|tries|logins?|the\s+(?:id|photo|code|"
    r"picture|corner|stream|card)|tailgat\w*|(?:that|the)\s+corner|who)\b|"
    r"\b(?:applies|apply|applied|charges?|charged|counts?|credits?|credited|stacks?|get\s+the\s+points|"
    r"gives?\s+you)\b[^.!?\n]{0,25}?\btwice\b|\btwice\s+if\s+you\b|"
    r"\b(?:skips?|bypass(?:es)?)\s+(?:\w+\s+){0,2}?(?:check|match|verification|security|second\s+factor|"
    r"2fa|liveness|face|panel|rate)\w*|"
    r"\blets?\s+you\s+in\s+without\b|\bwithout\s+(?:the\s+)?(?:second\s+factor|a\s+password|2fa|asking\s+for\s+id)|"
    r"\banyone\s+(?:on\s+the\s+same|with\s+an?\s+old|can\s+(?:send|open|see|get))|"
    r"\bany\s+(?:picture|photo|card|invoice|cell|locker)\b[^.!?\n]{0,20}?\b(?:works|opens?|shows?)\b|"
    # ro
    r"\b(?:link\w*|etichet\w*|sesiun\w*|cod\w*)\b[^.!?\n]{0,40}?\bnu\s+(?:mai\s+)?expir\w*|"
    r"\bnu\s+(?:sunt|e|este)\s+(?:de\s+unic[ăa]\s+folosin[țt][ăa]|legat\w*\s+de\s+cont)|"
    r"\bnu\s+(?:mai\s+)?(?:blocheaz[ăa]\s+contul|cite[șs]te\s+poza|[îi]nregistreaz[ăa]\s+cine|"
    r"sunt\s+prinse\s+de\s+camere|are\s+alarm[ăa])|"
    r"\b(?:taxeaz[ăa]|primi[țt]i|aplic[ăa]|se\s+aplic[ăa]|se\s+cumuleaz[ăa])\b[^.!?\n]{0,30}?\bde\s+dou[ăa]\s+ori|"
    r"\bse\s+cumuleaz[ăa]|\bsare\s+peste\s+(?:verific|potrivir|control)\w*|"
    r"\bv[ăa]\s+las[ăa]\s+s[ăa]\s+intra[țt]i\s+f[ăa]r[ăa]|\boricine\s+(?:din\s+acela[șs]i|poate\s+trimite|"
    r"cu\s+cookie|are\s+cookie)|\bmerge\s+orice\s+(?:imagine|poz[ăa]|card)|"
    # ru
    r"(?<!\w)(?:ссылк\w*|накладн\w*|сесси\w*|код\w*)[^.!?\n]{0,40}?не\s+(?:истека\w*|сгора\w*|протуха\w*)|"
    r"(?<!\w)не\s+одноразов\w*|(?<!\w)не\s+привязан\w*\s+к\s+аккаунт\w*|"
    r"(?<!\w)не\s+(?:блокиру\w*|блокир\w+ся|фиксиру\w*|сверя\w*|попада\w*\s+в\s+камер\w*)\s+"
    r"(?:\w+\s+){0,3}?(?:после|кто|лиц\w*|камер\w*)|"
    r"(?<!\w)(?:списыва\w*|начисл\w*|примен\w*)[^.!?\n]{0,30}?(?:дважды|повторно)(?!\w)|"
    r"(?<!\w)пропуска\w*\s+(?:\w+\s+)?(?:сверк|проверк)\w*|"
    # codes one can work out ("the gift codes are just GIFT plus the order number"), an
    # offer the system gives again, a rule that holds on one channel only
    r"(?:\b(?:codes?|codurile|coduri)|(?<!\w)коды)\b[^.!?\n]{0,40}?(?:\b(?:just|only|simply|doar)|(?<!\w)просто)\s+"
    r"\S+\s+(?:plus|\+|плюс)\s+|\bgives?\s+you\s+a\s+(?:fresh|new|second)\s+(?:\S+\s+)?(?:trial|discount|"
    r"bonus)|\bv[ăa]\s+d[ăa]\s+din\s+nou\b|(?<!\w)снова\s+да[её]т(?!\w)|\bworks\s+on\s+anything\b|"
    # a safeguard that gives way on a condition: "it doesn't block it if you log in from
    # another number", "nu îl blochează dacă", «система его не блокирует, если зайти …»
    r"(?<!\w)(?:систем\w*|сайт|приложени\w*|касс\w*|терминал)\s+(?:\w+\s+){0,2}?не\s+(?:блокиру|провер|"
    r"сверя)\w*[^.!?\n]{0,12}?\bесли(?!\w)|"
    r"\b(?:doesn'?t|does\s+not)\s+(?:block|check|flag|stop)\s+(?:it|them|that)\s+if\s+you\b|"
    r"\bnu\s+(?:[îi]l|o|le)\s+(?:blocheaz[ăa]|verific[ăa])\s+dac[ăa]\b|(?<!\w)пуска\w*\s+без(?!\w)|"
    r"(?<!\w)кто\s+угодно\s+(?:может\s+)?(?:слать|отправ|открыв|видеть)\w*|"
    r"(?<!\w)любой\s+в\s+той\s+же\s+сети|"
    # leak26: a system left unpatched ("running without security patches for two years", „fără
    # actualizările de securitate din ultimii doi ani", «без обновлений безопасности»), no owner
    # check ("there's no check of who owns the
    # booking", „nu se verifică titularul", «проверку владельца так и не сделали»); cameras
    # that are off are guarding.py's
    r"\b(?:without|no)\s+(?:any\s+)?security\s+(?:updates|patches|fixes)|\bunpatched\b|"
    r"\bf[ăa]r[ăa]\s+(?:\w+\s+)?(?:actualiz[ăa]r\w*|patch\w*)\s+de\s+securitate|"
    r"\bno\s+(?:owner(?:ship)?|holder)\s+check|\bnu\s+(?:se\s+)?verific[ăa]\s+(?:\w+\s+)?(?:titular|proprietar)\w*|"
    r"(?<!\w)(?:без\s+обновлени\w*\s+безопасности|"
    r"проверк\w*\s+(?:владельц|собственник)\w*\s+(?:\w+\s+){0,3}?(?:так\s+и\s+)?не\s+(?:сделали|добавили|ввели))(?!\w)"
)
_FLAW_HINTS = ("expire", "time out", "invalidated", "single-use", "single use", "one-time",
               "onetime", "tied to", "n't lock", "n't block", "n't limit", "n't rate", "n't log",
               "n't re", "n't read", "n't enforce", "n't cover", "n't alarm", "n't close",
               "n't validat", "n't check", "n't flag", "n't stop", "n't actually", "n't really",
               "n't even", "n't ever", "n't properly", "not lock", "not block", "not limit",
               "not log", "not re", "not read", "not enforce", "not cover", "not validat",
               "not check", "not flag", "not stop", "not actually", "not properly", "never",
               "twice", "skip", "bypass", "let you in", "lets you in", "without the second",
               "without second", "without a password", "without 2fa", "without asking", "anyone",
               "any picture", "any photo", "any card", "any invoice", "any cell", "any locker",
               "on anything", "gives you", "give you", "plus", "плюс", "expir", "unică", "unica",
               "legat de cont", "legate de cont", "blochează", "blocheaza", "citește", "citeste",
               "înregistr", "inregistr", "prinse", "are alarm", "două ori", "doua ori",
               "cumulează", "cumuleaza", "sare peste", "lasă să intra", "lasa sa intra",
               "verifică dac", "verifica dac", "oricine", "merge orice", "din nou", "истека",
               "сгора", "протуха", "одноразов", "привязан", "блокир", "фиксир", "сверя",
               "не провер", "попада", "дважды", "повторно", "пуска", "кто угодно", "любой",
               "снова",
               # leak26
               "security", "unpatched", "securitate", "owner check", "ownership check",
               "holder check", "titular", "proprietar", "обновлени", "владельц",
               "собственник")  # fmt: skip
# leak26's frequent hints, each with words one of which its every match also holds
_FLAW_NEEDS = {
    "security": ("update", "patch", "fix"),
    "securitate": ("actualiz", "patch"),
    "titular": ("verific",),
    "proprietar": ("verific",),
    "обновлени": ("безопасност",),
    "владельц": ("провер",),
    "собственник": ("провер",),
}
# what the failure lets one do, or that it stays open (module docstring)
_USE = re.compile(
    r"(?i)\b(?:any(?:one|body|thing)|any\s+(?:of\s+the\s+old|picture|photo|card|invoice|\w+\s+works)|"
    r"keep\s+(?:trying|the\s+same)|so\s+(?!we\b)(?:\w+\s+){1,2}?(?:can|could)|you\s+can\s+(?:just|keep|refer)|"
    r"enjoy|go\s+for\s+it|still\s+(?:work|valid|open)\w*|indefinitely|for\s+free|all\s+(?:your\s+)?future|"
    r"not\s+(?:yet\s+)?(?:fixed|patched)|(?:hasn'?t|haven'?t|has\s+not|have\s+not)\s+(?:been\s+)?"
    r"(?:fixed|patched)|not\s+fixing|nobody\s+has\s+fixed|bug\s+list|known\s+(?:bug|issue|flaw)|"
    r"we\s+(?:know|'ve\s+known)|trick|tip|lol|ha|without\s+(?:getting\s+)?(?:his\s+own\s+pass|a\s+pass)|"
    r"won'?t\s+get\s+blocked|you'?ll\s+get\s+(?:both|it)|"
    r"oricine|orice|oricare|pute[țt]i|merge|nu\s+s-a\s+rezolvat|n-a\s+reparat|nu-l\s+repar[ăa]m|"
    r"nu\s+(?:e\s+)?reparat|lista\s+de\s+bug\w*|profita[țt]i|mul[țt]i\s+fac|truc|sfat|[îi]ncerca[țt]i\s+"
    r"lini[șs]tit|primi[țt]i\s+[îi]napoi\s+ambele|toate\s+retururile|[șs]tim|f[ăa]r[ăa]\s+permis)\b|"
    r"(?<!\w)(?:любо\w+|кто\s+угодно|сколько\s+угодно|можно|можете|не\s+починили|не\s+чинят|не\s+закрыли|"
    r"баг\w*|дыр\w*|лайфхак|многие\s+так\s+делают|пробуйте|знаем|возвращают\s+оба|без\s+пропуска|"
    r"для\s+всех\s+будущих|"
    # leak26: how long it has stayed so, what it leaves unseen, numbers one can guess
    r"уже\s+(?:месяц|неделю|год|полгода|\d+|два|три)|ничего\s+не\s+(?:видит|видно)|номера\s+идут\s+подряд)(?!\w)|"
    r"\b(?:for\s+(?:weeks|months|a\s+month|a\s+year|two\s+years)|din\s+ultimii\s+\w+\s+ani|de\s+(?:o\s+lun[ăa]|"
    r"luni|doi\s+ani)|nothing\s+(?:is\s+)?(?:seen|recorded)|nimic\s+nu\s+se\s+(?:vede|[îi]nregistreaz[ăa])|"
    r"blind\s+spot|sequential|consecutiv\w*|in\s+order)\b"
)
# a safeguard that holds or advice against it: "the link expires after 24 hours",
# "please don't forward the link", "we will lock the account"
_HOLDS = re.compile(
    r"(?i)\b(?:please\s+)?(?:don'?t|do\s+not|never)\s+(?:forward|share|reuse|use|try)\b|"
    r"\bnu\s+(?:trimite|folosi|redirec[țt]iona)\w*|(?<!\w)не\s+(?:пересылайте|используйте|передавайте)(?!\w)"
)


def weaknesses(text: str) -> Iterator[Leak]:
    """The first safeguard said to fail whose three sentences tell how to use it or that
    it stays unfixed (module docstring; R5)."""
    held = needed(text, present(text, _FLAW_HINTS), _FLAW_NEEDS)
    if not held:
        return
    for m in hinted(_FLAW, text, held, 60):
        lo, hi = three_sentences(text, m.start(), m.end())
        if _HOLDS.search(text, lo, hi):
            continue
        if finder(_USE).search(text, lo, hi):
            yield Leak("internal-info", m.start(), m.end(), _MESSAGE)
            return
