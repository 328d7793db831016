"""Scamcheck pages. /official-support/ is public; the others need a signed-in user."""

from django.urls import path

from trustdesk.scamcheck import views

app_name = "scamcheck"

urlpatterns = [
    path("official-support/", views.official_support, name="official_support"),
    path("check/", views.check_page, name="check"),
    path("check/report", views.report, name="report"),
    path("check/contacts/", views.contacts_page, name="contacts"),
    path("check/directory/", views.directory_page, name="directory"),
]
