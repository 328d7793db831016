"""/api/v1/scamcheck: thin adapters over the app's actions and selectors."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from django.http import HttpRequest
from ninja import File, Router, Schema, Status
from ninja.files import UploadedFile
from ninja.pagination import CursorPagination, paginate
from pydantic import Field

from trustdesk.core.schemas import StrictSchema
from trustdesk.scamcheck import actions, selectors
from trustdesk.scamcheck.explanations import explain
from trustdesk.scamcheck.models import OfficialEntry, ScamReport
from trustdesk.tenancy.actor import Actor

router = Router(tags=["scamcheck"])

KindLiteral = Literal["message", "url", "phone", "account"]


def _actor(request: HttpRequest) -> Actor:
    return request.auth  # type: ignore[attr-defined,no-any-return]


class CheckIn(StrictSchema):
    kind: KindLiteral
    text: str = Field(min_length=1, max_length=actions.MAX_CHECK_TEXT)
    lang: str | None = Field(default=None, max_length=8)
    region: str | None = Field(default=None, min_length=2, max_length=2)


class SignalOut(Schema):
    type: str
    evidence: str
    detail: str | None = None
    explanation: str
    advice: str


class OfficialOut(Schema):
    owner: str
    channel: str
    value: str


class CheckOut(Schema):
    verdict: str
    verdict_label: str
    summary: str
    score: float
    lang: str
    signals: list[SignalOut]
    official: OfficialOut | None = None


class ReportIn(StrictSchema):
    kind: KindLiteral
    text: str = Field(min_length=1, max_length=actions.MAX_CHECK_TEXT)
    note: str = Field(default="", max_length=2000)


class ReportCreatedOut(Schema):
    id: int


class ReportOut(Schema):
    id: int
    kind: str
    text: str
    verdict: str
    score: float
    lang: str
    signals: list[dict[str, Any]]
    note: str
    status: str
    created_at: datetime


class EntryIn(StrictSchema):
    channel: Literal["domain", "email", "sms_sender", "account", "phone"]
    value: str = Field(min_length=1, max_length=255)
    owner: str = Field(min_length=1, max_length=120)
    note: str = Field(default="", max_length=255)
    platform: bool = False


class EntryOut(Schema):
    id: int
    channel: str
    value: str
    owner: str
    note: str
    platform: bool
    created_at: datetime

    @staticmethod
    def resolve_platform(obj: OfficialEntry) -> bool:
        return obj.organization_id is None


class FindingOut(Schema):
    name: str
    phones: list[str]
    emails: list[str]
    line: int
    verdict: str
    signals: list[dict[str, str]]


@router.post("/check", response=CheckOut, summary="Is this official? Check a message, link, number or account")
def check(request: HttpRequest, payload: CheckIn) -> dict[str, Any]:
    result = actions.run_check(
        actor=_actor(request), kind=payload.kind, text=payload.text, lang=payload.lang, region=payload.region
    )
    return explain(result)


@router.post("/reports", response={201: ReportCreatedOut}, summary="Report to IT")
def create_report(request: HttpRequest, payload: ReportIn) -> Status:
    report_id = actions.do_report_to_it(
        actor=_actor(request), kind=payload.kind, text=payload.text, note=payload.note, request=request
    )
    return Status(201, {"id": report_id})


@router.get("/reports", response=list[ReportOut], summary="Reports (IT staff: the organization's; others: own)")
@paginate(CursorPagination, ordering=("-id",))
def list_reports(request: HttpRequest) -> Any:
    return selectors.visible_reports(actor=_actor(request))


@router.get("/reports/{report_id}", response=ReportOut, summary="One report")
def get_report(request: HttpRequest, report_id: int) -> ScamReport:
    return selectors.get_report(actor=_actor(request), report_id=report_id)


@router.get("/directory", response=list[EntryOut], summary="The official directory that applies to me")
def list_entries(request: HttpRequest) -> Any:
    return list(selectors.visible_entries(actor=_actor(request)))


@router.post("/directory", response={201: EntryOut}, summary="Add an official channel")
def add_entry(request: HttpRequest, payload: EntryIn) -> Status:
    entry = actions.do_add_directory_entry(
        actor=_actor(request),
        channel=payload.channel,
        value=payload.value,
        owner=payload.owner,
        note=payload.note,
        platform=payload.platform,
    )
    return Status(201, entry)


@router.delete("/directory/{entry_id}", response={204: None}, summary="Remove an official channel")
def remove_entry(request: HttpRequest, entry_id: int) -> Status:
    actions.do_remove_directory_entry(actor=_actor(request), entry_id=entry_id)
    return Status(204, None)


@router.post("/contacts/scan", response=list[FindingOut], summary="Scan a contacts export (file not kept)")
def scan_contacts(request: HttpRequest, file: UploadedFile = File(...)) -> list[dict[str, Any]]:  # noqa: B008
    content = file.read(actions.MAX_SCAN_BYTES + 1)
    return actions.do_scan_contacts(actor=_actor(request), filename=file.name or "", content=content, request=request)
