# Perfect nodes move from one row per node (audit_auditnode) to tiles (audit_audittile): one row per complete
# aligned group of 16 hashes of tree level 0, 4, 8, ...; the partial right-edge tiles go to the mutable
# AuditLog.edge. Existing node rows are copied verbatim (levels 0, 4, 8, ... only: the others are recomputed
# from the tiles), so `trustdesk audit check` still sees any earlier tampering. Reversible: going back rebuilds
# every perfect node from the tiles.

import functools

import django.db.models.deletion
from django.db import migrations, models

HEIGHT = 4  # merkle.TILE_HEIGHT when this migration was written; the stored layout depends on it
SHIFT = 56
CHUNK = 16 * 1024

TILE_DDL = {
    "sqlite": 'CREATE TABLE "audit_audittile" ('
    ' "log_id" bigint NOT NULL REFERENCES "audit_auditlog" ("id") DEFERRABLE INITIALLY DEFERRED,'
    ' "tid" bigint NOT NULL,'
    ' "hashes" blob NOT NULL,'
    ' PRIMARY KEY ("log_id", "tid")) WITHOUT ROWID',
    "postgresql": 'CREATE TABLE "audit_audittile" ('
    ' "log_id" bigint NOT NULL REFERENCES "audit_auditlog" ("id") DEFERRABLE INITIALLY DEFERRED,'
    ' "tid" bigint NOT NULL,'
    ' "hashes" bytea NOT NULL,'
    ' PRIMARY KEY ("log_id", "tid"))',
}

NODE_DDL = {
    "sqlite": 'CREATE TABLE "audit_auditnode" ('
    ' "log_id" bigint NOT NULL REFERENCES "audit_auditlog" ("id") DEFERRABLE INITIALLY DEFERRED,'
    ' "nid" bigint NOT NULL,'
    ' "hash" blob NOT NULL,'
    ' PRIMARY KEY ("log_id", "nid")) WITHOUT ROWID',
    "postgresql": 'CREATE TABLE "audit_auditnode" ('
    ' "log_id" bigint NOT NULL REFERENCES "audit_auditlog" ("id") DEFERRABLE INITIALLY DEFERRED,'
    ' "nid" bigint NOT NULL,'
    ' "hash" bytea NOT NULL,'
    ' PRIMARY KEY ("log_id", "nid"))',
}


def create_tile_table(apps, schema_editor):
    schema_editor.execute(TILE_DDL[schema_editor.connection.vendor])


def drop_tile_table(apps, schema_editor):
    from trustdesk.audit import triggers

    triggers.uninstall(schema_editor.connection, ("audit_audittile",))
    schema_editor.execute('DROP TABLE "audit_audittile"')


def create_node_table(apps, schema_editor):
    from trustdesk.audit import triggers

    schema_editor.execute(NODE_DDL[schema_editor.connection.vendor])
    triggers.install(schema_editor.connection, ("audit_auditnode",))


def drop_node_table(apps, schema_editor):
    from trustdesk.audit import triggers

    triggers.uninstall(schema_editor.connection, ("audit_auditnode",))
    schema_editor.execute('DROP TABLE "audit_auditnode"')


