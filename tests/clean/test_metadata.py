"""Rule group `metadata`: field readers on seed lines, title choice, subtitles and bylines."""

from __future__ import annotations

import pytest

from reader.clean import clean, metadata
from reader.clean.chrome import Zones
from reader.clean.signals import Unit
from reader.convert import convert
from tests.clean.scripts import SCRIPTS, in_script


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("发布时间:2021-12-07 10:35", "2021-12-07 10:35"),
        ("www.uplandwellness.com?2009-12-17 10:50? ?來源:人民網    我來說兩句", "2009-12-17 10:50"),
        ("2012-04-10", "2012-04-10"),
        ("發布時間：2021年06月18日 14:05", "2021-06-18 14:05"),
        ("2023/07/15 10:20:05   来源：绵阳日报", "2023-07-15 10:20"),
        ("2012年4月10日", "2012-04-10"),
        ("中共xx镇委员会 2022年12月30日", "2022-12-30"),
    ],
)
def test_read_date(text: str, date: str) -> None:
    assert metadata.read_date(text) == date


@pytest.mark.parametrize("text", ["2021-13-07", "2021-12-40", "第2021号", "电话:024-89812076"])
def test_read_date_rejects_what_is_not_a_date(text: str) -> None:
    assert metadata.read_date(text) is None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("来源:达州日报网", "达州日报网"),
        ("www.uplandwellness.com?2009-12-17 10:50? ?來源:人民網    我來說兩句", "人民網"),
        (
            "本文來自【廣安日報-廣安在線】,僅代表作者觀點。全國黨媒信息公共平臺提供信息發布傳播服務。",
            "廣安日報-廣安在線",
        ),
        ("2022-08-03 09:15:22  来源：南方日报  作者：李华 张明", "南方日报"),
        ("發布日期:2012/7/13 來源:中國共產黨新聞網-《人民日報》", "中國共產黨新聞網"),
        ("来源:光明网2024-01-19 14:40", "光明网"),
    ],
)
def test_read_source(text: str, source: str) -> None:
    assert metadata.read_source(text) == source


@pytest.mark.parametrize(
    "text",
    [
        "发布时间:2021-03-15    来源:    字体大小:A-   A+",
        "发布时间:2021-12-15 来源: 编审:网管中心 浏览量:1983",
        "来源:未知",
        "來源：不詳　作者：佚名",
        "來源: 2014-06-13 14:32:25 [博客] [舊帖] [給我悄悄話] 本文已被閱讀:",
    ],
)
@pytest.mark.parametrize("script", SCRIPTS)
def test_an_empty_source_slot_gives_no_source(text: str, script: str) -> None:
    assert metadata.read_source(in_script(script, text)) is None


@pytest.mark.parametrize(
    ("text", "author"),
    [
        ("2022-08-03 09:15:22  来源：南方日报  作者：李华 张明", "李华 张明"),
        ("作者：市委组织部  时间：2020-11-02  点击：356次", "市委组织部"),
        ("記者：林怡君", "林怡君"),
        ("本报记者 王大伟", "王大伟"),
        ("記者陳風益/雲林報導", "陳風益"),
        ("☉張國財", "張國財"),
        ("记者王小明／高雄报导", "王小明"),
        # the place filed from as a local paper's dispatch (`南市訊`), in brackets, the day after them
        ("《記者黃淑惠/南市訊》2018.11.27", "黃淑惠"),
        ("〔記者王小明／高雄報導〕", "王小明"),
        # names set apart by commas, a mirror's doubled mark too; a sentence after a name is none
        ("新华社记者 张三, 李四", "张三 李四"),
        ("新華社記者韓朝陽,、馬驍", "韓朝陽 馬驍"),
        ("记者张三，李四表示，今年以来", "张三"),
        # a name's romanisation after it, as Taiwan's writers sign: no second writer
        ("文:李雨蓁 Lí Ú-chin", "李雨蓁"),
        ("作者：王小明 Wang Xiaoming", "王小明"),
        ("作者：Jay13", "Jay13"),  # a Latin handle alone is the name
    ],
)
def test_read_author(text: str, author: str) -> None:
    assert metadata.read_author(text) == author


def test_read_author_needs_a_label_not_the_word() -> None:
    assert metadata.read_author("本文來自【廣安日報】,僅代表作者觀點。") is None


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_headline_opening_with_our_reporter_is_the_title_not_a_byline(script: str) -> None:
    """`本报记者` then a headline's words, no name: the title, and no one's byline."""
    title = "本报记者今赴北京联手新华社推出两会特别报道"
    raw = "\n".join(
        [
            title,
            "2006年03月01日 杭州日报",
            "全国两会即将召开，杭州日报即时开通了两会民声直通车，收集百姓关心的热点问题。",
        ]
    )
    doc = clean(in_script(script, raw))
    assert (doc.title, doc.author) == (in_script(script, title), None)


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("title", ["本报记者周静文的驻村日记", "本报记者张华的蹲点手记"])
def test_a_headline_about_its_reporter_is_the_title_not_a_byline(script: str, title: str) -> None:
    """`本报记者某某的驻村日记`: the name runs on through 的 into what the story is, so the line is the
    headline over the date and source, and no byline."""
    raw = "\n".join(
        [
            title,
            "2019-08-02 10:05:00  来源:乡村干部报",
            "今天村书记在地里一直忙到天黑，尽管他连晚饭都没来得及吃，但赶到村部参加例会还是迟了一刻钟。",
        ]
    )
    doc = clean(in_script(script, raw))
    assert (doc.title, doc.author) == (in_script(script, title), None)
    # a nickname with 的 in it and no words after it is still a writer's
    nick = clean(in_script(script, "某县召开重点项目推进会\n作者：好看的hk\n" + raw.split("\n", 2)[2]))
    assert nick.author == in_script(script, "好看的hk")


