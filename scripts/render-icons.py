"""Renders resources/icons/studyapp.svg into the PNG sizes desktops ask for (16 to 512 pixels).

Run after changing the SVG: .venv/bin/python scripts/render-icons.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"


def render(svg: Path, size: int, out: Path) -> None:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    if not image.save(str(out)):
        raise SystemExit(f"cannot write {out}")


def main() -> int:
    app = QGuiApplication(sys.argv[:1] + ["-platform", "offscreen"])  # noqa: F841 - QImage needs an application
    for size in SIZES:
        render(ICONS / "studyapp.svg", size, ICONS / f"studyapp-{size}.png")
    print(f"{len(SIZES)} sizes written to {ICONS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
