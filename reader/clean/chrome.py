"""Rule group `chrome`: page furniture that is not the article.

Each line rule scores a line from 0 to 1: 1 for a shape that is chrome wherever it stands
(an ICP number, `第1页 / 共12页`), otherwise the share of the line's characters that the
rule's vocabulary covers. Chrome gathers at the top and the bottom of a page, so a rule
needs less evidence there (`EDGE`) than between two article paragraphs (`BODY`), where a
short line is article text unless it is mostly chrome (jusText-style neighbour smoothing).
Prose lines are never removed by vocabulary: a sentence that mentions a phone number or
a website stays. Only labels that open a line (`版权声明:`, `扫描二维码…`) remove prose.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Sequence
from typing import NamedTuple

from reader.clean.rules import rule
from reader.clean.signals import (
    ATTACHMENT,
    CJK,
    END_MARK,
    META_LABEL,
    NUMBERED,
    SENTENCE_PUNCT,
    is_headline,
    is_menu,
    is_prose,
    is_table_row,
)
from reader.clean.structure import heading_kind
from reader.convert import convert

EDGE = 0.34
BODY = 0.5


class Zones(NamedTuple):
    """Units before `first` are the page head, units after `last` the page foot."""

    first: int
    last: int

    def edge(self, i: int) -> bool:
        return i < self.first or i > self.last


def _coverage(pattern: re.Pattern[str], text: str) -> float:
    """Share of the non-space characters of `text` inside matches of `pattern`."""
    total = len(text) - text.count(" ")  # normalisation left only plain spaces
    if not total:
        return 0.0
    return min(len("".join(pattern.findall(text))) / total, 1.0)  # the patterns have no groups


def _score(certain: re.Pattern[str] | None, vocabulary: re.Pattern[str] | None, text: str) -> float:
    if certain is not None and certain.search(text):
        return 1.0
    return _coverage(vocabulary, text) if vocabulary is not None else 0.0


_DOC_SHARE_CERTAIN = re.compile(
    r"(?:上[传傳](?:人|者|时间|時間)|文[档檔](?:编号|編號|格式))\s*[:：]|\.(?:docx?|pdf|pptx?|xlsx?|wps)"
    r"(?:_第\d+[页頁])?\s*$|展[开開][阅閱][读讀]全文|S?VIP(?:会员|會員)|资源描述|資源描述|相[似关關]文[档檔]|共[赢贏]上[传傳]|"
    r"[还還]剩\d+[页頁]未[读讀]|[阅閱][读讀]已[结結]束",
    re.I,
)
_DOC_SHARE_WORDS = re.compile(
    r"下[载載]\d*份?以?上?|[举舉][报報]|收藏|分[销銷]|\(赏\)|[开開]通|[会會][员員]|[优優][惠]大?|S?VIP|"
    r"点击查看更多|點擊查看更多|查看更多|[继繼][续續][阅閱][读讀]|建[议議]|金[币幣]|"
    r"(?:格式|页数|頁數|大小)\s*[:：]\s*[\w.]+",
    re.I,
)


@rule("chrome.doc_share")
def doc_share(text: str) -> float:
    """`上传人:xrp****65 文档编号:7023759` → removed (document-sharing site: uploader, VIP, 展开阅读全文)."""
    return _score(_DOC_SHARE_CERTAIN, _DOC_SHARE_WORDS, text)


_PAGE_COUNT = re.compile(
    r"第\s*\d+\s*[页頁]\s*[/／]\s*共\s*\d+\s*[页頁]|^\d{1,4}$|^[-—－]\s*\d{1,4}\s*[-—－]$|^共\s*\d+\s*[页頁]$"
)
_PAGER_WORDS = re.compile(r"[上下]一[页頁]|尾[页頁]|第\s*\d+\s*[页頁]|共\s*\d+\s*[页頁]|\d+")


@rule("chrome.page_count")
def page_count(text: str) -> float:
    """`第1页 / 共12页`, a page's trailing `12` → removed (pagers and page numbers)."""
    if _PAGE_COUNT.search(text):
        return 1.0
    return _coverage(_PAGER_WORDS, text) if "页" in text or "頁" in text else 0.0