@pytest.mark.parametrize(
    ("text", "editor"),
    [
        ("責任編輯:趙舒文", "趙舒文"),
        ("   编辑:庞岚月", "庞岚月"),
        ("编辑：赵敏   审核：孙强", "赵敏"),
        ("（责任编辑：王小明）", "王小明"),
        ("【责任编辑：吴迪】", "吴迪"),
    ],
)
def test_read_editor(text: str, editor: str) -> None:
    assert metadata.read_editor(text) == editor


def test_read_fields_takes_a_dateline_whole() -> None:
    assert metadata.read_fields("www.uplandwellness.com?2009-12-17 10:50? ?來源:人民網    我來說兩句") == {
        "date": "2009-12-17 10:50",
        "source": "人民網",
    }


def test_read_fields_leaves_a_title_that_holds_a_date() -> None:
    assert metadata.read_fields("2023年5月12日市政府常务会议召开") is None


def test_read_fields_reads_a_signature() -> None:
    assert metadata.read_fields("中共xx镇委员会 2022年12月30日") == {
        "date": "2022-12-30",
        "author": "中共xx镇委员会",
    }


def test_read_fields_takes_a_labelled_line_with_its_disclaimer() -> None:
    text = "本文來自【廣安日報-廣安在線】,僅代表作者觀點。全國黨媒信息公共平臺提供信息發布傳播服務。"
    assert metadata.read_fields(text) == {"source": "廣安日報-廣安在線"}


@pytest.mark.parametrize(
    ("text", "like"),
    [
        ("“品质机关”提升通川品质", True),
        ("江蘇昆山:市級機關工委推動機關服務品牌", True),
        ("这些新规，6月1日起施行！", True),
        ("——黄州区政府办公室创建文明单位纪实", False),
        ("首页", False),
        ("人们对一座城市的认知,很大程度来源于对这个城市党政机关的印象。", False),
        ("除了自己的无知,", False),
        ("除了自己的無知，", False),
    ],
)
def test_is_title_like(text: str, like: bool) -> None:
    assert metadata.is_title_like(text) is like


def test_title_is_the_line_above_the_dateline() -> None:
    texts = ["东南网", "", "江蘇昆山:市級機關工委推動機關服務品牌", "2009-12-17 10:50 來源:人民網"]
    verdicts = [None, None, None, "metadata.date"]
    assert metadata.choose_title(texts, verdicts, first=4) == 2


def test_title_without_dateline_is_the_first_line_below_the_head_chrome() -> None:
    texts = ["原创力文档", "知识共享平台", "xx镇2022年党建工作总结.docx", "xx镇2022年党建工作总结"]
    verdicts = [None, None, "chrome.doc_share", None]
    assert metadata.choose_title(texts, verdicts, first=4) == 3


def test_title_of_a_clean_text_is_its_first_line() -> None:
    texts = ["苏家屯区深入开展创先争优活动简报77期", "", "率先垂范  强力推进   争创全市一流政务环境"]
    assert metadata.choose_title(texts, [None, None, None], first=3) == 0


def test_is_subtitle() -> None:
    assert metadata.is_subtitle("——黄州区政府办公室创建文明单位纪实")
    assert not metadata.is_subtitle("—— 12")
    assert not metadata.is_subtitle("黄州区政府办公室")


def test_trailing_byline() -> None:
    text = "全力以赴把市委的宏偉藍圖變為美好現實。(賀欣瑜)"
    assert metadata.trailing_byline(text) == ("全力以赴把市委的宏偉藍圖變為美好現實。", "(賀欣瑜)", "賀欣瑜")
    assert metadata.trailing_byline("旅游目的地。（通讯员 李勇 周小平）")[2] == "李勇 周小平"
    assert metadata.trailing_byline("消费者设置不同价格。（完）") is None
    assert metadata.trailing_byline("推动内务管理标准化(含作息、着装、车辆停放等)") is None


def _extract(texts: list[str], zones: Zones) -> tuple[dict, list[Unit], list[str | None]]:
    units = [Unit(i + 1, t) for i, t in enumerate(texts)]
    fields, verdicts = metadata.read_lines(texts, [None] * len(texts), zones)
    fields, _, units, verdicts = metadata.extract(units, verdicts, zones, fields)
    return fields, units, verdicts


def test_extract_reads_the_head_of_004() -> None:
    texts = [
        "苏家屯区深入开展创先争优活动简报77期",
        "2012-04-10",
        "",
        "率先垂范  强力推进   争创全市一流政务环境",
        "",
        "区政务服务局党总支",
        "",
        "区政务服务局党总支下设5个党支部,党员39名。创先争优活动开展以来,成效明显。",
    ]
    fields, _, verdicts = _extract(texts, Zones(7, 7))
    assert (fields["title"], fields["date"], fields["author"]) == (
        "苏家屯区深入开展创先争优活动简报77期",
        "2012-04-10",
        "区政务服务局党总支",
    )
    assert verdicts == ["metadata.title", "metadata.date", None, None, None, "metadata.byline", None, None]


