VALUE = "alpha, from the portion beside the program"
