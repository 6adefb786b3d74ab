"""Chrome line rules: which lines are page furniture, each judged on its own.

Each line rule scores a line from 0 to 1: 1 for a shape that is chrome wherever it stands
(an ICP number, `第1页 / 共12页`), otherwise the share of the line's characters that the
rule's vocabulary covers. Chrome gathers at the top and the bottom of a page, so a rule
needs less evidence there (`EDGE`) than between two article paragraphs (`BODY`), where a
short line is article text unless it is mostly chrome (jusText-style neighbour smoothing).
Prose lines are never removed by vocabulary: a sentence that mentions a phone number or
a website stays. Only labels that open a line (`版权声明:`, `扫描二维码…`) remove prose.

Every rule is a record (`reader.clean.rules.Rule`) beside its patterns; `LINE_RULES` lists them in
order of precedence, and the sets the other passes read are the names of the records with a tag.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import NamedTuple

from reader.clean import signals
from reader.clean.chrome import cards
from reader.clean.first_chars import alternation, word_gate
from reader.clean.rules import IN_BODY, IN_FOOT, IN_HEAD, REMOVE, Rule, names_with, register
from reader.clean.signals import CJK, DATELINE, SENTENCE_PUNCT, is_menu, menu_items
from reader.convert import convert
from reader.convert import simplified as t2s
from reader.variants import fold_variants

EDGE = 0.34
BODY = 0.5

# Tags of the chrome records, read by the page passes and by metadata.
ONLY_AT_EDGE = "only_at_edge"  # its words are common in article text: it names a line only at the edges
ENDS_ARTICLE = "ends_article"  # fired late in the page, it marks where the page foot starts
NO_METADATA = "no_metadata"  # it never shares its line with metadata (`来源:人民網  我來說兩句` does)
# it may stand inside the article (a login wall in place of what it hides, a paper's keywords between
# its abstract and its text): the text goes on below it
IN_TEXT = "in_text"


def both_scripts(*words: str) -> str:
    """`both_scripts("责编")` → `"责编|責編"`: Simplified words and their Traditional forms (OpenCC s2t).

    For a pattern that must read a line as the page wrote it; a vocabulary is still written once.
    """
    forms = dict.fromkeys(f for w in words for f in (w, convert(w, "traditional", "simplified")))
    return "|".join(forms)


@functools.lru_cache(maxsize=4096)  # the metadata and structure read many of the same lines in Simplified
def simplified(text: str) -> str:
    """`站點地圖` → `站点地图`, `記者 淸河` → `记者 清河`: the line as the rules read it (OpenCC t2s, then
    the variant forms t2s leaves, `reader.variants`)."""
    return fold_variants(t2s(text))


def _chrome(name: str, example: str, does: str, *tags: str, at: str = IN_BODY) -> Rule:
    return register(Rule(f"chrome.{name}", REMOVE, example, does, frozenset(tags), at))


class LineRule(NamedTuple):
    """A chrome rule that judges one line: its record, its scorer, and the words it searches for.

    Called on a line as a page wrote it, it gives the line's score (`score` takes it in Simplified).
    """

    rule: Rule
    score: Callable[[str], float]  # 0 to 1, on the line in Simplified
    vocabulary: tuple[re.Pattern[str], ...] = ()  # none: a shape rule, scored on every line
    prose_label: re.Pattern[str] | None = None  # a label that removes the line even when it is a sentence
    opening: re.Pattern[str] | None = None  # a shape rule's one anchored pattern: 1 when it matches

    def __call__(self, text: str) -> float:
        return self.score(simplified(text))


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


def _worded(
    record: Rule,
    certain: re.Pattern[str] | None,
    words: re.Pattern[str] | None,
    prose_label: re.Pattern[str] | None = None,
) -> LineRule:
    """A rule of words: 1 when `certain` matches, else the share of the line `words` cover."""
    vocabulary = tuple(p for p in (certain, words) if p is not None)
    return LineRule(record, functools.partial(_score, certain, words), vocabulary, prose_label)


def _opening(record: Rule, pattern: re.Pattern[str], prose_label: re.Pattern[str] | None = None) -> LineRule:
    """A shape rule that is one anchored pattern: 1 when it matches."""
    return LineRule(record, lambda text: 1.0 if pattern.match(text) else 0.0, (), prose_label, pattern)


_DOC_SHARE_CERTAIN = re.compile(
    r"(?:上传(?:人|者|时间)|文档(?:编号|格式))\s*[:：]|\.(?:docx?|pdf|pptx?|xlsx?|wps)"
    r"(?:_第\d+页)?\s*$|展开阅读全文|S?VIP会员|资源描述|相[似关]文档|共赢上传|"
    r"还剩\d+页未读|阅读已结束",
    re.I,
)
_DOC_SHARE_WORDS = re.compile(
    r"下载\d*份?以?上?|举报|收藏|分销|\(赏\)|开通|会员|优惠大?|S?VIP|"
    r"点击查看更多|查看更多|继续阅读|建议|金币|"
    r"(?:格式|页数|大小)\s*[:：]\s*[\w.]+",
    re.I,
)

DOC_SHARE = _chrome(
    "doc_share",
    "上传人:xrp****65 文档编号:7023759",
    "removed (a document-sharing site: uploader, VIP, 展开阅读全文)",
    ENDS_ARTICLE,
    NO_METADATA,
)
doc_share = _worded(DOC_SHARE, _DOC_SHARE_CERTAIN, _DOC_SHARE_WORDS)

_PAGE_COUNT = re.compile(
    r"第\s*\d+\s*页\s*[/／]\s*共\s*\d+\s*页|^\d{1,4}$|^[-—－]\s*\d{1,4}\s*[-—－]$|^共\s*\d+\s*页$|"
    r"^(?:点击)?(?:进入|查看|阅读)?[上下]一页$"  # a pager's link alone: `点击进入下一页`
)
_PAGER_WORDS = re.compile(r"[上下]一页|尾页|第\s*\d+\s*页|共\s*\d+\s*页|\d+")
_NUMBER_ENDS = ("-", "—", "－")  # how a page number alone may end but on a digit: `- 12 -`


def _page_count(text: str) -> float:
    if "页" not in text and not text[-1:].isdigit() and not text.endswith(_NUMBER_ENDS):
        return 0.0  # every form has `页` but a page number alone (`12`, `- 12 -`)
    if _PAGE_COUNT.search(text):
        return 1.0
    return _coverage(_PAGER_WORDS, text) if "页" in text else 0.0


PAGE_COUNT = _chrome(
    "page_count", "第1页 / 共12页", "removed (pagers and page numbers, 点击进入下一页)", NO_METADATA
)
page_count = LineRule(PAGE_COUNT, _page_count)

# a slot's name: `广告位`, `移动网页_全站_页脚广告1`, `自动轮播广告(右)横式1栏` (its place in brackets)
_AD_CERTAIN = re.compile(r"广告位|页脚广告|_\w{0,8}广告|广告\s*[(（][上下左右中小大]{1,3}[)）]")
_AD_WORDS = re.compile(r"广告|推广|赞助")

AD = _chrome("ad", "移动网页_全站_页脚广告1", "removed (ad slots)", NO_METADATA)
ad = _worded(AD, _AD_CERTAIN, _AD_WORDS)

# `av` as a word of its own (`亚洲av无码`), never inside a Latin word: `JAVA_OPTS`, `java`, `Avenue`.
_AV = r"(?<![A-Za-z])av(?![A-Za-z])"
_SPAM_STRONG = re.compile(rf"{_AV}|无码|毛片|午夜|色情|博彩|百家乐|老虎机|成人电影", re.I)
_SPAM_ANY = re.compile(
    rf"{_AV}|无码|毛片|午夜|福利|激情|成人|色情|一级|国产|日韩|欧美|亚洲|乱码|"
    r"博彩|彩票|百家乐|棋牌|老虎机|资源站|最新地址",
    re.I,
)
_KEYWORD_TITLE = re.compile(r"^(?P<key>[^()（）]{2,20})[（(](?P=key)[^()（）]*[)）]$")


# A string of keywords, between commas as often as `_`: `亚洲av无码,日韩视频,国产午夜精品`. Not `、`:
# it lists things inside a sentence or a headline (`扫黄打非:查处色情、博彩、午夜福利等有害信息`).
_KEYWORD_SEP = re.compile(r"[,，_|｜\s]+")
_KEYWORDS_MIN = 3  # spam keywords in a string of them
_SENTENCE_END = re.compile(r"[。！？!?]")
# The strong words as a page writes them, so that a sentence is read in Simplified only when it has
# one: hanzi by a plain alternation, `av` only where its letters are (both fast on every sentence).
_SPAM_HANZI = re.compile(both_scripts(*_SPAM_STRONG.pattern.split("|")[1:]))
_AV_WORD = re.compile(_AV, re.I)


def _spam_gate(text: str) -> bool:
    if _SPAM_HANZI.search(text):
        return True
    return ("v" in text or "V" in text) and _AV_WORD.search(text) is not None


def spam_word(simple: str) -> bool:
    """`五月综合激情`, read in Simplified → True: it holds a word spam hosts inject (`激情`, `午夜`)."""
    return _SPAM_ANY.search(simple) is not None


def spam_keywords(text: str) -> bool:
    """`亚洲免费av电影一区二区三区,日韩爱爱视频,国产午夜精品无码` → True: an injected string of spam
    keywords, however it separates them. Commas do not make it a sentence: no sentence ends in it, and
    most of its items are spam (a news story about a crackdown names such words in sentences)."""
    if _SENTENCE_END.search(text) or not _SPAM_STRONG.search(text):
        return False
    items = [item for item in _KEYWORD_SEP.split(text) if item]
    spam = sum(1 for item in items if _SPAM_ANY.search(item))
    return spam >= _KEYWORDS_MIN and 2 * spam >= len(items)


def _seo_title(text: str) -> float:
    strong = _spam_gate(text) and _SPAM_STRONG.search(text) is not None  # most lines have no spam word
    if strong and spam_keywords(text):
        return 1.0
    if SENTENCE_PUNCT.search(text):
        return 0.0
    if text.endswith((")", "）")) and _KEYWORD_TITLE.match(text):
        return 1.0
    if strong and len(_SPAM_ANY.findall(text)) >= 2:
        return 1.0
    if text.count("_") < 2:  # fewer than three parts: spared the split
        return 0.0
    parts = [p for p in text.split("_") if p.strip()]
    if len(parts) < 3 or max(map(len, parts)) > 24:
        return 0.0
    # keywords joined by `_` are words of the page's language: `--network=common_container_network`
    # and `SPRING_DATASOURCE_URL` are a program's names, joined the same way
    return 1.0 if 2 * sum(bool(CJK.search(p)) for p in parts) > len(parts) else 0.0


SEO_TITLE = _chrome(
    "seo_title",
    "機關單位團建(機關單位團建活動經費)",
    "removed (SEO titles: a keyword and its variants, spam keyword strings between `_` or commas)",
    NO_METADATA,
)
seo_title = LineRule(SEO_TITLE, _seo_title)


def keyword_title(text: str) -> str | None:
    """The keyword of an SEO title `A(A…)`, the best title a page without one can offer."""
    m = _KEYWORD_TITLE.match(text.strip())
    return m.group("key").strip() if m else None


_BREADCRUMB_LABEL = re.compile(r"^\s*(?:您?的?(?:所在的?|当前的?|现在的?)?位置|当前位置)\s*[:：]")
_BREADCRUMB_HOME = re.compile(r"(?:网站首页|首页|主页)\s*(?:>>?|»|›|＞|→|/)")
_BREADCRUMB_CHAIN = re.compile(r"^[^>»›＞→]{1,14}(?:\s*(?:>>?|»|›|＞|→)\s*[^>»›＞→]{1,14}){2,}\s*(?:>>?)?$")


_HOME_ITEM = re.compile(r"(?:首页|主页)$")
_HOME_ITEM_MAX = 10  # characters of each link in a row of them between bars
_HOME_ROW_MAX = 3  # links in the row: a longer one is a link farm's


def _home_row(text: str) -> bool:
    """`人民网首页|上海频道首页`, `首页 | 重要新闻`: a short row of links between bars, one of them a
    home page."""
    items = [item.strip() for item in re.split(r"[|｜]", text)]
    items = items[:-1] if items and not items[-1] else items  # `首页 | 版面导航 |`
    return (
        1 < len(items) <= _HOME_ROW_MAX
        and all(0 < len(item) <= _HOME_ITEM_MAX for item in items)
        and any(_HOME_ITEM.search(item) for item in items)
    )


def _breadcrumb(text: str) -> float:
    if ("位置" in text and _BREADCRUMB_LABEL.match(text)) or ("页" in text and _BREADCRUMB_HOME.search(text)):
        return 1.0
    if SENTENCE_PUNCT.search(text):
        return 0.0
    if ("|" in text or "｜" in text) and _home_row(text):
        return 1.0
    return 1.0 if _BREADCRUMB_CHAIN.match(text) else 0.0


BREADCRUMB = _chrome(
    "breadcrumb",
    "您所在的位置: 东南网 > 理论频道 > 正文",
    "removed (breadcrumbs, and a row of links with the home page: `人民网首页|上海频道首页`)",
    NO_METADATA,
)
breadcrumb = LineRule(BREADCRUMB, _breadcrumb)

_ICP = re.compile(
    r"ICP\s*[备证许][\w\s:：-]*?\d[\d-]*\s*号?(?:-\d+)?|公网安备\s*\d+\s*号?|"
    r"B2-\d{6,}|网站标识码\s*[:：]?\s*\w+|(?:gongan|icp)\.png",
    re.I,
)
FOOTER_ICP = _chrome(
    "footer_icp",
    "蜀ICP备13024881号-1 川公网安备 51170202000151号",
    "removed (filing numbers)",
    ENDS_ARTICLE,
    NO_METADATA,
)
footer_icp = _worded(FOOTER_ICP, _ICP, None)
_LICENCE = re.compile(r"许可证\s*(?:编号|号)?\s*[:：]?\s*[A-Za-z0-9（）()〔〕\[\]-]{5,}")

FOOTER_LICENCE = _chrome(
    "footer_licence", "互联网新闻信息服务许可证:51120190013", "removed (licence numbers)", NO_METADATA
)
footer_licence = _worded(FOOTER_LICENCE, _LICENCE, None)

# A reposting site's disclaimer, a sentence that is chrome wherever it stands.
_DISCLAIMER = (
    r"仅代表作者(?:本人|个人)?(?:观点|立场)|(?:本[网站]|本平台)(?:只是|仅|只)?转载|"
    r"如涉及(?:作品)?内容?[、,，]?版权|仅提供信息存储空间服务|"
    # a site's word on its own text or its readers' comments, never an article's sentence
    r"[未非]经(?:本[网站]|作者)?(?:书面)?(?:授权|许可|同意)\W{0,2}(?:不得|禁止|严禁|请勿)(?:转载|复制|摘编|使用)|"
    r"评论仅(?:供其|代表\w{0,4})(?:表达)?个人(?:看法|观点)|"
    # `网友个人意见,不代表本站立场`, `…并不代表本网赞同其观点`: the site's word on what it carries
    r"不代表本(?:网|站|平台|刊|号)\w{0,8}?(?:观点|立场)"
)
_DISCLAIMER_RE = re.compile(_DISCLAIMER)
# `版权声明:`, and a bare `声明:` when it speaks of the site or of rights: a post's own `声明:此文为转载!`
# or `声明:仅作技术交流` is the writer's word to the reader, part of the post.
_NOTICE_LABEL = (
    r"^[【\[“\"]?(?:(?:版权|免责|法律|特别)(?:声明|宣告)[】\]]?\s*[:：]|"
    r"声明[】\]]?\s*[:：].*?(?:本站|本网|本平台|本号|版权|侵权|删除|来源于?网络|仅代表))"
)
_COPYRIGHT_CERTAIN = re.compile(
    r"©|\(c\)\s*\d{4}|copyright|^powered\s+by\b|版权所有|著作权(?:所有|属于)|all rights reserved|"
    + rf"{_DISCLAIMER}|{_NOTICE_LABEL}",
    re.I,
)
_COPYRIGHT_WORDS = re.compile(
    r"(?:主办|承办|协办|技术支持|维护)(?:单位)?\s*[:：]\s*\S+|"
    r"^\S{2,30}(?:主办|承办|协办)$|(?:主办|承办|协办)(?:单位)?|"
    r"技术支持|维护(?:单位)?|"
    r"未经(?:授权|许可)|禁止转载|不得转载"
)
_COPYRIGHT_LABEL = re.compile(_NOTICE_LABEL)

COPYRIGHT = _chrome(
    "copyright",
    "©2010-2025 宁波自信网络信息技术有限公司 版权所有",
    "removed (copyright, disclaimer and sponsor lines)",
    ENDS_ARTICLE,
    NO_METADATA,
)
copyright_ = _worded(COPYRIGHT, _COPYRIGHT_CERTAIN, _COPYRIGHT_WORDS, prose_label=_COPYRIGHT_LABEL)

_FOOTER_LINKS = re.compile(
    r"关于我们|联[系络]我们|[服使]用?务?条款|网站地图|站点地图|(?:网站|文章|栏目|频道)导航|帮助中心|意见反馈|"
    r"隐私权?政策|隐私|免责声明|法律声明|版权声明|广告服务|招聘信息|加入我们|"
    r"(?:返回|回到|回)顶部|返回首页|回首页|返回目录|网站声明|用户协议|使用帮助|便捷服务|抽奖活动"
)

FOOTER_LINKS = _chrome(
    "footer_links", "关于我们 | 联系我们 | 网站地图", "removed (site links in the footer)", ENDS_ARTICLE
)
footer_links = _worded(FOOTER_LINKS, None, _FOOTER_LINKS)

_CONTACT = re.compile(
    r"(?:客服|投诉|维权|举报|咨询|服务|值班)?/?(?:维权)?"
    r"(?:电话|热线|传真|邮箱|e-?mail|邮编|地址|QQ|微信号)\s*[:：]\s*\S*|"
    r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+|(?<!\d)(?:0\d{2,3}-?\d{7,8}|1[3-9]\d{9}|400-?\d{3}-?\d{4})(?!\d)",
    re.I,
)

CONTACT = _chrome(
    "contact",
    "地址:沈阳市苏家屯区翠柏路14号 邮编:110101 电话:024-89812076",
    "removed (addresses, phones, mail; head and foot only)",
    ONLY_AT_EDGE,
    at=IN_FOOT,
)
contact = _worded(CONTACT, None, _CONTACT)

_APP_PROMPT = re.compile(
    r"下载\w{0,6}|客户端|app|掌上\w{0,4}|手机(?:读报|看|版)\w{0,4}|移动版|安装|读报",
    re.I,
)

APP_PROMPT = _chrome("app_prompt", "手机读报看新闻,下载掌上达州", "removed (app download prompts)")
app_prompt = _worded(APP_PROMPT, None, _APP_PROMPT)

_SHARE_CERTAIN = re.compile(r"^ID\s*[:：]\s*\w+$|^分享(?:到|至)|^(?:扫描|长按|扫码|识别)\S{0,6}二维码")
_SHARE_WORDS = re.compile(
    r"分享(?:到|至)?|二维码|扫一扫|扫码|关注我们|微信公众号|公众号|微信|微博|抖音|"
    r"QQ空间|朋友圈|打印(?:本页|此文)?|关闭(?:窗口|本页)?|字[号体]|大\s*中\s*小|"
    r"放大|缩小|默认|"
    r"设为首页|加入收藏|收藏本站|推送至手机|LOFTER|今日头条|头条号|纠错|订阅|按赞|"
    r"列印|字级|A\s*[-－]\s*A\s*[+＋]|"  # Taiwan's print and font-size tools: `列印`, `字級`, `A-A+`
    r"复制(?:链接|连结|网址)|Facebook|脸书|Twitter|推特|Plurk|噗浪|"
    r"在?手机上?(?:打开|浏览|阅读)(?:当前页|本页|本文)?|播放(?:本新闻)?(?:相关)?(?:短片|视频|影片)",
    re.I,
)
# how to share the page itself, as a sentence: `使用“扫一扫”即可将网页分享至朋友圈。`
_SHARE_LABEL = re.compile(
    r"^(?:扫描|长按|扫码|识别)\S{0,6}二维码|^.{0,40}?即可(?:将|把)?(?:本?网页|本页面?|本文)分享(?:到|至)"
)

SHARE = _chrome("share", "分享到: 微信 微博", "removed (share, QR, print, font size: 列印 字級 A-A+)")
share = _worded(SHARE, _SHARE_CERTAIN, _SHARE_WORDS, prose_label=_SHARE_LABEL)

_COMMENT = re.compile(
    r"我来说两句|发表评论|发评论|网友评论|我要评论|评论|跟[帖贴]|我要留言|发表留言|留言板|"
    r"请?登录|注册|验证码|匿名|提交|已有\d+人参与|文明发言"
)

# The head of a comment section: `《…》有3条评论`, `3 条回复`, `19 跟贴`, `全部评论`.
_COMMENT_LABEL = re.compile(
    r"^(?:《[^》]{1,60}》)?\s*[有共]?\s*\d+\s*条?(?:评论|回复|留言|跟[帖贴])\S{0,3}$|^(?:全部|热门|最新|网友)评论\s*[(（]?\d*[)）]?$|^留言\s*[(（]?\d*[)）]?$"
)
COMMENT = _chrome("comment", "我来说两句", "removed (comment boxes, `3条评论`)", ENDS_ARTICLE)
# A forum's call to sign up, written as a sentence: `马上注册,结交更多好友,享用更多功能。`, or its
# welcome alone on a line: `欢迎注册【某某论坛】!`
_SIGN_UP = re.compile(r"^(?:马上|立即|现在)注册\s*[,，]|^欢迎您?注册\W{0,2}[^\s，,。]{1,16}?\W{0,3}$")
comment = _worded(COMMENT, _COMMENT_LABEL, _COMMENT, prose_label=_SIGN_UP)

_RELATED_LABEL = re.compile(
    r"^(?:[上下前后]一篇|[上下]一条|相关(?:新闻|阅读|链接|文章)|推荐阅读)\s*[:：>]|"
    r"^[←«]\s*[^←«→»]{1,40}$|^[^←«→»]{1,40}[^\s←«→»]\s*[→»]$"  # the posts before and after
)
_RELATED = re.compile(
    r"相关(?:新闻|阅读|链接|文章|报[道导]|推荐)|推荐阅读|延伸阅读|"
    r"热点新闻|热门(?:推荐|新闻|文章|排行|版块|帖子|话题)|(?:精彩|新闻|热点|图文)推荐|最新(?:新闻|文章|消息)|即时新闻|排行榜|更多>>|更多|"
    r"[上下前后]一篇|[上下]一条|"
    r"视频现?场?|图片新闻|>>"
)

RELATED = _chrome("related", "相关新闻", "removed (related-link lists, 上一篇:…)", ENDS_ARTICLE)
# Placed by the lines around it (`zones.dated_lists`); its dates are the list's, never the page's.
DATED_LIST = _chrome(
    "dated_list",
    "2026/03/11\n千田爱纱助阵 竹市食品亮相东京食品展\n2026/03/11\n金门浯江故事短影音竞赛开跑\n"
    "2026/03/10\n农业部正式公告禁止饲养危险动物",
    "removed (a list of the site's news, a date alone over each headline, three or more in a row)",
    NO_METADATA,
    at=IN_HEAD,
)
related = _worded(RELATED, _RELATED_LABEL, _RELATED)

# A forum's notice of a thread's state, written as a sentence: `当前主题已经存档。`, `该帖已被锁定。`
_THREAD_STATE = r"^(?:当前|本|该|此)(?:主题|帖子?)已(?:经|被)*(?:存档|关闭|锁定|删除|屏蔽)"
_ANSWER_RATING = r"^你对这个回答的评价是"  # a Q&A site's question to the reader under an answer
# A forum's offer to the reader who shares the thread: `…访问本页面时,…你将获得[1金钱]的奖励`.
_SHARE_REWARD = r"^.{0,40}?你将获得\s*\[?\d+\s*[^\]\s]{0,4}\]?\s*的?奖励"
# A row of a poster's user card beside the post (`cards`): `性别 保密`, `帖子 260`, `积分 100 详情`,
# `状态 离线`, `来自 东经113度,北纬22.3度`.
_CARD_ROW = cards.row_pattern()
# A forum's or a blog's post furniture: who may do what to a post, and its counters.
_FORUM_CERTAIN = re.compile(
    r"只看该作者|只看楼主|倒序浏览|阅读模式|使用道具|电梯直达|发新帖|返回列表|收起回复|高级模式|赠金笔|"
    r"本帖最后由.{1,30}编辑|以文本方式查看主题|(?:查看|访问|点击|浏览|人气)\s*[:：]\s*\d+\s*[|｜]?\s*回复\s*[:：]\s*\d+|来自\S{0,16}客户端|"
    r"回复\s*[|｜]?\s*支持\s*[|｜]?\s*反对|^回复\s*[|｜]\s*引用|后才可以回帖|[喜转]\S?[欢载]▼|一键三连|"
    rf"{_THREAD_STATE}|{_CARD_ROW}|"
    # a question-and-answer site's: who answered, the votes and what the reader may do with an answer
    r"\d+\s*人赞同了该回答|采纳数\s*[:：]\s*\d|获赞数\s*[:：]\s*\d|私信TA|向TA提问|已赞过|已踩过|抢首赞|"
    rf"{_ANSWER_RATING}|{_SHARE_REWARD}"
)
_FORUM_WORDS = re.compile(
    r"(?:回复|引用)(?=$|\s|[(（|｜])|举报|打赏|(?:楼主|沙发|板凳|地板)(?=$|\s)|[支反][持对]\s*[(（]\d+[)）]|"
    r"(?:阅读|评论|收藏|转载|喜欢|点赞)\s*[(（]?\d+[)）]?|赞\s*[(（]\d+[)）]"
)
FORUM = _chrome(
    "forum",
    "楼主 | 只看该作者 |倒序浏览 |阅读模式",
    "removed (forum and blog post furniture: 只看该作者, 回复 引用 举报, 阅读(12) 评论(3))",
    ENDS_ARTICLE,
)
forum = _worded(
    FORUM,
    _FORUM_CERTAIN,
    _FORUM_WORDS,
    prose_label=re.compile(f"{_THREAD_STATE}|{_ANSWER_RATING}|{_SHARE_REWARD}"),
)

_WELCOME = re.compile(
    r"(?:今天是|今日是)\s*[:：]?\s*(?:\d{4}年\d{1,2}月\d{1,2}日)?|"
    r"欢迎(?:访问|光临|您)[^！!，,。\s]{0,24}[!！]?|星期[一二三四五六日天]|农历\S*|天气"
)

WELCOME = _chrome(
    "welcome",
    "欢迎访问中共宁乡市委组织部网站！今天是2020年11月2日 星期一",
    "removed (date and welcome bars)",
    at=IN_HEAD,
)
welcome = _worded(WELCOME, None, _WELCOME)

_URL_LINE = re.compile(
    r"^(?:(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\S+\.(?:png|jpe?g|gif|svg)|[\w-]+(?:\.[\w-]+)*\.(?:com|cn|net|org|gov\.cn)(?:/\S*)?)$",
    re.I,
)

URL = _chrome(
    "url",
    "www.uplandwellness.com",
    "removed (an address alone on a line; head and foot only)",
    ONLY_AT_EDGE,
    at=IN_FOOT,
)


def _url(text: str) -> float:
    if "." not in text and "://" not in text:
        return 0.0  # a host's dot, or a scheme's `://`
    return 1.0 if _URL_LINE.match(text) else 0.0


url = LineRule(URL, _url)

# A piece of a menu cut off at a bar: `|港城快讯|`, `视频 |`.
_MENU_PIECE = re.compile(r"^[|｜]\s*[^|｜]{1,12}[|｜]?$|^[^|｜]{1,12}[|｜]$")


# A run of `?` that a broken encoding left where characters were: no menu item.
_BROKEN = re.compile(r"[?？]{2,}")


# A table's row or a list of names is no menu: `1 张伟 县委办 主任`, `序号 姓名 单位`, `张伟 王芳 李娜`.
_CELL_NUMBER = re.compile(r"^\d{1,4}(?:[.、]\d+)?$")
_COLUMN = re.compile(r"^(?:序号|姓名|单位|职务|职称|性别|年龄|名称|编号|类别|数量|金额|备注|得分|排名)$")
# The commonest surnames: a list of 2–3 character items most of which start with one is a list of names.
_SURNAME = re.compile(
    r"^[王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    r"姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤][\u4e00-\u9fff]{1,2}$"
)


def _table_or_names(items: list[str]) -> bool:
    """`["1", "张伟", "县委办", "主任"]`, `["序号", "姓名", "单位"]`, `["张伟", "王芳", "李娜"]` → True."""
    if _CELL_NUMBER.match(items[0]):
        return True
    if sum(bool(_COLUMN.match(i)) for i in items) >= 2:
        return True
    return sum(bool(_SURNAME.match(i)) for i in items) * 3 >= len(items) * 2


# What a menu's split by spaces would cut but is one item: a phrase in brackets (`(The Buried Moon)`,
# a title's translation) and a run of Latin words that reads as a phrase (`Illustrated by John D.
# Batten`, a quotation): it holds a function word, a word in lower case or a clause mark, which a
# menu's link labels (`Home News Sports`) do not. Their spaces are joined before the line is read.
_BRACKETED = re.compile(r"[(（\[［][^()（）\[\]［］]{1,60}[)）\]］]")
_LATIN_RUN = re.compile(r"[A-Za-z][!-~]*(?: [A-Za-z'\"‘“(][!-~’”]*)+")
_LATIN_CLAUSE = re.compile(r"[A-Za-z]{2,}['\"”’)]?[,;:.!?]['\"”’)]?(?=\s|$)")
_LATIN_WORD = re.compile(r"[A-Za-z]+")
_FUNCTION_WORDS = frozenset(
    re.findall(
        r"\w+",
        "a an the of in on at by to from into with for as and or but nor than not no is are was were be "
        "it its his her their our my your this that these those which who he she they we you i",
    )
)
# A book as a reference list gives it: `[英] 毛姆 / 2006 / 上海译文出版社`, `Ackerman, Diane / 1992 / …`.
_REFERENCE = re.compile(r"^[^/]{1,40}\s/\s(?:1[5-9]|20)\d{2}(?:年\d{1,2}月)?\s/\s[^/]{1,40}$")


def _latin_phrase(run: str) -> bool:
    """`The Buried Moon, Illustrated by` → True; `Home News Sports Business` → False."""
    words = _LATIN_WORD.findall(run)
    return _LATIN_CLAUSE.search(run) is not None or any(
        w.lower() in _FUNCTION_WORDS or w[0].islower() for w in words
    )


def _phrases_joined(text: str) -> str:
    """`被掩埋的月 (The Buried Moon)` → `被掩埋的月 (The_Buried_Moon)`: a phrase as one menu item."""
    text = _BRACKETED.sub(lambda m: m.group().replace(" ", "_"), text)
    return _LATIN_RUN.sub(
        lambda m: m.group().replace(" ", "_") if _latin_phrase(m.group()) else m.group(), text
    )


# What parts a menu's items however they are written: a bar, a dot, a spaced dash or slash, two spaces.
_ITEM_BREAK = re.compile(r"\s*[|｜·•»›]\s*|\s[-–—/>]+\s|\s{2,}")
_BRACKET_OPEN = re.compile(r"[(（\[［]")  # where `_BRACKETED` may join a phrase


def _menu(text: str) -> bool:
    """A menu, its phrases read whole (`被掩埋的月 (The Buried Moon)` is no menu); or four items or
    more between bars or spaced dashes, however long: `求助 - 电脑硬件 - 某论坛 - Powered by Discuz!`."""
    # A sentence is no menu however it is joined (`is_menu` says so first), nor is a line without a
    # separator (one item, with no space to join): the two regex passes of `_phrases_joined` spared.
    if SENTENCE_PUNCT.search(text) or not signals.MENU_SPLIT.search(text):
        return False
    # Nor is a line of fewer than four items (`is_menu`): joining its phrases never makes more, but in
    # brackets (`(a / / b)`); nor one with an item too long for a menu's, which joining only lengthens.
    items = menu_items(text)
    if len(items) < 4 and not _BRACKET_OPEN.search(text):
        return False
    if max(map(len, items), default=0) > signals.MENU_ITEM_MAX:
        return False
    if is_menu(_phrases_joined(text)):
        return True
    return len(_ITEM_BREAK.split(text)) >= 4 and is_menu(text)


# A short phrase set out letter by letter (`网 民 炮 轰 滥 用 税 收`, a subhead of a post spaced so): one
# item, not a menu of characters.
_SPACED_PHRASE = re.compile(r"^[\u4e00-\u9fff](?:\s{1,3}[\u4e00-\u9fff]){3,7}$")


def _link_farm(text: str) -> float:
    if _SPACED_PHRASE.match(text):
        return 0.0
    if "??" in text or "？？" in text:
        text = _BROKEN.sub(" ", text)
    if "/" in text and _REFERENCE.match(text):
        return 0.0
    if _menu(text) and not _table_or_names(menu_items(text)):
        runs = jammer_runs(text)  # a sentence with noise in it is spaced like a menu
        return 1.0 if not runs or is_menu(_without(text, runs)) else 0.0
    piece = ("|" in text or "｜" in text) and _MENU_PIECE.match(text)
    return 1.0 if piece and not SENTENCE_PUNCT.search(text) else 0.0


def _without(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with the `spans` cut out, each leaving a space."""
    for a, b in reversed(spans):
        text = f"{text[:a]} {text[b:]}"
    return text


