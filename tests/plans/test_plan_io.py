"""Plan files on disk: strict reading, clear refusals, and saves that never damage the old file."""

import errno
import json
import os
import stat

import pytest

from desktop_app.plans import MAX_PLAN_BYTES, Plan, PlanError, load_plan, plan_from_bytes, save_plan
from desktop_app.plans import io as plan_io


def _write(path, text):
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return path


def test_save_then_load_gives_the_same_plan(plan, tmp_path):
    target = tmp_path / "acme.accplan.json"
    save_plan(plan, target)
    assert load_plan(target) == plan
    text = target.read_text(encoding="utf-8")
    assert text.endswith("\n") and "部署方案" in text  # readable, not \u-escaped
    assert json.loads(text)["schema_version"] == 1
    assert [p.name for p in tmp_path.iterdir()] == ["acme.accplan.json"]  # no temp file left


def test_save_replaces_and_keeps_permissions(plan, tmp_path):
    target = tmp_path / "p.accplan.json"
    save_plan(Plan(title="old"), target)
    os.chmod(target, 0o640)
    save_plan(plan, str(target))
    assert load_plan(target) == plan
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o640


def test_save_through_a_symlink_keeps_the_link(plan, tmp_path):
    real = tmp_path / "real.accplan.json"
    save_plan(Plan(title="old"), real)
    link = tmp_path / "link.accplan.json"
    link.symlink_to(real)
    save_plan(plan, link)
    assert link.is_symlink() and load_plan(real) == plan


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("", "not valid JSON: Expecting value"),
        ("{", "not valid JSON"),
        ("{'title': 1}", "not valid JSON"),
        ('{"a": NaN}', "not valid JSON: NaN is not a number a plan may contain"),
        ('{"a": Infinity}', "not valid JSON: Infinity is not a number"),
        ('{"a": -Infinity}', "not valid JSON: -Infinity is not a number"),
        ('{"a": 1e400}', "not valid JSON: number 1e400 is too large"),
        ('{"a": 1, "a": 2}', "not valid JSON: key 'a' appears twice in one object"),
        ('{"a": ' + "9" * 5000 + "}", "not valid JSON"),
        ("[" * 100_000 + "]" * 100_000, "not a plan file: JSON nested too deeply"),
        (b"\xff\xfe{\x00}\x00", "not a plan file: it is not UTF-8 text"),
        (b"\x80abc", "not a plan file: it is not UTF-8 text (byte 0)"),
        ("[]", "not an Accelerator Planner plan: expected a JSON object, got a list"),
        ('"__import__(\'os\').system(\'echo hi\')"', "not an Accelerator Planner plan: expected a JSON object"),
        ('{"title": "x"}', "not an Accelerator Planner plan: it has no schema_version"),
        ('{"schema_version": 2}', "this plan was written by a newer version of Accelerator Planner "
                                  "(schema 2; this version reads up to 1) — please update"),
    ],
)
def test_bad_files_are_refused_naming_the_file_and_problem(tmp_path, content, message):
    path = _write(tmp_path / "bad.accplan.json", content)
    with pytest.raises(PlanError) as caught:
        load_plan(path)
    assert str(caught.value).startswith(f"{path}: {message}"), str(caught.value)
    assert caught.value.path == str(path)


def test_a_bom_is_tolerated(plan, tmp_path):
    path = _write(tmp_path / "bom.accplan.json", b"\xef\xbb\xbf" + plan_io.plan_to_bytes(plan))
    assert load_plan(path) == plan


def test_field_errors_name_the_field(plan, tmp_path):
    data = plan.to_json_dict()
    data["scenario"]["input_len"] = -5
    path = _write(tmp_path / "p.accplan.json", json.dumps(data))
    with pytest.raises(PlanError) as caught:
        load_plan(path)
    assert str(caught.value) == f"{path}: scenario.input_len: expected a positive integer, got -5"
    assert caught.value.field == "scenario.input_len"


def test_unknown_catalog_ids_survive_load_and_save(plan, tmp_path):
    data = plan.to_json_dict()
    data["scenario"]["accelerator_ids"].append("acme-x9000")
    data["overrides"]["acme-x9000"] = {"memory_gib": 192}
    path = _write(tmp_path / "p.accplan.json", json.dumps(data))
    loaded = load_plan(path)
    assert "acme-x9000" in loaded.scenario.accelerator_ids
    assert loaded.unknown_ids(["nvidia-h200-sxm", "huawei-ascend-910c"], ["deepseek-v3"]).accelerators == (
        "acme-x9000",
        "cambricon-mlu590",
    )
    save_plan(loaded, path)
    assert json.loads(path.read_text())["overrides"]["acme-x9000"] == {"memory_gib": 192}


