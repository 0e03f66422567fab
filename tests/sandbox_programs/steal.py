# An upload that tries to phone home and to leave a file in the home directory; needs no
# arguments (the web page runs it). Valid for 2.7 and 3.6-3.13.
import os
import socket

try:
    socket.create_connection(("127.0.0.1", 9), 1)
    print("socket: connected")
except Exception as e:
    print("socket: refused: %s" % e)
path = os.path.join(os.path.expanduser("~"), "pyctk-web-pwned")
open(path, "w").write("pwned")
print("written")
