#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Carries translations over to strings that moved between contexts (a class split in two):
an unfinished message whose source text has a translation elsewhere in the file, finished or
vanished, takes that translation. Then drops the vanished messages."""
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1]
tree = ET.parse(path)
root = tree.getroot()
known = {}
for message in root.iter("message"):
    source = message.findtext("source")
    translation = message.find("translation")
    if translation is not None and translation.text and translation.get("type") in (
            None, "vanished", "obsolete"):
        known.setdefault(source, translation.text)
carried = 0
for context in root.findall("context"):
    for message in list(context.findall("message")):
        translation = message.find("translation")
        if translation is None:
            continue
        if translation.get("type") in ("vanished", "obsolete"):
            context.remove(message)
        elif translation.get("type") == "unfinished" and message.findtext("source") in known:
            translation.text = known[message.findtext("source")]
            del translation.attrib["type"]
            carried += 1
    if not context.findall("message"):
        root.remove(context)
tree.write(path, encoding="utf-8", xml_declaration=True)
with open(path, "r+", encoding="utf-8") as f:  # lupdate's own header line
    text = f.read().replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
    f.seek(0)
    f.write(text)
    f.truncate()
print(f"carried {carried} translations over")
