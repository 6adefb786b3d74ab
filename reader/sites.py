"""The name of a site from its URL's host: a small table of the sites Chinese web text most often
comes from. It names an article's source only where the page names none itself."""

from __future__ import annotations

from urllib.parse import urlsplit

# Registered domain → the name the site gives itself. A host matches its domain and any subdomain
# (`sc.people.com.cn` is 人民网), the longest domain first.
SITES: dict[str, str] = {
    "people.com.cn": "人民网",
    "xinhuanet.com": "新华网",
    "news.cn": "新华网",
    "cctv.com": "央视网",
    "cctv.cn": "央视网",
    "cnr.cn": "央广网",
    "chinanews.com.cn": "中国新闻网",
    "chinanews.com": "中国新闻网",
    "gmw.cn": "光明网",
    "chinadaily.com.cn": "中国日报网",
    "youth.cn": "中国青年网",
    "ce.cn": "中国经济网",
    "qstheory.cn": "求是网",
    "china.com.cn": "中国网",
    "cri.cn": "国际在线",
    "81.cn": "中国军网",
    "workercn.cn": "中工网",
    "thepaper.cn": "澎湃新闻",
    "jiemian.com": "界面新闻",
    "caixin.com": "财新网",
    "163.com": "网易",
    "sina.com.cn": "新浪",
    "sina.cn": "新浪",
    "sohu.com": "搜狐",
    "qq.com": "腾讯网",
    "ifeng.com": "凤凰网",
    "baidu.com": "百度",
    "toutiao.com": "今日头条",
    "weixin.qq.com": "微信公众号",
    "zhihu.com": "知乎",
    "csdn.net": "CSDN",
    "cnblogs.com": "博客园",
    "www.gov.cn": "中国政府网",
    "rednet.cn": "红网",
    "dzwww.com": "大众网",
    "southcn.com": "南方网",
    "cqnews.net": "华龙网",
    "cnhubei.com": "荆楚网",
    "hebnews.cn": "长城网",
    "nmgnews.com.cn": "正北方网",
    "qlwb.com.cn": "齐鲁晚报",
    "cna.com.tw": "中央社",
    "udn.com": "聯合新聞網",
    "ltn.com.tw": "自由時報",
    "setn.com": "三立新聞網",
    "ettoday.net": "ETtoday新聞雲",
    "chinatimes.com": "中時新聞網",
    "appledaily.com.tw": "蘋果日報",
    "rthk.hk": "香港電台",
    "hk01.com": "香港01",
    "mingpao.com": "明報",
    "bbc.com": "BBC",
    "rfi.fr": "法廣",
}
_BY_LENGTH = sorted(SITES, key=len, reverse=True)


def site_name(url: str | None) -> str | None:
    """`https://sc.people.com.cn/n2/…` → `人民网`; None for a host the table does not know."""
    if not url:
        return None
    try:
        host = (urlsplit(url if "//" in url else f"//{url}").hostname or "").lower()
    except ValueError:
        return None
    return next((SITES[d] for d in _BY_LENGTH if host == d or host.endswith("." + d)), None)