_AD_CERTAIN = re.compile(r"[广廣]告位|[页頁][脚腳][广廣]告|_\w{0,8}[广廣]告")
_AD_WORDS = re.compile(r"广告|廣告|推广|推廣|[赞贊]助")


@rule("chrome.ad")
def ad(text: str) -> float:
    """`移动网页_全站_页脚广告1` → removed (ad slots)."""
    return _score(_AD_CERTAIN, _AD_WORDS, text)


_SPAM_STRONG = re.compile(r"av|无码|無碼|毛片|午夜|色情|博彩|百家乐|百家樂|老虎机|成人[电電]影", re.I)
_SPAM_ANY = re.compile(
    r"av|无码|無碼|毛片|午夜|福利|激情|成人|色情|一[级級]|国产|國產|日韩|日韓|欧美|歐美|[亚亞]洲|乱码|亂碼|"
    r"博彩|彩票|百家乐|百家樂|棋牌|老虎机|资源站|資源站|最新地址",
    re.I,
)
_KEYWORD_TITLE = re.compile(r"^(?P<key>[^()（）]{2,20})[（(](?P=key)[^()（）]*[)）]$")


@rule("chrome.seo_title")
def seo_title(text: str) -> float:
    """`亚洲av无码…_日韩…_国产…` or `機關單位團建(機關單位團建活動經費)` → removed (SEO titles)."""
    if SENTENCE_PUNCT.search(text):
        return 0.0
    if _KEYWORD_TITLE.match(text):
        return 1.0
    if _SPAM_STRONG.search(text) and len(_SPAM_ANY.findall(text)) >= 2:
        return 1.0
    parts = [p for p in text.split("_") if p.strip()]
    return 1.0 if len(parts) >= 3 and max(map(len, parts)) <= 24 else 0.0


def keyword_title(text: str) -> str | None:
    """The keyword of an SEO title `A(A…)`, the best title a page without one can offer."""
    m = _KEYWORD_TITLE.match(text.strip())
    return m.group("key").strip() if m else None


_BREADCRUMB_LABEL = re.compile(
    r"^\s*(?:您?的?(?:所在的?|当前的?|現在的?|现在的?|當前的?)?位置|当前位置|當前位置)\s*[:：]"
)
_BREADCRUMB_HOME = re.compile(r"(?:网站首页|網站首頁|首[页頁]|主[页頁])\s*(?:>>?|»|›|＞|→|/)")
_BREADCRUMB_CHAIN = re.compile(r"^[^>»›＞→]{1,14}(?:\s*(?:>>?|»|›|＞|→)\s*[^>»›＞→]{1,14}){2,}\s*(?:>>?)?$")


@rule("chrome.breadcrumb")
def breadcrumb(text: str) -> float:
    """`首页 >> 党建专题 >> 创先争优 >> 正文`, `您所在的位置: 東南網 > 正文` → removed."""
    if _BREADCRUMB_LABEL.match(text) or _BREADCRUMB_HOME.search(text):
        return 1.0
    return 1.0 if not SENTENCE_PUNCT.search(text) and _BREADCRUMB_CHAIN.match(text) else 0.0


_ICP = re.compile(
    r"ICP\s*[备證证備许許][\w\s:：-]*?\d[\d-]*\s*[号號]?(?:-\d+)?|公[网網]安[备備]\s*\d+\s*[号號]?|"
    r"B2-\d{6,}|[网網]站[标標][识識][码碼]\s*[:：]?\s*\w+|(?:gongan|icp)\.png",
    re.I,
)


@rule("chrome.footer_icp")
def footer_icp(text: str) -> float:
    """`蜀ICP备13024881号-1 川公网安备 51170202000151号` → removed (filing numbers)."""
    return _score(_ICP, None, text)


_LICENCE = re.compile(r"(?:许可证|許可證)\s*(?:编号|編號|号|號)?\s*[:：]?\s*[A-Za-z0-9（）()〔〕\[\]-]{5,}")


