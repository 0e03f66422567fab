"""A package found through the search path the run was given (--path, PYTHONPATH)."""
from . import mod

NAME = "imp_paths"
