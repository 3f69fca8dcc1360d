"""Rules written from web-holdout-7's blind run: dates in a Japanese era, Russian month names, Arabic-Indic digits and
asctime form; pages that hold no article (a frameset, a soft 404, a site search); the furniture of forums, wikis,
Japanese municipal CMSs and recipe cards; a headline that is only in a table's header cell beside a site-name
heading linked to the home page; the accepted answer of a schema.org Q&A page; Korean .hwp attachments. Each page
is written the way its kind of site writes it, and each check has a decoy that a careless rule would take."""
from __future__ import annotations

from pipelines.extract import extract_article
from pipelines.extract.dates import find_dates
from tests.extract_pages import EN, ZH, ps

JA = ["経済産業省は、被災した中小企業の事業再建を支援するため、補助上限額を引き上げることを決めました。",
      "申請の受付は、来月から開始する予定です。詳しくは、中小企業庁のホームページをご覧ください。",
      "なお、対象地域は今後の被害状況を踏まえ、必要に応じて拡大することとしています。"]
RU = ["В текущем году в области планируется отремонтировать более ста километров региональных дорог.",
      "Как сообщили в министерстве транспорта, в перечень вошли участки, ведущие к школам и больницам.",
      "Работы начнутся в апреле, как только позволят погодные условия, и завершатся к осени."]
AR = ["أطلقت وزارة الصحة صباح اليوم حملة وطنية للتطعيم تستهدف ملايين الأطفال في جميع المحافظات.",
      "وأوضح وكيل الوزارة أن الحملة تستمر خمسة أيام، وتنفذها فرق متنقلة تزور المنازل والمدارس.",
      "ودعت الوزارة أولياء الأمور إلى التعاون مع فرق التطعيم والتأكد من تطعيم أطفالهم."]
KO = ["국토교통부는 설 연휴 기간 귀성객의 안전한 이동을 위해 특별교통대책을 시행한다고 밝혔다.",
      "정부는 연휴 기간 동안 고속도로 통행료를 면제하고 대중교통 운행을 늘리기로 했다.",
      "또한 교통사고 예방을 위해 드론과 암행순찰차를 활용한 단속을 강화한다."]


def page(body: str, title: str, lang: str = "en", charset: str = "utf-8") -> str:
    return (f"<html lang='{lang}'><head><meta charset='{charset}'><title>{title}</title></head><body>"
            "<div class='nav'><a href='/'>Home</a><a href='/news/'>News</a><a href='/about/'>About</a></div>"
            f"<div class='main'>{body}</div><div class='side'><h3>Latest</h3><ul><li><a href='/1'>Another story</a> "
            "2024-03-01</li><li><a href='/2'>Yet another story</a> 2024-02-28</li></ul></div>"
            "<div class='footer'>Copyright 2024 Example</div></body></html>")


def test_dates_in_a_japanese_era_russian_months_arabic_digits_and_asctime():
    assert find_dates("令和6年2月13日") == [(0, "2024-02-13")]
    assert find_dates("13 февраля 2024, 10:22") == [(0, "2024-02-13T10:22")]
    assert find_dates("تاريخ النشر: ١٣/٠٢/٢٠٢٤") == [(13, "2024-02-13")]
    assert find_dates("時間Tue Feb 13 15:02:07 2024") == [(6, "2024-02-13")]
    ja = page(f"<p class='date'>令和6年2月13日</p><h1>支援策を拡充します</h1><div class='main_txt'>{ps(JA)}</div>",
              "支援策を拡充します（METI/経済産業省）", "ja", "shift_jis")
    assert extract_article(ja.encode("shift_jis"), "https://www.meti.go.jp/press/2023/02/1.html").published == "2024-02-13"
    ru = page(f"<div class='news-date'>13 февраля 2024, 10:22</div><h1>Ремонт дорог</h1><div class='text'>{ps(RU)}</div>",
              "Ремонт дорог | Правительство области", "ru")
    assert extract_article(ru.encode("cp1251"), "https://region.example.ru/news/1/",
                           {"Content-Type": "text/html; charset=windows-1251"}).published.startswith("2024-02-13")
    digits = "".join(f"&#{ord(c)};" for c in "١٣/٠٢/٢٠٢٤")
    ar = page(f"<h2 class='newsTitle'>حملة وطنية للتطعيم</h2><span class='newsDate'>تاريخ النشر: {digits}</span>"
              f"<div class='newsBody'>{ps(AR)}</div>", "وزارة الصحة - الأخبار", "ar")
    assert extract_article(ar.encode("utf-8"), "http://www.moh.example.gov/ar/news/1.aspx").published == "2024-02-13"


def test_a_frameset_page_has_no_article_even_with_a_noframes_fallback():
    outer = ("<html><head><meta charset='utf-8'><title>桐山县人民政府网站</title></head>"
             "<frameset rows='150,*'><frame src='top.htm'><frame src='ShowNews.asp?NewsID=1286'></frameset>"
             "<noframes><body><p>您的浏览器不支持框架，请<a href='ShowNews.asp?NewsID=1286'>点击这里</a>浏览本页内容。</p>"
             "</body></noframes></html>")
    art = extract_article(outer.encode(), "http://www.example.gov.cn/news/index.asp?NewsID=1286")
    assert art.body == "" and "<" not in art.body, art.body


