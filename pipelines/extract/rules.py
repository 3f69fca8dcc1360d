"""Tuning data for article extraction, kept together so that it can be read and changed in one place.

Everything here is data (tag sets, word lists, regexes, numbers); the code that uses it lives in the
other modules of :mod:`pipelines.extract`, and the sections below follow them. The grammars of the
parsers that are not tuning (date formats in ``dates``, footer fields in ``footer``, pinyin syllables in
``clean``) live with their parsers. The rules are general: they describe how Chinese (mainland and
Taiwanese) government CMSs lay out a page, never one particular site.
"""
from __future__ import annotations

import re

# ---------------------------------------------------------------- tree: parsing, cleaning, scoring
#: Elements removed with their content before anything is scored (their tail text is kept).
DROP_TAGS = (
    "script", "style", "noscript", "iframe", "frame", "frameset", "noframes", "object", "embed", "applet",
    "textarea", "button", "input", "select", "option", "svg", "canvas", "template", "rt", "rp",
    "audio", "video", "map", "link", "meta", "head", "title")
#: An inline ``style`` that hides the element (dropped with its content too) ...
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
#: ... unless the element (or a ``<noscript>``) holds at least this share of the page's text and this many
#: characters: then it is the article, made visible by a script.
HIDDEN_ARTICLE_SHARE = 0.5
MIN_HIDDEN_ARTICLE_CHARS = 80
#: Characters that decoded text does not hold (controls, U+FFFD, private use): a page with more than
#: MAX_BAD_CHAR_SHARE of them in its first GARBAGE_SAMPLE_CHARS characters is binary or wrongly decoded.
BAD_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\ufffd\ue000-\uf8ff]")
MAX_BAD_CHAR_SHARE = 0.1
GARBAGE_SAMPLE_CHARS = 20000
#: Deepest tree the extractor walks: a page nested deeper (unclosed tags piling up) is parsed again
#: with the tags beyond this depth left out and its text kept (tree.flatten_deep). Below libxml2's
#: own default (256) and far below Python's recursion limit, which the tree's walkers share.
MAX_TREE_DEPTH = 200
#: Inline elements: their text belongs to the nearest enclosing block.
INLINE_TAGS = frozenset({
    "a", "span", "font", "strong", "b", "em", "i", "u", "sup", "sub", "small", "big", "label", "strike",
    "s", "code", "abbr", "acronym", "cite", "q", "ins", "del", "mark", "time", "var", "kbd", "tt", "ruby",
    "rb", "img", "nobr", "wbr", "o:p", "st1:chsdate", "st1:personname", "bdi", "bdo"})
#: Block elements that hold one paragraph; their container is the article candidate.
PARAGRAPH_TAGS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt",
                            "figcaption", "caption", "center"})
#: Containers that count as one paragraph when they hold no block (not even <br>) inside.
DIV_PARAGRAPH_TAGS = frozenset({"div", "section"})
#: Elements after which the serialiser starts a new line.
BLOCK_TAGS = frozenset({
    "p", "div", "br", "li", "ul", "ol", "dl", "dd", "dt", "tr", "table", "tbody", "thead", "tfoot", "h1",
    "h2", "h3", "h4", "h5", "h6", "section", "article", "blockquote", "pre", "header", "footer", "aside",
    "nav", "figure", "figcaption", "form", "fieldset", "center", "hr", "caption", "main", "address", "body",
    "html", "details", "summary"})
#: Table cells: joined with a space inside a row.
CELL_TAGS = frozenset({"td", "th"})
#: Headings; the top three mark a headline's block.
HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
TOP_HEADING_TAGS = ("h1", "h2", "h3")
#: The page's outermost blocks: never the article's container, never climbed into.
PAGE_TAGS = ("body", "html")
#: Elements that mark the article itself (they score like a content class).
ARTICLE_TAGS = ("article", "main")

# class/id hints. A token match is enough; they only weight scores, they never decide alone. Each hint is
# matched against one lower-cased class/id token, in three parts so that the test stays cheap on pages of new
# class names: words anywhere in the token (*_PARTS, ``search``), at its start (*_STARTS, ``match``), at its end
# (*_ENDINGS, ``str.endswith``); NEGATIVE_HINT_WORDS are whole words between ``-``/``_`` separators.
POSITIVE_HINT_PARTS = re.compile(
    r"article|content|detail|zoom|trs_?editor|trs_?paper|txt|zhengwen|neirong|main|entry|story|wznr|xlnr|wenzhang|"
    r"news_?con|pages?_?content|artic")
POSITIVE_HINT_STARTS = re.compile(r"text|zw|nr|body|post|con|view|doc")
POSITIVE_HINT_ENDINGS = ("con",)
#: Matched against each class/id token separately ("photo" must not match "hot").
NEGATIVE_HINT_PARTS = re.compile(
    r"foot|copyright|banquan|bottom|navbar|menu|sidebar|aside|related|relate|xgxw|xgwz|xglj|"
    r"recommend|hotnews|rank|share|fenxiang|bdshare|print|dayin|close|guanbi|comment|pinglun|reply|"
    r"breadcrumb|crumb|location|dqwz|weizhi|toolbar|fontsize|font-size|zihao|pager|pagination|"
    r"pagenav|page-nav|prevnext|pre_?next|topbar|logo|search|login|friend|yqlj|"
    r"advert|banner|qrcode|erweima|weixin|wechat|keyword|sitemap|gotop|backtop|popup|"
    r"disclaimer|mianze|newslist|news_?list|saboxplugin|author-?box|about-?(?:the-?)?author|author-?bio")
NEGATIVE_HINT_STARTS = re.compile(r"nav|hot|position|sxp|sxy|header|head$|top$|links?$|tags?$|ads?$|sidenav|list$|more|bio$")
NEGATIVE_HINT_ENDINGS = ("nav", "-bio", "_bio")
#: ... including a media contact box, and the subscribe / newsletter / reader-revenue boxes ("epic") and ad slots
#: inside a text.
#: ... and the furniture of kinds of page seen since: a forum post's signature, a wiki's edit links,
#: reference list, navigation box and category links (MediaWiki), a page-feedback widget, the contact block of
#: Japanese municipal CMSs (``tmp_inquiry``), a recipe card's nutrition and rating lines.
NEGATIVE_HINT_WORDS = re.compile(r"(?:^|[-_])(?:promo|slides?|slider|carousel|swiper|testimonials?|"
                                 r"contact|subscription|subscribe|newsletter|epic|adv?s?|"
                                 r"signature|editsection|reflist|navbox|catlinks|feedback|inquiry|"
                                 r"nutrition|rating)(?:$|[-_])")
#: CSS utility classes name a style, not a part of the page (``margin-bottom``, ``border-bottom``, ``mb-3``): they
#: are never furniture hints.
UTILITY_CLASS = re.compile(r"(?:(?:margin|padding|border|text|bg|font|float|align)-|[mp][tblrxy]?-\d)")
#: Class/id factors applied to a candidate's score.
POSITIVE_FACTOR = 1.3
NEGATIVE_FACTOR = 0.3
#: Class/id verdicts are cached per (class, id) pair, up to this many pairs.
HINT_CACHE_SIZE = 50000

#: Paragraph scoring: score = 1 + PUNCT_WEIGHT * punctuation + min(chars / CHARS_PER_POINT, MAX_LEN_POINTS),
#: for a paragraph of at least MIN_PARAGRAPH_CHARS characters that are not links ...
PUNCT_WEIGHT = 1.0
CHARS_PER_POINT = 30.0
MAX_LEN_POINTS = 5.0
MIN_PARAGRAPH_CHARS = 8
#: ... unless it has prose punctuation and at least this many.
MIN_PUNCTUATED_PARAGRAPH_CHARS = 2
#: How much of a paragraph's score each ancestor receives (candidate, its parent, grand-parent ...).
ANCESTOR_DECAY = (1.0, 0.5, 0.25, 0.12)
#: Punctuation that marks running prose (Chinese and Latin).
CONTENT_PUNCT = re.compile(r"[，。；！？、,.;!?“”「」]")
#: A paragraph shorter than this without any prose punctuation is a label, a value or a headline.
MIN_BARE_PARAGRAPH_CHARS = 50
#: A paragraph with fewer non-link characters than this that is shaped like a footer line scores nothing.
MAX_FOOTER_PARAGRAPH_CHARS = 400

# ---------------------------------------------------------------- body: choosing the article's block(s)
#: A sibling of the best candidate joins the body when its score reaches this share of the best.
SIBLING_SHARE = 0.25
#: ... and its link text stays under this share; a paragraph (``<p>``) sibling also joins on its own
#: paragraph score above SIBLING_MIN_PARAGRAPH_SCORE with link text under SIBLING_PARAGRAPH_MAX_LINK_DENSITY.
SIBLING_MAX_LINK_DENSITY = 0.3
SIBLING_MIN_PARAGRAPH_SCORE = 3
SIBLING_PARAGRAPH_MAX_LINK_DENSITY = 0.25
#: Candidates that end before the confirmed headline are damped by this factor.
BEFORE_TITLE_FACTOR = 0.4
#: Candidates holding the first prose paragraph after the headline (and not the headline) are favoured.
AFTER_TITLE_FACTOR = 1.5
#: The text between the headline and the first prose paragraph after it (info bar, share bar) is at most
#: this many characters when that paragraph's block is taken as the article over a longer block elsewhere.
MAX_HEADER_GAP_CHARS = 300
#: ... unless neither block is marked as content and the longer one is mostly list items (a service list).
LIST_TEXT_SHARE = 0.6
#: List items (their text is what LIST_TEXT_SHARE measures).
LIST_ITEM_TAGS = ("li", "dd")
#: Standard HTML tag names; a CMS's own element (``<ucapcontent>``) around the text marks a content container.
KNOWN_TAG = re.compile(r"^(?:div|td|tr|tbody|table|section|article|main|span|font|center|form|p|li|ul|ol|dl|dd|dt|"
                       r"blockquote|body|html|header|footer|aside|nav|figure|pre|h[1-6]|b|strong|a|em|i|u|small|big)$")
