"""Writes the images bench/branding/branding.toml names into DIR: plain
PNGs made with zlib, and an SVG."""
import struct, sys, zlib
from pathlib import Path

def png(width, height, rgb):
    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))
    row = b"\x00" + bytes(rgb) * width
    raw = zlib.compress(row * height, 9)
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")

out = Path(sys.argv[1])
(out / "banner-logo.png").write_bytes(png(240, 60, (122, 31, 43)))
(out / "square-logo.png").write_bytes(png(240, 240, (122, 31, 43)))
(out / "favicon.png").write_bytes(png(64, 64, (122, 31, 43)))
(out / "background.png").write_bytes(png(1920, 1080, (246, 241, 238)))
(out / "square-logo-dark.svg").write_text(
    '<svg xmlns="http://www.w3.org/2000/svg" width="240" height="240" viewBox="0 0 240 240">'
    '<rect width="240" height="240" fill="#f6f1ee"/><circle cx="120" cy="120" r="80" fill="#7a1f2b"/></svg>'
)
