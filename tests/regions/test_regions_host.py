"""A gov.cn host as evidence: which units a host spells, and what its one vote may decide on a page."""

from __future__ import annotations

import pytest

from reader.document import Block, Document, Region
from reader.regions import detect_region, load_gazetteer
from reader.regions.host import gov_label, host_units, site_units

NO_PLACE = ("关于开展安全生产大检查的通知", "各单位要高度重视，认真组织开展自查自纠，确保各项措施落实到位。")
PROVINCE = ("全省安全生产工作会议召开", "四川省召开会议，部署安全生产工作。")


def detect(title: str, *paragraphs: str, url: str | None) -> Region:
    blocks = tuple(Block("paragraph", p) for p in paragraphs)
    return detect_region(Document(title=title, blocks=blocks, url=url))


def where(title: str, *paragraphs: str, url: str | None) -> tuple:
    r = detect(title, *paragraphs, url=url)
    return r.province, r.city, r.county


def names(url: str) -> set[str]:
    return {load_gazetteer().units[c].name for c in host_units(url)}


@pytest.mark.parametrize(
    ("url", "label"),
    [
        ("http://jyj.wuhai.gov.cn/jyj/jyxw/index.html", "wuhai"),  # a department before the place
        ("https://WWW.SC.GOV.CN:8443/x", "sc"),
        ("dazhou.gov.cn", "dazhou"),
        ("https://www.gov.cn/xinwen/", None),  # the central government names no region
        ("http://big5.www.gov.cn/gate/big5/", None),
        ("http://www.dazhou.com.cn/news/1.html", None),  # only gov.cn hosts
        ("http://dazhou.gov.cn.example.com/", None),
        ("http://www.12371.gov.cn/", None),
        ("http://[::1", None),
        ("", None),
    ],
)
def test_gov_label(url: str, label: str | None) -> None:
    assert gov_label(url) == label


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://www.sc.gov.cn", {"四川省"}),  # initials
        ("http://www.dazhou.gov.cn", {"达州市"}),  # pinyin
        ("http://www.bynr.gov.cn", {"巴彦淖尔市"}),  # initials, with r for the syllable er
        ("http://qqhr.gov.cn", {"齐齐哈尔市"}),
        ("http://cqjlp.gov.cn", {"九龙坡区"}),  # a parent's initials, then its child's: 重庆 + 九龙坡
        ("http://gk.ziyang.gov.cn", {"资阳市", "紫阳县", "资阳区"}),  # shared: the text must pick
        ("http://www.szft.gov.cn", set()),  # ft: two letters are too few for a county
        ("http://www.mee.gov.cn", set()),  # a ministry
    ],
)
def test_host_units(url: str, expected: set[str]) -> None:
    assert names(url) == expected


def test_a_host_decides_a_page_that_names_no_place() -> None:
    r = detect(*NO_PLACE, url="http://www.sc.gov.cn/10462/c103046/index.shtml")
    assert (r.province, r.city, r.county) == ("四川省", None, None)
    assert r.evidence == ("sc.gov.cn×1",)
    assert where(*NO_PLACE, url="http://cqjlp.gov.cn/zwxx/1.html") == ("重庆市", None, "九龙坡区")


def test_the_text_wins_over_a_host_naming_elsewhere() -> None:
    text = ("西湖区召开数字政府建设推进会", "杭州市西湖区召开会议。西湖区要求各部门落实责任。")
    assert where(*text, url="http://www.sc.gov.cn/x.html") == ("浙江省", "杭州市", "西湖区")


def test_a_host_adds_one_vote_to_the_text() -> None:
    # The text names the province; the host names the city in it. Without the host the city is open.
    assert where(*PROVINCE, url="http://www.dazhou.gov.cn/") == ("四川省", "达州市", None)
    assert where(*PROVINCE, url=None) == ("四川省", None, None)


def test_a_shared_label_votes_only_where_the_text_picks_one() -> None:
    url = "http://gk.ziyang.gov.cn/x.html"
    assert where(*NO_PLACE, url=url) == (None, None, None)
    assert where(*PROVINCE, url=url) == ("四川省", "资阳市", None)


def test_ambiguous_initials_need_the_text() -> None:
    # thx: 太湖县, 太和县, 通海县… The page names 安庆市, whose county 太湖县 is one of them.
    assert where(*NO_PLACE, url="http://zwgkw.thx.gov.cn/") == (None, None, None)
    text = ("关于开展安全生产大检查的通知", "安庆市各单位要高度重视，认真组织开展自查自纠。")
    assert where(*text, url="http://zwgkw.thx.gov.cn/") == ("安徽省", "安庆市", "太湖县")


def test_other_domains_are_no_evidence() -> None:
    assert where(*NO_PLACE, url="http://www.dazhou.com.cn/news/1.html") == (None, None, None)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://okmimi.qdjimo.com/bbs/450740.html", {"即墨区"}),  # qd 青岛 + jimo 即墨
        ("HTTPS://BBS.JIMO.NET:8080/t/1.html", {"即墨区"}),
        ("jimo.net/x", {"即墨区"}),
        ("http://www.example.com/jimo/", set()),  # a path names no site
        ("http://bbs.qq.com/", set()),  # short labels are a site's parts
        ("", set()),
    ],
)
def test_site_units(url: str, expected: set[str]) -> None:
    assert {load_gazetteer().units[c].name for c in site_units(url)} == expected