#: The body widens to its parent when the parent adds at most this many characters (or this share of
#: the body's text), mostly not links.
CLIMB_MIN_EXTRA_CHARS = 20
CLIMB_EXTRA_SHARE = 0.15
#: ... of which at most this share may be link text.
CLIMB_MAX_LINK_SHARE = 0.5
#: A sibling above the best candidate joins only when it has at least this many characters.
MIN_LEADING_SIBLING_CHARS = 120
#: A text cut over consecutive sibling blocks of the same shape (``<tr><td class="nr">`` rows): the body
#: block's ancestors up to this many levels are looked at for continuation siblings; a sibling may hold at
#: most this many characters (none of them links) besides its block (a ``内容`` label cell, not the next
#: post's headline), and the block's link text stays under this share.
CONTINUATION_MAX_DEPTH = 3
CONTINUATION_MAX_EXTRA_CHARS = 6
CONTINUATION_MAX_LINK_DENSITY = 0.3
#: ... and which has at least this many characters of text that is not links, with a sentence in it.
CONTINUATION_MIN_CHARS = 10
#: ... and which is not a short reprint/disclaimer note in a row of the same shape (``注：本文转自…，如有侵权请联系删除``).
DISCLAIMER_NOTE = re.compile(r"如有侵权|侵权请|免责声明|免責聲明|版权声明|版權聲明|转载请注明|轉載請註明|不代表本[网站網]|"
                             r"仅供参考|僅供參考|本[网站網文].{0,12}(?:转载|轉載|转自|轉自)")
MAX_DISCLAIMER_CHARS = 200
CONTINUATION_PROSE = re.compile(r"[。！？；，、]|[.!?;,](?!\d)")
#: Blocks inside the body that are furniture: a block marked by class/id, or a list of at least
#: MIN_LINK_LIST_LINKS links (see MAX_LINK_DENSITY), holding less than this share of the body's text ...
MAX_FURNITURE_SHARE = 0.5
MIN_LINK_LIST_LINKS = 2
#: ... and an inline element marked as furniture by its class/id with at most this many characters (``[edit]``).
MAX_INLINE_FURNITURE_CHARS = 12
#: ... and a footnote mark (``<sup class="reference">[2]</sup>``, ``<sup class="footnote-ref">``) inside the text.
FOOTNOTE_MARK_HINT = re.compile(r"(?:^|[-_])(?:reference|footnote|fnref|noteref|cite)(?:$|[-_])", re.I)
#: ... and a picture's caption or credit (inside the body, its text is not the article's): these tags, or a class/id
#: token naming a caption, a legend or a credit (``wp-caption-text``, ``figure__caption``, ``image-credit``).
CAPTION_TAGS = frozenset({"figcaption"})
#: ... and a short paragraph right after a picture, centred like it or alone with it in a box (``body.picture_caption``):
#: at most this many characters, one of these tags.
MAX_PICTURE_CAPTION_CHARS = 90
#: ... and which carries a picture credit or a stock-picture mark (a caption the portals' text keeps, ``图为…``, does not).
PICTURE_CREDIT = re.compile(r"[\[(（【]\s*(?:Photo|Picture|Image|Foto|Photographie|图|圖)\s*[/／:：]|"
                            r"^\s*(?:资料图|資料圖|配图|配圖)\s*[:：]|(?:Photo|Picture|Image|Foto|Credit|Crédit|Bild|Fotografia)s?\s*:|"
                            r"(?:摄影|攝影|供图|供圖|图片来源|圖片來源)\s*[:：]?", re.I)
PICTURE_CAPTION_TAGS = frozenset({"p", "div", "span", "font", "center", "section"})
#: Blocks that may hold a picture alone, and the bold tags of a subheading under a picture.
PICTURE_BOX_TAGS = frozenset({"p", "div", "span", "a", "center", "section", "figure", "font"})
BOLD_TAGS = frozenset({"strong", "b", "h1", "h2", "h3", "h4", "h5", "h6"})
#: A centred block: ``style="text-align:center"``, ``align="center"``, a class token naming it (``f_center``).
CENTRED_STYLE = re.compile(r"text-align\s*:\s*center", re.I)
CENTRED_CLASS = re.compile(r"(?:^|[-_])(?:center|centre|centered|text-center)$", re.I)
#: A box beside the text inside the article (a pull quote, a fact box, related links): ``<aside>``.
ASIDE_TAGS = frozenset({"aside"})
CAPTION_HINT = re.compile(r"(?:^|[-_])(?:caption|legend|credits?|bildunterschrift|copyright)(?:$|[-_]{1,2}(?:text|small|wrapper|content|inner))",
                          re.I)
#: ... and a list, table or div of at most this many characters naming at least MIN_DISCLOSURE_LABELS
#: 信息公开 labels (see DISCLOSURE_TABLE): a metadata table.
METADATA_TABLE_TAGS = ("table", "ul", "dl", "div", "ol")
MAX_METADATA_TABLE_CHARS = 1500
MIN_DISCLOSURE_LABELS = 2
#: Blocks inside the body whose link text exceeds this share of their text are navigation ...
MAX_LINK_DENSITY = 0.5
#: ... unless the block is a ``<p>`` sentence: its text ends like a sentence and its unlinked text has a clause mark.
SENTENCE_END = re.compile(r"[。！？!?][”」』\"'）)]*$")
CLAUSE_MARK = re.compile(r"[，；,;]")

# ---------------------------------------------------------------- threads and Q&A pages
#: Several posts in one template: an earlier one scoring this share of the best is the article.
REPEATED_SHARE = 0.3
MIN_REPEATED_POSTS = 3
#: ... or this many when they share the best block's own tag and class.
MIN_REPEATED_POSTS_OF_BEST = 2
#: A digest's post block holds at least this share of its post's prose (a quotation inside a post is not a post).
DIGEST_MEMBER_SHARE = 0.8
#: A thread's post carries a marker of its own beside its date (a dated timeline item does not).
POST_MARKER = re.compile(r"发表于|發表於|发表时间|發表時間|楼主|樓主|\d+\s*[楼樓#]|沙发|沙發|板凳|回复|回覆|引用|Posted|#\d+", re.I)
#: The heading of a Q&A page's chosen answer (最佳答案（采纳率52%）): on a Q&A page the article is the
#: question and this answer; other answers, with their own user/赞同/评论 lines, are not.
BEST_ANSWER_HEADING = (
    r"^[\s【\[]*(?:最佳答案|最佳回答|最佳解答|採納答案|采纳答案|已采纳|已採納|提问者采纳|提問者採納|满意答案|滿意答案|满意回答|"
    r"滿意回答|推荐答案|推薦答案|优质回答|優質回答|Best\s+Answer|Accepted\s+Answer)")
BEST_ANSWER_LABEL = re.compile(BEST_ANSWER_HEADING, re.I)
#: The heading as a line of its own (最佳答案（采纳率52%）) is not text.
BEST_ANSWER_LINE = re.compile(BEST_ANSWER_HEADING + r"\s*(?:[(（][^()（）]{0,16}[)）])?\s*[\]】]?\s*$", re.I)
#: The label is at most this long, and at most this much unlinked text lies between the question and it.
MAX_ANSWER_LABEL_CHARS = 30
MAX_ANSWER_GAP_CHARS = 300
#: A previous/next-article line: its date is another article's.
PREV_NEXT_LINE = re.compile(r"^[\s【\[]*(?:上一|下一|前一|后一|後一|Previous|Next|Prev)", re.I)

# ---------------------------------------------------------------- lines: the info bar and datelines
#: Words of an info bar (the date/source/views line under a headline) ...
INFO_WORDS = re.compile(
    r"(?:发布|發布|發佈|发表|更新|来源|來源|作者|点击|點擊|点阅|點閱|浏览|瀏覽|阅读|閱讀|访问|訪問|人次|编辑|編輯|字号|字體|"
    r"张贴|張貼|Source|Posted|Published|Author|Updated|views|hits|"
    # the same words in the European languages pages come in (de, fr, es, it, pt, nl, pl)
    r"Veröffentlicht|Aktualisiert|Erstellt|Datum|Publié|Mis à jour|Publicado|Actualizado|Pubblicato|Aggiornato|"
    r"Gepubliceerd|Bijgewerkt|Opublikowano|Zaktualizowano|Data publikacji)", re.I)
#: ... its ``label：`` fields (at least MIN_INFO_LABELS of them with a date make an info bar) ...
INFO_LABEL = re.compile(r"(?:^|\s)[^\s:：]{1,6}\s*[:：]")
MIN_INFO_LABELS = 2
COLON = re.compile(r"[:：]")
#: ... a bare date and time ...
DATE_ONLY = re.compile(r"^[\s\d\-/.:：年月日时分秒()（）星期周一二三四五六日天]+$")
#: ... or a written-out date alone (``Tuesday 13 February 2024``, ``Martes, 13 de febrero de 2024``): besides the
#: date's digits and month name, only these words (weekdays and the small words of a date, in the European languages).
DATE_LINE_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun "
    "montag dienstag mittwoch donnerstag freitag samstag sonntag lundi mardi mercredi jeudi vendredi samedi dimanche "
    "lunes martes miércoles miercoles jueves viernes sábado sabado domingo lunedì martedì mercoledì giovedì venerdì "
    "sabato domenica segunda terça quarta quinta sexta feira maandag dinsdag woensdag donderdag vrijdag zaterdag "
    "zondag poniedziałek wtorek środa czwartek piątek sobota niedziela "
    "st nd rd th of the de del di le am um à às h uhr at on a p m pm".split())