def test_oversized_file_is_refused_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "huge.accplan.json"
    with open(path, "wb") as handle:
        handle.truncate(MAX_PLAN_BYTES + 1)  # sparse: no time or disk spent

    def no_open(*args, **kwargs):
        raise AssertionError("the file must not be opened")

    monkeypatch.setattr(plan_io, "open", no_open, raising=False)
    with pytest.raises(PlanError, match=r"the file is 21.0 MB; plan files are at most 20 MB"):
        load_plan(path)


def test_exactly_the_limit_is_still_read(tmp_path):
    path = tmp_path / "big.accplan.json"
    with open(path, "wb") as handle:
        handle.truncate(MAX_PLAN_BYTES)  # NUL bytes: read, then refused as not JSON
    with pytest.raises(PlanError, match="not valid JSON"):
        load_plan(path)


def test_oversized_bytes_are_refused():
    with pytest.raises(PlanError, match="plan files are at most 20 MB"):
        plan_from_bytes(b" " * (MAX_PLAN_BYTES + 1))


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(PlanError, match="no such file"):
        load_plan(tmp_path / "nope.accplan.json")
    with pytest.raises(PlanError, match="is a folder, not a plan file"):
        load_plan(tmp_path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX only")
def test_a_pipe_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pipe.accplan.json"
    os.mkfifo(fifo)
    with pytest.raises(PlanError, match="is not a regular file"):
        load_plan(fifo)


def test_unreadable_file(tmp_path, monkeypatch):
    path = _write(tmp_path / "p.accplan.json", "{}")

    def denied(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(plan_io, "open", denied, raising=False)
    with pytest.raises(PlanError, match="permission denied"):
        load_plan(path)


# --- atomic saving -------------------------------------------------------------------------------


@pytest.fixture
def old_file(tmp_path):
    path = tmp_path / "p.accplan.json"
    save_plan(Plan(title="the old plan"), path)
    return path, path.read_bytes()


def _fail_with(code, text):
    def fail(*args, **kwargs):
        raise OSError(code, text)

    return fail


@pytest.mark.parametrize(
    ("function", "code", "text", "message"),
    [
        ("open", errno.EACCES, "Permission denied", "permission denied: the folder or file is read-only"),
        ("open", errno.EROFS, "Read-only file system", "the destination is read-only"),
        ("fsync", errno.ENOSPC, "No space left on device", "the disk is full"),
        ("replace", errno.EACCES, "Permission denied", "permission denied"),
        ("chmod", errno.EPERM, "Operation not permitted", "permission denied"),
    ],
)
def test_failed_save_leaves_the_old_file_byte_identical(
    plan, old_file, monkeypatch, function, code, text, message
):
    path, before = old_file
    monkeypatch.setattr(plan_io.os, function, _fail_with(code, text))
    with pytest.raises(PlanError) as caught:
        save_plan(plan, path)
    monkeypatch.undo()
    assert str(caught.value).startswith(f"cannot save the plan to {path}: {message}"), str(caught.value)
    assert caught.value.path == str(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]  # temp file removed


def test_disk_full_while_writing(plan, old_file, monkeypatch):
    path, before = old_file
    real_fdopen = os.fdopen

    class FullDisk:
        def __init__(self, handle):
            self.handle = handle

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.handle.close()

        def write(self, data):
            self.handle.write(data[: len(data) // 2])
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(plan_io.os, "fdopen", lambda fd, mode: FullDisk(real_fdopen(fd, mode)))
    with pytest.raises(PlanError, match="the disk is full"):
        save_plan(plan, path)
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores permissions")
def test_really_read_only_folder(plan, old_file):
    path, before = old_file
    os.chmod(path.parent, 0o555)
    try:
        with pytest.raises(PlanError, match="permission denied"):
            save_plan(plan, path)
    finally:
        os.chmod(path.parent, 0o755)
    assert path.read_bytes() == before


def test_save_to_a_missing_folder_or_a_folder(plan, tmp_path):
    with pytest.raises(PlanError, match="the folder does not exist"):
        save_plan(plan, tmp_path / "no" / "such" / "p.accplan.json")
    with pytest.raises(PlanError, match="it is a folder"):
        save_plan(plan, tmp_path)


def test_only_plans_are_saved(tmp_path):
    with pytest.raises(TypeError):
        save_plan({"title": "x"}, tmp_path / "p.accplan.json")  # type: ignore[arg-type]
    assert list(tmp_path.iterdir()) == []
