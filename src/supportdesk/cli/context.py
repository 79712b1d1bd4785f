"""What every subcommand starts from: the loaded config and the opened desk."""

from __future__ import annotations

import argparse

from supportdesk.config import Config, load_config
from supportdesk.desk import Desk, open_desk


def config_of(args: argparse.Namespace) -> Config:
    return load_config(args.config)


def desk_of(args: argparse.Namespace) -> Desk:
    return open_desk(config_of(args), args.data_dir, args.agent)
