"""Real servers the tests talk to, started on 127.0.0.1 with their own config in a temp dir."""
