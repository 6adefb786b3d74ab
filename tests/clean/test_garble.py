"""Rule `garble.gbk_shift`: byte-shifted GBK spans read in step again, lost characters recovered."""

from __future__ import annotations

import json
import math
import os
import random
import re
import subprocess
import sys
from pathlib import Path

import opencc
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from reader.clean import garble, pinyin, tables
from reader.clean.normalize import normalize_line, split_lines
from tests.helpers import decode_like_a_farm

ARTICLES = Path(__file__).parents[2] / "articles"
RULE = "garble.gbk_shift"
_LETTERS = "a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü"
# The acceptance checks: nothing of a garble, and no glued reading, may remain.
LEFTOVER_GARBLE = re.compile(rf"\?[{_LETTERS}]{{1,6}}\)|[\u3400-\u9fff]\?[{_LETTERS}]|\ufffd")
LEFTOVER_READING = re.compile(rf"[\u3400-\u9fff]\([{_LETTERS}]{{1,6}}\)")

# The six garbled lines of the seed pages, verbatim: 001 line 19 and 003 lines 8, 12, 16, 21, 22.
LINE_001_19 = (
    "1.初創(chuàng)階段——積極探索夯實(shí)基礎(chǔ)。2004-2005年是服務(wù)品牌初創(chuàng)"
    "階段,我委領(lǐng)導(dǎo)多次走訪基層進(jìn)行調(diào)研,召開座談會(huì)聽取各方意見,多"
    "次組織具有較好爭(zhēng)創(chuàng)條件的環(huán)保、財(cái)政、勞動(dòng)、人事、國(guó)"
    "土等20余家單位相關(guān)負(fù)責(zé)人赴青島、大連參觀學(xué)習(xí)創(chuàng)建經(jīng)"
    "驗(yàn)。結(jié)合昆山機(jī)關(guān)實(shí)際,出臺(tái)了《關(guān)于深化機(jī)關(guān)"
    "服務(wù)品牌爭(zhēng)創(chuàng)活動(dòng)的實(shí)施意見》,并逐步完善創(chuàng)建措施,"
    "積極探索機(jī)關(guān)黨建工作和業(yè)務(wù)工作的最佳結(jié)合點(diǎn)。同時(shí),邀"
    "請(qǐng)?zhí)K州大學(xué)有關(guān)專家舉辦服務(wù)品牌專題講座,就機(jī)關(guān)服務(wù)"
    "品牌創(chuàng)建所要引入的理念、行為、視覺等方面作了全新的講解和輔導(dǎo),進(jìn)一步"
    "增強(qiáng)各單位對(duì)服務(wù)品牌創(chuàng)建對(duì)促進(jìn)本部門各項(xiàng)工作"
    "的重要性和長(zhǎng)期性的認(rèn)識(shí)。市級(jí)機(jī)關(guān)各單位通過辦黑板報(bào)"
    "、宣傳欄、制作桌牌、胸牌、標(biāo)識(shí)宣傳牌等多種形式,加深機(jī)關(guān)黨員干部對(duì)"
    "本單位服務(wù)品牌名稱、理念和標(biāo)識(shí)的理解,增強(qiáng)創(chuàng)建意識(shí)和"
    "創(chuàng)建工作的責(zé)任感、自覺性。同時(shí),各單位還紛紛利用報(bào)紙、電視、發(fā)"
    "放宣傳資料等形式,不斷擴(kuò)大宣傳范圍,提高服務(wù)品牌的知名度,形成了人人參與的良好局"
    "面。通過一系列有效舉措,不少單位對(duì)創(chuàng)建機(jī)關(guān)服務(wù)品牌有了全面深"
    "刻的認(rèn)識(shí),并得到部門主要負(fù)責(zé)人的大力支持。"
)

LINE_003_8 = (
    "“綜合秘書科最大的變化就是辦文流程更精簡(jiǎn)、文稿審核更精準(zhǔn)、干部精神更飽滿、"
    "服務(wù)基層更貼心。”在“雙創(chuàng)”“三比”“五大行動(dòng)”活動(dòng)推進(jìn)會(huì)"
    "上,綜合秘書科科長(zhǎng)李勇?lián)屜劝l(fā)言,道出了大家的心聲。大家一致認(rèn)為,隨著"
    "活動(dòng)的開展,干部職工干事創(chuàng)業(yè)的勁頭更足了,辦事效率更高了,服務(wù)質(zhì)"
    "量更優(yōu)了。"
)

