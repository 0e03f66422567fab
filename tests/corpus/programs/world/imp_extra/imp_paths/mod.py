def where():
    return "imp_paths.mod"
