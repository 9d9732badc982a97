"""The preview's worker process makes the same PDF an export writes with
the template it is given, stops a render nobody wants any more (in the
process too, so the next one does not wait for it), is waited for while it
loads instead of rendering in the app, and falls back to rendering in the
app when no process can be started."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import time

import pytest
from pypdf import PdfReader

from briefer.export import ExportCancelled
from briefer.export import worker as worker_module
from briefer.export.worker import PdfWorker, render_pdf
from briefer.model import Brief
from briefer.templates import default_template

BRIEF = Brief(title="Worker", summary="Text typed by the user: 習近平 and نتنياهو.")
TEMPLATE = default_template()


@pytest.fixture
def worker():
    w = PdfWorker()
    yield w
    w.shutdown()


def text_of(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_the_worker_process_makes_the_pdf_an_export_writes(worker):
    data, pages, _budget, _left_out = worker.render(BRIEF, TEMPLATE, lambda: False)
    here, here_pages, *_ = render_pdf(BRIEF, TEMPLATE)
    assert pages == here_pages >= 1 and text_of(data) == text_of(here)
    assert "Text typed by the user" in text_of(data)
    assert worker._pool is not None  # made in the worker process, not here


def test_a_render_nobody_wants_is_given_up(worker):
    with pytest.raises(ExportCancelled):
        worker.render(BRIEF, TEMPLATE, lambda: True)
    assert worker.render(BRIEF, TEMPLATE, lambda: False)[1] >= 1  # the worker is still usable


def test_a_render_given_up_stops_in_the_worker_process(worker):
    """Giving up a ticket stops that render in the process itself: its job
    ends with ExportCancelled instead of running to the end of a long brief
    while the next render waits behind it."""
    long_brief = Brief(title="Long", background="\n\n".join(["A paragraph of background text. " * 40] * 400))
    worker.render(BRIEF, TEMPLATE, lambda: False)  # the process is up
    pool = worker._executor()
    future = pool.submit(worker_module._render_ticket, long_brief, TEMPLATE, 0, 987654)
    worker._give_up(987654)
    with pytest.raises(ExportCancelled):
        future.result(timeout=120)
    assert worker.render(BRIEF, TEMPLATE, lambda: False)[1] >= 1  # the process goes on rendering


def test_a_render_asked_for_while_the_process_loads_waits_for_it(worker, monkeypatch):
    """The process is started early (before Qt loads) so it is ready first;
    a render asked for meanwhile goes to it rather than loading the writers
    a second time in the app."""

    def not_here(*_a, **_k):
        raise AssertionError("rendered in the app's process")

    worker.warm_up()
    monkeypatch.setattr(worker_module, "render_pdf_from", not_here)  # the app's copy only
    data, pages, *_ = worker.render(BRIEF, TEMPLATE, lambda: False)
    assert pages >= 1 and "Text typed by the user" in text_of(data)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="kills the worker by pid")
def test_a_late_report_of_a_dead_process_leaves_its_successor_alone(worker):
    """Two windows had renders on a process that died: the first to notice
    starts a new process; the other, reporting the same death later, must
    not shut the new one down (its renders would fail as cancelled)."""
    from concurrent.futures.process import BrokenProcessPool

    worker.render(BRIEF, TEMPLATE, lambda: False)
    dead = worker._pool
    (pid,) = dead._processes
    os.kill(pid, signal.SIGKILL)
    data, pages, *_ = worker.render(BRIEF, TEMPLATE, lambda: False)  # noticed: made here, a new process next time
    assert pages >= 1
    worker.render(BRIEF, TEMPLATE, lambda: False)
    successor = worker._pool
    assert successor is not None and successor is not dead
    worker._after_failure(BrokenProcessPool("reported late"), dead, BRIEF, TEMPLATE, 0, lambda: False)
    assert worker._pool is successor
    data, pages, *_ = worker.render(BRIEF, TEMPLATE, lambda: False)
    assert pages >= 1 and worker._pool is successor  # rendered by the successor, still up


def test_without_a_worker_process_the_app_renders_itself(worker, monkeypatch):
    def no_processes(*_a, **_k):
        raise OSError("no processes in this sandbox")

    monkeypatch.setattr(worker_module, "ProcessPoolExecutor", no_processes)
    data, pages, *_ = worker.render(BRIEF, TEMPLATE, lambda: False)
    assert text_of(data) == text_of(render_pdf(BRIEF, TEMPLATE)[0]) and worker._pool is None


def test_the_worker_process_prints_with_the_template_it_is_given(worker):
    """The process has no template library: a user's template (here, one
    on Letter paper) reaches it with the brief."""
    letter = TEMPLATE.model_copy(update={"name": "not-installed-anywhere", "layout": TEMPLATE.layout.model_copy(update={"page_size": "Letter"})})
    a4 = default_template().model_copy(update={"layout": TEMPLATE.layout.model_copy(update={"page_size": "A4"})})
    sizes = {}
    for name, template in (("letter", letter), ("a4", a4)):
        data, _pages, *_ = worker.render(BRIEF, template, lambda: False)
        box = PdfReader(io.BytesIO(data)).pages[0].mediabox
        sizes[name] = (round(float(box.width)), round(float(box.height)))
    assert worker._pool is not None
    assert sizes == {"letter": (612, 792), "a4": (595, 842)}


APP_KILLED_WITH_A_WORKER = """
import os, signal, sys
from briefer.export.worker import WORKER
WORKER.warm_up()
WORKER._warming.result(timeout=120)  # the worker process is up
(pid,) = WORKER._pool._processes
print(pid, flush=True)
os.kill(os.getpid(), signal.SIGKILL)  # the app is killed: no exit handlers run
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_the_worker_process_ends_when_the_app_is_killed(tmp_path):
    # A worker left alive holds the app's stdout and stderr open: a caller
    # reading them to the end (CI, subprocess.run) waits for ever.  So
    # files here, not pipes, and the worker's own end is checked instead.
    out, err = tmp_path / "out.txt", tmp_path / "err.txt"
    with out.open("w") as stdout, err.open("w") as stderr:
        subprocess.run([sys.executable, "-c", APP_KILLED_WITH_A_WORKER], stdout=stdout, stderr=stderr, timeout=180)
    assert out.read_text().strip(), err.read_text()[-3000:]
    worker_pid = int(out.read_text().split()[0])
    for _ in range(200):  # up to 20 s on a busy machine
        if not _alive(worker_pid):
            break
        time.sleep(0.1)
    else:
        os.kill(worker_pid, signal.SIGKILL)
        pytest.fail("the preview's worker process lived on after the app was killed")


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(")")[-1].split()[0] != "Z"  # a zombie has ended
    except FileNotFoundError:
        return False
