"""pol75 (trainP14-27): the reply model read a curt opener followed by what we did with it as a
door shut («Принято. Передала инженеру.», «Принято. Заявка № 7781 передана в бухгалтерию.», „Am
notat. Am trimis cererea la contabilitate."). The matter filed (`reply_shut`'s «^принято»,
„^am notat") now spares the next sentence's handover done; over every labelled case 3 polite
drafts quieted and nothing else changed. „Am notat." or «Принято. Ждите.» alone stay as they were
(R1, R4).
"""

from __future__ import annotations

from tests.tonecheck import quiet_and_rude_tests

QUIET = [
    ("ru", "Принято. Передала инженеру."),
    ("ru", "Принято. Заявка № 5512 передана в бухгалтерию."),
    ("ro", "Am notat. Am trimis cererea la contabilitate."),
]
RUDE = [
    ("ru", "Принято. Ждите."),
]
test_pol75_quiet, test_pol75_rude = quiet_and_rude_tests(QUIET, RUDE)
