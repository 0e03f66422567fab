# versions: 2.7
# unittest's and argparse's output as 2.7 words it, over the host's modules.
import unittest, sys, StringIO
class T(unittest.TestCase):
    def test_ok(self):
        self.assertEqual(1, 1)
    def test_fail(self):
        self.assertEqual([1, 2], [1, 3])
    def test_err(self):
        {}['k']
    def test_true(self):
        self.assertTrue(0, 'msg here')
    @unittest.skip('why')
    def test_skip(self):
        pass
s = StringIO.StringIO()
r = unittest.TextTestRunner(stream=s, verbosity=2).run(unittest.TestLoader().loadTestsFromTestCase(T))
import re
print re.sub(r'in \d+\.\d+s', 'in Xs', s.getvalue())
print r.wasSuccessful(), len(r.failures), len(r.errors)
import argparse
p = argparse.ArgumentParser(prog='prog', description='Does things.')
p.add_argument('--count', type=int, default=1, help='how many')
p.add_argument('name', help='who')
p.add_argument('-v', action='store_true')
print p.format_help()
print p.parse_args(['-v', 'bob', '--count', '3'])
try:
    p.parse_args([])
except SystemExit as e:
    print 'exit', e.code
try:
    p.parse_args(['x', '--count', 'many'])
except SystemExit as e:
    print 'exit', e.code
q = argparse.ArgumentParser(prog='q')
q.add_argument('--need', required=True)
try:
    q.parse_args([])
except SystemExit as e:
    print 'exit', e.code
sub = argparse.ArgumentParser(prog='s').add_subparsers(dest='cmd')
sub.add_parser('go').add_argument('--fast', action='store_true')
print sub._name_parser_map['go'].parse_args(['--fast'])