def test_two_organisation_lines_above_the_text_are_not_a_byline() -> None:
    texts = [
        "某某新闻标题在这里",
        "北京市人民政府",
        "北京市人民政府",
        "正文第一段写了很多很多的内容，十分详细。",
    ]
    fields, _, verdicts = _extract(texts, Zones(3, 3))
    assert fields["author"] is None and verdicts[1:3] == [None, None]


def test_extract_splits_the_byline_off_the_last_paragraph() -> None:
    texts = ["市政府召开会议", "全力以赴把市委的宏偉藍圖變為美好現實。(賀欣瑜)"]
    fields, units, verdicts = _extract(texts, Zones(1, 1))
    assert fields["author"] == "賀欣瑜"
    assert units[1:] == [Unit(2, "全力以赴把市委的宏偉藍圖變為美好現實。"), Unit(2, "(賀欣瑜)")]
    assert verdicts[1:] == [None, "metadata.byline"]


def test_subtitle_is_a_dash_line_under_the_title_but_not_a_list_of_them() -> None:
    texts = [
        "文明清风谱华章",
        "——黄州区政府办公室创建文明单位纪实",
        "黄州区政府办公室作为区政府的综合服务部门,担负着重要职责。",
    ]
    fields, _, _ = _extract(texts, Zones(2, 2))
    assert fields["subtitle"] == "——黄州区政府办公室创建文明单位纪实"
    texts = ["文明清风谱华章", "——市级文明单位", "——先进基层党组织"]
    fields, _, _ = _extract(texts, Zones(3, 3))
    assert fields["subtitle"] is None


def test_seo_title_is_the_fallback() -> None:
    texts = [
        "機關單位團建(機關單位團建活動經費)",
        "“四川省文明單位”……近日,筆者走進市政府辦公大樓,映入眼簾的是獎牌證書。",
    ]
    units = [Unit(1, texts[0]), Unit(2, texts[1])]
    fields, title_at, _, verdicts = metadata.extract(
        units, ["chrome.seo_title", None], Zones(1, 1), dict.fromkeys(metadata.FIELDS)
    )
    assert (fields["title"], title_at, verdicts[0]) == ("機關單位團建", 0, "metadata.title")


# Patterns met on real pages of other provinces (see tests/clean/pages/ for whole pages).


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("中国市场调查网  时间:2010年7月10日   来源:成都日报", {"date": "2010-07-10", "source": "成都日报"}),
        ("2010/1/6 16:43:13 次浏览 分类:政府动态    来源:", {"date": "2010-01-06 16:43"}),
        (
            "发布:2017-03-06    来源:广西公务员考试网 字号: | | 我要提问",
            {"date": "2017-03-06", "source": "广西公务员考试网"},
        ),
        (
            "2021-06-30 09:26:48?作者:安子州?来源:东南网  责任编辑:孙劲贞",
            {"date": "2021-06-30 09:26", "source": "东南网", "author": "安子州", "editor": "孙劲贞"},
        ),
        ("時間:2022-03-05 作者:記者 吳艷虹", {"date": "2022-03-05", "author": "吳艷虹"}),
    ],
)
def test_read_fields_takes_datelines_with_a_site_name_or_widgets(text: str, fields: dict) -> None:
    assert metadata.read_fields(text) == fields


def test_read_fields_wants_a_sure_dateline_before_it_allows_a_name() -> None:
    assert metadata.read_fields("2023年5月12日 县委召开常委会") is None  # one date, no time: a title
    assert metadata.read_fields("中国市场调查网讯，时间:2010年7月10日 来源:成都日报") is None  # a sentence


def test_table_fields_read_spaced_labels() -> None:
    assert metadata.table_fields("发 布 机 构 市人民政府办公室 发 文 日 期 2019-11-29") == {
        "date": "2019-11-29",
        "source": "市人民政府办公室",
    }
    assert metadata.table_fields("时 效 有效") == {}


def test_a_disclosure_table_is_metadata_and_its_title_row_the_title() -> None:
    texts = [
        "索   引   号 20191202-189769 分        类 其他; 市人民政府办公室; 市政府文件;",
        "标 题 关于印发实施细则的通知",
        "时 效 有效",
        "关于印发实施细则的通知",
        "各县(市)、区人民政府,市政府各委、办、局:",
        "经市政府同意,现将《实施细则》印发给你们,请认真遵照执行。",
    ]
    fields, _, verdicts = _extract(texts, Zones(5, 5))
    assert fields["title"] == "关于印发实施细则的通知"
    assert verdicts[:4] == ["metadata.table", "metadata.title", "metadata.table", "metadata.title"]


def test_a_bare_label_reads_its_value_from_the_next_line() -> None:
    texts = [
        "道口镇开展主题活动",
        "发布时间:",
        "2017-02-16",
        "作者:",
        "来源:",
        "道口镇党政办",
        "正文有内容。",
    ]
    fields, _, verdicts = _extract(texts, Zones(6, 6))
    assert (fields["date"], fields["source"], fields["author"]) == ("2017-02-16", "道口镇党政办", None)
    assert verdicts[1:6] == [
        "metadata.date",
        "metadata.date",
        "metadata.label",
        "metadata.source",
        "metadata.source",
    ]


