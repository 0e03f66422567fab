print("pkg.inner: __init__ running")
