from __future__ import annotations

from enum import StrEnum


class IdentityAuditAction(StrEnum):
    LOGIN_PASSWORD_OK = "identity:login:password_ok"
    LOGIN_FAIL = "identity:login:fail"
    LOGIN_SUCCEED = "identity:login:succeed"
    LOGOUT = "identity:session:logout"
    SESSION_EXPIRE = "identity:session:expire"
    SESSIONS_REVOKE_OTHERS = "identity:session:revoke_others"
    SESSIONS_REVOKE_ALL = "identity:session:revoke_all"
    ACCOUNT_LOCK = "identity:account:lock"
    ACCOUNT_UNLOCK = "identity:account:unlock"
    TOTP_ENROL = "identity:totp:enrol"
    TOTP_FAIL = "identity:totp:fail"
    TOTP_REPLAY = "identity:totp:replay"
    RECOVERY_USE = "identity:recovery_code:use"
    RECOVERY_REGENERATE = "identity:recovery_code:regenerate"
    STEP_UP = "identity:session:step_up"
    TOKEN_CREATE = "identity:token:create"
    TOKEN_REVOKE = "identity:token:revoke"
    USER_CREATE = "identity:user:create"
    USER_INVITE = "identity:user:invite"
    INVITE_ACCEPT = "identity:user:accept_invite"
    LANGUAGE_CHANGE = "identity:user:change_language"
