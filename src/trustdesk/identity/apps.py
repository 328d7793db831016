from django.apps import AppConfig


class IdentityConfig(AppConfig):
    name = "trustdesk.identity"
    label = "identity"
