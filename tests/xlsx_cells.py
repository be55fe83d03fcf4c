#!/usr/bin/env python3
"""Prints what an .xlsx holds as JSON, read as Excel would: with zipfile and
the sheet XML only (no openpyxl), for the tests of the table downloads.

{"sheets": [names], "cells": {"A1": {"type": "n"|"s", "value": 6.7|"text",
 "format": "0.0%", "bold": true}}, "frozen": {"rows": 3, "columns": 1},
 "widths": {"1": 14.0}, "zip_dates": [[1980, 1, 1, 0, 0, 0], ...], "created": "…"}
"""
import json
import sys
import zipfile
import xml.etree.ElementTree as ET

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
BUILTIN_FORMATS = {0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%"}


def main(path):
    z = zipfile.ZipFile(path)
    strings = [
        "".join(t.text or "" for t in si.iter("{%s}t" % NS["m"]))
        for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", NS)
    ] if "xl/sharedStrings.xml" in z.namelist() else []
    styles = ET.fromstring(z.read("xl/styles.xml"))
    formats = dict(BUILTIN_FORMATS)
    for f in styles.findall("m:numFmts/m:numFmt", NS):
        formats[int(f.get("numFmtId"))] = f.get("formatCode")
    fonts = [f.find("m:b", NS) is not None for f in styles.findall("m:fonts/m:font", NS)]
    xfs = styles.findall("m:cellXfs/m:xf", NS)
    workbook = ET.fromstring(z.read("xl/workbook.xml"))
    sheets = [s.get("name") for s in workbook.findall("m:sheets/m:sheet", NS)]
    sheet = ET.fromstring(z.read("xl/worksheets/sheet1.xml"))
    cells = {}
    for c in sheet.iter("{%s}c" % NS["m"]):
        v = c.find("m:v", NS)
        if v is None:
            continue
        xf = xfs[int(c.get("s", "0"))]
        kind = c.get("t", "n")
        cells[c.get("r")] = {
            "type": kind,
            "value": strings[int(v.text)] if kind == "s" else float(v.text),
            "format": formats.get(int(xf.get("numFmtId", "0")), "?"),
            "bold": fonts[int(xf.get("fontId", "0"))],
        }
    pane = sheet.find("m:sheetViews/m:sheetView/m:pane", NS)
    frozen = {"rows": int(float(pane.get("ySplit", "0"))), "columns": int(float(pane.get("xSplit", "0")))} if pane is not None else {}
    widths = {c.get("min"): float(c.get("width")) for c in sheet.findall("m:cols/m:col", NS)}
    core = ET.fromstring(z.read("docProps/core.xml"))
    created = core.find("{http://purl.org/dc/terms/}created")
    print(json.dumps({
        "sheets": sheets,
        "cells": cells,
        "frozen": frozen,
        "widths": widths,
        "zip_dates": [list(i.date_time) for i in z.infolist()],
        "created": created.text if created is not None else "",
    }))


if __name__ == "__main__":
    main(sys.argv[1])
