"""The catalog: accelerators, systems, models, software and measured results, with their sources.

    records.py   frozen dataclasses the rest of the app sees (Spec = value + source + confidence)
    seed.py      reads and validates db/seed (python -m desktop_app.catalog.seed check [DIR])
    store.py     Catalog.open(url): migrate, seed, recover, query, user add/edit/delete
    io.py        CSV / JSON import (all or nothing, into the user layer) and export
    models.py    SQLAlchemy ORM (internal); migrate.py: Alembic revisions under db/migrations
    derived.py   figures computed with the estimator (parameter counts from the architecture)

Qt-free (import-linter checks it).
"""
