# versions: 3.7+
# A package's resources through its loader (3.7+): get_data, get_filename, is_package,
# get_resource_reader.
import os

import imp_data
import imp_data.helpers

reader = imp_data.__spec__.loader.get_resource_reader("imp_data")
with reader.open_resource("greeting.txt") as f:
    print(f.read())
print(reader.is_resource("greeting.txt"))
print(reader.is_resource("sub"))
print(reader.is_resource("nothing.txt"))
print(sorted(name for name in reader.contents() if name != "__pycache__"))
print(open(reader.resource_path("greeting.txt"), "rb").read())
loader = imp_data.__spec__.loader
print(loader.get_data(os.path.join(imp_data.__path__[0], "sub", "table.csv")))
print(os.path.basename(loader.get_filename("imp_data")))
print(loader.is_package("imp_data"))
print(imp_data.helpers.__spec__.loader.is_package("imp_data.helpers"))
print(imp_data.helpers.__spec__.loader.get_resource_reader("imp_data.helpers") is None)
