# versions: 3.8+
# needs: host-stdlib
# A real package: pycodestyle registers its checks by inspect.isfunction and reads their
# parameter names with inspect.signature, then checks a file.
import inspect

import pycodestyle

checks = pycodestyle._checks
print(len(checks["physical_line"]), len(checks["logical_line"]), len(checks["tree"]))
print(sorted(f.__name__ for f in checks["logical_line"])[:5])
print(inspect.isfunction(pycodestyle.tabs_obsolete), pycodestyle._get_parameters(pycodestyle.comparison_to_singleton))


@pycodestyle.register_check
def no_lambda_names(logical_line, tokens):
    r"""X100: a name ends in _lambda? (a check of the program's own)"""
    if logical_line.startswith("l = lambda"):
        yield 0, "X100 a lambda bound to l"


style = pycodestyle.StyleGuide(select=["E", "W", "X"], quiet=False)
report = style.check_files(["sample_code.txt"])
print("total", report.total_errors)
for code, count in sorted(report.counters.items()):
    if code[0] in "EWX":
        print(code, count)
