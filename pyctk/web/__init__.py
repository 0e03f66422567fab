"""The teaching web page of ``pyctk serve``: open a .pyc, read its header, code tree and
disassembly, run it, or step through it instruction by instruction while watching the
call stack, each frame's value stack, block stack or exception-table handler, and locals.

- ``server.py``: the Starlette app (served by uvicorn), uploads, examples, sessions.
- ``worker.py``: one process per session, running pyctk with a Stepper and talking to
  the server in JSON lines; the guest's output, stdin, endless loops and crashes stay in it.
- ``static/``: the page itself (plain HTML, CSS and JavaScript; nothing from the network).

Needs the ``web`` extra: ``pip install 'pyctk[web]'``.
"""
