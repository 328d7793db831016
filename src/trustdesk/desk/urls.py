"""Desk pages: /support/ for employees (Contact Support lives at /support/new/), /agent/ for the console."""

from django.urls import path

from trustdesk.desk import views

app_name = "desk"

urlpatterns = [
    path("support/", views.support_list, name="list"),
    path("support/rows", views.support_list_rows, name="list_rows"),
    path("support/events", views.support_list_events, name="list_events"),
    path("support/new/", views.support_new, name="new"),
    path("support/c/<int:pk>/", views.conversation_page, name="conversation"),
    path("support/c/<int:pk>/messages", views.messages_json, name="messages"),
    path("support/c/<int:pk>/reply", views.reply, name="reply"),
    path("support/c/<int:pk>/events", views.conversation_events, name="events"),
    path("support/c/<int:pk>/csat", views.csat, name="csat"),
    path("support/files/<uuid:uuid>", views.attachment, name="attachment"),
    path("agent/", views.console, name="console"),
    path("agent/panel", views.panel, name="panel"),
    path("agent/events", views.agent_events, name="agent_events"),
    path("agent/presence", views.presence, name="presence"),
    path("agent/c/<int:pk>/", views.agent_conversation, name="agent_conversation"),
    path("agent/c/<int:pk>/take", views.take, name="take"),
    path("agent/c/<int:pk>/resolve", views.resolve, name="resolve"),
    path("agent/c/<int:pk>/reopen", views.reopen, name="reopen"),
    path("agent/c/<int:pk>/transfer", views.transfer, name="transfer"),
    path("agent/c/<int:pk>/priority", views.priority, name="priority"),
]