LINK_FARM = _chrome(
    "link_farm", "赶集网  火车票  福州分类信息  福州租房", "removed (menus and link farms, `|港城快讯|`)"
)
link_farm = LineRule(LINK_FARM, _link_farm)
END_MARK = _chrome("end_mark", "（完）", "removed (the closing mark; the paragraph keeps its text)")
end_mark = LineRule(END_MARK, lambda text: 1.0 if signals.END_MARK.fullmatch(text) else 0.0)


# A label and a colon, or a space and the tags: `文章标签 新闻社会资讯`.
# A journal paper's catalogue codes are its tags too: `[中图分类号] D63 [文献标识码] A [文章编号] …`.
# (the label alone over the list too: `相关关键字` over `#文化里 #周世英`)
_TAGS = re.compile(
    r"^[【\[]?(?:(?:文章|本文|相关|热门)?(?:关键词|关键字|标签|tags?)|中图分类号|文献标[识志]码|文章编号)[】\]]?"
    r"(?:\s*[:：]|\s+\S|\s*$)",
    re.I,
)
# Its words set off by semicolons or commas read like clauses: a keyword line is still no sentence.
_TAGS_LIST = re.compile(rf"(?:{_TAGS.pattern})[^。！？!?]*$", re.I)
TAGS = _chrome(
    "tags",
    "关键词:组织部门 干部",
    "removed (keyword and tag lines, `关键词:公共服务;乡村治理`, a paper's `中图分类号`, a tag list's "
    "label alone, `相关关键字`)",
    IN_TEXT,
)
tags = _opening(TAGS, _TAGS, _TAGS_LIST)

