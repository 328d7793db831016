"""The policy decision point. A baseline context is allowed; each test changes one thing and checks the
effect and the reason code, so every rule is shown to be able to deny or step up on its own."""

from __future__ import annotations

import dataclasses
import ipaddress
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from trustdesk.trust.geo import Location, parse_networks
from trustdesk.trust.policy import (
    Action,
    Context,
    Decision,
    Device,
    DeviceStatus,
    Effect,
    Identity,
    LocationPolicy,
    OrgPolicy,
    Proof,
    ProofKind,
    ProofRequirement,
    SecondFactor,
    Sensitivity,
    Session,
    evaluate,
)

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
READ = Action("api:me:read", Sensitivity.READ)
WRITE = Action("desk:conversation:reply", Sensitivity.WRITE)
SENSITIVE = Action("trust:device:approve", Sensitivity.SENSITIVE)
CRITICAL = Action("tenancy:role:change", Sensitivity.CRITICAL)
PAGE = Action("web:inbox:view", Sensitivity.READ, ProofRequirement.SIGNATURE_OR_BINDING)
ENROL = Action("trust:device:enrol", Sensitivity.SENSITIVE, ProofRequirement.NONE)
SIGN_IN = Action("identity:session:create", Sensitivity.PUBLIC, ProofRequirement.NONE)


def where(address: str | None, country: str | None) -> Location:
    return Location(ipaddress.ip_address(address) if address else None, country, "static", "test-1")


def base_context(**changes: Any) -> Context:
    ctx = Context(
        now=NOW,
        policy=OrgPolicy(location=LocationPolicy(allowed_countries=frozenset({"VN", "HK"}))),
        identity=Identity("u1", "org1", frozenset({"agent"})),
        session=Session(
            authenticated_at=NOW - timedelta(hours=2),
            last_seen_at=NOW - timedelta(minutes=1),
            second_factor=SecondFactor.TOTP,
            second_factor_at=NOW - timedelta(minutes=2),
            device_id="dev1",
            last_country="VN",
            last_country_at=NOW - timedelta(minutes=1),
        ),
        device=Device("dev1", "u1", "org1", DeviceStatus.ACTIVE),
        proof=Proof(ProofKind.SIGNATURE, "dev1"),
        location=where("14.160.0.1", "VN"),
    )
    return dataclasses.replace(ctx, **changes)


def session(**changes: Any) -> Session:
    assert base_context().session is not None
    return dataclasses.replace(base_context().session, **changes)  # type: ignore[arg-type]


def location_policy(**changes: Any) -> OrgPolicy:
    rules = dataclasses.replace(LocationPolicy(allowed_countries=frozenset({"VN", "HK"})), **changes)
    return OrgPolicy(location=rules)


def decide(action: Action | None = READ, **changes: Any) -> Decision:
    return evaluate(base_context(**changes), action)


def test_baseline_is_allowed_without_findings() -> None:
    decision = decide()
    assert decision.effect is Effect.ALLOW
    assert decision.allowed
    assert decision.reasons == ()
    assert not decision.audit_required


def test_sensitive_allows_are_audited() -> None:
    decision = decide(SENSITIVE)
    assert decision.allowed
    assert decision.audit_required


def test_unknown_action_is_denied() -> None:
    decision = decide(None)
    assert decision.effect is Effect.DENY
    assert decision.codes == ("action.unknown",)
    assert decision.audit_required


