from django.apps import AppConfig


class TrustConfig(AppConfig):
    name = "trustdesk.trust"
    label = "trust"
