import pkgutil

from . import sub

DATA = pkgutil.get_data(__name__, "data.txt")
