# versions: 2.7 3.6+
import weird_source

try:
    weird_source.form_feed(1)
except TypeError:
    weird_source.long_line(1)