# Each entry breaks exactly one input of the baseline. None of them may ever come out as "allow".
DENIALS: list[tuple[str, dict[str, Any], str]] = [
    ("no identity", {"identity": None}, "identity.missing"),
    ("disabled user", {"identity": Identity("u1", "org1", active=False)}, "identity.inactive"),
    ("no session", {"session": None}, "session.missing"),
    ("absolute timeout", {"session": session(authenticated_at=NOW - timedelta(hours=25))}, "session.expired"),
    ("idle timeout", {"session": session(last_seen_at=NOW - timedelta(minutes=61))}, "session.idle"),
    ("session not bound", {"session": session(device_id=None)}, "session.unbound"),
    ("cookie on a second device", {"session": session(device_id="dev0")}, "session.device_mismatch"),
    (
        "password only",
        {"session": session(second_factor=None, second_factor_at=None)},
        "second_factor.missing",
    ),
    ("no device", {"device": None}, "device.unknown"),
    ("pending device", {"device": Device("dev1", "u1", "org1", DeviceStatus.PENDING)}, "device.pending"),
    (
        "suspended device",
        {"device": Device("dev1", "u1", "org1", DeviceStatus.SUSPENDED)},
        "device.suspended",
    ),
    ("revoked device", {"device": Device("dev1", "u1", "org1", DeviceStatus.REVOKED)}, "device.revoked"),
    (
        "someone else's device",
        {"device": Device("dev1", "u2", "org1", DeviceStatus.ACTIVE)},
        "device.not_owned",
    ),
    ("other org's device", {"device": Device("dev1", "u1", "org2", DeviceStatus.ACTIVE)}, "device.not_owned"),
    ("unsigned request", {"proof": Proof()}, "proof.missing"),
    (
        "bad signature",
        {"proof": Proof(ProofKind.SIGNATURE, None, "signature_invalid")},
        "proof.signature_invalid",
    ),
    (
        "replayed signature",
        {"proof": Proof(ProofKind.SIGNATURE, None, "nonce_replayed")},
        "proof.signature_invalid",
    ),
    ("signed by another device", {"proof": Proof(ProofKind.SIGNATURE, "dev9")}, "proof.key_mismatch"),
    ("binding cookie on the API", {"proof": Proof(ProofKind.BINDING_COOKIE, "dev1")}, "proof.insufficient"),
    ("disallowed country", {"location": where("8.8.8.8", "US")}, "location.country_not_allowed"),
]


@pytest.mark.parametrize(("label", "changes", "code"), DENIALS, ids=[d[0] for d in DENIALS])
def test_each_broken_input_denies(label: str, changes: dict[str, Any], code: str) -> None:
    decision = decide(**changes)
    assert decision.effect is Effect.DENY, label
    assert code in decision.codes
    assert decision.audit_required


MATRIX = [
    (action, label, changes)
    for action in (READ, WRITE, SENSITIVE, CRITICAL, PAGE)
    for label, changes, _ in DENIALS
    # a binding cookie is the intended proof for page navigations
    if not (action is PAGE and label == "binding cookie on the API")
]


@pytest.mark.parametrize(("action", "label", "changes"), MATRIX, ids=[f"{m[0].name}-{m[1]}" for m in MATRIX])
def test_no_single_failure_is_allowed_for_any_action(action: Action, label: str, changes: dict[str, Any]) -> None:
    assert not evaluate(base_context(**changes), action).allowed, label


def test_replay_failure_detail_is_kept_for_the_audit() -> None:
    decision = decide(proof=Proof(ProofKind.SIGNATURE, None, "nonce_replayed"))
    assert decision.reasons[0].detail == "nonce_replayed"


def test_page_navigation_accepts_the_binding_cookie_but_not_a_foreign_one() -> None:
    assert decide(PAGE, proof=Proof(ProofKind.BINDING_COOKIE, "dev1")).allowed
    assert decide(PAGE, proof=Proof(ProofKind.SIGNATURE, "dev1")).allowed
    stolen = decide(PAGE, proof=Proof(ProofKind.BINDING_COOKIE, None, "binding_expired"))
    assert stolen.effect is Effect.DENY
    assert "proof.binding_cookie_invalid" in stolen.codes


def test_deny_wins_over_step_up_and_all_reasons_are_kept() -> None:
    decision = decide(
        SENSITIVE,
        device=Device("dev1", "u1", "org1", DeviceStatus.REVOKED),
        session=session(second_factor_at=NOW - timedelta(hours=1)),
    )
    assert decision.effect is Effect.DENY
    assert {"device.revoked", "second_factor.stale"} <= set(decision.codes)


@pytest.mark.parametrize(
    ("action", "age", "effect"),
    [
        (READ, timedelta(hours=20), Effect.ALLOW),
        (WRITE, timedelta(hours=20), Effect.ALLOW),
        (SENSITIVE, timedelta(minutes=15), Effect.ALLOW),
        (SENSITIVE, timedelta(minutes=16), Effect.STEP_UP),
        (CRITICAL, timedelta(minutes=5), Effect.ALLOW),
        (CRITICAL, timedelta(minutes=6), Effect.STEP_UP),
    ],
)
def test_second_factor_freshness_depends_on_sensitivity(action: Action, age: timedelta, effect: Effect) -> None:
    decision = decide(action, session=session(second_factor_at=NOW - age))
    assert decision.effect is effect
    if effect is Effect.STEP_UP:
        assert decision.codes == ("second_factor.stale",)