LINE_003_12 = (
    "理論是行動(dòng)的先導(dǎo),思想是前進(jìn)的旗幟。學(xué)習(xí)理論知識(shí)對(duì)于"
    "黨員干部堅(jiān)定理想信念、提高政策理論水平和做好實(shí)際工作十分重要。為打造學(xué)"
    "習(xí)型、創(chuàng)新型、高效型機(jī)關(guān),今年2月起,市政府辦公室每?jī)芍荛_展一次"
    "“夜課大講堂”,領(lǐng)導(dǎo)干部帶頭講、科長(zhǎng)輪流講、其他人員踴躍講,大家不限選題"
    "、不限內(nèi)容、不限形式,根據(jù)自己的專業(yè)特長(zhǎng)和興趣愛好,有的講業(yè)務(wù)"
    "工作,有的講專業(yè)知識(shí),有的講人文地理……干部職工之間形成了“趕學(xué)比超”“互鑒互"
    "賞”的濃厚氛圍。"
)

LINE_003_16 = (
    "“工間操時(shí)間到啦,請(qǐng)大家放下手里的工作,到十一樓、十三樓過(guò)道集合,跟著音樂(lè)"
    "動(dòng)起來(lái)吧……”每個(gè)工作日的上午10點(diǎn)30分和下午4點(diǎn)30分,市政府辦公"
    "室機(jī)關(guān)工會(huì)主席周莉莉都會(huì)準(zhǔn)時(shí)在工作群中提醒大家,忙于工作"
    "的同時(shí),也要?jiǎng)谝萁Y(jié)合,合理安排休息時(shí)間。"
)

LINE_003_21 = (
    "“陽(yáng)光、活力是一個(gè)集體永不枯竭的動(dòng)力。建設(shè)陽(yáng)光活力機(jī)關(guān)"
    ",既是擦亮機(jī)關(guān)黨建品牌的需要,又是提升文明單位良好形象的需要,也是落實(shí)‘同"
    "城融圈、優(yōu)鎮(zhèn)興鄉(xiāng)、品質(zhì)主導(dǎo)、產(chǎn)業(yè)支撐’四大戰(zhàn)"
    "略的需要。”市政府副秘書長(zhǎng)、辦公室主任尹鋼銀表示,全體辦公室同志嚴(yán)格落實(shí)"
    "“節(jié)奏更快、效率更高、質(zhì)量更優(yōu)”工作要求,以干事創(chuàng)業(yè)的激情擼起"
    "袖子加油干,真正做到統(tǒng)籌協(xié)調(diào)提速增效、參謀輔政超前高效、督查督辦精準(zhǔn)"
    "實(shí)效、服務(wù)保障規(guī)范有效,全力以赴把市委的宏偉藍(lán)圖變?yōu)槊篮矛F(xiàn)"
    "實(shí)。(賀欣瑜)"
)

LINE_003_22 = (
    "本文來(lái)自【廣安日?qǐng)?bào)-廣安在線】,僅代表作者觀點(diǎn)。全國(guó)黨媒信息公"
    "共平臺(tái)提供信息發(fā)布傳播服務(wù)。"
)


def clean_line(line: str) -> str:
    """The line as the cleaner's line repairs leave it: garble first, then readings."""
    return pinyin.repair_line(garble.repair_line(normalize_line(line)[0])[0])[0]


def farm(text: str, index: int, noise: str, *, reading: str = "", decoder: str = "farm") -> str:
    """`text` garbled as the farms do it: `(noise)` pushed between the two bytes of `text[index]`
    (and perhaps `(reading)` after it), decoded by the farm's decoder or by Python's."""
    code = text[index].encode("gbk")
    note = f"({reading})".encode("gbk") if reading else b""
    data = text[:index].encode("gbk") + code[:1] + f"({noise})".encode("gbk") + code[1:] + note
    data += text[index + 1 :].encode("gbk")
    return data.decode("gbk", "replace") if decoder == "python" else decode_like_a_farm(data)