# What a photo stands for, alone under it: `（资料图）`, `(資料圖片僅供參考)`, `图片来源：网络`, or `图片`
# (its placeholder text, where the page showed it); a caption that says what the photo shows
# (`资料图：2016年3月2日，…`) is the article's.
_PHOTO_NOTE = re.compile(
    r"^[（(【\[]?\s*(?:资料图片?|网络图片|示意图|配图|图源网络|图片?(?:来源|来自)\s*[:：]?\s*\S{1,12}|图片)"
    r"\s*[，,]?\s*(?:(?:图片)?仅供参考|与本文无关)?\s*[）)】\]]?$"
)
PHOTO_NOTE = _chrome("photo_note", "（资料图片仅供参考）", "removed (a photo's note alone: 资料图, 图片来源)")
photo_note = _opening(PHOTO_NOTE, _PHOTO_NOTE)

# A page's reading aids: accessibility modes, eye-care colours, a skip link, a player for the text read aloud.
_READING_AIDS = re.compile(
    r"无障碍(?:浏览|阅读|模式|通道)?|长辈版|长者(?:模式|版)|关怀(?:版|模式)|适老化|视力保护色|护眼模式|"
    r"繁体版|简体版|语音播报|听全文|"
    r"(?:收听|朗读)本文(?:\s*\d{1,2}:\d{2}\s*/\s*\d{1,2}:\d{2})?"
)
READING_AIDS = _chrome(
    "reading_aids",
    "无障碍 长辈版 视力保护色: 收听本文 00:00/00:00",
    "removed (reading aids: 无障碍, 长辈版, 视力保护色, a player of the text read aloud)",
    NO_METADATA,
)
reading_aids = _worded(READING_AIDS, None, _READING_AIDS)
# A headline is short: a longer line runs the article on after it (`原标题:… 问题CSDN 这个“软件”…`).
_ORIGINAL_TITLE = re.compile(r"^(?=.{0,80}$)[【\[]?原标?题[】\]]?\s*[:：]")
ORIGINAL_TITLE = _chrome(
    "original_title", "原标题：海南出台措施吸引各类人才", "removed (a repost's original headline)"
)
# a label, so it goes even when the headline it gives is a question: `原标题：三星失意 路在何方？`
original_title = _opening(ORIGINAL_TITLE, _ORIGINAL_TITLE, _ORIGINAL_TITLE)
_EPAPER = re.compile(
    r"^第?\s*[A-Za-z]?\d{1,3}\s*版\s*[:：]|PDF\s*版|电子报|版面导[航览]|[上下]一[版期]|"
    r"^返回\s*第?\s*[A-Za-z]?\d{1,3}\s*版?\s*[:：]|"  # the link back to the page: `返回 A2:综合新闻`
    r"^[（(]\s*(?:下转|上接|紧接|转|接)\s*第?\s*[\dA-Za-z一二三四五六七八九十]{1,3}\s*版\s*[）)]$|"
    r"[（(][^()（）]{0,24}第\s*[A-Za-z]?\d{1,3}\s*版\s*[）)]$",  # `《某报》（2022年10月18日 第06版）`
    re.I,
)


