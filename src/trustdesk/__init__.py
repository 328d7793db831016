"""TrustDesk: the official, zero-trust support channel."""

__version__ = "0.1.0"