@pytest.mark.parametrize("action", [ENROL, SIGN_IN])
def test_a_failed_signature_is_refused_even_where_none_is_needed(action: Action) -> None:
    decision = decide(
        action, device=None, session=session(device_id=None), proof=Proof(ProofKind.SIGNATURE, None, "nonce_replayed")
    )
    assert decision.effect is Effect.DENY
    assert "proof.signature_invalid" in decision.codes


def test_enrolment_needs_no_device_but_a_fresh_second_factor() -> None:
    fresh = decide(ENROL, device=None, proof=Proof(), session=session(device_id=None))
    assert fresh.allowed
    stale = decide(
        ENROL,
        device=None,
        proof=Proof(),
        session=session(device_id=None, second_factor_at=NOW - timedelta(hours=2)),
    )
    assert stale.effect is Effect.STEP_UP
    password_only = decide(
        ENROL,
        device=None,
        proof=Proof(),
        session=session(device_id=None, second_factor=None, second_factor_at=None),
    )
    assert password_only.effect is Effect.DENY


def test_phishing_resistant_factor_required_for_chosen_roles() -> None:
    policy = OrgPolicy(
        location=LocationPolicy(allowed_countries=frozenset({"VN"})),
        phishing_resistant_roles=frozenset({"it_admin"}),
    )
    admin = Identity("u1", "org1", frozenset({"it_admin"}))
    with_totp = decide(policy=policy, identity=admin)
    assert with_totp.effect is Effect.STEP_UP
    assert with_totp.codes == ("second_factor.phishing_resistant_required",)
    with_passkey = decide(policy=policy, identity=admin, session=session(second_factor=SecondFactor.PASSKEY))
    assert with_passkey.allowed
    agent = decide(policy=policy)  # role not listed: TOTP is fine
    assert agent.allowed


# -- location ---------------------------------------------------------------------------------------------


def test_disallowed_country_steps_up_when_the_policy_says_so() -> None:
    policy = location_policy(violation_effect=Effect.STEP_UP)
    stale = decide(
        policy=policy,
        location=where("8.8.8.8", "US"),
        session=session(second_factor_at=NOW - timedelta(hours=1), last_country=None),
    )
    assert stale.effect is Effect.STEP_UP
    assert stale.codes == ("location.country_not_allowed",)
    fresh = decide(policy=policy, location=where("8.8.8.8", "US"), session=session(last_country=None))
    assert fresh.allowed
    assert fresh.codes == ("location.country_not_allowed", "location.step_up_satisfied")


def test_deny_cidr_wins_over_an_allowed_country() -> None:
    policy = location_policy(deny_networks=parse_networks("14.160.0.0/16"))
    decision = decide(policy=policy)
    assert decision.effect is Effect.DENY
    assert decision.codes == ("location.network_denied",)


def test_allow_cidr_wins_over_a_disallowed_country() -> None:
    policy = location_policy(allow_networks=parse_networks("8.8.8.0/24"))
    decision = decide(policy=policy, location=where("8.8.8.8", "US"), session=session(last_country="US"))
    assert decision.allowed
    assert decision.codes == ("location.network_allowed",)
    assert not decision.audit_required  # the office network is the normal case, not an exception


def test_allow_cidr_places_private_addresses() -> None:
    policy = location_policy(allow_networks=parse_networks("10.0.0.0/8"))
    assert decide(policy=policy, location=where("10.2.3.4", None)).allowed


@pytest.mark.parametrize(
    ("allow", "deny", "effect"),
    [
        ("14.160.0.0/16", "14.0.0.0/8", Effect.ALLOW),  # longer allow prefix carves a hole in the deny
        ("14.0.0.0/8", "14.160.0.0/16", Effect.DENY),
        ("14.160.0.0/16", "14.160.0.0/16", Effect.DENY),  # tie goes to deny
    ],
)
def test_overlapping_cidr_lists_longest_prefix_wins(allow: str, deny: str, effect: Effect) -> None:
    policy = location_policy(allow_networks=parse_networks(allow), deny_networks=parse_networks(deny))
    assert decide(policy=policy).effect is effect