def _epaper(text: str) -> float:
    if SENTENCE_PUNCT.search(text) or len(text) > 40:
        return 0.0
    if "版" not in text and "报" not in text and "期" not in text and "返回" not in text:
        return 0.0  # a word every form holds: `第A02版`, `电子报`, `上一期`, `返回 A2:`
    return 1.0 if _EPAPER.search(text) else 0.0


EPAPER = _chrome(
    "epaper",
    "第A02版:热点 PDF版",
    "removed (an e-paper's page furniture, `返回 A2:综合新闻`, `（下转第三版）`, "
    "`《某报》（2022年10月18日 第06版）`)",
)
epaper = LineRule(EPAPER, _epaper)
_WORD_CHARACTER = re.compile(r"[^\W_]")  # a letter, digit or hanzi of any script
WORDLESS = _chrome("wordless", "* * *", "removed (punctuation and symbols alone on a line, no word)")
wordless = LineRule(WORDLESS, lambda text: 0.0 if _WORD_CHARACTER.search(text) else 1.0)


# What is left of a page's markup or template: a comment's ends, a tag, a page's file name.
# A template's field or class name alone on its line, dotted with an underscore: `Graywatermark.thumb_head`.
_TEMPLATE_NAME = r"^[A-Za-z]\w*(?:\.\w+)*\.[A-Za-z][A-Za-z0-9]*_\w*$"  # not `www.my_site.com`
# A photo's file name alone, where the page showed the photo: `IMG_8438.JPG`.
_IMAGE_FILE = r"^[A-Za-z0-9_.-]+\.(?:jpe?g|png|gif|bmp|webp)$"
_MARKUP = re.compile(
    rf"<!--|-->|</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>|(?<![\w-])[\w-]+\.s?html?\b|{_TEMPLATE_NAME}|"
    rf"{_IMAGE_FILE}",
    re.I,
)
MARKUP = _chrome(
    "markup",
    "2023-11-24 2 2 晚报 content_218998.html 1 /enpproperty-->",
    "removed (what a page's markup or template left: comment ends, tags, file names, a photo's "
    "`IMG_8438.JPG`, field names)",
    NO_METADATA,
)