def test_a_bare_label_leaves_a_sentence_below_it() -> None:
    texts = ["某某标题在这里", "来源:", "这是正文的第一句话，很长很长的一句话，不是来源的名字。"]
    fields, _, verdicts = _extract(texts, Zones(2, 2))
    assert fields["source"] is None
    assert verdicts[1:] == ["metadata.label", None]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "视频首页>>中国乐清网>>我市召开乡镇行政区划调整工作动员大会    2011-05-31 00:00:00    浏览",
            "我市召开乡镇行政区划调整工作动员大会",
        ),
        ("首页 > 新闻 > 本网独家 > 正文", None),
        ("当前位置：首页 > 新闻中心 > 部门动态", None),
    ],
)
def test_crumb_title_is_a_long_last_crumb(text: str, title: str | None) -> None:
    assert metadata.crumb_title(text) == title


def test_a_site_name_above_a_breadcrumb_gives_way_to_the_crumb_title() -> None:
    texts = [
        "乐清城市网",
        "视频首页>>中国乐清网>>我市召开乡镇行政区划调整工作动员大会  2011-05-31 00:00:00",
        "正文。",
    ]
    units = [Unit(i + 1, t) for i, t in enumerate(texts)]
    verdicts = [None, "chrome.breadcrumb", None]
    fields, title_at, _, out = metadata.extract(units, verdicts, Zones(2, 2), dict.fromkeys(metadata.FIELDS))
    assert (fields["title"], fields["date"], title_at) == (
        "我市召开乡镇行政区划调整工作动员大会",
        "2011-05-31 00:00",
        1,
    )
    assert out[1] == "chrome.breadcrumb"


@pytest.mark.parametrize(
    ("title", "trimmed", "date"),
    [
        ("庙岗乡人代会胜利召开[图]", "庙岗乡人代会胜利召开", None),
        ("全市党建工作会议召开（组图）", "全市党建工作会议召开", None),
        ("日照市领导督导创城工作(2012年08月14日)", "日照市领导督导创城工作", "2012-08-14"),
        ("关于做好2023年防汛工作的通知", "关于做好2023年防汛工作的通知", None),
        ("推动内务管理标准化(含作息、着装)", "推动内务管理标准化(含作息、着装)", None),
        ("王縣長主持第834次縣務會議 發布日期:2014-04-21", "王縣長主持第834次縣務會議", "2014-04-21"),
        ("王县长主持第834次县务会议 发布时间：2014-04-21", "王县长主持第834次县务会议", "2014-04-21"),
        (
            "鲁政发〔2014〕20号《山东省人民政府关于深化预算管理制度改革的实施意见》",
            "山东省人民政府关于深化预算管理制度改革的实施意见",
            None,
        ),
        ("【山水县】《山水县全民健身实施计划》", "山水县全民健身实施计划", None),
    ],
)
def test_trim_title(title: str, trimmed: str, date: str | None) -> None:
    assert metadata.trim_title(title) == (trimmed, date)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("(王鹏)", "王鹏"),
        ("（黄崇森文 汪洋摄）", "黄崇森 汪洋"),
        ("(陈晓文)", "陈晓文"),
        ("（完）", None),
        ("(图片来自网络)", None),
    ],
)
def test_paren_byline(text: str, name: str | None) -> None:
    assert metadata.paren_byline(text) == name


def test_trailing_byline_with_reporter_and_correspondent() -> None:
    text = "点亮了这座城市的文明之光。(记者/梁乾胜通讯员/姚虹伊)"
    assert metadata.trailing_byline(text)[2] == "梁乾胜 姚虹伊"  # the correspondent writes too


def test_lead_byline_with_a_media_centre_reporter() -> None:
    assert (
        metadata.read_lead_byline("滁州网讯(全媒体记者王晗笑)3月1日,全市组织部长会议在滁召开。") == "王晗笑"
    )


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("中国吉安网讯(许春花、周绍腾)“我是一名老党员。”宋义阳说。", "许春花 周绍腾"),
        ("本報台北5月2日電（陳小明）立法院今天三讀通過修正案。", "陳小明"),
        # brackets that hold no names: a place, a note, a title
        ("〔記者王小明／高雄報導〕高雄港擴建工程今天正式啟動。", "王小明"),
        ("（中央社記者王明台北12日電）行政院今天通過法案。", "王明"),
        ("〔記者王小明、李大同／台北報導〕立法院今天三讀通過。", "王小明 李大同"),
        ("【SUN特搜小組記者黃裕慶、吳啟偉報道】政府收回菜園村土地。", "黃裕慶 吳啟偉"),
        ("【记者张明报道】市政府今天宣布新措施。", "张明"),
        ("本报讯(通讯员供稿)近日,全市组织部长会议召开。", None),
        ("新华社北京1月9日电(题:我国将实施六大行动)记者从国家粮食局获悉。", None),
    ],
)
def test_lead_byline_of_names_alone(text: str, names: str | None) -> None:
    assert metadata.read_lead_byline(text) == names


def test_a_label_is_not_a_title() -> None:
    assert not metadata.is_title_like("国家公务员网 地方站:")


def test_an_agency_reporter_line_without_a_name_is_a_bare_label() -> None:
    assert metadata.bare_label("新華社記者")
    assert not metadata.bare_label("新华社记者张三")
    texts = ["新華社記者", "张三 李四", "这是正文，内容很多，写了一些事情。"]
    fields, _, verdicts = _extract(texts, Zones(2, 2))
    assert fields["author"] == "张三 李四"
    assert verdicts[:2] == ["metadata.byline", "metadata.byline"]


