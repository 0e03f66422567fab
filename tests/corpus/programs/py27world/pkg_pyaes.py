# versions: 2.7
# pyaes 1.6.1 (pure-Python AES, vendored unmodified): 2.7 str keys and data through struct/bytes code.
import pyaes, binascii, hashlib
key = hashlib.sha256('my secret').digest()
print binascii.hexlify(key)
aes = pyaes.AESModeOfOperationCTR(key, counter=pyaes.Counter(42))
ct = aes.encrypt('Text may be any length you wish, no padding is required.')
print binascii.hexlify(ct)
print pyaes.AESModeOfOperationCTR(key, counter=pyaes.Counter(42)).decrypt(ct)
ecb = pyaes.AESModeOfOperationECB('0123456789abcdef')
block = ecb.encrypt('sixteen bytes!!!')
print repr(block), ecb.decrypt(block)
iv = 'InitializationVe'
enc = pyaes.Encrypter(pyaes.AESModeOfOperationCBC(key, iv=iv))
c = enc.feed('a' * 40) + enc.feed()
print len(c), binascii.hexlify(c)[:32]
dec = pyaes.Decrypter(pyaes.AESModeOfOperationCBC(key, iv=iv))
print dec.feed(c) + dec.feed()
