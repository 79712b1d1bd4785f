"""Where supportdesk keeps things, following the XDG base directory spec.

One module decides, so `doctor`, tests and the TUI agree on every location.
"""

from __future__ import annotations

import os
from pathlib import Path

APP = "supportdesk"


def _xdg(var: str, fallback: str) -> Path:
    value = os.environ.get(var, "")
    # The spec says relative paths are invalid and must be ignored.
    if value and Path(value).is_absolute():
        return Path(value)
    return Path.home() / fallback


def config_dir() -> Path:
    return _xdg("XDG_CONFIG_HOME", ".config") / APP


def default_config_path() -> Path:
    return config_dir() / "config.toml"


def default_data_dir() -> Path:
    return _xdg("XDG_DATA_HOME", ".local/share") / APP


def state_dir() -> Path:
    """Logs and local-only state (never shared between agents)."""
    return _xdg("XDG_STATE_HOME", ".local/state") / APP


def cache_dir() -> Path:
    """Derived files rebuilt at will (e.g. the language model, unpacked)."""
    return _xdg("XDG_CACHE_HOME", ".cache") / APP
