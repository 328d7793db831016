from django.urls import path

from trustdesk.trust import views

app_name = "trust"

urlpatterns = [
    path("devices/enrol/", views.device_enrol, name="device_enrol"),
    path("devices/", views.my_devices, name="devices"),
    path("devices/inventory/", views.inventory, name="inventory"),
    path("devices/policy/", views.location_policy, name="policy"),
    path("devices/decisions/", views.decisions, name="decisions"),
    path("account/passkey/", views.passkey_login, name="passkey_login"),
]