@rule("chrome.footer_licence")
def footer_licence(text: str) -> float:
    """`互联网新闻信息服务许可证:51120190013` → removed (licence numbers)."""
    return _score(_LICENCE, None, text)


# A reposting site's disclaimer, a sentence that is chrome wherever it stands.
_DISCLAIMER = (
    r"[仅僅]代表作者(?:本人|[个個]人)?(?:观点|觀點|立场|立場)|(?:本[网網站]|本平台)(?:只是|仅|僅|只)?[转轉][载載]|"
    r"如涉及(?:作品)?(?:内容|內容)?[、,，]?版[权權]"
)
_DISCLAIMER_RE = re.compile(_DISCLAIMER)
_COPYRIGHT_CERTAIN = re.compile(
    rf"©|\(c\)\s*\d{{4}}|copyright|版[权權]所有|all rights reserved|{_DISCLAIMER}|"
    r"^[【\[]?(?:版[权權]|免[责責]|法律|特[别別])?(?:声明|聲明)[】\]]?\s*[:：]",
    re.I,
)
_COPYRIGHT_WORDS = re.compile(
    r"(?:主[办辦]|承[办辦]|[协協][办辦]|技[术術]支持|[维維][护護])(?:[单單]位)?\s*[:：]\s*\S+|"
    r"^\S{2,30}(?:主[办辦]|承[办辦]|[协協][办辦])$|(?:主[办辦]|承[办辦]|[协協][办辦])(?:[单單]位)?|"
    r"技[术術]支持|[维維][护護](?:[单單]位)?|"
    r"未[经經](?:授权|授權|许可|許可)|禁止[转轉][载載]|不得[转轉][载載]"
)


@rule("chrome.copyright")
def copyright_(text: str) -> float:
    """`©2010-2025 宁波自信网络信息技术有限公司 版权所有` → removed (copyright and sponsor lines)."""
    return _score(_COPYRIGHT_CERTAIN, _COPYRIGHT_WORDS, text)


_FOOTER_LINKS = re.compile(
    r"[关關][于於]我[们們]|[联聯](?:[系繫]|[络絡])我[们們]|[服使]用?[务務]?[条條]款|[网網]站地[图圖]|站点地[图圖]|(?:[网網]站|文章|[栏欄]目|[频頻]道)[导導][航]|帮助中心|[帮幫]助中心|意[见見]反[馈饋]|"
    r"[隐隱]私(?:[权權])?政策|[隐隱]私|免[责責][声聲]明|法律[声聲]明|版[权權][声聲]明|[广廣]告服[务務]|招聘信息|加入我[们們]|"
    r"返回[顶頂]部|回到[顶頂]部|返回首[页頁]|[网網]站[声聲]明|用[户戶]协议|使用帮助|便捷服[务務]|抽[奖獎]活[动動]"
)


@rule("chrome.footer_links")
def footer_links(text: str) -> float:
    """`关于我们 | 联系我们 | 网站地图` → removed (site links in the footer)."""
    return _score(None, _FOOTER_LINKS, text)


_CONTACT = re.compile(
    r"(?:客服|投[诉訴]|[维維][权權]|[举舉][报報]|咨[询詢]|服[务務]|值班)?/?(?:[维維][权權])?"
    r"(?:[电電][话話]|[热熱][线線]|[传傳]真|[邮郵]箱|e-?mail|[邮郵][编編]|地址|QQ|微信号|微信號)\s*[:：]\s*\S*|"
    r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+|(?<!\d)(?:0\d{2,3}-?\d{7,8}|1[3-9]\d{9}|400-?\d{3}-?\d{4})(?!\d)",
    re.I,
)


@rule("chrome.contact")
def contact(text: str) -> float:
    """`地址:沈阳市苏家屯区翠柏路14号 邮编:110101 电话:024-89812076` → removed (head and foot only)."""
    return _score(None, _CONTACT, text)