def nodes_to_tiles(apps, schema_editor):
    """Copy every log's nodes of levels 0, 4, 8, ... into complete tiles plus the log's edge."""
    conn = schema_editor.connection
    width = 1 << HEIGHT
    with conn.cursor() as cur:
        cur.execute('SELECT "id", "size" FROM "audit_auditlog" ORDER BY "id"')
        logs = cur.fetchall()
    for log_pk, size in logs:
        edge = []
        level = 0
        while size >> level:
            count = size >> level
            first = level << SHIFT
            got = 0
            buf = b""
            tile = 0
            with conn.cursor() as cur:
                while got < count:
                    upper = min(count, got + CHUNK)
                    cur.execute(
                        'SELECT "nid", "hash" FROM "audit_auditnode" WHERE "log_id" = %s AND "nid" >= %s'
                        ' AND "nid" < %s ORDER BY "nid"',
                        [log_pk, first + got, first + upper],
                    )
                    rows = cur.fetchall()
                    if [int(n) for n, _ in rows] != list(range(first + got, first + upper)) or any(
                        len(bytes(h)) != 32 for _, h in rows
                    ):
                        raise RuntimeError(
                            f"audit log {log_pk}: perfect nodes of level {level} between {got} and {upper} are "
                            "missing or malformed; restore them (or the database) before migrating"
                        )
                    buf += b"".join(bytes(h) for _, h in rows)
                    full = len(buf) // (32 * width)
                    cur.executemany(
                        'INSERT INTO "audit_audittile" ("log_id", "tid", "hashes") VALUES (%s, %s, %s)',
                        [
                            (
                                log_pk,
                                (level // HEIGHT) << SHIFT | (tile + j),
                                buf[j * 32 * width : (j + 1) * 32 * width],
                            )
                            for j in range(full)
                        ],
                    )
                    tile += full
                    buf = buf[full * 32 * width :]
                    got = upper
            edge.append(buf)
            level += HEIGHT
        with conn.cursor() as cur:
            cur.execute('UPDATE "audit_auditlog" SET "edge" = %s WHERE "id" = %s', [b"".join(edge), log_pk])


def tiles_to_nodes(apps, schema_editor):
    """Rebuild every perfect node of every log from its tiles and edge (the way back)."""
    from trustdesk.audit import merkle

    conn = schema_editor.connection

    def fetch(log_pk, ids):
        if not ids:
            return {}
        marks = ", ".join(["%s"] * len(ids))
        with conn.cursor() as cur:
            cur.execute(
                f'SELECT "tid", "hashes" FROM "audit_audittile" WHERE "log_id" = %s AND "tid" IN ({marks})',  # noqa: S608
                [log_pk, *ids],
            )
            return {int(t): bytes(h) for t, h in cur.fetchall()}

    with conn.cursor() as cur:
        cur.execute('SELECT "id", "size", "edge" FROM "audit_auditlog" ORDER BY "id"')
        logs = cur.fetchall()
    for log_pk, size, edge in logs:
        store = merkle.TileNodeStore(functools.partial(fetch, log_pk), size, bytes(edge or b""), HEIGHT)
        for level in range(size.bit_length()):
            count = size >> level
            for lo in range(0, count, 512):
                ids = [level << SHIFT | i for i in range(lo, min(count, lo + 512))]
                got = store.get(ids)
                if len(got) != len(ids):
                    raise RuntimeError(f"audit log {log_pk}: tiles of level {level} are missing or malformed")
                with conn.cursor() as cur:
                    cur.executemany(
                        'INSERT INTO "audit_auditnode" ("log_id", "nid", "hash") VALUES (%s, %s, %s)',
                        [(log_pk, i, got[i]) for i in ids],
                    )


def install_triggers(apps, schema_editor):
    from trustdesk.audit import triggers

    triggers.install(schema_editor.connection, ("audit_audittile",))


class Migration(migrations.Migration):
    dependencies = [
        ("audit", "0002_merkle_log"),
    ]

    operations = [
        migrations.AddField(
            model_name="auditlog",
            name="edge",
            field=models.BinaryField(default=b""),
        ),
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="AuditTile",
                    fields=[
                        (
                            "pk",
                            models.CompositePrimaryKey(
                                "log_id", "tid", blank=True, editable=False, primary_key=True, serialize=False
                            ),
                        ),
                        ("tid", models.BigIntegerField()),
                        ("hashes", models.BinaryField()),
                        (
                            "log",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.PROTECT, related_name="+", to="audit.auditlog"
                            ),
                        ),
                    ],
                ),
            ],
            database_operations=[migrations.RunPython(create_tile_table, drop_tile_table)],
        ),
        migrations.RunPython(nodes_to_tiles, tiles_to_nodes),
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="AuditNode")],
            database_operations=[migrations.RunPython(drop_node_table, create_node_table)],
        ),
        migrations.RunPython(install_triggers, migrations.RunPython.noop),
    ]
