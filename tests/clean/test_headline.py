"""Headline placement on synthetic page heads: which line is the title, and which lines are not."""

from __future__ import annotations

from reader.clean import clean


def test_a_disclosure_table_with_file_number_and_category_rows_is_no_title() -> None:
    page = (
        "市人民政府关于印发城市管理办法的通知\n"
        "索引号 SY-000000-2022-00001\n"
        "文件编号 市府〔2022〕1号\n"
        "发布机构 市政府\n"
        "公开类别 主动公开\n"
        "发布时间 2022-01-29\n"
        "各区人民政府，市政府各委、办、局：\n"
        "《城市管理办法》已经市政府常务会议审议通过，现印发给你们，请认真贯彻执行。\n"
    )
    doc = clean(page)
    assert doc.title == "市人民政府关于印发城市管理办法的通知"
    assert doc.date == "2022-01-29"
