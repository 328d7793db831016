# PostgreSQL: the primary keys of the entry and tile tables are filled to 100 % instead of the default 90 %.
# Both only ever grow at the end of each log's key range ((log, idx) and (log, tid) increase per log), so a
# page split happens at the insertion point and leaves the left page full (PostgreSQL applies the leaf
# fillfactor to such "localised monotonic" splits too); no row is ever updated, so the 10 % reserve would stay
# empty forever. Affects pages split from now on (a REINDEX repacks older ones). The unique event_id index keeps
# 90 %: with several organisations a batch inserts into it at several places.

from django.db import migrations

INDEXES = ("audit_auditlogentry_pkey", "audit_audittile_pkey")


def pack(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for name in INDEXES:
            schema_editor.execute(f'ALTER INDEX "{name}" SET (fillfactor = 100)')


def unpack(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for name in INDEXES:
            schema_editor.execute(f'ALTER INDEX "{name}" RESET (fillfactor)')


class Migration(migrations.Migration):
    dependencies = [
        ("audit", "0004_no_row_fk_checks"),
    ]

    operations = [migrations.RunPython(pack, unpack)]
