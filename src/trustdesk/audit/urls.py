from django.urls import path

from trustdesk.audit import views

app_name = "audit"

urlpatterns = [
    path("audit/", views.search_view, name="search"),
    path("audit/trace/", views.trace_view, name="trace"),
    path("audit/export/", views.export_view, name="export"),
]
