# Merkle logs over audit events. Entry and node tables are created with hand-written DDL (WITHOUT ROWID on
# SQLite: the composite primary key *is* the table, no second index), append-only triggers are installed by
# trustdesk.audit.triggers (also re-applied after every migrate, since SQLite table rebuilds drop triggers).

import django.db.models.deletion
from django.db import migrations, models

import trustdesk.core.models

ENTRY_NODE_DDL = {
    "sqlite": [
        'CREATE TABLE "audit_auditlogentry" ('
        ' "log_id" bigint NOT NULL REFERENCES "audit_auditlog" ("id") DEFERRABLE INITIALLY DEFERRED,'
        ' "idx" bigint NOT NULL,'
        ' "event_id" bigint NOT NULL UNIQUE REFERENCES "audit_auditevent" ("id") DEFERRABLE INITIALLY DEFERRED,'
        ' PRIMARY KEY ("log_id", "idx")) WITHOUT ROWID',
        'CREATE TABLE "audit_auditnode" ('
        ' "log_id" bigint NOT NULL REFERENCES "audit_auditlog" ("id") DEFERRABLE INITIALLY DEFERRED,'
        ' "nid" bigint NOT NULL,'
        ' "hash" blob NOT NULL,'
        ' PRIMARY KEY ("log_id", "nid")) WITHOUT ROWID',
    ],
    "postgresql": [
        'CREATE TABLE "audit_auditlogentry" ('
        ' "log_id" bigint NOT NULL REFERENCES "audit_auditlog" ("id") DEFERRABLE INITIALLY DEFERRED,'
        ' "idx" bigint NOT NULL,'
        ' "event_id" bigint NOT NULL UNIQUE REFERENCES "audit_auditevent" ("id") DEFERRABLE INITIALLY DEFERRED,'
        ' PRIMARY KEY ("log_id", "idx"))',
        'CREATE TABLE "audit_auditnode" ('
        ' "log_id" bigint NOT NULL REFERENCES "audit_auditlog" ("id") DEFERRABLE INITIALLY DEFERRED,'
        ' "nid" bigint NOT NULL,'
        ' "hash" bytea NOT NULL,'
        ' PRIMARY KEY ("log_id", "nid"))',
    ],
}


def create_entry_and_node_tables(apps, schema_editor):
    for sql in ENTRY_NODE_DDL[schema_editor.connection.vendor]:
        schema_editor.execute(sql)


def drop_entry_and_node_tables(apps, schema_editor):
    from trustdesk.audit import triggers

    triggers.uninstall(schema_editor.connection)
    schema_editor.execute('DROP TABLE "audit_auditnode"')
    schema_editor.execute('DROP TABLE "audit_auditlogentry"')


def install_triggers(apps, schema_editor):
    from trustdesk.audit import triggers

    triggers.install(schema_editor.connection)


def uninstall_triggers(apps, schema_editor):
    from trustdesk.audit import triggers

    triggers.uninstall(schema_editor.connection)


class Migration(migrations.Migration):
    dependencies = [
        ("audit", "0001_initial"),
        ("tenancy", "0001_initial"),
    ]

    operations = [
        migrations.RemoveField(model_name="auditevent", name="device_id"),
        migrations.RemoveField(model_name="auditevent", name="ip"),
        migrations.RemoveField(model_name="auditevent", name="user_agent"),
        migrations.AddField(
            model_name="auditevent",
            name="personal_hash",
            field=models.CharField(blank=True, default="", max_length=64),
        ),
        migrations.AddIndex(
            model_name="auditevent",
            index=models.Index(fields=["target_type", "target_id"], name="audit_audit_target__59bbff_idx"),
        ),
        migrations.CreateModel(
            name="AuditLog",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("key", models.CharField(max_length=80, unique=True)),
                ("origin", models.CharField(max_length=255, unique=True)),
                ("size", models.BigIntegerField(default=0)),
                ("frontier", models.BinaryField(default=b"")),
                ("root", models.BinaryField(max_length=32)),
                ("updated_at", models.DateTimeField(default=trustdesk.core.models.utcnow)),
                (
                    "organization",
                    models.OneToOneField(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to="tenancy.organization",
                    ),
                ),
            ],
        ),
        migrations.CreateModel(
            name="AuditCheckpoint",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("size", models.BigIntegerField()),
                ("root", models.BinaryField(max_length=32)),
                ("note", models.TextField()),
                ("created_at", models.DateTimeField(default=trustdesk.core.models.utcnow)),
                (
                    "log",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT, related_name="+", to="audit.auditlog"
                    ),
                ),
            ],
            options={"indexes": [models.Index(fields=["log", "size"], name="audit_audit_log_id_4e89a0_idx")]},
        ),
        migrations.CreateModel(
            name="AuditLease",
            fields=[
                ("name", models.CharField(max_length=32, primary_key=True, serialize=False)),
                ("holder", models.CharField(blank=True, default="", max_length=80)),
                ("expires_at", models.DateTimeField(default=trustdesk.core.models.utcnow)),
            ],
        ),
        migrations.CreateModel(
            name="AuditPending",
            fields=[
                (
                    "event",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.PROTECT,
                        primary_key=True,
                        related_name="+",
                        serialize=False,
                        to="audit.auditevent",
                    ),
                ),
            ],
        ),
        migrations.CreateModel(
            name="AuditPersonal",
            fields=[
                (
                    "event",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.PROTECT,
                        primary_key=True,
                        related_name="personal",
                        serialize=False,
                        to="audit.auditevent",
                    ),
                ),
                ("salt", models.BinaryField(max_length=16)),
                ("ip", models.GenericIPAddressField(blank=True, db_index=True, null=True)),
                ("user_agent", models.CharField(blank=True, default="", max_length=300)),
                ("device_id", models.CharField(blank=True, db_index=True, default="", max_length=64)),
            ],
        ),
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="AuditLogEntry",
                    fields=[
                        (
                            "pk",
                            models.CompositePrimaryKey(
                                "log_id", "idx", blank=True, editable=False, primary_key=True, serialize=False
                            ),
                        ),
                        ("idx", models.BigIntegerField()),
                        (
                            "event",
                            models.OneToOneField(
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="log_entry",
                                to="audit.auditevent",
                            ),
                        ),
                        (
                            "log",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.PROTECT, related_name="+", to="audit.auditlog"
                            ),
                        ),
                    ],
                ),
                migrations.CreateModel(
                    name="AuditNode",
                    fields=[
                        (
                            "pk",
                            models.CompositePrimaryKey(
                                "log_id", "nid", blank=True, editable=False, primary_key=True, serialize=False
                            ),
                        ),
                        ("nid", models.BigIntegerField()),
                        ("hash", models.BinaryField(max_length=32)),
                        (
                            "log",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.PROTECT, related_name="+", to="audit.auditlog"
                            ),
                        ),
                    ],
                ),
            ],
            database_operations=[
                migrations.RunPython(create_entry_and_node_tables, drop_entry_and_node_tables),
            ],
        ),
        migrations.RunPython(install_triggers, uninstall_triggers),
    ]