def test_ipv6_cidr_lists() -> None:
    policy = location_policy(deny_networks=parse_networks("2001:db8:bad::/48"))
    assert decide(policy=policy, location=where("2001:db8:bad::1", "VN")).effect is Effect.DENY
    assert decide(policy=policy, location=where("2001:db8:600d::1", "VN")).allowed
    # An IPv6 network never matches an IPv4 address and vice versa.
    assert decide(policy=location_policy(deny_networks=parse_networks("::/0"))).allowed


def test_unknown_country_uses_the_policy_default() -> None:
    old_2fa = session(second_factor_at=NOW - timedelta(hours=1))
    step_up = decide(location=where("10.0.0.1", None), session=old_2fa)
    assert step_up.effect is Effect.STEP_UP
    assert step_up.codes == ("location.country_unknown",)
    denied = decide(policy=location_policy(unknown_effect=Effect.DENY), location=where("10.0.0.1", None))
    assert denied.effect is Effect.DENY
    no_location = decide(location=None, session=old_2fa)
    assert no_location.effect is Effect.STEP_UP


def test_no_country_restriction_allows_anywhere() -> None:
    policy = OrgPolicy()
    assert decide(policy=policy, location=where("8.8.8.8", "US"), session=session(last_country="US")).allowed
    assert decide(policy=policy, location=where("10.0.0.1", None)).allowed


def test_location_violation_cannot_be_configured_to_allow() -> None:
    with pytest.raises(ValueError, match="deny or step up"):
        LocationPolicy(violation_effect=Effect.ALLOW)


# -- impossible travel ---------------------------------------------------------------------------------------


def test_country_change_within_the_window_steps_up() -> None:
    travelled = session(
        last_country="HK",
        last_country_at=NOW - timedelta(minutes=20),
        second_factor_at=NOW - timedelta(hours=1),
    )
    decision = decide(session=travelled)
    assert decision.effect is Effect.STEP_UP
    assert decision.codes == ("location.impossible_travel",)
    assert decision.reasons[0].detail == "HK->VN"


def test_country_change_after_the_window_is_allowed() -> None:
    travelled = session(
        last_country="HK",
        last_country_at=NOW - timedelta(minutes=61),
        second_factor_at=NOW - timedelta(hours=1),
    )
    assert decide(session=travelled).allowed


def test_second_factor_after_the_change_satisfies_the_travel_step_up() -> None:
    travelled = session(
        last_country="HK",
        last_country_at=NOW - timedelta(minutes=20),
        second_factor_at=NOW - timedelta(minutes=1),
    )
    decision = decide(session=travelled)
    assert decision.allowed
    assert decision.codes == ("location.travel_step_up_satisfied",)


# -- public actions ---------------------------------------------------------------------------------------


def test_public_action_needs_no_identity_but_honours_location() -> None:
    anonymous: dict[str, Any] = {"identity": None, "session": None, "device": None, "proof": Proof()}
    assert decide(SIGN_IN, **anonymous).allowed
    blocked = decide(SIGN_IN, location=where("8.8.8.8", "US"), **anonymous)
    assert blocked.effect is Effect.DENY
    soft = decide(
        SIGN_IN,
        policy=location_policy(violation_effect=Effect.STEP_UP),
        location=where("8.8.8.8", "US"),
        **anonymous,
    )
    assert soft.allowed  # signing in is the step-up
    assert soft.codes == ("location.country_not_allowed", "location.step_up_at_sign_in")
    assert soft.audit_required  # allowed, but by an exception worth recording


def test_any_factor_actions_are_exempt_from_the_passkey_requirement() -> None:
    policy = OrgPolicy(phishing_resistant_roles=frozenset({"agent"}))
    register = Action("trust:passkey:register", Sensitivity.SENSITIVE, any_factor=True)
    assert decide(register, policy=policy).allowed
    assert decide(SENSITIVE, policy=policy).effect is Effect.STEP_UP
