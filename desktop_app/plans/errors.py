"""The two error types of the plans package.

Both derive from `ValueError` so that the CLI (which maps bad input to exit status 2) and the GUI
(which shows the message in a dialog) can treat "the user's data is wrong" uniformly, while a real
programming error (TypeError, AttributeError, ...) still surfaces as a crash with a trace.

Messages are English unless the GUI sets a translator (`set_translator`): the plans package stays
Qt-free, and the command line, which never sets one, keeps its English messages.
"""

from __future__ import annotations

# One translator for every Qt-free message (catalog and plans): the catalog module holds it, as
# plans already depends on the catalog. Re-exported here for the plan-file messages.
from desktop_app.catalog.messages import Translator, set_translator, translate  # noqa: F401


class FieldError(ValueError):
    """One value is out of range or of the wrong type.

    `field` is a dotted path (``"cost.pue"``) so that an outer document can prefix it with its own
    path (``"scenario.cost.pue"``) and the GUI can point at the offending widget.
    """

    def __init__(self, field: str, problem: str) -> None:
        self.field = field
        self.problem = problem
        super().__init__(f"{field}: {problem}")

    def within(self, prefix: str) -> FieldError:
        """The same problem seen from an enclosing object whose field is `prefix`."""
        return type(self)(f"{prefix}.{self.field}", self.problem)


class ScenarioError(FieldError):
    """A scenario (or one of its parts) was given an invalid value."""


class PlanError(ValueError):
    """Anything wrong with a plan document, its file, or saving it.

    The message is meant to be shown to the user as-is: it names the field (dotted path) or the file
    and what is wrong with it. `field` and `path` are kept separately for programmatic use.
    """

    def __init__(self, message: str, *, field: str | None = None, path: str | None = None) -> None:
        self.field = field
        self.path = path
        super().__init__(message)