@pytest.mark.parametrize(
    ("line", "before", "after", "expected"),
    [
        (LINE_001_19, "?zhí)K", "蘇", "邀請蘇州大學有關專家舉辦服務品牌專題講座"),
        (LINE_003_8, "?lián)屜劝l", "搶先發", "綜合秘書科科長李勇搶先發言"),
        (LINE_003_12, "?jī)芍荛_", "兩周開", "每兩周開展一次“夜課大講堂”"),
        (LINE_003_16, "?jiǎng)谝萁Y", "勞逸結", "勞逸結合"),
        (LINE_003_21, "?yōu)槊篮矛F", "為美好現", "全力以赴把市委的宏偉藍圖變為美好現實。"),
        (LINE_003_22, "?qǐng)?bào)", "報", "本文來自【廣安日報-廣安在線】"),
    ],
    ids=["蘇州", "搶先", "兩周", "勞逸", "變為", "日報"],
)
def test_seed_spans_are_repaired_exactly(line: str, before: str, after: str, expected: str) -> None:
    repaired, changes = garble.repair_line(line)
    assert changes == [(RULE, before, after)]
    assert repaired == line.replace(before, after, 1)
    text = clean_line(line)
    assert expected in text
    assert not LEFTOVER_GARBLE.search(text) and not LEFTOVER_READING.search(text)


def test_the_farm_simulation_reproduces_a_seed_span() -> None:
    assert farm("每兩周開展", 1, "jī") == "每?jī)芍荛_展"
    assert farm("日報-廣安", 1, "qǐng", reading="bào") == "日?qǐng)?bào)-廣安"


@pytest.mark.parametrize(
    ("garbled", "repaired", "before", "after"),
    [
        # Python's decoder: U+FFFD, and the `(` it failed on kept.
        (
            farm("市政府辦公室每兩周開展一次", 7, "jī", decoder="python"),
            "市政府辦公室每兩周開展一次",
            "\ufffd(jī)芍荛_",
            "兩周開",
        ),
        (
            farm("本文來自【廣安日報-廣安在線】", 8, "qǐng", reading="bào", decoder="python"),
            "本文來自【廣安日報-廣安在線】",
            "\ufffd(qǐng)\ufffd(bào)",
            "報",
        ),
        # A shifted pair GBK does not define also became `?`: the lead byte after it was lost too.
        (farm("掃描二維碼推送至手機訪問。", 0, "jī"), "掃描二維碼推送至手機訪問。", "?jī)呙瓒?S", "掃描二維"),
        # The ASCII trail byte K of 蘇 (CC 4B), followed by 蘇's own reading.
        (farm("邀請蘇州大學有關專家", 2, "zhí", reading="sū"), "邀請蘇州大學有關專家", "?zhí)K(sū)", "蘇"),
        # The shifted reading ran into an ASCII comma: `?` took the comma with the last trail byte.
        (farm("每季一談學習心得,每年一評", 5, "yōu"), "每季一談學習心得每年一評", "?yōu)曅牡?", "習心得"),
    ],
    ids=["python-decoder", "python-reading-only", "undefined-pair", "ascii-trail", "lost-comma"],
)
def test_other_shapes_of_the_same_garble(garbled: str, repaired: str, before: str, after: str) -> None:
    assert garble.repair_line(garbled) == (repaired, [(RULE, before, after)])


def test_a_character_nothing_decides_is_marked() -> None:
    assert garble.repair_line("?zhí)K") == ("〓", [(RULE, "?zhí)K", "〓")])
    # 好's trail byte went with the end of the line; 美和 is nearly as likely as 美好.
    assert garble.repair_line(farm("變為美好", 1, "jī")) == ("變為美〓", [(RULE, "?jī)槊篮?", "為美〓")])
    # The lead byte is known and the reading survives, but 市政府辦公室 says nothing of the character.
    assert garble.repair_line("市政府辦公室?jī)?bào)") == ("市政府辦公室〓", [(RULE, "?jī)?bào)", "〓")])


