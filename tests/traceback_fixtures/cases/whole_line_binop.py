# versions: 2.7 3.6+
a = 1
b = "2"
a + b
