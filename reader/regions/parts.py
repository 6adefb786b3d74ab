"""The page read for place names: its title, headings and body blocks, weighted by where they stand.

Chrome the cleaner left (a publisher's footer, a menu) is dropped, a letter-spaced block (重 慶 市)
loses the spaces between its characters, and each part is folded to Simplified for matching.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from reader.document import Document
from reader.regions.gazetteer import Gazetteer

TITLE_WEIGHT, HEADING_WEIGHT, BODY_WEIGHT = 3.0, 2.0, 1.0

PINYIN_NOTE = re.compile(r"(?<=[\u3400-\u9fff])\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)")
# Publisher footers and site chrome that the cleaner may have left: they must never decide.
FOOTER = re.compile(
    r"备案|版权|©|主办|承办|协办|地址[:：]|电话[:：\d]|邮编|邮箱|举报(?:电话|邮箱|中心)|公网安备|许可证"
    r"|技术支持|网站地图|联系我们|关于我们|本文来自|来源[:：]|责任编辑|编辑[:：]|稿源|转载"
)
# Its words in Latin letters apart, in any case: a pattern ignoring case tries each word at every
# position, where one of fixed characters skips in C to where one begins. Only a line with a letter
# that may begin one (C, E or I in any case: ı and İ are I's) is searched.
FOOTER_LATIN = re.compile(r"ICP|Copyright|E-?mail", re.IGNORECASE)
FOOTER_LATIN_FIRST = re.compile("[CEIcei\u0130\u0131]")
FOOTER_MAX_LEN = 200
SENTENCE_PUNCT = re.compile(r"[。！？；，,!?;]")


class Part(NamedTuple):  # a tuple: made for every block of every page, so cheap to make
    """A title, heading or body text, read once for both scans (place names and townships)."""

    text: str  # as written
    original: str  # without glued pinyin (昆(kūn)山): what a mention quotes
    folded: str  # the same folded to Simplified, of equal length: what is matched
    weight: float


def text_parts(g: Gazetteer, doc: Document) -> list[Part]:
    """The title, subtitle, headings and body blocks that are not chrome, weighted by where they stand."""
    texts = [(doc.title, TITLE_WEIGHT)]
    if doc.subtitle:
        texts.append((doc.subtitle, HEADING_WEIGHT))
    for block in doc.blocks:
        if not is_chrome(block.text):
            texts.append((block.text, HEADING_WEIGHT if block.type == "heading" else BODY_WEIGHT))
    read = []
    for written, weight in texts:
        text = unspaced(written)
        read.append((text, PINYIN_NOTE.sub("", text) if "(" in text else text, weight))
    # The fold goes character by character, keeping the length: one call for the page, cut in parts.
    folded = g.fold("".join(original for _, original, _ in read))
    parts, at = [], 0
    for text, original, weight in read:
        parts.append(Part(text, original, folded[at : at + len(original)], weight))
        at += len(original)
    return parts


# `重 慶 市 豐 都 縣`: a page that sets a space between every character (letter-spaced, as some forums
# and old portals print) hides every name; such a block is read with the spaces between characters gone.
SPACED_PAIR = re.compile(r"(?<=[\u3400-\u9fff]) (?=[\u3400-\u9fff])")
HAN = re.compile(r"[\u3400-\u9fff]")
SPACED_MIN_SHARE = 0.5  # of the block's Han characters that a single space follows


def unspaced(text: str) -> str:
    """The block with letter-spacing removed, if most of its characters are spaced; else as it is."""
    if " " not in text:
        return text
    pairs = len(SPACED_PAIR.findall(text))
    if pairs < 2 or pairs < SPACED_MIN_SHARE * len(HAN.findall(text)):
        return text
    return SPACED_PAIR.sub("", text)


def is_chrome(text: str) -> bool:
    """A footer line (ICP备…, 地址:…) or a menu (short items without sentence punctuation)."""
    if len(text) <= FOOTER_MAX_LEN and (
        FOOTER.search(text) or (FOOTER_LATIN_FIRST.search(text) and FOOTER_LATIN.search(text))
    ):
        return True
    items = text.split()
    return len(items) >= 4 and sum(map(len, items)) <= 6 * len(items) and not SENTENCE_PUNCT.search(text)
