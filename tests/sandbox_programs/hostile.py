# A program nobody should vouch for: each attack the sandbox must refuse or cut off.
# Valid for 2.7 and 3.6-3.13; `build.py` compiles it with each version's own compiler.
# Each attack's line ends with its marker, which tests/test_sandbox.py finds the
# report's line numbers by.
import os
import sys


def attempt(name, action):
    try:
        result = action()
    except MemoryError:
        print("%s: refused: MemoryError" % name)
    except Exception as e:
        print("%s: refused: %s errno=%s" % (name, type(e).__name__, getattr(e, "errno", None)))
    else:
        print("%s: returned %r" % (name, result))


def listen():
    import socket
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)  # attack:listen
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    return "listening"


def connect(port):
    import socket
    return socket.create_connection(("127.0.0.1", port), 2) and "connected"  # attack:connect


def shell(home):
    return os.system("echo pwned > %s/pwned-system" % home)  # attack:system


def run_program(home):
    import subprocess
    return subprocess.call(["touch", home + "/pwned-subprocess"])  # attack:subprocess


def fork_bomb():
    children = 0
    while children < 50:
        pid = os.fork()  # attack:fork
        if pid == 0:
            os._exit(0)
        children += 1
    return children


def write_home(home):
    f = open(os.path.join(home, "pwned-home"), "w")  # attack:home
    f.write("pwned")
    f.close()
    return "written"


def write_tmp():
    f = open("/tmp/pyctk-sandbox-pwned-%d" % os.getpid(), "w")  # attack:tmp
    f.write("pwned")
    f.close()
    return "written"


def read_secret(path):
    return open(path).read()  # attack:read


def allocate():
    return len(bytearray(100 * 1024 * 1024 * 1024))  # attack:memory


def raw_syscall():
    import ctypes
    libc = ctypes.CDLL(None, use_errno=True)
    fd = libc.syscall(41, 2, 1, 0)  # attack:ctypes  (socket(AF_INET, SOCK_STREAM))
    if fd < 0:
        raise OSError(ctypes.get_errno(), os.strerror(ctypes.get_errno()))
    return fd


def spin():
    n = 0
    while True:  # attack:spin
        n += 1


def fill_disk():
    import tempfile
    chunk = b"x" * (1 << 20)
    i = 0
    while True:
        name = os.path.join(tempfile.gettempdir(), "fill-%d" % (i // 8))
        try:
            f = open(name, "ab")  # attack:disk
            f.write(chunk)
            f.close()
        except (IOError, OSError):
            i += 8
        i += 1


def main():
    what, args = sys.argv[1], sys.argv[2:]
    if what == "echo":  # well-behaved: stdin to stdout, an exit status of its own
        sys.stdout.write(sys.stdin.read().upper())
        sys.stderr.write("to stderr\n")
        sys.exit(3)
    if what == "spin":
        spin()
    elif what == "disk":
        fill_disk()
    home, secret, port = args[0], args[1], int(args[2])
    attempt("listen", listen)
    attempt("connect", lambda: connect(port))
    attempt("system", lambda: shell(home))
    attempt("subprocess", lambda: run_program(home))
    attempt("fork", fork_bomb)
    attempt("home", lambda: write_home(home))
    attempt("tmp", write_tmp)
    attempt("read", lambda: read_secret(secret))
    attempt("memory", allocate)
    attempt("ctypes", raw_syscall)
    print("still running")


main()