#: ... and the punctuation it may hold without reading as prose (CONTENT_PUNCT after removing these).
INFO_PUNCT = re.compile(r"[:：、,，.()（）]")
#: An info line is shorter than this.
INFO_LINE_LIMIT = 150
#: A body line this short carrying a date is a dateline (the publication date).
MAX_DATELINE_CHARS = 40
#: ... and at most this many words beside the date, each shaped like an organisation's name (UNLABELLED_SOURCE).
MAX_DATELINE_WORDS = 2
#: A dateline is looked for in the body's first this-many lines, and up to the MAX while they stay short.
DATELINE_HEAD_LINES = 4
DATELINE_HEAD_LINES_MAX = 8
#: The body's first this-many lines are looked at for the headline and the info bar, which are fields.
BODY_HEAD_LINES = 4
#: Short lines above the info bar among them (a kicker, a subtitle, the author's name) are the header's too: at most
#: this long each.
MAX_ABOVE_INFO_CHARS = 160
#: ... at most this many, none of them a sentence (text of the article ends like one).
MAX_ABOVE_INFO_LINES = 2
ABOVE_INFO_SENTENCE = re.compile(r"[。！？；]|[.!?]\s*$")
#: A first line holding the headline is shorter than TITLE_LINE_LIMIT and than the headline plus TITLE_LINE_EXTRA_CHARS.
TITLE_LINE_LIMIT = 150
TITLE_LINE_EXTRA_CHARS = 12
#: A bare label above the text (the label cell of a key-value table row holding the article).
CONTENT_LABEL_LINE = re.compile(r"^[\[【]?(?:内容|內容|正文|全文|文章内容|新闻内容|新聞內容|详细内容|詳細內容|內文|Content)[\]】]?\s*[:：]?$",
                                re.I)
#: Labels of the metadata items a CMS lists at the top of the content (``<ul class="info"><li>發布日期：…
#: <li>發布單位：…<li>點閱次數：…``): besides the date/source/author/editor labels, these. A list (ul, ol,
#: dl, table) at the top of the body whose items are all short ``label：value`` items, at least
#: META_LIST_MIN_ITEMS of them and at least META_LIST_KNOWN_SHARE of them with one of these labels, is
#: the info bar, not text (a 会议时间/会议地点 list or a 项目名称/项目编号 table stays: those labels are not here).
META_ITEM_LABELS = (
    "分类", "分類", "类别", "類別", "栏目", "欄目", "所属栏目", "所屬欄目", "信息分类", "主题分类", "主題分類", "类型", "類型",
    "更新时间", "更新日期", "更新時間", "修改日期", "修改时间", "修改時間", "上稿日期", "上架日期",
    "点击", "點擊", "点阅", "點閱", "浏览", "瀏覽", "阅读", "閱讀", "人气", "人氣", "字号", "字體", "字体", "标签", "標籤",
    "关键词", "關鍵詞", "关键字", "關鍵字", "Category", "Tags", "Views", "Hits")
META_LIST_MIN_ITEMS = 2
META_LIST_KNOWN_SHARE = 0.5
#: A metadata item is at most this long, and its value holds no sentence mark.
MAX_META_ITEM_CHARS = 60
#: A metadata item: ``label：value`` ...
META_ITEM = re.compile(r"^([^\s:：]{1,10})\s*[:：]\s*(\S.*)$")
#: ... whose value holds none of these.
META_VALUE_SENTENCE = re.compile(r"[。！？；]")
#: The lists an info bar may be written as.
META_LIST_TAGS = ("ul", "ol", "dl", "table")

# ---------------------------------------------------------------- lines: boilerplate and link runs
#: A page-view counter, in either script and any wording (點閱次數, 瀏覽人次, 点击量, 阅读次数, 访问量 ...):
#: the verb and the optional counting word. A line that is such a counter is page furniture, also when a
#: script was to fill in its number (``点击：`` left empty).
COUNTER_WORD = r"(?:点阅|點閱|点击|點擊|浏览|瀏覽|阅读|閱讀|访问|訪問|观看|觀看|阅览|閱覽|查看|檢視)"
COUNTER_SUFFIX = r"(?:次数|次數|人次|人数|人數|数|數|量|率)"
#: Lines of page furniture that may sit inside the content area.
BOILERPLATE_LINE = re.compile(
    r"^[\[【(（]?\s*(?:打印|打印本页|打印本頁|打印文章|列印|关闭|关闭窗口|關閉|關閉視窗|关闭本页|返回|返回顶部|回到顶部|"
    r"收藏|分享|分享到|转发|字号|字體|字号[:：]|字体|纠错|我要纠错|保存|保存本页|加入收藏|扫一扫|"
    r"展开全文|展開全文|点击展开全文|點擊展開全文|查看全文|阅读全文|閱讀全文|"
    r"Print|Close|Share|Back to top|Font size)\s*[\]】)）]?\s*$"
    r"|(?:【|\[)\s*(?:打印|关闭|關閉|列印|大|中|小)\s*(?:】|\])"
    r"|^[【\[〖(（]?\s*(?:字号|字號|字体|字體)\s*[:：]?\s*[【\[〖]?\s*大\s*[】\]〗]?\s*[【\[〖]?\s*中"
    r"|^(?:(?:[首尾上下]一?[页頁]|末[页頁]|\d{1,3}|[<>«»…|/]+|共\s*\d+\s*[页頁]|第\s*\d+\s*[页頁])\s*){2,}$"
    r"|^(?:上一篇|下一篇|上一條|下一條|上一条|下一条|上一页|下一页|Previous|Next)\s*[:：]"
    r"|^(?:分享到|分享至|转发到)\s*[:：]?"
    r"|^(?:相关链接|相关新闻|相关文章|相关阅读|相关报道|相關新聞|相關報導|推荐阅读|延伸阅读|热点新闻|热门文章|"
    r"更多|Related(?: \w+)?)\s*[:：]?\s*$"
    r"|^[\[【(（]?\s*(?:发表评论|我要评论|网友评论|查看评论|评论|我要纠错|推荐给朋友|复制链接|收藏本页|Comments?)\s*[\]】)）]?\s*$"
    r"|^(?:广告|廣告|推广|推廣|订阅|訂閱|Advertisement|AD|Subscribe|Publicidad|Publicité|Pubblicità|Anzeige|Werbung|Reklama|"
    r"Advertentie|Publicidade)$"
    r"|(?:已被|共)?(?:阅读|浏览|点击|閱讀|瀏覽|點閱)(?:次数|次數|量|数|數)?\s*[:：]?\s*\d+\s*次"
    r"|^[(（]?\s*本文.{0,12}(?:Trackback|引用通告)"
    # a blog's affiliate disclosure (``This post may contain affiliate links.``)
    r"|^(?=.{0,200}$)(?:this|our)\s+(?:post|page|article|site)\s+(?:may\s+)?contains?\s+affiliate\s+links\b"
    r"|扫一扫在手机|用手机扫描|手机扫一扫|手機掃一掃|微信扫一扫"
    # a counter bar: 阅读(3517)|评论(67)|收藏(36)|转载(4)|喜欢▼|打印
    r"|^(?:[^\s|｜()（）]{1,4}\s*[(（]\d[\d,]*[)）]\s*[|｜]\s*){2,}"
    # a video player's placeholder and duration
    r"|^(?:视频|視頻|视频正在|視頻正在)(?:加载中|加載中)[.…。，,请請稍候]*$"
    r"|^(?:点击播放|點擊播放|点击观看|點擊觀看)?\s*(?:时长|時長)\s*[:：]?\s*\d{1,2}:\d{2}(?::\d{2})?$|^(?:点击播放|點擊播放)$"
    rf"|^(?!.*[，。；！？])[\[【(（]?\s*(?:已被|共)?{COUNTER_WORD}{COUNTER_SUFFIX}\s*[:：]"
    # a bar of bracketed counters: [点击：1242] [回复：3]
    r"|^(?:[\[【(（]\s*[^\s:：\]】)）]{1,4}\s*[:：]\s*\d[\d,]*\s*[\]】)）]\s*){2,}$"
    # a clock time alone on its line (a live blog's entry stamp: 16:42 Uhr, 9.05 h, 10:30 a.m.)
    r"|^\s*\d{1,2}[:.：]\d{2}\s*(?:Uhr|h|hrs?|a\.?m\.?|p\.?m\.?)?\s*$"
    # a follow / read-the-original prompt of a WeChat article (点击下方“阅读原文”, 点击蓝字关注我们, 分享、点赞、在看)
    r"|^(?=.{0,40}$)(?!.*[。！？]).*(?:阅读原文|閱讀原文|关注我们|關注我們|点个?在看|點個?在看|点赞.{0,3}在看|點讚.{0,3}在看|"
    r"长按.{0,6}(?:识别|識別|关注|關注)|扫码关注|掃碼關注)"
    rf"|^[\[【(（]?\s*(?:已被|共)?(?:{COUNTER_WORD}{COUNTER_SUFFIX}?|人气|人氣|Views?|Hits|Visits|Page\s*views|Reads?|"
    r"Wyświetle[nń]|Odsłon|Visitas|Visite|Aufrufe|Zugriffe|Vues|Weergaven|Visualizações|Visualizzazioni|Lecturas)"
    r"\s*(?:[:：]\s*(?:\d[\d,，]*)?\s*(?:次|人次)?|\d[\d,，]*\s*(?:次|人次))\s*[\]】)）]?\s*$", re.I)
#: A self-media platform's statement under every post (网易号, 搜狐号, 百家号 ...: ``特别声明：以上内容…为自媒体平台“网易号”
#: 用户上传并发布，本平台仅提供信息存储服务``, and its English version): a line of at most MAX_PLATFORM_STATEMENT_CHARS.
PLATFORM_STATEMENT = re.compile(r"仅提供信息存储(?:空间)?服务|僅提供信息存儲(?:空間)?服務|仅提供信息发布平台|"
                                r"is uploaded and posted by a user of|which is a social media platform and only provides", re.I)
MAX_PLATFORM_STATEMENT_CHARS = 400
#: A body line without one letter or digit (of any script) is a separator, not text.
WORD_CHAR = re.compile(r"[^\W_]")
#: Lines longer than this are never treated as boilerplate by the line filters.
MAX_BOILERPLATE_LINE = 120
#: A line whose text is at least this share link text (and no longer than MAX_LINK_LINE_CHARS) is a
#: link line; two or more in a row are a headline list.
LINK_LINE_SHARE = 0.5
MAX_LINK_LINE_CHARS = 120
#: A "read also" line: a label of at most four words and a colon (or a bar, an arrow), then a link (at least
#: MIN_PROMO_LINK_CHARS characters) that runs to the end of the line (LINK_OPEN/LINK_CLOSE are the serialiser's link marks).
PROMO_LINE = re.compile(r"^\s*([^\x05\x06\s:：|｜]+(?:\s+[^\x05\x06\s:：|｜]+){0,3})\s*[:：|｜»>→]+\s*"
                        r"\x05([^\x06]+)\x06\s*[.。…»]?\s*$")
