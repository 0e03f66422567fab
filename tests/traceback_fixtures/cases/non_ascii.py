# versions: 2.7 3.6+
# -*- coding: utf-8 -*-
def wide(n):
    return "日本語" + n


def greet(name):
    message = "héllo — " + wide(name)
    return message


greet(1)
