"""CegidLife portal simulator: a local stand-in for https://www.cegidlife.com's API key pages."""

from __future__ import annotations

__version__ = "1.0.0"
