#!/usr/bin/env python3
"""Fills salesaudit_ru.ts (and the numerus forms of salesaudit_en.ts) from ru_texts.py.
Run after `cmake --build build --target salesaudit_app_lib_lupdate`; reports untranslated texts."""
import html
import pathlib
import re
import sys

here = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(here))
from ru_texts import RU, RU_NUMERUS, EN_NUMERUS  # noqa: E402

MSG = re.compile(r'<message( numerus="yes")?>(.*?)</message>', re.S)


def fill(path, texts, numerus):
    text = path.read_text(encoding='utf-8')
    missing = []

    def one(m):
        body = m.group(2)
        src = html.unescape(re.search(r'<source>(.*?)</source>', body, re.S).group(1))
        if m.group(1):
            forms = numerus.get(src)
            if not forms:
                missing.append(src)
                return m.group(0)
            tr = '<translation>' + ''.join(f'<numerusform>{html.escape(f, quote=False)}</numerusform>' for f in forms) + '</translation>'
        else:
            if src not in texts:
                if texts:
                    missing.append(src)
                return m.group(0)
            tr = f'<translation>{html.escape(texts[src], quote=False)}</translation>'
        body = re.sub(r'<translation[^>]*?(/>|>.*?</translation>)', tr, body, flags=re.S)
        return f'<message{m.group(1) or ""}>{body}</message>'

    path.write_text(MSG.sub(one, text), encoding='utf-8')
    return missing


missing = fill(here / 'salesaudit_ru.ts', RU, RU_NUMERUS)
fill(here / 'salesaudit_en.ts', {}, EN_NUMERUS)
for m in missing:
    print('untranslated:', repr(m))
sys.exit(1 if missing else 0)
