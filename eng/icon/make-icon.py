#!/usr/bin/env python3
"""Draws the packages' icon (icon.png, 128x128 RGBA): a profile page with a folded corner and a
pair of code brackets on a blue tile. Standard library only (zlib); run from anywhere:

    python3 eng/icon/make-icon.py

The output is deterministic, so re-running it leaves icon.png byte-identical unless this script changed.
"""
import math
import os
import struct
import zlib

SIZE = 128
SCALE = 4  # supersampling per axis, for smooth edges

TILE = (31, 94, 204)
PAGE = (255, 255, 255)
FOLD = (196, 214, 240)
MARK = (31, 94, 204)


def rounded_rect(x, y, left, top, right, bottom, radius):
    cx = min(max(x, left + radius), right - radius)
    cy = min(max(y, top + radius), bottom - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2 and left <= x <= right and top <= y <= bottom


def near_segment(x, y, ax, ay, bx, by, half_width):
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(x - (ax + t * dx), y - (ay + t * dy)) <= half_width


def colour_at(x, y):
    if not rounded_rect(x, y, 4, 4, 124, 124, 24):
        return None
    fold = 24
    in_corner = x > 98 - fold and y < 18 + fold
    cut_off = in_corner and (x - (98 - fold)) > (y - 18)  # above the fold's diagonal: the tile shows
    page = 30 <= x <= 98 and 18 <= y <= 110 and not cut_off
    if page:
        if in_corner:
            return FOLD
        strokes = [
            (56, 50, 44, 64), (44, 64, 56, 78),   # <
            (72, 50, 84, 64), (84, 64, 72, 78),   # >
            (66, 46, 62, 82),                     # /
        ]
        if any(near_segment(x, y, *s, 3.2) for s in strokes):
            return MARK
        return PAGE
    return TILE


def render():
    rows = []
    for py in range(SIZE):
        row = bytearray([0])  # filter: none
        for px in range(SIZE):
            acc = [0, 0, 0, 0]
            for sy in range(SCALE):
                for sx in range(SCALE):
                    c = colour_at(px + (sx + 0.5) / SCALE, py + (sy + 0.5) / SCALE)
                    if c is not None:
                        acc[0] += c[0]
                        acc[1] += c[1]
                        acc[2] += c[2]
                        acc[3] += 255
            n = SCALE * SCALE
            covered = acc[3] // 255
            if covered == 0:
                row += bytes(4)
            else:
                row += bytes([acc[0] // covered, acc[1] // covered, acc[2] // covered, acc[3] // n])
        rows.append(bytes(row))
    return b"".join(rows)


def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def main():
    header = struct.pack(">IIBBBBB", SIZE, SIZE, 8, 6, 0, 0, 0)  # 8-bit RGBA
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(render(), 9)) + chunk(b"IEND", b"")
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "icon.png")
    with open(path, "wb") as f:
        f.write(png)
    print(path, len(png), "bytes")


if __name__ == "__main__":
    main()
