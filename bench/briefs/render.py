"""Render a writer's brief: `render.py KIND SET CODE DIR` writes DIR/BRIEF.md.

Kept beside the briefs so that a new machine can start the next judged set the same way
(the judged sets themselves live outside the repository until their judged run).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


KINDS = ("blind", "heldK", "trainP", "trainK")


def render(kind: str, name: str, code: str, where: Path) -> Path:
    if kind not in KINDS:
        raise SystemExit(f"render.py: no brief named {kind!r} (one of: {', '.join(KINDS)})")
    text = (HERE / f"{kind}.md").read_text() + "\n" + (HERE / "common.md").read_text()
    for key, value in (("{set}", name), ("{p}", code), ("{dir}", str(where))):
        text = text.replace(key, value)
    where.mkdir(parents=True, exist_ok=True)
    out = where / "BRIEF.md"
    out.write_text(text)
    return out


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    print(render(sys.argv[1], sys.argv[2], sys.argv[3], Path(sys.argv[4])))
