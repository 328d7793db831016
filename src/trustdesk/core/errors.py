"""Domain errors shared by every adapter.

Actions and selectors raise these; the API turns them into RFC 9457 problem+json and the web UI into a message in
the user's language. ``code`` is stable (it becomes the problem ``type``), ``detail`` is human and translated.
"""

from __future__ import annotations

from typing import Any


class DomainError(Exception):
    status = 400
    code = "invalid"

    def __init__(self, detail: str, *, code: str | None = None, extra: dict[str, Any] | None = None):
        super().__init__(detail)
        self.detail = detail
        if code is not None:
            self.code = code
        self.extra = extra or {}


class ValidationFailed(DomainError):
    status = 400
    code = "validation-failed"


class NotFound(DomainError):
    """Also used for objects the actor may not see: ids leak nothing."""

    status = 404
    code = "not-found"


class Forbidden(DomainError):
    """The actor may see the object but not do this to it."""

    status = 403
    code = "forbidden"


class Conflict(DomainError):
    status = 409
    code = "conflict"


class AuthenticationRequired(DomainError):
    status = 401
    code = "authentication-required"


class StepUpRequired(DomainError):
    """A fresh second factor is needed before this action."""

    status = 401
    code = "step-up-required"


class RateLimited(DomainError):
    status = 429
    code = "rate-limited"
