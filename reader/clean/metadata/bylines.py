"""Rule `metadata.byline` outside labelled lines: what a name looks like, and the names that sign
an article without a label (a reporter in the lead's brackets, a name closing the last paragraph,
an organisation or a person alone above the first paragraph)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.clean.metadata.lines import last_open

BYLINE = "metadata.byline"

# A labelled value: a name or an organisation, and further names after single spaces
# unless a word is itself a label (`作者:李华 张明 时间:…` → `李华 张明`).
_WORD = r"[^\s,，。;；:：|｜()（）【】\[\]?？]"
ROLE = r"通[讯訊][员員]|[记記]者|[编編][辑輯]|[摄攝]"
# A reporter's title that may stand between a label and the name (`作者:記者 吳艷虹`, `全媒体记者王晗笑`).
PRESS = (
    r"(?:本[报報刊台网網]|特[约約]|全媒[体體]|融媒[体體]|首席|"
    r"[\u4e00-\u9fff]{0,10}?(?:杂志|雜誌|日[报報]|晚[报報]|[电電][视視]台|[广廣]播))?(?:记者|記者)"
)
# Words that start another field, never a further name: `楼主：老王 发表于 2005-5-7`.
_NEXT_FIELD = r"\d|[发發][表布佈]|[时時][间間]|日期|[来來]源"
# Further names may follow their own role: `安佳璐 通讯员 曹杰 杨海艳`, `沈祖轩  本刊记者  黄薇`.
_NAME_ROLE = rf"(?:{PRESS}|通[讯訊][员員])"
VALUE = (
    rf"(?P<v>{_WORD}{{2,20}}(?:\s{{1,2}}(?:{_NAME_ROLE}\s{{0,2}})?(?!{ROLE}|{_NEXT_FIELD})"
    rf"{_WORD}{{2,4}}(?!{_WORD}*[:：]))*)"
)
ORG_BYLINE = re.compile(
    r"^[\u4e00-\u9fffA-Za-z0-9]{2,14}(?:[（(][\u4e00-\u9fff]{2,16}[）)][\u4e00-\u9fff]{0,8})?(?:党总支|党支部|党委|党组|党工委|工委|办公室|委员会|人民政府|政府|局|厅|委|办|"
    r"中心|报社|記者站|记者站|研究室|组织部|宣传部|统战部|支部)$"
)


def without_roles(value: str) -> str | None:
    """`安佳璐 通讯员 曹杰` → `安佳璐 曹杰`: the roles between the names go."""
    return " ".join(re.sub(_NAME_ROLE, " ", value).split()) or None


_LEAD_BYLINE = re.compile(rf"^.{{0,30}}?[（(]\s*{PRESS}\s*{VALUE}")


def read_lead_byline(text: str) -> str | None:
    """`本报海口3月19日讯（记者 张三 通讯员 李四）近日，…` → author `张三 李四`; the paragraph stays."""
    m = _LEAD_BYLINE.match(text)
    return without_roles(m.group("v")) if m else None


_NAMES = (
    r"(?:(?:记者|記者|通讯员|通訊員|作者|文|[图圖])\s*[:：/]?\s*)?"
    r"(?P<v>[\u4e00-\u9fff·]{2,4}(?:[\s、][\u4e00-\u9fff·]{2,4}){0,3})"
    # more names after their roles: `记者/梁乾胜通讯员/姚虹伊`
    r"(?:\s*(?:通讯员|通訊員|[摄攝]影?|[图圖])\s*[:：/]?\s*[\u4e00-\u9fff·]{2,4})*"
)
_TRAILING_BYLINE = re.compile(rf"(?<=[。！？!?”」])\s*(?P<paren>[（(]{_NAMES}[）)])\s*$")
_PAREN_BYLINE = re.compile(rf"^[（(]{_NAMES}[）)]$")
_NOT_NAMES = frozenset({"待续", "待續", "未完待续", "未完待續", "全文完", "完", "续", "續"})


# A role written after a name: `汪洋摄`, and `文` after a four-character run (`黄崇森文`; `陈晓文` is a name).
_ROLE_AFTER = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:[摄攝]影?|[图圖])$|(?<=[\u4e00-\u9fff]{3})文$")


def _names(value: str) -> str:
    """`黄崇森文 汪洋摄` → `黄崇森 汪洋`: the roles written after the names go."""
    return " ".join(_ROLE_AFTER.sub("", name) for name in value.split())


def paren_byline(text: str) -> str | None:
    """`(王鹏)` alone on its line → `王鹏`."""
    m = _PAREN_BYLINE.match(text)
    return _names(m.group("v")) if m and m.group("v") not in _NOT_NAMES else None


def trailing_byline(text: str) -> tuple[str, str, str] | None:
    """`…變為美好現實。(賀欣瑜)` → (`…變為美好現實。`, `(賀欣瑜)`, `賀欣瑜`)."""
    m = _TRAILING_BYLINE.search(text)
    if not m or m.group("v") in _NOT_NAMES:
        return None
    return text[: m.start("paren")].rstrip(), m.group("paren"), _names(m.group("v"))


# Common surnames, so that a lone name above the text (`刘金新`, `孙 璐`) is told from a heading (`引言`).
_SURNAMES = (
    "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖萧蕭田董袁潘"
    "于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付方白邹鄒孟熊秦邱江尹薛闫閆段雷侯龙龍"
    "史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯常温溫康施文牛樊葛邢安齐齊易乔喬伍庞龐颜顏倪庄莊聂聶章鲁魯岳翟殷詹申欧歐耿关關兰蘭焦俞左柳甘祝包宁寧尚符舒阮柯纪紀梅童凌毕畢单單季裴霍涂成苗谷盛曲翁冉骆駱蓝藍路游辛靳管柴蒙鲍鮑华華喻祁蒲房滕屈饶饒解牟艾尤阳陽时時穆农農司卓古吉缪繆简簡车車项項连連芦蘆麦麥褚娄婁窦竇戚岑景党宫宮费費卜冷晏席卫衛米柏宗瞿桂全佟应應臧闵閔苟邬鄔边邊卞姬师師和仇栾欒隋商刁沙荣榮巫寇桑郎甄丛叢仲虞敖巩鞏明佘池查麻苑迟遲邝鄺"
)
# Three characters, or a surname spaced from its name (`孙 璐`): two bare characters are as
# often a column's name (`时政`, `党建`) as a person's.
PERSON = re.compile(rf"^[{_SURNAMES}](?:[\u4e00-\u9fff]{{2}}|\s{{1,3}}[\u4e00-\u9fff]{{1,2}})$")


_AFFILIATION = re.compile(r"^[（(][^()（）]{4,60}[)）]$")


def org_above_text(texts: Sequence[str], out: list[str | None], title_at: int, first: int) -> str | None:
    """`区政务服务局党总支` or `刘金新` alone right above the first paragraph signs it; two are text."""
    at = last_open(texts, out, title_at + 1, first) if first < len(texts) else None
    if at is not None and _AFFILIATION.match(texts[at]):  # `许翾` over `(浙江大学 公共管理学院, 浙江 杭州)`
        at = last_open(texts, out, title_at + 1, at)
    if at is None or not (ORG_BYLINE.match(texts[at]) or PERSON.match(texts[at])):
        return None
    before = last_open(texts, out, title_at + 1, at)
    if before is not None and (ORG_BYLINE.match(texts[before]) or PERSON.match(texts[before])):
        return None
    out[at] = BYLINE
    return texts[at]
