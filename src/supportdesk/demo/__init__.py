"""The demo desk: sample tickets in English, Romanian and Russian, replies to a folder."""
