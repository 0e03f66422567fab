# versions: 3.6+
# Import errors as each version words them.


def show(label, source):
    try:
        exec(source, {})
    except Exception as e:
        print("%s: %s: %s" % (label, type(e).__name__, e))
    else:
        print("%s: ok" % label)


show("import", "import nonexistent_module_x")
show("import dotted", "import nonexistent_module_x.sub")
show("from import", "from nonexistent_module_x import y")
show("from sys", "from sys import nonexistent_name_x")
