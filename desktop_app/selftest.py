"""`accel-planner --self-test`: check a build end to end, offscreen, and exit non-zero on failure.

Meant for the frozen bundle (packaging/smoke_test.py runs it after every `make bundle`), and works
from a checkout too. Everything happens in a fresh temporary folder: the catalog is built there from
the shipped seed, so the user's own catalog and settings are never touched. Checks, in order:

1. bundle     the shipped data (seed catalog, Alembic migrations, resources) is where paths.py
              looks;
2. catalog    first run builds the database from the seed; a second run reopens it; a database at
              the oldest schema is upgraded by every migration;
3. scenarios  every ready-made scenario computes, with finite numbers for what fits;
4. estimate   `accel-planner estimate ... --json` gives the contract's fields;
5. window     the main window and every plot tab render to PNG at the requested size, not blank,
              and each tab differs from the others;
6. exports    a plan exports to PDF and XLSX, and both files are well-formed and non-trivial.

A part of the application that does not exist yet is reported as "not built yet", which is not a
pass: with ACCEL_PLANNER_SELFTEST_STRICT=1 it fails the run. Set ACCEL_PLANNER_SELFTEST_DIR to keep
the outputs (PNG, PDF, XLSX, the catalog) in that folder instead of a temporary one.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import json
import math
import os
import re
import struct
import sys
import tempfile
import time
import traceback
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

STRICT_ENV = "ACCEL_PLANNER_SELFTEST_STRICT"
OUT_ENV = "ACCEL_PLANNER_SELFTEST_DIR"
#: Window size for the screenshots: small enough to be quick, large enough for every panel.
SCREENSHOT_SIZE = (1280, 800)
#: Fields `estimate --json` must give (DESIGN.md, "Command line").
ESTIMATE_FIELDS = (
    "fits",
    "memory_per_device_gib",
    "max_batch",
    "ttft_ms",
    "tpot_ms",
    "per_user_tokens_per_s",
    "output_tokens_per_s",
    "output_tokens_per_s_per_device",
    "prefill_tokens_per_s",
    "bound",
    "range",
)

PASS, FAIL, TODO = "PASS", "FAIL", "TODO"


class CheckFailed(Exception):
    """A check found something wrong; the message says what."""


class NotBuilt(Exception):
    """The part of the application a check needs does not exist yet."""


@dataclass
class Outcome:
    name: str
    status: str
    detail: str
    seconds: float


def run_self_test(out_dir: str | os.PathLike | None = None, strict: bool | None = None) -> int:
    """Run every check, print one line per check and a verdict; 0 when nothing failed."""
    if strict is None:
        strict = os.environ.get(STRICT_ENV, "") not in ("", "0")
    out_dir = out_dir or os.environ.get(OUT_ENV) or None
    with contextlib.ExitStack() as stack:
        if out_dir is None:
            work = Path(
                stack.enter_context(tempfile.TemporaryDirectory(prefix="accel-planner-selftest-"))
            )
        else:
            work = Path(out_dir).resolve()
            work.mkdir(parents=True, exist_ok=True)
        return _SelfTest(work, strict).run()


class _SelfTest:
    def __init__(self, work: Path, strict: bool) -> None:
        self.work = work
        self.strict = strict
        self.outcomes: list[Outcome] = []
        self.scenarios: dict = {}
        self.pngs: dict[str, Path] = {}

    # -- driver ----------------------------------------------------------------------------

    def run(self) -> int:
        from desktop_app import __version__

        frozen = "frozen bundle" if getattr(sys, "frozen", False) else "from source"
        _say(f"self-test: Accelerator Planner {__version__} ({frozen}, {sys.executable})")
        _say(f"self-test: working in {self.work}")
        self._isolate()
        checks: list[tuple[str, Callable[[], str]]] = [
            ("bundle data", self.check_bundle_data),
            ("catalog first run", self.check_catalog_first_run),
            ("catalog reopen", self.check_catalog_reopen),
            ("catalog migrations", self.check_migrations),
            ("ready-made scenarios", self.check_scenarios),
            ("estimate command", self.check_estimate_command),
            ("main window", self.check_main_window),
            ("plot tabs", self.check_plot_tabs),
            ("plan export PDF", lambda: self.check_export("pdf")),
            ("plan export XLSX", lambda: self.check_export("xlsx")),
        ]
        for name, check in checks:
            self._run_one(name, check)
        failed = [o for o in self.outcomes if o.status == FAIL]
        todo = [o for o in self.outcomes if o.status == TODO]
        passed = len(self.outcomes) - len(failed) - len(todo)
        summary = f"{passed} passed, {len(failed)} failed, {len(todo)} not built yet"
        if failed or (todo and self.strict):
            why = ", ".join(o.name for o in failed + (todo if self.strict else []))
            _say(f"self-test: FAILED ({summary}): {why}")
            return 1
        _say(f"self-test: passed ({summary})")
        return 0

    def _run_one(self, name: str, check: Callable[[], str]) -> None:
        start = time.perf_counter()
        try:
            status, detail = PASS, check()
        except NotBuilt as exc:
            status, detail = TODO, f"not built yet: {exc}"
        except CheckFailed as exc:
            status, detail = FAIL, str(exc)
        except BaseException as exc:  # noqa: BLE001 - a crash in one check is that check's failure
            if isinstance(exc, KeyboardInterrupt):
                raise
            status, detail = FAIL, f"{type(exc).__name__}: {exc}"
            traceback.print_exc()
        outcome = Outcome(name, status, detail, time.perf_counter() - start)
        self.outcomes.append(outcome)
        _say(f"  {status}  {name:22} {detail}  [{outcome.seconds:.2f} s]")

    def _isolate(self) -> None:
        """Point every per-user location at the work folder, and Qt at the offscreen platform."""
        home = self.work / "home"
        for key, sub in (
            ("HOME", ""),
            ("USERPROFILE", ""),
            ("XDG_DATA_HOME", ".local/share"),
            ("XDG_CONFIG_HOME", ".config"),
            ("XDG_CACHE_HOME", ".cache"),
            ("XDG_STATE_HOME", ".local/state"),
            ("APPDATA", "AppData/Roaming"),
            ("LOCALAPPDATA", "AppData/Local"),
        ):
            path = home / sub
            path.mkdir(parents=True, exist_ok=True)
            os.environ[key] = str(path)
        from desktop_app.paths import DB_ENV_VAR

        # An explicit database, so a platform whose data folder ignores the variables above
        # (Windows asks the shell) still gets a fresh catalog here.
        self.db_path = self.work / "catalog.sqlite"
        for leftover in self.work.glob("catalog.sqlite*"):
            leftover.unlink()
        os.environ[DB_ENV_VAR] = str(self.db_path)
        os.environ["QT_QPA_PLATFORM"] = "offscreen"

    # -- 1. bundle -------------------------------------------------------------------------

    def check_bundle_data(self) -> str:
        from desktop_app import paths

        wanted = {
            "seed catalog": paths.seed_dir() / "catalog.toml",
            "migration environment": paths.migrations_dir() / "env.py",
            "application icon": paths.resources_dir() / "icons" / "accel-planner.svg",
        }
        missing = [f"{what} ({path})" for what, path in wanted.items() if not path.is_file()]
        revisions = sorted((paths.migrations_dir() / "versions").glob("*.py"))
        if not revisions:
            missing.append(f"migration revisions ({paths.migrations_dir() / 'versions'})")
        if missing:
            raise CheckFailed(
                "missing from " + str(paths.bundle_root()) + ": " + "; ".join(missing)
            )
        from desktop_app.catalog import translations

        chinese = translations.table("zh_CN")
        plans_zh = sorted((paths.resources_dir() / "plans" / "zh_CN").glob("*.accplan.json"))
        if len(chinese) < 900 or not plans_zh:
            raise CheckFailed(f"Chinese catalog text or plans missing: {len(chinese)} texts, "
                              f"{len(plans_zh)} plans under {paths.resources_dir()}")
        root = paths.bundle_root()
        return (f"seed, {len(revisions)} migration revision(s), {len(chinese)} Chinese catalog texts, "
                f"{len(plans_zh)} Chinese plans and resources under {root}")

    # -- 2. catalog ------------------------------------------------------------------------

    def check_catalog_first_run(self) -> str:
        from desktop_app.catalog.store import Catalog

        start = time.perf_counter()
        with Catalog.open() as catalog:
            elapsed = time.perf_counter() - start
            counts = {
                kind: len(catalog.records(kind)) for kind in ("accelerators", "systems", "models")
            }
            counts["runtimes"] = len(catalog.runtimes())
            empty = [kind for kind, n in counts.items() if n == 0]
            if empty:
                raise CheckFailed(f"the shipped catalog has no {', '.join(empty)}")
            if catalog.seed_problems:
                raise CheckFailed(
                    f"{len(catalog.seed_problems)} problem(s) in the shipped seed, first: "
                    f"{catalog.seed_problems[0]}"
                )
            version = catalog.version
        if not self.db_path.is_file():
            raise CheckFailed(f"no database was written at {self.db_path}")
        self.catalog_version = version
        listed = ", ".join(f"{n} {kind}" for kind, n in counts.items())
        return f"catalog {version} built from the seed in {elapsed:.2f} s: {listed}"

    def check_catalog_reopen(self) -> str:
        from desktop_app.catalog import migrate
        from desktop_app.catalog.store import Catalog

        start = time.perf_counter()
        with Catalog.open() as catalog:
            elapsed = time.perf_counter() - start
            with catalog.engine.connect() as connection:
                revision = migrate.current_revision(connection)
            version = catalog.version
        if revision != migrate.head_revision():
            raise CheckFailed(
                f"schema at {revision!r}, expected the head {migrate.head_revision()!r}"
            )
        if version != getattr(self, "catalog_version", version):
            raise CheckFailed(f"catalog version changed on reopening: {version}")
        return f"reopened in {elapsed:.2f} s at schema {revision}"

    def check_migrations(self) -> str:
        """A database at the oldest schema, upgraded by Catalog.open through every revision."""
        from alembic.script import ScriptDirectory
        from sqlalchemy import create_engine

        from desktop_app.catalog import migrate
        from desktop_app.catalog.store import Catalog

        script = ScriptDirectory.from_config(migrate.alembic_config())
        base = script.get_base()
        revisions = list(script.walk_revisions())
        old = self.work / "oldest-schema.sqlite"
        old.unlink(missing_ok=True)
        engine = create_engine(f"sqlite:///{old}")
        try:
            with engine.begin() as connection:
                migrate.upgrade(connection, base)
        finally:
            engine.dispose()
        with Catalog.open(str(old)) as catalog:
            with catalog.engine.connect() as connection:
                revision = migrate.current_revision(connection)
            accelerators = len(catalog.accelerators())
        if revision != migrate.head_revision():
            raise CheckFailed(
                f"a database at {base} was left at {revision!r}, not {migrate.head_revision()!r}"
            )
        if accelerators == 0:
            raise CheckFailed("the upgraded database has no accelerators")
        return f"schema {base} upgraded to {revision} ({len(revisions)} revision(s)), then seeded"

    # -- 3. scenarios ----------------------------------------------------------------------

    def check_scenarios(self) -> str:
        """Every ready-made plan shipped in resources/plans and every built-in demo scenario."""
        demos = _module("desktop_app.ui.demos", "the ready-made scenarios")
        results_module = _module("desktop_app.plans.results", "the results computation")
        from desktop_app import paths
        from desktop_app.catalog.store import Catalog
        from desktop_app.plans import load_plan

        self.scenarios = dict(demos.demo_scenarios())
        shipped = sorted((paths.resources_dir() / "plans").glob("*.accplan.json"))
        listed = [path for _, path in getattr(demos, "ready_made_plans", list)()]
        if len(listed) != len(shipped):
            unreadable = sorted({p.name for p in shipped} - {Path(p).name for p in listed})
            raise CheckFailed(f"ready-made plans that do not load: {', '.join(unreadable)}")
        self.plan_files = [Path(p) for p in listed]
        todo = {f"plan {Path(p).name}": load_plan(p).scenario for p in listed}
        todo.update(self.scenarios)
        if not todo:
            raise CheckFailed("no ready-made scenarios")
        lines = []
        with Catalog.open() as catalog:
            for name, scenario in todo.items():
                results = results_module.compute_results(catalog, scenario)
                lines.append(f"{name}: {_check_results(name, scenario, results)}")
        return (
            f"{len(listed)} shipped plan(s) and {len(self.scenarios)} demo(s) computed "
            f"({'; '.join(lines)})"
        )

    # -- 4. estimate -----------------------------------------------------------------------

    def check_estimate_command(self) -> str:
        """`estimate --json` for the first one-device configuration of the ready-made scenarios
        that fits (a configuration that does not fit has no speeds to check)."""
        _module("desktop_app.commands.estimate", "`accel-planner estimate`")
        self._first_scenario()
        tried = []
        for scenario in self.scenarios.values():
            for accelerator in scenario.accelerator_ids:
                args = [
                    "estimate",
                    "--model",
                    scenario.model_id,
                    "--accelerator",
                    accelerator,
                    "--weight-precision",
                    scenario.weight_precision,
                    "--runtime",
                    scenario.runtime_id,
                    "--json",
                ]
                out = _cli(args)
                try:
                    result = json.loads(out)
                except ValueError:
                    raise CheckFailed(
                        f"`accel-planner {' '.join(args)}` printed no JSON: {out[:200]!r}"
                    ) from None
                missing = [f for f in ESTIMATE_FIELDS if f not in result]
                if missing:
                    raise CheckFailed(f"estimate --json lacks {', '.join(missing)}")
                tried.append(f"{scenario.model_id} on {accelerator}")
                if not result["fits"]:
                    continue
                for key in ("ttft_ms", "tpot_ms", "output_tokens_per_s"):
                    if not _positive(result[key]):
                        raise CheckFailed(
                            f"`accel-planner {' '.join(args)}`: {key} = {result[key]!r} "
                            "although it fits"
                        )
                return (
                    f"{scenario.model_id} on one {accelerator}: "
                    f"{_fmt(result['output_tokens_per_s'])} tokens/s, "
                    f"TPOT {_fmt(result['tpot_ms'])} ms, {result['bound']}-bound"
                )
        raise CheckFailed(f"no one-device configuration fits ({'; '.join(tried)})")

    # -- 5. window -------------------------------------------------------------------------

    def check_main_window(self) -> str:
        _module("desktop_app.ui.app", "the main window")
        png = self.work / "main-window.png"
        start = time.perf_counter()
        _cli(["--screenshot", str(png), "--size", "{}x{}".format(*SCREENSHOT_SIZE)])
        elapsed = time.perf_counter() - start
        detail = _check_png(png, SCREENSHOT_SIZE)
        self.pngs["(default)"] = png
        return f"{png.name}: {detail}; first window painted in {elapsed:.2f} s"

    def check_plot_tabs(self) -> str:
        main_window = _module("desktop_app.ui.main_window", "the main window")
        tabs = tuple(getattr(main_window, "TAB_NAMES", ()))
        if not tabs:
            raise NotBuilt("desktop_app.ui.main_window.TAB_NAMES (the --tab names) is missing")
        seen: dict[bytes, str] = {}
        for tab in tabs:
            png = self.work / f"tab-{tab}.png"
            _cli(
                ["--screenshot", str(png), "--tab", tab, "--size", "{}x{}".format(*SCREENSHOT_SIZE)]
            )
            _check_png(png, SCREENSHOT_SIZE)
            pixels = _pixels(png)
            if pixels in seen:
                raise CheckFailed(f"--tab {tab} renders the same image as --tab {seen[pixels]}")
            seen[pixels] = tab
            self.pngs[tab] = png
        return f"{len(tabs)} tabs rendered, all different: {', '.join(tabs)}"

    # -- 6. exports ------------------------------------------------------------------------

    def check_export(self, fmt: str) -> str:
        _module("desktop_app.commands.plan", "`accel-planner plan export`")
        plan = self._plan_file()
        out = self.work / f"plan.{fmt}"
        out.unlink(missing_ok=True)
        _cli(["plan", "export", str(plan), f"--{fmt}", str(out)])
        if not out.is_file():
            raise CheckFailed(f"plan export --{fmt} wrote nothing at {out}")
        detail = _check_pdf(out) if fmt == "pdf" else _check_xlsx(out)
        return f"{out.name}: {detail}"

    def _first_scenario(self):
        if not self.scenarios:
            demos = _module("desktop_app.ui.demos", "the ready-made scenarios")
            self.scenarios = dict(demos.demo_scenarios())
        if not self.scenarios:
            raise CheckFailed("no ready-made scenarios")
        return next(iter(self.scenarios.values()))

    def _plan_file(self) -> Path:
        """The first ready-made plan shipped with the app, else one made from a demo scenario."""
        from desktop_app.plans import Plan, save_plan

        if getattr(self, "plan_files", None):
            return self.plan_files[0]
        path = self.work / "self-test.accplan.json"
        if not path.is_file():
            save_plan(Plan(title="Self-test plan", scenario=self._first_scenario()), path)
        return path


# -- helpers ---------------------------------------------------------------------------------


def _say(line: str) -> None:
    print(line, flush=True)


def _module(name: str, what: str):
    """Import `name`; NotBuilt when it does not exist (an import error inside it is a failure)."""
    try:
        spec = importlib.util.find_spec(name)
    except ModuleNotFoundError:
        spec = None
    if spec is None:
        raise NotBuilt(f"{what} ({name})")
    return importlib.import_module(name)


def _cli(args: list[str]) -> str:
    """Run `accel-planner ARGS` in this process; its standard output, or CheckFailed."""
    from desktop_app.cli import main

    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out):
            status = main(args)
    except SystemExit as exc:  # argparse: a usage error
        status = exc.code if isinstance(exc.code, int) else 2
    if status:
        raise CheckFailed(
            f"`accel-planner {' '.join(args)}` exited with status {status} (see above)"
        )
    return out.getvalue()


def _positive(value) -> bool:
    return (
        isinstance(value, (int, float))
        and not isinstance(value, bool)
        and math.isfinite(value)
        and value > 0
    )


def _fmt(value) -> str:
    return (
        f"{value:.4g}"
        if isinstance(value, (int, float)) and not isinstance(value, bool)
        else str(value)
    )


def _check_results(name: str, scenario, results) -> str:
    if results is None:
        raise CheckFailed(f"{name}: no results")
    if getattr(results, "message", ""):
        raise CheckFailed(f"{name}: {results.message}")
    rows = tuple(getattr(results, "rows", ()))
    if len(rows) != len(scenario.accelerator_ids):
        missing = set(scenario.accelerator_ids) - {r.accelerator_id for r in rows}
        raise CheckFailed(
            f"{name}: {len(rows)} result rows for {len(scenario.accelerator_ids)} accelerators "
            f"(missing: {', '.join(sorted(missing))})"
        )
    fitting = [r for r in rows if r.fits]
    if not fitting:
        raise CheckFailed(f"{name}: no accelerator fits")
    for row in fitting:
        for key in ("tokens_per_s_per_device", "ttft_ms", "tpot_ms"):
            if not _positive(getattr(row, key)):
                raise CheckFailed(
                    f"{name}: {row.accelerator_id} fits but {key} = {getattr(row, key)!r}"
                )
    best = max(fitting, key=lambda r: r.tokens_per_s_per_device)
    speed = best.tokens_per_s_per_device
    return f"{len(fitting)}/{len(rows)} fit, best {best.accelerator_id} {speed:.0f} tok/s/device"


def _png_size(data: bytes) -> tuple[int, int]:
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        raise CheckFailed("not a PNG file")
    return struct.unpack(">II", data[16:24])


def _check_png(path: Path, size: tuple[int, int]) -> str:
    """A PNG of `size` (device-independent pixels, so any whole multiple) that is not blank."""
    if not path.is_file():
        raise CheckFailed(f"{path.name} was not written")
    width, height = _png_size(path.read_bytes())
    scale = width / size[0]
    if scale < 1 or scale != int(scale) or height != size[1] * scale:
        raise CheckFailed(f"{path.name} is {width}x{height}, expected {size[0]}x{size[1]}")
    colours = _colour_count(path)
    if colours < 16:
        raise CheckFailed(f"{path.name} looks blank ({colours} colours)")
    return f"{width}x{height}, {colours} colours"


def _qimage(path: Path):
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    if image.isNull():
        raise CheckFailed(f"Qt cannot read {path.name}")
    return image.convertToFormat(QImage.Format.Format_RGB32)


def _colour_count(path: Path) -> int:
    image = _qimage(path)
    step = max(1, min(image.width(), image.height()) // 200)
    return len(
        {
            image.pixel(x, y)
            for x in range(0, image.width(), step)
            for y in range(0, image.height(), step)
        }
    )


def _pixels(path: Path) -> bytes:
    image = _qimage(path)
    return bytes(image.constBits())[: image.sizeInBytes()]


def _check_pdf(path: Path) -> str:
    data = path.read_bytes()
    if not data.startswith(b"%PDF-"):
        raise CheckFailed(f"{path.name} does not start with %PDF-")
    if b"%%EOF" not in data[-2048:]:
        raise CheckFailed(f"{path.name} is truncated (no %%EOF at the end)")
    pages = len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data))
    if pages < 1:
        raise CheckFailed(f"{path.name} has no pages")
    if len(data) < 4096:
        raise CheckFailed(f"{path.name} is only {len(data)} bytes")
    return f"{pages} page(s), {len(data) // 1024} KiB"


def _check_xlsx(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as book:
            names = book.namelist()
            bad = book.testzip()
            sheets = sorted(n for n in names if re.fullmatch(r"xl/worksheets/sheet\d+\.xml", n))
            rows = [len(re.findall(rb"<row[ >]", book.read(n))) for n in sheets]
    except zipfile.BadZipFile as exc:
        raise CheckFailed(f"{path.name} is not an XLSX (zip) file: {exc}") from None
    if bad is not None:
        raise CheckFailed(f"{path.name}: damaged member {bad}")
    for required in ("[Content_Types].xml", "xl/workbook.xml"):
        if required not in names:
            raise CheckFailed(f"{path.name} lacks {required}")
    if not sheets:
        raise CheckFailed(f"{path.name} has no worksheets")
    if max(rows) < 2:
        raise CheckFailed(f"{path.name}: no sheet has a row of data under its header")
    return f"{len(sheets)} sheet(s), {sum(rows)} rows"
