from django.urls import path

from trustdesk.identity import views

app_name = "identity"

urlpatterns = [
    path("account/login/", views.login_view, name="login"),
    path("account/2fa/", views.two_factor_view, name="two_factor"),
    path("account/2fa/enrol/", views.enrol_view, name="enrol"),
    path("account/step-up/", views.step_up_view, name="step_up"),
    path("account/logout/", views.logout_view, name="logout"),
    path("account/invitation/<str:token>/", views.accept_invitation_view, name="accept_invitation"),
    path("me/", views.me_view, name="me"),
    path("me/sessions/revoke-others/", views.revoke_other_sessions_view, name="revoke_other_sessions"),
    path("me/tokens/", views.create_token_view, name="create_token"),
    path("me/tokens/<int:token_id>/revoke/", views.revoke_token_view, name="revoke_token"),
    path("me/recovery-codes/", views.regenerate_codes_view, name="regenerate_codes"),
]
