"""A site's name from its URL's host: the source where the page names none."""

from __future__ import annotations

import pytest

from reader.sites import site_name


@pytest.mark.parametrize(
    ("url", "name"),
    [
        ("http://sc.people.com.cn/n2/2022/0101/c1.html", "人民网"),
        ("https://www.news.cn/politics/2024-05/06/c_1.htm", "新华网"),
        ("news.163.com/22/0101/a.html", "网易"),
        ("https://www.gov.cn/zhengce/content/1.htm", "中国政府网"),
        ("https://www.cna.com.tw/news/asoc/201803130001.aspx", "中央社"),
    ],
)
def test_known_hosts_name_their_site(url: str, name: str) -> None:
    assert site_name(url) == name


@pytest.mark.parametrize(
    "url",
    [
        None,
        "",
        "http://dazhou.gov.cn/a.html",
        "http://notpeople.com.cn/x",
        "http://[broken/",
        "mailto:someone",
    ],
)
def test_unknown_or_broken_hosts_name_nothing(url: str | None) -> None:
    assert site_name(url) is None
