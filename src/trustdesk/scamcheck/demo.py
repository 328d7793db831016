"""Demo data of the anti-impersonation app: the customer's own IT helpdesk channels in its directory, and one
report filed by an employee, so the directory page and the IT report list are not empty."""

from __future__ import annotations

from typing import Any

from trustdesk.scamcheck import actions
from trustdesk.scamcheck.models import OfficialEntry
from trustdesk.tenancy.actor import actor_for

ENTRIES = [
    ("phone", "+852 2123 4567", "Harbour Trading IT helpdesk"),
    ("domain", "harbour-trading.example", "Harbour Trading"),
    ("account", "Harbour IT Helpdesk", "Harbour Trading IT helpdesk"),
    ("email", "it-helpdesk@harbour-trading.example", "Harbour Trading IT helpdesk"),
]


def seed(world: Any) -> None:
    it_admin = world.users.get("it.admin@harbour.example")
    if it_admin is None or OfficialEntry.objects.filter(organization=world.customer).exists():
        return
    actor = actor_for(it_admin)
    for channel, value, owner in ENTRIES:
        actions.do_add_directory_entry(actor=actor, channel=channel, value=value, owner=owner)
    employee = world.users.get("mei.chan@harbour.example")
    if employee is not None:
        actions.do_report_to_it(
            actor=actor_for(employee),
            kind="message",
            text="Hi, this is TrustDesk Support. Your account will be locked today. Please read me the OTP we sent.",
            note="Received on WhatsApp from +44 20 7946 0018",
        )
