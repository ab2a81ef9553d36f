"""Light and dark appearance (following the system unless overridden) and the text size."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from studyapp.core.paths import resources_dir

SYSTEM, LIGHT, DARK = "system", "light", "dark"
STYLE = "Fusion"  # on every system: the style sheet and its arrow and check pictures are made for it
STYLE_PROPERTY = "studyapp_style"  # the application's property naming the style it was given
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
    from PySide6.QtCore import Qt  # here only: see first_frame_mode

    hints = QGuiApplication.styleHints()
    return DARK if hints.colorScheme() == Qt.ColorScheme.Dark else LIGHT


def first_frame_mode(app: QApplication, mode: str) -> str:
    """The mode for the first frame, without the ``Qt`` namespace: asking QStyleHints.colorScheme()
    makes PySide6 create that namespace's 93 enums, a fifth of a bare window's start-up. Until
    StudyApp sets its own palette, the application's palette is the system's, dark when the system
    is; ``confirm_after_first_frame`` asks the system itself once the window is painted."""
    if mode in (LIGHT, DARK) or app.property("studyapp_theme"):
        return resolve(mode)
    palette = app.palette()
    text = palette.color(QPalette.ColorRole.WindowText).lightness()
    return DARK if text > palette.color(QPalette.ColorRole.Window).lightness() else LIGHT


def confirm_after_first_frame(app: QApplication, mode: str, text_pt: int) -> None:
    """Follow the system's own answer where the palette told otherwise (a moment after the first frame)."""
    if resolve(mode) != app.property("studyapp_theme"):
        apply(app, mode, text_pt)


def colors(mode: str) -> dict[str, str]:
    return _COLORS[resolve(mode)]


def apply(app: QApplication, mode: str = SYSTEM, text_pt: int = DEFAULT_TEXT_PT, resolved: str | None = None) -> str:
    """Apply the appearance; returns the resolved mode ("light" or "dark"), which ``resolved`` gives
    when it is known already (``first_frame_mode``)."""
    resolved = resolved or resolve(mode)
    c = _COLORS[resolved]
    if app.property(STYLE_PROPERTY) != STYLE:
        # Once: PySide6's wrapper for the QStyle setStyle returns costs the first frame ~15 ms, so
        # create_application starts the application in this style already.
        app.setStyle(STYLE)
        app.setProperty(STYLE_PROPERTY, STYLE)
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