def test_a_soft_404_and_a_site_search_have_no_article_but_an_article_about_search_results_has():
    e404 = page("<div class='e404'><h2>抱歉，您访问的页面不存在或已被删除！</h2><p>可能的原因：网址输入有误；该信息已过期或已被移除；"
                "栏目已调整。</p><p>页面将在 5 秒后自动跳转到网站首页，您也可以返回上一页或使用站内搜索。</p></div>",
                "404 页面不存在 - 青川市人民政府", "zh")
    assert extract_article(e404.encode(), "http://www.example.gov.cn/a/t20240213_1.html").body == ""
    hits = "".join(f"<div class='result'><a href='/art/{i}.html'>{p[:12]}</a><p>{p}</p><span>2024-01-1{i}</span></div>"
                   for i, p in enumerate(ZH))
    search = page(f"<div class='count'>为您找到相关结果约 1024 个</div>{hits}", "搜索结果 - 石溪县人民政府", "zh")
    assert extract_article(search.encode(), "http://www.example.gov.cn/jsearchfront/search.do?q=x").body == ""
    news = page(f"<h1>Search results now show council minutes</h1><div class='story'>{ps(EN)}</div>",
                "Search results now show council minutes - Example News")
    assert EN[1] in extract_article(news.encode(), "https://news.example.com/2024/02/13/search").body


def test_furniture_of_forums_wikis_municipal_pages_and_recipe_cards():
    forum = page("<div class='postbody'><h3>Frame respray finished</h3><div class='content'>" + "<br><br>".join(EN)
                 + "</div><div id='sig1' class='signature'>1978 Raleigh Competition | 1983 Claud Butler Majestic</div></div>",
                 "Frame respray finished - Classic Lightweights Forum")
    body = extract_article(forum.encode(), "https://forum.example.uk/viewtopic.php?t=1").body
    assert EN[2] in body and "Claud Butler" not in body, body
    wiki = page("<h1 id='firstHeading'>Qingchuan Bridge</h1><div class='mw-parser-output'>"
                f"<p>{EN[0]}</p><div class='mw-heading mw-heading2'><h2 id='History'>History</h2>"
                "<span class='mw-editsection'><span class='mw-editsection-bracket'>[</span><a href='?action=edit'>edit</a>"
                f"<span class='mw-editsection-bracket'>]</span></span></div><p>{EN[1]}</p><p>{EN[2]}</p>"
                "<div role='navigation' class='navbox'><table><tr><th>Bridges in Sichuan</th><td><ul><li><a href='#'>Hejiang"
                "</a></li><li><a href='#'>Luzhou</a></li></ul></td></tr></table></div></div>"
                "<div id='catlinks' class='catlinks'><a href='#'>Categories</a>: <ul><li><a href='#'>Bridges in China</a></li>"
                "</ul></div>", "Qingchuan Bridge - Wikipedia")
    body = extract_article(wiki.encode(), "https://en.wikipedia.org/wiki/Qingchuan_Bridge").body
    assert EN[2] in body and "edit" not in body.split("\n") and "[edit]" not in body and "Bridges in" not in body, body
    city = page(f"<h1>プレミアム付き商品券の販売について</h1>{ps(JA)}<div id='tmp_inquiry'><div id='tmp_inquiry_ttl'>"
                "<p>このページに関するお問い合わせ</p></div><div id='tmp_inquiry_cnt'><p>産業振興部 商工観光課<br>電話番号：0682-35-8429</p>"
                "</div></div><div id='tmp_feedback'><p>このページの情報は役に立ちましたか？</p><label>役に立った</label></div>",
                "プレミアム付き商品券の販売について - 北山市", "ja")
    body = extract_article(city.encode(), "https://www.city.example.jp/shigoto/1.html").body
    assert JA[2] in body and "お問い合わせ" not in body and "役に立ちましたか" not in body, body
    recipe = page(f"<h1>Scallion Pancakes</h1><div class='entry-content'>{ps(EN)}<div class='wprm-recipe'>"
                  "<div class='wprm-recipe-rating'><span>4.9 from 86 votes</span></div><ul><li>2 cups flour</li>"
                  "<li>4 scallions, sliced</li></ul><div class='wprm-nutrition-label-container'>Calories: 318kcal | Fat: 11g"
                  "</div></div></div>", "Scallion Pancakes - The Wok Diaries")
    body = extract_article(recipe.encode(), "https://food.example.com/scallion-pancakes/").body
    assert "4 scallions, sliced" in body and "318kcal" not in body and "86 votes" not in body, body


