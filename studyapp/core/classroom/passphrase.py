"""The teacher passphrase: stored only as a salted scrypt hash, compared in constant time."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from typing import Any

from studyapp.core.errors import InvalidInput

MIN_LENGTH = 8
# scrypt cost: ~16 MiB and a few tens of milliseconds per try, so guessing offline is slow.
SCRYPT = {"algorithm": "scrypt", "n": 2 ** 14, "r": 8, "p": 1, "dklen": 32}


def check_strength(passphrase: str) -> None:
    if len(passphrase) < MIN_LENGTH:
        raise InvalidInput(f"The teacher passphrase needs at least {MIN_LENGTH} characters.")


def derive(passphrase: str, salt: bytes, params: dict[str, Any]) -> bytes:
    if params.get("algorithm") != "scrypt":
        raise InvalidInput(f"Unknown passphrase hash {params.get('algorithm')!r}; set the passphrase again.")
    return hashlib.scrypt(passphrase.encode("utf-8"), salt=salt, n=params["n"], r=params["r"], p=params["p"],
                          dklen=params["dklen"], maxmem=64 * 1024 * 1024)


def hash_passphrase(passphrase: str) -> tuple[str, str, dict[str, Any]]:
    """Return (salt, hash, params) to store; the salt is random for every passphrase set."""
    check_strength(passphrase)
    salt = secrets.token_bytes(16)
    return salt.hex(), derive(passphrase, salt, SCRYPT).hex(), dict(SCRYPT)


def verify(passphrase: str, salt: str, stored_hash: str, params: dict[str, Any]) -> bool:
    return hmac.compare_digest(derive(passphrase, bytes.fromhex(salt), params), bytes.fromhex(stored_hash))
