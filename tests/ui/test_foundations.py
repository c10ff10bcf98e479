"""Colours, preferences and the background worker."""

import pytest

from desktop_app.ui import settings
from desktop_app.ui.theme import OKABE_ITO, ColourBook
from desktop_app.ui.workers import Worker


def test_colours_are_stable_per_id_and_distinct_within_a_selection():
    book = ColourBook()
    ids = [f"acc-{i}" for i in range(12)]
    book.assign(ids)
    colours = [book.colour(i) for i in ids]
    assert len(set(colours)) == 12
    # Deselecting others and asking again never changes a colour.
    assert book.colour("acc-5") == colours[5]
    assert book.colour("acc-0", dark=False) in OKABE_ITO + tuple(colours)


def test_black_is_swapped_for_grey_in_the_dark_theme():
    book = ColourBook()
    for i in range(20):
        if book.colour(f"x{i}") == "#000000":
            assert book.colour(f"x{i}", dark=True) == "#DDDDDD"
            break
    else:
        pytest.fail("no id was given the black slot in 20 tries")


def test_preferences_default_round_trip_and_validation(qapp):
    assert settings.get("theme") == "light"
    settings.set_("theme", "dark")
    assert settings.get("theme") == "dark"
    settings.set_("theme", "light")  # back to default: removed from the file
    assert settings.get("theme") == "light"
    with pytest.raises(ValueError, match="theme"):
        settings.set_("theme", "purple")


def test_recent_files_are_most_recent_first_without_duplicates(qapp):
    settings.add_recent_file("/a.accplan.json")
    settings.add_recent_file("/b.accplan.json")
    assert settings.add_recent_file("/a.accplan.json") == ["/a.accplan.json", "/b.accplan.json"]


def test_worker_reports_results_and_errors_on_the_gui_thread(qtbot):
    worker = Worker()
    results, errors = [], []
    worker.submit(lambda: 6 * 7, results.append, lambda m, t: errors.append(m))
    qtbot.waitUntil(lambda: results == [42], timeout=5000)

    def boom():
        raise RuntimeError("disk full")

    worker.submit(boom, results.append, lambda m, t: errors.append(m))
    qtbot.waitUntil(lambda: errors == ["disk full"], timeout=5000)
    worker.wait()


def test_worker_drops_superseded_jobs_with_the_same_key(qtbot):
    import threading

    worker = Worker()
    gate = threading.Event()
    seen = []
    worker.submit(lambda: gate.wait(5) and "first", seen.append, lambda m, t: None)
    for i in range(5):
        worker.submit(lambda i=i: i, seen.append, lambda m, t: None, key="refresh")
    gate.set()
    worker.wait()
    qtbot.waitUntil(lambda: seen[-1:] == [4], timeout=5000)
    assert seen == ["first", 4]
