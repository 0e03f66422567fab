# versions: 3.9+
# path: imp_lib.zip
# A zipped package's data through importlib.resources.files() (3.9+).
import importlib.resources

root = importlib.resources.files("imp_zpkg")
print(root.joinpath("data.txt").read_bytes())
print(root.joinpath("data.txt").read_text())
print(root.joinpath("data.txt").is_file())
print(sorted(p.name for p in root.iterdir()))
