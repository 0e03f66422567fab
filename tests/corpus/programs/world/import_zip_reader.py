# versions: 3.7+
# path: imp_lib.zip
# A zipped package's resources through its loader's resource reader (3.7+).
import imp_zpkg

reader = imp_zpkg.__spec__.loader.get_resource_reader("imp_zpkg")
with reader.open_resource("data.txt") as f:
    print(f.read())
print(reader.is_resource("data.txt"))
print(reader.is_resource("nothing.txt"))
try:
    reader.resource_path("data.txt")
except FileNotFoundError:
    print("resource_path: FileNotFoundError (no file system path inside an archive)")
