from django.apps import AppConfig


class DeskConfig(AppConfig):
    name = "trustdesk.desk"
    label = "desk"