_APP_PROMPT = re.compile(
    r"下[载載]\w{0,6}|客[户戶]端|app|掌上\w{0,4}|手[机機](?:[读讀][报報]|看|版)\w{0,4}|移[动動]版|安[装裝]|[读讀][报報]",
    re.I,
)


@rule("chrome.app_prompt")
def app_prompt(text: str) -> float:
    """`手机读报看新闻,下载掌上达州` → removed (app download prompts)."""
    return _score(None, _APP_PROMPT, text)


_SHARE_CERTAIN = re.compile(
    r"^ID\s*[:：]\s*\w+$|^分享(?:到|至)|^(?:[扫掃]描|[长長]按|[扫掃][码碼]|[识識]别|[识識]別)\S{0,6}二[维維][码碼]"
)
_SHARE_WORDS = re.compile(
    r"分享(?:到|至)?|二[维維][码碼]|[扫掃]一[扫掃]|[扫掃][码碼]|[关關]注我[们們]|微信公[众眾]号|公[众眾][号號]|微信|微博|抖音|"
    r"QQ空[间間]|朋友圈|打印(?:本[页頁]|此文)?|[关關]閉|[关關]闭(?:窗口|本[页頁])?|字[号號体體]|大\s*中\s*小|"
    r"放大|[缩縮]小|默[认認]|"
    r"[设設][为為]首[页頁]|加入收藏|收藏本站|推送至手[机機]|LOFTER|今日[头頭]条|[头頭]条号|[纠糾][错錯]|"
    r"在?手[机機]上?(?:打[开開]|[浏瀏][览覽]|[阅閱][读讀])(?:[当當]前[页頁]|本[页頁]|本文)?",
    re.I,
)


@rule("chrome.share")
def share(text: str) -> float:
    """`分享到: 微信 微博`, `掃描二維碼推送至手機訪問。` → removed (share, QR, print, font size)."""
    return _score(_SHARE_CERTAIN, _SHARE_WORDS, text)


_COMMENT = re.compile(
    r"我[来來][说說]两句|我[来來][说說]兩句|[发發]表[评評][论論]|[网網]友[评評][论論]|我要[评評][论論]|[评評][论論]|跟帖|"
    r"[请請]?登[录錄]|注[册冊]|註冊|[验驗][证證][码碼]|匿名|提交|已有\d+人参与|文明[发發]言"
)


@rule("chrome.comment")
def comment(text: str) -> float:
    """`我來說兩句`, `网友评论 请登录` → removed (comment boxes)."""
    return _score(None, _COMMENT, text)


_RELATED_LABEL = re.compile(
    r"^(?:[上下]一篇|[上下]一[条條]|相[关關](?:新[闻聞]|[阅閱][读讀]|[链鏈]接|文章)|推[荐薦][阅閱][读讀])\s*[:：>]"
)
_RELATED = re.compile(
    r"相[关關](?:新[闻聞]|[阅閱][读讀]|[链鏈]接|文章|[报報][道導])|推[荐薦][阅閱][读讀]|延伸[阅閱][读讀]|"
    r"[热熱][点點]新[闻聞]|[热熱][门門]推[荐薦]|精彩推[荐薦]|更多>>|更多|[上下]一篇|[上下]一[条條]|"
    r"[视視][频頻][现現]?[场場]?|[图圖]片新[闻聞]|>>"
)


@rule("chrome.related")
def related(text: str) -> float:
    """`相關新聞`, `更多>>視頻現場`, `上一篇:…` → removed (related-link lists)."""
    return _score(_RELATED_LABEL, _RELATED, text)


_WELCOME = re.compile(
    r"(?:今天是|今日是)\s*[:：]?\s*(?:\d{4}年\d{1,2}月\d{1,2}日)?|"
    r"[欢歡]迎(?:[访訪][问問]|光[临臨]|您)[^！!，,。\s]{0,24}[!！]?|星期[一二三四五六日天]|[农農][历曆]\S*|天[气氣]"
)


