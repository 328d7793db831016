from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "trustdesk.audit"
    label = "audit"
