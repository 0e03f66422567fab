# versions: 2.7 3.6+
import errhelper
print(sorted(errhelper.parse_record("ann,30").items()))
print(errhelper.parse_record("bob,unknown"))
