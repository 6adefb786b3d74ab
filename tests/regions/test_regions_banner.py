"""The publisher a site's removed banner or footer names, as evidence of the page's place.

Whole pages go through the engine (the cleaner removes the chrome, the detector reads what it
removed), in Simplified and in OpenCC's three Traditional forms; the rules that combine several
publishers are checked on Documents whose removed lines are given.
"""

from __future__ import annotations

import pytest

from reader import engine
from reader.clean.chrome.runs import TEASER
from reader.clean.chrome.zones import FOOTER, HEADER
from reader.clean.metadata.fields import SOURCE
from reader.convert import convert
from reader.document import TRADITIONAL, Article, Block, Document, Region, Removal
from reader.regions import detect_region, load_gazetteer
from reader.regions.banner import publisher_end
from reader.regions.late_votes import deepest_common

SCRIPTS = ("simplified", *TRADITIONAL)
NO_PLACE = (
    "关于开展安全生产大检查的通知",
    "各单位要高度重视，认真组织开展自查自纠，确保各项措施落实到位。\n\n各部门要加强协作配合，压实责任，确保工作取得实效。",
)


def page(head: str, title: str, body: str, foot: str = "联系我们") -> str:
    """A portal's page: a banner, a breadcrumb, the article, a footer."""
    return f"{head}\n\n首页 > 新闻中心 > 工作动态\n\n{title}\n\n发布时间：2024-03-01\n\n{body}\n\n{foot}\n"


def region(text: str, script: str = "simplified") -> Region:
    written = convert(text, script, "simplified")  # type: ignore[arg-type]
    return engine.analyse(Article("x", "x.txt", written)).region


def where(text: str, script: str = "simplified") -> tuple:
    r = region(text, script)
    return r.province, r.city, r.county


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    ("head", "foot", "expected"),
    [
        ("达州市人民政府门户网站", "联系我们", ("四川省", "达州市", None)),
        ("首页", "主办单位：达州市人民政府办公室  技术支持：某某网络公司", ("四川省", "达州市", None)),
        (
            "欢迎访问中共宁乡市委组织部网站！今天是2020年11月2日 星期一",
            "联系我们",
            ("湖南省", "长沙市", "宁乡市"),
        ),
        ("首页", "中共宁乡市委组织部主办", ("湖南省", "长沙市", "宁乡市")),
        ("镇巴县融媒体中心", "联系我们", ("陕西省", "汉中市", "镇巴县")),
        ("达州日报社", "联系我们", ("四川省", "达州市", None)),
        ("澳门特别行政区政府入口网站", "联系我们", ("澳门特别行政区", None, None)),
        ("盐城市文化馆", "联系我们", ("江苏省", "盐城市", None)),
    ],
)
def test_a_banner_places_a_page_whose_text_names_none(
    script: str, head: str, foot: str, expected: tuple
) -> None:
    assert where(page(head, *NO_PLACE, foot), script) == expected
    assert where(page("首页", *NO_PLACE), script) == (None, None, None)  # the text alone names nothing


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_local_forum_is_named_for_its_place(script: str) -> None:
    # 深圳论坛 names its city as 达州日报 does; 平度 is a county's short name, taken only where the
    # site's host spells it too (bbs.pingdu.co); 天涯 is an ordinary word, and tianya.cn no county's.
    def forum(head: str, url: str) -> tuple:
        written = convert(page(head, *NO_PLACE), script, "simplified")  # type: ignore[arg-type]
        r = engine.analyse(Article("x", "x.txt", written, url=url)).region
        return r.province, r.city, r.county

    assert forum("深圳论坛", "https://bbs.example.com/t/1") == ("广东省", "深圳市", None)
    assert forum("平度论坛", "https://bbs.pingdu.co/t/1") == ("山东省", "青岛市", "平度市")
    assert forum("平度论坛", "https://bbs.example.com/t/1") == (None, None, None)
    assert forum("天涯论坛", "https://bbs.tianya.cn/t/1") == (None, None, None)


def test_the_evidence_is_the_publisher_as_written() -> None:
    text = page("澳门特别行政区政府入口网站", *NO_PLACE)
    assert region(text).evidence == ("澳门特别行政区政府入口网站×1",)
    assert region(text, "traditional").evidence == ("澳門特別行政區政府入口網站×1",)