MIN_PROMO_LINK_CHARS = 8
#: ... whose label does not name the article's own documents or links (附件, 下载, Download, Attachment, 原文链接 ...).
NOT_PROMO_LABEL = re.compile(r"附件|附表|附图|下载|下載|文件|原文|链接地址|鏈接地址|网址|網址|Download|Attachment|Anlage|Datei|"
                             r"PDF|Source|Quelle|Fuente|Źródło", re.I)
#: The date/time stamp a headline list prints beside each link (``·<a>标题</a> (2005-04-27 14:32PM)``,
#: ``[2005-08-21]``, ``04-27``): not counted as text when deciding whether a line is a link line.
LINK_LINE_STAMP = re.compile(
    r"[\[【(（]?\s*(?:(?:19|20)\d{2}\s*[-/.年]\s*)?\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
    r"(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?\s*(?:AM|PM)?\s*[\]】)）]?", re.I)

# ---------------------------------------------------------------- footer lines (the site's footer)
#: A line matching one of these is a footer line (never body text).
FOOTER_LINE = re.compile(
    r"ICP\s*[备備证證]|公[网網]安[备備]|[网網][站]标识码|[网網]站標識碼|版[权權]所有\s*(?:$|[:：©\s(（]|Copyright)|"
    r"著作[權权]所有|Copyright\s*(?:©|\(c\)|&copy;|\d{4})|©\s*\d{4}|All\s+Rights\s+Reserved|"
    r"技[术術]支持\s*[:：]|友情[链鏈]接|最佳[浏瀏][览覽]|[浏瀏][览覽]器.{0,12}分辨率|"
    r"建[议議](?:使用|瀏覽|浏览|採用|采用).{0,30}(?:[浏瀏][览覽]器|分辨率|解析度|IE|Chrome|Firefox|Edge|以上版本|[浏瀏][览覽]本)", re.I)
#: Registration numbers: a line carrying one is a footer line whatever else it says (``京ICP备12345678号``,
#: ``浙公网安备 33050202000442号``, ``网站标识码：3301000001``).
FOOTER_REGISTRATION = re.compile(
    r"ICP\s*[备備证證](?:案?[号號]?|[案]?[编編][号號])?\s*[:：]?\s*(?:[\u4e00-\u9fff]{1,2}\s*ICP\s*[备備证證]\s*)?\d{5,}|"
    r"公[网網]安[备備]\s*[:：]?\s*\d{6,}|[网網]站[标標][识識]码\s*[:：]\s*(?:[0-9A-Za-z]{6,}|$)", re.I)
#: Prose: a footer word inside a sentence is article text, not a footer line. A sentence has a full stop
#: and two clause marks (or 50+ characters) ...
FOOTER_PROSE = re.compile(r"(?=.*[。！？])(?:.*[，、；].*[，、；]|.{50,})")
#: ... or ends with a full stop and carries no copyright notice (``版权所有：…。`` stays a footer line) ...
FOOTER_SENTENCE_END = re.compile(r"[。！？]\s*$")
FOOTER_COPYRIGHT_SHAPE = re.compile(r"版[权權]所有\s*[:：©]|著作[權权]|©|Copyright|All\s+Rights\s+Reserved", re.I)
#: ... or names the footer word in quotes (``仅标注“版权所有”字样``).
FOOTER_QUOTED = re.compile(r"[“「\"'‘][^”」\"'’]{0,12}(?:版[权權]所有|ICP|友情[链鏈]接|Copyright|技[术術]支持)")
#: A footer-word line at most this long is a footer line even when it reads like a sentence.
MAX_SHORT_FOOTER_SENTENCE = 24
#: Words that make a short body line a footer line (copyright notices of any shape).
SHORT_FOOTER_WORDS = re.compile(
    r"Copyright|版[权權]所有\s*(?:$|[^者人方])|著作[權权]|All Rights Reserved|"
    r"主[办辦](?:单位|單位)?\s*[:：].{0,60}承[办辦]|承[办辦](?:单位|單位)?\s*[:：].{0,60}主[办辦]|"
    r"^.{0,20}技[术術]支持.{0,20}$", re.I)
#: Labels that only mark a footer line when a strong footer line is close by (they also occur in notices).
FOOTER_WEAK = re.compile(
    r"主[办辦](?:单位|單位)?\s*[:：]|承[办辦](?:单位|單位)?\s*[:：]|[运運][维維](?:单位|單位)?\s*[:：]|"
    r"地址\s*[:：]|[电電]話\s*[:：]|电话\s*[:：]|邮编|郵遞區號|E-?mail\s*[:：]|[传傳]真\s*[:：]", re.I)
#: Weak footer lines (主办, 地址, 电话) count up to this many lines above the first strong one.
FOOTER_WEAK_LINES_ABOVE = 6
#: Strong footer lines within this many lines of the last one form the footer block.
FOOTER_CLUSTER_LINES = 12
#: The footer block is read from lines of at most MAX_FOOTER_ZONE_LINE characters, and keeps lines of
#: at most MAX_FOOTER_BLOCK_LINE.
MAX_FOOTER_ZONE_LINE = 1000
MAX_FOOTER_BLOCK_LINE = 400
#: A gap between a footer's fields (full-width space, no-break space, tab, two spaces): kept as two spaces.
FOOTER_GAP = re.compile(r"[ ]*[\u3000\xa0\t][ \u3000\xa0\t]*|[ ]{2,}")
#: A footer line found after this share of the body's lines ends the body.
FOOTER_CUT_SHARE = 0.5
#: Body lines longer than this are never footer lines.
MAX_FOOTER_LINE_CHARS = 300
#: The cut also takes up to FOOTER_CUT_WEAK_LINES weak lines (of at most MAX_WEAK_FOOTER_LINE_CHARS)
#: above the first strong line; after the cut, only lines longer than MIN_TEXT_AFTER_FOOTER_CHARS stay.
FOOTER_CUT_WEAK_LINES = 3
MAX_WEAK_FOOTER_LINE_CHARS = 200
MIN_TEXT_AFTER_FOOTER_CHARS = 80

# ---------------------------------------------------------------- labelled fields and 信息公开
SOURCE_LABELS = (
    "信息来源", "文章来源", "稿件来源", "新闻来源", "来源单位", "发布机构", "发布单位", "发文机关", "发布部门",
    "資料來源", "新聞來源", "發布單位", "發佈單位", "發布機關", "發布機構", "來源單位", "來源", "来源",
    "稿源", "供稿单位", "供稿單位", "發稿單位", "发稿单位", "出处", "解读机构", "解读单位", "解读部门", "解讀機關",
    "解讀單位", "Source", "From")
#: An unlabelled source beside the date in the info bar (``嘉禾日报　2023-07-04 08:31``) must end like
#: the name of a paper, a site or a government body.
UNLABELLED_SOURCE = re.compile(
    r"^[\u4e00-\u9fff]{2,20}(?:日报|日報|晚报|晚報|早报|早報|报社|報社|时报|時報|新闻网|新聞網|融媒体中心|融媒體中心|"
    r"电视台|電視台|广播电视台|政府|人民政府|办公室|辦公室|局|委|委员会|委員會|厅|廳|署|中心|站|处|處|科|所|院|办|辦|"
    r"街道|公所)$")
AUTHOR_LABELS = ("作者", "撰稿人", "撰稿", "文字", "记者", "記者", "供稿", "撰文", "Author", "By")
EDITOR_LABELS = ("责任编辑", "責任編輯", "责编", "責編", "编辑", "編輯", "Editor")
DATE_LABELS = (
    "发布时间", "发布日期", "发表时间", "发表日期", "发文日期", "时间", "日期", "發布時間", "發布日期", "發佈日期",
    "發佈時間", "公告日期", "刊登日期", "更新时间", "更新日期", "上稿时间", "Published", "Date", "Posted",
    "Release Date", "Updated", "發文日期", "公布日期", "公布时间", "印发日期", "上版日期", "新聞日期", "資料日期",
    "刊登時間", "公告時間", "发稿时间", "發稿時間", "发表于", "發表於", "发布于", "發佈於", "發布於",
    # English and the European languages pages come in
    "Published on", "Posted on", "Post Date", "Publication date", "Last updated", "Veröffentlicht am", "Veröffentlicht",
    "Erstellt am", "Aktualisiert am", "Aktualisiert", "Datum", "Publié le", "Date de publication", "Mis à jour le",
    "Publicado el", "Publicado", "Fecha de publicación", "Actualizado", "Pubblicato il", "Data di pubblicazione",
    "Gepubliceerd op", "Data publikacji", "Opublikowano")
#: Any label ending in 来源/來源 (消息來源, 稿件来源, 新聞來源, 資料來源 ...) is a source label too, up to this many
#: characters before 来源, except money/statistics compounds and image credits, whose 来源 is not the article's
#: source (资金来源：财政拨款, 图片来源：…), nor a statistics release's 数据来源 note. Two-character words, read
#: right before 来源.
SOURCE_LABEL_PREFIX_MAX = 4
NOT_SOURCE_PREFIXES = (
    "资金", "資金", "经费", "經費", "收入", "款项", "款項", "资本", "資本", "资产", "資產", "财政", "財政", "财源", "財源",
    "税收", "稅收", "融资", "融資", "投资", "投資", "贷款", "貸款", "费用", "費用", "资助", "資助", "补助", "補助",
    "病例", "病毒", "感染", "传染", "傳染", "污染", "能量", "热量", "熱量", "水源", "货物", "貨物", "货源", "貨源",
    "线索", "線索", "案件", "案源", "生源", "客源", "图片", "圖片", "照片", "视频", "視頻", "影片", "图源", "圖源",
    "数据", "數據")