@pytest.mark.parametrize(
    ("line", "author"),
    [("刘金新", "刘金新"), ("孙 璐", "孙璐"), ("引言", None), ("摘要", None), ("区委组织部", "区委组织部")],
)
def test_a_lone_name_above_the_text_signs_it(line: str, author: str | None) -> None:
    texts = [
        "任弼时论增强党性的五重路径",
        "发布时间:2024-08-27 09:33:44",
        line,
        "党性是党员干部立身的基石，必须不断增强。",
    ]
    fields, _, verdicts = _extract(texts, Zones(3, 3))
    assert fields["author"] == author
    assert verdicts[2] == ("metadata.byline" if author else None)


def test_a_name_left_on_a_dateline_is_its_author() -> None:
    assert metadata.read_fields("发布时间:2018-05-11 09:12:31 来源:人民日报 王嘉斌") == {
        "date": "2018-05-11 09:12",
        "source": "人民日报",
        "author": "王嘉斌",
    }
    assert metadata.read_fields("来源：人民网 时政") == {"source": "人民网"}  # a column, not a name


def test_crumb_title_is_no_widget_row() -> None:
    assert metadata.crumb_title("当前位置:首页 > 包罗万象 > 大杂烩    编辑:庞岚月") is None


@pytest.mark.parametrize(
    "banner",
    [
        "达州市人民政府门户网站 www.dazhou.gov.cn",
        "吉林省人民政府",
        "中共达州市委员会",
        "人民网 www.people.com.cn",
    ],
)
def test_a_portal_banner_is_no_title(banner: str) -> None:
    page = (
        f"{banner}\n首页 > 政务动态 > 工作动态\n全市基层党建工作推进会召开\n发布时间：2023-05-12 16:20\n"
        "5月11日下午，全市基层党建工作推进会召开，总结去年工作成效，部署今年重点任务。\n"
        "会议要求，各级党组织要压实责任，推动基层党建工作提质增效。\n"
    )
    doc = clean(page)
    assert doc.title == "全市基层党建工作推进会召开"
    assert banner in [r.text for r in doc.removed]
    assert metadata.is_banner(banner)


def test_a_notice_title_that_opens_with_its_issuer_is_kept() -> None:
    assert not metadata.is_banner("吉林省人民政府关于加强安全生产工作的通告")


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("楼主：老王头  发表于 2005-5-7 21:23:57", {"date": "2005-05-07 21:23", "author": "老王头"}),
        ("發表者：江南布衣", {"author": "江南布衣"}),
        ("发布人：县委组织部 发布时间：2022-06-21", {"date": "2022-06-21", "author": "县委组织部"}),
        ("发表于 2005-05-07", {"date": "2005-05-07"}),
        ("[2005-05-07]", {"date": "2005-05-07"}),
        ("19-04-29 22:07 来源:新华社", {"date": "2019-04-29 22:07", "source": "新华社"}),
        ("24.08.2015  19:19", {"date": "2015-08-24 19:19"}),
        ("时  间:2024年4月18日", {"date": "2024-04-18"}),
        ("whb761 | 发表于 2005-8-4 21:37:32", {"author": "whb761", "date": "2005-08-04 21:37"}),
        ("作者:浙江共产党员杂志记者 安佳璐 通讯员 曹杰 杨海艳", {"author": "安佳璐 曹杰 杨海艳"}),
        ("文 / 沈祖轩  本刊记者  黄薇", {"author": "沈祖轩 黄薇"}),
    ],
)
def test_read_fields_of_forums_portals_and_other_date_forms(line: str, fields: dict) -> None:
    assert metadata.read_fields(line) == fields


@pytest.mark.parametrize("text", ["版本1.2.2015", "编号 19-04-29", "第12-3-4条"])
def test_short_and_day_first_dates_need_their_shape(text: str) -> None:
    assert metadata.read_date(text) is None


@pytest.mark.parametrize(("raw", "title"), [("防汛救灾工作|", "防汛救灾工作"), ("华北等地***", "华北等地")])
def test_trim_title_drops_layout_leftovers(raw: str, title: str) -> None:
    assert metadata.trim_title(raw) == (title, None)


# Each form below, as written and in Traditional (OpenCC s2t): the readers read a line in Simplified.


def _fields_in(script: str, fields: dict) -> dict:
    return {k: v if k == "date" else in_script(script, v) for k, v in fields.items()}


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("2005-5-7 21:23:57", {"date": "2005-05-07 21:23"}),
        ("2005年5月7日", {"date": "2005-05-07"}),
        ("发表于 2005-05-07", {"date": "2005-05-07"}),
        ("发布时间：2022-06-21", {"date": "2022-06-21"}),
        ("[2005-05-07]", {"date": "2005-05-07"}),
        ("时间:2022-06-21", {"date": "2022-06-21"}),
        ("更新时间：2021-02-01 发布时间：2021-01-01", {"date": "2021-01-01"}),
        ("打印日期：2023-06-01  发布日期：2023-05-12", {"date": "2023-05-12"}),
        ("20210606期来自:某某日报", {"date": "2021-06-06", "source": "某某日报"}),
        ("2015年04月01日 星期三      报料热线:966123", {"date": "2015-04-01"}),
        ("某某日报 阅读(0) 评论()", {"source": "某某日报"}),
        ("作者：张三、李四", {"author": "张三、李四"}),
        ("撰稿|王泠一", {"author": "王泠一"}),
        ("□ 张 栩 祖伊美 李晓静 马志龙", {"author": "张栩 祖伊美 李晓静 马志龙"}),
        ("□本报记者 丁霞", {"author": "丁霞"}),
        ("本报记者 李文健 卢文静 马静", {"author": "李文健 卢文静 马静"}),
        ("来源：某某日报 作者：赵一 钱二", {"source": "某某日报", "author": "赵一 钱二"}),
        ("记者 张三 责任编辑：李四", {"author": "张三", "editor": "李四"}),
        ("发布人：县委宣传部 发布时间：2022-06-21", {"date": "2022-06-21", "author": "县委宣传部"}),
    ],
)
def test_read_fields_in_both_scripts(line: str, fields: dict, script: str) -> None:
    assert metadata.read_fields(in_script(script, line)) == _fields_in(script, fields)