@rule("chrome.welcome")
def welcome(text: str) -> float:
    """`今天是: ·设为首页 ·加入收藏` → removed (date and welcome bars)."""
    return _score(None, _WELCOME, text)


_URL_LINE = re.compile(
    r"^(?:(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\S+\.(?:png|jpe?g|gif|svg)|[\w-]+(?:\.[\w-]+)*\.(?:com|cn|net|org|gov\.cn)(?:/\S*)?)$",
    re.I,
)


@rule("chrome.url")
def url(text: str) -> float:
    """`www.uplandwellness.com` alone on a line → removed (head and foot only)."""
    return 1.0 if _URL_LINE.match(text) else 0.0


# A piece of a menu cut off at a bar: `|港城快讯|`, `视频 |`.
_MENU_PIECE = re.compile(r"^[|｜]\s*[^|｜]{1,12}[|｜]?$|^[^|｜]{1,12}[|｜]$")


@rule("chrome.link_farm")
def link_farm(text: str) -> float:
    """`趕集網  火車票  福州分類信息  福州租房`, `|港城快讯|` → removed (menus and link farms)."""
    if is_menu(text):
        return 1.0
    piece = ("|" in text or "｜" in text) and _MENU_PIECE.match(text)
    return 1.0 if piece and not SENTENCE_PUNCT.search(text) else 0.0


@rule("chrome.end_mark")
def end_mark(text: str) -> float:
    """`…设置不同价格。（完）` → `（完）` removed (the paragraph keeps its text)."""
    return 1.0 if END_MARK.fullmatch(text) else 0.0


_TAGS = re.compile(r"^[【\[]?(?:关键词|關鍵詞|关键字|關鍵字|标签|標籤|tags?)[】\]]?\s*[:：]", re.I)


@rule("chrome.tags")
def tags(text: str) -> float:
    """`關鍵詞:組織部門組織部干部`, `标签：党建` → removed (keyword and tag lines)."""
    return 1.0 if _TAGS.match(text) else 0.0


_ORIGINAL_TITLE = re.compile(r"^[【\[]?原[标標]?[题題][】\]]?\s*[:：]")


@rule("chrome.original_title")
def original_title(text: str) -> float:
    """`原标题：海南出台措施吸引各类人才` → removed (a repost's original headline)."""
    return 1.0 if _ORIGINAL_TITLE.match(text) else 0.0


_EPAPER = re.compile(
    r"^第?\s*[A-Za-z]?\d{1,3}\s*版\s*[:：]|PDF\s*版|[电電]子[报報]|版面[导導][航覽览]|[上下]一[版期]", re.I
)


@rule("chrome.epaper")
def epaper(text: str) -> float:
    """`第A02版:热点 PDF版`, `01版:头版`, `电子报阅读机` → removed (an e-paper's page furniture)."""
    if SENTENCE_PUNCT.search(text) or len(text) > 40:
        return 0.0
    return 1.0 if _EPAPER.search(text) else 0.0


_WORD_CHARACTER = re.compile(r"[^\W_]")  # a letter, digit or hanzi of any script


@rule("chrome.wordless")
def wordless(text: str) -> float:
    """`:`, `——`, `* * *` alone on a line → removed (punctuation and symbols, no word)."""
    return 0.0 if _WORD_CHARACTER.search(text) else 1.0


