"""supportdesk: a terminal workstation for support agents."""

__version__ = "0.1.0"
