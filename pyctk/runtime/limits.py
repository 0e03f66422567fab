"""The wall-clock limit of a run (``pyctk run --timeout``, ``pyctk.run(timeout=...)``).

In the main thread a ``SIGALRM`` timer stops the run: its handler raises
``LimitExceededError``, which the VM never lets guest code catch. A signal is handled
between two host bytecodes, so it also interrupts a guest blocked in host C code that
waits for the signal to be handled (``time.sleep``, ``input``, socket and pipe reads,
``select``, lock waits); a single C computation that never returns to the interpreter
(a huge ``sum(range(...))``) is stopped when it returns.

A stop that host code swallows (a stdlib function catching ``Exception`` around a guest
callback, such as ``reprlib.repr``) does not let the guest run on: once the deadline has
passed, every dispatch loop the VM enters stops at its first instruction (the VM's
``deadline`` makes it take the checking loop), the timer re-fires every ``REFIRE``
seconds for the loop that was already running, and the run's end reports the limit
whatever the guest did afterwards. The handler never raises while the guard itself is
being taken down (it looks for the guard's ``__exit__`` among the interrupted frames),
so the timer cannot escape the run.

Elsewhere (another thread, or a platform without ``setitimer``) the deadline is checked
by the VM between instructions (the traced loop): a guest blocked in host code is then
stopped only when it comes back.
"""

from __future__ import annotations

import math
import signal
import threading
import time

from pyctk.errors import LimitExceededError, UsageError
from pyctk.runtime.hoststate import reporting_unraisable

REFIRE = 0.1


def check_timeout(seconds):
    """The timeout as a float, or UsageError."""
    if seconds is None:
        return None
    try:
        value = float(seconds)
    except (TypeError, ValueError):
        raise UsageError(f"--timeout must be a number of seconds, not {seconds!r}") from None
    if not math.isfinite(value) or value <= 0:
        raise UsageError("--timeout must be a positive number of seconds")
    return value


class deadline:
    """Context: stop the run of ``vm`` after ``seconds`` of wall-clock time (None: never).
    ``fired`` tells afterwards whether the deadline passed."""

    def __init__(self, vm, seconds):
        self.vm = vm
        self.seconds = check_timeout(seconds)
        plural = "" if self.seconds == 1 else "s"
        self.message = f"stopped after {self.seconds:g} second{plural} (--timeout)" if self.seconds else ""
        self.active = False
        self.fired = False
        self._signal = False

    def expired(self) -> LimitExceededError:
        self.fired = True
        return LimitExceededError(self.message)

    def __enter__(self):
        if self.seconds is None:
            return self
        if threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
            self.active = True
            self._started = time.monotonic()
            self._previous_handler = signal.signal(signal.SIGALRM, self._alarm)
            self._previous_timer = signal.setitimer(signal.ITIMER_REAL, self.seconds, REFIRE)
            self._signal = True
        else:
            self.active = True
            self.vm.interp.deadline = (time.monotonic() + self.seconds, self)
        return self

    def _alarm(self, signum, frame):
        if not self.active:
            return
        f = frame
        while f is not None:
            if f.f_code is _EXIT_CODE:
                return  # taking the guard down: never raise there
            f = f.f_back
        # From now on every dispatch loop the VM enters (a guest function called from host
        # code, a generator resumed) stops at its first instruction.
        self.vm.interp.deadline = (0.0, self)
        if reporting_unraisable():
            self.fired = True  # the timer re-fires after the report; the run stops then
            return
        raise self.expired()

    def __exit__(self, *exc_info):
        self.active = False
        self.vm.interp.deadline = None
        if self._signal:
            self._signal = False
            signal.setitimer(signal.ITIMER_REAL, 0)
            _drain()  # a signal already pending is handled here, by our (now inert) handler
            signal.signal(signal.SIGALRM, self._previous_handler)
            remaining, interval = self._previous_timer
            if remaining > 0:  # the host's own timer, minus the time the run took
                left = remaining - (time.monotonic() - self._started)
                signal.setitimer(signal.ITIMER_REAL, max(left, 0.001), interval)
        return False


def _drain():
    pass


_EXIT_CODE = deadline.__exit__.__code__
