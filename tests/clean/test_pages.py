"""Unseen-style pages (tests/clean/pages/): other provinces and sites, exact expectations.

The rules were not written for these pages; they keep the cleaner honest about general signals.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reader.clean import RULES, clean
from reader.document import Block, Document

PAGES = Path(__file__).parent / "pages"


def p(text: str) -> Block:
    return Block("paragraph", text)


def h(text: str, level: int) -> Block:
    return Block("heading", text, level)


def li(text: str) -> Block:
    return Block("list_item", text)


EXPECTED: dict[str, dict] = {
    "zj_county_gov": {
        "meta": {
            "title": "县农业农村局召开2023年农村集体经济工作推进会",
            "date": "2023-05-12 16:20",
            "source": "县农业农村局",
            "author": None,
            "editor": "王小明",
            "script": "simplified",
        },
        "blocks": [
            p(
                "5月11日下午，县农业农村局召开2023年农村集体经济工作推进会，总结去年工作成效，部署今年重点任务。"
                "各乡镇（街道）分管负责人、农业农村办主任参加会议。"
            ),
            p(
                "会议指出，去年全县村级集体经济总收入达到3.2亿元，同比增长12.6%，所有行政村集体经济年收入均超过50万元，"
                "经营性收入超过30万元。"
            ),
            h("（一）强化项目带动", 1),
            p(
                "会议要求，各乡镇要围绕“一村一品”谋划项目，用好强村公司平台，推动闲置资产盘活利用。对群众反映的问题，"
                "可拨打服务热线0571-64612345咨询，也可登录县政府门户网站www.tonglu.gov.cn“政民互动”栏目留言。"
            ),
            h("（二）规范资金管理", 1),
            p("严格执行村级财务“五议两公开”制度，强化资金使用全过程监管，确保集体资产保值增值。"),
            p("会议还对下一阶段农村产权交易、村级财务审计等工作作了具体安排。"),
        ],
        "removed": {
            "首页": "chrome.nav",
            "当前位置：首页 > 新闻中心 > 部门动态": "chrome.breadcrumb",
            "分享到：": "chrome.share",
            "（责任编辑：王小明）": "metadata.editor",
            "网站标识码：3301220001  浙ICP备05012345号-1  浙公网安备 33012202000123号": "chrome.footer_icp",
        },
    },
    "gd_news_comments": {
        "meta": {
            "title": "韶关乳源：瑶乡党员志愿服务队走进田间地头",
            "date": "2022-08-03 09:15",
            "source": "南方日报",
            "author": "李华 张明",
            "editor": "陈静",
            "script": "simplified",
        },
        "blocks": [
            p(
                "连日来，乳源瑶族自治县组织党员志愿服务队深入各镇村，帮助群众抢收早稻、修缮水渠，把党建工作做到了田间地头。"
            ),
            p(
                "在必背镇桂坑村，30多名党员志愿者顶着烈日帮助村民收割稻谷。“今年雨水多，幸亏有党员帮忙，稻谷才没烂在田里。”"
                "村民赵阿姨说。"
            ),
            p(
                "据了解，今年以来全县已组建党员志愿服务队126支，开展志愿服务活动800余场次，服务群众2.3万人次。"
            ),
            p("下一步，乳源将把志愿服务与乡村振兴结合起来，持续擦亮“瑶山先锋”党建品牌。"),
        ],
        "removed": {
            "南方网首页 | 新闻 | 财经 | 娱乐 | 体育 | 视频 | 图片 | 房产 | 汽车": "chrome.link_farm",
            "【字号：大 中 小】【打印】【关闭】": "chrome.share",
            "网友7788：写得很好，为基层党员干部点赞，希望多报道这样的好事！": "chrome.footer",
            "粤ICP备09174648号": "chrome.footer_icp",
        },
    },
    "tw_traditional_portal": {
        "meta": {
            "title": "宜蘭縣府推動社區長照據點 今年增設12處",
            "date": "2021-06-18 14:05",
            "source": None,
            "author": "林怡君",
            "editor": None,
            "script": "traditional",
        },
        "blocks": [
            p(
                "宜蘭縣政府今天宣布，今年將在全縣新增12處社區照顧關懷據點，讓長輩在熟悉的社區就近獲得共餐、健康促進與關懷訪視等服務。"
            ),
            p(
                "縣長表示，宜蘭縣65歲以上人口比例已超過18%，社區據點是長照體系的第一線，縣府將持續與在地協會合作，擴大服務量能。"
            ),
            h("【服務內容】", 1),
            p(
                "據點將提供每週至少兩次的共餐服務，並安排健康講座、體適能課程及志工電話問安。有需要的民眾可洽各鄉鎮公所社會課，"
                "或撥打長照專線1966查詢。"
            ),
            h("【申請方式】", 1),
            p("社區發展協會、宗教團體及非營利組織均可提出申請，縣府將依據點規模補助設備費與人事費。"),
        ],
        "removed": {
            "首頁 » 地方新聞 » 宜蘭縣": "chrome.breadcrumb",
            "分享至：Facebook LINE 複製連結": "chrome.share",
            "版權所有 © 2021 宜蘭新聞網 All Rights Reserved.": "chrome.copyright",
        },
    },
    "hn_party_profile": {
        "meta": {
            "title": "扎根山乡十五载 甘做群众“贴心人”",
            "subtitle": "——记宁乡市沩山乡党委书记刘建军",
            "date": "2020-11-02",
            "source": None,
            "author": "李勇 周小平",  # the correspondents closing the text outrank 作者：市委组织部
            "editor": None,
            "script": "simplified",
        },
        "blocks": [
            p(
                "初秋的沩山，云雾缭绕。清晨六点，刘建军已经走在了去村里的山路上。十五年来，他走遍了全乡每一个村民小组，"
                "记满了二十多本民情日记。"
            ),
            h("一、把群众的事当成自己的事", 1),
            p(
                "2016年夏天，一场暴雨冲毁了祖塔村的进村公路。刘建军连夜赶到现场，组织党员突击队抢修道路，三天三夜没有合眼。"
            ),
            p("“刘书记是我们的贴心人。”村民周满秀说，“有什么困难找他，他从来不推。”"),
            h("二、把产业发展放在心上", 1),
            p(
                "沩山乡地处山区，交通不便。刘建军带领乡村干部因地制宜发展茶叶、高山蔬菜等特色产业，全乡茶园面积从3000亩扩大到"
                "1.2万亩，茶农人均年增收8000余元。"
            ),
            p("如今的沩山，茶园连片，民宿林立，昔日的贫困山乡变成了远近闻名的旅游目的地。"),
        ],
        "removed": {
            "网站首页": "chrome.nav",
            "（通讯员 李勇 周小平）": "metadata.byline",
            "上一篇：宁乡市开展村（社区）党组织书记轮训": "chrome.related",
        },
    },
    "sc_news_infoline": {
        "meta": {
            "title": "绵阳市举办2023年“三下乡”文化惠民活动",
            "date": "2023-07-15 10:20",
            "source": "绵阳日报",
            "author": None,
            "editor": "赵敏",
            "script": "simplified",
        },
        "blocks": [
            p(
                "7月14日，由市委宣传部主办的“三下乡”文化惠民活动在游仙区魏城镇启动。活动为群众送去文艺演出、图书和科普展板。"
            ),
            p("活动现场，市川剧院的演员们表演了《白蛇传》选段，赢得台下阵阵掌声。"),
            p("活动地点：魏城镇文化广场"),
            p("报名电话：0816-2345678"),
            p(
                "今年以来，全市已开展各类文化惠民活动320余场，受益群众超过15万人次。有意参加志愿服务的市民，"
                "可关注“绵阳文明”微信公众号报名。"
            ),
        ],
        "removed": {
            "手机看新闻 下载客户端": "chrome.app_prompt",
            "扫描二维码": "chrome.share",
            "【编辑：赵敏】": "metadata.editor",
        },
    },
    "doc_share_runon": {
        "meta": {
            "title": "xx镇2022年党建工作总结",
            "date": "2022-12-30",
            "source": None,
            "author": "中共xx镇委员会",
            "editor": None,
            "script": "simplified",
        },
        "blocks": [
            p(
                "2022年，我镇党委坚持以习近平新时代中国特色社会主义思想为指导，全面落实新时代党的建设总要求，各项工作取得新成效。"
                "现将全年工作总结如下。"
            ),
            h("一、主要工作及成效", 1),
            p(
                "（一）强化理论武装。全年召开党委理论学习中心组学习会12次，举办专题读书班2期，各支部开展“三会一课”180余次。"
            ),
            p(
                "（二）夯实基层基础。完成8个村（社区）党组织规范化建设，新发展党员15名，整顿软弱涣散党组织1个。"
            ),
            p("（三）从严正风肃纪。开展廉政警示教育4次，查处违纪违规问题3件，处分党员2人。"),
            h("二、存在的问题", 1),
            p("一是理论学习深度不够，学用结合不紧。"),
            p("二是部分党组织书记抓党建能力不强，工作创新不足。"),
            h("三、2023年工作打算", 1),
            p("一是深化理论学习，推动党的创新理论入脑入心。"),
            p("二是抓实基层组织建设，选优配强村级班子。"),
            p("三是持续正风肃纪，营造风清气正的政治生态。"),
        ],
        "removed": {
            "xx镇2022年党建工作总结.docx": "chrome.doc_share",
            "5": "chrome.page_count",
            "还剩4页未读，继续阅读": "chrome.doc_share",
            "中共xx镇委员会 2022年12月30日": "metadata.date",
        },
    },
    "bj_notice_bullets": {
        "meta": {
            "title": "这些新规，6月1日起施行！",
            "date": "2023-05-31 08:30",
            "source": "新华网",
            "author": None,
            "editor": "吴迪",
            "script": "simplified",
        },
        "blocks": [
            p("6月1日起，一批新规开始施行，涉及养老、消费、出行等多个领域，与百姓生活息息相关。一起来看："),
            li("城乡居民基础养老金最低标准提高"),
            li("网络交易平台不得滥用大数据“杀熟”"),
            li("新版机动车驾驶证申领办法实施"),
            p("其中，城乡居民基础养老金最低标准每人每月提高20元，全国约1.7亿城乡老年居民将从中受益。"),
            p("网络交易平台经营者不得利用大数据分析、算法等技术手段，对交易条件相同的消费者设置不同价格。"),
        ],
        "removed": {
            "北京市人民政府": "chrome.header",
            "（完）": "chrome.end_mark",
            "【纠错】": "chrome.share",
            "【责任编辑：吴迪】": "metadata.editor",
            "扫一扫在手机打开当前页": "chrome.share",
        },
    },
    "hi_repost_lead": {
        "meta": {
            "title": "海南：打造自由贸易港人才高地",
            "date": "2023-03-20 08:21",
            "source": "海南日报",
            "author": "张三 李四",  # the correspondent (通讯员) writes it too
            "editor": "王五、赵六",
            "script": "simplified",
        },
        "blocks": [
            p(
                "本报海口3月19日讯（记者 张三 通讯员 李四）近日，"
                "省委人才发展局印发《关于进一步吸引各类人才的若干措施》，"
                "从住房、子女入学、医疗等方面提出20条具体举措。"
            ),
            p("措施明确，对新引进的高层次人才，按层次给予每月最高1万元的生活补贴。"),
            p("“这些举措含金量很高，我们对扎根海南更有信心了。”在海口工作的博士王丽说。"),
        ],
        "removed": {
            "人民网>>地方>>海南频道>>正文": "chrome.breadcrumb",
            "小字号": "chrome.share",
            "原标题：海南出台措施吸引各类人才": "chrome.original_title",
            "推荐阅读": "chrome.related",
            "三亚发布免税购物新政": "chrome.footer",
        },
    },
    "gx_county_notice": {
        "meta": {
            "title": "关于做好2023年防汛工作的通知",
            "date": "2023-05-10",
            "source": "县人民政府办公室",
            "author": "融水苗族自治县人民政府办公室",
            "editor": None,
            "script": "simplified",
        },
        "blocks": [
            p("各乡镇人民政府，县直各有关单位："),
            p("为切实做好今年防汛工作，保障人民群众生命财产安全，经县人民政府同意，现将有关事项通知如下。"),
            h("一、提高思想认识", 1),
            p(
                "各乡镇、各部门要充分认识做好防汛工作的重要性，坚决克服麻痹思想和侥幸心理，切实把防汛各项措施落到实处。"
            ),
            h("二、落实防汛责任", 1),
            p("严格落实以行政首长负责制为核心的防汛责任制，主要负责同志要亲自研究部署，靠前指挥。"),
            p("附件：1.2023年防汛责任人名单"),
            li("2.防汛应急物资储备清单"),
        ],
        "removed": {
            "融水苗族自治县人民政府门户网站": "chrome.header",
            "名称：关于做好2023年防汛工作的通知": "metadata.title",
            "关于做好2023年防汛工作的通知": "metadata.title",
            "融水苗族自治县人民政府办公室": "metadata.byline",
            "2023年5月10日": "metadata.date",
            "【打印本页】【关闭窗口】": "chrome.share",
        },
    },
    "js_disclosure_table": {
        "meta": {
            "title": "关于印发《滨海新区村级党组织书记队伍建设三年行动计划》的通知",
            "date": "2021-06-18",
            "source": "区人民政府办公室",
            "author": "滨海新区人民政府办公室",
            "editor": None,
            "script": "simplified",
        },
        "blocks": [
            p("各镇人民政府，各街道办事处，区各有关部门："),
            p(
                "《滨海新区村级党组织书记队伍建设三年行动计划》已经区政府同意，现印发给你们，请结合实际认真"
                "贯彻落实。"
            ),
            h("一、总体目标", 1),
            p(
                "用三年时间，建设一支政治过硬、本领高强、群众公认的村级党组织书记队伍，每个村至少储备2名后"
                "备力量。"
            ),
            h("二、主要措施", 1),
            p("实施学历提升、轮岗交流、导师帮带等举措，对连续两年考核靠后的村书记进行约谈调整。"),
        ],
        "removed": {
            "中国政府网 江苏省政府网 English 市人大 市政协": "chrome.link_farm",
            "首     页 政 务 公 开 网 上 办 事 互 动 交 流": "chrome.link_farm",
            (
                "索   引   号 014012345/2021-00321 分        类 其他; 区政府办公室; 区政府文件;"
            ): "metadata.table",
            "发 布 机 构 区人民政府办公室 发 文 日 期 2021-06-18": "metadata.table",
            "标 题 关于印发《滨海新区村级党组织书记队伍建设三年行动计划》的通知": "metadata.title",
            "文        号 滨政办发〔2021〕15号   主 题 词": "metadata.table",
            "内容概述": "metadata.table",
            "时 效 有效": "metadata.table",
            "关于印发《滨海新区村级党组织书记队伍建设三年行动计划》的通知": "metadata.title",
            "信息来源: 区人民政府办公室": "metadata.source",
            "滨海新区人民政府办公室": "metadata.byline",
            "2021年6月18日": "metadata.date",
        },
    },
    "gx_exam_news": {
        "meta": {
            "title": "百色推行“党建+积分”管理 激发村民参与乡村治理",
            "date": "2023-04-12",
            "source": "右江日报",
            "author": "韦小林",
            "editor": None,
            "script": "simplified",
        },
        "blocks": [
            p(
                "今年以来，百色市在全市行政村推行“党建+积分”管理模式，将村民参与环境整治、志愿服务、矛盾"
                "调解等情况折算成积分，积分可在村里的爱心超市兑换生活用品。"
            ),
            p(
                "在田阳区那满镇，村党支部每月公示一次积分榜，党员带头认领公益岗位。“以前喊人打扫卫生没人来"
                "，现在大家抢着干。”村党支部书记说。"
            ),
            p("据统计，全市已有1200多个村建立积分管理台账，累计发放积分38万分。"),
        ],
        "removed": {
            "广西人事考试网 地方频道:": "chrome.header",
            "|时政要闻|": "chrome.link_farm",
            "您的当前位置:人事考试网 >> 时政要闻 >> 地方新闻": "chrome.breadcrumb",
            "百色推行“党建+积分”管理 激发村民参与乡村治理(2023年04月12日)": "metadata.title",
            "发布:2023-04-12    来源:右江日报 字号: | | 我要提问": "metadata.date",
            "（韦小林）": "metadata.byline",
            "|": "chrome.wordless",
        },
    },
    "ha_town_labels": {
        "meta": {
            "title": "城关镇召开2022年度基层党建述职评议会",
            "date": "2023-01-16",
            "source": "城关镇党政办",
            "author": "刘洋",
            "editor": None,
            "script": "simplified",
        },
        "blocks": [
            p(
                "1月13日，城关镇召开2022年度基层党建工作述职评议会，23个村（社区）党组织书记逐一上"
                "台述职，镇党委班子成员现场点评打分。"
            ),
            p("会议要求，各村要对照点评意见列出问题清单，明确整改时限，确保问题逐项销号。"),
            p("会上还为2022年度“五星支部”颁发了奖牌。"),
        ],
        "removed": {
            "城关镇召开2022年度基层党建述职评议会[图]": "metadata.title",
            "发布时间:": "metadata.date",
            "2023-01-16": "metadata.date",
            "作者:": "metadata.label",
            "来源:": "metadata.source",
            "城关镇党政办": "metadata.source",
            "（刘洋）": "metadata.byline",
            "点击次数:396  【打印本页】 【关闭窗口】": "chrome.share",
        },
    },
    "sn_repost_disclaimer": {
        "meta": {
            "title": "白水縣機關黨員開展“進社區·辦實事”活動",
            "date": "2022-05-20 09:30",
            "source": "白水融媒",
            "author": "楊帆",
            "editor": "趙敏",
            "script": "traditional",
        },
        "blocks": [
            p(
                "白水縣融媒體中心訊（全媒體記者楊帆）5月18日，縣直機關工委組織40余名黨員到城關街道5個"
                "社區報到，幫助社區清理小廣告、走訪獨居老人。"
            ),
            p("活動中，黨員們分成6個小組，為社區群眾宣講醫保政策，登記群眾反映的問題23件，現場解決15件。"),
            p("縣直機關工委負責人表示，將把黨員進社區常態化，讓機關黨員在服務群眾中錘煉作風。"),
        ],
        "removed": {
            "渭南視點 > 縣區動態 > 正文": "chrome.breadcrumb",
            "白水縣機關黨員開展“進社區·辦實事”活動": "metadata.title",
            ("時間:2022-05-20 09:30?作者:全媒體記者 楊帆?來源:白水融媒  我來說兩句"): "metadata.date",
            "關鍵詞:機關黨建 社區服務": "chrome.tags",
            "編輯: 趙敏": "metadata.editor",
            (
                "以上文章僅代表作者個人觀點,本網只是轉載,如涉及作品內容、版權問題,請及時聯系我們。"
            ): "chrome.copyright",
        },
    },
    "zj_video_crumb": {
        "meta": {
            "title": "市委理论学习中心组开展“共同富裕”专题学习",
            "date": "2022-09-08 00:00",
            "source": "温岭新闻网",
            "author": "陈晓文 王磊",
            "editor": None,
            "script": "simplified",
        },
        "blocks": [
            p("【解说】9月7日，市委理论学习中心组围绕扎实推动共同富裕开展专题学习，市委书记主持会议并讲话。"),
            p(
                "会议指出，要把共同富裕作为一切工作的出发点和落脚点，聚焦缩小地区差距、城乡差距、收入差距，"
                "谋划一批标志性成果。"
            ),
            p("会议要求，各级领导干部要带头深入基层调研，把群众的急难愁盼作为工作清单。"),
        ],
        "removed": {
            "温岭城市网": "chrome.header",
            "上传功能暂未开放": "chrome.header",
            (
                "视频首页>>温岭新闻网>>市委理论学习中心组开展“共同富裕”专题学习    20"
                "22-09-08 00:00:00    浏览"
            ): "chrome.breadcrumb",
            "发表评论 共有条评论": "chrome.comment",
            "一键分享": "chrome.share",
            "视频简介": "chrome.related",
            "（陈晓文 王磊摄）": "metadata.byline",
            "来源:温岭新闻网": "metadata.source",
            "关于本站 | 广告发布 |": "chrome.footer",
        },
    },
    # A Discuz! thread: the headline from the page's <title>, between the post's tags; the poster's name on
    # its own line; the first post to its tool bar; replies go.
    "discuz_thread": {
        "meta": {
            "title": "求助：家里的老电脑开不了机怎么办",
            "date": "2012-03-05 21:23",
            "source": None,
            "author": "小明同学",
            "editor": None,
            "script": "simplified",
        },
        "blocks": [
            p("家里有一台用了六年的老电脑，昨天晚上突然开不了机了，按下电源键风扇转一下就停。"),
            p("请问各位大侠这是电源坏了还是主板的问题？需要换什么配件？"),
            p("先谢谢大家了！"),
        ],
        "removed": {
            "[求助] 求助：家里的老电脑开不了机怎么办 [复制链接]": "metadata.title",
            "小明同学": "metadata.byline",
            "发表于 2012-3-5 21:40:12 | 只看该作者": "thread.reply",
        },
    },
    # A blog post: the headline is the line the page's <title> names, though it looks like a menu item.
    "sina_style_blog": {
        "meta": {
            "title": "光阴的故事",
            "date": "2010-05-12 21:33",
            "source": None,
            "author": "老树新芽",
            "editor": None,
            "script": "simplified",
        },
        "blocks": [
            p(
                "小时候，家门口有一棵老槐树，夏天的傍晚，大人们摇着蒲扇在树下乘凉，我们一群孩子围着树跑来跑去。"
            ),
            p(
                "后来我去城里读书，工作，回家的次数越来越少。去年回去，老槐树已经不在了，原来的地方盖起了一栋小楼。"
            ),
            p("站在那里，我忽然明白，光阴是留不住的，能留住的只有记忆。"),
        ],
        "removed": {
            "光阴的故事_老树新芽_新浪博客": "chrome.seo_title",
            "光阴的故事": "metadata.title",
            "http://blog.sina.com.cn/laoshuxinya [订阅] [手机订阅]": "chrome.header",
        },
    },
    "zj_epaper_byline": {
        "meta": {
            "title": "全市首个村企联建党支部揭牌",
            "date": None,
            "source": None,
            "author": "陈立新",
            "editor": None,
            "script": "simplified",
        },
        "blocks": [
            p("3月8日，路桥区横街镇村企联建党支部正式揭牌，这是全市首个由行政村和规上企业联合组建的党支部。"),
            p("联建党支部由村党支部书记任书记，企业党员负责人任副书记，每季度共同研究一次村企发展事项。"),
            p("上图：联建党支部揭牌现场。"),
        ],
        "removed": {
            "台州日报 数字报纸": "chrome.header",
            "00003版:基层党建": "chrome.header",
            "文章导航": "chrome.footer_links",
            "陈立新": "metadata.byline",
            "评分": "chrome.footer",
            "ICP备:浙B2-20090123 浙公网安备 33100202000111号": "chrome.footer_icp",
        },
    },
}


@pytest.fixture(scope="module", params=sorted(EXPECTED))
def page(request: pytest.FixtureRequest) -> tuple[str, str, Document]:
    raw = (PAGES / f"{request.param}.txt").read_text(encoding="utf-8")
    return request.param, raw, clean(raw)


def test_pages_on_disk_are_all_expected() -> None:
    assert sorted(f.stem for f in PAGES.glob("*.txt")) == sorted(EXPECTED)


def test_metadata(page: tuple[str, str, Document]) -> None:
    name, _, doc = page
    want = {"subtitle": None} | EXPECTED[name]["meta"]
    got = {k: getattr(doc, k) for k in want}
    assert got == want


def test_blocks_exactly(page: tuple[str, str, Document]) -> None:
    name, _, doc = page
    assert list(doc.blocks) == EXPECTED[name]["blocks"]


def test_named_removals(page: tuple[str, str, Document]) -> None:
    name, _, doc = page
    got = {r.text.strip(): r.rule for r in doc.removed}
    for text, rule in EXPECTED[name]["removed"].items():
        assert got.get(text) == rule, text


def test_every_nonblank_line_is_kept_or_recorded(page: tuple[str, str, Document]) -> None:
    """Nothing vanishes silently: each line's words are in a block, a field or a removal."""
    _, raw, doc = page
    fields = "".join(x or "" for x in (doc.title, doc.subtitle, doc.source, doc.author, doc.editor))
    accounted = "".join(b.text for b in doc.blocks) + fields + "".join(r.text for r in doc.removed)
    accounted += "".join(r.before for r in doc.repairs)  # `機(jī)`: the reading went in a repair
    for word in re.split(r"[\W_]+", raw):
        assert word in accounted, word


def test_rules_are_registered(page: tuple[str, str, Document]) -> None:
    _, _, doc = page
    assert {r.rule for r in doc.removed} <= RULES.keys()


def test_clean_is_a_fixed_point(page: tuple[str, str, Document]) -> None:
    _, _, doc = page
    again = clean(doc.text())
    assert (again.text(), again.blocks) == (doc.text(), doc.blocks)
