"""The --timeout alarm never raises inside the host's report of an unraisable exception
(CPython would report the alarm itself, with pyctk's frames); the run stops right after."""

import signal

from pyctk.runtime import hoststate
from pyctk.runtime.limits import deadline


class _Interp:
    deadline = None


class _VM:
    interp = _Interp()


def _alarm_in(reporting):
    guard = deadline(_VM(), 5)
    guard.active = True
    hoststate._local.reporting = reporting
    try:
        guard._alarm(signal.SIGALRM, None)
    except Exception as e:  # noqa: BLE001 - what the alarm raised, if anything
        return guard, e
    finally:
        hoststate._local.reporting = False
    return guard, None


def test_alarm_outside_a_report_raises():
    guard, raised = _alarm_in(False)
    assert raised is not None and "--timeout" in str(raised)
    assert guard.fired


def test_alarm_inside_a_report_only_marks_the_run_stopped():
    guard, raised = _alarm_in(True)
    assert raised is None
    assert guard.fired and _VM.interp.deadline[0] == 0.0  # every loop stops at once


def test_the_hook_marks_its_thread_while_the_host_hook_runs():
    seen = []
    hoststate._saved["unraisablehook"] = lambda unraisable: seen.append(hoststate.reporting_unraisable())
    try:
        hoststate._unraisablehook(object())
    finally:
        del hoststate._saved["unraisablehook"]
    assert seen == [True] and not hoststate.reporting_unraisable()
