# versions: 2.7 3.6+
def label(prefix, count):
    text = prefix + "-" + count
    return text


label("item", 3)