assert all(len(w) == 2 for w in NOT_SOURCE_PREFIXES)  # read with one fixed-width look-behind
#: The regex of such a label (a CJK word ending in 来源/來源, or 来源于 ``本文来源于：``, not one of the compounds above).
ANY_SOURCE_LABEL = (rf"[\u4e00-\u9fff]{{0,{SOURCE_LABEL_PREFIX_MAX}}}(?<!{'|'.join(NOT_SOURCE_PREFIXES)})(?:来源|來源)[于於]?")
#: Every field label (a value read after one stops at the next).
FIELD_LABELS = SOURCE_LABELS + AUTHOR_LABELS + EDITOR_LABELS + DATE_LABELS
#: A date label and its colon (``发布时间：``, ``Published``), longest label first.
DATE_LABEL_RX = re.compile(rf"(?:{'|'.join(sorted(DATE_LABELS, key=len, reverse=True))})\s*[:：]?\s*", re.I)
#: Date labels of a later change (更新日期, Updated): read only when the info bar has no other labelled date.
UPDATE_DATE_LABEL = re.compile(r"(?:更新|修改|Updated|Last updated|Aktualisiert|Mis à jour|Actualizado)", re.I)
#: Source labels may not follow a CJK character (``资金来源：`` is not a source) unless it ends a date;
#: author and editor labels only not inside the few words that end with them (合作者, 原作者, 总编辑).
STRICT_LABEL_BEFORE = r"(?:(?<![\u4e00-\u9fff])|(?<=[日号分秒]))"
LOOSE_LABEL_BEFORE = r"(?<![合原总總])"
#: A source value may go on after a space with a short word (``市应急局 办公室``) ...
SOURCE_VALUE_MORE = r"(?: [\u4e00-\u9fff]{1,6}(?![\u4e00-\u9fff:：]))?"
#: ... an author value with up to three more names (``作者：张三 李四``), and it may start with a role
#: (``作者：记者 张三``).
AUTHOR_VALUE_MORE = r"(?: [\u4e00-\u9fff]{2,4}(?![\u4e00-\u9fff:：])){0,3}"
AUTHOR_ROLES = r"(?:(?:本报|特约|实习)?记者|通讯员|實習記者|記者|文|图|圖|摄影|攝影)"
#: An English byline (``By John Smith | Xinhua``).
BYLINE = re.compile(r"(?:^|[\s|｜])By\s+((?:[A-Z][A-Za-z.'\-]*)(?:\s+[A-Z][A-Za-z.'\-]*){0,3})(?=\s+in\s|\s*[|｜,]|\s*$)")
#: Besides the next label, a value stops at a reporter's role, a date, or a view counter.
VALUE_STOP = r"\s(?:记者|記者|通讯员|通訊員|摄影|攝影)|(?:19|20)\d{2}\s*[-/.年]\s*\d|浏览|点击|阅读|瀏覽|點閱|字号|字體"
#: Characters trimmed off a value; a value with markup characters or only digits is not one.
VALUE_TRIM = " \t:：,，;；。|｜()（）[]【】<>《》\"'"
MARKUP_VALUE = re.compile(r"[=<>\"{}]")
NUMBERS_ONLY = re.compile(r"[\d\s:：\-/.]+")
#: A ``<meta name="author">`` longer than this, or with one of these, is a vendor or the site, not a person.
MAX_META_AUTHOR_CHARS = 20
NOT_A_PERSON = re.compile(r"[,，;；/_\d]|www|\.com|\.cn|Team|Inc|Ltd|网|網|报|報|政府|中心|公司", re.I)
#: An unlabelled source beside the date: looked for on the info bar's last lines, at most this long, without
#: a label or a breadcrumb mark.
DATELINE_SOURCE_LINES = 3
MAX_DATELINE_SOURCE_LINE = 50
NOT_DATELINE_SOURCE = re.compile(r"[:：>»|｜]")
#: Information-disclosure (政府信息公开) metadata-table labels, normalised (no spaces) -> meta key.
DISCLOSURE_LABELS = {
    "索引号": "索引号", "索引號": "索引号", "文号": "文号", "发文字号": "文号", "發文字號": "文号", "文號": "文号",
    "发布机构": "发布机构", "发文机关": "发布机构", "发布机关": "发布机构", "發布機關": "发布机构", "發布機構": "发布机构",
    "发文单位": "发布机构", "发布单位": "发布机构", "生成日期": "生成日期", "成文日期": "成文日期",
    "发布日期": "发布日期", "發布日期": "发布日期", "公开日期": "发布日期", "主题分类": "主题分类",
    "主題分類": "主题分类", "分类": "分类", "分類": "分类", "体裁分类": "体裁分类", "有效性": "有效性",
    "主题词": "主题词", "主題詞": "主题词", "公开方式": "公开方式", "公开范围": "公开范围", "公开时限": "公开时限",
    "标题": "标题", "名称": "标题", "標題": "标题", "信息名称": "标题", "实施日期": "实施日期", "废止日期": "废止日期",
    "组配分类": "组配分类", "信息分类": "信息分类", "公文种类": "公文种类", "所属主题": "主题分类",
}
#: Labels that mark a metadata table (two of them in one block and it is not body text).
DISCLOSURE_TABLE = re.compile(r"索\s*引\s*号|文\s*号|发文字号|发\s*布\s*机\s*构|发文机关|成文日期|生成日期|主题分类|有\s*效\s*性|"
                              r"索\s*引\s*號|發文字號|主題分類")
#: meta keys that hold a date / the body's document number.
DISCLOSURE_DATE_KEYS = ("发布日期", "成文日期", "生成日期")
#: Labels that make a 信息公开 table: at least MIN_DISCLOSURE_FIELDS of these must be read (in the page's first
#: DISCLOSURE_SCAN_CHARS characters); a value longer than MAX_DISCLOSURE_VALUE_CHARS is not one.
DISCLOSURE_STRONG_KEYS = ("索引号", "文号", "发布机构", "成文日期", "生成日期", "主题分类", "有效性")
MIN_DISCLOSURE_FIELDS = 2
DISCLOSURE_SCAN_CHARS = 200000
MAX_DISCLOSURE_VALUE_CHARS = 200
#: One cell may carry several labelled fields (发布日期：… 来源：…): the value stops before the next.
NEXT_LABEL = re.compile(r"\s+(?=[\u4e00-\u9fffA-Za-z]{1,8}\s*[:：])")

# ---------------------------------------------------------------- trailer (lines after the text)
#: An end mark closing a press release or news item: ``完``, ``（完）``, ``-完-``, ``[END]``.
END_MARK_LINE = re.compile(r"^[\s（(\[【〔\-—－–~～*＊]*(?:完|全文完|END|End)[\s）)\]】〕\-—－–~～*＊]*$"
                           # the North American press release's -30- and ###
                           r"|^\s*(?:[-—–]\s*30\s*[-—–]|#{3}|＃{3})\s*$")
#: The same mark glued to the end of the last paragraph (``…反映。（完）``).
END_MARK_TAIL = re.compile(r"\s*(?:[（(〔【\[]\s*完\s*[）)〕】\]]|[\-—－]{1,2}\s*完\s*[\-—－]{1,2})\s*$")
#: Date/time text only (what follows an end mark on a press release's closing line): digits, date and
#: clock words, weekdays, and the time zone (``2023年11月8日（星期三） 香港時間16時05分``).
DATETIME_ONLY = (r"(?:\d|[\s年月日號号/.\-:：時时分秒()（）,，]|星期[一二三四五六日天]|[週周][一二三四五六日]|"
                 r"(?:香港|澳[門门]|北京|台北|臺北)?[時时][間间]|上午|下午|中午|晚上|早上|凌晨|HKT|GMT|\+08:?00|"
                 r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b|"
                 r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?|Issued\s+at|[ap]\.?m\.?)+")
#: An end mark and the issue date/time on ONE line (``完 2023年11月8日（星期三） 香港時間16時05分``,
#: ``（完）2023年3月8日``, ``Ends/Wednesday, November 8, 2023``): the mark is spaced, slashed or bracketed off,
#: and the rest is a date/time only.
END_MARK_DATELINE = re.compile(
    r"^[\s（(\[【〔\-—－–~～*＊]*(?:完|全文完|END|End|Ends)(?:\s*/\s*|\s+|[）)\]】〕\-—－–~～*＊]+\s*|(?=\d))"
    rf"(?=.*\d)({DATETIME_ONLY})$")
#: ... and the same glued to the end of the last paragraph (``…抽樣檢測。完 2023年11月8日 香港時間16時05分``):
#: only after a full stop, and the date/time must name a year and a clock time.
END_MARK_DATELINE_TAIL = re.compile(
    r"(?<=[。！？!?」”])\s*(?:[（(〔【\[]\s*完\s*[）)〕】\]]|完)\s*"
    rf"(?=[^\n]*\d{{4}}\s*年)(?=[^\n]*\d\s*[時时:：]\s*\d)({DATETIME_ONLY})$")
#: A standalone credit/metadata line at the end of the text: ``（责任编辑：…　审核：…）``, ``图文：…``,
#: ``来源：…``, ``Source: …``. It is metadata (editor/author/source), not body.
CREDIT_LINE = re.compile(
    r"^[\s（(\[【〔]*(?:责任编辑|責任編輯|责编|責編|编辑|編輯|审核|審核|审校|審校|审稿|審稿|校对|校對|终审|終審|初审|初審|"
    r"复审|複審|审签|签发|簽發|监制|監製|统筹|統籌|图文|圖文|图片|圖片|摄影|攝影|摄像|攝像|文字|撰稿|供稿|作者|记者|記者|"
    r"通讯员|通訊員|来源|來源|" + ANY_SOURCE_LABEL + r"|稿源|出处|"
    r"Source|From|Editor|Edited by|Photo|Photos|Reporter|Written by|签名|簽名|Signature|Media contacts?|Press contacts?|"
    r"Media enquiries|Media inquiries)\s*[:：]", re.I)
