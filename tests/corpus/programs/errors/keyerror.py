# versions: 2.7 3.6+
inventory = {"apples": 3, "pears": 0}
for fruit in ["apples", "pears", "plums"]:
    print("%s: %d" % (fruit, inventory[fruit]))
