VALUE = "beta, from the portion on the search path"
