"""The app around the engine: directory management (audited, per tenant), checks, Report to IT, contact scan,
pages and the CLI."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client

from trustdesk.audit.models import AuditEvent
from trustdesk.core.errors import Conflict, NotFound, ValidationFailed
from trustdesk.scamcheck import actions, selectors
from trustdesk.scamcheck.choices import ScamcheckAuditAction
from trustdesk.scamcheck.models import OfficialEntry, ScamReport
from trustdesk.tenancy.choices import Role

pytestmark = pytest.mark.django_db

BASE = "/api/v1/scamcheck"


def token_for(user: Any) -> str:
    from trustdesk.identity import actions as identity_actions
    from trustdesk.tenancy.actor import actor_for

    actor = actor_for(user)
    scopes = sorted(p.value for p in actor.permissions)
    return str(identity_actions.create_api_token(actor=actor, name="t", scopes=scopes, expires_in_days=1).raw)


class Api:
    def __init__(self, user: Any) -> None:
        self.client = Client(HTTP_HOST="127.0.0.1", HTTP_AUTHORIZATION=f"Bearer {token_for(user)}")

    def get(self, path: str) -> Any:
        return self.client.get(BASE + path)

    def post(self, path: str, body: dict[str, Any]) -> Any:
        return self.client.post(BASE + path, json.dumps(body), content_type="application/json")

    def delete(self, path: str) -> Any:
        return self.client.delete(BASE + path)


# --- directory ------------------------------------------------------------------------------------------------


def test_it_admin_adds_org_number_and_it_becomes_official_for_that_org_only(
    make_user: Callable[..., Any], actor_of: Callable[[Any], Any], other_org: Any
) -> None:
    it_admin = actor_of(make_user(Role.IT_ADMIN))
    entry = actions.do_add_directory_entry(
        actor=it_admin, channel="phone", value="+84 24 3936 8888", owner="IT helpdesk"
    )
    assert entry.value == "+842439368888"
    event = AuditEvent.objects.get(action=ScamcheckAuditAction.DIRECTORY_ENTRY_CREATE)
    assert event.target_id == str(entry.pk) and event.organization_id == it_admin.organization_id

    mine = actions.run_check(actor=it_admin, kind="phone", text="IT helpdesk hotline +84 24 3936 8888")
    assert mine.verdict == "official"
    outsider = actor_of(make_user(Role.EMPLOYEE, organization=other_org))
    theirs = actions.run_check(actor=outsider, kind="phone", text="IT helpdesk hotline +84 24 3936 8888")
    assert theirs.verdict == "suspicious"  # presented as support, not in *their* directory


def test_removing_an_entry_is_audited_and_takes_effect(
    make_user: Callable[..., Any], actor_of: Callable[[Any], Any]
) -> None:
    it_admin = actor_of(make_user(Role.IT_ADMIN))
    entry = actions.do_add_directory_entry(
        actor=it_admin, channel="domain", value="https://Harbour.example/", owner="Harbour"
    )
    assert actions.run_check(actor=it_admin, kind="url", text="https://intranet.harbour.example").verdict == "official"
    actions.do_remove_directory_entry(actor=it_admin, entry_id=entry.pk)
    assert not OfficialEntry.objects.exists()
    assert AuditEvent.objects.filter(action=ScamcheckAuditAction.DIRECTORY_ENTRY_DELETE).count() == 1
    assert actions.run_check(actor=it_admin, kind="url", text="https://intranet.harbour.example").verdict != "official"


def test_employee_cannot_change_the_directory(make_user: Callable[..., Any], actor_of: Callable[[Any], Any]) -> None:
    employee = actor_of(make_user(Role.EMPLOYEE))
    with pytest.raises(NotFound):
        actions.do_add_directory_entry(actor=employee, channel="domain", value="x.example", owner="X")
    assert not AuditEvent.objects.filter(action=ScamcheckAuditAction.DIRECTORY_ENTRY_CREATE).exists()


def test_platform_directory_is_platform_admins_and_has_no_phone(
    make_user: Callable[..., Any], actor_of: Callable[[Any], Any], platform_org: Any
) -> None:
    admin = actor_of(make_user(Role.PLATFORM_ADMIN, organization=platform_org))
    entry = actions.do_add_directory_entry(
        actor=admin, channel="sms_sender", value="TDESK", owner="TrustDesk", platform=True
    )
    assert entry.organization_id is None
    with pytest.raises(ValidationFailed):
        actions.do_add_directory_entry(
            actor=admin, channel="phone", value="+6561234567", owner="TrustDesk", platform=True
        )
    it_admin = actor_of(make_user(Role.IT_ADMIN))
    with pytest.raises(NotFound):
        actions.do_add_directory_entry(actor=it_admin, channel="domain", value="y.example", owner="Y", platform=True)
    with pytest.raises(NotFound):  # an IT admin cannot remove platform entries
        actions.do_remove_directory_entry(actor=it_admin, entry_id=entry.pk)


def test_duplicate_and_invalid_entries_are_rejected(
    make_user: Callable[..., Any], actor_of: Callable[[Any], Any]
) -> None:
    it_admin = actor_of(make_user(Role.IT_ADMIN))
    actions.do_add_directory_entry(actor=it_admin, channel="domain", value="harbour.example", owner="Harbour")
    with pytest.raises(Conflict):
        actions.do_add_directory_entry(actor=it_admin, channel="domain", value="HARBOUR.example", owner="Harbour")
    for channel, value in [("phone", "12"), ("domain", "not a domain"), ("email", "nobody"), ("fax", "1")]:
        with pytest.raises(ValidationFailed):
            actions.do_add_directory_entry(actor=it_admin, channel=channel, value=value, owner="X")


# --- API -------------------------------------------------------------------------------------------------------


def test_check_endpoint_explains_in_the_users_language(make_user: Callable[..., Any]) -> None:
    user = make_user(Role.EMPLOYEE)
    api = Api(user)
    response = api.client.post(
        BASE + "/check",
        json.dumps({"kind": "message", "text": "Please send me the OTP you just received"}),
        content_type="application/json",
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["verdict"] in ("suspicious", "scam")
    assert body["signals"][0]["type"] == "otp_request"
    assert body["signals"][0]["explanation"] and body["signals"][0]["advice"]


def test_check_endpoint_rejects_bad_input(make_user: Callable[..., Any]) -> None:
    api = Api(make_user(Role.EMPLOYEE))
    assert api.post("/check", {"kind": "fax", "text": "x"}).status_code == 422
    assert api.post("/check", {"kind": "url", "text": "x", "extra": 1}).status_code == 422
    assert Client(HTTP_HOST="127.0.0.1").post(BASE + "/check", "{}", content_type="application/json").status_code == 401


def test_report_to_it_is_stored_audited_and_visible_to_it_staff_only(
    make_user: Callable[..., Any], other_org: Any
) -> None:
    employee, it_admin = make_user(Role.EMPLOYEE), make_user(Role.IT_ADMIN)
    created = Api(employee).post("/reports", {"kind": "url", "text": "https://paypa1.com", "note": "got it by SMS"})
    assert created.status_code == 201, created.content
    report = ScamReport.objects.get(pk=created.json()["id"])
    assert report.verdict == "scam" and report.signals[0]["type"] == "lookalike_domain"
    assert AuditEvent.objects.filter(action=ScamcheckAuditAction.REPORT_CREATE, target_id=str(report.pk)).exists()

    listed = Api(it_admin).get("/reports").json()
    assert [r["id"] for r in listed["results"]] == [report.pk]
    assert Api(it_admin).get(f"/reports/{report.pk}").status_code == 200
    outsider = make_user(Role.IT_ADMIN, organization=other_org)
    assert Api(outsider).get(f"/reports/{report.pk}").status_code == 404
    assert Api(outsider).get("/reports").json()["results"] == []
    colleague = make_user(Role.EMPLOYEE)
    assert Api(colleague).get(f"/reports/{report.pk}").status_code == 404


def test_directory_api_per_role_and_cross_tenant(make_user: Callable[..., Any], other_org: Any) -> None:
    it_admin, employee = make_user(Role.IT_ADMIN), make_user(Role.EMPLOYEE)
    created = Api(it_admin).post(
        "/directory", {"channel": "account", "value": "Harbour IT Desk", "owner": "Harbour IT"}
    )
    assert created.status_code == 201, created.content
    entry_id = created.json()["id"]
    assert Api(employee).post("/directory", {"channel": "account", "value": "X", "owner": "X"}).status_code == 404
    assert [e["id"] for e in Api(employee).get("/directory").json()] == [entry_id]
    outsider = make_user(Role.IT_ADMIN, organization=other_org)
    assert Api(outsider).get("/directory").json() == []
    assert Api(outsider).delete(f"/directory/{entry_id}").status_code == 404
    assert Api(employee).delete(f"/directory/{entry_id}").status_code == 404
    assert Api(it_admin).delete(f"/directory/{entry_id}").status_code == 204


VCARD = """BEGIN:VCARD
VERSION:3.0
FN:Vietcombank CSKH
TEL;TYPE=CELL:0912 345 678
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:Mẹ
TEL:0987 654 321
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:TrustDesk Support Hotline
TEL:+44 20 7946 0018
END:VCARD
"""


def test_contact_scan_lists_fake_support_and_keeps_no_content(make_user: Callable[..., Any]) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    api = Api(make_user(Role.EMPLOYEE))
    upload = SimpleUploadedFile("contacts.vcf", VCARD.encode(), content_type="text/vcard")
    response = api.client.post(BASE + "/contacts/scan", {"file": upload})
    assert response.status_code == 200, response.content
    names = {f["name"] for f in response.json()}
    assert names == {"Vietcombank CSKH", "TrustDesk Support Hotline"}
    event = AuditEvent.objects.get(action=ScamcheckAuditAction.CONTACT_SCAN_RUN)
    assert event.extra["entries"] == 3 and event.extra["flagged"] == 2
    assert "0912" not in json.dumps(event.extra) and "Vietcombank" not in json.dumps(event.extra)


def test_contact_scan_reads_csv_and_chat_exports(make_user: Callable[..., Any], actor_of: Callable[[Any], Any]) -> None:
    actor = actor_of(make_user(Role.EMPLOYEE))
    csv_text = "Name,Phone\nShopee Hỗ trợ,0901 234 567\nLan,0912 000 111\n客服热线,138 0013 8000\n"
    found = actions.do_scan_contacts(actor=actor, filename="sheet.csv", content=csv_text.encode())
    assert {f["name"] for f in found} == {"Shopee Hỗ trợ", "客服热线"}
    chat = "[12/01/2026, 10:22] Anna: lunch?\n[12/01/2026, 10:23] Maybank Support: call 1300 88 6688 now\n"
    found = actions.do_scan_contacts(actor=actor, filename="chat.txt", content=chat.encode())
    assert [f["name"] for f in found] == ["Maybank Support"]


# --- pages -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["vi", "en", "zh-hans", "ar", "id", "ms", "th"])
def test_official_support_page_is_public_and_says_no_phone_number(lang: str) -> None:
    from django.utils import translation

    response = Client(HTTP_HOST="127.0.0.1").get("/official-support/", HTTP_ACCEPT_LANGUAGE=lang)
    assert response.status_code == 200
    with translation.override(lang):
        assert translation.gettext("Official TrustDesk support has no phone number.") in response.content.decode()
    assert "trustdesk.app" in response.content.decode()


def test_check_page_and_report_button(make_user: Callable[..., Any], logged_in: Callable[..., Client]) -> None:
    from tests.conftest import csrf_token

    client = logged_in(make_user(Role.EMPLOYEE))
    token = csrf_token(client)
    page = client.post(
        "/check/", {"kind": "url", "text": "http://vietcombank-capnhat.com", "csrfmiddlewaretoken": token}
    )
    assert page.status_code == 200
    html = page.content.decode()
    assert 'data-verdict="scam"' in html and 'data-signal="lookalike_domain"' in html and "report-form" in html
    reported = client.post(
        "/check/report", {"kind": "url", "text": "http://vietcombank-capnhat.com", "csrfmiddlewaretoken": token}
    )
    assert reported.status_code == 302
    assert ScamReport.objects.count() == 1


def test_verified_badge_on_official_result(make_user: Callable[..., Any], logged_in: Callable[..., Client]) -> None:
    from tests.conftest import csrf_token

    client = logged_in(make_user(Role.EMPLOYEE))
    page = client.post(
        "/check/", {"kind": "account", "text": "TrustDesk Support", "csrfmiddlewaretoken": csrf_token(client)}
    )
    assert 'data-testid="verified-badge"' in page.content.decode()


def test_pages_need_login() -> None:
    response = Client(HTTP_HOST="127.0.0.1").get("/check/")
    assert response.status_code == 302 and "/login" in response["Location"]


# --- CLI -------------------------------------------------------------------------------------------------------


def test_cli_check_json_and_batch(
    tmp_path: Path, org: Any, make_user: Callable[..., Any], actor_of: Callable[[Any], Any]
) -> None:
    out = io.StringIO()
    call_command("check", "url", "https://xn--pypal-4ve.com", "--json", stdout=out)
    assert json.loads(out.getvalue())["verdict"] == "scam"

    actions.do_add_directory_entry(
        actor=actor_of(make_user(Role.IT_ADMIN)), channel="phone", value="+85221234567", owner="IT"
    )
    src, dst = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text('{"id": "1", "kind": "phone", "text": "helpdesk +852 2123 4567"}\n', encoding="utf-8")
    call_command(
        "check", "batch", "--in", str(src), "--out", str(dst), "--org", org.slug, "--no-progress", stderr=io.StringIO()
    )
    assert json.loads(dst.read_text(encoding="utf-8"))["verdict"] == "official"
    assert AuditEvent.objects.filter(action=ScamcheckAuditAction.BATCH_RUN, organization=org).exists()

    src.write_text('{"id": "1", "kind": "phone"}\n', encoding="utf-8")
    with pytest.raises(CommandError, match="line 1"):
        call_command("check", "batch", "--in", str(src), "--out", str(tmp_path / "x.jsonl"), "--no-progress")
    assert not (tmp_path / "x.jsonl").exists()


def test_audit_actions_are_unique_and_well_formed() -> None:
    values = [a.value for a in ScamcheckAuditAction]
    assert len(values) == len(set(values))
    assert all(v.count(":") == 2 and v.startswith("scamcheck:") for v in values)


def test_checker_cache_follows_directory_changes(make_user: Callable[..., Any], actor_of: Callable[[Any], Any]) -> None:
    it_admin = actor_of(make_user(Role.IT_ADMIN))
    first = selectors.checker_for(it_admin.organization_id)
    assert selectors.checker_for(it_admin.organization_id) is first
    actions.do_add_directory_entry(actor=it_admin, channel="account", value="Harbour IT", owner="Harbour")
    assert selectors.checker_for(it_admin.organization_id) is not first


def test_check_without_a_kind_still_runs_djangos_system_checks() -> None:
    out = io.StringIO()
    call_command("check", stdout=out)
    assert "System check identified no issues" in out.getvalue()


def test_every_signal_type_is_explained_with_advice() -> None:
    from trustdesk.scamcheck.engine import SignalType
    from trustdesk.scamcheck.explanations import EXPLANATIONS

    assert set(EXPLANATIONS) == set(SignalType)
    for explanation, advice in EXPLANATIONS.values():
        assert str(explanation) and str(advice)


def test_check_endpoint_explains_a_suspicious_link_domain(make_user: Callable[..., Any]) -> None:
    api = Api(make_user(Role.EMPLOYEE))
    response = api.client.post(
        BASE + "/check",
        json.dumps({"kind": "url", "text": "https://parcel-redelivery-fee.top/pay"}),
        content_type="application/json",
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["verdict"] in ("suspicious", "scam")
    [signal] = [s for s in body["signals"] if s["type"] == "suspicious_link_domain"]
    assert signal["explanation"] and signal["advice"]