#: ... or a run of roles and names without colons (``新京报记者 曹军 编辑 方华桂 校对 郝琪浩``): at least two pairs.
CREDIT_ROLES_LINE = re.compile(r"^\s*(?:[\u4e00-\u9fff]{0,6}(?:记者|記者|编辑|編輯|责编|責編|校对|校對|审核|審核|摄影|攝影|"
                               r"实习生|實習生|通讯员|通訊員)\s*[\u4e00-\u9fff·]{2,4}\s*){2,}$")
#: A release's contact block at its end: a heading line of its own (``Media contact``, ``Pressekontakt``,
#: ``Contact presse``), followed by at most MAX_CONTACT_LINES short lines (name, role, phone, e-mail) and no sentence.
CONTACT_HEADING = re.compile(r"^\s*(?:Media|Press|News)\s+(?:contacts?|enquiries|inquiries|office)\s*[:：]?\s*$|"
                             r"^\s*(?:For more information|For further information|Contacts?)\s*[:：]?\s*$|"
                             r"^\s*(?:Pressekontakt|Kontakt für (?:die )?Medien|Contacts? presse|Contacto de prensa|"
                             r"Contatti stampa|Contato para imprensa|Persvoorlichting|Kontakt dla mediów|媒体联系|媒體聯絡|新闻联系人|"
                             # the 担当 / お問い合わせ先 block closing a Japanese release, 문의 / 담당 a Korean one
                             r"担当|担当部署|担当課|お問い?合わせ先?|問い?合わせ先|本件に関するお問い?合わせ先?|문의처?|담당(?:부서)?)"
                             r"\s*[:：]?\s*$", re.I)
MAX_CONTACT_LINES = 6
#: A line that is only an e-mail address closes a news story with its reporter's address (Korean, Japanese and
#: Chinese papers): a credit line.
EMAIL_ONLY_LINE = re.compile(r"^\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*$")
#: Lines after an end mark that are its date/time (``2023年3月8日（星期三）``, ``香港時間16時30分``).
TRAILER_DATETIME = re.compile(r"\d{1,2}\s*[時时:：]\s*\d{1,2}\s*分?|\d{4}\s*[年\-/.]\s*\d{1,2}|星期[一二三四五六日天]|週[一二三四五六日]")
#: Credit lines are at most this long; at most this many trailing lines are looked at.
MAX_CREDIT_LINE_CHARS = 80
MAX_TRAILER_LINES = 5
#: A thread's replies start at a heading line (``跟贴：``, ``回复：``, ``发表跟贴``, ``Replies``) or a reply's heading,
#: ``回复：`` / ``Re:`` and the thread's title (read by ``lines.cut_replies``).
REPLIES_HEADING = re.compile(r"^\s*(?:发表|發表)?(?:跟[贴帖]|回[复覆帖]|Re|RE|Replies|Responses)\s*[:：]?\s*", re.I)
MAX_REPLIES_HEADING_CHARS = 80
#: A credit line holds no sentence.
SENTENCE_MARK = re.compile(r"[。！？]")

# ---------------------------------------------------------------- title
#: Text shaped like a government site's name (``某某县人民政府``, ``某某市政府门户网站``): never a headline.
SITE_NAME_SHAPE = re.compile(r"^[\u4e00-\u9fff]{2,20}(?:人民政府|政府|政府[网網]|门户[网網]站|門戶網站|政府[网網]站|全球資訊網|[网網]站|公所)$")
#: Text that ends like a site's name (a confirmed headline never does).
SITE_NAME = re.compile(r"(?:政府|[网網]站|门户|門戶|全球資訊網|资讯网|公所|Portal|Government|"
                       r"数字报(?:刊)?(?:平台)?|數位報(?:刊)?|电子报|電子報|E-?paper)\s*$", re.I)
#: ``<title>`` as ``headline - site name`` ...
SITE_SUFFIX = re.compile(
    r"^(?P<a>.+?)\s*[-_|—–·]+\s*(?P<b>[^-_|—–·]{2,40}?(?:政府|人民政府|[网網]|[网網]站|门户|門戶|[资資]讯[网網]|局|委|[办辦]|厅|廳|院|中心|"
    r"公所|Portal|Government|Daily|News|\.com|\.cn|\.gov)[^-_|—–·]{0,12})$", re.I)
#: ... or ``site name -- headline``.
SITE_PREFIX = re.compile(r"^(?P<b>[^-_|—–·]{2,30}(?:政府|[网網]站|门户|局|委|[办辦]|厅|公所))\s*(?:--|[_|—–·])\s*(?P<a>.+)$")
TITLE_SEPARATORS = re.compile(r"\s*(?:[_|｜]|--|—+|–|-\s|\s-|::|>>|<<|»|«|(?<=\S)[<>](?=\S)|·\s)\s*")
#: A ``<title>`` segment that says the page is an error page or a search result page (a "soft 404" served with
#: status 200, a site search): such a page has no article, whatever text it shows.
NOT_AN_ARTICLE_TITLE = re.compile(
    r"(?:(?:http\s*)?(?:error\s*)?(?:40[034]|410|50[03])(?:\s*error)?\s*[-:：]?\s*)?"
    r"(?:page\s+not\s+found|not\s+found|file\s+not\s+found|页面不存在|页面未找到|网页不存在|找不到(?:该|此|您要的)?(?:页面|网页)|"
    r"頁面不存在|找不到(?:該|此)?(?:頁面|網頁)|ページが見つかりません|페이지를 찾을 수 없습니다|"
    r"(?:站内)?搜索结果|搜尋結果|检索结果|檢索結果|search\s+results?|検索結果|검색\s*결과)[!！。.]?"
    r"|(?:http\s*)?(?:error\s*)?(?:40[034]|410|50[03])(?:\s*error)?", re.I)
TITLE_HINTS = re.compile(r"title|tit|biaoti|bt|headline|heading|h1|subject|article_?name|wztit|news_?title", re.I)
#: Elements that may hold the headline.
TITLE_CANDIDATE_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6", "div", "td", "th", "p", "span", "strong", "font", "b", "header")
#: A link to the site's home page (``/``, ``./``, ``index.html``, ``http://host/``): a heading that is only such a link
#: is the site's name (``<h1><a href="/">国土交通省</a></h1>``), not a headline.
HOME_HREF = re.compile(r"^\s*(?=\S)(?:(?:https?:)?//[^/?#]+)?(?:\.{0,2}/)?(?:index\.(?:html?|shtml|jsp|php|aspx?))?\s*$", re.I)
#: A plain (unheaded, unhinted) candidate has at most this many children and no block inside.
MAX_PLAIN_TITLE_CHILDREN = 3
#: A candidate holds at most this many links.
MAX_TITLE_LINKS = 1
MIN_TITLE_CHARS = 4
#: A segment of ``<title>`` has at least this many characters; so does a headline that is ``<title>``'s first one.
MIN_TITLE_SEGMENT_CHARS = 2
#: A headline this long, confirmed by <title>, anchors the body search.
MIN_ANCHOR_TITLE_CHARS = 6
MAX_TITLE_CHARS = 150
#: Meta tags naming the headline, most trusted first; the first three also confirm a headline.
TITLE_META_KEYS = ("articletitle", "og:title", "twitter:title", "title", "dc.title")
TITLE_EVIDENCE_META_KEYS = ("articletitle", "og:title", "dc.title")
#: Headline candidate scores: part of ``<title>`` (plus the share of it the candidate covers), holding
#: ``<title>``, equal to the title meta tag, heading level, a title class/id, links, a sentence ending ...
TITLE_IN_PAGE_TITLE = 3
TITLE_PAGE_TITLE_SHARE = 2
TITLE_HOLDS_PAGE_TITLE = 2
TITLE_IS_META_TITLE = 3
HEADING_SCORES = {"h1": 2.0, "h2": 1.5, "h3": 1.0}
OTHER_HEADING_SCORE = 0.5
TITLE_HINT_SCORE = 1
TITLE_LINK_PENALTY = 1.5
TITLE_SENTENCE_PENALTY = 2
TITLE_SENTENCE_ENDS = ("。", "；", ";")
#: ... and where it stands: (distance in elements before the body, bonus) pairs, at the top of the body,
#: after the body. A candidate wins with at least MIN_TITLE_SCORE.
TITLE_BEFORE_BODY = ((40, 2.0), (150, 1.0))
TITLE_AT_BODY_TOP = 1.5
TITLE_AT_BODY_TOP_DISTANCE = 40
TITLE_AFTER_BODY_PENALTY = 3
MIN_TITLE_SCORE = 3
#: An emphasised headline (``<title>`` is only the site's name) is looked for among this many elements
#: above the body, with at most this many text blocks between the info bar and the body; it does not
#: end like a sentence or a label.
EMPHASISED_LOOKBACK = 200
EMPHASISED_MAX_SKIPPED = 2
#: ... the info bar may be only a reporter's byline (``记者 孔兰浩``, ``本报记者 …``, ``文/…``, ``By …``).
REPORTER_LINE = re.compile(r"^\s*(?:本报|本報|本台|本网|本網)?(?:记者|記者|通讯员|通訊員|文|图|圖)\s*[/／:：]?\s*"
                           r"[\u4e00-\u9fff·]{2,4}(?:\s+[\u4e00-\u9fff·]{2,4}){0,3}\s*$|^\s*By\s+[A-Z]")
HEADLINE_NOT_ENDING = "。；;：:"
#: Bold or large: these tags, ``<font size>`` of at least MIN_LARGE_FONT, a bold weight.
EMPHASIS_TAGS = ("b", "strong", "big", "font", "span", "h1", "h2", "h3", "h4", "h5", "h6")
BOLD_TAGS = ("b", "strong", "big")
FONT_SIZE = re.compile(r"\s*\+?(\d)")
MIN_LARGE_FONT = 4
BOLD_WEIGHT = re.compile(r"font-weight\s*:\s*[6-9]00")
#: Separators and arrows trimmed off the headline's ends.
TITLE_TRIM = re.compile(r"^[\s\-_|｜—–·>»]+|[\s\-_|｜—–·>»]+$")
#: The site's name: the holder in 版权所有/主办 lines (text with one of HOLDER_HINT) ...
HOLDER_HINT = re.compile(r"所有|主办|主辦|©|opyright")
HOLDER_AFTER = re.compile(r"(?:版[权權]所有|著作[權权]所有|主[办辦](?:单位|單位)?)\s*[:：]?\s*(?:©|\(c\)|Copyright)?\s*"
                          r"(?:(?:19|20)\d{2}\s*)?([^\s\d:：|｜©,，;；。()（）]{2,30})", re.I)
