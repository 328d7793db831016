from django.urls import path

from trustdesk.web import views

app_name = "web"

urlpatterns = [
    path("", views.home, name="home"),
    path("me/help/", views.help_and_feedback, name="help"),
    path("i18n/setlang/", views.set_language, name="set_language"),
    path("healthz", views.healthz, name="healthz"),
    path("readyz", views.readyz, name="readyz"),
]
