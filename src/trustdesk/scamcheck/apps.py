from django.apps import AppConfig


class ScamcheckConfig(AppConfig):
    name = "trustdesk.scamcheck"
    label = "scamcheck"
