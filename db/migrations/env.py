"""Alembic environment for the catalog schema.

Run by `desktop_app.catalog.migrate.upgrade`, which hands us an open connection in
`config.attributes["connection"]`, so the app never needs alembic.ini or a URL here (and works when
frozen). Batch mode lets SQLite alter tables.
"""

from alembic import context
from sqlalchemy import create_engine

from desktop_app.catalog.models import Base

config = context.config
target_metadata = Base.metadata


def _run(connection) -> None:
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if context.is_offline_mode():
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()
elif connection is not None:
    _run(connection)
else:  # the `alembic` command line, for writing new revisions: url from alembic.ini or -x url=...
    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option(
        "sqlalchemy.url"
    )
    engine = create_engine(url)
    with engine.connect() as conn:
        _run(conn)
    engine.dispose()