def _markup(text: str) -> float:
    if "<" not in text and ">" not in text and "." not in text:
        return 0.0  # a comment's end, a tag and a file's name each hold one
    return 1.0 if _MARKUP.search(text) else 0.0


markup = LineRule(MARKUP, _markup)


# The help-line box a news site sets under a story of suicide: its lines name the hotlines
# (`自杀防治安心专线：1925`, `生命线：1995`, `张老师专线：1980`), its heading speaks for the site to the
# reader (`《某报》关心你`, `某网提醒您，请给自己机会：`) and its plea is one short sentence (`请珍惜生命。`).
_HOTLINE_CERTAIN = re.compile(
    r"(?:自杀|轻生)\w{0,8}(?:专线|热线)|安心专线|生命线\w{0,4}\s*[:：]?\s*1995|张老师\w{0,4}\s*[:：]?\s*1980|"
    r"心理(?:援助|危机干预)\w{0,4}热线|"
    r"^\W{0,2}(?:《[^》]{1,12}》|[^\s《》]{1,12}?)(?:关心|提醒)(?:您|你)\W{0,2}(?:请?再?给自己\w{0,4}机会\W{0,2})?$"
)
_HOTLINE_PLEA = r"自杀(?:不能|解决不了)\w{0,4}问题|请?珍惜生命|请?再?给自己\w{0,4}机会"
_HOTLINE_MAX = 60  # the plea is one short sentence; a longer line is the article's
HOTLINE = _chrome(
    "hotline",
    "《某报》关心你\n自杀解决不了问题，却留给家人无比悲痛。请珍惜生命。\n再给自己一次机会\n"
    "自杀防治安心专线：1925\n生命线协谈专线：1995\n张老师专线：1980",
    "removed (the help-line box under a story of suicide: 安心专线 1925, 生命线 1995, 张老师 1980)",
    NO_METADATA,
)
hotline = _worded(
    HOTLINE,
    _HOTLINE_CERTAIN,
    re.compile(_HOTLINE_PLEA),
    prose_label=re.compile(rf"^(?=.{{0,{_HOTLINE_MAX}}}$)\W{{0,2}}(?:{_HOTLINE_PLEA})"),
)

