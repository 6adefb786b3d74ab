"""Bytes to text: the encodings Chinese pages come in, told apart without trusting any label."""

from __future__ import annotations

import gzip
import zlib
from pathlib import Path

from charset_normalizer import from_bytes

from reader.corpus.errors import LoadError

# The encodings Chinese pages come in; limiting the detector to them keeps it fast and stops
# short GBK pages being taken for a Western code page.
CJK_ENCODINGS = ["utf_8", "gb18030", "big5", "utf_16", "utf_16_le", "utf_16_be"]
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def decode(data: bytes) -> str:
    """Bytes → text in whichever of the CJK encodings fits; `LoadError` for binary or undecodable data."""
    if not data.strip():
        raise LoadError("empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as e:
                raise LoadError(f"invalid {encoding} after its byte-order mark") from e
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if _looks_binary(data):
        return _utf16_without_bom(data)
    lenient = data.decode("utf-8", errors="replace")
    # A UTF-8 page with a few broken sequences keeps its text; GBK read as UTF-8 breaks almost
    # everywhere and forms a valid multi-byte sequence only by chance.
    broken = lenient.count("\ufffd")
    if sum(1 for c in lenient if c > "\x7f") - broken >= 10 * broken:
        return lenient
    best = from_bytes(data, cp_isolation=CJK_ENCODINGS).best()
    if best is None:
        raise LoadError("not text in a known encoding")
    return str(best)


# Bytes that plain text in these encodings never holds (tab, newlines, form feed and ESC aside).
_BINARY_BYTES = bytes([*range(0, 9), 0x0B, *range(0x0E, 0x1B), *range(0x1C, 0x20)])


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    return len(head.translate(None, _BINARY_BYTES)) < len(head) * 0.97


def _utf16_without_bom(data: bytes) -> str:
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if not _looks_binary(text.encode("utf-8", errors="replace")):
            return text
    raise LoadError("binary data")


def read_bytes(path: Path) -> bytes:
    try:
        data = path.read_bytes()
        return gzip.decompress(data) if path.name.endswith(".gz") else data
    except (OSError, EOFError, zlib.error, gzip.BadGzipFile) as e:
        raise LoadError(getattr(e, "strerror", None) or str(e) or type(e).__name__) from e


def read_text(path: Path) -> str:
    """A plain-text article's decoded text."""
    return decode(read_bytes(path))
