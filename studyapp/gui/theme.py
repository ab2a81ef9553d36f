"""Light and dark appearance (following the system unless overridden) and the text size."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from studyapp.core.paths import resources_dir

SYSTEM, LIGHT, DARK = "system", "light", "dark"
DEFAULT_TEXT_PT = 11

_COLORS = {
    LIGHT: {"window": "#f6f7f9", "base": "#ffffff", "text": "#1d232b", "muted": "#5b6573",
            "accent": "#2f6fde", "accent_text": "#ffffff", "border": "#d5dae1", "alt": "#eef1f5",
            "good": "#1f8a4c", "bad": "#c2392b", "warn": "#b7791f", "highlight": "#fff3b0"},
    DARK: {"window": "#1b1f24", "base": "#23282f", "text": "#e8ecf1", "muted": "#9aa5b1",
           "accent": "#5b93f0", "accent_text": "#0d1117", "border": "#3a424d", "alt": "#2a3038",
           "good": "#4cc38a", "bad": "#ff7b6b", "warn": "#e3b341", "highlight": "#5c4d12"},
}


def resolve(mode: str) -> str:
    if mode in (LIGHT, DARK):
        return mode
    hints = QGuiApplication.styleHints()
    return DARK if hints.colorScheme() == Qt.ColorScheme.Dark else LIGHT


def colors(mode: str) -> dict[str, str]:
    return _COLORS[resolve(mode)]


def apply(app: QApplication, mode: str = SYSTEM, text_pt: int = DEFAULT_TEXT_PT) -> str:
    """Apply the appearance; returns the resolved mode ("light" or "dark")."""
    resolved = resolve(mode)
    c = _COLORS[resolved]
    app.setStyle("Fusion")
    palette = QPalette()
    for role, key in ((QPalette.ColorRole.Window, "window"), (QPalette.ColorRole.Base, "base"),
                      (QPalette.ColorRole.AlternateBase, "alt"), (QPalette.ColorRole.Text, "text"),
                      (QPalette.ColorRole.WindowText, "text"), (QPalette.ColorRole.Button, "alt"),
                      (QPalette.ColorRole.ButtonText, "text"), (QPalette.ColorRole.Highlight, "accent"),
                      (QPalette.ColorRole.HighlightedText, "accent_text"),
                      (QPalette.ColorRole.ToolTipBase, "base"), (QPalette.ColorRole.ToolTipText, "text"),
                      (QPalette.ColorRole.PlaceholderText, "muted")):
        palette.setColor(role, QColor(c[key]))
    app.setPalette(palette)
    font = QFont(app.font())
    font.setPointSize(text_pt)
    app.setFont(font)
    style_dir = resources_dir() / "style"
    template = (style_dir / "app.qss").read_text(encoding="utf-8")
    # The arrow and check pictures come in one file per theme, next to the style sheet.
    tokens = {**c, "style_dir": style_dir.as_posix(), "mode": resolved}
    # Longest names first: "@accent" must not eat the start of "@accent_text".
    for key in sorted(tokens, key=len, reverse=True):
        template = template.replace("@" + key, tokens[key])
    app.setStyleSheet(template)
    app.setProperty("studyapp_theme", resolved)
    return resolved
