WHO = "the program's own attr"
