"""The "Report to IT" interface.

Callers file and read reports only through this module. Today the reports live in this app's ``ScamReport``
table (``DatabaseReportSink``); the incident module will later provide its own sink and take the reports over
without any caller changing.
"""

from __future__ import annotations

from typing import Any, Protocol

from trustdesk.scamcheck.models import ScamReport


class ReportSink(Protocol):
    def file(
        self, *, organization_id: int, reporter_id: int | None, kind: str, text: str, result: dict[str, Any], note: str
    ) -> int:
        """Store a report and return its id."""
        ...


class DatabaseReportSink:
    def file(
        self, *, organization_id: int, reporter_id: int | None, kind: str, text: str, result: dict[str, Any], note: str
    ) -> int:
        report = ScamReport.objects.create(
            organization_id=organization_id,
            reporter_id=reporter_id,
            kind=kind,
            text=text,
            verdict=result["verdict"],
            score=result["score"],
            lang=result["lang"],
            signals=result["signals"],
            note=note,
        )
        return int(report.pk)


def get_sink() -> ReportSink:
    return DatabaseReportSink()