@pytest.mark.parametrize(
    "line",
    [
        "www.uplandwellness.com?2009-12-17 10:50? ?來源:人民網    我來說兩句",
        "什么是“品质通川”?对这个相对宽泛的问题,你或许觉得既熟悉又陌生",
        "真的?abc)不是拼音",  # not a syllable
        "为什么?Beijing)",  # not lower-case pinyin
        "每?jī)",  # nothing after the marker
        "每?jī) 周",  # a space is no trail byte
        "每?jī)芍荛😀",  # the shifted reading never ends inside GBK
        "每?jī)芍荛_展\ud800",  # a lone surrogate
        "�(a)",  # U+FFFD without a syllable after its `(`
        # 戰斗機 fits a shift (to 鸲窓C) but reads better as it is (found by the `deep` fuzz profile)
        "且粋?gè)戰斗機關、奉獻機關",
    ],
)
def test_lines_without_a_shifted_span_are_untouched(line: str) -> None:
    assert garble.repair_line(line) == (line, [])


@pytest.mark.parametrize("seed", ["000", "002", "004"])
def test_pages_without_garble_come_through_unchanged(seed: str) -> None:
    (path,) = ARTICLES.glob(f"{seed}_*.txt")
    for line in split_lines(path.read_text(encoding="utf-8")):
        assert garble.repair_line(line) == (line, [])


@pytest.mark.parametrize("seed", ["001", "003"])
def test_garbled_pages_keep_no_garble_and_no_reading(seed: str) -> None:
    (path,) = ARTICLES.glob(f"{seed}_*.txt")
    text = "\n".join(clean_line(line) for line in split_lines(path.read_text(encoding="utf-8")))
    assert LEFTOVER_GARBLE.findall(text) == []
    assert LEFTOVER_READING.findall(text) == []


def test_dictionaries_load_only_for_a_garbled_line(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from reader.clean import garble, tables\n"
        "garble.repair_line('什么是“品质通川”?对这个问题')\n"
        "print(tables.words.cache_info().currsize, end=' ')\n"
        "print(garble.repair_line('每?jī)芍荛_展')[0], tables.words.cache_info().currsize, end=' ')\n"
        "print('jieba' in sys.modules, 'pypinyin' in sys.modules)\n"
    )
    env = os.environ | {"READER_CACHE_DIR": str(tmp_path)}
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, env=env)
    assert run.stdout.split() == ["0", "每兩周開展", "1", "False", "False"]


# Lines built from the pieces a garble is made of, besides arbitrary text.
_PIECES = st.sampled_from(
    [
        "?",
        "\ufffd",
        "(",
        ")",
        "?jī)",
        "?qǐng)",
        "\ufffd(",
        "(bào)",
        "芍荛_",
        "屜劝l",
        "K",
        "州",
        "每",
        "周",
        "日",
        "報",
        ",",
        " ",
        "a",
        "\ud800",
        "😀",
        "〓",
        "機(jī)",
    ]
)
LINES = st.one_of(st.text(), st.lists(st.one_of(_PIECES, st.text(max_size=2)), max_size=12).map("".join))


@given(LINES)
@example("?ji)?ji)A?")  # the second pass read a `〓` the first had left as a shifted character
def test_repair_never_raises_is_stable_and_invents_nothing(line: str) -> None:
    repaired, changes = garble.repair_line(line)
    assert garble.repair_line(repaired) == (repaired, [])
    assert set(repaired) <= set(line) | set("".join(after for _, _, after in changes))
    assert all(rule == RULE and before in line for rule, before, _ in changes)


# --- The tables the scoring reads ---------------------------------------------------------------


@pytest.fixture(scope="module")
def jieba_counts() -> tuple[dict[str, int], int]:
    """jieba's dict.txt read the plain way: every word with its count, and the sum of every line's."""
    fields = tables._jieba_dict().read_text(encoding="utf-8").split()
    return dict(zip(fields[0::3], map(int, fields[1::3]), strict=True)), sum(map(int, fields[1::3]))


def test_the_word_table_reads_as_the_whole_dictionary(jieba_counts: tuple[dict[str, int], int]) -> None:
    counts, total = jieba_counts
    words = tables.words()
    assert words.total == total
    for word in [*random.Random(0).sample(sorted(counts), 3000), "周", "每周", "一", "AT&T", "4S店"]:
        assert words.count(word) == counts[word]
    assert words.count("周莉莉") is None and words.count("") is None
    for head in ("一", "每", "中华", "社会主", "周莉"):
        after = {w[len(head)] for w in counts if len(w) > len(head) and w.startswith(head)}
        assert words.followers(head) == after


