"""Base schema for API input: unknown fields are an error, not silently dropped (mass-assignment guard)."""

from __future__ import annotations

from ninja import Schema
from pydantic import ConfigDict


class StrictSchema(Schema):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)