LINE_RULES: tuple[Callable[[str], float], ...] = (
    wordless,
    doc_share,
    page_count,
    ad,
    seo_title,
    breadcrumb,
    footer_icp,
    footer_licence,
    copyright_,
    footer_links,
    contact,
    app_prompt,
    share,
    comment,
    related,
    welcome,
    url,
    link_farm,
    end_mark,
    original_title,
    tags,
    epaper,
)
"""In order of precedence: the first rule that fires names the line."""
# Rules that judge a line's shape; the others need a word of their vocabulary, so one search
# for any such word spares most article lines the whole list.
_SHAPE_RULES = frozenset(
    {wordless, page_count, seo_title, breadcrumb, url, link_farm, end_mark, original_title, tags, epaper}
)
# Rules whose vocabulary is also common in article text: only at the head or foot of a page.
EDGE_ONLY = frozenset({"chrome.contact", "chrome.url"})
# (rule, name, whether it may name a line between paragraphs), looked up once rather than per line:
# all rules for a line with chrome vocabulary, the shape rules for any other.
_RuleRow = tuple[Callable[[str], float], str, bool]
_ALL_RULES: tuple[_RuleRow, ...] = tuple(
    (fn, fn.rule_name, fn.rule_name not in EDGE_ONLY)  # type: ignore[attr-defined]
    for fn in LINE_RULES
)
_SHAPE_ONLY = tuple(row for row in _ALL_RULES if row[0] in _SHAPE_RULES)
VOCABULARIES = (
    _DOC_SHARE_CERTAIN,
    _DOC_SHARE_WORDS,
    _AD_CERTAIN,
    _AD_WORDS,
    _ICP,
    _LICENCE,
    _COPYRIGHT_CERTAIN,
    _COPYRIGHT_WORDS,
    _FOOTER_LINKS,
    _CONTACT,
    _APP_PROMPT,
    _SHARE_CERTAIN,
    _SHARE_WORDS,
    _COMMENT,
    _RELATED_LABEL,
    _RELATED,
    _WELCOME,
)
_VOCABULARY = re.compile(
    "|".join(f"(?i:{p.pattern})" if p.flags & re.I else f"(?:{p.pattern})" for p in VOCABULARIES)
)

# A prose line is removed only by a rule whose *certain* pattern is a label opening the line.
_PROSE_LABELS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "chrome.copyright",
        re.compile(r"^[【\[]?(?:版[权權]|免[责責]|法律|特[别別])?(?:声明|聲明)[】\]]?\s*[:：]"),
    ),
    ("chrome.share", re.compile(r"^(?:[扫掃]描|[长長]按|[扫掃][码碼]|[识識][别別])\S{0,6}二[维維][码碼]")),
)
# Rules that may mark the start of the page foot when they fire late in the page. Share and
# app prompts are not among them: articles carry "扫码关注" captions between paragraphs.
_TAIL_MARKERS = frozenset(
    {
        "chrome.related",
        "chrome.comment",
        "chrome.copyright",
        "chrome.footer_links",
        "chrome.footer_icp",
        "chrome.doc_share",
    }
)
_EDITOR_LABEL = re.compile(r"^[\[【（(]?\s*(?:责任编辑|責任編輯|责编|責編)\s*[:：]")
_SEEN_LINES = 4096  # recent lines whose verdicts are kept, about 1 MB
NAV_ITEM = 6  # a navigation item is at most this long
NAV_RUN = 3  # and comes with at least this many neighbours


def prose_label(text: str) -> str | None:
    """The rule of a label that removes a whole line even when it is a sentence."""
    for name, pattern in _PROSE_LABELS:
        if pattern.match(text):
            return name
    # a reposting disclaimer anywhere in the line; its words spare the search on other lines
    if ("代表" in text or "载" in text or "載" in text or "涉及" in text) and _DISCLAIMER_RE.search(text):
        return "chrome.copyright"
    return None


@functools.lru_cache(maxsize=_SEEN_LINES)
def line_verdicts(text: str) -> tuple[str | None, str | None]:
    """The rule naming `text` between article paragraphs, and at the page head or foot.

    The rules read the line in Simplified (OpenCC t2s: `convert` from Traditional), so each
    vocabulary, written in Simplified, also holds for Traditional pages: `站點地圖` is `站点地图`.
    """
    return _verdicts(convert(text, "simplified", "traditional"))


