VALUE = "found after the program appended its directory to sys.path"
