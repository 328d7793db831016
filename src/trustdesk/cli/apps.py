from django.apps import AppConfig


class CliConfig(AppConfig):
    name = "trustdesk.cli"
    label = "cli"