def test_the_total_comes_from_the_cache_while_it_is_current(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jieba_counts: tuple[dict[str, int], int]
) -> None:
    total = jieba_counts[1]
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path))
    tables.words.cache_clear()
    try:
        assert tables.words().total == total
        (stored,) = tmp_path.glob("jieba-total-*.json")
        data = json.loads(stored.read_text(encoding="utf-8"))
        assert data["total"] == total and not list(tmp_path.glob("*.tmp"))
        stored.write_text(json.dumps({**data, "total": 12345}), encoding="utf-8")
        tables.words.cache_clear()
        assert tables.words().total == 12345  # believed: the key still matches
        stale = {"key": [*data["key"][:-1], 0], "total": 5}
        for damaged in ("{", "[]", "", json.dumps(stale), json.dumps({**data, "total": True})):
            stored.write_text(damaged, encoding="utf-8")
            tables.words.cache_clear()
            assert tables.words().total == total  # counted again, and written again
            assert json.loads(stored.read_text(encoding="utf-8"))["total"] == total
    finally:
        tables.words.cache_clear()


def test_a_cache_that_cannot_be_written_is_done_without(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jieba_counts: tuple[dict[str, int], int]
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("READER_CACHE_DIR", str(blocker / "cache"))
    tables.words.cache_clear()
    tables.to_traditional.cache_clear()
    try:
        assert tables.words().total == jieba_counts[1]
        s2tw = tables.to_traditional("s2tw")
        assert Path(s2tw.config).name == "s2tw.json"  # the full configuration
        assert s2tw.convert("为") == "為"
    finally:
        tables.words.cache_clear()
        tables.to_traditional.cache_clear()
    assert not tables.write_atomically(blocker / "x", b"") and not tables.write_atomically(None, b"")


@pytest.mark.parametrize("name", ["s2t", "s2tw", "s2hk"])
def test_character_only_conversions_match_the_full_ones(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path))
    tables.to_traditional.cache_clear()
    try:
        small = tables.to_traditional(name)
        assert "characters" in Path(small.config).name
        # One character a line: no phrase spans a line break, so each converts as it would alone.
        chars = "\n".join(chr(c) for c in range(0x3400, 0xA000))
        assert small.convert(chars) == opencc.OpenCC(f"{name}.json").convert(chars)
    finally:
        tables.to_traditional.cache_clear()


def _fit_by_every_word(options: list[tuple[str, float]], before: str, after: str) -> list[float]:
    """What `_Slot.fit` computes, the slow way: every word that might hold the option is looked up."""
    words, reach = tables.words(), garble._MAX_WORD - 1
    prefix, suffix = garble._forward(before)[0], garble._backward(after)
    holders = [
        (prefix[start] + suffix[end], before[start:], after[:end])
        for start in range(max(0, len(before) - reach), len(before) + 1)
        for end in range(min(len(after), reach - (len(before) - start)) + 1)
    ]
    fits = []
    for char, _ in options:
        simple, best = garble._simplified(char), -math.inf
        for rest, head, tail in holders:
            count = words.count(head + simple + tail)
            if count is not None or not (head or tail):
                best = max(best, rest + math.log(count or 1) - words.log_total)
        fits.append(best)
    return fits


def test_fit_scores_each_option_as_looking_up_every_word_does() -> None:
    rng = random.Random(3)
    texts = [
        garble._context(line)
        for path in sorted(ARTICLES.glob("*.txt"))
        for line in split_lines(path.read_text(encoding="utf-8"))
        if len(line) > 12
    ]
    readings = ["jī", "bào", "zhōu", "liǎng", "shi", "de"]
    for _ in range(150):
        text = rng.choice(texts)
        at = rng.randrange(len(text))
        before, after = text[max(0, at - rng.randrange(6)) : at], text[at + 1 : at + 1 + rng.randrange(6)]
        lost = rng.choice(
            [
                garble._Lost(trail=rng.randrange(0x40, 0xFF)),
                garble._Lost(lead=rng.randrange(0x81, 0xFF), reading=rng.choice([None, *readings])),
                garble._Lost(reading=rng.choice(readings)),
            ]
        )
        options = garble._options(lost, rng.choice([None, "traditional", "simplified"]))
        expected = _fit_by_every_word(options.options, before, after)
        assert garble._Slot(options, after).fit(before) == expected
