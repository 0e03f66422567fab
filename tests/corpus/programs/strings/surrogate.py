# versions: 2.7 3.6+
lone = u'\udc80'
mixed = u'ab\udc80cd\ud800'
print(repr(lone))
print(ascii(lone) if str is not bytes else repr(lone))
print(repr(mixed))
print(len(mixed))
print(mixed[2] == lone)
print(repr(mixed.upper()))
print(ord(lone))
print(hex(ord(mixed[-1])))
print(repr(lone + u'x'))
print(repr(u'\udc80' * 3))
print(u'\udc80' in mixed)
print(mixed.find(lone))
print(repr(mixed.replace(lone, u'?')))
print(repr(mixed.encode('utf-8', 'replace')))
print(repr(lone.encode('utf-8', 'surrogatepass') if str is not bytes else lone.encode('utf-8')))
print(repr(mixed.encode('ascii', 'backslashreplace')))
try:
    lone.encode('ascii')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError %d %d' % (e.start, e.end))
