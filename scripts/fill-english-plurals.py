#!/usr/bin/env python3
"""Fills the unfinished numerus forms of translations/acmedesk_en.ts from the source text.

English is the source language, so acmedesk_en.ts holds only counted messages (lupdate
-pluralonly). For each unfinished one this writes the singular and the plural form:
"%n day(s)" -> "%n day" / "%n days", "%n match(es)" -> "%n match" / "%n matches".
Messages it cannot handle (no "(s)"/"(es)") are left unfinished, so
scripts/check-translations.sh keeps failing until someone writes them by hand.

Usage: scripts/fill-english-plurals.py [translations/acmedesk_en.ts]
"""
import html
import pathlib
import re
import sys

path = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else
                    pathlib.Path(__file__).resolve().parent.parent / "translations/acmedesk_en.ts")
text = path.read_text(encoding="utf-8")

# Within one message only: a finished message before an unfinished one must not be swallowed.
message = re.compile(
    r'(<message numerus="yes">(?:(?!</message>).)*?<source>(?P<source>[^<]*)</source>\s*)'
    r'<translation type="unfinished">\s*(?:<numerusform>\s*</numerusform>\s*)+</translation>',
    re.S)
left = 0


def forms(source):
    plain = html.unescape(source)
    if not re.search(r"\((e?s)\)", plain):
        return None
    singular = re.sub(r"\((e?s)\)", "", plain)
    plural = re.sub(r"\((e?s)\)", r"\1", plain)
    return singular, plural


def fill(m):
    global left
    f = forms(m.group("source"))
    if f is None:
        left += 1
        return m.group(0)
    one, many = (html.escape(s, quote=False).replace('"', "&quot;").replace("'", "&apos;")
                 for s in f)
    return (m.group(1) + "<translation>\n            <numerusform>" + one +
            "</numerusform>\n            <numerusform>" + many +
            "</numerusform>\n        </translation>")


text = message.sub(fill, text)
path.write_text(text, encoding="utf-8")
if left:
    print(f"{path}: {left} counted message(s) without (s)/(es) left unfinished", file=sys.stderr)
    sys.exit(1)