# A news site's paywall, a sentence to the reader: `您所浏览的新闻已过查询时效。建议您加入某社付费会员…`,
# `开通会员后可阅读全文`. A story about a paid membership (`某平台付费会员突破1亿`) asks the reader nothing.
_PAYWALL = (
    r"(?:已过|超过)\w{0,4}(?:查询|阅览|阅读|浏览)时效|"
    r"(?:请您?|建议您|欢迎您)\w{0,2}(?:加入|成为|开通|升级)\w{0,10}?(?:付费|订阅|VIP)会员|"
    r"(?:订阅|登录|付费|购买|开通会员)(?:后|即可|才能|方可)\w{0,2}(?:阅读|查看|浏览|观看)(?:全文|完整|更多)"
)
_PAYWALL_MAX = 80
PAYWALL = _chrome(
    "paywall",
    "您所浏览的新闻已过查询时效。建议您加入某某社付费会员找寻您要的新闻。",
    "removed (a paywall's or a subscription's notice to the reader: 付费会员, 订阅后阅读全文)",
    NO_METADATA,
)
paywall = _worded(
    PAYWALL,
    re.compile(_PAYWALL),
    None,
    prose_label=re.compile(rf"^(?=.{{0,{_PAYWALL_MAX}}}$).{{0,24}}?(?:{_PAYWALL})"),
)


