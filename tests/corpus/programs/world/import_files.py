# versions: 3.9+
# A package's data files through importlib.resources.files() (3.9+).
import importlib.resources

root = importlib.resources.files("imp_data")
print(root.joinpath("greeting.txt").read_text())
print(root.joinpath("greeting.txt").is_file())
print((root / "sub" / "table.csv").read_bytes())
print((root / "sub").is_dir())
print(sorted(p.name for p in root.iterdir() if p.name != "__pycache__"))
print(sorted(p.name for p in (root / "sub").iterdir()))
with importlib.resources.as_file(root / "greeting.txt") as path:
    print(path.name)
