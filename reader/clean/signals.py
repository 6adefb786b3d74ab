"""Shared per-line signals: what a line looks like, independent of which rule asks.

A *unit* is one line of the page, or one piece of a run-on line (see `structure.split_units`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple


class Unit(NamedTuple):
    line: int  # 1-based line number in the normalised page
    text: str  # the line as read, or a piece of it


# Sentence punctuation, full- and half-width; `、` and `:` are left out because list items
# and `key:value` chrome use them without being sentences. A half-width mark counts only
# after a non-ASCII character: `com?2009` and `10:50?` are a garbled dateline, not a question.
# One class that `re` scans for quickly, then a half-width mark after ASCII or at the start ruled out.
SENTENCE_PUNCT = re.compile(r"[，。；！？,;!?](?<![\x00-\x7f][,;!?])(?<!^[,;!?])")
# A line that ends a sentence, allowing closing quotes and brackets after the mark.
_FINAL = re.compile(r"(?:[。！？]|(?<=[^\x00-\x7f])[!?]|…{1,2}|\.{3,6})[”’」』\"')）\]】]{0,4}$")
_FINAL_REACH = 12  # the longest ending `_FINAL` can match, so only the tail is searched
# The characters a `_FINAL` match can end on (`$` also matches before a final newline): most
# lines end on none of them and are answered without a search.
_FINAL_LAST = frozenset("。！？!?….”’」』\"')）]】\n")
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
DASH_LED = re.compile(r"^(?:——|—|－－|--)")
# A notice's attachment list (`附件：1.…` then `2.…`) still belongs to the notice.
ATTACHMENT = re.compile(r"^附\s*件\s*\d*\s*[:：]")
NUMBERED = re.compile(r"^\d{1,2}\s*[.、．](?!\d)")
# A news story's dateline, which opens its first paragraph: `新华社乌鲁木齐11月1日电`, `本报讯`.
DATELINE = re.compile(
    r"^(?:新华社|新華社|中新社|中新网|中新網|本报|本報|本刊|本台|本网|本網)?[\u4e00-\u9fff]{0,12}?"
    r"\d{1,2}\s*月\s*\d{1,2}\s*日\s*[电電讯訊]|^(?:本报|本報|本刊|本网|本網)[讯訊]|^【[^】]{2,16}[讯訊]】"
)
# A photo's caption, which the page sets under the paragraph it illustrates: `图为参观…发祥地`.
# Read in Simplified: OpenCC's s2t writes `圖爲`, pages `圖為`.
CAPTION_OPEN = re.compile(r"^[（(【\[]?\s*(?:图为|图片为|上图|下图|左图|右图)")
# A photo's caption as Taiwan's and Hong Kong's papers and blogs mark it, the triangle pointing at the
# photo above or below it: `▲洪某某老师`, `△ 开幕式现场`. No title or subhead opens so.
CAPTION_MARK = re.compile(r"^\s*[▲△▼▽↑]")
# `（完）` and its kin close an article; they are neither text nor byline.
END_MARK = re.compile(r"[（(](?:完|全文完|待续|待續|未完待续|未完待續)[）)]")
# Menu and link separators: spaces, bars, middle dots, slashes, angle quotes.
MENU_SPLIT = re.compile(r"[\s|｜·•/>»›]+")
# A forum post's header: who posted, then when (`whb761 | 发表于 2005-8-4 21:37:32`).
POSTED = re.compile(r"^(?P<v>[^\s|｜]{2,20})\s*[|｜]?\s*(?:发表于|發表於)\s*[:：]?\s*(?=\d)")
# Labels that open a metadata line; a prose line starting with one is not article text. Written in both
# scripts, with OpenCC's s2t forms (`發佈日期`) beside the common ones (`發布日期`).
META_LABEL = re.compile(
    r"^[\[【（(]?\s*(?:(?:本文|文章|原文)(?:来自|來自|转自|轉自)|转自|轉自|转载自|轉載自|"
    r"(?:来源|來源|稿源|出处|出處|责任编辑|責任編輯|责编|責編|编辑|編輯|作者|记者|記者|通讯员|通訊員|"
    r"楼主|樓主|发表者|發表者|发布人|發[布佈]人|发布者|發[布佈]者|发帖人|發帖人|发表于|發表於|"
    r"发布时间|發[布佈]時間|发布日期|發[布佈]日期|发表时间|發表時間|日\s*期|[时時]\s*[间間]|"
    r"发布机构|發[布佈]機構|发文机关|發文機關|发文日期|發文日期|成文日期|索引号|索引號|名\s*称|名\s*稱|标\s*题|標\s*題)\s*[:：])"
)


# The labels of a government page's information-disclosure table (`索 引 号`, `发布机构`, `时 效`),
# each written with or without spaces between its characters.
TABLE_LABELS = (
    "索引号|索引號|主题分类|主題分類|组配分类|組配分類|信息分类|信息分類|体裁分类|體裁分類|服务对象|服務對象|"
    "发布机构|發布機構|发文机关|發文機關|发文机构|發文機構|发文单位|發文單位|发文日期|發文日期|成文日期|公开日期|公開日期|"
    "生成日期|上载日期|上載日期|生效时间|生效時間|生效日期|废止时间|廢止時間|废止日期|廢止日期|名称|名稱|标题|標題|"
    "发文字号|發文字號|文号|文號|主题词|主題詞|内容概述|內容概述|时效|時效|有效性|公开方式|公開方式|公开范围|公開範圍|"
    "公开时限|公開時限|所属主题|所屬主題|文件编号|文件編號|公开类别|公開類別|分类|分類"
)
TABLE_LABEL = re.compile("|".join(r"\s*".join(label) for label in TABLE_LABELS.split("|")))
# A row of that table: it opens with a label, followed by a colon, spaces or nothing.
TABLE_ROW = re.compile(rf"^(?:{TABLE_LABEL.pattern})(?:\s*[:：]|\s+|$)")


# A row whose cells were dumped with no separator (`索引号000014349/2025-20748 成文日期2025-08-12`): a
# label run into its value reads as one only when a second label follows after a space.
_GLUED_ROW = re.compile(rf"^(?:{TABLE_LABEL.pattern})\S.*?\s(?:{TABLE_LABEL.pattern}|发布日期|發布日期)")


_TABLE_FIRST = frozenset(label[0] for label in TABLE_LABELS.split("|"))  # spares the regex most lines


def is_table_row(text: str) -> bool:
    """`"索 引 号 63269453/2020-00096 分 类 / 通知"`, `"时 效 有效"`,
    `"发文机关某某乡人民政府 发布日期2025-08-12"` → True (not `"分类推进…。"`)."""
    return (
        text[:1] in _TABLE_FIRST
        and (TABLE_ROW.match(text) is not None or _GLUED_ROW.match(text) is not None)
        and not ends_sentence(text)
    )


def ends_sentence(text: str) -> bool:
    """`"…的见证。"` → True; `"管 理 篇"` → False."""
    if text[-1:] not in _FINAL_LAST:
        return False
    return _FINAL.search(text, max(0, len(text) - _FINAL_REACH)) is not None


# The chrome, metadata and structure passes each ask this of the same lines, and sites repeat theirs.
@lru_cache(maxsize=4096)
def is_prose(text: str) -> bool:
    """`"理论是行动的先导,思想是前进的旗帜。"` → True: a sentence, not a label, menu or heading."""
    if ends_sentence(text):
        return True
    return len(text) >= 30 and len(SENTENCE_PUNCT.findall(text, 0, 400)) >= 2


def is_headline(text: str) -> bool:
    """`"这些新规,下月起施行!"` → True: short enough for a title and not a full-stop sentence."""
    return len(text) <= 40 and "。" not in text


def menu_items(text: str) -> list[str]:
    """`"首页 | 新闻 | 政务"` → `["首页", "新闻", "政务"]`."""
    return [item for item in MENU_SPLIT.split(text) if item]


MENU_ITEM_MAX = 16  # characters of a menu's longest item


def is_menu(text: str, min_items: int = 4) -> bool:
    """`"趕集網  火車票  福州租房  福州公交"` → True: many short items and no sentence."""
    if SENTENCE_PUNCT.search(text):
        return False
    items = menu_items(text)
    if len(items) < min_items:
        return False
    return max(map(len, items)) <= MENU_ITEM_MAX and sum(map(len, items)) / len(items) <= 8


# The chrome, headline and dateline passes compare the same head lines by this key, many times a page.
@lru_cache(maxsize=4096)
def spaceless(text: str) -> str:
    """`某县 召开 会议` → `某县召开会议`: a line as its copies are compared, whatever spaces the page set."""
    return "".join(text.split())


def cjk_count(text: str) -> int:
    return len(CJK.findall(text))


# A line of program code or of a data table, as a forum post or a tutorial quotes it: a preprocessor
# line, a comment, a statement (`DQ=1;`, `uchar temp;`), a call, a brace, a shell command continued
# on the next line, or a row of numbers.
_CODE_COMMENT = re.compile(r"(?://|/\*|(?<![\w%])%(?![\d.]*%)|\s#\s).*$")
_CODE_SHAPE = re.compile(
    r"^(?:#\s*(?:include|define|if|ifdef|ifndef|endif|pragma|import)\b|//|/\*|\*/|%)"
    r"|^[{}()\[\];,\s]+$"
    r"|[;{}]\s*$"
    r"|\s\\$"  # a shell command continued on the next line: `docker run -d \`
    r"|^(?:if|for|while|else|do|return|switch|case|def|class|import|from|void|int|char)\b"
    r"|^[A-Za-z_\[][\w.\[\]/]*\s*[-+*/%&|^]?=(?!=)\s*\S"
    r"|^(?:[A-Za-z_]\w*\s+)?[A-Za-z_][\w.]*\s*\(.*\)\s*$"
    r"|^[\[(]?[-+]?\d+(?:\.\d+)?(?:\s+[-+]?\d+(?:\.\d+)?){3,}\s*$"
)
# A row of a table of numbers, its label first: `天数   31  29  31  30`, `闰年  1月 2月 3月 4月`.
_NUMBER = r"[-+]?\d+(?:\.\d+)?[^\s\d]?"  # `31`, `0.1512`, `1月`
_DATA_ROW = re.compile(rf"^(?:[^\s\d]{{1,4}}\s+)?(?:{_NUMBER}\s+){{3,}}{_NUMBER}$")
_CODE_ASCII = 0.8  # of a code line's characters outside its comment, at least this share is ASCII


def is_code(text: str) -> bool:
    """`DQ=1; //拉高数据线`, `#include<math.h>`, `}`, `0.15 0.10 0.12 1.07` → True; prose, menus → False."""
    line = text.strip()
    if line.startswith(("//", "/*")) or (line.startswith("%") and len(line) > 1) or _DATA_ROW.match(line):
        return True
    # Each test is a scan of the line, so the cheap ones first: a comment needs `/`, `%` or `#`; the
    # ASCII share is counted in C (what `encode` drops is what is not ASCII); most prose stops there.
    commented = "/" in line or "%" in line or "#" in line
    body = (_CODE_COMMENT.sub("", line).strip() or line) if commented else line
    if len(body.encode("ascii", "ignore")) < _CODE_ASCII * len(body):
        return False
    return _CODE_SHAPE.search(body) is not None and not is_prose(body)
