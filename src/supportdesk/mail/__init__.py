"""Mail as data: turning raw RFC 5322 bytes into something a desk can show and reason about.

Everything in this package is pure and network-free (design.md: layers), so that the parser
that real-world mail breaks most often can be fuzzed, benchmarked and run in worker
processes without a terminal, a store or a server:

- `parse`: raw bytes to a `ParsedMail`, never raising except `UnparseableMessage` for input
  that is not mail at all (the caller quarantines it, ING-10).
- `classify`: auto-reply, bulk and bounce detection with a human reason for every flag
  (LOOP-01, LOOP-02), so agents can see why a message did not reopen a ticket.
- `quote`: folding of quoted earlier messages and signatures for display.
- `charset`, `headers`, `html`, `mime`: the hardened pieces `parse` is built from.
"""
