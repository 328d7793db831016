from django.apps import AppConfig


class TenancyConfig(AppConfig):
    name = "trustdesk.tenancy"
    label = "tenancy"
