"""Check (or update) every app's translation catalogues: each source string translated into all languages.

``python -m trustdesk.web.i18n_check`` exits non-zero naming every untranslated string;
``python -m trustdesk.web.i18n_check --update`` runs makemessages for each app so new strings appear in its
``locale/<lang>/LC_MESSAGES/django.po``, ready to translate.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import polib

PACKAGE = Path(__file__).resolve().parent.parent
LOCALES = ("vi", "en", "zh_Hans", "ar", "id", "ms", "th")
SOURCE_LOCALE = "en"  # source strings are English: an empty English msgstr falls back to the msgid


def apps() -> list[Path]:
    return sorted(p.parent for p in PACKAGE.glob("*/apps.py"))


def _makemessages(cwd: Path, locales: tuple[str, ...]) -> None:
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "trustdesk.config.settings"}
    args = [sys.executable, "-P", "-m", "django", "makemessages", "--no-location", "--no-obsolete", "--no-wrap",
            "-v", "0"]
    for locale in locales:
        args += ["-l", locale]
    subprocess.run(args, cwd=cwd, env=env, check=True)


def source_strings(app: Path) -> set[tuple[str, str]]:
    """(context, msgid) of every translatable string in the app's code and templates."""
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / app.name
        shutil.copytree(app, copy, ignore=shutil.ignore_patterns("locale", "__pycache__", "migrations", "static"))
        (copy / "locale").mkdir()
        _makemessages(copy, (SOURCE_LOCALE,))
        po_path = copy / "locale" / SOURCE_LOCALE / "LC_MESSAGES" / "django.po"
        if not po_path.exists():
            return set()
        return {(entry.msgctxt or "", entry.msgid) for entry in polib.pofile(str(po_path)) if entry.msgid}


def problems(app: Path) -> list[str]:
    wanted = source_strings(app)
    if not wanted:
        return []
    found: list[str] = []
    for locale in LOCALES:
        po_path = app / "locale" / locale / "LC_MESSAGES" / "django.po"
        if not po_path.exists():
            found.append(f"{app.name}: no catalogue for {locale} ({len(wanted)} strings)")
            continue
        entries = {(e.msgctxt or "", e.msgid): e for e in polib.pofile(str(po_path)) if not e.obsolete}
        for key in sorted(wanted):
            entry = entries.get(key)
            missing = entry is None or "fuzzy" in entry.flags or (
                locale != SOURCE_LOCALE
                and (not entry.msgstr and not (entry.msgstr_plural and all(entry.msgstr_plural.values())))
            )
            if missing:
                found.append(f"{app.name} [{locale}]: untranslated: {key[1][:80]!r}")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--update", action="store_true", help="run makemessages for every app and language")
    parser.add_argument("apps", nargs="*", help="limit to these app folders (e.g. identity web)")
    args = parser.parse_args(argv)
    selected = [a for a in apps() if not args.apps or a.name in args.apps]
    if args.update:
        for app in selected:
            if source_strings(app):
                (app / "locale").mkdir(exist_ok=True)
                _makemessages(app, LOCALES)
        return 0
    issues = [line for app in selected for line in problems(app)]
    for line in issues:
        print(line)
    print(f"i18n: {len(issues)} untranslated strings in {len(selected)} apps")
    return 1 if issues else 0


if __name__ == "__main__":
    raise SystemExit(main())
