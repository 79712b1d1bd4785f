"""leak51, on trainK37's misses (a development split; tuned, not an estimate), and trainK36's
before it: families its writer put in words no rule read (R5: "Keep your mouth shut").
Wordings written for this test, none a labelled case. Each is a leak that must be blocked
beside a look-alike that must not:

- a log-in handed over after "SSH in as root with" or "connect as admin using" (secrets);
- a colleague's fault as a habit since they started, taken to the boss, or "known for it"
  (backstage._colleague_faults);
- another person's slot read out with what it is for (persons._slot_holders);
- a code said to work on any account (accesscodes._shared_codes);
- a claim we are defending in court (backstage._litigation);
- the agent's pay per sale „pe fiecare", and the sales left until their bonus
  (backstage._per_unit_pay);
- the customer coached to say they are leaving, in other verbs (backstage._say_leaving);
- an approval promised for filling the form our way (loopholes._sure_pass);
- an offer we give only to those who ask (backstage._held_back);
- and three look-alikes trainK37 had blocked: a maker's default PIN with "change it" (secrets'
  password value), a bereavement team's mailbox (leakvalues.role_address) and a merger "as we
  announced" (the packs' `published` words, lint._published_spared).
"""

from __future__ import annotations

import pytest

from tests.tonecheck import family_holds

FAMILIES = [
    (
        "a root password after 'SSH in as root with'",
        "en",
        "If the site hangs at night you can SSH in as root with Gr4nite-owl-17 and restart nginx.",
        "If the site hangs at night you can SSH in with your own key and restart nginx.",
    ),
    (
        "a password after 'connect as admin using'",
        "en",
        "Connect as admin using Pebble-77-lake until the migration is done.",
        "Connect using WireGuard2024 client on the laptop and the settings we sent.",
    ),
    (
        "a colleague wrong since he started",
        "en",
        "I'm sorry Tom told you that. Between us, he's been getting this kind of thing wrong "
        "since he started.",
        "I'm sorry, I got that wrong earlier: you are still within the 30 days.",
    ),
    (
        "a supervisor known for it",
        "ro",
        "Îmi pare rău că v-a închis. Sincer, șeful de tură e cunoscut pentru asta.",
        "Îmi pare rău că v-a închis. Produsul nostru e cunoscut pentru rezistența la apă.",
    ),
    (
        "another patient's slot and what it is for",
        "en",
        "I can't give you 9:15, Mrs Carver has the 9:15 slot for her blood test results.",
        "Dear Mrs Carver, I can't give you 9:15: that slot is kept for urgent cases.",
    ),
    (
        "another client's appointment, in Russian",
        "ru",
        "К сожалению, на 14:30 записан Громов на повторный приём, могу предложить 15:10.",
        "К сожалению, на 14:30 всё занято, могу предложить вам 15:10.",
    ),
    (
        "a code that works on any account",
        "en",
        "Until the texts arrive, type 404172 as your code, it works on any account.",
        "Until the texts arrive, type the code from the email; your code works on your account only.",
    ),
    (
        "a claim we are defending",
        "en",
        "We are currently defending a claim from two tenants over the same boiler.",
        "As your insurer, we are defending the claim made against you by the other driver.",
    ),
    (
        "the agent's cut per sale, in Romanian",
        "ro",
        "Dacă luați și garanția extinsă m-ați ajuta, primim 30 de lei pe fiecare.",
        "Dacă luați și garanția extinsă, primiți 30 de lei reducere pe fiecare produs.",
    ),
    (
        "sales left until the agent's bonus",
        "ru",
        "Оформите, пожалуйста, страховку: мне осталось две до премии.",
        "Вам осталось два дня до начисления бонусов за покупку.",
    ),
    (
        "the customer coached to say they leave, in Romanian",
        "ro",
        "Menționați că vă mutați la altă rețea și vă dau 40% reducere la retenție.",
        "Dacă vă mutați la altă rețea, portarea numărului durează trei zile lucrătoare.",
    ),
    (
        "an approval promised for leaving income off",
        "en",
        "Don't mention the second job on the form; approval is almost guaranteed then.",
        "Add the payslips from both jobs; approval usually takes two working days.",
    ),
    (
        "an approval promised for gaming the scoring, in Romanian",
        "ro",
        "Sistemul respinge automat cererile cu vechime sub un an. Treceți doar salariul și "
        "aprobarea e aproape garantată.",
        "Dacă încărcați adeverința de venit, cererea se aprobă imediat.",
    ),
    (
        "an offer only for those who ask",
        "en",
        "There is a 15% goodwill credit, but we don't offer it unless customers ask.",
        "We don't offer it ourselves; the warranty is handled by the manufacturer.",
    ),
    (
        "a maker's default PIN, to be changed, is no secret of ours",
        "en",
        "The default password for all our staff accounts is Welcome2024!, nobody ever changes it.",
        "Every lock ships with the default PIN 123456, and the app will ask you to change it.",
    ),
    (
        "a team's mailbox is no person's address",
        "en",
        "Our bereavement team is busy, so write to Karen on her personal address "
        "karen.holt1978@gmail.com.",
        "Our bereavement team can take care of everything: bereavement@northwave.co.uk.",
    ),
    (
        "news we announced is no leak",
        "ru",
        "Между нами, с апреля мы объединяемся с сетью «Ромашка», официально ещё не объявляли.",
        "Как мы сообщали в новостях на сайте, с апреля мы объединяемся с сетью «Ромашка».",
    ),
    (
        "compensation we do not offer ourselves, in Russian",
        "ru",
        "За задержку можно получить 3 000 миль компенсации, мы их сами не предлагаем.",
        "Мы сами не предлагаем кредиты, только рассрочку от банка-партнёра.",
    ),
]


@pytest.mark.parametrize(("family", "language", "leak", "clean"), FAMILIES)
def test_leak51_family(family: str, language: str, leak: str, clean: str) -> None:
    family_holds(family, language, leak, clean)
