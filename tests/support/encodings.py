"""A secret as a browser, a server or a trace may write it: the tests search kept files for each form."""

from __future__ import annotations

import base64
import html
import json
import re
import string
import urllib.parse

# Every printable ASCII special character, space included, in two orders (a password that starts
# with '-' would be taken for an option by the simulator's command line).
SPECIAL_PASSWORDS = ["Aa1 " + string.punctuation, "Zz9" + string.punctuation[::-1] + " x"]


def _form_encoded(value: str, upper: bool = True) -> str:
    """application/x-www-form-urlencoded as the WHATWG URL standard (browsers) writes it."""
    keep = string.ascii_letters + string.digits + "*-._"
    hexa = "%{:02X}" if upper else "%{:02x}"
    return "".join(c if c in keep else "+" if c == " " else "".join(hexa.format(b) for b in c.encode()) for c in value)


def every_encoding(value: str) -> dict[str, bytes]:
    """The forms a value takes in what a browser sends, a server answers, or a trace writes."""
    forms = {
        "raw": value,
        "json": json.dumps(value)[1:-1],
        "json-unicode": json.dumps(value, ensure_ascii=False)[1:-1],
        "json-twice": json.dumps(json.dumps(value))[3:-3],
        "quote": urllib.parse.quote(value, safe=""),
        "quote-plus": urllib.parse.quote_plus(value, safe=""),
        "quote-lower": re.sub("%[0-9A-F]{2}", lambda m: m.group().lower(), urllib.parse.quote(value, safe="")),
        "form": _form_encoded(value),
        "form-lower": _form_encoded(value, upper=False),
        "encodeURIComponent": urllib.parse.quote(value, safe="!~*'()"),
        "html": html.escape(value, quote=True),
        "html-numeric": "".join(c if c.isalnum() else f"&#{ord(c)};" for c in value),
        "base64": base64.b64encode(value.encode()).decode(),
        "base64-urlsafe": base64.urlsafe_b64encode(value.encode()).decode(),
    }
    return {name: text.encode() for name, text in forms.items()}
