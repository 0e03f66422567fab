import helper
from helper import twice
NAME = "p27pkg"