HOLDER_BEFORE = re.compile(r"([^\s\d:：|｜©,，;；。()（）]{2,30})\s*(?:版[权權]所有|著作[權权]所有)")
HOLDER_EN = re.compile(r"(?:Copyright|©|\(c\))\s*(?:©|\(c\))?\s*(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?)?\s*"
                       r"(?:by\s+)?([A-Z][A-Za-z&'\- ]{2,60}?)\s*(?:[.,;|]|All\s+Rights|$)", re.I)
#: ... without a registration number after it, and not a reprint notice ...
HOLDER_ICP_TAIL = re.compile(r"[\u4e00-\u9fff]?ICP.*$", re.I)
NOT_A_HOLDER = re.compile(r"不得|未经|禁止|转载|轉載|複製")
#: ... and the text of the page's chrome (logo, masthead, banner, ``<header>``/``<footer>``/``<nav>``),
#: between MIN_SITE_NAME_CHARS and MAX_SITE_NAME_CHARS long.
CHROME_HINT = re.compile(r"logo|site-?name|site_name|sitename|masthead|brand|^site-?h|^site-?top|^top$|^header$|^head$|"
                         r"banner", re.I)
CHROME_TAGS = ("header", "footer", "nav")
MIN_SITE_NAME_CHARS = 2
MAX_SITE_NAME_CHARS = 40
#: The breadcrumb (an element whose class/id names it): its items of at most MAX_COLUMN_NAME_CHARS characters are
#: the site's columns (新闻中心, 最新消息), never the headline; its items are split at these separators.
CRUMB_HINT = re.compile(r"crumb|position|location|^path$|dqwz|weizhi|^place$", re.I)
CRUMB_SEPARATORS = re.compile(r"\s*(?:>>|&gt;|[>›»→/＞]|::)\s*|\s{2,}|(?:当前位置|目前位置|您的位置|你的位置|所在位置|當前位置|"
                              r"您現在的位置|现在位置|You are here)\s*[:：]?", re.I)
MAX_COLUMN_NAME_CHARS = 8

# ---------------------------------------------------------------- regions metadata is read from
#: The info bar is read from the last this-many lines between headline and body ...
HEADER_LINES = 8
#: ... or, without a headline, from this many characters before the body; of a long stretch between headline and
#: body only the last HEADER_TAIL_CHARS characters are read.
HEADER_FALLBACK_CHARS = 400
HEADER_TAIL_CHARS = 8000
#: Lines right above the headline (a date printed first): the last PRE_TITLE_LINES short lines of the
#: PRE_TITLE_CHARS characters before it.
PRE_TITLE_CHARS = 300
PRE_TITLE_LINES = 2
#: What follows the body: its first AFTER_BODY_LINES lines (of the first AFTER_BODY_CHARS characters).
AFTER_BODY_LINES = 4
AFTER_BODY_CHARS = 4000
#: The body's last lines that credits are read from (source and editor; author) and that hold a signature.
CREDIT_TAIL_LINES = 4
AUTHOR_TAIL_LINES = 3
SIGNATURE_LINES = 3
#: A gap between info-bar fields: a tab or full-width space, or a run of two or more spaces/``&nbsp;`` (a single
#: ``&nbsp;`` is often just a space inside a name: ``Xinhua&nbsp;News Agency``).
FIELD_GAP = re.compile(r"[ \xa0]*[\t\u3000][ \t\xa0\u3000]*|[ \xa0]{2,}")
#: The date part of an info-bar line (``2023-07-04``, ``民國112年7月4日``) ...
DATE_TEXT = re.compile(r"(?:民國|中華民國)?\s*\d{2,4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?")
#: ... and its time of day and weekday (``08:31``, ``（星期三）``).
CLOCK = re.compile(r"\d{1,2}\s*[:：时時]\s*\d{1,2}(?:\s*[:：分]\s*(?:\d{1,2}\s*秒?)?)?|[（(]?(?:星期|周|週)[一二三四五六日天][）)]?")

# ---------------------------------------------------------------- dates
#: Meta tags holding the publication date, most trusted first.
META_DATE_KEYS = ("pubdate", "publishdate", "publish_date", "publishtime", "publish-date", "ptime", "article:published_time",
                  "og:article:published_time", "og:published_time", "jsonld:datepublished", "datepublished",
                  "jsonld:pubdate", "dc.date.issued", "dcterms.issued", "dc.date", "dc.date.created", "dcterms.created",
                  "jsonld:datecreated", "datecreated", "firstpublishedtime", "releasedate", "date", "sj", "createdate")
#: Microdata / RDFa dates written on any element (``<span property="schema:dateCreated" content="…">``,
#: ``<meta itemprop="datePublished">`` in the body): read as meta tags under their bare lower-cased name when the page
#: gives one value only (a list of items, each with its own date, says nothing about the page).
MARKUP_DATE_PROPS = re.compile(r"^(?:schema:|dc:|dcterms:|og:)?(datepublished|datecreated|issued|created)$", re.I)
#: JSON-LD objects whose dates are the page's own (``NewsArticle``, ``BlogPosting``, ``WebPage`` ...).
LINKED_DATA_TYPES = re.compile(r"Article|Posting|Report|NewsArticle|WebPage|CreativeWork|Review", re.I)
#: Inline script variables or object keys that hold the publication date, and WeChat's ``ct`` (a Unix time): a
#: quoted date or Unix time assigned (SCRIPT_DATE_VALUE) to one of these names (SCRIPT_DATE_NAME, read before it).
#: A Unix time may also be an unquoted number (``"pubTime":1630897200000``).
SCRIPT_DATE_VALUE = re.compile(r"""[:=]\s*(?:["'](?P<value>\d{10,13}|(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}"""
                               r"""(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?)["']|(?P<number>\d{13}|\d{10})(?![\d.]))""")
SCRIPT_DATE_NAME = re.compile(r"""\b(?:createTime|create_time|publish_time|publishTime|publishDate|publish_date|pubDate|"""
                              r"""pubdate|pubtime|pubTime|pubTimeStr|pub_time|ptime|datePublished|publishedAt|published_at|"""
                              r"""releaseDate|ct)["']?\s*$""")
#: An element named for the page's date (class/id ``post-date``, ``article-time``, ``pubtime``, ``paperdate`` ...)
#: holding only a date, or a Unix time (a hidden ``<textarea class="article-time">1667922447000</textarea>`` a
#: script formats): weak evidence, read only outside furniture and lists, and only when all such elements agree.
DATE_ELEMENT_WORDS = ("date", "time", "riqi", "shijian")
DATE_ELEMENT_HINT = re.compile("|".join(DATE_ELEMENT_WORDS), re.I)
DATE_ELEMENT_MAX_CHARS = 40
#: ... its text is a date (``2018-04-12 16:12``, ``2022年02月13日 星期日``): at most this many letters besides digits,
#: separators and the date's own characters
DATE_ELEMENT_EXTRA_CHARS = 3
NON_DATE_CHARS = re.compile(r"[\d\s\-/.:：年月日时時分秒T]|星期.|周.")
#: Tags a page's own date element is never inside (a list of headlines, a link).
DATE_ELEMENT_NOT_UNDER = ("li", "a", "dd", "option")
#: A date with a two-digit year, read only right after a date label (``发布时间：21-11-08 19:05``).
TWO_DIGIT_YEAR_DATE = re.compile(r"^\s*(\d{2})-(\d{1,2})-(\d{1,2})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?(?![\d-])")
#: A relative time shown in place of a date whose absolute form is in the element's ``title`` (Discuz!'s
#: ``<span title="2024-5-3 21:14:08">3 天前</span>``): the title is read instead.
#: A date shown without its year (``2月13日 10:22``, ``02-13``) is read from the ``title`` the same way.
RELATIVE_TIME = re.compile(
    r"^\s*(?:\d{1,2}\s*月\s*\d{1,2}\s*日|\d{1,2}-\d{1,2})(?:\s*\d{1,2}:\d{2})?\s*$|"
    r"^\s*(?:\d+\s*(?:秒|分钟|分鐘|小时|小時|天|周|週|个月|個月)\s*前|刚刚|剛剛|前天|昨天|今天|大前天|半小时前|"
    r"\d+\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?)\s+ago|yesterday|today)(?:\s*\d{1,2}:\d{2})?\s*$", re.I)