@pytest.mark.parametrize("script", SCRIPTS)
def test_the_text_wins_over_the_banner(script: str) -> None:
    text = page(
        "达州市人民政府门户网站",
        "西湖区召开数字政府建设推进会",
        "杭州市西湖区召开会议。西湖区要求各部门落实责任。",
    )
    assert where(text, script) == ("浙江省", "杭州市", "西湖区")


@pytest.mark.parametrize("script", SCRIPTS)
def test_places_the_text_leaves_open_are_not_the_banners_to_settle(script: str) -> None:
    # 北京 and 上海 once each decide nothing; the banner's 达州 is neither, so it gives nothing either.
    body = "北京、上海两地的经验值得借鉴。" + NO_PLACE[1]
    assert where(page("达州市人民政府门户网站", NO_PLACE[0], body), script) == (None, None, None)


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    ("head", "foot"),
    [
        ("新华网", "新华网版权所有"),
        ("人民网", "人民网版权所有"),
        ("中国政府网 www.gov.cn", "中华人民共和国中央人民政府门户网站 版权所有"),
        ("光明日报", "联系我们"),  # 光明 is 光明区's short name: a county's short name alone is no publisher
    ],
)
def test_a_central_site_gives_no_region(script: str, head: str, foot: str) -> None:
    assert where(page(head, *NO_PLACE, foot), script) == (None, None, None)


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_city_banner_does_not_refine_a_province_the_text_names(script: str) -> None:
    # A city's portal reposts its province's stories (全省…): the text named the province and no city.
    text = page("达州市人民政府门户网站", "全省安全生产工作会议召开", "四川省召开会议，部署安全生产工作。")
    assert where(text, script) == ("四川省", None, None)


def test_a_national_story_on_a_local_portal_stays_national() -> None:
    text = page("达州市人民政府门户网站", "国家发展改革委召开新闻发布会", NO_PLACE[1])
    assert where(text) == (None, None, None)


def test_a_shared_name_needs_the_text_to_pick_one() -> None:
    # 朝阳区 is Beijing's and Changchun's: alone it names neither; a Beijing dateline picks Beijing's.
    assert where(page("朝阳区融媒体中心", *NO_PLACE)) == (None, None, None)
    text = page("朝阳区融媒体中心", NO_PLACE[0], "本报北京3月1日电 " + NO_PLACE[1])
    assert where(text) == ("北京市", None, "朝阳区")


def test_a_headline_among_the_chrome_names_no_publisher() -> None:
    assert where(page("达州市人民政府召开常务会议", *NO_PLACE)) == (None, None, None)


@pytest.mark.parametrize(
    ("line", "place", "name"),
    [
        ("达州市人民政府门户网站 www.dazhou.gov.cn", "达州市", "达州市人民政府门户网站"),
        ("版权所有：达州市人民政府办公室 ICP备案", "达州市", "达州市人民政府办公室"),
        ("中共宁乡市委组织部主办", "宁乡市", "宁乡市委组织部"),
        ("海南日报报业集团旗下媒体", "海南", None),  # the body runs on into other words
        ("达州市人民政府召开常务会议", "达州市", None),
        ("关于达州市人民政府", "达州市", None),  # a place inside a phrase heads no publisher
        ("达州市教育局", "达州市", None),
    ],
)
def test_publisher_end(line: str, place: str, name: str | None) -> None:
    folded = load_gazetteer().fold(line)
    start = folded.index(place)
    end = publisher_end(folded, start, start + len(place))
    assert (line[start:end] if end is not None else None) == name


def names(*codes: str) -> str | None:
    g = load_gazetteer()
    code = deepest_common(g, codes)
    return g.units[code].name if code else None


def test_deepest_common() -> None:
    assert names("510000", "511700") == "达州市"  # a banner and its province's link
    assert names("511700", "511700") == "达州市"
    assert names("510100", "511700") == "四川省"  # sibling cities: only their province is common
    assert names("510100", "330100") is None
    assert names() is None


