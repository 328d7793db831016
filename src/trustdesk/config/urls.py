from django.urls import include, path

from trustdesk.api.main import api

urlpatterns = [
    path("api/v1/", api.urls),
    path("", include("trustdesk.identity.urls")),
    path("", include("trustdesk.audit.urls")),
    path("", include("trustdesk.trust.urls")),
    path("", include("trustdesk.web.urls")),
    path("", include("trustdesk.desk.urls")),
    path("", include("trustdesk.scamcheck.urls")),
]
