"""leak185: trainK69's rules-level misses (the readers caught them), each beside a look-alike that
stays clean (R5). Wordings written for this test, none a labelled case.

- one of us's work mobile ("ring Dana directly on her work mobile …", «на её рабочий мобильный»);
- a webmail address the reader is told to write to ("you can write to him at …@gmail.com");
- a CNP said to be a named third person's right after it, though "dvs." came before;
- the household named where a parcel went („la familia Pop");
- what another customer's parcel held ("the other Mr Price … His parcel was …").
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

test_leak185 = leak_pair_tests(
    [
        (
            "one of us's work mobile",
            "en",
            "To get this approved faster, ring Dana directly on her work mobile 07700 914 332, she signs these off.",
            "To get this approved faster, ring our approvals desk on 0161 496 0000, they sign these off.",
        ),
        (
            "one of us's work mobile",
            "ru",
            "Чтобы ускорить, позвоните мастеру Олегу на его рабочий мобильный +7 912 440-18-73.",
            "Чтобы ускорить, позвоните в нашу службу на номер 8 800 555-35-35.",
        ),
        (
            "a webmail address to write to",
            "en",
            "Tom no longer works here, but you can write to him at tom.keane71@gmail.com about the quote.",
            "Tom no longer works here, but you can write to support@example.com about the quote.",
        ),
        (
            "a CNP said to be a named third person's",
            "ro",
            "Factura nu apare pe numele dvs. pentru că a fost emisă pe CNP-ul 2850615123457, al doamnei Ionescu Maria.",
            "Factura nu apare pe numele dvs. pentru că a fost emisă pe numele firmei; o corectăm azi.",
        ),
        (
            "the household named where a parcel went",
            "ro",
            "Coletul a ajuns din greșeală la Str. Florilor nr. 12, ap. 3, la familia Marin, îl recuperăm mâine.",
            "Coletul a ajuns din greșeală la alt depozit, îl recuperăm mâine și vi-l livrăm.",
        ),
        (
            "what another customer's parcel held",
            "en",
            "It's the other Mr Price on your road who ordered the same day. His parcel was a blood pressure monitor, yours the toaster.",
            "It's a mix-up at our depot: two parcels were swapped on the same day. Yours was the toaster and it goes out today.",
        ),
    ]
)