def test_a_headline_in_a_header_cell_beside_a_site_name_heading_linked_home():
    cell = ("<html lang='ko'><head><meta charset='euc-kr'><title>보도자료 | 국토교통부</title></head><body>"
            "<div id='header'><h1><a href='/'>국토교통부</a></h1><ul><li><a href='#'>로그인</a></li></ul></div>"
            "<div id='content'><div class='location'>HOME &gt; 뉴스·소식 &gt; 보도자료</div><table class='bd_view_tbl'>"
            "<tr><th colspan='4' class='subject'>설 연휴 고속도로 통행료 면제… 특별교통대책 시행</th></tr>"
            "<tr><th>담당부서</th><td>도로정책과</td><th>등록일</th><td>2024.02.13</td></tr>"
            "<tr><th>첨부파일</th><td colspan='3'><a href='/common/file/download.do?fileId=1'>특별교통대책.hwp</a></td></tr>"
            f"</table><div class='bd_view_cont'>{ps(KO)}</div></div>"
            "<div id='footer'>Copyright(c) Ministry of Land, Infrastructure and Transport.</div></body></html>")
    art = extract_article(cell.encode("cp949"), "https://www.molit.example.kr/USR/NEWS/dtl.jsp?id=1")
    assert art.title == "설 연휴 고속도로 통행료 면제… 특별교통대책 시행", art.title
    assert [a["text"] for a in art.attachments] == ["특별교통대책.hwp"], art.attachments
    assert KO[2] in art.body


def test_a_question_page_keeps_its_accepted_answer_not_the_others():
    q = page("<div itemscope itemtype='https://schema.org/Question'><h1 itemprop='name'>Why does my page decode as mojibake?</h1>"
             f"<div class='question'><div class='s-prose' itemprop='text'><p>{EN[0]}</p></div>"
             "<div class='comments'><span class='comment-copy'>What library are you using?</span></div></div>"
             "<div id='answers'><h2>3 Answers</h2>"
             "<div class='answer' itemprop='suggestedAnswer'><div class='s-prose'><p>Browsers follow the BOM first, then the "
             "header, then the meta tag, so the page would look broken in a browser too.</p></div></div>"
             f"<div class='answer accepted-answer' itemprop='acceptedAnswer'><div class='js-vote-count'>12</div>"
             f"<div class='s-prose' itemprop='text'><p>{EN[1]}</p><p>{EN[2]}</p></div></div></div></div>",
             "Why does my page decode as mojibake? - Stack Overflow")
    body = extract_article(q.encode(), "https://stackoverflow.com/questions/1/why").body
    assert EN[0] in body and EN[2] in body and "Browsers follow the BOM" not in body, body


def test_a_japanese_release_ends_before_its_contact_block_and_a_story_before_its_reporters_address():
    ja = page(f"<p class='date'>令和6年2月13日</p><h1>支援策を拡充します</h1><div class='main_txt'>{ps(JA)}<h2>担当</h2>"
              "<p>中小企業庁 事業環境部 経営安定対策室長 佐藤<br>担当者：渡辺、山本<br>電話：03-3501-1511（内線 5864）</p></div>",
              "支援策を拡充します（METI/経済産業省）", "ja")
    body = extract_article(ja.encode(), "https://www.meti.go.jp/press/2023/02/1.html").body
    assert body.endswith(JA[2]), body
    # 担当 inside the text, as a word of a sentence, is not a contact heading
    assert "担当" in extract_article(page(f"<h1>人事</h1>{ps(JA)}<p>担当</p><p>新しい担当者は、来月から窓口業務を引き継ぎます。</p>",
                                          "人事 - 北山市", "ja").encode(), "https://www.city.example.jp/1.html").body
    ko = page(f"<h2>서울 아파트 전셋값 상승</h2><article id='dic_area'>{'<br><br>'.join(KO)}<br><br>kim12@hanbit.example.com"
              "</article>", "서울 아파트 전셋값 상승 | 한빛일보", "ko")
    body = extract_article(ko.encode(), "https://www.hanbit.example.com/article/1").body
    assert KO[2] in body and "@" not in body, body


def test_footnote_marks_and_an_affiliate_disclosure_are_not_text():
    wiki = page("<h1 id='firstHeading'>Qingchuan Bridge</h1><div class='mw-parser-output'>"
                f"<p>{EN[0][:-1]}.<sup id='cite_ref-1' class='reference'><a href='#cite_note-1'>[1]</a></sup></p>"
                f"<p>{EN[1]}</p><p>{EN[2]}</p><p>The bridge is 420 m<sup>2</sup> wide.</p></div>", "Qingchuan Bridge - Wikipedia")
    body = extract_article(wiki.encode(), "https://en.wikipedia.org/wiki/Qingchuan_Bridge").body
    assert EN[0] in body.split("\n") and "[1]" not in body and "m2" in body, body  # a superscript that is no mark stays
    blog = page("<h1>Scallion Pancakes</h1><p class='disclosure'><em>This post may contain affiliate links. Please read our "
                f"disclosure policy.</em></p><div class='entry-content'>{ps(EN)}<p>Our readers say this article contains affiliate "
                "links to every pan we tested, which is true.</p></div>", "Scallion Pancakes - The Wok Diaries")
    body = extract_article(blog.encode(), "https://food.example.com/scallion-pancakes/").body
    assert "may contain affiliate links" not in body and "which is true" in body and EN[0] in body, body
