# versions: 2.7 3.6+
def first_plus_second(items):
	if items:
		return items[0] + items[1]


first_plus_second([1, "x"])
