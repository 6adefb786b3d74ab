"""Pages a long hunt of the idempotence property found (`CLEAN_PROPERTY_EXAMPLES=5000`), shrunk: each
page's exact cleaned text, and that text cleaned again is itself.

Each case is a rule that removed something and, on the second pass, left a new thing to remove.
"""

from __future__ import annotations

import pytest

from reader.clean import clean

_COPY = "会议指出，今年以来全县上下紧盯目标任务，重点项目建设取得明显成效，投资完成率居全市前列。"
_COPY_T = "會議指出，今年以來全縣上下緊盯目標任務，重點項目建設取得明顯成效，投資完成率居全市前列。"
_NOTICE = (
    "为切实做好今年防汛工作，保障人民群众生命财产安全，经县人民政府同意，现将有关事项通知如下。 同时,"
    "坚持和运用好党员干部履行村(居)民公约责任考核办法,在全区广泛推行“有礼”积分制度,引导机关干部带头遵守社会公共秩序和小区"
    "《居民公约》,踊跃参加社会化志愿服务。"
)
_NOTICE_T = (
    "爲切實做好今年防汛工作，保障人民羣衆生命財產安全，經縣人民政府同意，現將有關事項通知如下。 同時,"
    "堅持和運用好黨員幹部履行村(居)民公約責任考覈辦法,在全區廣泛推行“有禮”積分制度,引導機關幹部帶頭遵守社會公共秩序和小區"
    "《居民公約》,踊躍參加社會化志願服務。"
)
_CAPTIONED = "会议要求，各级领导干部要带头深入基层调研，把群众的急难愁盼作为工作清单。（陈晓文 王磊摄）"
_CAPTIONED_T = "會議要求，各級領導幹部要帶頭深入基層調研，把羣衆的急難愁盼作爲工作清單。（陳曉文 王磊攝）"
_WELCOME = "欢迎访问某县人民政府网站！今天是2020年11月2日 星期一"
_WELCOME_T = "歡迎訪問某縣人民政府網站！今天是2020年11月2日 星期一"
_SPONSORED = (
    "某县人民政府主办 坚持德才兼备、以德为先,将干部德行操守作为干部选拔使用的重要考察内容。加大典型选树力度,"
    "每年评选“十佳道德模范”“十大有礼女性”等,凝聚传播正能量。在全县开展“服务之星”“担当之星”评选活动,"
    "引导机关干部“比学赶超”。"
)
_SPONSORED_T = (
    "某縣人民政府主辦 堅持德才兼備、以德爲先,將幹部德行操守作爲幹部選拔使用的重要考察內容。加大典型選樹力度,"
    "每年評選“十佳道德模範”“十大有禮女性”等,凝聚傳播正能量。在全縣開展“服務之星”“擔當之星”評選活動,"
    "引導機關幹部“比學趕超”。"
)
CASES = {
    # The replies cut below a post header under the first post: the header was the page's foot then.
    "thread_cut_leaves_its_header": (
        "县里召开推进会，部署今年的重点任务。\n"
        "发表于2012-3-5…\n"
        "板凳\n"
        "写得很详细，收藏了慢慢看，谢谢楼主分享，希望多发这样的好帖子，大家一起学习进步。",
        "县里召开推进会，部署今年的重点任务。",
    ),
    # The same cut: the first post's last paragraph closed with a byline, read only once it was the last.
    "thread_cut_leaves_a_byline": (
        "县里召开推进会，部署今年的重点任务，各乡镇负责人参加。(贺欣瑜)\n"
        "板凳\n"
        "写得很详细，收藏了慢慢看，谢谢楼主分享，希望多发这样的好帖子，大家一起学习进步，共同提高。\n"
        "地板\n"
        "支持一下，学习了。",
        "县里召开推进会，部署今年的重点任务，各乡镇负责人参加。",
    ),
    # A page's <title> naming a chrome line as its headline: the output's only line was chrome.
    "page_title_names_chrome": ("手机看新闻 下载客户端_老树新芽_新浪博客\n手机看新闻 下载客户端", ""),
    "page_title_names_chrome_traditional": (
        "手機看新聞 下載客戶端_老樹新芽_新浪部落格\n手機看新聞 下載客戶端",
        "",
    ),
    # A table's title row, its title set again below a menu item: the copy was the output's title
    # (main's `chrome.repeat` of a row's title now takes the copy).
    "title_row_restated": (
        "标 题 关于印发《滨海新区村级党组织书记队伍建设三年行动计划》的通知\n"
        "信息公开\n"
        "关于印发《滨海新区村级党组织书记队伍建设三年行动计划》的通知",
        "关于印发《滨海新区村级党组织书记队伍建设三年行动计划》的通知\n\n信息公开",
    ),
    "title_row_restated_traditional": (
        "標 題 關於印發《濱海新區村級黨組織書記隊伍建設三年行動計劃》的通知\n"
        "信息公開\n"
        "關於印發《濱海新區村級黨組織書記隊伍建設三年行動計劃》的通知",
        "關於印發《濱海新區村級黨組織書記隊伍建設三年行動計劃》的通知\n\n信息公開",
    ),
    # A title's trimmed copy that is no title itself (a site's name) was the output's title, then chrome.
    "trimmed_copy_no_title": (
        "融水苗族自治县人民政府门户网站 (2010-05-12 21:33:08)\n融水苗族自治县人民政府门户网站",
        "融水苗族自治县人民政府门户网站 (2010-05-12 21:33:08)\n\n融水苗族自治县人民政府门户网站",
    ),
    # A labelled line taken for the title below the text's first line: the output's first line was
    # then read as the page's source.
    "labelled_line_is_no_title": (
        "7月14日，“三下乡”文化惠民活动在魏城镇启动，为群众送去文艺演出和图书。:\n"
        "【服务内容】 信息来源: 区人民政府办公室\n"
        "“这堂讲座让我受益匪浅。",
        "7月14日，“三下乡”文化惠民活动在魏城镇启动，为群众送去文艺演出和图书。:\n\n"
        "【服务内容】 信息来源: 区人民政府办公室\n\n"
        "“这堂讲座让我受益匪浅。",
    ),
    "labelled_line_is_no_title_traditional": (
        "7月14日，“三下鄉”文化惠民活動在魏城鎮啓動，爲羣衆送去文藝演出和圖書。:\n"
        "【服務內容】 信息來源: 區人民政府辦公室\n"
        "“這堂講座讓我受益匪淺。",
        "7月14日，“三下鄉”文化惠民活動在魏城鎮啓動，爲羣衆送去文藝演出和圖書。:\n\n"
        "【服務內容】 信息來源: 區人民政府辦公室\n\n"
        "“這堂講座讓我受益匪淺。",
    ),
    # A column's name cut off the title before its slash left the space after it: the output's title
    # began with a space the second pass stripped.
    "trimmed_title_is_stripped": (
        "议论风生/ 借鉴成都经验 \n会议指出，今年以来全县上下紧盯目标任务，重点项目建设取得明显成效。",
        "借鉴成都经验\n\n会议指出，今年以来全县上下紧盯目标任务，重点项目建设取得明显成效。",
    ),
    "trimmed_title_is_stripped_traditional": (
        "議論風生/ 借鑑成都經驗 \n會議指出，今年以來全縣上下緊盯目標任務，重點項目建設取得明顯成效。",
        "借鑑成都經驗\n\n會議指出，今年以來全縣上下緊盯目標任務，重點項目建設取得明顯成效。",
    ),
    # A date under an epigraph was taken for the title; the output's first line is the page's date.
    "date_alone_is_no_title": (
        "希望本是无所谓有，无所谓无的。这正如地上的路，其实地上本没有路，走的人多了，也便成了路。——鲁迅\n"
        "2021年6月8日\n"
        "今天去城里办事，顺路看了看老同学，聊了很多过去的事情，感慨时间过得真快。",
        "希望本是无所谓有，无所谓无的。这正如地上的路，其实地上本没有路，走的人多了，也便成了路。——鲁迅\n\n"
        "2021年6月8日\n\n"
        "今天去城里办事，顺路看了看老同学，聊了很多过去的事情，感慨时间过得真快。",
    ),
    # A short first line set again below it: read as a blog's title the text says, its copy went as the
    # title's repeat, and on the second reading nothing said it any more.
    "short_title_said_only_by_its_copy": (
        "张晨曦\n"
        "会议指出，今年以来全县上下紧盯目标任务，重点项目建设取得明显成效，投资完成率居全市前列。\n"
        "某县召开重点项目推进会\n"
        "张晨曦\n"
        "会议要求，各乡镇各部门要进一步压实责任，加快推进项目建设，确保按期完成年度目标任务。",
        "会议指出，今年以来全县上下紧盯目标任务，重点项目建设取得明显成效，投资完成率居全市前列。\n\n"
        "某县召开重点项目推进会\n\n张晨曦\n\n"
        "会议要求，各乡镇各部门要进一步压实责任，加快推进项目建设，确保按期完成年度目标任务。",
    ),
    # An editor's line alone in the head kept the title over a dateline a few lines into the text from
    # being read; the output, without the editor's line, read it.
    "head_metadata_alone_places_no_title": (
        "编辑：张晨曦\n"
        "县里召开推进会，部署今年的重点任务，各乡镇负责人参加。\n"
        "某县召开重点项目推进会\n"
        "2010-05-13 08:12:45 来源：县融媒体中心\n"
        "会议要求，各乡镇各部门要进一步压实责任，加快推进项目建设，确保按期完成年度目标任务。",
        "某县召开重点项目推进会\n\n会议要求，各乡镇各部门要进一步压实责任，加快推进项目建设，确保按期完成年度目标任务。",
    ),
    "head_metadata_alone_places_no_title_traditional": (
        "編輯：張晨曦\n"
        "縣裏召開推進會，部署今年的重點任務，各鄉鎮負責人參加。\n"
        "某縣召開重點項目推進會\n"
        "2010-05-13 08:12:45 來源：縣融媒體中心\n"
        "會議要求，各鄉鎮各部門要進一步壓實責任，加快推進項目建設，確保按期完成年度目標任務。",
        "某縣召開重點項目推進會\n\n會議要求，各鄉鎮各部門要進一步壓實責任，加快推進項目建設，確保按期完成年度目標任務。",
    ),
    # A column's name over the head's metadata taken for the title, then given up for the head's line
    # the text says (the portal's title): its copy right above the text was its place on the output.
    "title_by_its_words_set_again": (
        "某县召开重点项目推进会\n热点关注\n编辑：张晨曦\n某县召开重点项目推进会\n"
        "5月11日，某县召开重点项目推进会。会议指出，今年以来全县上下紧盯目标任务，重点项目建设取得明显成效，投"
        "资完成率居全市前列。会议要求，各乡镇各部门要进一步压实责任，加快推进项目建设，确保按期完成年度目标任务。",
        "某县召开重点项目推进会\n\n"
        "5月11日，某县召开重点项目推进会。会议指出，今年以来全县上下紧盯目标任务，重点项目建设取得明显成效，投"
        "资完成率居全市前列。会议要求，各乡镇各部门要进一步压实责任，加快推进项目建设，确保按期完成年度目标任务。",
    ),
    "title_by_its_words_set_again_traditional": (
        "某縣召開重點項目推進會\n熱點關注\n編輯：張晨曦\n某縣召開重點項目推進會\n"
        "5月11日，某縣召開重點項目推進會。會議指出，今年以來全縣上下緊盯目標任務，重點項目建設取得明顯成效，投"
        "資完成率居全市前列。會議要求，各鄉鎮各部門要進一步壓實責任，加快推進項目建設，確保按期完成年度目標任務。",
        "某縣召開重點項目推進會\n\n"
        "5月11日，某縣召開重點項目推進會。會議指出，今年以來全縣上下緊盯目標任務，重點項目建設取得明顯成效，投"
        "資完成率居全市前列。會議要求，各鄉鎮各部門要進一步壓實責任，加快推進項目建設，確保按期完成年度目標任務。",
    ),
    # A title found below the text's start (a promotion's line above it): the short lines under its
    # dateline stood in the text, and on the output under the title, a menu.
    "lines_under_a_late_title_are_its_head": (
        "县里召开推进会，部署今年的重点任务，各乡镇负责人参加。\n"
        "某县召开重点项目推进会\n"
        "发布日期：2023-05-12 16:20  来源：县农业农村局\n"
        "乡村振兴\n项目建设\n民生\n"
        "会议指出，今年以来全县上下紧盯目标任务，重点项目建设取得明显成效，投资完成率居全市前列。",
        "某县召开重点项目推进会\n\n会议指出，今年以来全县上下紧盯目标任务，重点项目建设取得明显成效，投资完成率居全市前列。",
    ),
    "lines_under_a_late_title_are_its_head_traditional": (
        "縣裏召開推進會，部署今年的重點任務，各鄉鎮負責人參加。\n"
        "某縣召開重點項目推進會\n"
        "發佈日期：2023-05-12 16:20  來源：縣農業農村局\n"
        "鄉村振興\n項目建設\n民生\n"
        "會議指出，今年以來全縣上下緊盯目標任務，重點項目建設取得明顯成效，投資完成率居全市前列。",
        "某縣召開重點項目推進會\n\n會議指出，今年以來全縣上下緊盯目標任務，重點項目建設取得明顯成效，投資完成率居全市前列。",
    ),
    # A lede over its source's and credits' lines, then the title over its dateline: the source's line
    # had no title over it, and the credits counted as lines of text, until the output had neither.
    "late_dateline_under_the_credits": (
        "县里召开推进会，部署今年的重点任务，各乡镇负责人参加。\n"
        "来源：县融媒体中心\n作者：张晨曦\n编辑：李明\n通讯员：王强\n责任编辑：赵敏\n"
        "某县召开重点项目推进会\n"
        "2023-05-12 16:20 浏览次数：1024\n"
        "会议指出，今年以来全县上下紧盯目标任务，重点项目建设取得明显成效，投资完成率居全市前列。",
        "某县召开重点项目推进会\n\n会议指出，今年以来全县上下紧盯目标任务，重点项目建设取得明显成效，投资完成率居全市前列。",
    ),
    "late_dateline_under_the_credits_traditional": (
        "縣裏召開推進會，部署今年的重點任務，各鄉鎮負責人參加。\n"
        "來源：縣融媒體中心\n作者：張晨曦\n編輯：李明\n通訊員：王強\n責任編輯：趙敏\n"
        "某縣召開重點項目推進會\n"
        "2023-05-12 16:20 瀏覽次數：1024\n"
        "會議指出，今年以來全縣上下緊盯目標任務，重點項目建設取得明顯成效，投資完成率居全市前列。",
        "某縣召開重點項目推進會\n\n會議指出，今年以來全縣上下緊盯目標任務，重點項目建設取得明顯成效，投資完成率居全市前列。",
    ),
    # A kicker over the headline (a forum's menu run on to it) over a subtitle: the headline under the
    # kicker was taken as it stood, not as the page repeats it, which the output read first.
    "headline_under_a_kicker_repeated": (
        "党建引领\n"
        "Archiver|手机版|小黑屋|蓝天论坛 三、抓关键、重实效,践行服务宗旨\n"
        "——记宁乡市沩山乡党委书记刘建军\n"
        "三、抓关键、重实效,践行服务宗旨",
        "三、抓关键、重实效,践行服务宗旨",
    ),
    "headline_under_a_kicker_repeated_traditional": (
        "黨建引領\n"
        "Archiver|手機版|小黑屋|藍天論壇 三、抓關鍵、重實效,踐行服務宗旨\n"
        "——記寧鄉市潙山鄉黨委書記劉建軍\n"
        "三、抓關鍵、重實效,踐行服務宗旨",
        "三、抓關鍵、重實效,踐行服務宗旨",
    ),
    # A table's title row whose value runs on to the headline the page sets below it: the row's value
    # was the title, and on the output (the label gone) the headline repeated below it.
    "title_row_runs_on_to_the_headline": (
        "标 题 关于做好2023年防汛工作的通知 全市防汛工作会议召开\n"
        "全市防汛工作会议召开\n"
        "会议指出，今年以来全市上下紧盯目标任务，防汛工作形势总体平稳，各项准备工作基本就绪。",
        "全市防汛工作会议召开\n\n会议指出，今年以来全市上下紧盯目标任务，防汛工作形势总体平稳，各项准备工作基本就绪。",
    ),
    "title_row_runs_on_to_the_headline_traditional": (
        "標 題 關於做好2023年防汛工作的通知 全市防汛工作會議召開\n"
        "全市防汛工作會議召開\n"
        "會議指出，今年以來全市上下緊盯目標任務，防汛工作形勢總體平穩，各項準備工作基本就緒。",
        "全市防汛工作會議召開\n\n會議指出，今年以來全市上下緊盯目標任務，防汛工作形勢總體平穩，各項準備工作基本就緒。",
    ),
    # A labelled title over a longer headline and its subtitle: on the output, the label gone, a kicker.
    "labelled_title_over_a_headline_and_subtitle": (
        "名称：防汛工作部署\n全市防汛工作会议在市政府召开\n——我市扎实推进防汛备汛各项工作\n"
        "会议指出，今年以来全市上下紧盯目标任务，防汛工作形势总体平稳，各项准备工作基本就绪。",
        "全市防汛工作会议在市政府召开\n\n——我市扎实推进防汛备汛各项工作\n\n"
        "会议指出，今年以来全市上下紧盯目标任务，防汛工作形势总体平稳，各项准备工作基本就绪。",
    ),
    "labelled_title_over_a_headline_and_subtitle_traditional": (
        "名稱：防汛工作部署\n全市防汛工作會議在市政府召開\n——我市紮實推進防汛備汛各項工作\n"
        "會議指出，今年以來全市上下緊盯目標任務，防汛工作形勢總體平穩，各項準備工作基本就緒。",
        "全市防汛工作會議在市政府召開\n\n——我市紮實推進防汛備汛各項工作\n\n"
        "會議指出，今年以來全市上下緊盯目標任務，防汛工作形勢總體平穩，各項準備工作基本就緒。",
    ),
    # A line alone under an epigraph's shape was its post's title; on the output, alone, it is prose.
    "epigraph_over_a_lone_line": ("”-！\n一一一?", "”-！\n\n一一一?"),
    # A thread's tool bar, and a counter over it, taken after the subtitle was looked for: the subtitle
    # stayed a paragraph, and on the output stood right under the title.
    "subtitle_under_a_post_bar": (
        "某县召开重点项目推进会\n查看: 1024\n使用道具 举报\n——我市扎实推进重点项目建设\n"
        "会议指出，今年以来全县上下紧盯目标任务，重点项目建设取得明显成效，投资完成率居全市前列。",
        "某县召开重点项目推进会\n\n——我市扎实推进重点项目建设\n\n"
        "会议指出，今年以来全县上下紧盯目标任务，重点项目建设取得明显成效，投资完成率居全市前列。",
    ),
    "subtitle_under_a_post_bar_traditional": (
        "某縣召開重點項目推進會\n查看: 1024\n使用道具 舉報\n——我市紮實推進重點項目建設\n"
        "會議指出，今年以來全縣上下緊盯目標任務，重點項目建設取得明顯成效，投資完成率居全市前列。",
        "某縣召開重點項目推進會\n\n——我市紮實推進重點項目建設\n\n"
        "會議指出，今年以來全縣上下緊盯目標任務，重點項目建設取得明顯成效，投資完成率居全市前列。",
    ),
    # A site's name before the headline, a layout's `|` after it: the headline set again below was no
    # repeat of the line as the page wrote it, and a repeat of it as the output (trimmed) set it.
    "repeat_of_the_trimmed_title": (
        "某县新闻网 某县召开重点项目推进会|\n某县召开重点项目推进会\n"
        "会议指出，今年以来全县上下紧盯目标任务，重点项目建设取得明显成效，投资完成率居全市前列。",
        "某县召开重点项目推进会\n\n会议指出，今年以来全县上下紧盯目标任务，重点项目建设取得明显成效，投资完成率居全市前列。",
    ),
    "repeat_of_the_trimmed_title_traditional": (
        "某縣新聞網 某縣召開重點項目推進會|\n某縣召開重點項目推進會\n"
        "會議指出，今年以來全縣上下緊盯目標任務，重點項目建設取得明顯成效，投資完成率居全市前列。",
        "某縣召開重點項目推進會\n\n會議指出，今年以來全縣上下緊盯目標任務，重點項目建設取得明顯成效，投資完成率居全市前列。",
    ),
    # A paragraph set five times over a closing dateline: every copy counted as one of the text's
    # first lines, so the dateline stood beyond them until `chrome.repeats` had taken three.
    "paragraph_copies_over_a_dateline": (
        "某县召开重点项目推进会\n" + f"{_COPY}\n" * 5 + "2023/07/15 10:20:05 来源：绵阳日报",
        f"某县召开重点项目推进会\n\n{_COPY}\n\n{_COPY}",
    ),
    "paragraph_copies_over_a_dateline_traditional": (
        "某縣召開重點項目推進會\n" + f"{_COPY_T}\n" * 5 + "2023/07/15 10:20:05 來源：綿陽日報",
        f"某縣召開重點項目推進會\n\n{_COPY_T}\n\n{_COPY_T}",
    ),
    # Two teasers parted by two dates alone, a paragraph and the second's headline: a run only once the
    # metadata had taken the dates, on the output.
    "teasers_parted_by_dates": (
        "区政府召开常务会议\n会议研究了近期重点工作，强调各部门要压实责任，加强协作配合，确保全年各项目标任务按期…\n"
        "(2023-05-12 21:33:08)\n(2023-05-12 21:33:08)\n"
        "5月11日下午，县农业农村局召开推进会，总结去年工作成效，部署今年重点任务。各乡镇分管负责人参加会议。\n"
        "全市春耕生产全面铺开\n连日来，各地抢抓农时，组织农机下田作业，农技人员深入田间地头开展技术指导，各地一派…",
        "5月11日下午，县农业农村局召开推进会，总结去年工作成效，部署今年重点任务。各乡镇分管负责人参加会议。",
    ),
    "teasers_parted_by_dates_traditional": (
        "區政府召開常務會議\n會議研究了近期重點工作，強調各部門要壓實責任，加強協作配合，確保全年各項目標任務按期…\n"
        "(2023-05-12 21:33:08)\n(2023-05-12 21:33:08)\n"
        "5月11日下午，縣農業農村局召開推進會，總結去年工作成效，部署今年重點任務。各鄉鎮分管負責人蔘加會議。\n"
        "全市春耕生產全面鋪開\n連日來，各地搶抓農時，組織農機下田作業，農技人員深入田間地頭開展技術指導，各地一派…",
        "5月11日下午，縣農業農村局召開推進會，總結去年工作成效，部署今年重點任務。各鄉鎮分管負責人蔘加會議。",
    ),
    # A sponsor's line written twice over a text that names its office: taken for the headline the
    # head writes twice, then, alone on the output, the page's foot again.
    "sponsor_line_written_twice": (
        "主办单位：某县人民政府办公室\n主办单位：某县人民政府办公室\n" + _NOTICE,
        _NOTICE,
    ),
    "sponsor_line_written_twice_traditional": (
        "主辦單位：某縣人民政府辦公室\n主辦單位：某縣人民政府辦公室\n" + _NOTICE_T,
        _NOTICE_T,
    ),
    # No title; the text's first paragraph is a copy of the last one's opening: once the copy was taken,
    # the line under it stood above the output's text, the page's head.
    "line_under_a_paragraph_copy": (f"{_CAPTIONED}\nI\n{_CAPTIONED} 编辑：王明", f"{_CAPTIONED} 编辑：王明"),
    "line_under_a_paragraph_copy_traditional": (
        f"{_CAPTIONED_T}\nI\n{_CAPTIONED_T} 編輯：王明",
        f"{_CAPTIONED_T} 編輯：王明",
    ),
    # A site's welcome written twice over a text that names the site's owner: taken for the headline the
    # head writes twice, then, alone on the output, a welcome again.
    "welcome_written_twice": (f"{_WELCOME}\n{_WELCOME}\n{_SPONSORED}", _SPONSORED),
    "welcome_written_twice_traditional": (
        f"{_WELCOME_T}\n{_WELCOME_T}\n{_SPONSORED_T}",
        _SPONSORED_T,
    ),
    # A site's name before the headline, that line written twice, the headline under both: its copy
    # between them counted as text, so the headline lost to the line until the output held one copy.
    "headline_under_a_prefixed_line_twice": (
        "某县新闻网 某县召开重点项目推进会\n某县新闻网 某县召开重点项目推进会\n某县召开重点项目推进会\n"
        + _COPY,
        "某县召开重点项目推进会\n\n" + _COPY,
    ),
    "headline_under_a_prefixed_line_twice_traditional": (
        "某縣新聞網 某縣召開重點項目推進會\n某縣新聞網 某縣召開重點項目推進會\n某縣召開重點項目推進會\n"
        + _COPY_T,
        "某縣召開重點項目推進會\n\n" + _COPY_T,
    ),
    # An editor's line under the first line kept it the title over a line a few lines down that says the
    # text's words; the output, without the editor's line, read that one (metadata is on no output).
    "editor_line_between_a_title_and_the_text_head": (
        "0一一一\n"
        "编辑：庞岚月\n"
        "一一\n"
        "xx镇2022年党建工作总结 2022年，我镇党委坚持以习近平新时代中国特色社会主义思想"
        "为指导，全面落实新时代党的建设总要求，各项工作取得新成效。现将全年工作总结如下。 一、主"
        "要工作及成效 （一）强化理论武装。全年召开党委理论学习中心组学习会12次，举办专题读书班"
        "2期，各支部开展“三会一课”180余次。（二）夯实基层基础。完成8个村（社区）党组织规范"
        "化建设，新发展党员15名，整顿软弱涣散党组织1个。",
        "xx镇2022年党建工作总结\n"
        "\n"
        "2022年，我镇党委坚持以习近平新时代中国特色社会主义思想为指导，全面落实新时代党的建设"
        "总要求，各项工作取得新成效。现将全年工作总结如下。\n"
        "\n"
        "一、主要工作及成效\n"
        "\n"
        "（一）强化理论武装。全年召开党委理论学习中心组学习会12次，举办专题读书班2期，各支部开"
        "展“三会一课”180余次。\n"
        "\n"
        "（二）夯实基层基础。完成8个村（社区）党组织规范化建设，新发展党员15名，整顿软弱涣散党"
        "组织1个。",
    ),
    "editor_line_between_a_title_and_the_text_head_traditional": (
        "0一一一\n"
        "編輯：龐嵐月\n"
        "一一\n"
        "xx鎮2022年黨建工作總結 2022年，我鎮黨委堅持以習近平新時代中國特色社會主義思想"
        "爲指導，全面落實新時代黨的建設總要求，各項工作取得新成效。現將全年工作總結如下。 一、主"
        "要工作及成效 （一）強化理論武裝。全年召開黨委理論學習中心組學習會12次，舉辦專題讀書班"
        "2期，各支部開展“三會一課”180餘次。（二）夯實基層基礎。完成8個村（社區）黨組織規範"
        "化建設，新發展黨員15名，整頓軟弱渙散黨組織1個。",
        "xx鎮2022年黨建工作總結\n"
        "\n"
        "2022年，我鎮黨委堅持以習近平新時代中國特色社會主義思想爲指導，全面落實新時代黨的建設"
        "總要求，各項工作取得新成效。現將全年工作總結如下。\n"
        "\n"
        "一、主要工作及成效\n"
        "\n"
        "（一）強化理論武裝。全年召開黨委理論學習中心組學習會12次，舉辦專題讀書班2期，各支部開"
        "展“三會一課”180餘次。\n"
        "\n"
        "（二）夯實基層基礎。完成8個村（社區）黨組織規範化建設，新發展黨員15名，整頓軟弱渙散黨"
        "組織1個。",
    ),
    # …and a dateline there, the same.
    "dateline_between_a_title_and_the_text_head": (
        "0一一一\n"
        "发布时间：2023-05-12 来源：县委办\n"
        "一一\n"
        "xx镇2022年党建工作总结 2022年，我镇党委坚持以习近平新时代中国特色社会主义思想"
        "为指导，全面落实新时代党的建设总要求，各项工作取得新成效。现将全年工作总结如下。 一、主"
        "要工作及成效 （一）强化理论武装。全年召开党委理论学习中心组学习会12次，举办专题读书班"
        "2期，各支部开展“三会一课”180余次。（二）夯实基层基础。完成8个村（社区）党组织规范"
        "化建设，新发展党员15名，整顿软弱涣散党组织1个。",
        "xx镇2022年党建工作总结\n"
        "\n"
        "2022年，我镇党委坚持以习近平新时代中国特色社会主义思想为指导，全面落实新时代党的建设"
        "总要求，各项工作取得新成效。现将全年工作总结如下。\n"
        "\n"
        "一、主要工作及成效\n"
        "\n"
        "（一）强化理论武装。全年召开党委理论学习中心组学习会12次，举办专题读书班2期，各支部开"
        "展“三会一课”180余次。\n"
        "\n"
        "（二）夯实基层基础。完成8个村（社区）党组织规范化建设，新发展党员15名，整顿软弱涣散党"
        "组织1个。",
    ),
    "dateline_between_a_title_and_the_text_head_traditional": (
        "0一一一\n"
        "發佈時間：2023-05-12 來源：縣委辦\n"
        "一一\n"
        "xx鎮2022年黨建工作總結 2022年，我鎮黨委堅持以習近平新時代中國特色社會主義思想"
        "爲指導，全面落實新時代黨的建設總要求，各項工作取得新成效。現將全年工作總結如下。 一、主"
        "要工作及成效 （一）強化理論武裝。全年召開黨委理論學習中心組學習會12次，舉辦專題讀書班"
        "2期，各支部開展“三會一課”180餘次。（二）夯實基層基礎。完成8個村（社區）黨組織規範"
        "化建設，新發展黨員15名，整頓軟弱渙散黨組織1個。",
        "xx鎮2022年黨建工作總結\n"
        "\n"
        "2022年，我鎮黨委堅持以習近平新時代中國特色社會主義思想爲指導，全面落實新時代黨的建設"
        "總要求，各項工作取得新成效。現將全年工作總結如下。\n"
        "\n"
        "一、主要工作及成效\n"
        "\n"
        "（一）強化理論武裝。全年召開黨委理論學習中心組學習會12次，舉辦專題讀書班2期，各支部開"
        "展“三會一課”180餘次。\n"
        "\n"
        "（二）夯實基層基礎。完成8個村（社區）黨組織規範化建設，新發展黨員15名，整頓軟弱渙散黨"
        "組織1個。",
    ),
    # The text's last line a copy, the short line above it stood in the text; on the output it is the foot.
    "foot_line_over_a_paragraph_copy": (
        "我委通过典型引路、分类指导、重点突破、整体推进等方式，不断推进机关服务品牌创建工作，形成"
        "整体合力。主要经过： 编辑：庞岚月\n"
        "0:\n"
        "我委通过典型引路、分类指导、重点突破、整体推进等方式，不断推进机关服务品牌创建工作，形成"
        "整体合力。主要经过：",
        "我委通过典型引路、分类指导、重点突破、整体推进等方式，不断推进机关服务品牌创建工作，形成"
        "整体合力。主要经过： 编辑：庞岚月",
    ),
    "foot_line_over_a_paragraph_copy_traditional": (
        "我委通過典型引路、分類指導、重點突破、整體推進等方式，不斷推進機關服務品牌創建工作，形成"
        "整體合力。主要經過： 編輯：龐嵐月\n"
        "0:\n"
        "我委通過典型引路、分類指導、重點突破、整體推進等方式，不斷推進機關服務品牌創建工作，形成"
        "整體合力。主要經過：",
        "我委通過典型引路、分類指導、重點突破、整體推進等方式，不斷推進機關服務品牌創建工作，形成"
        "整體合力。主要經過： 編輯：龐嵐月",
    ),
    # A contact line written twice, taken for the headline the head writes twice; alone at the output's
    # head, an edge rule takes it again (the text says too few of its words for a headline).
    "contact_line_written_twice": (
        "报名电话：0816-2345678\n"
        "报名电话：0816-2345678\n"
        "5月11日下午，县农业农村局召开2023年农村集体经济工作推进会，总结去年工作成效，部署"
        "今年重点任务。各乡镇（街道）分管负责人、农业农村办主任参加会议。 联系电话：0571-6"
        "4212345  地址：浙江省杭州市桐庐县迎春南路278号",
        "5月11日下午，县农业农村局召开2023年农村集体经济工作推进会，总结去年工作成效，部署"
        "今年重点任务。各乡镇（街道）分管负责人、农业农村办主任参加会议。 联系电话：0571-6"
        "4212345  地址：浙江省杭州市桐庐县迎春南路278号",
    ),
    "contact_line_written_twice_traditional": (
        "報名電話：0816-2345678\n"
        "報名電話：0816-2345678\n"
        "5月11日下午，縣農業農村局召開2023年農村集體經濟工作推進會，總結去年工作成效，部署"
        "今年重點任務。各鄉鎮（街道）分管負責人、農業農村辦主任參加會議。 聯繫電話：0571-6"
        "4212345  地址：浙江省杭州市桐廬縣迎春南路278號",
        "5月11日下午，縣農業農村局召開2023年農村集體經濟工作推進會，總結去年工作成效，部署"
        "今年重點任務。各鄉鎮（街道）分管負責人、農業農村辦主任參加會議。 聯繫電話：0571-6"
        "4212345  地址：浙江省杭州市桐廬縣迎春南路278號",
    ),
    # A credit closing a caption that opens the text: the walk up from the caption went on to the head's
    # line above it, which is not on the output.
    "credit_under_a_caption_below_a_head_line": (
        "I\n"
        "上图：联建党支部揭牌现场。 如今的沩山，茶园连片，民宿林立，昔日的贫困山乡变成了远近闻名"
        "的旅游目的地。（通讯员 李勇 周小平）",
        "上图：联建党支部揭牌现场。 如今的沩山，茶园连片，民宿林立，昔日的贫困山乡变成了远近闻名"
        "的旅游目的地。",
    ),
    "credit_under_a_caption_below_a_head_line_traditional": (
        "I\n"
        "上圖：聯建黨支部揭牌現場。 如今的潙山，茶園連片，民宿林立，昔日的貧困山鄉變成了遠近聞名"
        "的旅遊目的地。（通訊員 李勇 周小平）",
        "上圖：聯建黨支部揭牌現場。 如今的潙山，茶園連片，民宿林立，昔日的貧困山鄉變成了遠近聞名"
        "的旅遊目的地。",
    ),
    # A line written twice chosen for the title over a repeat of its closing words: on the output, set
    # first, the repeat under it is the headline.
    "line_written_twice_over_its_closing_words": (
        "0二、把产业发展放在心上\n"
        "下一篇：花明楼镇网格治理\n"
        "二、把产业发展放在心上\n"
        "English一一;\n"
        "5月11日下午，县农业农村局召开2023年农村集体经济工作推进会，总结去年工作成效，部署"
        "今年重点任务。各乡镇（街道）分管负责人、农业农村办主任参加会议。\n"
        "0二、把产业发展放在心上",
        "二、把产业发展放在心上\n"
        "\n"
        "English一一;\n"
        "\n"
        "5月11日下午，县农业农村局召开2023年农村集体经济工作推进会，总结去年工作成效，部署"
        "今年重点任务。各乡镇（街道）分管负责人、农业农村办主任参加会议。\n"
        "\n"
        "0二、把产业发展放在心上",
    ),
    "line_written_twice_over_its_closing_words_traditional": (
        "0二、把產業發展放在心上\n"
        "下一篇：花明樓鎮網格治理\n"
        "二、把產業發展放在心上\n"
        "English一一;\n"
        "5月11日下午，縣農業農村局召開2023年農村集體經濟工作推進會，總結去年工作成效，部署"
        "今年重點任務。各鄉鎮（街道）分管負責人、農業農村辦主任參加會議。\n"
        "0二、把產業發展放在心上",
        "二、把產業發展放在心上\n"
        "\n"
        "English一一;\n"
        "\n"
        "5月11日下午，縣農業農村局召開2023年農村集體經濟工作推進會，總結去年工作成效，部署"
        "今年重點任務。各鄉鎮（街道）分管負責人、農業農村辦主任參加會議。\n"
        "\n"
        "0二、把產業發展放在心上",
    ),
    # A short title an edge rule takes (a share button's word), written twice: alone over the output's
    # text it is the title again when the text says its words.
    "edge_chrome_title_written_twice": (
        "美文网首页\n"
        "村微信群\n"
        "\n"
        "村微信群\n"
        "\n"
        "作者: 雪域芨芨草 | 发表于2024-06-09 20:17\n"
        "\n"
        "时间长了没有看我们村上的微信群，今天翻开一看，觉得挺有意思的，群里有人晒庄稼，有人问路。"
        "\n"
        "群主是我们的村主任，建这个微信群是为了方便村民们互动，一个村有四个小组，总共二百多户人家"
        "。",
        "村微信群\n"
        "\n"
        "时间长了没有看我们村上的微信群，今天翻开一看，觉得挺有意思的，群里有人晒庄稼，有人问路。"
        "\n"
        "\n"
        "群主是我们的村主任，建这个微信群是为了方便村民们互动，一个村有四个小组，总共二百多户人家"
        "。",
    ),
    "edge_chrome_title_written_twice_traditional": (
        "美文網首頁\n"
        "村微信羣\n"
        "\n"
        "村微信羣\n"
        "\n"
        "作者: 雪域芨芨草 | 發表於2024-06-09 20:17\n"
        "\n"
        "時間長了沒有看我們村上的微信羣，今天翻開一看，覺得挺有意思的，羣裏有人曬莊稼，有人問路。"
        "\n"
        "羣主是我們的村主任，建這個微信羣是爲了方便村民們互動，一個村有四個小組，總共二百多戶人家"
        "。",
        "村微信羣\n"
        "\n"
        "時間長了沒有看我們村上的微信羣，今天翻開一看，覺得挺有意思的，羣裏有人曬莊稼，有人問路。"
        "\n"
        "\n"
        "羣主是我們的村主任，建這個微信羣是爲了方便村民們互動，一個村有四個小組，總共二百多戶人家"
        "。",
    ),
    # A credit closing the last paragraph before its copies: split off it, its copy below no longer
    # matched it and stayed, credit and all, to be split on the output.
    "credit_on_a_paragraph_shown_again": (
        "一是强化管理，致力制度创新。在推进行政审批制度改革中，实行高效审批，向简约要质量。 二是"
        "换位思考，倾情服务企业。为了更好地为大项目审批服务，政务局设立项目部。 会议要求，各级领"
        "导干部要带头深入基层调研，把群众的急难愁盼作为工作清单。（陈晓文 王磊摄） 一是强化管理"
        "，致力制度创新。在推进行政审批制度改革中，实行高效审批，向简约要质量。 二是换位思考，倾"
        "情服务企业。为了更好地为大项目审批服务，政务局设立项目部。 会议要求，各级领导干部要带头"
        "深入基层调研，把群众的急难愁盼作为工作清单。（陈晓文 王磊摄）",
        "一是强化管理，致力制度创新。在推进行政审批制度改革中，实行高效审批，向简约要质量。\n"
        "\n"
        "二是换位思考，倾情服务企业。为了更好地为大项目审批服务，政务局设立项目部。\n"
        "\n"
        "会议要求，各级领导干部要带头深入基层调研，把群众的急难愁盼作为工作清单。",
    ),
    "credit_on_a_paragraph_shown_again_traditional": (
        "一是強化管理，致力制度創新。在推進行政審批制度改革中，實行高效審批，向簡約要質量。 二是"
        "換位思考，傾情服務企業。爲了更好地爲大項目審批服務，政務局設立項目部。 會議要求，各級領"
        "導幹部要帶頭深入基層調研，把羣衆的急難愁盼作爲工作清單。（陳曉文 王磊攝） 一是強化管理"
        "，致力制度創新。在推進行政審批制度改革中，實行高效審批，向簡約要質量。 二是換位思考，傾"
        "情服務企業。爲了更好地爲大項目審批服務，政務局設立項目部。 會議要求，各級領導幹部要帶頭"
        "深入基層調研，把羣衆的急難愁盼作爲工作清單。（陳曉文 王磊攝）",
        "一是強化管理，致力制度創新。在推進行政審批制度改革中，實行高效審批，向簡約要質量。\n"
        "\n"
        "二是換位思考，傾情服務企業。爲了更好地爲大項目審批服務，政務局設立項目部。\n"
        "\n"
        "會議要求，各級領導幹部要帶頭深入基層調研，把羣衆的急難愁盼作爲工作清單。",
    ),
    # A line a rule is unsure of (an app prompt), written twice and said at the text's end: the title;
    # alone at the output's head it is the title again.
    "unsure_line_written_twice_over_a_line": (
        "0手机看新闻 下载客户端\n"
        "0手机看新闻 下载客户端\n"
        "同时，各单位还纷纷利用报纸、电视、发放宣传资料等形式，不断扩大宣传范围，提高服务品牌的知"
        "名度，形成了人人参与的良好局面。通过一系列有效举措，不少单位对创建机关服务品牌有了全面深"
        "刻的认识，并得到部门主要负责人的大力支持。 手机看新闻 下载客户端",
        "0手机看新闻 下载客户端\n"
        "\n"
        "同时，各单位还纷纷利用报纸、电视、发放宣传资料等形式，不断扩大宣传范围，提高服务品牌的知"
        "名度，形成了人人参与的良好局面。通过一系列有效举措，不少单位对创建机关服务品牌有了全面深"
        "刻的认识，并得到部门主要负责人的大力支持。 手机看新闻 下载客户端",
    ),
    "unsure_line_written_twice_over_a_line_traditional": (
        "0手機看新聞 下載客戶端\n"
        "0手機看新聞 下載客戶端\n"
        "同時，各單位還紛紛利用報紙、電視、發放宣傳資料等形式，不斷擴大宣傳範圍，提高服務品牌的知"
        "名度，形成了人人蔘與的良好局面。通過一系列有效舉措，不少單位對創建機關服務品牌有了全面深"
        "刻的認識，並得到部門主要負責人的大力支持。 手機看新聞 下載客戶端",
        "0手機看新聞 下載客戶端\n"
        "\n"
        "同時，各單位還紛紛利用報紙、電視、發放宣傳資料等形式，不斷擴大宣傳範圍，提高服務品牌的知"
        "名度，形成了人人蔘與的良好局面。通過一系列有效舉措，不少單位對創建機關服務品牌有了全面深"
        "刻的認識，並得到部門主要負責人的大力支持。 手機看新聞 下載客戶端",
    ),
    # A title over a dateline a few lines into the text, over a headline and its subtitle: on the output,
    # the dateline gone, the title is their kicker.
    "kicker_over_a_late_dateline": (
        "今年以来，百色市在全市行政村推行“党建+积分”管理模式，将村民参与环境整治、志愿服务等情"
        "况折算成积分。\n"
        "0一一一\n"
        "发布日期：2023-05-12 16:20  来源：县农业农村局\n"
        "·全县强村公司建设现场会在分水镇召开\n"
        "——记宁乡市沩山乡党委书记刘建军\n"
        "5月11日下午，县农业农村局召开2023年农村集体经济工作推进会，总结去年工作成效，部署"
        "今年重点任务。各乡镇（街道）分管负责人、农业农村办主任参加会议。",
        "全县强村公司建设现场会在分水镇召开\n"
        "\n"
        "——记宁乡市沩山乡党委书记刘建军\n"
        "\n"
        "5月11日下午，县农业农村局召开2023年农村集体经济工作推进会，总结去年工作成效，部署"
        "今年重点任务。各乡镇（街道）分管负责人、农业农村办主任参加会议。",
    ),
    "kicker_over_a_late_dateline_traditional": (
        "今年以來，百色市在全市行政村推行“黨建+積分”管理模式，將村民參與環境整治、志願服務等情"
        "況折算成積分。\n"
        "0一一一\n"
        "發佈日期：2023-05-12 16:20  來源：縣農業農村局\n"
        "·全縣強村公司建設現場會在分水鎮召開\n"
        "——記寧鄉市潙山鄉黨委書記劉建軍\n"
        "5月11日下午，縣農業農村局召開2023年農村集體經濟工作推進會，總結去年工作成效，部署"
        "今年重點任務。各鄉鎮（街道）分管負責人、農業農村辦主任參加會議。",
        "全縣強村公司建設現場會在分水鎮召開\n"
        "\n"
        "——記寧鄉市潙山鄉黨委書記劉建軍\n"
        "\n"
        "5月11日下午，縣農業農村局召開2023年農村集體經濟工作推進會，總結去年工作成效，部署"
        "今年重點任務。各鄉鎮（街道）分管負責人、農業農村辦主任參加會議。",
    ),
    # A first line a rule is unsure of, copied in the text: the copy is no saying of it (the output has
    # none), so it is no title.
    "unsure_first_line_copied_in_the_text": (
        "客服QQ：800012345  工作时间：9:00-18:00\n"
        "今年以来，百色市在全市行政村推行“党建+积分”管理模式，将村民参与环境整治、志愿服务、矛"
        "盾调解等情况折算成积分，积分可在村里的爱心超市兑换生活用品。\n"
        "客服QQ：800012345  工作时间：9:00-18:00\n"
        "5月11日下午，县农业农村局召开2023年农村集体经济工作推进会，总结去年工作成效，部署"
        "今年重点任务。各乡镇（街道）分管负责人、农业农村办主任参加会议。",
        "今年以来，百色市在全市行政村推行“党建+积分”管理模式，将村民参与环境整治、志愿服务、矛"
        "盾调解等情况折算成积分，积分可在村里的爱心超市兑换生活用品。\n"
        "\n"
        "客服QQ：800012345  工作时间：9:00-18:00\n"
        "\n"
        "5月11日下午，县农业农村局召开2023年农村集体经济工作推进会，总结去年工作成效，部署"
        "今年重点任务。各乡镇（街道）分管负责人、农业农村办主任参加会议。",
    ),
    "unsure_first_line_copied_in_the_text_traditional": (
        "客服QQ：800012345  工作時間：9:00-18:00\n"
        "今年以來，百色市在全市行政村推行“黨建+積分”管理模式，將村民參與環境整治、志願服務、矛"
        "盾調解等情況折算成積分，積分可在村裏的愛心超市兌換生活用品。\n"
        "客服QQ：800012345  工作時間：9:00-18:00\n"
        "5月11日下午，縣農業農村局召開2023年農村集體經濟工作推進會，總結去年工作成效，部署"
        "今年重點任務。各鄉鎮（街道）分管負責人、農業農村辦主任參加會議。",
        "今年以來，百色市在全市行政村推行“黨建+積分”管理模式，將村民參與環境整治、志願服務、矛"
        "盾調解等情況折算成積分，積分可在村裏的愛心超市兌換生活用品。\n"
        "\n"
        "客服QQ：800012345  工作時間：9:00-18:00\n"
        "\n"
        "5月11日下午，縣農業農村局召開2023年農村集體經濟工作推進會，總結去年工作成效，部署"
        "今年重點任務。各鄉鎮（街道）分管負責人、農業農村辦主任參加會議。",
    ),
    # A head line chosen for the text's words, which only its own copy in the text said: on the output,
    # the copy gone, it said nothing of the text.
    "head_line_copied_in_the_text": (
        "【字号：大 中 小】【打印】【关闭】\n"
        "博文目录\n"
        "● 城乡居民基础养老金最低标准提高\n"
        "[求助] 求助：家里的老电脑开不了机怎么办 [复制链接]\n"
        "博文目录\n"
        "“四川省文明单位”“四川省政府系统办公室工作先进集体”“四川省脱贫攻坚先进集体”……近日"
        "，笔者走进市政府办公大楼，映入眼帘的一张张耀眼的奖牌证书，是一个战斗机关、奉献机关、活力"
        "机关的见证。\n"
        "● 城乡居民基础养老金最低标准提高\n"
        "博文目录",
        "博文目录\n"
        "\n"
        "“四川省文明单位”“四川省政府系统办公室工作先进集体”“四川省脱贫攻坚先进集体”……近日"
        "，笔者走进市政府办公大楼，映入眼帘的一张张耀眼的奖牌证书，是一个战斗机关、奉献机关、活力"
        "机关的见证。\n"
        "\n"
        "● 城乡居民基础养老金最低标准提高",
    ),
    "head_line_copied_in_the_text_traditional": (
        "【字號：大 中 小】【打印】【關閉】\n"
        "博文目錄\n"
        "● 城鄉居民基礎養老金最低標準提高\n"
        "[求助] 求助：家裏的老電腦開不了機怎麼辦 [複製鏈接]\n"
        "博文目錄\n"
        "“四川省文明單位”“四川省政府系統辦公室工作先進集體”“四川省脫貧攻堅先進集體”……近日"
        "，筆者走進市政府辦公大樓，映入眼簾的一張張耀眼的獎牌證書，是一個戰鬥機關、奉獻機關、活力"
        "機關的見證。\n"
        "● 城鄉居民基礎養老金最低標準提高\n"
        "博文目錄",
        "博文目錄\n"
        "\n"
        "“四川省文明單位”“四川省政府系統辦公室工作先進集體”“四川省脫貧攻堅先進集體”……近日"
        "，筆者走進市政府辦公大樓，映入眼簾的一張張耀眼的獎牌證書，是一個戰鬥機關、奉獻機關、活力"
        "機關的見證。\n"
        "\n"
        "● 城鄉居民基礎養老金最低標準提高",
    ),
    # A title below the text's start, an organisation under it over a share line: the share line, taken
    # at the page's edge only after the signer was looked for, hid it; the output has no share line.
    "organisation_over_a_share_line_under_a_late_title": (
        "今年以来，百色市在全市行政村推行“党建+积分”管理模式，将村民参与环境整治、志愿服务、矛"
        "盾调解等情况折算成积分，积分可在村里的爱心超市兑换生活用品。\n"
        "0一一一\n"
        "北京市人民政府\n"
        "发布日期：2023-05-12 16:20  来源：县农业农村局\n"
        "关注绵阳日报微信公众号\n"
        "会上还为2022年度“五星支部”颁发了奖牌。",
        "0一一一\n\n会上还为2022年度“五星支部”颁发了奖牌。",
    ),
    "organisation_over_a_share_line_under_a_late_title_traditional": (
        "今年以來，百色市在全市行政村推行“黨建+積分”管理模式，將村民參與環境整治、志願服務、矛"
        "盾調解等情況折算成積分，積分可在村裏的愛心超市兌換生活用品。\n"
        "0一一一\n"
        "北京市人民政府\n"
        "發佈日期：2023-05-12 16:20  來源：縣農業農村局\n"
        "關注綿陽日報微信公衆號\n"
        "會上還爲2022年度“五星支部”頒發了獎牌。",
        "0一一一\n\n會上還爲2022年度“五星支部”頒發了獎牌。",
    ),
    # The title's repeat three lines into the text: the window counted units, and the blank lines between
    # the output's blocks narrowed it.
    "title_repeated_three_lines_into_the_text": (
        "0● 城乡居民基础养老金最低标准提高\n"
        "本报海口3月19日讯（记者 张三 通讯员 李四）近日，省委人才发展局印发《关于进一步吸引"
        "各类人才的若干措施》，从住房、子女入学、医疗等方面提出20条具体举措。\n"
        "\n"
        "\n"
        "● 城乡居民基础养老金最低标准提高",
        "城乡居民基础养老金最低标准提高",
    ),
    "title_repeated_three_lines_into_the_text_traditional": (
        "0● 城鄉居民基礎養老金最低標準提高\n"
        "本報海口3月19日訊（記者 張三 通訊員 李四）近日，省委人才發展局印發《關於進一步吸引"
        "各類人才的若干措施》，從住房、子女入學、醫療等方面提出20條具體舉措。\n"
        "\n"
        "\n"
        "● 城鄉居民基礎養老金最低標準提高",
        "城鄉居民基礎養老金最低標準提高",
    ),
    # A title row over a line set again below the text: on the output, the row's label gone, that line
    # was said by the text only through its own copy.
    "line_under_a_title_row_copied_below_the_text": (
        "标 题 关于印发《滨海新区村级党组织书记队伍建设三年行动计划》的通知\n"
        "·全县强村公司建设现场会在分水镇召开\n"
        "光阴的故事\n"
        "理论是行动的先导，思想是前进的旗帜。学习理论知识对于党员干部坚定理想信念、提高政策理论水"
        "平和做好实际工作十分重要。为打造学习型、创新型、高效型机关，今年2月起，市政府办公室每两"
        "周开展一次“夜课大讲堂”，领导干部带头讲、科长轮流讲、其他人员踊跃讲。\n"
        "光阴的故事",
        "关于印发《滨海新区村级党组织书记队伍建设三年行动计划》的通知\n"
        "\n"
        "·全县强村公司建设现场会在分水镇召开\n"
        "\n"
        "光阴的故事\n"
        "\n"
        "理论是行动的先导，思想是前进的旗帜。学习理论知识对于党员干部坚定理想信念、提高政策理论水"
        "平和做好实际工作十分重要。为打造学习型、创新型、高效型机关，今年2月起，市政府办公室每两"
        "周开展一次“夜课大讲堂”，领导干部带头讲、科长轮流讲、其他人员踊跃讲。\n"
        "\n"
        "光阴的故事",
    ),
    "line_under_a_title_row_copied_below_the_text_traditional": (
        "標 題 關於印發《濱海新區村級黨組織書記隊伍建設三年行動計劃》的通知\n"
        "·全縣強村公司建設現場會在分水鎮召開\n"
        "光陰的故事\n"
        "理論是行動的先導，思想是前進的旗幟。學習理論知識對於黨員幹部堅定理想信念、提高政策理論水"
        "平和做好實際工作十分重要。爲打造學習型、創新型、高效型機關，今年2月起，市政府辦公室每兩"
        "週開展一次“夜課大講堂”，領導幹部帶頭講、科長輪流講、其他人員踊躍講。\n"
        "光陰的故事",
        "關於印發《濱海新區村級黨組織書記隊伍建設三年行動計劃》的通知\n"
        "\n"
        "·全縣強村公司建設現場會在分水鎮召開\n"
        "\n"
        "光陰的故事\n"
        "\n"
        "理論是行動的先導，思想是前進的旗幟。學習理論知識對於黨員幹部堅定理想信念、提高政策理論水"
        "平和做好實際工作十分重要。爲打造學習型、創新型、高效型機關，今年2月起，市政府辦公室每兩"
        "週開展一次“夜課大講堂”，領導幹部帶頭講、科長輪流講、其他人員踊躍講。\n"
        "\n"
        "光陰的故事",
    ),
    # Paragraphs shown again between a title and a reply's dated head (`… [回复]`) a few lines into the
    # text: they counted among its first lines and stood between the two, until `chrome.repeats` took them.
    "paragraphs_shown_again_over_a_late_dateline": (
        "通过一系列有效举措，不少单位对创建机关服务品牌有了全面深刻的认识，并得到部门主要负责人的"
        "大力支持。\n"
        "5月11日下午，县农业农村局召开2023年农村集体经济工作推进会，总结去年工作成效，部署"
        "今年重点任务。各乡镇（街道）分管负责人、农业农村办主任参加会议。\n"
        "1月13日，城关镇召开2022年度基层党建工作述职评议会，23个村（社区）党组织书记逐一"
        "上台述职，镇党委班子成员现场点评打分。\n"
        "二、争先锋、树形象，提升服务水平\n"
        "二、争先锋、树形象，提升服务水平\n"
        "0一一一\n"
        "5月11日下午，县农业农村局召开2023年农村集体经济工作推进会，总结去年工作成效，部署"
        "今年重点任务。各乡镇（街道）分管负责人、农业农村办主任参加会议。\n"
        "1月13日，城关镇召开2022年度基层党建工作述职评议会，23个村（社区）党组织书记逐一"
        "上台述职，镇党委班子成员现场点评打分。\n"
        "2010-05-13 08:12:45 [回复]\n"
        "3月8日，路桥区横街镇村企联建党支部正式揭牌，这是全市首个由行政村和规上企业联合组建的党"
        "支部。\n"
        "二、争先锋、树形象，提升服务水平\n"
        "二、争先锋、树形象，提升服务水平",
        "0一一一\n"
        "\n"
        "5月11日下午，县农业农村局召开2023年农村集体经济工作推进会，总结去年工作成效，部署"
        "今年重点任务。各乡镇（街道）分管负责人、农业农村办主任参加会议。\n"
        "\n"
        "1月13日，城关镇召开2022年度基层党建工作述职评议会，23个村（社区）党组织书记逐一"
        "上台述职，镇党委班子成员现场点评打分。\n"
        "\n"
        "3月8日，路桥区横街镇村企联建党支部正式揭牌，这是全市首个由行政村和规上企业联合组建的党"
        "支部。\n"
        "\n"
        "二、争先锋、树形象，提升服务水平\n"
        "\n"
        "二、争先锋、树形象，提升服务水平",
    ),
    "paragraphs_shown_again_over_a_late_dateline_traditional": (
        "通過一系列有效舉措，不少單位對創建機關服務品牌有了全面深刻的認識，並得到部門主要負責人的"
        "大力支持。\n"
        "5月11日下午，縣農業農村局召開2023年農村集體經濟工作推進會，總結去年工作成效，部署"
        "今年重點任務。各鄉鎮（街道）分管負責人、農業農村辦主任參加會議。\n"
        "1月13日，城關鎮召開2022年度基層黨建工作述職評議會，23個村（社區）黨組織書記逐一"
        "上臺述職，鎮黨委班子成員現場點評打分。\n"
        "二、爭先鋒、樹形象，提升服務水平\n"
        "二、爭先鋒、樹形象，提升服務水平\n"
        "0一一一\n"
        "5月11日下午，縣農業農村局召開2023年農村集體經濟工作推進會，總結去年工作成效，部署"
        "今年重點任務。各鄉鎮（街道）分管負責人、農業農村辦主任參加會議。\n"
        "1月13日，城關鎮召開2022年度基層黨建工作述職評議會，23個村（社區）黨組織書記逐一"
        "上臺述職，鎮黨委班子成員現場點評打分。\n"
        "2010-05-13 08:12:45 [回覆]\n"
        "3月8日，路橋區橫街鎮村企聯建黨支部正式揭牌，這是全市首個由行政村和規上企業聯合組建的黨"
        "支部。\n"
        "二、爭先鋒、樹形象，提升服務水平\n"
        "二、爭先鋒、樹形象，提升服務水平",
        "0一一一\n"
        "\n"
        "5月11日下午，縣農業農村局召開2023年農村集體經濟工作推進會，總結去年工作成效，部署"
        "今年重點任務。各鄉鎮（街道）分管負責人、農業農村辦主任參加會議。\n"
        "\n"
        "1月13日，城關鎮召開2022年度基層黨建工作述職評議會，23個村（社區）黨組織書記逐一"
        "上臺述職，鎮黨委班子成員現場點評打分。\n"
        "\n"
        "3月8日，路橋區橫街鎮村企聯建黨支部正式揭牌，這是全市首個由行政村和規上企業聯合組建的黨"
        "支部。\n"
        "\n"
        "二、爭先鋒、樹形象，提升服務水平\n"
        "\n"
        "二、爭先鋒、樹形象，提升服務水平",
    ),
    # A line a rule is unsure of (an app prompt) written twice over a title that says nothing of the text:
    # the headline; on the output, written once, the title's search for the text's words must find it too.
    "unsure_line_written_twice_over_an_off_text_title": (
        "0手机看新闻 下载客户端\n"
        "0手机看新闻 下载客户端\n"
        "0一一一\n"
        "5月11日下午，县农业农村局召开2023年农村集体经济工作推进会，总结去年工作成效，部署"
        "今年重点任务。各乡镇（街道）分管负责人、农业农村办主任参加会议。 5月11日下午，县农业"
        "农村局召开2023年农村集体经济工作推进会，总结去年工作成效，部署今年重点任务。各乡镇（"
        "街道）分管负责人、农业农村办主任参加会议。 手机看新闻 下载客户端",
        "0手机看新闻 下载客户端\n"
        "\n"
        "0一一一\n"
        "\n"
        "5月11日下午，县农业农村局召开2023年农村集体经济工作推进会，总结去年工作成效，部署"
        "今年重点任务。各乡镇（街道）分管负责人、农业农村办主任参加会议。 5月11日下午，县农业"
        "农村局召开2023年农村集体经济工作推进会，总结去年工作成效，部署今年重点任务。各乡镇（"
        "街道）分管负责人、农业农村办主任参加会议。 手机看新闻 下载客户端",
    ),
    "unsure_line_written_twice_over_an_off_text_title_traditional": (
        "0手機看新聞 下載客戶端\n"
        "0手機看新聞 下載客戶端\n"
        "0一一一\n"
        "5月11日下午，縣農業農村局召開2023年農村集體經濟工作推進會，總結去年工作成效，部署"
        "今年重點任務。各鄉鎮（街道）分管負責人、農業農村辦主任參加會議。 5月11日下午，縣農業"
        "農村局召開2023年農村集體經濟工作推進會，總結去年工作成效，部署今年重點任務。各鄉鎮（"
        "街道）分管負責人、農業農村辦主任參加會議。 手機看新聞 下載客戶端",
        "0手機看新聞 下載客戶端\n"
        "\n"
        "0一一一\n"
        "\n"
        "5月11日下午，縣農業農村局召開2023年農村集體經濟工作推進會，總結去年工作成效，部署"
        "今年重點任務。各鄉鎮（街道）分管負責人、農業農村辦主任參加會議。 5月11日下午，縣農業"
        "農村局召開2023年農村集體經濟工作推進會，總結去年工作成效，部署今年重點任務。各鄉鎮（"
        "街道）分管負責人、農業農村辦主任參加會議。 手機看新聞 下載客戶端",
    ),
    # A head line taken for the text's words (the first title said nothing of it) over its closing words
    # set again below the text: on the output, set first, those words are the headline.
    "closing_words_under_a_head_line_for_the_text": (
        "【字号：大 中 小】【打印】【关闭】\n"
        "广东发布高温橙色预警 多地最高气温超38℃\n"
        "0三、抓关键、重实效,践行服务宗旨\n"
        "“四川省文明单位”“四川省政府系统办公室工作先进集体”“四川省脱贫攻坚先进集体”……近日"
        "，笔者走进市政府办公大楼，映入眼帘的一张张耀眼的奖牌证书，是一个战斗机关、奉献机关、活力"
        "机关的见证。\n"
        "三、抓关键、重实效,践行服务宗旨",
        "三、抓关键、重实效,践行服务宗旨",
    ),
    "closing_words_under_a_head_line_for_the_text_traditional": (
        "【字號：大 中 小】【打印】【關閉】\n"
        "廣東發佈高溫橙色預警 多地最高氣溫超38℃\n"
        "0三、抓關鍵、重實效,踐行服務宗旨\n"
        "“四川省文明單位”“四川省政府系統辦公室工作先進集體”“四川省脫貧攻堅先進集體”……近日"
        "，筆者走進市政府辦公大樓，映入眼簾的一張張耀眼的獎牌證書，是一個戰鬥機關、奉獻機關、活力"
        "機關的見證。\n"
        "三、抓關鍵、重實效,踐行服務宗旨",
        "三、抓關鍵、重實效,踐行服務宗旨",
    ),
    # A title below the text's start over a short sentence alone (`？`) and a name: the text started at
    # the sentence, so nothing signed it; on the output the sentence is the head's and the name signs.
    "short_sentence_alone_under_a_late_title": (
        "5月11日下午，县农业农村局召开2023年农村集体经济工作推进会，总结去年工作成效，部署"
        "今年重点任务。各乡镇（街道）分管负责人、农业农村办主任参加会议。\n"
        "信息公开\n"
        "发布日期：2023-05-12 16:20  来源：县农业农村局\n"
        "？\n"
        "关于我\n"
        "家里有一台用了六年的老电脑，昨天晚上突然开不了机了，按下电源键风扇转一下就停。",
        "信息公开\n\n？\n\n家里有一台用了六年的老电脑，昨天晚上突然开不了机了，按下电源键风扇转一下就停。",
    ),
    "short_sentence_alone_under_a_late_title_traditional": (
        "5月11日下午，縣農業農村局召開2023年農村集體經濟工作推進會，總結去年工作成效，部署"
        "今年重點任務。各鄉鎮（街道）分管負責人、農業農村辦主任參加會議。\n"
        "信息公開\n"
        "發佈日期：2023-05-12 16:20  來源：縣農業農村局\n"
        "？\n"
        "關於我\n"
        "家裏有一臺用了六年的老電腦，昨天晚上突然開不了機了，按下電源鍵風扇轉一下就停。",
        "信息公開\n\n？\n\n家裏有一臺用了六年的老電腦，昨天晚上突然開不了機了，按下電源鍵風扇轉一下就停。",
    ),
    # A paragraph shown twice, closing with a credit: split off the last copy only, that copy read as the
    # other's opening cut short, and the output ended on the credit again.
    "credit_closing_a_paragraph_shown_twice": (
        "5月11日下午，县农业农村局召开2023年农村集体经济工作推进会，总结去年工作成效，部署"
        "今年重点任务。各乡镇（街道）分管负责人、农业农村办主任参加会议。 求助：家里的老电脑开不"
        "了机怎么办 - 电脑硬件 - 蓝天论坛 - Powered by Discuz! 关于我"
        "\n"
        "5月11日下午，县农业农村局召开2023年农村集体经济工作推进会，总结去年工作成效，部署"
        "今年重点任务。各乡镇（街道）分管负责人、农业农村办主任参加会议。 求助：家里的老电脑开不"
        "了机怎么办 - 电脑硬件 - 蓝天论坛 - Powered by Discuz! 关于我"
        "\n",
        "5月11日下午，县农业农村局召开2023年农村集体经济工作推进会，总结去年工作成效，部署"
        "今年重点任务。各乡镇（街道）分管负责人、农业农村办主任参加会议。 求助：家里的老电脑开不"
        "了机怎么办 - 电脑硬件 - 蓝天论坛 - Powered by Discuz! 关于我"
        "\n"
        "\n"
        "5月11日下午，县农业农村局召开2023年农村集体经济工作推进会，总结去年工作成效，部署"
        "今年重点任务。各乡镇（街道）分管负责人、农业农村办主任参加会议。 求助：家里的老电脑开不"
        "了机怎么办 - 电脑硬件 - 蓝天论坛 - Powered by Discuz! 关于我",
    ),
    "credit_closing_a_paragraph_shown_twice_traditional": (
        "5月11日下午，縣農業農村局召開2023年農村集體經濟工作推進會，總結去年工作成效，部署"
        "今年重點任務。各鄉鎮（街道）分管負責人、農業農村辦主任參加會議。 求助：家裏的老電腦開不"
        "了機怎麼辦 - 電腦硬件 - 藍天論壇 - Powered by Discuz! 關於我"
        "\n"
        "5月11日下午，縣農業農村局召開2023年農村集體經濟工作推進會，總結去年工作成效，部署"
        "今年重點任務。各鄉鎮（街道）分管負責人、農業農村辦主任參加會議。 求助：家裏的老電腦開不"
        "了機怎麼辦 - 電腦硬件 - 藍天論壇 - Powered by Discuz! 關於我"
        "\n",
        "5月11日下午，縣農業農村局召開2023年農村集體經濟工作推進會，總結去年工作成效，部署"
        "今年重點任務。各鄉鎮（街道）分管負責人、農業農村辦主任參加會議。 求助：家裏的老電腦開不"
        "了機怎麼辦 - 電腦硬件 - 藍天論壇 - Powered by Discuz! 關於我"
        "\n"
        "\n"
        "5月11日下午，縣農業農村局召開2023年農村集體經濟工作推進會，總結去年工作成效，部署"
        "今年重點任務。各鄉鎮（街道）分管負責人、農業農村辦主任參加會議。 求助：家裏的老電腦開不"
        "了機怎麼辦 - 電腦硬件 - 藍天論壇 - Powered by Discuz! 關於我",
    ),
    # A mixed-script page (a Simplified head over a Traditional text): the editor's line under the first
    # line kept it the title over the head's line the text says; the output, without it, read that one.
    "editor_line_in_a_mixed_script_page": (
        "0一一一\n"
        "   编辑:庞岚月\n"
        "·全县强村公司建设现场会在分水镇召开\n"
        "人才工作\n"
        "“四川省文明單位”“四川省政府系統辦公室工作先進集體”“四川省脫貧攻堅先進集體”……近日"
        ",筆者走進市政府辦公大樓,映入眼簾的一張張耀眼的獎牌證書,是一個戰鬥機關、奉獻機關、活力"
        "機關的見證。 人才工作",
        "人才工作\n"
        "\n"
        "“四川省文明單位”“四川省政府系統辦公室工作先進集體”“四川省脫貧攻堅先進集體”……近日"
        ",筆者走進市政府辦公大樓,映入眼簾的一張張耀眼的獎牌證書,是一個戰鬥機關、奉獻機關、活力"
        "機關的見證。 人才工作",
    ),
    "editor_line_in_a_mixed_script_page_traditional": (
        "0一一一\n"
        "   編輯:龐嵐月\n"
        "·全縣強村公司建設現場會在分水鎮召開\n"
        "人才工作\n"
        "“四川省文明單位”“四川省政府系統辦公室工作先進集體”“四川省脫貧攻堅先進集體”……近日"
        ",筆者走進市政府辦公大樓,映入眼簾的一張張耀眼的獎牌證書,是一個戰鬥機關、奉獻機關、活力"
        "機關的見證。 人才工作",
        "人才工作\n"
        "\n"
        "“四川省文明單位”“四川省政府系統辦公室工作先進集體”“四川省脫貧攻堅先進集體”……近日"
        ",筆者走進市政府辦公大樓,映入眼簾的一張張耀眼的獎牌證書,是一個戰鬥機關、奉獻機關、活力"
        "機關的見證。 人才工作",
    ),
    # A title row whose value says nothing of the text: taken as it stood, while the output, the label
    # gone, gave it up for the head's line that does.
    "title_row_off_the_text": (
        "标 题 关于印发《滨海新区村级党组织书记队伍建设三年行动计划》的通知\n"
        "00003版:基层党建\n"
        "台州日报 数字报纸0\n"
        "“四川省文明单位”“四川省政府系统办公室工作先进集体”“四川省脱贫攻坚先进集体”……近日"
        "，笔者走进市政府办公大楼，映入眼帘的一张张耀眼的奖牌证书，是一个战斗机关、奉献机关、活力"
        "机关的见证。\n"
        "台州日报 数字报纸",
        "台州日报 数字报纸0\n"
        "\n"
        "“四川省文明单位”“四川省政府系统办公室工作先进集体”“四川省脱贫攻坚先进集体”……近日"
        "，笔者走进市政府办公大楼，映入眼帘的一张张耀眼的奖牌证书，是一个战斗机关、奉献机关、活力"
        "机关的见证。\n"
        "\n"
        "台州日报 数字报纸",
    ),
    "title_row_off_the_text_traditional": (
        "標 題 關於印發《濱海新區村級黨組織書記隊伍建設三年行動計劃》的通知\n"
        "00003版:基層黨建\n"
        "台州日報 數字報紙0\n"
        "“四川省文明單位”“四川省政府系統辦公室工作先進集體”“四川省脫貧攻堅先進集體”……近日"
        "，筆者走進市政府辦公大樓，映入眼簾的一張張耀眼的獎牌證書，是一個戰鬥機關、奉獻機關、活力"
        "機關的見證。\n"
        "台州日報 數字報紙",
        "台州日報 數字報紙0\n"
        "\n"
        "“四川省文明單位”“四川省政府系統辦公室工作先進集體”“四川省脫貧攻堅先進集體”……近日"
        "，筆者走進市政府辦公大樓，映入眼簾的一張張耀眼的獎牌證書，是一個戰鬥機關、奉獻機關、活力"
        "機關的見證。\n"
        "\n"
        "台州日報 數字報紙",
    ),
    # A title over a date and a dateline, a headline and its subtitle under them where the text seemed to
    # start: on the output, the dates gone, the title is their kicker.
    "kicker_over_a_date_and_a_headline_with_its_subtitle": (
        "严格执行村级财务“五议两公开”制度，强化资金使用全过程监管，确保集体资产保值增值。\n"
        "0一一一\n"
        "(2010-05-12 21:33:08)\n"
        "时间:2022-05-20 09:30 作者:全媒体记者 杨帆 来源:白水融媒\n"
        "文明清风谱华章\n"
        "——黄州区政府办公室创建文明单位纪实\n"
        "黄州区政府办公室作为区政府的综合服务部门，是协助区领导处理区政府日常工作的办事机构，担负"
        "着为群众、为基层、为领导服务的重要职责。",
        "文明清风谱华章\n"
        "\n"
        "——黄州区政府办公室创建文明单位纪实\n"
        "\n"
        "黄州区政府办公室作为区政府的综合服务部门，是协助区领导处理区政府日常工作的办事机构，担负"
        "着为群众、为基层、为领导服务的重要职责。",
    ),
    "kicker_over_a_date_and_a_headline_with_its_subtitle_traditional": (
        "嚴格執行村級財務“五議兩公開”制度，強化資金使用全過程監管，確保集體資產保值增值。\n"
        "0一一一\n"
        "(2010-05-12 21:33:08)\n"
        "時間:2022-05-20 09:30 作者:全媒體記者 楊帆 來源:白水融媒\n"
        "文明清風譜華章\n"
        "——黃州區政府辦公室創建文明單位紀實\n"
        "黃州區政府辦公室作爲區政府的綜合服務部門，是協助區領導處理區政府日常工作的辦事機構，擔負"
        "着爲羣衆、爲基層、爲領導服務的重要職責。",
        "文明清風譜華章\n"
        "\n"
        "——黃州區政府辦公室創建文明單位紀實\n"
        "\n"
        "黃州區政府辦公室作爲區政府的綜合服務部門，是協助區領導處理區政府日常工作的辦事機構，擔負"
        "着爲羣衆、爲基層、爲領導服務的重要職責。",
    ),
    # A title from the breadcrumb over a paragraph that says nothing of the rest, then a line that does:
    # the text had started at the paragraph; on the output the line under it was taken for the headline.
    "paragraph_under_a_breadcrumbs_title": (
        "视频首页>>温岭新闻网>>市委理论学习中心组开展“共同富裕”专题学习    2022-0"
        "9-08 00:00:00    浏览\n"
        "今年以来，各单位纷纷利用报纸、电视、发放宣传资料等形式，不断扩大宣传范围，提高服务品牌的"
        "知名度，形成了人人参与的良好局面。通过一系列有效举措，不少单位对创建机关服务品牌有了全面"
        "深刻的认识，并得到部门主要负责人的大力支持。\n"
        "基层党建\n"
        "位置：首页 >> 基层党建 >> 先锋风采 日前，占地2000余平方米的通川区职工活动中"
        "心正式落成，成为全区干部职工休闲娱乐锻炼的绝佳场所。通川区总工会负责人表示，将用好职工活"
        "动中心，用高质量的文化活动引领职工。",
        "市委理论学习中心组开展“共同富裕”专题学习\n"
        "\n"
        "今年以来，各单位纷纷利用报纸、电视、发放宣传资料等形式，不断扩大宣传范围，提高服务品牌的"
        "知名度，形成了人人参与的良好局面。通过一系列有效举措，不少单位对创建机关服务品牌有了全面"
        "深刻的认识，并得到部门主要负责人的大力支持。\n"
        "\n"
        "基层党建\n"
        "\n"
        "位置：首页 >> 基层党建 >> 先锋风采 日前，占地2000余平方米的通川区职工活动中"
        "心正式落成，成为全区干部职工休闲娱乐锻炼的绝佳场所。通川区总工会负责人表示，将用好职工活"
        "动中心，用高质量的文化活动引领职工。",
    ),
    "paragraph_under_a_breadcrumbs_title_traditional": (
        "視頻首頁>>溫嶺新聞網>>市委理論學習中心組開展“共同富裕”專題學習    2022-0"
        "9-08 00:00:00    瀏覽\n"
        "今年以來，各單位紛紛利用報紙、電視、發放宣傳資料等形式，不斷擴大宣傳範圍，提高服務品牌的"
        "知名度，形成了人人蔘與的良好局面。通過一系列有效舉措，不少單位對創建機關服務品牌有了全面"
        "深刻的認識，並得到部門主要負責人的大力支持。\n"
        "基層黨建\n"
        "位置：首頁 >> 基層黨建 >> 先鋒風采 日前，佔地2000餘平方米的通川區職工活動中"
        "心正式落成，成爲全區幹部職工休閒娛樂鍛鍊的絕佳場所。通川區總工會負責人表示，將用好職工活"
        "動中心，用高質量的文化活動引領職工。",
        "市委理論學習中心組開展“共同富裕”專題學習\n"
        "\n"
        "今年以來，各單位紛紛利用報紙、電視、發放宣傳資料等形式，不斷擴大宣傳範圍，提高服務品牌的"
        "知名度，形成了人人蔘與的良好局面。通過一系列有效舉措，不少單位對創建機關服務品牌有了全面"
        "深刻的認識，並得到部門主要負責人的大力支持。\n"
        "\n"
        "基層黨建\n"
        "\n"
        "位置：首頁 >> 基層黨建 >> 先鋒風采 日前，佔地2000餘平方米的通川區職工活動中"
        "心正式落成，成爲全區幹部職工休閒娛樂鍛鍊的絕佳場所。通川區總工會負責人表示，將用好職工活"
        "動中心，用高質量的文化活動引領職工。",
    ),
    # A question over its dateline and its copy: the title, nothing under it; the output, that line alone,
    # is a paragraph (a sentence), so the line is one.
    "question_alone_under_its_dateline": (
        "请问各位大侠这是电源坏了还是主板的问题？需要换什么配件？\n"
        "2023/07/15 10:20:05   来源：绵阳日报   编辑：赵敏   审核：孙"
        "强\n"
        "请问各位大侠这是电源坏了还是主板的问题？需要换什么配件？",
        "请问各位大侠这是电源坏了还是主板的问题？需要换什么配件？",
    ),
    "question_alone_under_its_dateline_traditional": (
        "請問各位大俠這是電源壞了還是主板的問題？需要換什麼配件？\n"
        "2023/07/15 10:20:05   來源：綿陽日報   編輯：趙敏   審覈：孫"
        "強\n"
        "請問各位大俠這是電源壞了還是主板的問題？需要換什麼配件？",
        "請問各位大俠這是電源壞了還是主板的問題？需要換什麼配件？",
    ),
    # A paragraph, a short line, its copy, a post's title: the copy kept the lines below it in the text;
    # on the output they are the foot.
    "short_line_and_a_post_title_under_a_copy": (
        "6月1日起，一批新规开始施行，涉及养老、消费、出行等多个领域，与百姓生活息息相关。一起来"
        "看：    编辑:庞岚月\n"
        ";\n"
        "6月1日起，一批新规开始施行，涉及养老、消费、出行等多个领域，与百姓生活息息相关。一起来"
        "看：\n"
        "[求助] 求助：家里的老电脑开不了机怎么办 [复制链接]",
        "6月1日起，一批新规开始施行，涉及养老、消费、出行等多个领域，与百姓生活息息相关。一起来"
        "看：    编辑:庞岚月",
    ),
    "short_line_and_a_post_title_under_a_copy_traditional": (
        "6月1日起，一批新規開始施行，涉及養老、消費、出行等多個領域，與百姓生活息息相關。一起來"
        "看：    編輯:龐嵐月\n"
        ";\n"
        "6月1日起，一批新規開始施行，涉及養老、消費、出行等多個領域，與百姓生活息息相關。一起來"
        "看：\n"
        "[求助] 求助：家裏的老電腦開不了機怎麼辦 [複製鏈接]",
        "6月1日起，一批新規開始施行，涉及養老、消費、出行等多個領域，與百姓生活息息相關。一起來"
        "看：    編輯:龐嵐月",
    ),
    # A lede the breadcrumb cut off, between the title and a thread's tool bar: taken, it still counted as
    # the text's start, so the lines over the bar stayed; the output has no lede.
    "tool_bar_under_a_title_over_a_lede_taken": (
        "县农业农村局召开2023年农村集体经济工作推进会\n"
        "5月11日下午，县农业农村局召开2023年农村集体经济工作推进会，总结去年工作成效，部署"
        "今年重点任务。各乡镇（街道）分管负责人、农业农村办主任参加会议。\n"
        "首页 » 地方新闻 » 宜兰县\n"
        "I\n"
        "高级模式…\n"
        "5月11日下午，县农业农村局召开2023年农村集体经济工作推进会，总结去年工作成效，部署"
        "今年重点任务。各乡镇（街道）分管负责人、农业农村办主任参加会议。 \u3000\u3000会议指出，去年全县"
        "村级集体经济总收入达到3.2亿元，同比增长12.6%，所有行政村集体经济年收入均超过50"
        "万元，经营性收入超过30万元。",
        "县农业农村局召开2023年农村集体经济工作推进会\n"
        "\n"
        "高级模式…\n"
        "\n"
        "5月11日下午，县农业农村局召开2023年农村集体经济工作推进会，总结去年工作成效，部署"
        "今年重点任务。各乡镇（街道）分管负责人、农业农村办主任参加会议。 \u3000\u3000会议指出，去年全县"
        "村级集体经济总收入达到3.2亿元，同比增长12.6%，所有行政村集体经济年收入均超过50"
        "万元，经营性收入超过30万元。",
    ),
    "tool_bar_under_a_title_over_a_lede_taken_traditional": (
        "縣農業農村局召開2023年農村集體經濟工作推進會\n"
        "5月11日下午，縣農業農村局召開2023年農村集體經濟工作推進會，總結去年工作成效，部署"
        "今年重點任務。各鄉鎮（街道）分管負責人、農業農村辦主任參加會議。\n"
        "首頁 » 地方新聞 » 宜蘭縣\n"
        "I\n"
        "高級模式…\n"
        "5月11日下午，縣農業農村局召開2023年農村集體經濟工作推進會，總結去年工作成效，部署"
        "今年重點任務。各鄉鎮（街道）分管負責人、農業農村辦主任參加會議。 \u3000\u3000會議指出，去年全縣"
        "村級集體經濟總收入達到3.2億元，同比增長12.6%，所有行政村集體經濟年收入均超過50"
        "萬元，經營性收入超過30萬元。",
        "縣農業農村局召開2023年農村集體經濟工作推進會\n"
        "\n"
        "高級模式…\n"
        "\n"
        "5月11日下午，縣農業農村局召開2023年農村集體經濟工作推進會，總結去年工作成效，部署"
        "今年重點任務。各鄉鎮（街道）分管負責人、農業農村辦主任參加會議。 \u3000\u3000會議指出，去年全縣"
        "村級集體經濟總收入達到3.2億元，同比增長12.6%，所有行政村集體經濟年收入均超過50"
        "萬元，經營性收入超過30萬元。",
    ),
    # A title row alone whose value reads as a sentence: the title, nothing under it; the output, that
    # value alone, is a paragraph.
    "title_row_alone_reading_as_a_sentence": (
        "名称：关于做好2023年防汛工作的通知 先谢谢大家了！",
        "关于做好2023年防汛工作的通知 先谢谢大家了！",
    ),
    "title_row_alone_reading_as_a_sentence_traditional": (
        "名稱：關於做好2023年防汛工作的通知 先謝謝大家了！",
        "關於做好2023年防汛工作的通知 先謝謝大家了！",
    ),
    # A title over a dated line a few lines into the text, a news list's row (`2012-04-10 X`) over a
    # subtitle: taken for the title's dateline, it was, on the output, the headline under a kicker.
    "news_row_under_a_late_title_over_a_subtitle": (
        "5月11日下午，县农业农村局召开2023年农村集体经济工作推进会，总结去年工作成效，部署"
        "今年重点任务。各乡镇（街道）分管负责人、农业农村办主任参加会议。\n"
        "先谢谢大家了！\n"
        "2012-04-10 文明清风谱华章\n"
        "——黄州区政府办公室创建文明单位纪实\n"
        "黄州区政府办公室作为区政府的综合服务部门，是协助区领导处理区政府日常工作的办事机构，担负"
        "着为群众、为基层、为领导服务的重要职责。",
        "文明清风谱华章\n"
        "\n"
        "——黄州区政府办公室创建文明单位纪实\n"
        "\n"
        "黄州区政府办公室作为区政府的综合服务部门，是协助区领导处理区政府日常工作的办事机构，担负"
        "着为群众、为基层、为领导服务的重要职责。",
    ),
    "news_row_under_a_late_title_over_a_subtitle_traditional": (
        "5月11日下午，縣農業農村局召開2023年農村集體經濟工作推進會，總結去年工作成效，部署"
        "今年重點任務。各鄉鎮（街道）分管負責人、農業農村辦主任參加會議。\n"
        "先謝謝大家了！\n"
        "2012-04-10 文明清風譜華章\n"
        "——黃州區政府辦公室創建文明單位紀實\n"
        "黃州區政府辦公室作爲區政府的綜合服務部門，是協助區領導處理區政府日常工作的辦事機構，擔負"
        "着爲羣衆、爲基層、爲領導服務的重要職責。",
        "文明清風譜華章\n"
        "\n"
        "——黃州區政府辦公室創建文明單位紀實\n"
        "\n"
        "黃州區政府辦公室作爲區政府的綜合服務部門，是協助區領導處理區政府日常工作的辦事機構，擔負"
        "着爲羣衆、爲基層、爲領導服務的重要職責。",
    ),
    # A title below the text's start over a dateline, a stray `！` and a share line: the share line stood
    # under a sentence, so in the text; on the output the sentence is the head's stray line, and so is it.
    "share_line_under_a_stray_sentence_under_a_late_title": (
        "5月11日下午，县农业农村局召开2023年农村集体经济工作推进会，总结去年工作成效，部署"
        "今年重点任务。各乡镇（街道）分管负责人、农业农村办主任参加会议。\n"
        "博文目录\n"
        "时间:2022-05-20 09:30 作者:全媒体记者 杨帆 来源:白水融媒\n"
        "！\n"
        "关注绵阳日报微信公众号\n"
        "2016年夏天，一场暴雨冲毁了祖塔村的进村公路。刘建军连夜赶到现场，组织党员突击队抢修道"
        "路，三天三夜没有合眼。",
        "博文目录\n"
        "\n"
        "！\n"
        "\n"
        "2016年夏天，一场暴雨冲毁了祖塔村的进村公路。刘建军连夜赶到现场，组织党员突击队抢修道"
        "路，三天三夜没有合眼。",
    ),
    "share_line_under_a_stray_sentence_under_a_late_title_traditional": (
        "5月11日下午，縣農業農村局召開2023年農村集體經濟工作推進會，總結去年工作成效，部署"
        "今年重點任務。各鄉鎮（街道）分管負責人、農業農村辦主任參加會議。\n"
        "博文目錄\n"
        "時間:2022-05-20 09:30 作者:全媒體記者 楊帆 來源:白水融媒\n"
        "！\n"
        "關注綿陽日報微信公衆號\n"
        "2016年夏天，一場暴雨沖毀了祖塔村的進村公路。劉建軍連夜趕到現場，組織黨員突擊隊搶修道"
        "路，三天三夜沒有閤眼。",
        "博文目錄\n"
        "\n"
        "！\n"
        "\n"
        "2016年夏天，一場暴雨沖毀了祖塔村的進村公路。劉建軍連夜趕到現場，組織黨員突擊隊搶修道"
        "路，三天三夜沒有閤眼。",
    ),
    # A title row whose value reads as a question, over a stray line and no text: on the output the
    # question is the only sentence, a paragraph, and the stray line the foot.
    "title_row_over_a_stray_line": (
        "名称：关于做好2023年防汛工作的通知?\nI",
        "关于做好2023年防汛工作的通知?",
    ),
    "title_row_over_a_stray_line_traditional": (
        "名稱：關於做好2023年防汛工作的通知?\nI",
        "關於做好2023年防汛工作的通知?",
    ),
    # …and over an ellipsis: the output, no paragraph to anchor it, reads both as text.
    "title_row_over_an_ellipsis": (
        "名称：关于做好2023年防汛工作的通知?\n…",
        "关于做好2023年防汛工作的通知?\n\n…",
    ),
    "title_row_over_an_ellipsis_traditional": (
        "名稱：關於做好2023年防汛工作的通知?\n…",
        "關於做好2023年防汛工作的通知?\n\n…",
    ),
    # A title over a source line a few lines into the text, its closing words set again under it: on the
    # output, set first, the repeat is the headline.
    "repeat_of_a_late_titles_closing_words": (
        "同时,坚持和运用好党员干部履行村(居)民公约责任考核办法,在全区广泛推行“有礼”积分制度"
        ",引导机关干部带头遵守社会公共秩序和小区《居民公约》,踊跃参加社会化志愿服务,在践行“通"
        "川有礼”“双报到”中身体力行、做好示范。\n"
        "0xx镇2022年党建工作总结.docx0\n"
        "信息来源: 区人民政府办公室\n"
        "xx镇2022年党建工作总结.docx0\n"
        "5月11日下午，县农业农村局召开2023年农村集体经济工作推进会，总结去年工作成效，部署"
        "今年重点任务。各乡镇（街道）分管负责人、农业农村办主任参加会议。",
        "xx镇2022年党建工作总结.docx0\n"
        "\n"
        "5月11日下午，县农业农村局召开2023年农村集体经济工作推进会，总结去年工作成效，部署"
        "今年重点任务。各乡镇（街道）分管负责人、农业农村办主任参加会议。",
    ),
    "repeat_of_a_late_titles_closing_words_traditional": (
        "同時,堅持和運用好黨員幹部履行村(居)民公約責任考覈辦法,在全區廣泛推行“有禮”積分制度"
        ",引導機關幹部帶頭遵守社會公共秩序和小區《居民公約》,踊躍參加社會化志願服務,在踐行“通"
        "川有禮”“雙報到”中身體力行、做好示範。\n"
        "0xx鎮2022年黨建工作總結.docx0\n"
        "信息來源: 區人民政府辦公室\n"
        "xx鎮2022年黨建工作總結.docx0\n"
        "5月11日下午，縣農業農村局召開2023年農村集體經濟工作推進會，總結去年工作成效，部署"
        "今年重點任務。各鄉鎮（街道）分管負責人、農業農村辦主任參加會議。",
        "xx鎮2022年黨建工作總結.docx0\n"
        "\n"
        "5月11日下午，縣農業農村局召開2023年農村集體經濟工作推進會，總結去年工作成效，部署"
        "今年重點任務。各鄉鎮（街道）分管負責人、農業農村辦主任參加會議。",
    ),
    # Stray lines between the last paragraph and a closing dateline: the dateline ended the text, so
    # they stood in it; on the output, the dateline gone, they are the foot.
    "stray_lines_over_a_closing_dateline": (
        "三、抓关键、重实效,践行服务宗旨\n"
        "5月11日下午，县农业农村局召开2023年农村集体经济工作推进会，总结去年工作成效，部署"
        "今年重点任务。各乡镇（街道）分管负责人、农业农村办主任参加会议。\n"
        ";\n"
        ";\n"
        "2000/1/1 0:00;",
        "三、抓关键、重实效,践行服务宗旨\n"
        "\n"
        "5月11日下午，县农业农村局召开2023年农村集体经济工作推进会，总结去年工作成效，部署"
        "今年重点任务。各乡镇（街道）分管负责人、农业农村办主任参加会议。",
    ),
    "stray_lines_over_a_closing_dateline_traditional": (
        "三、抓關鍵、重實效,踐行服務宗旨\n"
        "5月11日下午，縣農業農村局召開2023年農村集體經濟工作推進會，總結去年工作成效，部署"
        "今年重點任務。各鄉鎮（街道）分管負責人、農業農村辦主任參加會議。\n"
        ";\n"
        ";\n"
        "2000/1/1 0:00;",
        "三、抓關鍵、重實效,踐行服務宗旨\n"
        "\n"
        "5月11日下午，縣農業農村局召開2023年農村集體經濟工作推進會，總結去年工作成效，部署"
        "今年重點任務。各鄉鎮（街道）分管負責人、農業農村辦主任參加會議。",
    ),
    # A title, a sentence, a menu's lines, the title's copy, a headline over the text: the copy kept the
    # search for a headline short of the sentence on one reading only; the sentence starts the text.
    "title_copy_among_the_first_lines": (
        "0一一一\n"
        "\u3000\u3000今年以来，百色市在全市行政村推行“党建+积分”管理模式，将村民参与环境整治、志愿服务"
        "、矛盾调解等情况折算成积分，积分可在村里的爱心超市兑换生活用品。\n"
        "快捷导航\n"
        "一七\n"
        "0一一一\n"
        "xx镇2022年党建工作总结 2022年，我镇党委坚持以习近平新时代中国特色社会主义思想"
        "为指导，全面落实新时代党的建设总要求，各项工作取得新成效。现将全年工作总结如下。 一、主"
        "要工作及成效 （一）强化理论武装。全年召开党委理论学习中心组学习会12次，举办专题读书班"
        "2期，各支部开展“三会一课”180余次。（二）夯实基层基础。完成8个村（社区）党组织规范"
        "化建设，新发展党员15名，整顿软弱涣散党组织1个。（三）从严正风肃纪。开展廉政警示教育4"
        "次，查处违纪违规问题3件，处分党员2人。 二、存在的问题 一是理论学习深度不够，学用结合"
        "不紧。二是部分党组织书记抓党建能力不强，工作创新不足。 三、2023年工作打算 一是深化"
        "理论学习，推动党的创新理论入脑入心。二是抓实基层组织建设，选优配强村级班子。三是持续正风"
        "肃纪，营造风清气正的政治生态。 中共xx镇委员会 2022年12月30日 5",
        "0一一一\n"
        "\n"
        "今年以来，百色市在全市行政村推行“党建+积分”管理模式，将村民参与环境整治、志愿服务、矛"
        "盾调解等情况折算成积分，积分可在村里的爱心超市兑换生活用品。\n"
        "\n"
        "快捷导航\n"
        "\n"
        "一七\n"
        "\n"
        "xx镇2022年党建工作总结\n"
        "\n"
        "2022年，我镇党委坚持以习近平新时代中国特色社会主义思想为指导，全面落实新时代党的建设"
        "总要求，各项工作取得新成效。现将全年工作总结如下。\n"
        "\n"
        "一、主要工作及成效\n"
        "\n"
        "（一）强化理论武装。全年召开党委理论学习中心组学习会12次，举办专题读书班2期，各支部开"
        "展“三会一课”180余次。\n"
        "\n"
        "（二）夯实基层基础。完成8个村（社区）党组织规范化建设，新发展党员15名，整顿软弱涣散党"
        "组织1个。\n"
        "\n"
        "（三）从严正风肃纪。开展廉政警示教育4次，查处违纪违规问题3件，处分党员2人。\n"
        "\n"
        "二、存在的问题\n"
        "\n"
        "一是理论学习深度不够，学用结合不紧。\n"
        "\n"
        "二是部分党组织书记抓党建能力不强，工作创新不足。\n"
        "\n"
        "三、2023年工作打算\n"
        "\n"
        "一是深化理论学习，推动党的创新理论入脑入心。\n"
        "\n"
        "二是抓实基层组织建设，选优配强村级班子。\n"
        "\n"
        "三是持续正风肃纪，营造风清气正的政治生态。",
    ),
    "title_copy_among_the_first_lines_traditional": (
        "0一一一\n"
        "\u3000\u3000今年以來，百色市在全市行政村推行“黨建+積分”管理模式，將村民參與環境整治、志願服務"
        "、矛盾調解等情況折算成積分，積分可在村裏的愛心超市兌換生活用品。\n"
        "快捷導航\n"
        "一七\n"
        "0一一一\n"
        "xx鎮2022年黨建工作總結 2022年，我鎮黨委堅持以習近平新時代中國特色社會主義思想"
        "爲指導，全面落實新時代黨的建設總要求，各項工作取得新成效。現將全年工作總結如下。 一、主"
        "要工作及成效 （一）強化理論武裝。全年召開黨委理論學習中心組學習會12次，舉辦專題讀書班"
        "2期，各支部開展“三會一課”180餘次。（二）夯實基層基礎。完成8個村（社區）黨組織規範"
        "化建設，新發展黨員15名，整頓軟弱渙散黨組織1個。（三）從嚴正風肅紀。開展廉政警示教育4"
        "次，查處違紀違規問題3件，處分黨員2人。 二、存在的問題 一是理論學習深度不夠，學用結合"
        "不緊。二是部分黨組織書記抓黨建能力不強，工作創新不足。 三、2023年工作打算 一是深化"
        "理論學習，推動黨的創新理論入腦入心。二是抓實基層組織建設，選優配強村級班子。三是持續正風"
        "肅紀，營造風清氣正的政治生態。 中共xx鎮委員會 2022年12月30日 5",
        "0一一一\n"
        "\n"
        "今年以來，百色市在全市行政村推行“黨建+積分”管理模式，將村民參與環境整治、志願服務、矛"
        "盾調解等情況折算成積分，積分可在村裏的愛心超市兌換生活用品。\n"
        "\n"
        "快捷導航\n"
        "\n"
        "一七\n"
        "\n"
        "xx鎮2022年黨建工作總結\n"
        "\n"
        "2022年，我鎮黨委堅持以習近平新時代中國特色社會主義思想爲指導，全面落實新時代黨的建設"
        "總要求，各項工作取得新成效。現將全年工作總結如下。\n"
        "\n"
        "一、主要工作及成效\n"
        "\n"
        "（一）強化理論武裝。全年召開黨委理論學習中心組學習會12次，舉辦專題讀書班2期，各支部開"
        "展“三會一課”180餘次。\n"
        "\n"
        "（二）夯實基層基礎。完成8個村（社區）黨組織規範化建設，新發展黨員15名，整頓軟弱渙散黨"
        "組織1個。\n"
        "\n"
        "（三）從嚴正風肅紀。開展廉政警示教育4次，查處違紀違規問題3件，處分黨員2人。\n"
        "\n"
        "二、存在的問題\n"
        "\n"
        "一是理論學習深度不夠，學用結合不緊。\n"
        "\n"
        "二是部分黨組織書記抓黨建能力不強，工作創新不足。\n"
        "\n"
        "三、2023年工作打算\n"
        "\n"
        "一是深化理論學習，推動黨的創新理論入腦入心。\n"
        "\n"
        "二是抓實基層組織建設，選優配強村級班子。\n"
        "\n"
        "三是持續正風肅紀，營造風清氣正的政治生態。",
    ),
    # A short first line said by the text only in the name closing it (`… 关于我`): the title, while the
    # metadata split the name off, so the output's text no longer said it.
    "short_title_said_by_a_closing_name": (
        "关于我\n"
        "同时,坚持和运用好党员干部履行村(居)民公约责任考核办法,在全区广泛推行“有礼”积分制度"
        ",引导机关干部带头遵守社会公共秩序和小区《居民公约》,踊跃参加社会化志愿服务,在践行“通"
        "川有礼”“双报到”中身体力行、做好示范。 关于我",
        "同时,坚持和运用好党员干部履行村(居)民公约责任考核办法,在全区广泛推行“有礼”积分制度"
        ",引导机关干部带头遵守社会公共秩序和小区《居民公约》,踊跃参加社会化志愿服务,在践行“通"
        "川有礼”“双报到”中身体力行、做好示范。",
    ),
    "short_title_said_by_a_closing_name_traditional": (
        "關於我\n"
        "同時,堅持和運用好黨員幹部履行村(居)民公約責任考覈辦法,在全區廣泛推行“有禮”積分制度"
        ",引導機關幹部帶頭遵守社會公共秩序和小區《居民公約》,踊躍參加社會化志願服務,在踐行“通"
        "川有禮”“雙報到”中身體力行、做好示範。 關於我",
        "同時,堅持和運用好黨員幹部履行村(居)民公約責任考覈辦法,在全區廣泛推行“有禮”積分制度"
        ",引導機關幹部帶頭遵守社會公共秩序和小區《居民公約》,踊躍參加社會化志願服務,在踐行“通"
        "川有禮”“雙報到”中身體力行、做好示範。",
    ),
    # A forum's tagged title found among the text's first lines, over a sentence and a headline that says
    # the text: on the output, set first, it said nothing of the text, and the headline under it won.
    "forum_title_over_a_sentence_and_a_headline": (
        "2016年夏天，一场暴雨冲毁了祖塔村的进村公路。刘建军连夜赶到现场，组织党员突击队抢修道"
        "路，三天三夜没有合眼。 [求助] 求助：家里的老电脑开不了机怎么办 [复制链接] \u3000\u30003"
        "月8日，路桥区横街镇村企联建党支部正式揭牌，这是全市首个由行政村和规上企业联合组建的党支"
        "部。 xx镇2022年党建工作总结 2022年，我镇党委坚持以习近平新时代中国特色社会主"
        "义思想为指导，全面落实新时代党的建设总要求，各项工作取得新成效。现将全年工作总结如下。 "
        "一、主要工作及成效 （一）强化理论武装。全年召开党委理论学习中心组学习会12次，举办专题"
        "读书班2期，各支部开展“三会一课”180余次。（二）夯实基层基础。完成8个村（社区）党组"
        "织规范化建设，新发展党员15名，整顿软弱涣散党组织1个。（三）从严正风肃纪。开展廉政警示"
        "教育4次，查处违纪违规问题3件，处分党员2人。 二、存在的问题 一是理论学习深度不够，学"
        "用结合不紧。二是部分党组织书记抓党建能力不强，工作创新不足。 三、2023年工作打算 一"
        "是深化理论学习，推动党的创新理论入脑入心。二是抓实基层组织建设，选优配强村级班子。三是持"
        "续正风肃纪，营造风清气正的政治生态。 中共xx镇委员会 2022年12月30日 5",
        "[求助] 求助：家里的老电脑开不了机怎么办\n"
        "\n"
        "3月8日，路桥区横街镇村企联建党支部正式揭牌，这是全市首个由行政村和规上企业联合组建的党"
        "支部。\n"
        "\n"
        "xx镇2022年党建工作总结\n"
        "\n"
        "2022年，我镇党委坚持以习近平新时代中国特色社会主义思想为指导，全面落实新时代党的建设"
        "总要求，各项工作取得新成效。现将全年工作总结如下。\n"
        "\n"
        "一、主要工作及成效\n"
        "\n"
        "（一）强化理论武装。全年召开党委理论学习中心组学习会12次，举办专题读书班2期，各支部开"
        "展“三会一课”180余次。\n"
        "\n"
        "（二）夯实基层基础。完成8个村（社区）党组织规范化建设，新发展党员15名，整顿软弱涣散党"
        "组织1个。\n"
        "\n"
        "（三）从严正风肃纪。开展廉政警示教育4次，查处违纪违规问题3件，处分党员2人。\n"
        "\n"
        "二、存在的问题\n"
        "\n"
        "一是理论学习深度不够，学用结合不紧。\n"
        "\n"
        "二是部分党组织书记抓党建能力不强，工作创新不足。\n"
        "\n"
        "三、2023年工作打算\n"
        "\n"
        "一是深化理论学习，推动党的创新理论入脑入心。\n"
        "\n"
        "二是抓实基层组织建设，选优配强村级班子。\n"
        "\n"
        "三是持续正风肃纪，营造风清气正的政治生态。",
    ),
    "forum_title_over_a_sentence_and_a_headline_traditional": (
        "2016年夏天，一場暴雨沖毀了祖塔村的進村公路。劉建軍連夜趕到現場，組織黨員突擊隊搶修道"
        "路，三天三夜沒有閤眼。 [求助] 求助：家裏的老電腦開不了機怎麼辦 [複製鏈接] \u3000\u30003"
        "月8日，路橋區橫街鎮村企聯建黨支部正式揭牌，這是全市首個由行政村和規上企業聯合組建的黨支"
        "部。 xx鎮2022年黨建工作總結 2022年，我鎮黨委堅持以習近平新時代中國特色社會主"
        "義思想爲指導，全面落實新時代黨的建設總要求，各項工作取得新成效。現將全年工作總結如下。 "
        "一、主要工作及成效 （一）強化理論武裝。全年召開黨委理論學習中心組學習會12次，舉辦專題"
        "讀書班2期，各支部開展“三會一課”180餘次。（二）夯實基層基礎。完成8個村（社區）黨組"
        "織規範化建設，新發展黨員15名，整頓軟弱渙散黨組織1個。（三）從嚴正風肅紀。開展廉政警示"
        "教育4次，查處違紀違規問題3件，處分黨員2人。 二、存在的問題 一是理論學習深度不夠，學"
        "用結合不緊。二是部分黨組織書記抓黨建能力不強，工作創新不足。 三、2023年工作打算 一"
        "是深化理論學習，推動黨的創新理論入腦入心。二是抓實基層組織建設，選優配強村級班子。三是持"
        "續正風肅紀，營造風清氣正的政治生態。 中共xx鎮委員會 2022年12月30日 5",
        "[求助] 求助：家裏的老電腦開不了機怎麼辦\n"
        "\n"
        "3月8日，路橋區橫街鎮村企聯建黨支部正式揭牌，這是全市首個由行政村和規上企業聯合組建的黨"
        "支部。\n"
        "\n"
        "xx鎮2022年黨建工作總結\n"
        "\n"
        "2022年，我鎮黨委堅持以習近平新時代中國特色社會主義思想爲指導，全面落實新時代黨的建設"
        "總要求，各項工作取得新成效。現將全年工作總結如下。\n"
        "\n"
        "一、主要工作及成效\n"
        "\n"
        "（一）強化理論武裝。全年召開黨委理論學習中心組學習會12次，舉辦專題讀書班2期，各支部開"
        "展“三會一課”180餘次。\n"
        "\n"
        "（二）夯實基層基礎。完成8個村（社區）黨組織規範化建設，新發展黨員15名，整頓軟弱渙散黨"
        "組織1個。\n"
        "\n"
        "（三）從嚴正風肅紀。開展廉政警示教育4次，查處違紀違規問題3件，處分黨員2人。\n"
        "\n"
        "二、存在的問題\n"
        "\n"
        "一是理論學習深度不夠，學用結合不緊。\n"
        "\n"
        "二是部分黨組織書記抓黨建能力不強，工作創新不足。\n"
        "\n"
        "三、2023年工作打算\n"
        "\n"
        "一是深化理論學習，推動黨的創新理論入腦入心。\n"
        "\n"
        "二是抓實基層組織建設，選優配強村級班子。\n"
        "\n"
        "三是持續正風肅紀，營造風清氣正的政治生態。",
    ),
    # A forum's footer between two dates under the text: it stood between the date and its signer; on the
    # output, without it, the dates are the text's signature and what follows the foot.
    "footer_between_two_dates_under_the_text": (
        "据点将提供每周至少两次的共餐服务，并安排健康讲座、体适能课程及志工电话问安。有需要的民众"
        "可洽各乡镇公所社会课，或拨打长照专线1966查询。\n"
        "(2010-05-12 21:33:08)\n"
        "GMT+8, 2024-5-1 10:20 , Processed in 0.052 s"
        "econd(s), 21 queries .\n"
        "2021年6月18日\n"
        "2016年夏天，一场暴雨冲毁了祖塔村的进村公路。刘建军连夜赶到现场，组织党员突击队抢修道"
        "路，三天三夜没有合眼。",
        "据点将提供每周至少两次的共餐服务，并安排健康讲座、体适能课程及志工电话问安。有需要的民众"
        "可洽各乡镇公所社会课，或拨打长照专线1966查询。",
    ),
    "footer_between_two_dates_under_the_text_traditional": (
        "據點將提供每週至少兩次的共餐服務，並安排健康講座、體適能課程及志工電話問安。有需要的民衆"
        "可洽各鄉鎮公所社會課，或撥打長照專線1966查詢。\n"
        "(2010-05-12 21:33:08)\n"
        "GMT+8, 2024-5-1 10:20 , Processed in 0.052 s"
        "econd(s), 21 queries .\n"
        "2021年6月18日\n"
        "2016年夏天，一場暴雨沖毀了祖塔村的進村公路。劉建軍連夜趕到現場，組織黨員突擊隊搶修道"
        "路，三天三夜沒有閤眼。",
        "據點將提供每週至少兩次的共餐服務，並安排健康講座、體適能課程及志工電話問安。有需要的民衆"
        "可洽各鄉鎮公所社會課，或撥打長照專線1966查詢。",
    ),
    # Two dates under the text, each under a short line: the later ended the text, and the earlier stood
    # in its first half; on the output, shorter, it stands in the second half and is the signature.
    "signature_in_the_shorter_texts_second_half": (
        "开展职工趣味运动会、形体培训、每月评选一批“运动达人”……一系列丰富多彩的活动，让干部职"
        "工身体素质不断提升、精神面貌焕然一新。\n"
        "00000\n"
        "2021年6月18日\n"
        "“环境宽敞明亮,流程规范有序,服务精益求精!”12月6日上午,走出通川区政务服务大厅,市"
        "民张靖忍不住在朋友圈“打卡点赞”。\n"
        "·全县强村公司建设现场会在分水镇召开\n"
        "2021年6月18日\n"
        "家里有一台用了六年的老电脑，昨天晚上突然开不了机了，按下电源键风扇转一下就停。",
        "开展职工趣味运动会、形体培训、每月评选一批“运动达人”……一系列丰富多彩的活动，让干部职"
        "工身体素质不断提升、精神面貌焕然一新。",
    ),
    "signature_in_the_shorter_texts_second_half_traditional": (
        "開展職工趣味運動會、形體培訓、每月評選一批“運動達人”……一系列豐富多彩的活動，讓幹部職"
        "工身體素質不斷提升、精神面貌煥然一新。\n"
        "00000\n"
        "2021年6月18日\n"
        "“環境寬敞明亮,流程規範有序,服務精益求精!”12月6日上午,走出通川區政務服務大廳,市"
        "民張靖忍不住在朋友圈“打卡點贊”。\n"
        "·全縣強村公司建設現場會在分水鎮召開\n"
        "2021年6月18日\n"
        "家裏有一臺用了六年的老電腦，昨天晚上突然開不了機了，按下電源鍵風扇轉一下就停。",
        "開展職工趣味運動會、形體培訓、每月評選一批“運動達人”……一系列豐富多彩的活動，讓幹部職"
        "工身體素質不斷提升、精神面貌煥然一新。",
    ),
    # A sentence over a source line over a short question, the page's only sentences: on the output, the
    # source line gone, neither anchors a text, and both read as paragraphs.
    "late_title_over_a_short_question": (
        "先谢谢大家了！\n"
        "信息来源: 区人民政府办公室\n"
        "请问各位大侠这是电源坏了还是主板的问题？需要换什么配件？",
        "先谢谢大家了！\n\n请问各位大侠这是电源坏了还是主板的问题？需要换什么配件？",
    ),
    "late_title_over_a_short_question_traditional": (
        "先謝謝大家了！\n"
        "信息來源: 區人民政府辦公室\n"
        "請問各位大俠這是電源壞了還是主板的問題？需要換什麼配件？",
        "先謝謝大家了！\n\n請問各位大俠這是電源壞了還是主板的問題？需要換什麼配件？",
    ),
    # A title-like line under the text's first paragraph (a blurb, furniture above it), says nothing of the
    # text: on the output it opens the page, and the head's line under it that the text names is the title.
    "title_under_a_blurb_says_nothing_of_the_text": (
        "编辑:王磊\n"
        "县里连夜组织党员突击队抢修道路，三天三夜没有合眼。\n"
        "0一一一\n"
        "一一…\n"
        "小明同学\n"
        "小明同学今年上小学三年级，每天放学后都到社区图书馆读书写作业，还主动帮助管理员整理书架，"
        "社区居民都夸他是个懂事的好孩子。他说，长大以后也要像志愿者叔叔阿姨一样帮助别人，把爱心传递下去。",
        "小明同学\n\n小明同学今年上小学三年级，每天放学后都到社区图书馆读书写作业，还主动帮助管理员整理书架，"
        "社区居民都夸他是个懂事的好孩子。他说，长大以后也要像志愿者叔叔阿姨一样帮助别人，把爱心传递下去。",
    ),
    "title_under_a_blurb_says_nothing_of_the_text_traditional": (
        "編輯:王磊\n"
        "縣裏連夜組織黨員突擊隊搶修道路，三天三夜沒有閤眼。\n"
        "0一一一\n"
        "一一…\n"
        "小明同學\n"
        "小明同學今年上小學三年級，每天放學後都到社區圖書館讀書寫作業，還主動幫助管理員整理書架，"
        "社區居民都誇他是個懂事的好孩子。他說，長大以後也要像志願者叔叔阿姨一樣幫助別人，把愛心傳遞下去。",
        "小明同學\n\n小明同學今年上小學三年級，每天放學後都到社區圖書館讀書寫作業，還主動幫助管理員整理書架，"
        "社區居民都誇他是個懂事的好孩子。他說，長大以後也要像志願者叔叔阿姨一樣幫助別人，把愛心傳遞下去。",
    ),
    # A paragraph closed by a credit, over a stray line and a copy of its opening: the copy gone, the
    # stray line is the output's foot and the paragraph its last, whose credit is read then.
    "credit_over_a_stray_line_and_a_copy": (
        "一是打造政务文化,建设优秀团队。局党总支牢固树立“只设路标、不设路障”、“细节决定成败,态度决定一切”的服务理念,争创积极向上、文明和谐、廉洁高效、服务至上的政务服务环境。每年,聘请相关培训专家和教师"
        " 如今的沩山，茶园连片，民宿林立，昔日的贫困山乡变成了远近闻名的旅游目的地。（通讯员 李勇 周小平）\n"
        "0:\n"
        "一是打造政务文化,建设优秀团队。局党总支牢固树立“只设路标、不设路障”、“细节决定成败,态度决定一切”的服务理念,争创积极向上、文明和谐、廉洁高效、服务至上的政务服务环境。每年,聘请相关培训专家和教师",
        "一是打造政务文化,建设优秀团队。局党总支牢固树立“只设路标、不设路障”、“细节决定成败,态度决定一切”的服务理念,争创积极向上、文明和谐、廉洁高效、服务至上的政务服务环境。每年,聘请相关培训专家和教师"
        " 如今的沩山，茶园连片，民宿林立，昔日的贫困山乡变成了远近闻名的旅游目的地。",
    ),
    "credit_over_a_stray_line_and_a_copy_traditional": (
        "一是打造政務文化,建設優秀團隊。局黨總支牢固樹立“只設路標、不設路障”、“細節決定成敗,態度決定一切”的服務理念,爭創積極向上、文明和諧、廉潔高效、服務至上的政務服務環境。每年,聘請相關培訓專家和教師"
        " 如今的潙山，茶園連片，民宿林立，昔日的貧困山鄉變成了遠近聞名的旅遊目的地。（通訊員 李勇 周小平）\n"
        "0:\n"
        "一是打造政務文化,建設優秀團隊。局黨總支牢固樹立“只設路標、不設路障”、“細節決定成敗,態度決定一切”的服務理念,爭創積極向上、文明和諧、廉潔高效、服務至上的政務服務環境。每年,聘請相關培訓專家和教師",
        "一是打造政務文化,建設優秀團隊。局黨總支牢固樹立“只設路標、不設路障”、“細節決定成敗,態度決定一切”的服務理念,爭創積極向上、文明和諧、廉潔高效、服務至上的政務服務環境。每年,聘請相關培訓專家和教師"
        " 如今的潙山，茶園連片，民宿林立，昔日的貧困山鄉變成了遠近聞名的旅遊目的地。",
    ),
    # A site's contact line set over the text twice and again below it: a template, never the headline
    # written twice (the output's head, read again, takes it for the contact line it is).
    "contact_line_set_twice_over_the_text": (
        (
            "联系电话：0571-64212345  地址：浙江省杭州市桐庐县迎春南路278号\n"
            "联系电话：0571-64212345  地址：浙江省杭州市桐庐县迎春南路278号\n"
            "　　严格执行村级财务“五议两公开”制度，强化资金使用全过程监管，确保集体资产保值增值。\n"
            "联系电话：0571-64212345  地址：浙江省杭州市桐庐县迎春南路278号\n"
            "网友7788：写得很好，为基层党员干部点赞，希望多报道这样的好事！。"
        ),
        (
            "严格执行村级财务“五议两公开”制度，强化资金使用全过程监管，确保集体资产保值增值。\n"
            "\n"
            "联系电话：0571-64212345  地址：浙江省杭州市桐庐县迎春南路278号\n"
            "\n"
            "网友7788：写得很好，为基层党员干部点赞，希望多报道这样的好事！。"
        ),
    ),
    "contact_line_set_twice_over_the_text_traditional": (
        (
            "聯繫電話：0571-64212345  地址：浙江省杭州市桐廬縣迎春南路278號\n"
            "聯繫電話：0571-64212345  地址：浙江省杭州市桐廬縣迎春南路278號\n"
            "　　嚴格執行村級財務“五議兩公開”制度，強化資金使用全過程監管，確保集體資產保值增值。\n"
            "聯繫電話：0571-64212345  地址：浙江省杭州市桐廬縣迎春南路278號\n"
            "網友7788：寫得很好，爲基層黨員幹部點贊，希望多報道這樣的好事！。"
        ),
        (
            "嚴格執行村級財務“五議兩公開”制度，強化資金使用全過程監管，確保集體資產保值增值。\n"
            "\n"
            "聯繫電話：0571-64212345  地址：浙江省杭州市桐廬縣迎春南路278號\n"
            "\n"
            "網友7788：寫得很好，爲基層黨員幹部點贊，希望多報道這樣的好事！。"
        ),
    ),
    # A title row whose value says nothing of the text gave way to the head's contact line, which the
    # output's head then removed.
    "contact_line_over_a_title_row": (
        (
            "客服QQ：800012345  工作时间：9:00-18:00\n"
            "标 题 关于印发《滨海新区村级党组织书记队伍建设三年行动计划》的通知\n"
            "【字号：大 中 小】【打印】【关闭】 【纠错】 前一篇：春天里 发布机构：县人民政府办公室"
            "  发文日期：2023-05-10  文号：融政办发〔2023〕12号 发评论 客服电话:"
            "4009-655-100  投诉/维权电话:18658249818 提交 渭南視點 > 縣"
            "區動態 > 正文 百色推行“党建+积分”管理 激发村民参与乡村治理(2023年04月12日"
            ") 縣長表示，宜蘭縣65歲以上人口比例已超過18%，社區據點是長照體系的第一線，縣府將持續"
            "與在地協會合作，擴大服務量能。 网站标识码：3301220001  浙ICP备050123"
            "45号-1  浙公网安备 33012202000123号 蓝天论坛\n"
            "　　縣直機(jī)關(guān)工委負責人表示，將把黨員進社區常態化，讓機關黨員在服務群眾"
            "中錘煉作風。 2016年夏天，一场暴雨冲毁了祖塔村的进村公路。刘建军连夜赶到现场，组织党员"
            "突击队抢修道路，三天三夜没有合眼。 也可能是内存条接触不良，拔下来用橡皮擦擦金手指再插回去"
            "。 1.初創(chuàng)階段——積極探索夯實(shí)基礎(chǔ)。2004-200"
            "5年是服務(wù)品牌初創(chuàng)階段,我委領(lǐng)導(dǎo)多次走訪基層"
            "進(jìn)行調(diào)研,召開座談會(huì)聽取各方意見,多次組織具有較好爭(zh"
            "ēng)創(chuàng)條件的環(huán)保、財(cái)政、勞動(dòng)、人事、"
            "國(guó)土等20余家單位相關(guān)負(fù)責(zé)人赴青島、大連參觀學(xu"
            "é)習(xí)創(chuàng)建經(jīng)驗(yàn)。結(jié)合昆山機(jī)"
            "關(guān)實(shí)際,出臺(tái)了《關(guān)于深化機(jī)關(guān"
            ")服務(wù)品牌爭(zhēng)創(chuàng)活動(dòng)的實(shí)施意見》"
            ",并逐步完善創(chuàng)建措施,積極探索機(jī)關(guān)黨建工作和業(yè)"
            "務(wù)工作的最佳結(jié)合點(diǎn)。同時(shí),邀請(qǐng)?zhí"
            ")K州大學(xué)有關(guān)專家舉辦服務(wù)品牌專題講座,就機(jī)關(gu"
            "ān)服務(wù)品牌創(chuàng)建所要引入的理念、行為、視覺等方面作了全新的講解和"
            "輔導(dǎo),進(jìn)一步增強(qiáng)各單位對(duì)服務(wù)品牌創(c"
            "huàng)建對(duì)促進(jìn)本部門各項(xiàng)工作的重要性和長(zhǎn"
            "g)期性的認(rèn)識(shí)。市級(jí)機(jī)關(guān)各單位通過辦黑板報"
            "(bào)、宣傳欄、制作桌牌、胸牌、標(biāo)識(shí)宣傳牌等多種形式,加深機(j"
            "ī)關(guān)黨員干部對(duì)本單位服務(wù)品牌名稱、理念和標(biāo)識("
            "shí)的理解,增強(qiáng)創(chuàng)建意識(shí)和創(chuàng)建"
            "工作的責(zé)任感、自覺性。同時(shí),各單位還紛紛利用報(bào)紙、電視、發(f"
            "ā)放宣傳資料等形式,不斷擴(kuò)大宣傳范圍,提高服務(wù)品牌的知名度,形成了人人"
            "參與的良好局面。通過一系列有效舉措,不少單位對(duì)創(chuàng)建機(jī)關("
            "guān)服務(wù)品牌有了全面深刻的認(rèn)識(shí),并得到部門主要負(fù)"
            "責(zé)人的大力支持。"
        ),
        (
            "关于印发《滨海新区村级党组织书记队伍建设三年行动计划》的通知\n"
            "\n"
            "【字号：大 中 小】【打印】【关闭】 【纠错】 前一篇：春天里 发布机构：县人民政府办公室"
            "  发文日期：2023-05-10  文号：融政办发〔2023〕12号 发评论 客服电话:"
            "4009-655-100  投诉/维权电话:18658249818 提交 渭南視點 > 縣"
            "區動態 > 正文 百色推行“党建+积分”管理 激发村民参与乡村治理(2023年04月12日"
            ") 縣長表示，宜蘭縣65歲以上人口比例已超過18%，社區據點是長照體系的第一線，縣府將持續"
            "與在地協會合作，擴大服務量能。 网站标识码：3301220001  浙ICP备050123"
            "45号-1  浙公网安备 33012202000123号 蓝天论坛\n"
            "\n"
            "縣直機關工委負責人表示，將把黨員進社區常態化，讓機關黨員在服務群眾中錘煉作風。 2016年"
            "夏天，一场暴雨冲毁了祖塔村的进村公路。刘建军连夜赶到现场，组织党员突击队抢修道路，三天三夜"
            "没有合眼。 也可能是内存条接触不良，拔下来用橡皮擦擦金手指再插回去。 1.初創階段——積極"
            "探索夯實基礎。2004-2005年是服務品牌初創階段,我委領導多次走訪基層進行調研,召開座"
            "談會聽取各方意見,多次組織具有較好爭創條件的環保、財政、勞動、人事、國土等20余家單位相關"
            "負責人赴青島、大連參觀學習創建經驗。結合昆山機關實際,出臺了《關于深化機關服務品牌爭創活動"
            "的實施意見》,并逐步完善創建措施,積極探索機關黨建工作和業務工作的最佳結合點。同時,邀請蘇"
            "州大學有關專家舉辦服務品牌專題講座,就機關服務品牌創建所要引入的理念、行為、視覺等方面作了"
            "全新的講解和輔導,進一步增強各單位對服務品牌創建對促進本部門各項工作的重要性和長期性的認識"
            "。市級機關各單位通過辦黑板報、宣傳欄、制作桌牌、胸牌、標識宣傳牌等多種形式,加深機關黨員干"
            "部對本單位服務品牌名稱、理念和標識的理解,增強創建意識和創建工作的責任感、自覺性。同時,各"
            "單位還紛紛利用報紙、電視、發放宣傳資料等形式,不斷擴大宣傳范圍,提高服務品牌的知名度,形成"
            "了人人參與的良好局面。通過一系列有效舉措,不少單位對創建機關服務品牌有了全面深刻的認識,并"
            "得到部門主要負責人的大力支持。"
        ),
    ),
    # A name glued after the last sentence, then a space: read only once the output had dropped the space.
    "glued_name_then_a_space": (
        (
            "　　今年以来，百色市在全市行政村推行“党建+积分”管理模式，将村民参与环境整治、志愿服务、"
            "矛盾调解等情况折算成积分，积分可在村里的爱心超市兑换生活用品。章一 "
        ),
        (
            "今年以来，百色市在全市行政村推行“党建+积分”管理模式，将村民参与环境整治、志愿服务、矛盾"
            "调解等情况折算成积分，积分可在村里的爱心超市兑换生活用品。"
        ),
    ),
    "glued_name_then_a_space_traditional": (
        (
            "　　今年以來，百色市在全市行政村推行“黨建+積分”管理模式，將村民參與環境整治、志願服務、"
            "矛盾調解等情況折算成積分，積分可在村裏的愛心超市兌換生活用品。章一 "
        ),
        (
            "今年以來，百色市在全市行政村推行“黨建+積分”管理模式，將村民參與環境整治、志願服務、矛盾"
            "調解等情況折算成積分，積分可在村裏的愛心超市兌換生活用品。"
        ),
    ),
    # The last paragraph's copy above a title found below it kept the paragraph's credit: the copy is the
    # page's head, which the output does not have.
    "credit_kept_for_a_copy_above_the_title": (
        (
            "   编辑:庞岚月\n"
            "如今的沩山，茶园连片，民宿林立，昔日的贫困山乡变成了远近闻名的旅游目的地。（通讯员 李勇 "
            "周小平）\n"
            "一一一一\n"
            "如今的沩山，茶园连片，民宿林立，昔日的贫困山乡变成了远近闻名的旅游目的地。（通讯员 李勇 "
            "周小平）"
        ),
        ("一一一一\n\n如今的沩山，茶园连片，民宿林立，昔日的贫困山乡变成了远近闻名的旅游目的地。"),
    ),
    "credit_kept_for_a_copy_above_the_title_traditional": (
        (
            "   編輯:龐嵐月\n"
            "如今的潙山，茶園連片，民宿林立，昔日的貧困山鄉變成了遠近聞名的旅遊目的地。（通訊員 李勇 "
            "周小平）\n"
            "一一一一\n"
            "如今的潙山，茶園連片，民宿林立，昔日的貧困山鄉變成了遠近聞名的旅遊目的地。（通訊員 李勇 "
            "周小平）"
        ),
        ("一一一一\n\n如今的潙山，茶園連片，民宿林立，昔日的貧困山鄉變成了遠近聞名的旅遊目的地。"),
    ),
}


@pytest.mark.parametrize(("raw", "expected"), CASES.values(), ids=CASES.keys())
def test_cleaned_once_and_again(raw: str, expected: str) -> None:
    doc = clean(raw)
    assert doc.text() == expected
    again = clean(doc.text())
    assert again.text() == expected
    assert again.blocks == doc.blocks
