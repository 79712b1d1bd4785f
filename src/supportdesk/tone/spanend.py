"""Where a leak's words end: the secret, not the sentence's punctuation after it (ux17).

The leak detectors (secrets.py and the modules it calls) take a value as a run of
non-space characters, so "Your password is Kx9#mQ2!vL, please change it" flagged
"Kx9#mQ2!vL," and the editor highlighted the comma with it; a host, link or token at the
end of a sentence took its full stop, one in brackets its closing bracket, one in quotes
its closing quote. What the agent is shown (and the JSON's `end`) should be the secret,
so `secret_end` moves the end back over them. A detector still decides what is a leak;
this only narrows the span it reports.

What is kept: a closing bracket or quote whose opening one is inside the span
("Traceback (most recent call last)", «Дакрис», a whole "…" note), and an IPv6
address's trailing "::" (fdab:1234::). Punctuation inside a value (Kx9#mQ2!vL) is never
touched: only its end is.
"""

from __future__ import annotations

# sentence punctuation that follows a value and is never its last character in practice
_TRAILING = ",.;:"
# a closing mark -> the opening marks that would pair it inside the span
_CLOSING = {
    ")": "(",
    "]": "[",
    "}": "{",
    "»": "«",
    "”": "“„",
    "’": "‘",
    "›": "‹",
}
_SYMMETRIC = "\"'`"  # the same mark opens and closes: unpaired when the count is odd


def secret_end(text: str, start: int, end: int) -> int:
    """The end of [start, end) of `text` moved back over trailing sentence punctuation,
    unpaired closing brackets and quotes, and spaces; never to an empty span."""
    while end - start > 1:
        words, last = text[start:end], text[end - 1]
        if last.isspace():
            pass
        elif last in _TRAILING:
            if last == ":" and words.endswith("::"):  # an IPv6 address's zeros
                return end
        elif last in _CLOSING:
            if words.count(last) <= sum(words.count(o) for o in _CLOSING[last]):
                return end
        elif last in _SYMMETRIC:
            if words.count(last) % 2 == 0:
                return end
        else:
            return end
        end -= 1
    return end
