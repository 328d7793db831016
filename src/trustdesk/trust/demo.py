"""Demo data of the zero-trust gate: the customer's operating regions, with local networks allowed.

Harbour Trading works from Hong Kong, Vietnam and Singapore. The demo runs on 127.0.0.1, whose country is
unknown, so loopback and private networks are on the always-allowed list; a request from elsewhere in the
world asks for a fresh second factor. New devices are active at once (the inventory shows them).
"""

from __future__ import annotations

from typing import Any

from trustdesk.trust.models import TrustPolicy

LOCAL_NETWORKS = ["127.0.0.0/8", "::1/128", "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7"]


def seed(world: Any) -> None:
    TrustPolicy.objects.update_or_create(
        organization=world.customer,
        defaults={
            "device_approval": "auto",
            "allowed_countries": ["HK", "SG", "VN"],
            "allow_cidrs": LOCAL_NETWORKS,
            "deny_cidrs": [],
            "violation_effect": "step_up",
            "unknown_effect": "step_up",
            "travel_window_minutes": 60,
            "phishing_resistant_roles": [],
        },
    )