@pytest.mark.parametrize("script", SCRIPTS)
def test_an_editor_is_not_the_author(script: str) -> None:
    assert metadata.read_fields(in_script(script, "责任编辑：王小明")) == _fields_in(
        script, {"editor": "王小明"}
    )
    assert metadata.read_author(in_script(script, "编辑：王小明")) is None


PARAGRAPHS = (
    "会议指出，今年以来全县上下紧盯目标任务，重点项目建设取得明显成效，投资完成率居全市前列。\n"
    "会议要求，各乡镇各部门要进一步压实责任，加快推进项目建设，确保按期完成年度目标任务。\n"
)


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    ("page", "date"),
    [
        # the publication date over an update, a print or a crawl date, wherever they stand
        ("抓取时间：2024-01-01 10:00\n某县召开重点项目推进会\n2023-05-12 来源：某某网\n", "2023-05-12"),
        ("某县召开重点项目推进会\n最后更新：2023-06-01\n发布日期：2023-05-12\n", "2023-05-12"),
        # a notice's signature when the page gives no other date
        (
            "关于做好防汛工作的通知\n各乡镇人民政府：\n现将有关事项通知如下，请认真贯彻落实。\n"
            "某县人民政府办公室\n2023年1月17日\n",
            "2023-01-17",
        ),
    ],
)
def test_which_date_is_the_pages(page: str, date: str, script: str) -> None:
    assert clean(in_script(script, page + PARAGRAPHS)).date == date


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_signature_date_never_overrides_the_dateline(script: str) -> None:
    page = (
        "关于做好防汛工作的通知\n发布时间：2023-02-01\n各乡镇人民政府：\n"
        f"{PARAGRAPHS}某县人民政府办公室\n2023年1月17日\n"
    )
    assert clean(in_script(script, page)).date == "2023-02-01"


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    ("page", "author"),
    [
        # a name set apart after the last sentence
        (f"某县召开重点项目推进会\n{PARAGRAPHS.rstrip()} 王夏夏\n", "王夏夏"),
        # …or glued to it, a name no word is
        (f"某县召开重点项目推进会\n{PARAGRAPHS.rstrip()}郭旭\n", "郭旭"),
        # …over the related links, a related story's teaser and the channel's blurb kept below them
        (
            f"某县召开重点项目推进会\n{PARAGRAPHS.rstrip()}郭旭\n新闻推荐\n"
            "本报讯(记者郭旭)记者昨日从市资源规划局获悉，近日全市20个村被评为国家森林乡村...\n"
            "蓝田新闻，新鲜有料。世界很大，期待在此相遇。\n",
            "郭旭",
        ),
        # a byline mark closing a paragraph, not the last
        ("某县召开重点项目推进会\n让我们从街头巷尾来寻找答案。□某某日报记者吴亚飞\n" + PARAGRAPHS, "吴亚飞"),
        # the writer named with the post they hold, above the first paragraph
        ("某县召开重点项目推进会\n2025年07月02日\n某某县某某镇党委书记 邹建国\n" + PARAGRAPHS, "邹建国"),
        # a byline between the caption and the text
        ("某县召开重点项目推进会\n共融发展，治理有温度\n□本报记者 丁霞\n" + PARAGRAPHS, "丁霞"),
    ],
)
def test_bylines_around_the_text(page: str, author: str, script: str) -> None:
    doc = clean(in_script(script, page))
    assert doc.author == in_script(script, author)
    assert in_script(script, author) not in "".join(b.text for b in doc.blocks)


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_word_glued_after_the_last_sentence_is_a_text_cut_short_no_name(script: str) -> None:
    doc = clean(in_script(script, f"某县召开重点项目推进会\n{PARAGRAPHS.rstrip()}全县\n"))
    assert doc.author is None


