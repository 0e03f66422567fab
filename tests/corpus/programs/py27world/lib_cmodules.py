# versions: 2.7
# The C modules 2.7's own library imports, by their names, take 2.7 strings as 2.7's did.
import _random, _struct
r = _random.Random(); r.seed('abc'); print r.random(), repr(r.getrandbits(40)), r.getrandbits(8)
r.seed(3.25); print r.random()
r.seed((1, 2)) if False else None
print _struct.pack('>h', 3) == '\x00\x03'
import _md5, _sha, _sha256, _sha512
print _md5.new('a').hexdigest(), _sha.new('a').hexdigest(), _sha256.sha224('a').hexdigest()[:16], _sha512.sha384('a').hexdigest()[:16]
h = _sha256.sha256(); h.update('ab'); h2 = h.copy(); h2.update('c'); print h.hexdigest()[:16], repr(h2.digest()[:4])
