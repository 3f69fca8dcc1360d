"""Binary assets of the demo portal: attachments and images (tiny, deterministic, real formats),
stylesheets and the shared script."""

from __future__ import annotations

import html
import struct
import zipfile
import zlib


# ----------------------------------------------------------------------------------------------
# Binary assets: attachments, images (tiny, deterministic, real formats)
# ----------------------------------------------------------------------------------------------
def png_bytes(w: int, h: int, seed: int) -> bytes:
    rows = []
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            row += bytes(((x * 255 // max(w - 1, 1) + seed * 40) % 256,
                          (y * 255 // max(h - 1, 1) + seed * 70) % 256,
                          (160 + seed * 25) % 256))
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(t: bytes, d: bytes) -> bytes:
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def jpeg_bytes(w: int, h: int, seed: int) -> bytes:
    """A tiny real baseline grayscale JPEG: one flat 8x8 block per DC value (a blocky gradient)."""
    bw, bh = (w + 7) // 8, (h + 7) // 8
    out = bytearray(b"\xff\xd8")
    out += b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    out += b"\xff\xdb" + struct.pack(">H", 67) + b"\x00" + bytes([1] * 64)  # quant table of ones
    out += b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, h, w, 1) + b"\x01\x11\x00"
    # DC table: categories 0..11 all with 4-bit codes; AC table: only EOB (0x00) with a 1-bit code.
    dc_bits = [0, 0, 0, 12] + [0] * 12
    out += b"\xff\xc4" + struct.pack(">H", 2 + 1 + 16 + 12) + b"\x00" + bytes(dc_bits) + bytes(range(12))
    ac_bits = [1] + [0] * 15
    out += b"\xff\xc4" + struct.pack(">H", 2 + 1 + 16 + 1) + b"\x10" + bytes(ac_bits) + b"\x00"
    out += b"\xff\xda" + struct.pack(">HB", 8, 1) + b"\x01\x00" + b"\x00\x3f\x00"
    bits: list[int] = []

    def put(value: int, n: int) -> None:
        bits.extend((value >> (n - 1 - i)) & 1 for i in range(n))

    prev = 0
    for by in range(bh):
        for bx in range(bw):
            level = (bx * 200 // max(bw - 1, 1) + by * 40 // max(bh - 1, 1) + seed * 30) % 230 + 10
            dc = (level - 128) * 8  # DC coefficient of a flat block with quant 1
            diff, prev = dc - prev, dc
            cat = abs(diff).bit_length()
            put(cat, 4)
            if cat:
                put(diff if diff > 0 else diff + (1 << cat) - 1, cat)
            put(0, 1)  # EOB
    while len(bits) % 8:
        bits.append(1)
    data = bytearray()
    for i in range(0, len(bits), 8):
        byte = int("".join(map(str, bits[i:i + 8])), 2)
        data.append(byte)
        if byte == 0xFF:
            data.append(0)
    out += data + b"\xff\xd9"
    return bytes(out)


def pdf_bytes(title: str) -> bytes:
    text = title.encode("ascii", "replace").decode().replace("(", "[").replace(")", "]")
    stream = ("BT /F1 14 Tf 72 760 Td (%s) Tj ET" % text).encode()
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def ooxml_bytes(kind: str, title: str) -> bytes:
    import io
    buf = io.BytesIO()
    ts = (2023, 1, 1, 0, 0, 0)

    def add(zf: zipfile.ZipFile, name: str, data: str) -> None:
        zi = zipfile.ZipInfo(name, ts)
        zi.compress_type = zipfile.ZIP_DEFLATED
        zf.writestr(zi, data.encode("utf-8"))

    with zipfile.ZipFile(buf, "w") as zf:
        if kind == "docx":
            add(zf, "[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
            add(zf, "_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
            add(zf, "word/document.xml", '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:body></w:document>' % html.escape(title))
        else:
            add(zf, "[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
            add(zf, "_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
            add(zf, "xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
            add(zf, "xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
            add(zf, "xl/worksheets/sheet1.xml", '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>%s</t></is></c></row></sheetData></worksheet>' % html.escape(title))
    return buf.getvalue()


def attachment_bytes(fname: str, title: str) -> bytes:
    ext = fname.rsplit(".", 1)[1].lower()
    if ext == "pdf":
        return pdf_bytes("Qinghe demo attachment " + fname)
    if ext in ("docx", "xlsx"):
        return ooxml_bytes(ext, title)
    # .doc / .xls: an OLE2 compound-file signature and padding (a dummy, like many scanned uploads)
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + title.encode("utf-8")


CSS = {
    "style.css": "body{margin:0;font:14px/1.8 'Microsoft YaHei',sans-serif;color:#333}.w1200{width:1200px;margin:0 auto}"
                 ".main-nav ul{display:flex;background:#b40000;margin:0;padding:0;list-style:none}.main-nav a{color:#fff;padding:0 14px;line-height:44px}"
                 ".article h1{text-align:center;font-size:26px;color:#b40000}.info-bar span{margin:0 10px;color:#888}"
                 ".content-wrap{display:flex}.article{flex:1}.sidebar{width:300px}.footer{background:#f2f2f2;text-align:center;padding:20px 0}\n",
    "old.css": "body{margin:0;font-size:12px;background:#f0f0f0}td.title{font-family:'宋体'}.nav a{text-decoration:none}\n",
    "xxgk.css": "@import url(/css/style.css);.xxgk-meta th{background:#f5f5f5;width:110px;text-align:right}.xxgk-meta td{border:1px solid #ddd}\n",
    "county.css": "body{margin:0;background:#dfe8f0;font-family:'新細明體',serif}.news_content{line-height:200%}\n",
    "seed.css": "body{margin:0;font:15px/1.9 serif}.w1000{width:1000px;margin:0 auto}.detail-title{text-align:center}"
                ".seed-footer{background:#1d4e89;color:#fff;text-align:center;padding:16px}\n",
}

COMMON_JS = """function doZoom(size){var z=document.getElementById('zoom');if(z){z.style.fontSize=size+'px';}}
function setSize(size){doZoom(size);}
function goPage(n){var v=parseInt(document.getElementById('goPage').value,10);if(v>=1&&v<=n){location.href=v==1?'index.html':'page_'+v+'.html';}}
function wza(){alert('无障碍浏览');}
"""


