# -*- coding: utf-8 -*-
# versions: 2.7 3.6+
# path: imp_vendor
# A real package from PyPI (text-unidecode 1.3, see imp_vendor/NOTICE and its LICENSE): it reads its
# table with pkgutil.get_data when imported.
from __future__ import unicode_literals

from text_unidecode import unidecode

for text in ["Ñandú", "Ελληνικά", "Москва", "北京市", "ﬁancé — “quoted”", "naïve café"]:
    print(unidecode(text))
print(len(unidecode("日本語")))
