from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "trustdesk.api"
    label = "api"
