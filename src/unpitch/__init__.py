"""unpitch: sort your messages into keep, review and junk, locally and with reasons."""

__version__ = "0.1.0"
