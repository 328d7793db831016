import os

from django.apps import AppConfig


class DeskConfig(AppConfig):
    name = "trustdesk.desk"
    label = "desk"

    def ready(self) -> None:
        if os.environ.get("TRUSTDESK_INPROCESS_WORKERS") == "1":
            from django.conf import settings

            if settings.TASKS["default"]["BACKEND"].startswith("django_tasks_db"):
                from trustdesk.desk import worker

                worker.start_background_thread()
