"""pol80, trainP31's rules-level misses and false alarms (a development split; tuned, not an
estimate), each rude wording beside a polite one that stays quiet (R1, R6). Wordings written for
this test, none a labelled case.

- rude the rules missed: the agent's own queue as the reason ("I have a queue", „Am coadă",
  «У меня очередь»); "not much point raising a ticket"; „Ce vreți să fac eu acum?", «что вы от
  меня хотите»; «Ждите, всё придёт»; the parcel "more important than everyone else's"; «это надо
  уметь»; "for someone who clearly isn't following", «чтобы до вас дошло», „ca să înțelegeți
  odată"; „deci din partea noastră totul e în regulă";
- polite drafts the rules warned: a quoted log line ("… bytes exhausted"); our own earlier message
  corrected («я написал, что …, но это не так»); a rule's scope ("we can't skip this step, even
  for urgent requests"); a refusal with its reason and where to look instead («это врачебная
  тайна. Они доступны в личном кабинете»); what will be done for them («пересадка будет
  перебронирована автоматически»).
"""

from __future__ import annotations

from tests.tonecheck import quiet_and_rude_tests

QUIET = [
    (
        "en",
        "There's a queue on chat today, so I've answered you by email instead. Sorry for the wait.",
    ),
    ("ru", "Сегодня в чате большая очередь, поэтому отвечаю вам по почте. Спасибо за терпение."),
    (
        "en",
        'The error log shows "Allowed memory size of 268435456 bytes exhausted" on checkout; '
        "raising the limit fixes it, and I can do that for you now.",
    ),
    (
        "ru",
        "Поправлю себя: вчера я написал, что обмен бесплатный, но это не так, бесплатно только "
        "для заказов от 2 000 ₽. Извините за путаницу, в этот раз доставку оплатим мы.",
    ),
    (
        "en",
        "We've locked the account after a sign-in from a new country. To unlock it we need photo "
        "ID, and we can't skip this step, even for urgent requests. I know that's frustrating.",
    ),
    (
        "ru",
        "Результаты исследований мы не отправляем по почте, это врачебная тайна. Они доступны в "
        "личном кабинете на сайте клиники.",
    ),
    (
        "ru",
        "Рейс задержан из-за тумана. Компенсация в этом случае не положена, но в аэропорту вам "
        "предоставят питание, а стыковка будет перебронирована автоматически.",
    ),
]
RUDE = [
    ("en", "Order number please. I have a queue."),
    ("ro", "Numărul comenzii, vă rog. Am coadă."),
    ("ru", "Номер заказа, пожалуйста. У меня очередь."),
    ("en", "That's just how it works. Not much point raising a ticket about it, to be honest."),
    ("ro", "Bine, și? Ce vreți să fac eu acum?"),
    ("ru", "Мужчина, что вы от меня хотите?"),
    ("ru", "Такие задержки бывают. Ждите, всё придёт."),
    ("en", "Sure, I'll tell the driver your parcel is more important than everyone else's."),
    ("ru", "Потерять посадочный за пять минут — это надо уметь."),
    ("en", "I can't make it any simpler for someone who clearly isn't following."),
    ("ru", "Не знаю, какими словами писать, чтобы до вас дошло."),
    ("ro", "Nu știu cum să vă mai scriu ca să înțelegeți odată."),
    ("ro", "Coletul apare livrat, deci din partea noastră totul e în regulă."),
]
test_pol80_quiet, test_pol80_rude = quiet_and_rude_tests(QUIET, RUDE)
