# versions: 2.7
# needs: own-stdlib
# What 2.7's own library does with the interpreter's built-ins and C modules: a built-in
# function kept as a class attribute does not bind (unittest's sortTestMethodsUsing = cmp),
# `from types import *` gives 2.7's names (pickle, xmlrpclib), operator.div is classic
# division (fractions), 2.7's C modules (_md5, io's BytesIO over _io) take 2.7 strings.
import operator
import unittest
from fractions import Fraction
from types import *


class Sorter(object):
    order = cmp


print Sorter().order(1, 2), Sorter.order(2, 1), cmp
print IntType, StringTypes, LongType, ClassType, NoneType
print operator.div(7, 2), operator.div(7.0, 2), operator.idiv(9, 4), operator.isCallable(len)
print Fraction(3, 4) / 2, Fraction(1, 3) + Fraction(1, 6), repr(Fraction('1.5')), Fraction(5, 10).limit_denominator(3)
print operator.div(Fraction(1, 2), 3)


class T(unittest.TestCase):
    def test_b(self):
        pass

    def test_a(self):
        pass

    def test_c(self):
        pass


print unittest.TestLoader().getTestCaseNames(T)

import _md5
import io
print _md5.new('a').hexdigest(), repr(io.BytesIO('a\nb\n').readlines())
