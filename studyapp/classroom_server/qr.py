"""The join address as a QR code: a matrix for the projector (drawn by Qt) and an SVG the server
serves at /join.svg (for a projector showing a browser, e.g. with ``studyapp classroom serve``)."""

from __future__ import annotations

import qrcode
from qrcode.image.svg import SvgPathImage


def _code(text: str) -> qrcode.QRCode:
    # Error correction M: still reads from the back of a classroom with a smudge on the screen.
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=4)
    code.add_data(text)
    code.make(fit=True)
    return code


def qr_matrix(text: str) -> list[list[bool]]:
    """Rows of modules (True: dark), the quiet border included."""
    return [list(row) for row in _code(text).get_matrix()]


def qr_svg(text: str) -> bytes:
    return _code(text).make_image(image_factory=SvgPathImage).to_string()
