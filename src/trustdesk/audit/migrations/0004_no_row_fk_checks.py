# The entry and tile tables drop their database-level foreign keys on PostgreSQL: each one costs a per-row
# check with a row lock on the referenced event/log at commit, about a fifth of the integrator's time at
# batch 5,000. What they guarded stays guarded: the integrator inserts only ids it read in the same transaction,
# events and logs are never deleted (append-only triggers, PROTECT), and `trustdesk audit check` reports an entry
# whose event is missing. The unique and primary keys that prevent a fork or a double integration stay.
# SQLite keeps its (cheap) inline REFERENCES: removing them would mean rebuilding both tables.

import django.db.models.deletion
from django.db import migrations, models

CONSTRAINTS = (
    ("audit_auditlogentry", "audit_auditlogentry_log_id_fkey", '"log_id") REFERENCES "audit_auditlog" ("id"'),
    ("audit_auditlogentry", "audit_auditlogentry_event_id_fkey", '"event_id") REFERENCES "audit_auditevent" ("id"'),
    ("audit_audittile", "audit_audittile_log_id_fkey", '"log_id") REFERENCES "audit_auditlog" ("id"'),
)


def drop_fks(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table, name, _ in CONSTRAINTS:
        schema_editor.execute(f'ALTER TABLE "{table}" DROP CONSTRAINT IF EXISTS "{name}"')


def add_fks(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table, name, cols in CONSTRAINTS:
        schema_editor.execute(
            f'ALTER TABLE "{table}" ADD CONSTRAINT "{name}" FOREIGN KEY ({cols}) DEFERRABLE INITIALLY DEFERRED'
        )


class Migration(migrations.Migration):
    dependencies = [
        ("audit", "0003_tiles"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="auditlogentry",
                    name="log",
                    field=models.ForeignKey(
                        db_constraint=False,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to="audit.auditlog",
                    ),
                ),
                migrations.AlterField(
                    model_name="auditlogentry",
                    name="event",
                    field=models.OneToOneField(
                        db_constraint=False,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="log_entry",
                        to="audit.auditevent",
                    ),
                ),
                migrations.AlterField(
                    model_name="audittile",
                    name="log",
                    field=models.ForeignKey(
                        db_constraint=False,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to="audit.auditlog",
                    ),
                ),
            ],
            database_operations=[migrations.RunPython(drop_fks, add_fks)],
        ),
    ]
