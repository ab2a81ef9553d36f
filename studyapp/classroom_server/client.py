"""StudyApp's own "Join a class" speaks to a class server through the same HTTP API as the
browser page (docs/CLASSROOM.md), with the standard library only. Every call blocks: the window
calls it from a worker thread."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, urlsplit

from studyapp.core.errors import InvalidInput, StudyAppError

TIMEOUT = 10


class ClassUnreachable(StudyAppError):
    """The class server does not answer (wrong address, another network, a firewall)."""


def split_address(address: str, code: str = "") -> tuple[str, str]:
    """(base URL, code) from what a student typed: "192.168.1.20:8765", a full link with ?code=..."""
    text = address.strip()
    if not text:
        raise InvalidInput("Type the address the teacher shows, e.g. http://192.168.1.20:8765.")
    if "://" not in text:
        text = "http://" + text
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InvalidInput(f"{address!r} is not an address like http://192.168.1.20:8765.")
    code = code.strip() or (parse_qs(parts.query).get("code") or [""])[0]
    return f"{parts.scheme}://{parts.netloc}", code


@dataclass
class ClassClient:
    base: str
    token: str = ""
    name: str = ""

    def _call(self, path: str, body: dict[str, Any] | None = None) -> tuple[int, dict[str, Any]]:
        headers = {"Accept": "application/json"}
        if self.token:
            headers["Authorization"] = "Bearer " + self.token
        data = None
        if body is not None:
            headers["Content-Type"] = "application/json"
            data = json.dumps(body).encode("utf-8")
        request = urllib.request.Request(self.base + path, data=data, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
                return response.status, json.loads(response.read() or b"{}")
        except urllib.error.HTTPError as error:
            try:
                return error.code, json.loads(error.read() or b"{}")
            except ValueError:
                return error.code, {}
        except (urllib.error.URLError, OSError, ValueError) as error:
            reason = getattr(error, "reason", error)
            raise ClassUnreachable(f"Cannot reach the class at {self.base} ({reason}); check the address and "
                                   "that this computer is on the class network.") from None

    def join(self, code: str, name: str) -> "ClassClient":
        body = {"code": code, "name": name}
        if self.token:
            body["token"] = self.token
        status, data = self._call("/api/join", body)
        if status != 200:
            raise InvalidInput(data.get("error") or f"The class server refused (HTTP {status}).")
        self.token, self.name = data["token"], data["student"]["name"]
        return self

    def state(self) -> dict[str, Any]:
        status, data = self._call("/api/state")
        if status != 200:
            raise InvalidInput(data.get("error") or f"The class server refused (HTTP {status}).")
        return data

    def verdicts(self) -> list[dict[str, Any]]:
        """[{"id", "answer", "correct"}] for each question this student answered that has closed."""
        status, data = self._call("/api/verdicts")
        if status != 200:
            raise InvalidInput(data.get("error") or f"The class server refused (HTTP {status}).")
        return data["verdicts"]

    def answer(self, question_id: int, text: str) -> dict[str, Any]:
        """{"accepted", "reason"} (and, at one's own pace, "correct" and "answer")."""
        _status, data = self._call("/api/answer", {"question": question_id, "answer": text})
        return data