#: An edit date shown (``编辑于 2024-02-15 13:22``) whose tooltip (``title``, ``data-tooltip``) holds the publication
#: date (``发布于 2024-02-13 10:22``, 知乎): the tooltip is read instead.
SHOWN_EDIT_DATE = re.compile(r"^\s*(?:编辑于|編輯於|更新于|更新於|修改于|修改於|Edited|Updated)\s", re.I)
TOOLTIP_PUBLISHED = re.compile(r"^\s*(?:发布于|發佈於|發布於|发表于|發表於|Published|Posted)\s", re.I)
#: A date line among the first AFTER_DATE_LINES lines under the body: one date, no sentence, and besides the date
#: at most AFTER_DATE_REST_CHARS characters (a note's ``2024-02-13 浙江``) or a first floor's mark (a forum post's
#: tail ``来自Android客户端 1楼 2015-08-12 16:12``) -- never a dated headline of the list that follows a text.
AFTER_DATE_LINES = 2
AFTER_DATE_SENTENCE = re.compile(r"[，。！？；：:,;!?]")
AFTER_DATE_REST_CHARS = 3
FIRST_FLOOR = re.compile(r"(?:^|\s)(?:1\s*[楼樓]|#1|沙发|沙發)(?:\s|$)")
#: A date printed as a day over a year and month (``<strong>05</strong><span>2019.03</span>``), above the headline.
DAY_OVER_YEAR_MONTH = re.compile(r"^\s*(\d{1,2})\s+((?:19|20)\d{2})\s*[.\-/年]\s*(\d{1,2})\s*月?\s*$")
#: Class/id words of a position only (``bottom-container``, ``news-head``): a page's own date element may sit under
#: them (other furniture hints exclude it).
DATE_POSITION_HINT = re.compile(r"bottom|top|head", re.I)
#: After the body's first AFTER_BODY_LINES lines, a metadata block of ``label: value`` lines (a BIP metryczka, a
#: 信息 table under the text) is read on for up to this many lines.
AFTER_META_LINES = 12
META_LINE = re.compile(r"^[^:：]{1,40}[:：]\s*\S")
SCRIPT_NAME_CHARS = 40
#: A script-rendered page's article (``scripted.script_article``): a string of HTML with at least this many
#: characters of text; its title is a ``…title…`` key within SCRIPT_TITLE_CHARS characters of it.
SCRIPT_ARTICLE_MIN_CHARS = 100
SCRIPT_TITLE_CHARS = 600
#: Such a body's confidence is at most this (the page's own markup did not show it).
CONFIDENCE_SCRIPT_MAX = 0.8
#: Unix times read as dates lie between these (2000-01-01 and 2100-01-01).
MIN_UNIX_TIME = 946684800
MAX_UNIX_TIME = 4102444800
#: Chinese pages' Unix times are read in China Standard Time: a host of these, or a zh language.
CHINA_HOST = re.compile(r"^[a-z]+://[^/]*(?:\.cn|\.qq\.com|\.hk|\.mo|\.tw|weibo\.com|toutiao\.com|163\.com|sohu\.com|"
                        r"sina\.com|ifeng\.com|baidu\.com)(?::\d+)?(?:/|$)", re.I)
CHINA_UTC_OFFSET = 8
#: A United States host: numeric dates are month first.
US_HOST = re.compile(r"^[a-z]+://[^/]*\.(?:gov|us|mil|edu)(?::\d+)?(?:/|$)", re.I)
#: A labelled date is read from at most this many characters after its label.
LABELLED_DATE_CHARS = 40
#: A Taiwanese page (bare ROC dates such as ``108-08-12`` count): a Big5 encoding, a zh-TW language, a .tw
#: host, or these words in its first TAIWAN_SAMPLE_CHARS characters.
TAIWAN_ENCODINGS = ("big5", "950")
TAIWAN_LANGS = ("zh-tw", "zh-hant", "zh-hant-tw")
TAIWAN_HOST = re.compile(r"\.tw(?:[:/]|$)")
TAIWAN_HINT = re.compile(r"民國|中華民國|臺灣|台灣|縣政府|市政府.{0,4}新聞")
TAIWAN_SAMPLE_CHARS = 20000

# ---------------------------------------------------------------- links, attachments and images
#: ``href`` values that are not links to follow.
NOT_LINK_PREFIXES = ("javascript:", "mailto:", "#", "tel:", "data:")
#: Linked files that are attachments: office documents (Microsoft, WPS 文字/表格/演示 .wps/.et/.dps, OpenDocument
#: .odt/.ods/.odp/.odg, .rtf), fixed-layout documents (.pdf, 数科 .ofd, 方正 .ceb, scanned .tif), tables (.csv, .txt)
#: and archives. Pictures (.jpg, .png) are not: the ones in the body are listed as images.
ATTACHMENT_EXTENSIONS = (".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".wps", ".et", ".dps", ".odt", ".hwp", ".hwpx",
                         ".ods", ".odp", ".odg", ".rtf", ".ofd", ".ceb", ".tif", ".tiff", ".txt", ".csv", ".zip",
                         ".rar", ".7z", ".tar", ".gz", ".tgz", ".bz2", ".xz")
#: The article block (title + body + attachment list) has at most this many times the body's text.
ARTICLE_SCOPE_FACTOR = 3
#: ... plus this many characters.
ARTICLE_SCOPE_EXTRA_CHARS = 500
#: Attributes an ``<img>`` keeps its URL in (lazy loaders use the data- ones).
IMAGE_SOURCES = ("src", "data-src", "original-src", "data-original")
#: Images smaller than this (declared width or height in px) are icons, not article pictures.
MIN_IMAGE_SIZE = 40
ICON_IMAGE = re.compile(r"icon|ico_|_ico|logo|btn|button|spacer|blank|dot\.|arrow|line\.|share|qrcode|erweima|"
                        r"print|close|\bfj\b|file_?type|ext_", re.I)
#: A block beside the body with less text than this and a picture in it is the article's picture.
MAX_IMAGE_BLOCK_CHARS = 50
#: A friend-link block: a short label (at most MAX_FRIEND_LABEL_CHARS) up to FRIEND_BLOCK_LEVELS levels above
#: its links ...
FRIEND_LABEL = re.compile(r"友情[链鏈]接|政府[网網]站|[网網]站[链鏈]接|Friendly\s+Links?|友站[链鏈]接", re.I)
MAX_FRIEND_LABEL_CHARS = 20
FRIEND_BLOCK_LEVELS = 4
MIN_FRIEND_LINKS = 2
#: A friend-link block is looked for no higher than an ancestor with this much text.
MAX_FRIEND_BLOCK_CHARS = 600
#: ... whose links to the footer's record pages (ICP / 公安 registration, 找错) are fields, not friend links.
RECORD_LINK = re.compile(r"ICP|公网安备|公網安備|网站标识码|網站標識碼|beian\.|/registerSystemInfo|jiucuo|政府网站找错",
                         re.I)
#: A ``<select>`` option whose value is a URL is a friend link.
HTTP_URL = re.compile(r"https?://", re.I)

# ---------------------------------------------------------------- text cleanup
#: A page must carry at least this many tone-marked "(pinyin)" annotations after CJK characters before
#: toneless ones (neutral tone, ``的(de)``) are removed too. A tone-marked lower-case syllable group right
#: after a CJK character (``運(yùn)城``) is removed even when it is the page's only one: nothing else
#: has that shape (``(GDP)``, ``(km)``, ``(1)``, ``(Wi-Fi)``, ``(sq m)`` carry no tone marks). Known
#: risk: an accented lower-case loanword written after its Chinese name, ``咖啡(café)``.
MIN_PINYIN_ANNOTATIONS = 2

# ---------------------------------------------------------------- generic: the general main-text core
#: A paragraph counts as prose with at least this many characters outside links.
GENERIC_MIN_PROSE_CHARS = 20
#: How much a character of link text / of other text (labels, bylines, menus) counts against a block.
GENERIC_LINK_WEIGHT = 1.0
GENERIC_OTHER_WEIGHT = 0.3
#: A block marked as furniture that holds at least this share of the page's text is a page wrapper, not furniture.
GENERIC_FURNITURE_WRAPPER_SHARE = 0.5
#: The rules' pick collapsed: it holds less than this share of the prose of the core's region (or less than
#: GENERIC_INSIDE_COLLAPSE_SHARE when the pick lies inside the region), and that region holds at least
#: GENERIC_MIN_REGION_PROSE characters of prose.
GENERIC_COLLAPSE_SHARE = 0.1
GENERIC_INSIDE_COLLAPSE_SHARE = 0.25
GENERIC_MIN_REGION_PROSE = 200
#: Widening the rules' pick inside the core's region: a sibling joins with at least this many characters of
#: prose, making at least this share of its text, ...
GENERIC_WIDEN_MIN_PROSE = 50
GENERIC_WIDEN_PROSE_SHARE = 0.6
#: ... and, when it follows the pick, prose for at least GENERIC_WIDEN_FOLLOW_PROSE_SHARE of its text and, in
#: another shape (tag and class) than the pick, at least GENERIC_WIDEN_FOLLOW_SHARE of the pick's prose.
GENERIC_WIDEN_FOLLOW_PROSE_SHARE = 0.85
GENERIC_WIDEN_FOLLOW_SHARE = 0.3
#: A line of running text: at least GENERIC_MIN_PROSE_LINE_CHARS characters with a clause mark (and, in
#: alphabetic scripts, GENERIC_MIN_PROSE_WORDS words), or at least GENERIC_LONG_LINE_CHARS characters.
GENERIC_MIN_PROSE_LINE_CHARS = 12
GENERIC_LONG_LINE_CHARS = 80
GENERIC_MIN_PROSE_WORDS = 6
#: A body without running text is still text (verse, a list) with at least GENERIC_MIN_VERSE_LINES lines of
#: GENERIC_MIN_VERSE_CHARS characters; fewer are metadata lines (a dateline, a byline, an account name).
GENERIC_MIN_VERSE_LINES = 4
GENERIC_MIN_VERSE_CHARS = 8
GENERIC_CJK_CLAUSE = re.compile(r"[\u3400-\u9fff][^\n]*[，。；！？、]|[，。；！？][^\n]*[\u3400-\u9fff]")
#: A Latin clause mark: punctuation followed by a space and a letter, or ending the line after a letter
#: (the dots of ``6. November`` or ``14.03.2023`` do not count: a digit stands before them).
GENERIC_LATIN_CLAUSE = re.compile(r"(?<=[^\W\d_])[.,;:!?)](?:\s+\S|\s*$)|[!?]")
#: Confidence: weights of agreement (rules' pick vs core's region), amount of running text, and
#: cleanliness (no link text); the amount counts in full from CONFIDENT_PROSE_CHARS characters; a body of
#: metadata lines only gets CONFIDENCE_METADATA_ONLY.
CONFIDENCE_AGREE_WEIGHT = 0.5
CONFIDENCE_AMOUNT_WEIGHT = 0.3
CONFIDENCE_CLEAN_WEIGHT = 0.2
CONFIDENT_PROSE_CHARS = 400
CONFIDENCE_METADATA_ONLY = 0.1
#: The agreement counted for a body that starts right under the confirmed headline, and for a page without
#: any prose block for the core to compare with.
CONFIDENCE_ANCHORED_AGREE = 0.8
CONFIDENCE_NO_REGION_AGREE = 0.5

#: lines a per-line test remembers its answer for (``footer.memo_by_line``; a page's chrome comes back on every page)
LINE_MEMO_SIZE = 4096