# A forum's or a blog's login wall, set in the text where a picture or a link is hidden from guests:
# `图片隐藏,注册或登录后显示`, `回复后可见`. Short: a sentence on how a service works (`私密文章只有登录后
# 可见`) is an article's. The text goes on below it (`IN_TEXT`).
_LOGIN_WALL = re.compile(
    r"^(?=.{0,30}$)(?:[^\s。！？]{0,12}?隐藏\W{0,2})?(?:(?:注册|登录|登陆)(?:或(?:注册|登录|登陆))?|回复)"
    r"\s*(?:后|才能|即可|方可)\s*(?:显示|可见|查看|浏览|获取更多权限)\W{0,2}$"
)
LOGIN_WALL = _chrome(
    "login_wall",
    "图片隐藏,注册或登录后显示",
    "removed (what a login wall hides from guests, in its place: 注册或登录后显示, 回复后可见)",
    NO_METADATA,
    IN_TEXT,
)
login_wall = _opening(LOGIN_WALL, _LOGIN_WALL, _LOGIN_WALL)

# A page's notice about the reader's browser or a widget still loading: `您的浏览器版本太低`,
# `请更新您的浏览器` (over `您使用的浏览器版本较旧`),
# `调查问题加载中,请稍候。`, `您感兴趣的信息加载中...` (trailing off where the widget's text would come),
# `若长时间无响应,请刷新本页面`. Each pattern addresses the reader about
# the page, which an article sentence about browsers does not (`打开您的浏览器,输入网址`).
_BROWSER = (
    r"您(?:使用)?的\w{0,8}浏览器\w{0,4}(?:[太过较]低|[太过较]旧|不支持|不兼容)|请(?:更新|升级)您的\w{0,4}?浏览器(?:版本)?(?!\w)|(?:加载|载入)中(?:\W{0,3}请稍[候后等]|\s*(?:\.{2,}|…+)$)|(?:无响应|加载失败|加载不出)\W{0,2}请?刷新|"
    r"请(?:开启|启用|打开)\s*(?:[Jj]ava[Ss]cript|JS|js|脚本)"
)
_BROWSER_RE = re.compile(_BROWSER)  # no IGNORECASE: it would slow the vocabulary's union
_BROWSER_MAX = 60  # such a notice is one short sentence; a longer line is an article's
_BROWSER_LABEL = re.compile(rf"^(?=.{{0,{_BROWSER_MAX}}}$).{{0,16}}?(?:{_BROWSER})")
BROWSER = _chrome(
    "browser",
    "您的IE浏览器版本太低,请升级至IE8及以上版本。",
    "removed (notices about the reader's browser or a widget loading: 加载中,请稍候)",
    NO_METADATA,
)
browser = _worded(BROWSER, _BROWSER_RE, None, prose_label=_BROWSER_LABEL)

# The site asking the reader to consent to its privacy terms or cookies (a banner, or a widget's
# condition): it addresses the reader (`您`, `我们的`), which a news sentence about consent does not.
_CONSENT = (
    r"(?:代表|即表示|表示|视为|即视为)您(?:已经?)?(?:同意|接受)|"
    r"请(?:先)?(?:同意|接受)我们的\S{0,8}(?:隐私|cookie|条款|规范|政策)"
)
_CONSENT_RE = re.compile(_CONSENT, re.I)
_CONSENT_MAX = 80  # a banner is a sentence or two; a longer line is an article's
CONSENT = _chrome(
    "consent",
    "請同意我們的隱私權規範，才能啟用聽新聞的功能。",
    "removed (the site's privacy or cookie consent notice: 继续浏览即表示您同意)",
    NO_METADATA,
)
consent = _worded(
    CONSENT, _CONSENT_RE, None, prose_label=re.compile(rf"^(?=.{{0,{_CONSENT_MAX}}}$).*?(?:{_CONSENT})", re.I)
)

# A site's or a post's visit counter: `本站点击数`, `今日点击数 1,016`, `浏览次数:1234`, its value
# alone (`33,451,181`) and its start (`自 2008-02-01 以来`).
_COUNTER_CERTAIN = re.compile(
    r"^\d{1,3}(?:,\d{3})+$|^自\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*以来$|"
    r"^(?:本文|全文)字数\s*[:：]\s*\d+$"  # an e-paper's word count: `本文字数: 410`
)
_COUNTER_WORDS = re.compile(
    r"(?:本站|本文|本页|本帖|今日|昨日|本月|总|累计)?(?:点击|访问|浏览|阅读)(?:数|量|次数|人次)\s*[:：]?\s*[\d,]*"
)
COUNTER = _chrome(
    "counter",
    "本站点击数\n33,451,181\n今日点击数 1,016\n本文字数: 410",
    "removed (visit counters, an e-paper's word count)",
    NO_METADATA,
)
counter = _worded(COUNTER, _COUNTER_CERTAIN, _COUNTER_WORDS)

# A post's or a page's counters set in a row, their icons gone: `7210 2` (views, replies), `1 1 1`
# (likes, shares, comments). Two or three whole numbers, nothing else; only at the head or the foot,
# where no table stands (a table's row of figures between paragraphs is the article's).
_COUNTS = re.compile(r"^\d{1,7}(?:\s+\d{1,7}){1,2}$")
COUNTS = _chrome(
    "counts",
    "7210 2",
    "removed (a row of bare counters: views, replies, likes; head and foot only)",
    ONLY_AT_EDGE,
    NO_METADATA,
    at=IN_HEAD,
)
counts = _opening(COUNTS, _COUNTS)

# A close button's letter alone on its line, at a page's head or foot: `x` (`×` has no word: `wordless`).
_CLOSE_LINE = re.compile(r"^[xX]$")
CLOSE = _chrome(
    "close", "x", "removed (a close button's `x` alone; head and foot only)", ONLY_AT_EDGE, at=IN_HEAD
)
close = _opening(CLOSE, _CLOSE_LINE)

# Discuz's anti-scraping noise (`<font class="jammer">`): random pairs of ASCII letters, digits and
# symbols, `7 Z, X# ]+ f+ h8 N6 l6 |4 _`. A line of it goes; a run of it inside a post's sentence
# does not make the sentence a menu (`link_farm` reads the line without it).
_JAMMER_RUN = re.compile(r"(?:(?<=\s)|^)(?:[!-~]{1,2}(?:\s+|$)){4,}")
_JAMMER_SYMBOL = re.compile(r"[!-/:-@\[-`{-~]")


def _is_jammer(run: str) -> bool:
    """Mostly pairs, some with a symbol: `X# ]+ f+ h8`, not `a = b + c ;` nor `1 2 3 4`."""
    tokens = run.split()
    pairs = sum(len(t) == 2 for t in tokens)
    return 2 * pairs >= len(tokens) and sum(bool(_JAMMER_SYMBOL.search(t)) for t in tokens) >= 2


def jammer_runs(text: str) -> list[tuple[int, int]]:
    """Where the anti-scraping noise is in `text`: `(start, end)` of each run of random pairs."""
    return [m.span() for m in _JAMMER_RUN.finditer(text) if _is_jammer(m.group())]


# Discuz's placeholder of a post's picture, `[attach]4821916[/attach]`, or its stub, `(, 下载次数: 136)`
# (the file's name and size left out): no words of the post.
_ATTACH_CODE = re.compile(
    r"\[attach(?:img)?\]\d+\[/attach(?:img)?\]|\([^()]{0,60}?下载次数\s*[:：]\s*\d+\s*\)", re.I
)