def _verdicts(text: str) -> tuple[str | None, str | None]:
    """`line_verdicts` of a line in Simplified.

    Rules are scored in precedence order until one clears the body bar, so a line pays
    only for the rules it needs. A line no single rule claims, but whose chrome words
    together clear a bar (`相關評論>>`), goes to its best-scoring rule. The verdicts of
    recent lines are kept: a site repeats its header and footer on every page.
    """
    edge = None
    scored: list[tuple[float, str]] = []
    for fn, name, in_body in _ALL_RULES if _VOCABULARY.search(text) else _SHAPE_ONLY:
        s = fn(text)
        if s >= EDGE and edge is None:
            edge = name
        if s >= BODY and in_body:
            return name, edge
        if s > 0:
            scored.append((s, name))
    total = sum(s for s, _ in scored)
    best = max(scored, default=(0.0, None))[1]
    body = best if total >= BODY and best not in EDGE_ONLY else None
    return body, edge or (best if total >= EDGE else None)


@rule("chrome.nav")
def nav_runs(texts: Sequence[str], verdicts: Sequence[str | None]) -> list[bool]:
    """`首页 / 新闻中心 / 政务公开` as three short lines at the page head → removed (menus).

    Lines other rules took (chrome, metadata) do not break a run: without them it would still be there.
    A menu stands beside an article: a page of nothing but short lines (a list, a poem) is the article.
    The page's first line joins a run but does not count toward one: it is where a cleaned text has
    its title, which must not turn two short lines after it into a menu when the text is cleaned again.
    """
    open_ = [i for i, t in enumerate(texts) if t and verdicts[i] is None]
    first = next((i for i, t in enumerate(texts) if t), None)
    short = [
        len(texts[i]) <= NAV_ITEM
        and not SENTENCE_PUNCT.search(texts[i])
        and heading_kind(texts[i]) in (None, "plain")
        for i in open_
    ]
    marks = [False] * len(texts)
    start = 0
    for k in range(len(open_) + 1):
        if k < len(open_) and short[k]:
            continue
        run = open_[start:k]
        if len(run) - (run[:1] == [first]) >= NAV_RUN:
            for j in run:
                marks[j] = True
        start = k + 1
    if all(marks[i] for i in open_):
        return [False] * len(texts)
    return marks


@rule("chrome.header")
def header(verdicts: list[str | None], title_at: int | None, first: int) -> list[str | None]:
    """`东南网` alone above the title → removed: unclaimed lines above the title are page furniture."""
    stop = first if title_at is None else title_at
    out = list(verdicts)
    for i in range(min(stop, len(out))):
        if out[i] is None:
            out[i] = "chrome.header"
    return out


@rule("chrome.footer")
def footer(texts: Sequence[str], verdicts: list[str | None], last: int) -> list[str | None]:
    """`客服` after the article's last paragraph → removed: the page foot holds no article text."""
    out = list(verdicts)
    for i in range(last + 1, len(out)):
        if out[i] is None and texts[i]:
            out[i] = "chrome.footer"
    return out


def _ends_article(text: str, verdict: str | None) -> bool:
    return verdict in _TAIL_MARKERS or _EDITOR_LABEL.match(text) is not None


def _anchors(texts: Sequence[str], prose: Sequence[bool], strict: Sequence[str | None]) -> list[int]:
    """Prose lines no rule or label claims; short headline-like ones only when nothing else is left."""
    free = [
        i
        for i, t in enumerate(texts)
        if prose[i] and strict[i] is None and not META_LABEL.match(t) and not is_table_row(t)
    ]
    return [i for i in free if not is_headline(texts[i])] or free


def _tail_cut(texts: Sequence[str], strict: Sequence[str | None], before: Sequence[int], start: int) -> int:
    """The first tail marker in the second half of the article text above it.

    "Half" is measured against the article that remains, so cut again until no earlier
    marker qualifies: cleaning the cleaned text then finds the same cut.
    """
    cut = len(texts)
    while True:
        half = before[cut] / 2
        marks = (i for i in range(start, cut) if before[i] >= half and _ends_article(texts[i], strict[i]))
        earlier = next(marks, cut)
        if earlier == cut:
            return cut
        cut = earlier