def removed_page(*lines: tuple[str, str]) -> Document:
    removed = tuple(Removal(i, text, rule) for i, (text, rule) in enumerate(lines, 1))
    blocks = (Block("paragraph", NO_PLACE[1]),)
    return Document(title=NO_PLACE[0], blocks=blocks, removed=removed)


def test_several_publishers_vote_for_what_they_share() -> None:
    banner = ("达州市人民政府门户网站", HEADER.name)
    links = [(f"{city}人民政府", FOOTER.name) for city in ("成都市", "广安市")]
    r = detect_region(removed_page(banner, ("四川省人民政府", FOOTER.name)))
    assert (r.province, r.city) == ("四川省", "达州市")
    r = detect_region(removed_page(banner, *links))
    assert (r.province, r.city) == ("四川省", None)
    r = detect_region(removed_page(banner, ("杭州市人民政府", FOOTER.name)))
    assert r.province is None


def test_only_the_sites_own_chrome_and_the_storys_source_count() -> None:
    # A teaser is another story; a source line names the local body or paper that issued this one.
    assert detect_region(removed_page(("达州市人民政府", TEASER.name))).province is None
    assert detect_region(removed_page(("达州市人民政府", HEADER.name))).city == "达州市"
    assert detect_region(removed_page(("来源：达州日报", SOURCE.name))).city == "达州市"


SHARED_TOWNSHIP = (  # 西河镇 lies in eleven counties: the text alone picks none
    "西河镇开展环境卫生整治",
    "近日，西河镇组织干部群众清理村道和河渠。\n\n西河镇还建立了长效保洁制度，每周检查一次。",
)


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("来源：永靖县人民政府 | 发布时间：2016-12-02", ("甘肃省", "临夏回族自治州", "永靖县")),
        ("发布时间：2016-12-02 来源：永靖县融媒体中心", ("甘肃省", "临夏回族自治州", "永靖县")),
        # 中山 is also a word (中山路, 中山装); before a paper's name it is the city.
        ("素材来源：中山日报", ("广东省", "中山市", None)),
    ],
)
def test_a_source_line_places_a_page_whose_text_names_no_county(
    script: str, source: str, expected: tuple
) -> None:
    text = f"首页 > 工作动态\n\n{SHARED_TOWNSHIP[0]}\n\n{source}\n\n{SHARED_TOWNSHIP[1]}\n"
    assert where(text, script) == expected
    assert where(text.replace(source, "发布时间：2016-12-02"), script) == (None, None, None)


@pytest.mark.parametrize("script", SCRIPTS)
def test_the_text_wins_over_a_source_line(script: str) -> None:
    body = "杭州市西湖区召开会议。西湖区要求各部门落实责任。"
    text = f"西湖区召开会议\n\n来源：永靖县人民政府 | 发布时间：2016-12-02\n\n{body}\n"
    assert where(text, script) == ("浙江省", "杭州市", "西湖区")


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_place_said_once_is_no_example_where_the_banner_names_it(script: str) -> None:
    # 达州 once in the text would be a passing example; the city's own portal says it is the place.
    body = (
        "各单位要高度重视，认真组织开展自查自纠。\n\n达州各部门要加强协作配合，压实责任，确保工作取得实效。"
    )
    assert where(page("达州市人民政府门户网站", NO_PLACE[0], body), script) == ("四川省", "达州市", None)
    assert where(page("首页", NO_PLACE[0], body), script) == (None, None, None)


@pytest.mark.parametrize("script", SCRIPTS)
def test_the_banners_city_picks_a_shared_townships_county(script: str) -> None:
    # 大洋街道 lies in 盐城's 亭湖区 and in 台州's 临海市: the city's own site picks its own.
    body = "党员志愿者走进大洋街道大星村，开展环境整治。\n\n大家清理了小区的垃圾。"
    assert where(page("盐城市文化馆", "“党徽闪耀”主题日活动：市文化馆党员走进社区", body), script) == (
        "江苏省",
        "盐城市",
        "亭湖区",
    )
    assert where(page("首页", "“党徽闪耀”主题日活动：市文化馆党员走进社区", body), script) == (
        None,
        None,
        None,
    )