@pytest.mark.parametrize("script", SCRIPTS)
def test_every_byline_mark_closing_a_paragraph_goes_though_the_author_is_known(script: str) -> None:
    page = (
        "某县召开重点项目推进会\n作者：张三\n让我们从街头巷尾来寻找答案。□某某日报记者吴亚飞\n"
        "这是第二段的内容，说的是另一件事。□某某日报记者李四\n" + PARAGRAPHS
    )
    doc = clean(in_script(script, page))
    assert doc.author == in_script(script, "张三")
    body = "".join(b.text for b in doc.blocks)
    assert in_script(script, "吴亚飞") not in body and in_script(script, "李四") not in body
    assert in_script(script, "寻找答案") in body


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    "record",
    [metadata.DATE, metadata.SOURCE, metadata.BYLINE, metadata.EDITOR, metadata.TABLE],
    ids=lambda r: r.name,
)
def test_each_field_rules_example_reads_in_both_scripts(record: object, script: str) -> None:
    line = in_script(script, record.example)  # type: ignore[attr-defined]
    read = metadata.table_fields(line) if record is metadata.TABLE else metadata.read_fields(line)
    assert read, record.name  # type: ignore[attr-defined]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("原创 张三 某某发布 2023-05-12 16:20 发表于四川", {"date": "2023-05-12 16:20", "author": "张三"}),
        (
            "信息来源：某某区人民政府  发布时间：2023-05-12 16:20:33  【打印本页】 【关闭窗口】",
            {"date": "2023-05-12 16:20", "source": "某某区人民政府"},
        ),
    ],
)
def test_read_fields_of_an_account_post_and_a_widget_row(line: str, fields: dict, script: str) -> None:
    assert metadata.read_fields(in_script(script, line)) == _fields_in(script, fields)


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_labelled_dateline_is_read_whatever_chrome_called_it(script: str) -> None:
    line = "信息来源：某某区人民政府  发布时间：2023-05-12 16:20:33  【打印本页】 【关闭窗口】"
    doc = clean(in_script(script, f"某县召开重点项目推进会\n{line}\n{PARAGRAPHS}"))
    assert (doc.date, doc.source) == ("2023-05-12 16:20", in_script(script, "某某区人民政府"))


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_bracketed_byline_closing_the_text_on_its_own_line(script: str) -> None:
    doc = clean(in_script(script, f"某县召开重点项目推进会\n{PARAGRAPHS}(记者 张三 李四)\n"))
    assert doc.author == in_script(script, "张三 李四")


_BODY = (
    "这是正文的第一段，内容较长，讲述了一件事情的经过和结果，并且有很多细节。\n"
    "这是正文的第二段，继续讲述这件事情，并且给出了一些评论和分析意见。"
)


@pytest.mark.parametrize(
    ("page", "date"),
    [
        # A blog's footer: `posted @` is a publication label, the counters and buttons are noise.
        (
            f"标题一\n{_BODY}\nposted @ 2024-05-09 14:45 某某人 阅读(430) 评论(2) 编辑 收藏 举报",
            "2024-05-09 14:45",
        ),
        # The label after its date.
        (f"标题二\n2024-05-13 06:16发布于某某日报官方账号\n{_BODY}", "2024-05-13 06:16"),
        # Another article's date (a recommendation) is not the page's.
        (
            f"标题三\n最新推荐文章于 2024-05-07 22:12:13 发布\n作者甲 于 2024-05-06 15:47:53 发布\n{_BODY}",
            "2024-05-06 15:47",
        ),
        (f"标题四\n{_BODY}\n编辑于 2023-03-01 15:45・IP 属地北京", "2023-03-01 15:45"),
        # A weekday and a half-day beside the date.
        (f"标题六\n2024年5月20日週一 下午2:05\n{_BODY}", "2024-05-20"),
        # A forum floor: the first post's time, not a reply's.
        (f"标题七\n来自Android客户端1楼2022-10-02 23:02回复\n{_BODY}", "2022-10-02 23:02"),
        (
            f"帖子的标题\n楼主甲\n发表于 2024-4-5 23:20:45 | 只看该作者 |倒序浏览\n{_BODY}\n楼主乙\n"
            "发表于 2024-4-11 11:52:24 | 只看该作者\n"
            "这是回复的内容，说了很多话，有很多意见和想法，大家都来看看。",
            "2024-04-05 23:20",
        ),
    ],
)
def test_page_dates_in_blog_forum_and_account_forms(page: str, date: str) -> None:
    assert clean(page).date == date
    assert clean(convert(page, "traditional", "simplified")).date == date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("發文日期：中華民國107年3月13日 發文字號：某院字第1號", "2018-03-13"),  # the ROC calendar
        ("民国38年10月1日", "1949-10-01"),
    ],
)
def test_read_date_in_the_republic_of_china_calendar(text: str, date: str) -> None:
    assert metadata.read_date(text) == date


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("文|张三", "张三"),
        ("文 / 图 张三", "张三"),
        ("文图/张三", "张三"),
        ("【作者】张三", "张三"),
        ("作者 张三 李四", "张三 李四"),
        ("本报记者 张三 实习生 李四", "张三 李四"),
        ("博主：江南布衣", "江南布衣"),
        ("江南布衣的博客", "江南布衣"),
    ],
)
def test_more_writer_labels(line: str, author: str, script: str) -> None:
    assert metadata.read_fields(in_script(script, line)) == {"author": in_script(script, author)}


@pytest.mark.parametrize("line", ["中文|English", "中文/English", "正文/全文", "图/张三"])
def test_a_language_switch_or_a_photo_credit_names_no_writer(line: str) -> None:
    assert metadata.read_fields(line) is None


