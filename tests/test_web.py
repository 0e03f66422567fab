"""``pyctk serve``, end to end: the server runs in a subprocess on a free loopback port;
the page is driven in a real headless Chromium (Debian's chromium and chromedriver, through
Selenium), and what it shows while stepping is checked against pyctk's own Stepper run
on the same file in this process.

Skips (with the reason) when the ``web`` extra (starlette, uvicorn) is not installed; the
browser tests also skip without selenium or /usr/bin/chromium and /usr/bin/chromedriver.
``PYCTK_WEB_SCREENSHOT=docs/stepping.png pytest tests/test_web.py`` saves the stepping
view of the 3.13 test there.
"""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

import pyctk
from pyctk.trace import Stepper
from pyctk.versions import VERSION_NAMES

pytest.importorskip("starlette", reason="the web extra is not installed (pip install '.[web]')")
pytest.importorskip("uvicorn", reason="the web extra is not installed (pip install '.[web]')")

ROOT = Path(__file__).resolve().parent.parent
CORPUS_PYC = ROOT / "tests" / "corpus" / "pyc"
CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
MAX_STEPS = 200_000
CHROME_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1600,1000",
]


# -- the server ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def server():
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    proc = subprocess.Popen(
        [sys.executable, "-m", "pyctk", "serve", "--port", "0", "--max-steps", str(MAX_STEPS)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        line = _read_line(proc, 30)
        match = re.search(r"http://127\.0\.0\.1:\d+/", line)
        assert match, f"pyctk serve said {line!r}; stderr: {proc.stderr.read() if proc.poll() is not None else ''}"
        yield match.group(0)
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _read_line(proc, timeout: float) -> str:
    box = []
    reader = threading.Thread(target=lambda: box.append(proc.stdout.readline()), daemon=True)
    reader.start()
    reader.join(timeout)
    return box[0] if box else ""


def call(url: str, method: str = "GET", body=None, raw: bytes | None = None, headers=None) -> dict:
    data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
    request = urllib.request.Request(url, data=data, method=method, headers={"X-Pyctk": "1", **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return json.loads(response.read())
    except urllib.error.HTTPError as e:
        return {"http_status": e.code, "text": e.read().decode("utf-8", "replace")}


def example_id(server: str, path: str) -> str:
    for example in call(server + "api/examples"):
        if example["path"] == path:
            return example["id"]
    raise AssertionError(f"{path} is not among the examples")


def run_events(server: str, doc: str, mode: str = "run", stop_after: float | None = None) -> list[dict]:
    """Start a session and collect its events until it exits."""
    session = call(server + f"api/docs/{doc}/session", "POST", {"mode": mode})["session"]
    events, since, started = [], 0, time.monotonic()
    while True:
        if stop_after is not None and time.monotonic() - started > stop_after:
            call(server + f"api/sessions/{session}/stop", "POST")
            stop_after = None
        answer = call(server + f"api/sessions/{session}/events?since={since}&wait=1")
        events += answer["events"]
        since = answer["next"]
        if answer["done"]:
            return events
        assert time.monotonic() - started < 60, events[-5:]


def output_of(events) -> tuple[str, str]:
    out = "".join(e["text"] for e in events if e["type"] == "output" and e["stream"] == "stdout")
    err = "".join(e["text"] for e in events if e["type"] == "output" and e["stream"] == "stderr")
    return out, err


def upload(server: str, name: str, data: bytes) -> dict:
    return call(server + f"api/upload?name={name}", "POST", raw=data, headers={"Content-Type": "application/octet-stream"})


def host_pyc(tmp_path, source: str, name: str = "prog") -> bytes:
    """``source`` compiled by this host interpreter (3.10-3.13, which pyctk runs too)."""
    import py_compile

    src = tmp_path / f"{name}.py"
    src.write_text(source)
    target = tmp_path / f"{name}.pyc"
    py_compile.compile(str(src), str(target), doraise=True)
    return target.read_bytes()


# -- the server without a browser --------------------------------------------------------------------


def test_a_bad_file_gives_the_command_line_message(server, tmp_path):
    answer = upload(server, "notes.pyc", b"hello, this is not bytecode\n")
    bad = tmp_path / "notes.pyc"
    bad.write_bytes(b"hello, this is not bytecode\n")
    cli = subprocess.run([sys.executable, "-m", "pyctk", "info", "notes.pyc"], cwd=tmp_path, capture_output=True,
                         text=True, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert cli.returncode == 4
    assert answer["error"] == cli.stderr.strip()
    assert answer["error"].startswith("pyctk: notes.pyc: ")


def test_run_shows_output_and_the_guest_stdin_is_empty(server):
    opened = call(server + f"api/open?example={example_id(server, 'tests/corpus/pyc/3.13/errors/stdin_empty.pyc')}",
                  "POST")
    assert opened["info"]["version"] == "3.13" and opened["dis"]["code_objects"]
    events = run_events(server, opened["doc"])
    expected = json.loads((ROOT / "tests/corpus/expected/3.13/errors/stdin_empty.json").read_text())
    assert output_of(events) == (expected["stdout"], expected["stderr"])
    assert events[-1] == {"type": "exit", "status": 0, "message": None}


def test_an_endless_program_ends_at_the_step_limit_and_stop_kills_a_sleeping_one(server, tmp_path):
    endless = upload(server, "endless.pyc", host_pyc(tmp_path, "print('start')\nwhile True:\n    pass\n", "endless"))
    events = run_events(server, endless["doc"])
    assert output_of(events)[0] == "start\n"
    assert events[-1]["status"] == 9 and "step limit" in events[-1]["message"]

    sleepy = upload(server, "sleepy.pyc", host_pyc(tmp_path, "import time\nprint('zz', flush=True)\ntime.sleep(600)\n",
                                                   "sleepy"))
    started = time.monotonic()
    events = run_events(server, sleepy["doc"], stop_after=1.5)
    assert time.monotonic() - started < 20
    assert output_of(events)[0] == "zz\n"
    assert events[-1]["stopped"] and events[-1]["message"] == "Stopped by the user."


VERSIONS = list(VERSION_NAMES)  # the one list: pyctk/versions/__init__.py


def has_exception_table(version: str) -> bool:
    return tuple(map(int, version.split("."))) >= (3, 11)


@pytest.mark.parametrize("version", VERSIONS)
def test_every_version_steps_into_a_handler_and_runs_to_the_end(server, version):
    """Step a try/except program until a frame is inside a try (the block stack up to
    3.10, an exception-table entry from 3.11), then let it run out: the output and exit
    status are those of the native run."""
    rel = "exceptions/try_flow.pyc"
    opened = upload(server, "try_flow.pyc", (CORPUS_PYC / version / rel).read_bytes())
    assert opened["dis"]["version"] == version
    session = call(server + f"api/docs/{opened['doc']}/session", "POST", {"mode": "step"})["session"]
    events, since, handlers = [], 0, None
    while True:
        answer = call(server + f"api/sessions/{session}/events?since={since}")
        events += answer["events"]
        since = answer["next"]
        paused = [e for e in answer["events"] if e["type"] == "paused"]
        if answer["done"]:
            break
        if not paused:
            continue
        inner = paused[-1]["frames"][-1]
        assert inner["code_index"] is not None
        code = opened["dis"]["code_objects"][inner["code_index"]]
        assert code["co_qualname"] == inner["code"]
        assert any(ins["offset"] == inner["offset"] for ins in code["instructions"])
        if handlers is None and inner["handlers"]:
            handlers = inner["handlers"]
        assert paused[-1]["steps"] < 500, "no handler seen in 500 steps"
        call(server + f"api/sessions/{session}/command", "POST", {"cmd": "go" if handlers else "step"})
    kinds = {h["kind"] for h in handlers}
    assert kinds == ({"exception-table"} if has_exception_table(version) else kinds & {"SETUP_EXCEPT", "SETUP_FINALLY"}) and kinds
    expected = json.loads((ROOT / "tests/corpus/expected" / version / rel).with_suffix(".json").read_text())
    assert output_of(events) == (expected["stdout"], expected["stderr"])
    assert events[-1]["status"] == expected["exit"]


def test_foreign_pages_are_refused(server):
    request = urllib.request.Request(server + "api/open?example=0", method="POST")  # no X-Pyctk header
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=10)
    assert refused.value.code == 403
    request = urllib.request.Request(server + "api/examples", headers={"Host": "evil.example"})
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=10)
    assert refused.value.code == 421


# -- the page in a browser ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    if os.environ.get("PYCTK_WEB_BROWSER") == "0":  # tox.ini: for CI's time, on two hosts of four
        pytest.skip("PYCTK_WEB_BROWSER=0: the page's browser tests run on the other hosts")
    for binary in (CHROMIUM, CHROMEDRIVER):
        if not os.access(binary, os.X_OK):
            pytest.skip(f"{binary} is not installed (apt-get install chromium chromium-driver)")
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (pip install selenium)")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in CHROME_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()


def expected_snapshots(pyc: Path, until) -> list[dict]:
    """The VM's own pauses, from the first on, until ``until(snapshot, count)`` is true."""
    stepper = Stepper()
    saved_out, saved_cwd = sys.stdout, os.getcwd()
    sys.stdout = io.StringIO()
    os.chdir(pyc.parent)
    thread = threading.Thread(target=lambda: (pyctk.run(pyc.name, tracer=stepper), stepper.finish()))
    snapshots = []
    try:
        thread.start()
        while True:
            paused = stepper.wait(30)
            assert paused is not None, "the program ended first"
            snapshots.append(paused)
            if until(paused, len(snapshots)):
                break
            stepper.step()
        stepper.stop()
        thread.join(30)
    finally:
        sys.stdout = saved_out
        os.chdir(saved_cwd)
    return snapshots


def no_address(text: str) -> str:
    return re.sub(r" at 0x[0-9a-f]+", " at 0x…", text)


# Page.shown's reading of the page: ``innerText`` where the WebDriver's ``.text`` was read
# (the text as rendered), ``textContent`` where its attribute was.
_SHOWN = """
const one = (css) => document.querySelector(css);
const all = (css) => Array.from(document.querySelectorAll(css));
const codeIndex = one('#listing').getAttribute('data-code-index');
const current = all('#listing .ins.current');
const stack = all('#stack li[data-pos]').sort((a, b) => a.dataset.pos - b.dataset.pos);
return {
  code: one(`#tree .node[data-code="${codeIndex}"] .qualname`).innerText,
  offsets: current.map((row) => parseInt(row.getAttribute('data-offset'), 10)),
  opname: current.length ? current[0].querySelector('.opname').innerText : null,
  frames: all('#frames li[data-frame]').map((li) => li.querySelector('.name').innerText),
  stack: stack.map((li) => li.querySelector('.val').textContent),
  locals: all('#locals tr[data-name]').map((tr) => tr.getAttribute('data-name')).sort(),
};
"""


class Page:
    def __init__(self, driver, server):
        from selenium.webdriver.common.by import By
        from selenium.webdriver.support.ui import WebDriverWait

        self.d = driver
        self.By = By
        self.wait = WebDriverWait(driver, 30, poll_frequency=0.02)
        driver.get(server)
        self.wait.until(lambda d: len(self.all("#examples option")) > 1)

    def one(self, css):
        return self.d.find_element(self.By.CSS_SELECTOR, css)

    def all(self, css):
        return self.d.find_elements(self.By.CSS_SELECTOR, css)

    def open_example(self, path: str) -> None:
        from selenium.webdriver.support.ui import Select

        select = Select(self.one("#examples"))
        option = next(o for o in select.options if o.get_attribute("title") == path)
        select.select_by_value(option.get_attribute("value"))
        self.wait.until(lambda d: self.all("#listing .ins") and not self.one("#workspace").get_attribute("hidden")
                        and self.one("#file-title").text.startswith(path))

    def status(self) -> tuple[str, int]:
        status = self.one("#status")
        return status.get_attribute("data-state"), int(status.get_attribute("data-steps"))

    def click_and_pause(self, css: str) -> None:
        self.wait.until(lambda d: self.one(css).is_enabled())
        before = self.one("#status").get_attribute("data-steps")
        self.one(css).click()
        self.wait.until(
            lambda d: self.status()[0] in ("paused", "exited") and self.one("#status").get_attribute("data-steps") != before
        )

    def shown(self) -> dict:
        """What the page shows of the paused run: the code object and highlighted
        instruction of the listing, the call stack, and the innermost frame's stack and locals.
        Read in one script, not an element at a time (a round trip to the browser each)."""
        return self.d.execute_script(_SHOWN)


def expected_view(snapshot: dict) -> dict:
    inner = snapshot["frames"][-1]
    return {
        "code": inner["code"],
        "offsets": [inner["offset"]],
        "opname": inner["opname"],
        "frames": [f["code"] for f in snapshot["frames"]],
        "stack": [no_address(v) for v in inner["stack"]],
        "locals": sorted(inner["locals"]),
    }


def seen_view(page: Page) -> dict:
    view = page.shown()
    view["stack"] = [no_address(v) for v in view["stack"]]
    return view


@pytest.mark.parametrize("version", ["3.13", "2.7"])
def test_stepping_shows_what_the_vm_does(server, browser, version):
    rel = f"tests/corpus/pyc/{version}/functions/recursion.pyc"
    pyc = ROOT / rel
    page = Page(browser, server)
    page.open_example(rel)
    assert page.one("#handlers-title").text.lower() == ("exception handler" if has_exception_table(version) else "block stack")
    assert page.one("#info").text.count(f"CPython {version}") == 1

    # ten steps, each checked to have happened before the next click
    for i in range(1, 11):
        page.click_and_pause("#step")
        assert page.status() == ("paused", i)
    tenth = expected_snapshots(pyc, lambda snap, n: n == 10)[-1]
    assert seen_view(page) == expected_view(tenth)

    # a jump goes to its target
    jump = page.all("#listing .argrepr.jump")[0]
    target = jump.get_attribute("data-target")
    jump.click()
    assert page.one("#listing .ins.selected").get_attribute("data-index") == target

    # "Continue to here" on an instruction of another code object (depth's last LOAD_FAST)
    page.one('#tree .node[data-code="1"]').click()
    assert page.one("#listing").get_attribute("data-code-index") == "1"
    loads = [row for row in page.all("#listing .ins") if row.find_element(page.By.CSS_SELECTOR, ".opname").text == "LOAD_FAST"]
    offset = int(loads[-1].get_attribute("data-offset"))
    for hit in (1, 2, 3):  # depth(900), depth(899), depth(898)
        selected = page.all("#listing .ins.selected")
        if not selected or int(selected[0].get_attribute("data-offset")) != offset:
            page.one(f'#listing .ins[data-offset="{offset}"] .opname').click()
        page.click_and_pause("#to-here")
        expected = expected_snapshots(
            pyc,
            lambda snap, n, hit=hit: snap["frames"][-1]["code"] == "depth"
            and snap["frames"][-1]["offset"] == offset
            and len(snap["frames"]) == hit + 1,
        )
        assert page.status() == ("paused", len(expected))
        assert seen_view(page) == expected_view(expected[-1])

    # the rest runs on, with its output on the page
    if version == "3.13" and os.environ.get("PYCTK_WEB_SCREENSHOT"):
        screenshot(page, os.environ["PYCTK_WEB_SCREENSHOT"])
    page.one("#continue").click()
    page.wait.until(lambda d: page.status()[0] == "exited")
    output = page.one("#output").get_attribute("textContent")
    assert output.startswith("900\n[0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377]\n")
    assert page.one("#exit-note").text == "exit status 0"
    assert not page.all("#listing .ins.current")


def screenshot(page: Page, path: str) -> None:
    """The stepping view for docs/stepping.png: inside fib, a few calls deep, with the
    first output printed."""
    page.one('#tree .node[data-code="2"]').click()
    minus = [row for row in page.all("#listing .ins") if row.find_element(page.By.CSS_SELECTOR, ".argrepr").text == "(-)"]
    minus[0].find_element(page.By.CSS_SELECTOR, ".opname").click()  # the `-` of fib(n - 1)
    for _ in range(6):  # the sixth time: fib(4) -> fib(3) -> fib(2)
        page.click_and_pause("#to-here")
    time.sleep(0.3)
    page.d.save_screenshot(path)


def test_a_bad_file_shows_its_message_on_the_page(server, browser, tmp_path):
    bad = tmp_path / "broken.pyc"
    bad.write_bytes(b"\x00" * 3)
    page = Page(browser, server)
    page.one("#upload").send_keys(str(bad))
    page.wait.until(lambda d: page.one("#error").is_displayed())
    cli = subprocess.run([sys.executable, "-m", "pyctk", "dis", "broken.pyc"], cwd=tmp_path, capture_output=True,
                         text=True, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert page.one("#error").text == cli.stderr.strip()
    assert cli.returncode == 4


# -- what issue 17's new user hit -------------------------------------------------------------------

PACKAGE_EXAMPLES = ROOT / "pyctk" / "web" / "examples"


def test_examples_are_shipped_in_the_package():
    """``pyctk serve`` run outside a clone (pyctk installed from a wheel) still offers
    examples: those under pyctk/web/examples, each with its source."""
    from pyctk.web.server import find_examples, package_examples

    shipped = package_examples()
    assert {e["label"] for e in shipped} >= {f"{v}/{n}.pyc" for v in ("2.7", "3.8", "3.13")
                                             for n in ("point", "uncaught", "greet")}
    for example in shipped:
        assert example["file"].is_relative_to(PACKAGE_EXAMPLES) and example["source"].is_file()
        assert pyctk.load(example["file"]).version == pyctk.Version.parse(example["file"].parent.name)
    assert [e["path"] for e in find_examples()][: len(shipped)] == [e["path"] for e in shipped]


def test_a_run_gets_the_stdin_it_is_given(server):
    opened = call(server + f"api/open?example={example_id(server, 'pyctk/web/examples/3.13/greet.pyc')}", "POST")
    session = call(server + f"api/docs/{opened['doc']}/session", "POST", {"mode": "run", "stdin": "ann\nbob\n"})
    events, since = [], 0
    while True:
        answer = call(server + f"api/sessions/{session['session']}/events?since={since}&wait=1")
        events += answer["events"]
        since = answer["next"]
        if answer["done"]:
            break
    assert output_of(events) == ("hello, ann\nhello, bob\n2 lines read\n", "")
    too_much = call(server + f"api/docs/{opened['doc']}/session", "POST", {"mode": "run", "stdin": "x" * (2 << 20)})
    assert too_much["http_status"] == 400


@pytest.mark.parametrize("version", ["2.7", "3.13"])
def test_an_uncaught_exception_leaves_a_post_mortem(server, version):
    rel = f"tests/corpus/pyc/{version}/errors/deep_traceback.pyc"
    opened = call(server + f"api/open?example={example_id(server, rel)}", "POST") if version == "3.13" else upload(
        server, "deep_traceback.pyc", (ROOT / rel).read_bytes())
    events = run_events(server, opened["doc"])
    expected = json.loads((ROOT / rel.replace("/pyc/", "/expected/")).with_suffix(".json").read_text())
    assert output_of(events)[0] == expected["stdout"] and events[-1]["status"] == 1
    post = events[-1]["postmortem"]
    assert post["exception"].startswith("ZeroDivisionError(")
    # the stack of the traceback CPython printed, innermost last, each frame in this file
    traceback_names = re.findall(r', in (\S+)\n', expected["stderr"])
    assert [f["code"].rsplit(".", 1)[-1] for f in post["frames"]] == traceback_names
    assert all(f["code_index"] is not None for f in post["frames"])
    assert post["frames"][-1]["locals"] == {"x": "0"}


def _native_output(rel: str) -> str:
    return json.loads((ROOT / rel.replace("/pyc/", "/expected/")).with_suffix(".json").read_text())["stdout"]


def test_stepping_through_a_side_effecting_repr_changes_nothing(server, browser):
    """The issue's Point class, stepped in the browser: stepping into Point(1, 2) stays in
    __init__ (values are shown without calling __repr__), the half-built object shows with
    its default repr, and the program prints what it prints natively (repr count 0)."""
    rel = "tests/corpus/pyc/3.13/classes/point_repr.pyc"
    page = Page(browser, server)
    page.open_example(rel)
    seen_codes, values = set(), set()
    for _ in range(70):
        page.click_and_pause("#step")
        view = page.shown()
        seen_codes.add(view["code"])
        values.update(view["stack"])
        # only the program's own calls: the page's views call no method of the program
        assert view["frames"] in (["<module>"], ["<module>", view["code"]]), view["frames"]
        assert "outer frames not shown" not in page.one("#frames").text
    assert "Point.__init__" in seen_codes
    assert any(re.fullmatch(r"<__main__\.Point object at 0x[0-9a-f]+>", v) for v in values), values
    page.one("#continue").click()
    page.wait.until(lambda d: page.status()[0] == "exited")
    assert page.one("#output").get_attribute("textContent") == _native_output(rel)
    assert page.one("#exit-note").text == "exit status 0"


def test_post_mortem_stdin_and_reset_on_the_page(server, browser):
    page = Page(browser, server)
    # an uncaught exception: the panels show the stack where it was raised
    rel = "tests/corpus/pyc/3.13/errors/deep_traceback.pyc"
    page.open_example(rel)
    page.one("#run").click()
    page.wait.until(lambda d: page.status()[0] == "exited")
    frames = page.all("#frames li[data-frame]")
    assert page.one("#frames .postmortem-head").text.startswith("Uncaught ZeroDivisionError(")
    assert frames[-1].find_element(page.By.CSS_SELECTOR, ".name").text == "scale"
    assert [tr.get_attribute("data-name") for tr in page.all("#locals tr[data-name]")] == ["x"]
    assert page.all("#listing .ins.current")
    assert "stack where it was raised" in page.one("#status").text

    # step a little, then open another file: nothing of the old run stays
    page.open_example("tests/corpus/pyc/3.13/functions/recursion.pyc")
    for _ in range(3):
        page.click_and_pause("#step")
    page.open_example("pyctk/web/examples/3.13/greet.pyc")
    assert page.one("#status").text == "" and page.status()[0] == "idle"
    assert page.one("#frames").text == "not running"

    # the stdin box
    page.one("#stdin").send_keys("ann\nbob\n")
    page.one("#run").click()
    page.wait.until(lambda d: page.status()[0] == "exited")
    assert page.one("#output").get_attribute("textContent") == "hello, ann\nhello, bob\n2 lines read\n"

    # an upload: the examples list no longer names the old choice
    page.one("#upload").send_keys(str(ROOT / "tests/corpus/pyc/3.8/classes/point_repr.pyc"))
    page.wait.until(lambda d: page.one("#file-title").text.startswith("point_repr.pyc"))
    assert page.one("#examples").get_attribute("value") == ""


# -- issue 19: every upload runs in the sandbox ------------------------------------------------------


def test_an_uploaded_hostile_file_is_refused_in_the_page(server, browser):
    """A program that connects out and writes into the home directory: the page shows the
    guest's own refusals (its PermissionError), and nothing is written."""
    home_file = Path(os.path.expanduser("~")) / "pyctk-web-pwned"
    assert not home_file.exists()
    page = Page(browser, server)
    page.one("#upload").send_keys(str(ROOT / "tests/sandbox_programs/pyc/3.12/steal.pyc"))
    page.wait.until(lambda d: page.one("#file-title").text.startswith("steal.pyc"))
    page.one("#run").click()
    page.wait.until(lambda d: page.status()[0] == "exited")
    output = page.one("#output").get_attribute("textContent")
    assert output.startswith("socket: refused: [Errno 1] Operation not permitted\n"), output
    assert f"PermissionError: [Errno 13] Permission denied: '{home_file}'" in output
    assert "written" not in output
    assert not home_file.exists()
