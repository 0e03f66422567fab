# versions: 2.7 3.6+
import json
try:
    json.loads("{bad")
except ValueError:
    open("/nonexistent/file.txt")