def _jammer(text: str) -> float:
    if "[" in text or "下载次数" in text:  # noise around a picture's placeholder
        text = _ATTACH_CODE.sub(" ", text)
    if not text.isascii():  # a line of noise alone: the noise is ASCII
        return 0.0
    runs = jammer_runs(text)
    return 1.0 if runs and sum(b - a for a, b in runs) >= len(text.strip()) else 0.0


JAMMER = _chrome(
    "jammer",
    "7 Z, X# ]+ f+ h8 N6 l6 |4 _",
    "removed (a forum's anti-scraping noise alone on a line, or around a picture's `[attach]` code)",
    NO_METADATA,
)
jammer = LineRule(JAMMER, _jammer)


# A page's skip link for keyboards and screen readers, alone on its line at the head: `跳过导航`,
# `跳到主要内容`, `Skip to content`.
_SKIP_LINK = re.compile(
    r"^(?:跳过|跳到|跳至|跳转到?)(?:导航|主要内容|正文|内容)(?:区域?)?$|^skip\s+(?:to\s+(?:main\s+)?content|navigation)$",
    re.I,
)
SKIP_LINK = _chrome(
    "skip_link", "跳过导航", "removed (a skip link: 跳到主要内容, Skip to content)", NO_METADATA, at=IN_HEAD
)
skip_link = _worded(SKIP_LINK, _SKIP_LINK, None)


LINE_RULES: tuple[LineRule, ...] = (
    wordless,
    jammer,
    markup,
    hotline,
    paywall,
    login_wall,
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
    reading_aids,
    comment,
    related,
    forum,
    welcome,
    url,
    link_farm,
    end_mark,
    original_title,
    tags,
    photo_note,
    epaper,
    browser,
    consent,
    counter,
    counts,
    close,
    skip_link,
)
"""In order of precedence: the first rule that fires names the line."""

# The sets other passes read, each the names of the records with a tag.
EDGE_ONLY = names_with(ONLY_AT_EDGE, "chrome")
TAIL_MARKERS = names_with(ENDS_ARTICLE, "chrome")
NOT_CARRIERS = names_with(NO_METADATA, "chrome")
IN_TEXT_RULES = names_with(IN_TEXT, "chrome")

# (score, name, whether it may name a line between paragraphs), looked up once rather than per line:
# all rules for a line with chrome vocabulary, the shape rules (no vocabulary) for any other; of the
# shape rules that are one anchored pattern, none on a line that opens as none of them does.
_RuleRow = tuple[Callable[[str], float], str, bool]
_ALL_RULES: tuple[_RuleRow, ...] = tuple(
    (lr.score, lr.rule.name, lr.rule.name not in EDGE_ONLY) for lr in LINE_RULES
)
_ROWS: dict[tuple[bool, bool], tuple[_RuleRow, ...]] = {
    (worded, opened): tuple(
        row
        for row, lr in zip(_ALL_RULES, LINE_RULES, strict=True)
        if (worded or not lr.vocabulary) and (opened or lr.opening is None)
    )
    for worded in (False, True)
    for opened in (False, True)
}
_OPENINGS = re.compile(alternation([lr.opening for lr in LINE_RULES if lr.opening is not None]))
VOCABULARIES = tuple(p for lr in LINE_RULES for p in lr.vocabulary)
# (tried only where one of its words can begin, by its first two characters: a line of prose is read
# four times faster; only whether a line holds a word matters, so a digit is tried only before `人`
# in `\d+人赞同`, a letter only before `@` in a mail address)
_HAS_WORD = word_gate(VOCABULARIES)
# A prose line is removed only by a rule whose *certain* pattern is a label opening the line.
_PROSE_LABELS = tuple((lr.rule.name, lr.prose_label) for lr in LINE_RULES if lr.prose_label is not None)
_SEEN_LINES = 4096  # recent lines whose verdicts are kept, about 1 MB


# Words one of the prose labels or the disclaimer needs, in either script: most sentences have none
# and are spared the conversion to Simplified.
_PROSE_WORDS = re.compile(
    both_scripts(
        "声明",
        "宣告",
        "二维码",
        "分享至",
        "分享到",
        "代表",
        "载",
        "涉及",
        "注册",
        "浏览器",
        "您同意",
        "您已",
        "您接受",
        "同意我们",
        "接受我们",
        "请稍",
        "刷新",
        "主题已",
        "帖已",
        "帖子已",
        "自杀",
        "珍惜生命",
        "机会",
        "时效",
        "会员",
        "订阅",
        "登录",
        "付费",
        "购买",
        "存储空间",
        "未经",
        "评论仅",
        "回答的评价",
        "你将获得",
        "原标题",
        "原题",
        "隐藏",
        "后显示",
        "后可见",
        "关键词",
        "关键字",
        "分类号",
    )
)
_PROSE_FIRST = re.compile(f"[{''.join(sorted({w[0] for w in _PROSE_WORDS.pattern.split('|')}))}]")


def prose_label(text: str) -> str | None:
    """The rule of a label that removes a whole line even when it is a sentence."""
    if (
        "。" not in text
        and not _SENTENCE_END.search(text)
        and _spam_gate(text)
        and spam_keywords(simplified(text))
    ):
        return SEO_TITLE.name
    if not _PROSE_FIRST.search(text) or not _PROSE_WORDS.search(text):
        return None
    text = simplified(text)
    for name, pattern in _PROSE_LABELS:
        if pattern.match(text):
            return name
    # a reposting disclaimer anywhere in the line
    return COPYRIGHT.name if _DISCLAIMER_RE.search(text) else None


# A line of hanzi spaced out one by one, as a page sets a heading or a whole post: read as its words.
_SPACED = re.compile(r"^[\u3400-\u9fff](?: [\u3400-\u9fff]){2,}$")


@functools.lru_cache(maxsize=_SEEN_LINES)
def line_verdicts(text: str) -> tuple[str | None, str | None]:
    """The rule naming `text` between article paragraphs, and at the page head or foot.

    The rules read the line in Simplified (OpenCC t2s: `convert` from Traditional), so each
    vocabulary, written in Simplified, also holds for Traditional pages: `站點地圖` is `站点地图`.
    Hanzi spaced out one by one (`欢 迎 访 问`) are read as the words they spell.
    A line that opens with a dateline (`新华社北京11月1日电 题：…`) is the story's, never chrome.
    """
    plain = simplified(text)
    if _SPACED.match(plain):  # `网 民 炮 轰`: words spaced out, no menu of one-character links
        plain = plain.replace(" ", "")
    verdicts = _verdicts(plain)
    return verdicts if verdicts == (None, None) or not DATELINE.match(text) else (None, None)


def _verdicts(text: str) -> tuple[str | None, str | None]:
    """`line_verdicts` of a line in Simplified.

    Rules are scored in precedence order until one clears the body bar, so a line pays
    only for the rules it needs. A line no single rule claims, but whose chrome words
    together clear a bar (`相關評論>>`), goes to its best-scoring rule. The verdicts of
    recent lines are kept: a site repeats its header and footer on every page.
    """
    edge = None
    scored: list[tuple[float, str]] = []
    for fn, name, in_body in _ROWS[_HAS_WORD(text), _OPENINGS.match(text) is not None]:
        s = fn(text)
        if s <= 0:  # most rules, on most lines
            continue
        if s >= EDGE and edge is None:
            edge = name
        if s >= BODY and in_body:
            return name, edge
        scored.append((s, name))
    total = sum(s for s, _ in scored)
    best = max(scored, default=(0.0, None))[1]
    body = best if total >= BODY and best not in EDGE_ONLY else None
    return body, edge or (best if total >= EDGE else None)