def zones(
    texts: Sequence[str],
    prose: Sequence[bool],
    strict: Sequence[str | None],
    edge: Sequence[str | None] | None = None,
) -> Zones:
    """Where the article starts and ends: its first and last anchor paragraphs.

    An anchor is a prose line that no rule claims and that could not be a title. A breadcrumb
    early in the page ends the head; chrome late in the page (related links, comments,
    editor line) starts the foot, even if prose such as comments follows it. `edge` holds
    each line's verdict at the page's edge, for `text_end`.
    """
    anchors = _anchors(texts, prose, strict)
    if not anchors:
        return Zones(len(texts), len(texts))
    is_anchor = set(anchors)
    before = list(
        itertools.accumulate((len(t) if i in is_anchor else 0 for i, t in enumerate(texts)), initial=0)
    )
    tail = _tail_cut(texts, strict, before, anchors[0] + 1)
    half = before[tail] / 2
    crumbs = (i for i in range(tail) if strict[i] == "chrome.breadcrumb" and before[i] < half)
    head = max(crumbs, default=-1)
    kept = [i for i in anchors if head < i < tail] or anchors
    last = text_end(texts, strict, edge or strict, kept[-1], tail)
    return Zones(kept[0], attachments_end(texts, last))


_SECTION_KINDS = frozenset({"numeral", "paren_numeral", "chapter"})
_TEXT_CJK = 8  # CJK characters of a line that continues the article below its last anchor


def _continues_text(text: str) -> bool:
    """`（四）工作原则`, `1.预防为主,常备不懈。提高…`: a section or clause, not a link or a label."""
    if META_LABEL.match(text):
        return False
    if heading_kind(text) in _SECTION_KINDS:
        return True
    clauses = "。" in text or len(SENTENCE_PUNCT.findall(text)) >= 2
    return clauses and len(CJK.findall(text)) >= _TEXT_CJK


def text_end(
    texts: Sequence[str], strict: Sequence[str | None], edge: Sequence[str | None], last: int, stop: int
) -> int:
    """The last anchor, moved down over the lines right below it that go on with the article.

    A numbered section, or a line of clauses too short to be an anchor, continues the text as
    long as no chrome rule, even at the page's edge, claims it.
    """
    end = last
    for j in range(last + 1, min(stop, len(texts))):
        t = texts[j]
        if not t:
            continue
        if strict[j] is not None or edge[j] is not None or not _continues_text(t):
            break
        end = j
    return end


def attachments_end(texts: Sequence[str], last: int) -> int:
    """`附件：1.…` and its numbered lines right after the last paragraph extend the article."""
    end, listed = last, False
    for j in range(last + 1, len(texts)):
        t = texts[j]
        if t and not (ATTACHMENT.match(t) or (listed and NUMBERED.match(t))):
            break
        if t:
            end, listed = j, True
    return end


def classify(texts: Sequence[str]) -> tuple[list[str | None], Zones]:
    """The rule name for each unit (stripped text) that is chrome, None for article or metadata units."""
    prose = [bool(t) and is_prose(t) for t in texts]
    both = [
        line_verdicts(t) if t and not p else (prose_label(t) if p else None, None)
        for t, p in zip(texts, prose, strict=True)
    ]
    strict = [b[0] for b in both]
    z = zones(texts, prose, strict, [b[1] for b in both])
    verdicts: list[str | None] = []
    for i, t in enumerate(texts):
        if not t:
            verdicts.append(None)
        elif prose[i]:
            # prose above the first anchor is there only because a breadcrumb cut the head off
            cut_off = i < z.first and not is_headline(t) and not META_LABEL.match(t)
            verdicts.append(strict[i] or ("chrome.header" if cut_off else None))
        else:
            verdicts.append(both[i][1] if z.edge(i) else strict[i])
    return footer(texts, verdicts, z.last), z


def mark_nav(texts: Sequence[str], verdicts: Sequence[str | None], z: Zones) -> list[str | None]:
    """`chrome.nav` for runs of short lines at the head and foot; run after metadata has taken its lines."""
    nav = nav_runs(texts, verdicts)
    return ["chrome.nav" if v is None and nav[i] and z.edge(i) else v for i, v in enumerate(verdicts)]
