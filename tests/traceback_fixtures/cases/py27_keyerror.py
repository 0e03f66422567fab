# versions: 2.7
{}["caf\xc3\xa9\n"]
