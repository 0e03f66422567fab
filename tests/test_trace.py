"""Tracing: the events a tracer gets agree with the disassembly and the line table, the
text trace of ``pyctk run --trace`` shows them, and a Stepper pauses and resumes."""

from __future__ import annotations

import io
import os
import sys
import threading

import pytest

import pyctk
from pyctk.cli import main
from pyctk.linetable import line_for_offset
from pyctk.trace import Stepper, Tracer

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "corpus"))
from cases import cases  # noqa: E402

PROGRAM = "control/for_else"
TRACED = [c for c in cases() if c.id.endswith(PROGRAM)]


# Instructions whose destination is a block's handler, known only at run time (until 3.7).
DYNAMIC_JUMPS = {"BREAK_LOOP", "CONTINUE_LOOP", "END_FINALLY", "RETURN_VALUE"}


class Recorder(Tracer):
    def __init__(self):
        self.events = []

    def on_call(self, frame):
        self.events.append(("call", frame, None))

    def on_line(self, frame, line):
        self.events.append(("line", frame, (line, frame.current_instruction)))

    def on_instruction(self, frame, ins):
        self.events.append(("instruction", frame, (ins, list(frame.stack))))

    def on_return(self, frame, value):
        self.events.append(("return", frame, value))


def run_quietly(path, **kwargs):
    saved, sys.stdout = sys.stdout, io.StringIO()
    cwd = os.getcwd()
    try:
        os.chdir(os.path.dirname(path))
        status = pyctk.run(path, **kwargs)
        return status, sys.stdout.getvalue()
    finally:
        sys.stdout = saved
        os.chdir(cwd)


@pytest.mark.parametrize("case", TRACED, ids=[c.version for c in TRACED])
def test_events_follow_the_disassembly_and_line_table(case):
    recorder = Recorder()
    status, out = run_quietly(str(case.pyc), tracer=recorder)
    assert (status, out) == (case.expected_exit, case.expected_stdout)

    last = {}  # frame -> previous instruction
    seen = 0
    for kind, frame, data in recorder.events:
        if kind == "line":
            line, ins = data
            assert line == ins.line == line_for_offset(frame.code, ins.op_offset)
        elif kind == "instruction":
            ins, _stack = data
            decoded = frame.instructions
            assert decoded[ins.index] is ins
            assert [i.offset for i in frame.code.instructions] == [i.offset for i in decoded]
            prev = last.get(frame)
            if prev is not None and prev.opname in DYNAMIC_JUMPS:
                assert ins.index == prev.index + 1 or ins.is_jump_target, (prev, ins)
            elif prev is not None:
                allowed = {prev.index + 1}
                if prev.target is not None:
                    allowed |= {prev.target, prev.target + 1, prev.target + 2}  # FOR_ITER skips END_FOR (3.12+)
                assert ins.index in allowed, (prev, ins)
            last[frame] = ins
            seen += 1
        elif kind == "return":
            last.pop(frame, None)
    assert seen > 50


def test_text_trace_and_trace_file(tmp_path, capsys):
    case = TRACED[-1]
    trace_file = tmp_path / "trace.txt"
    cwd = os.getcwd()
    os.chdir(case.cwd)
    try:
        status = main(["run", "--trace-file", str(trace_file), str(case.pyc)])
        out = capsys.readouterr().out
        calls_status = main(["run", "--trace=calls", str(case.pyc)])
        calls = capsys.readouterr().err
    finally:
        os.chdir(cwd)
    assert status == calls_status == 0 and out == case.expected_stdout
    text = trace_file.read_text()
    first_instruction = pyctk.load(case.pyc).code.instructions[0]
    assert f"<module>:{first_instruction.line}    0 {first_instruction.opname}" in text
    assert "stack=[" in text
    assert calls.startswith("call <module>") and "stack=" not in calls


def test_stepper_pauses_and_resumes():
    case = TRACED[-1]
    stepper = Stepper()
    thread = threading.Thread(target=lambda: (run_quietly(str(case.pyc), tracer=stepper), stepper.finish()))
    thread.start()
    instructions = pyctk.load(case.pyc).code.instructions
    for i in range(5):
        paused = stepper.wait(10)
        top = paused["frames"][-1]
        assert top["index"] == i and top["opname"] == instructions[i].opname
        stepper.step()
    line = stepper.wait(10)["frames"][-1]["line"]
    stepper.next_line()
    assert stepper.wait(10)["frames"][-1]["line"] != line
    stepper.go()
    thread.join(30)
    assert not thread.is_alive() and stepper.finished
