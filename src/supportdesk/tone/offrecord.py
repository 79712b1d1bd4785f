"""leak20: what the company tells only insiders, told to a customer (R5: "Keep your mouth
shut": confidential data never leave). Writers of heldK7 and heldK8 wrote both in every
language, in words exposures.py's "not public yet" and backoffice.py's news kept back do
not read:

- the real story behind the official line: "Adevărul e că … un coleg a șters din greșeală
  o tabelă. Oficial zicem că e o problemă la procesatorul de plăți", «На самом деле … кто-то
  из наших удалил таблицу. Официально говорим, что сбой у процессинга», "officially we're
  blaming the courier, but honestly …", and a fact we do not admit («у нас утекла база
  клиентов, но официально мы пока не признаём»); against the official reason given alone
  ("the official reason for the delay is the storm") and a goodwill payment "without
  admitting liability";
- a takeover under way: "we're being bought by Vodaline in the summer, the deal's signed",
  "suntem în negocieri să fim cumpărați de un operator mare", «нас до лета покупает
  крупный оператор»; against a past one, public since ("we were bought by Vodaline in
  2021", «вы у нас покупаете»).

Both start from substring tests (leakfinding's one pass over the draft): "official",
"admit" and the takeover words; nothing past them runs on a draft without one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import partial

from supportdesk.tone.leakfinding import (
    Leak,
    first_accepted,
    present,
    sentence_around,
    three_sentences,
)
from supportdesk.tone.words import finder

_MESSAGE = (
    "What only insiders know (the real story, a takeover under way): never for a customer (R5)."
)

# --- the official line, and the truth beside it -------------------------------------------------
_OFFICIAL = re.compile(
    r"(?i)\bofficially\s+(?:we(?:'re|\s+are)?\s+)?(?:say(?:ing)?|said|call(?:ing)?|blam\w+|tell(?:ing)?|"
    r"claim\w*|put\s+it\s+down|stat\w+)|\bthe\s+official\s+(?:line|story|version|reason|explanation)\b|"
    r"\bpublicly\s+we(?:'re|\s+are)?\s+(?:say\w*|blam\w*|call\w*)|"
    r"\boficial\s+(?:noi\s+)?(?:zicem|spunem|declar[ăa]m|anun[țt][ăa]m|sus[țt]inem)|"
    r"\b(?:versiunea|motivul|explica[țt]ia)\s+oficial[ăa]|\bpublic\s+(?:zicem|spunem)|"
    r"(?<!\w)(?:официально\s+(?:мы\s+)?(?:говорим|пишем|заявляем|объясняем|сообщаем|ссылаемся)|"
    r"официальн\w+\s+(?:версия|причина)|публично\s+(?:говорим|пишем))(?!\w)"
)
_OFFICIAL_HINTS = ("official", "publicly", "oficial", "public", "официальн", "публичн")
# the truth told beside it
_TRUTH = re.compile(
    r"(?i)\b(?:actually|in\s+reality|the\s+truth|truth\s+is|really|honestly|between\s+us|the\s+real\s+"
    r"(?:reason|cause|story)|de\s+fapt|adev[ăa]rul|[îi]n\s+realitate|sincer|[îi]ntre\s+noi|motivul\s+real|"
    r"cauza\s+real[ăa]|a[șs]a\s+a\s+fost)\b|(?<!\w)(?:на\s+самом\s+деле|по\s+правде|честно|между\s+нами|"
    r"реальн\w+\s+причин\w*|в\s+действительности)(?!\w)"
)
# a fact we do not admit ("officially we're not admitting it", "oficial nu recunoaștem",
# «официально мы пока не признаём»), not liability refused in a goodwill payment
_NOT_ADMITTED = re.compile(
    r"(?i)\b(?:we(?:'re|\s+are)\s+not|we\s+aren'?t|we\s+haven'?t|officially\s+not)\s+(?:officially\s+|"
    r"publicly\s+)?(?:admitting|acknowledging|admitted|acknowledged)\b(?!\s+(?:any\s+)?(?:liability|fault|"
    r"responsibility))|\b(?:oficial|public)\s+nu\s+(?:o\s+)?recunoa[șs]tem\b(?!\s+(?:r[ăa]spunderea|vina))|"
    r"(?<!\w)(?:официально|публично)\s+(?:мы\s+)?(?:пока\s+)?не\s+призна\w*(?!\w)(?!\s+(?:ответственност|вин)\w*)|"
    # leak38 (trainK26): what a partner told us in confidence ("Samsung told us confidentially
    # that…", „Producătorul ne-a spus confidențial că…", «поставщик сообщил нам конфиденциально»)
    r"\btold\s+us\s+(?:confidentially|in\s+confidence|off\s+the\s+record)\b|\bne-a\s+(?:spus|comunicat|zis)\s+"
    r"confiden[țt]ial\b|(?<!\w)(?:сообщил\w*|сказал\w*)\s+нам\s+(?:конфиденциально|по\s+секрету)(?!\w)"
)
_NOT_ADMITTED_HINTS = ("admit", "acknowledg", "recunoa", "призна", "told us", "ne-a spus", "ne-a comunicat",
                       "ne-a zis", "нам конфиденциально", "нам по секрету")  # fmt: skip

# --- leak32 (trainK22): what we really do against what our published policy says -----------
# "in practice we don't delete anything, whatever the privacy page says", „indiferent ce scrie
# în politica de confidențialitate, noi nu ștergem nimic", «что бы ни было написано в политике,
# мы на деле ничего не удаляем»: the practice the policy hides (R5). A published rule quoted
# to the customer ("our policy says we keep invoices for 10 years") stays clean.
_CONTRARY = re.compile(
    r"(?i)\b(?:whatever|regardless\s+of\s+what|no\s+matter\s+what|despite\s+what|contrary\s+to\s+what)\s+(?:the|our)\s+"
    r"(?:\w+\s+){0,2}?(?:page|policy|notice|terms|website|site|t&cs|contract|statement)\s+(?:says|states|claims|promises)\b|"
    r"\bindiferent\s+(?:de\s+)?ce\s+(?:scrie|spune|zice|promite)\s+(?:[îi]n\s+)?(?:politic\w*|pagin\w*|termen\w*|"
    r"site\w*|contract\w*)|\b(?:de[șs]i|chiar\s+dac[ăa])\s+(?:[îi]n\s+)?(?:politic\w*|pagin\w*|termen\w*|site\w*|"
    # leak33 (trainK24): the plan's own word against what we do („chiar dacă abonamentul scrie
    # «nelimitat»", «хотя в тарифе написано «безлимит»», "even though the plan says 'unlimited'")
    r"abonament\w*|ofert\w*|contract\w*|reclam\w*)\s+(?:\w+\s+){0,3}?(?:scrie|spune|se\s+spune)\b|"
    r"\b(?:even\s+though|although|though)\s+(?:the|your|our)\s+(?:\w+\s+)?(?:plan|tariff|contract|advert|ad|offer)\s+"
    r"(?:says|states|promises)\b|"
    r"(?<!\w)(?:что\s+бы\s+ни\s+(?:было\s+)?(?:написано|говорилось|обещано)\s+в\s+(?:политик|правил|договор|оферт|"
    r"сайт)\w*|(?:хотя|несмотря\s+на\s+то,?\s+что)\s+в\s+(?:политик\w*|правил\w*|договор\w*|оферт\w*|тариф\w*|"
    r"реклам\w*)\s+(?:\w+\s+){0,3}?(?:написано|сказано|указано))(?!\w)"
)
_CONTRARY_HINTS = ("even though", "although", "though", "whatever", "regardless", "no matter", "despite what", "contrary to", "indiferent",
                   "deși", "desi", "chiar dacă", "chiar daca", "что бы ни", "хотя в", "несмотря")  # fmt: skip
_IN_PRACTICE = re.compile(
    r"(?i)\b(?:in\s+practice|actually|really|in\s+reality|de\s+fapt|[îi]n\s+practic[ăa]|[îi]n\s+realitate|"
    r"we\s+(?:still\s+|just\s+|never\s+|don'?t\s+)?(?:keep|store|hold|delete|share|sell|pass|record)\w*|"
    r"(?:noi\s+)?(?:nu\s+)?(?:[șs]tergem|p[ăa]str[ăa]m|stoc[ăa]m|vindem|transmitem)|automat|a[șs]a\s+e\s+setat\w*|"
    r"automatically|throttled|capped)\b|(?<!\w)(?:на\s+деле|на\s+практике|"
    r"по\s+факту|фактически|автоматически|так\s+настроен\w*|(?:мы\s+)?(?:ничего\s+)?(?:не\s+)?(?:удаляем|храним|передаём|"
    r"передаем|продаём|продаем))(?!\w)"
)


def _contrary(text: str) -> Iterator[Leak]:
    """Our practice said against our published policy (leak32)."""

    def accept(m: re.Match[str]) -> bool:
        return bool(finder(_IN_PRACTICE).search(text, *three_sentences(text, m.start(), m.end())))

    hints = present(text, _CONTRARY_HINTS)
    return first_accepted(_CONTRARY, text, hints, 100, accept, "internal-info", _MESSAGE)


# --- a takeover under way -----------------------------------------------------------------------
_TAKEOVER = re.compile(
    r"(?i)\bwe(?:'re|\s+are)\s+(?:being|about\s+to\s+be|going\s+to\s+be)\s+(?:bought|acquired|taken\s+over|"
    r"sold)\b|\bwe(?:'ll|\s+will)\s+be\s+(?:bought|acquired|taken\s+over)\b|\b(?:the\s+)?(?:deal|acquisition|"
    r"merger|buyout|takeover)(?:'s|\s+is|\s+has\s+been)\s+(?:signed|agreed|done|going\s+through)\b|"
    r"\bin\s+(?:\w+\s+)?talks\s+(?:to\s+(?:be\s+)?(?:bought|acquired|merge)|(?:about|over|on)\s+(?:a\s+|the\s+)?"
    r"(?:sale|merger|takeover|buyout))|"
    # leak32 (trainK22): the owners negotiating the company's sale ("the shareholders are
    # negotiating the sale of the company", „Acționarii negociază vânzarea firmei", «акционеры
    # ведут переговоры о продаже компании»)
    r"\bnegotiat\w*\s+(?:the\s+|a\s+)?(?:sale|takeover|buyout)\s+of\s+(?:the\s+|our\s+)?(?:company|business|firm)\b|"
    r"\bnegoci\w*\s+(?:pentru\s+)?(?:v[âa]nzarea|preluarea|fuziunea)\s+(?:firmei|companiei|societ[ăa][țt]ii)\b|"
    r"\b[îi]n\s+negocieri\s+(?:pentru|privind)\s+(?:v[âa]nzarea|preluarea|fuziunea)\b|"
    # leak33 (trainK24): in talks with a buyer who wants us („Suntem în negocieri cu un operator
    # mare care vrea să ne cumpere", "we're in talks with a bigger provider that wants to buy us",
    # «ведём переговоры с крупным оператором, который хочет нас купить»)
    r"\b(?:[îi]n\s+negocieri|in\s+talks|negotiating)\s+with\b[^.!?\n]{0,50}?\b(?:wants?|is\s+keen)\s+to\s+(?:buy|acquire)\s+us\b|"
    r"\b[îi]n\s+negocieri\s+cu\b[^.!?\n]{0,50}?\bvrea\s+s[ăa]\s+ne\s+(?:cumpere|preia)\b|"
    # leak34 (trainK25): „suntem în curs de a fi cumpărați de un grup german", «нас … поглотит
    # крупный холдинг»
    r"\bsuntem\s+(?:pe\s+cale|[îi]n\s+curs)\s+de\s+a\s+fi\s+(?:cump[ăa]ra[țt]i|prelua[țt]i|absorbi[țt]i)\b|"
    r"(?<!\w)нас[\s,]+(?:\w+[\s,]+){0,4}?(?:поглотит|поглотят|купит|купят|выкупит|выкупят)(?!\w)|"
    r"(?<!\w)переговоры\s+с(?!\w)[^.!?\n]{0,50}?хочет\s+нас\s+(?:купить|поглотить)(?!\w)|"
    r"(?<!\w)(?:ведут|ведём|ведем|начали)\s+переговоры\s+о\s+(?:продаже|слиянии|поглощении)\s+(?:нашей\s+)?"
    r"(?:компании|фирмы|бизнеса|сети)(?!\w)|"
    r"\b(?:suntem|vom\s+fi)\s+(?:cump[ăa]ra[țt]i|prelua[țt]i|achizi[țt]iona[țt]i|v[âa]ndu[țt]i)\b|"
    r"\bs[ăa]\s+fim\s+(?:cump[ăa]ra[țt]i|prelua[țt]i|achizi[țt]iona[țt]i|v[âa]ndu[țt]i)\b|"
    r"\b(?:fuziunea|preluarea|achizi[țt]ia)\s+(?:e|este|a\s+fost)\s+(?:semnat[ăa]|aprobat[ăa])\b|"
    r"(?<!\w)(?<!у\s)(?<!У\s)нас\s+(?:\w+\s+){0,3}?(?:покупает|покупают|купят|поглощает|поглотит|"
    r"поглощают)(?!\w)|(?<!\w)сделк\w+\s+(?:уже\s+)?(?:подписан\w*|согласован\w*)(?!\w)|"
    r"(?<!\w)(?:идёт|идут)\s+(?:слияни\w*|переговоры\s+о\s+продаже)(?!\w)|"
    # leak37 (heldK22): we merge with someone ("Мы сливаемся с крупной федеральной сетью", "we're
    # merging with a national chain", „fuzionăm cu un lanț național")
    r"(?<!\w)(?:мы\s+)?(?:сливаемся|объединяемся)\s+с(?!\w)|\bwe(?:'re|\s+are)\s+(?:about\s+to\s+)?merg(?:e|ing)\s+with\b|"
    r"\b(?:fuzion[ăa]m|ne\s+unim)\s+cu\b|"
    # s31 (heldK26): the sale in progress, or its signing to come („Rețeaua noastră e în curs de
    # preluare de către un grup polonez, tranzacția se semnează prin mai", "our chain is in the
    # process of being bought", «компания в процессе продажи, сделку подпишут в мае»)
    r"\b(?:re[țt]eaua|firma|compania|societatea|magazinul|lan[țt]ul)\s+(?:noastr[ăa]\s+)?(?:e|este)\s+(?:acum\s+)?[îi]n\s+"
    r"curs\s+de\s+(?:preluare|v[âa]nzare|fuziune|achizi[țt]ie)\b|\btranzac[țt]ia\s+se\s+(?:semneaz[ăa]|finalizeaz[ăa])\b|"
    r"\b(?:we|our\s+(?:company|chain|network|business|firm))\s+(?:is|are|'re)\s+(?:in\s+the\s+process\s+of\s+being|"
    r"currently\s+being|in\s+the\s+middle\s+of\s+being)\s+(?:bought|acquired|taken\s+over|sold)\b|"
    r"\bthe\s+(?:deal|sale|takeover|acquisition|merger)\s+(?:is\s+being|gets|will\s+be|should\s+be)\s+signed\b|"
    r"(?<!\w)(?:сеть|компания|фирма|магазин)\s+(?:наша\s+|наш\s+)?(?:сейчас\s+)?в\s+процессе\s+(?:продажи|поглощения|"
    r"слияния)(?!\w)|(?<!\w)сделку\s+(?:по\s+продаже\s+)?подпишут(?!\w)"
)
_TAKEOVER_HINTS = ("a fi cumpăra", "a fi cumpara", "a fi prelua", "поглотит", "поглотят", "купит",
                   "купят", "выкупит", "bought", "acquired", "taken over", "being sold", "deal", "acquisition",
                   "merger", "buyout", "takeover", "in talks", "cumpăra", "cumpara", "prelua",
                   "achiziți", "achizit", "vânduț", "vanduț", "vandut", "fuziune", "покупа",
                   "купят", "поглощ", "поглот", "сделк", "слияни", "о продаже", " talks",
                   "negotiat", "negoci", "переговоры", "сливаемся", "объединяемся", "merging with",
                   "merge with", "fuzionăm", "fuzionam", "ne unim",
                   # s31
                   "în curs de", "in curs de", "tranzacția se", "tranzactia se", "process of being",
                   "currently being", "middle of being", " signed", "в процессе", "подпишут")  # fmt: skip


# s31 (trainK33, ro and ru): the announced cause denied, "as was said" ("it wasn't the storm, as
# we said on the site", „nu a fost din cauza furtunii, cum s-a spus", «не из-за погоды, как
# написали на сайте»): the truth behind the official line, told in one breath
_NOT_AS_SAID = re.compile(
    r"(?i)\b(?:wasn'?t|was\s+not|isn'?t|is\s+not)\s+(?:actually\s+|really\s+)?(?:because\s+of|due\s+to|caused\s+by|down\s+to)\s+"
    r"[^.!?\n]{1,40}?,?\s+(?:as|like)\s+(?:(?:we|it|they)\s+(?:said|says|announced|posted|stated|claimed|wrote)\s+(?:on|in)\s+"
    r"(?:the|our)\s+(?:site|website|statement|notice|status\s+page|press\s+release|news)|(?:was\s+)?(?:announced|reported|"
    r"stated\s+officially))\b|"
    r"\bnu\s+a\s+fost\s+(?:de\s+fapt\s+)?din\s+cauza\s+[^.!?\n]{1,40}?,?\s+cum\s+(?:s-a\s+(?:spus|anun[țt]at|scris|comunicat)|"
    r"scrie\s+pe\s+site)\b|"
    r"(?<!\w)(?:было\s+)?не\s+из-за\s+[^.!?\n]{1,40}?,?\s+как\s+(?:написали|сказали|сообщили|объявили|пишут|говорят)(?!\w)"
)
_NOT_AS_SAID_HINTS = ("because of", "due to", "caused by", "down to", "din cauza", "не из-за")


def _official_lines(text: str) -> Iterator[Leak]:
    def beside_truth(m: re.Match[str]) -> bool:
        lo, hi = three_sentences(text, m.start(), m.end())
        return finder(_TRUTH).search(text, lo, hi) is not None

    hints = present(text, _OFFICIAL_HINTS)
    yield from first_accepted(_OFFICIAL, text, hints, 40, beside_truth, "internal-info", _MESSAGE)


# --- s37 (trainK39): the official offer and what is paid to those who push ----------------------
# "Officially I can only offer the voucher, but if you … say you're going to the small claims
# court, they'll usually authorise a £150 cash payment", „oficial vă pot oferi doar reparația,
# dar … de obicei colegii plătesc până la 3.000 de lei", «Официально … предлагаем только ваучер.
# Но если … пригрозите судом, обычно выплачивают деньгами»: the real practice behind the policy.
# "Officially we only offer a voucher for delays under three hours." alone stays clean.
_OFFICIAL_ONLY = re.compile(
    r"(?i)\bofficially\s+(?:i|we)\s+(?:can\s+)?only\s+(?:offer|give|pay|propose|refund)\b|"
    r"\boficial\s+(?:v[ăa]\s+)?(?:pot|putem)\s+(?:s[ăa]\s+)?(?:v[ăa]\s+)?oferi\s+doar\b|"
    r"\boficial\s+(?:v[ăa]\s+)?(?:oferim|propunem|d[ăa]m)\s+doar\b|"
    r"(?<!\w)официально\s+(?:[^.!?\n]{0,30}?\s)?(?:мы\s+)?(?:предлагаем|можем\s+предложить|да[ёе]м|выплачиваем)\s+только(?!\w)"
)
_OFFICIAL_ONLY_HINTS = ("officially", "oficial", "официально")
_PUSHED_PAYS = re.compile(
    r"(?i)\b(?:usually|normally|generally|often|typically)\s+(?:\w+\s+){0,2}?(?:pay|authoris|authoriz|give|"
    r"approve|refund|offer)\w*|\b(?:de\s+obicei|de\s+regul[ăa]|adesea)\s+(?:\w+\s+){0,4}?(?:pl[ăa]tesc|pl[ăa]te[șs]te|"
    r"dau|ofer[ăa]|aprob[ăa]|acord[ăa]|returneaz[ăa])\b|(?<!\w)(?:обычно|как\s+правило|часто)\s+(?:\w+\s+){0,2}?"
    r"(?:выплачива|плат|да[ёю]т|компенсир|одобря|возвраща)\w*"
)


def _pushed_pays(text: str, m: re.Match[str]) -> bool:
    _, hi = three_sentences(text, m.start(), m.end())
    return finder(_PUSHED_PAYS).search(text, m.end(), hi) is not None


# leak167 (trainK64's ro-yg027, ru-yg027): when we pay, by what the customer says („Juriștii noștri
# resping automat primele două notificări și plătesc doar dacă clientul pomenește de judecătorie",
# «юристы … платят, как только клиент упоминает суд», "they only pay out once the customer mentions
# a solicitor"): our practice, which the customer would use. Paying once the item is back stays clean.
_PAYS_WHEN_LEGAL = re.compile(
    r"(?i)\b(?:pay|settle|refund)\w*\s+(?:out\s+|up\s+)?(?:only\s+)?(?:if|when|once|as\s+soon\s+as)\s+(?:the\s+|a\s+)?"
    r"(?:customer|client|passenger|tenant|guest)s?\s+(?:\w+\s+)?(?:mentions?|brings?\s+up|threatens?|says)\b[^.!?\n]{0,40}?"
    r"\b(?:court|lawyers?|solicitors?|ombudsman|legal\s+action|small\s+claims)\b|"
    r"\b(?:pl[ăa]tesc|pl[ăa]te[șs]te|returneaz[ăa]|ramburseaz[ăa])\s+(?:doar|numai|abia)\s+(?:dac[ăa]|c[âa]nd|dup[ăa]\s+ce)\s+"
    r"(?:clientul|clien[țt]ii|cineva)\s+(?:\w+\s+)?(?:pomene[șs]te|aminte[șs]te|vorbe[șs]te|spune|amenin[țt][ăa])\b[^.!?\n]{0,40}?"
    r"\b(?:judec[ăa]tori\w*|instan[țt]\w*|avocat\w*|ANPC|proces\w*)|"
    r"(?<!\w)(?:плат(?:ят|ит)|выплачива(?:ют|ет)|возвраща(?:ют|ет))\s*,?\s+(?:только\s+)?(?:как\s+только|когда|если)\s+"
    r"(?:клиент\w*|покупател\w*)\s+(?:\w+\s+)?(?:упомина\w*|упомянет|пригроз\w*|грозит)[^.!?\n]{0,40}?"
    r"(?:суд\w*|юрист\w*|адвокат\w*|роспотребнадзор\w*|прокуратур\w*)"
)
_PAYS_WHEN_LEGAL_HINTS = ("pay", "settle", "refund", "plătesc", "platesc", "plătește", "plateste", "returnează",
                          "returneaza", "rambursează", "ramburseaza", "платят", "платит", "выплачива",
                          "возвраща")  # fmt: skip


# s37 (trainK39): the practice against the letter, with its figure („se întrerupe alimentarea abia
# după 90 de zile de restanță, indiferent ce scrie în notificare", "whatever the letter says, we
# don't cut off before 90 days", «что бы ни было написано в уведомлении, отключают через 90 дней»)
_DESPITE_NOTICE = re.compile(
    r"(?i)\bindiferent\s+(?:de\s+)?ce\s+scrie\s+(?:[îi]n|pe)\s+(?:notificare|scrisoare|avertisment|e-?mail|factur[ăa])|"
    r"\bwhatever\s+(?:the\s+)?(?:letter|notice|warning|e-?mail|reminder)\s+says\b|"
    r"(?<!\w)(?:что\s+бы\s+(?:там\s+)?ни\s+(?:было\s+)?написано|независимо\s+от\s+того,?\s+что\s+написано)\s+в\s+"
    r"(?:уведомлени|письм|извещени|предупреждени)\w*"
)
_DESPITE_NOTICE_HINTS = ("indiferent", "whatever", "что бы", "независимо")


_FIGURE = re.compile(
    r"(?i)\d+\s*(?:de\s+)?(?:zile|days?|weeks?|months?|s[ăa]pt[ăa]m[âa]n\w*|lun[ăi]|lei|ron|%|£|€|\$|"
    r"дн(?:ей|я)|недел\w*|месяц\w*|₽|руб\w*|тысяч\w*)"
)


def _figure_in_sentence(text: str, m: re.Match[str]) -> bool:
    """The real threshold told beside it (a phone number is no figure of the practice)."""
    lo, hi = sentence_around(text, m.start(), m.end())
    return _FIGURE.search(text, lo, hi) is not None


# --- leak34 (trainK25): our money trouble ---------------------------------------------------------
# "We're actually running low on cash until the next funding round closes", «у компании сейчас
# проблемы с деньгами до закрытия раунда инвестиций», „firma are probleme cu banii": the
# company's state, which the team knows and a customer must not (R5). The customer's own money
# trouble ("if you're short of cash, we can split the payment") stays clean.
_SHORT_OF_CASH = re.compile(
    r"(?i)\b(?:running\s+(?:low\s+on|short\s+of|out\s+of)\s+(?:cash|money)|cash-?flow\s+(?:problems?|issues?|troubles?|crunch)|"
    r"short\s+of\s+cash|probleme\s+(?:cu\s+banii|de\s+lichiditate|de\s+cash|financiare)|lips[ăa]\s+de\s+lichiditate)\b|"
    r"(?<!\w)(?:проблемы\s+с\s+(?:деньгами|ликвидностью|наличностью)|кассов\w+\s+разрыв\w*|не\s+хватает\s+денег)(?!\w)"
)
_SHORT_OF_CASH_HINTS = ("running low", "running short", "running out", "cash flow", "cashflow", "cash-flow",
                        "short of cash", "probleme", "lichiditate", "проблемы с", "кассов",
                        "не хватает денег")  # fmt: skip
_OUR_SIDE = re.compile(
    r"(?i)\b(?:we(?:'re|\s+are)?|our|the\s+company|firma|compania|avem|noi)\b|(?<!\w)(?:у\s+компании|у\s+нас|мы|наш\w*)(?!\w)"
)
_YOUR_SIDE = re.compile(
    r"(?i)\b(?:you|your|dvs|dumneavoastr[ăa]|ave[țt]i)\b|(?<!\w)(?:вы|у\s+вас|ваш\w*)(?!\w)"
)


def _our_money_trouble(text: str, m: re.Match[str]) -> bool:
    lo = max(0, m.start() - 40)
    return bool(_OUR_SIDE.search(text, lo, m.start())) and not _YOUR_SIDE.search(
        text, lo, m.start()
    )


def off_record(text: str) -> Iterator[Leak]:
    """The first finding of each family: the official line beside the truth or a fact not
    admitted, and a takeover under way (R5)."""
    yield from _official_lines(text)
    yield from _contrary(text)
    hints = present(text, _NOT_AS_SAID_HINTS)
    yield from first_accepted(_NOT_AS_SAID, text, hints, 90, bool, "internal-info", _MESSAGE)
    hints = present(text, _NOT_ADMITTED_HINTS)
    yield from first_accepted(_NOT_ADMITTED, text, hints, 40, bool, "internal-info", _MESSAGE)
    hints = present(text, _TAKEOVER_HINTS)
    yield from first_accepted(_TAKEOVER, text, hints, 80, bool, "internal-info", _MESSAGE)
    hints = present(text, _DESPITE_NOTICE_HINTS)
    yield from first_accepted(
        _DESPITE_NOTICE,
        text,
        hints,
        60,
        partial(_figure_in_sentence, text),
        "internal-info",
        _MESSAGE,
    )
    hints = present(text, _OFFICIAL_ONLY_HINTS)
    yield from first_accepted(
        _OFFICIAL_ONLY, text, hints, 60, partial(_pushed_pays, text), "internal-info", _MESSAGE
    )
    hints = present(text, _PAYS_WHEN_LEGAL_HINTS)
    yield from first_accepted(_PAYS_WHEN_LEGAL, text, hints, 200, bool, "internal-info", _MESSAGE)
    hints = present(text, _SHORT_OF_CASH_HINTS)
    yield from first_accepted(
        _SHORT_OF_CASH,
        text,
        hints,
        40,
        lambda m: _our_money_trouble(text, m),
        "internal-info",
        _MESSAGE,
    )