@pytest.mark.parametrize("line", ["编辑于 2023-03-01 15:45・IP 属地北京", "編輯於 2023-03-01 15:45"])
def test_a_line_labelled_with_its_time_gives_the_date_though_chrome_took_it(line: str) -> None:
    # An answer's footer between answers is taken by chrome as a run of short links; its label
    # still says what the date is.
    texts = ["问题的标题", _BODY.split("\n")[0], line, "更多回答", "等风"]
    verdicts = [None, None, "chrome.link_farm", "chrome.link_farm", "chrome.link_farm"]
    fields, _ = metadata.read_lines(texts, verdicts, Zones(0, len(texts) - 1))  # inside the article
    assert fields["date"] == "2023-03-01 15:45"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("二〇二三年五月十二日", "2023-05-12"),
        ("二○一九年十二月三十一日", "2019-12-31"),
        ("二〇二三年十月十日", "2023-10-10"),
        ("二〇二三年十十月一日", None),
    ],
)
def test_a_date_in_chinese_numerals(text: str, date: str | None) -> None:
    assert metadata.read_date(text) == date
    assert metadata.lone_date(text) == date


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_notice_signed_in_chinese_numerals_is_dated(script: str) -> None:
    page = f"关于做好防汛工作的通知\n各乡镇人民政府：\n{PARAGRAPHS}某县人民政府办公室\n二〇二三年五月十二日\n"
    assert clean(in_script(script, page)).date == "2023-05-12"


@pytest.mark.parametrize("script", SCRIPTS)
def test_names_stop_before_a_closing_verb_and_bracketed_bylines_take_a_press_title(script: str) -> None:
    line = in_script(script, "某某日报记者 张三 李四 报道")
    assert metadata.read_fields(line) == {"author": in_script(script, "张三 李四")}
    assert metadata.paren_byline(in_script(script, "（本报记者 张三 李四）")) == in_script(
        script, "张三 李四"
    )


@pytest.mark.parametrize(
    ("below", "author"),
    [
        ("李四", "李四"),
        ("县委组织部", "县委组织部"),
        ("张三 李四", "张三 李四"),
        # a headline or a section's heading under an empty label is no name
        ("某县召开工作会议", None),
        ("一、提高站位", None),
    ],
)
def test_a_bare_author_label_takes_only_names_from_the_line_below(below: str, author: str | None) -> None:
    body = (
        "会议指出，要进一步加强基层党建工作，推动各项任务落实落地。\n会议要求，各级党组织要提高政治站位。\n"
    )
    assert clean(f"作者：\n{below}\n{body}").author == author


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("2017-12-31  本文已影响20人  我唐", "我唐"),
        ("2018-02-25 阅读 35 次 张小明", "张小明"),
        ("2025-12-27 08:55:29 火100人看过", None),  # one character left: no name
        ("2024-11-20 21:44 阅读数 22 #新闻", None),  # a tag closes the line
        ("2020-01-01 浏览 33 次 散文 随笔", None),  # two words: a post's categories
    ],
)
def test_the_word_closing_a_posts_dateline_after_its_readers_count_is_the_writer(
    line: str, author: str | None, script: str
) -> None:
    fields = metadata.read_fields(in_script(script, line))
    assert fields is not None and fields.get("author") == (author and in_script(script, author))


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    ("note", "byline", "author"),
    [
        # the label alone over the note; a section's head, then the writer's name, over the text
        (
            "编者按\n4月24日，省委召开理论研讨会，本报今起刊发发言摘要，以飨读者。",
            "立足现实基础 推进现代化建设\n吴晓军",
            "吴晓军",
        ),
        # a writer and an outlet's reporter under a profile's head, spaced as a row of links
        (
            "编者的话\n以独特的视角和敏锐的观察力记录社会的真实风貌，是文学的价值和特点。",
            "_______________\n杨晓升:在现实中捕捉文学的亮光\n郑欣宜 中青报·中青网记者 宋宝颖",
            "郑欣宜 宋宝颖",
        ),
        # the label opening the note; the writer named with the town they are posted to
        (
            "编者按:记者下基层是践行“走转改”的重要举措，新闻单位编辑记者分赴各乡镇开展实践锻炼。",
            "筻口镇 谭好",
            "谭好",
        ),
    ],
)
def test_the_byline_under_an_editors_note_signs_the_text(
    note: str, byline: str, author: str, script: str
) -> None:
    doc = clean(in_script(script, f"某县召开重点项目推进会\n\n{note}\n\n{byline}\n\n{PARAGRAPHS}"))
    assert doc.author == in_script(script, author)
    assert in_script(script, author) not in "".join(b.text for b in doc.blocks)


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_text_under_an_editors_note_with_no_byline_names_no_one(script: str) -> None:
    note = "编者按:记者下基层是践行“走转改”的重要举措，新闻单位编辑记者分赴各乡镇开展实践锻炼。"
    doc = clean(in_script(script, f"某县召开重点项目推进会\n\n{note}\n\n{PARAGRAPHS}"))
    assert doc.author is None


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("kind", ["政 府 工 作 报 告\n", ""])
def test_a_speechs_head_gives_its_day_and_its_speaker_over_the_salutation(kind: str, script: str) -> None:
    # a work report: its title (and its kind spaced letter by letter), the day and the meeting it was
    # given at, the speaker with the post they hold, the salutation, the text
    page = (
        f"魏庄镇2018年政府工作报告和2019年工作计划\n{kind}"
        "——2019年2月26日在镇第十四届人民代表大会第三次会议上\n"
        "魏庄镇人民政府镇长 杨杰\n"
        "各位代表：\n"
        "现在，我代表魏庄镇人民政府向大会作政府工作报告，请予以审议，并请列席人员提出意见。\n"
        f"{PARAGRAPHS}"
    )
    doc = clean(in_script(script, page))
    assert (doc.title, doc.date, doc.author) == (
        in_script(script, "魏庄镇2018年政府工作报告和2019年工作计划"),
        "2019-02-26",
        in_script(script, "杨杰"),
    )
