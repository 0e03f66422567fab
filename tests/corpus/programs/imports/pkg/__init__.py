print("pkg: __init__ running, __name__ = %s" % __name__)
VERSION = "1.0"
from . import sub
from .sub import shout
