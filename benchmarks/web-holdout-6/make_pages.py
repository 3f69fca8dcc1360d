# -*- coding: utf-8 -*-
"""Generate web-holdout-6: real-shaped pages of kinds the earlier blind sets (web-holdout-3/4/5) do not
cover, for issue 10 (the extractor must hold on real pages nobody here wrote).

    python make_pages.py        # rewrites pages/* and manifest.jsonl

Written blind to the extractor (nothing under pipelines/, tests/fixtures/extract/, tests/test_extract_*.py
nor the earlier sets' FINDINGS.md was read; only web-holdout-4/5's README and manifest format).  Nothing is
downloaded: every page is written here the way its site or CMS writes it -- head section with scripts,
meta, Open Graph and JSON-LD, navigation, breadcrumbs, cookie banners, share bars, dated related lists and
sidebars, comments, footers.  Deterministic (seeded).  Each page is stored as raw bytes in its own encoding.

Gold per page (see README.md):
  body        the article's own paragraphs, "\\n" between; subheadings and list items are lines of their own;
              a table body is one line per row (cells separated by a space).
  title       the headline as the article shows it (None where the page has no headline: a microblog post).
  published   YYYY-MM-DD, local time of the publisher: the publication, not the update.
  attachments file names of the attachments where the page lists them.
  with_ / without   trafilatura-style snippets (must be in / must not be in the extracted body).
"""
import datetime as dt
import html
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(20261202)
PAGES = []
NOW = dt.datetime(2024, 3, 4, 9, 12)      # when the pages were "saved"


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def jdump(o):
    return json.dumps(o, ensure_ascii=False, separators=(",", ":"))


def when(y, m, d, hh=None, mm=None):
    return dt.datetime(y, m, d, R.randint(7, 21) if hh is None else hh, R.randint(0, 59) if mm is None else mm,
                       R.randint(0, 59))


def epoch(t, tz=8):
    """Seconds since the epoch of a naive local datetime at UTC+tz (the same on any machine)."""
    return int(t.replace(tzinfo=dt.timezone(dt.timedelta(hours=tz))).timestamp())


def shift(t, days, hours=0):
    return t + dt.timedelta(days=days, hours=hours)


def ymd(t):
    return t.strftime("%Y-%m-%d")


def ymdhm(t):
    return t.strftime("%Y-%m-%d %H:%M")


def iso(t, tz="+08:00"):
    return t.strftime("%Y-%m-%dT%H:%M:%S") + tz


EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]


def en_long(t):
    return f"{t.day} {EN_MONTHS[t.month - 1]} {t.year}"


def en_us(t):
    return f"{EN_MONTHS[t.month - 1]} {t.day}, {t.year}"


def en_short(t):
    return f"{EN_MONTHS[t.month - 1][:3]} {t.day}, {t.year}"


FIRST = ["Sarah", "James", "Priya", "Tom", "Aisha", "Daniel", "Megan", "Oliver", "Grace", "Liam", "Chloe", "Ryan",
         "Hannah", "Marcus", "Elena", "Nathan", "Fiona", "Owen", "Zara", "Peter"]
LAST = ["Whitfield", "Okafor", "Patel", "Brennan", "Lindqvist", "Moreau", "Castillo", "Hughes", "Nakamura", "Fletcher",
        "O'Donnell", "Kowalski", "Reyes", "Thornton", "Abbott", "Mensah", "Delaney", "Sutherland"]
XING = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
MING = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲芬燕彬斌宇浩凯健俊帆帅旭宁龙林欣佳琪晨瑶雪颖倩婷志"


def ename():
    return f"{R.choice(FIRST)} {R.choice(LAST)}"


def name():
    return R.choice(XING) + "".join(R.choice(MING) for _ in range(R.choice([1, 2, 2])))


PLACES = [("四川省", "绵阳", "三台县"), ("河南省", "南阳", "邓州市"), ("湖南省", "常德", "桃源县"), ("江西省", "赣州", "于都县"),
          ("山东省", "临沂", "沂水县"), ("浙江省", "台州", "仙居县"), ("安徽省", "阜阳", "临泉县"), ("广西壮族自治区", "桂林", "阳朔县"),
          ("湖北省", "宜昌", "秭归县"), ("河北省", "邯郸", "涉县"), ("福建省", "龙岩", "长汀县"), ("云南省", "曲靖", "宣威市")]


def place():
    return R.choice(PLACES)


def icp(prov="蜀"):
    return f"{prov}ICP备{R.randint(10000000, 20999999)}号-{R.randint(1, 4)}"


def gongan(prov="川"):
    return f"{prov}公网安备 {R.randint(51000002000000, 53000002009999)}号"


def bsid():
    return f"{R.randint(1100000000, 6599999999)}"


# ====================================================================== registry and checks
def texts(items):
    return [x[1] if isinstance(x, tuple) else x for x in items]


def _flat(s):
    return re.sub(r"\s+", " ", s).strip()


def page_text(page):
    s = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", page)
    s = re.sub(r"(?s)<!--.*?-->", " ", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return _flat(html.unescape(s))


def snippets(items, k=3):
    paras = [p for p in texts(items) if len(p) >= 24]
    idx = sorted({0, len(paras) // 2, len(paras) - 1})[:k]
    out = []
    for i in idx:
        p = paras[i]
        n = min(16, len(p) - 6)
        a = R.randint(2, len(p) - n - 2)
        out.append(p[a:a + n].strip())
    return out


def add(name, url, page, enc, title, published, items, without, headers=None, lang="zh", attachments=None,
        check=True):
    body = "\n".join(texts(items))
    pt = page_text(page)
    for p in texts(items):
        assert not check or _flat(p) in pt, (name, p)
    w = snippets(items)
    for s in w:
        assert _flat(s) in _flat(body), (name, s)
    for s in without:
        assert _flat(s) not in _flat(body), (name, "without in body", s)
        assert _flat(s) in pt or s in page, (name, "without not on page", s)
    if title is not None:
        assert _flat(title) in pt or attr(title) in page, (name, "title not on page", title)
    gold = dict(body=body, title=title, published=ymd(published), with_=w, without=list(without))
    if attachments:
        gold["attachments"] = attachments
    PAGES.append(dict(name=name, url=url, page=page, enc=enc, headers=headers or {}, lang=lang, gold=gold))


def P(items, open_tag="<p>", close_tag="</p>", h="<h2>{}</h2>"):
    out = []
    for x in items:
        if isinstance(x, tuple) and x[0] == "h":
            out.append(h.format(esc(x[1])))
        elif isinstance(x, tuple) and x[0] == "li":
            out.append(f"<li>{esc(x[1])}</li>")
        else:
            out.append(f"{open_tag}{esc(x)}{close_tag}")
    return "\n".join(out)


def H(x):
    return ("h", x)


def ga(uid):
    return f"""<script async src="https://www.googletagmanager.com/gtag/js?id={uid}"></script>
<script>window.dataLayer = window.dataLayer || [];function gtag(){{dataLayer.push(arguments);}}gtag('js', new Date());gtag('config', '{uid}', {{ 'anonymize_ip': true }});</script>"""


def baidu_tongji():
    h = "".join(R.choice("0123456789abcdef") for _ in range(32))
    return f"""<script>var _hmt = _hmt || [];(function() {{var hm = document.createElement("script");hm.src = "https://hm.baidu.com/hm.js?{h}";var s = document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm, s);}})();</script>"""


def jsonld(o):
    return f'<script type="application/ld+json">{jdump(o)}</script>'


# ====================================================================== English government
def en_cookie_banner(site):
    return f"""<div id="cookie-banner" class="cookie-banner" role="region" aria-label="Cookies on {site}">
<h2>Cookies on {site}</h2><p>We use some essential cookies to make this website work. We'd like to set additional cookies to understand how you use {site}, remember your settings and improve our services.</p>
<button type="button" data-accept-cookies="true">Accept additional cookies</button> <button type="button" data-reject-cookies="true">Reject additional cookies</button> <a href="/help/cookies">View cookies</a></div>"""


def govuk_press():
    t = when(2024, 2, 13, 0, 1)
    upd = shift(t, 2, 9)
    dept = "Department for Transport"
    minister = f"Roads Minister {ename()}"
    title = f"£{R.randint(120, 190)} million to fix potholes and resurface roads in the North West"
    money, miles = R.randint(120, 190), R.randint(900, 1600)
    items = [
        ("li", f"councils in the North West to share £{money} million to fix potholes"),
        ("li", f"enough to resurface around {miles:,} miles of road"),
        f"Councils across the North West will share £{money} million of extra funding over the next 2 years to repair potholes, resurface roads and improve junctions, the government announced today (13 February 2024).",
        f"The money comes from reallocated funding and is on top of existing highways maintenance budgets. It is enough to resurface around {miles:,} miles of road across the region.",
        f"{minister} said:",
        "Potholes are the number one concern for drivers, and this funding means councils can get on with the job of fixing them rather than patching them up year after year.",
        "Local authorities will be expected to publish reports every 6 months setting out how they are spending the money, so residents can see the difference it makes on their roads.",
        H("Background"),
        f"Each council's allocation is based on the length of road it maintains. Lancashire County Council receives the largest share at £{R.randint(20, 35)}.{R.randint(1, 9)} million.",
        "The funding can also be used to resurface cycle lanes and pavements, install new street lights and repair bridges and drainage.",
    ]
    url = "https://www.gov.uk/government/news/millions-to-fix-potholes-and-resurface-roads-in-the-north-west"
    page = f"""<!DOCTYPE html>
<html lang="en" class="govuk-template govuk-template--rebranded">
<head>
<meta charset="utf-8">
<title lang="en">{esc(title)} - GOV.UK</title>
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta name="theme-color" content="#1d70b8">
<link rel="stylesheet" href="/assets/frontend/application-3c3c4a9c.css" />
<meta name="govuk:format" content="press_release">
<meta name="govuk:schema-name" content="news_article">
<meta name="govuk:first-published-at" content="{iso(t, '+00:00')}">
<meta name="govuk:updated-at" content="{iso(upd, '+00:00')}">
<meta name="govuk:public-updated-at" content="{iso(upd, '+00:00')}">
<meta name="govuk:primary-publishing-organisation" content="{dept}">
<meta property="og:site_name" content="GOV.UK">
<meta property="og:type" content="article">
<meta property="og:title" content="{attr(title)}">
<meta property="og:description" content="Extra funding for councils to repair roads across the region.">
<meta name="description" content="Extra funding for councils to repair roads across the region.">
{jsonld({"@context": "http://schema.org", "@type": "NewsArticle", "mainEntityOfPage": {"@type": "WebPage", "@id": url}, "headline": title, "datePublished": iso(t, '+00:00'), "dateModified": iso(upd, '+00:00'), "description": "Extra funding for councils to repair roads across the region.", "publisher": {"@type": "Organization", "name": "GOV.UK", "url": "https://www.gov.uk"}, "author": {"@type": "Organization", "name": dept, "url": "https://www.gov.uk/government/organisations/department-for-transport"}})}
<script src="/assets/frontend/govuk_publishing_components/load-analytics-4a8b.js" type="module"></script>
</head>
<body class="gem-c-layout-for-public govuk-template__body">
<script>document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');</script>
<div id="global-cookie-message" class="gem-c-cookie-banner govuk-clearfix" data-module="cookie-banner" role="region" aria-label="Cookies on GOV.UK" hidden>
<div class="govuk-cookie-banner js-banner-wrapper" role="region" aria-label="Cookies on GOV.UK"><div class="gem-c-cookie-banner__message govuk-cookie-banner__message govuk-width-container"><div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds"><h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies on GOV.UK</h2><div tabindex="-1" class="govuk-cookie-banner__content gem-c-cookie-banner__content"><p class="govuk-body">We use some essential cookies to make this website work.</p><p class="govuk-body">We'd like to set additional cookies to understand how you use GOV.UK, remember your settings and improve government services.</p><p class="govuk-body">We also use cookies set by other sites to help us deliver content from their services.</p></div></div></div><div class="govuk-button-group"><button class="govuk-button" type="submit" data-accept-cookies="true">Accept additional cookies</button><button class="govuk-button" type="submit" data-reject-cookies="true">Reject additional cookies</button><a class="govuk-link" href="/help/cookies">View cookies</a></div></div></div></div>
<a href="#content" class="gem-c-skip-link govuk-skip-link">Skip to main content</a>
<header role="banner" class="gem-c-layout-super-navigation-header"><div class="gem-c-layout-super-navigation-header__container govuk-width-container"><a class="govuk-header__link govuk-header__link--homepage" href="https://www.gov.uk/" aria-label="Go to the GOV.UK homepage">GOV.UK</a>
<nav aria-labelledby="super-navigation-menu-heading"><h2 id="super-navigation-menu-heading" class="govuk-visually-hidden">Navigation menu</h2><button aria-controls="super-navigation-menu" aria-expanded="false">Menu</button><button aria-controls="super-search-menu">Search GOV.UK</button>
<div id="super-navigation-menu" hidden><h3>Services and information</h3><ul><li><a href="/browse/benefits">Benefits</a></li><li><a href="/browse/business">Business and self-employed</a></li><li><a href="/browse/childcare-parenting">Childcare and parenting</a></li><li><a href="/browse/driving">Driving and transport</a></li><li><a href="/browse/education">Education and learning</a></li><li><a href="/browse/housing-local-services">Housing and local services</a></li></ul><h3>Government activity</h3><ul><li><a href="/government/organisations">Departments</a></li><li><a href="/search/news-and-communications">News</a></li><li><a href="/search/guidance-and-regulation">Guidance and regulation</a></li></ul></div></nav></div></header>
<div class="govuk-width-container">
<div class="gem-c-contextual-breadcrumbs"><nav class="gem-c-breadcrumbs govuk-breadcrumbs" aria-label="Breadcrumb"><ol class="govuk-breadcrumbs__list"><li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/">Home</a></li><li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/browse/driving">Driving and transport</a></li><li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/browse/driving/roads">Roads</a></li></ol></nav></div>
<main role="main" id="content" class="govuk-main-wrapper" lang="en">
<div class="govuk-grid-row gem-print-columns-none"><div class="govuk-grid-column-two-thirds">
<div class="gem-c-heading govuk-!-margin-bottom-8"><span class="govuk-caption-xl gem-c-heading__context">Press release</span><h1 class="gem-c-heading__text govuk-heading-xl">{esc(title)}</h1></div>
<p class="gem-c-lead-paragraph">Extra funding for councils to repair roads across the region.</p>
</div></div>
<div class="govuk-grid-row gem-print-columns-none"><div class="govuk-grid-column-two-thirds">
<div class="gem-c-metadata" data-module="gem-toggle metadata"><dl><dt class="gem-c-metadata__term">From:</dt><dd class="gem-c-metadata__definition"><a href="/government/organisations/department-for-transport" class="govuk-link">{dept}</a> and <a href="/government/people/x" class="govuk-link">{minister.replace('Roads Minister ', '')}</a></dd>
<dt class="gem-c-metadata__term">Published</dt><dd class="gem-c-metadata__definition">{en_long(t)}</dd>
<dt class="gem-c-metadata__term">Last updated</dt><dd class="gem-c-metadata__definition">{en_long(upd)} <a href="#full-publication-update-history" class="govuk-link">— See all updates</a></dd></dl></div>
<div class="gem-c-single-page-notification-button"><form action="/email/subscriptions/single-page/new" method="POST"><button class="govuk-body-s gem-c-single-page-notification-button__submit" type="submit">Get emails about this page</button></form></div>
<figure class="gem-c-figure"><img class="gem-c-figure__image" src="https://assets.publishing.service.gov.uk/media/road.jpg" alt=""><figcaption class="gem-c-figure__figcaption">Resurfacing works on the A59.</figcaption></figure>
<div class="gem-c-govspeak govuk-govspeak" data-module="govspeak"><div class="govspeak">
<ul>
{P(items[:2])}
</ul>
{P(items[2:5])}
<blockquote><p>{esc(items[5])}</p></blockquote>
{P(items[6:], h='<h2 id="background">{}</h2>')}
</div></div>
<div class="gem-c-print-link govuk-!-display-none-print"><button class="govuk-link govuk-body-s gem-c-print-link__button" data-module="print-link">Print this page</button></div>
<div class="gem-c-published-dates" id="full-publication-update-history"><p>Published {en_long(t)}<br>Last updated {en_long(upd)} <a href="#" class="govuk-link">+ show all updates</a></p><ol class="app-c-published-dates__list" hidden><li>{en_long(upd)}<br>Corrected the Lancashire allocation.</li><li>{en_long(t)}<br>First published.</li></ol></div>
</div>
<div class="govuk-grid-column-one-third"><aside class="gem-c-related-navigation" role="complementary"><h2 class="gem-c-related-navigation__main-heading">Related content</h2><nav><ul><li><a href="/x">Network North: transforming British transport</a></li><li><a href="/y">Local highways maintenance funding: {shift(t, -400).year} to {t.year + 1}</a></li><li><a href="/z">Report a pothole</a></li></ul><h3>Collection</h3><ul><li><a href="/c">Highways maintenance funding</a></li></ul></nav></aside></div>
</div>
<div class="gem-c-feedback govuk-!-display-none-print" data-module="feedback"><div class="gem-c-feedback__prompt"><h2 class="gem-c-feedback__prompt-question">Is this page useful?</h2><button>Yes</button><button>No</button><button>Report a problem with this page</button></div></div>
</main></div>
<footer class="gem-c-layout-footer govuk-footer" role="contentinfo"><div class="govuk-width-container"><div class="govuk-footer__navigation"><h2 class="govuk-footer__heading govuk-heading-m">Topics</h2><ul><li><a href="/browse/benefits">Benefits</a></li><li><a href="/browse/births-deaths-marriages">Births, death, marriages and care</a></li><li><a href="/browse/business">Business and self-employed</a></li><li><a href="/browse/citizenship">Citizenship and living in the UK</a></li></ul></div>
<div class="govuk-footer__meta"><h2 class="govuk-visually-hidden">Support links</h2><ul class="govuk-footer__inline-list"><li><a href="/help">Help</a></li><li><a href="/help/privacy-notice">Privacy</a></li><li><a href="/help/cookies">Cookies</a></li><li><a href="/help/accessibility-statement">Accessibility statement</a></li><li><a href="/contact">Contact</a></li><li><a href="/help/terms-conditions">Terms and conditions</a></li></ul>
<span class="govuk-footer__licence-description">All content is available under the <a class="govuk-footer__link" href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/" rel="license">Open Government Licence v3.0</a>, except where otherwise stated</span>
<a class="govuk-footer__link govuk-footer__copyright-logo" href="https://www.nationalarchives.gov.uk/information-management/re-using-public-sector-information/uk-government-licensing-framework/crown-copyright/">&copy; Crown copyright</a></div></div></footer>
<script src="/assets/frontend/application-b5b1.js" type="module"></script>
</body>
</html>
"""
    add("govuk-press-release", url, page, "utf-8", title, t, items, ["Cookies on GOV.UK", "Is this page useful?", "Related content", "Open Government Licence", "Resurfacing works on the A59"], lang="en")


def sg_gov_press():
    t = when(2024, 2, 13, 15, 0)
    title = "Expansion of Healthier SG Community Programmes to All Regions"
    n1, n2 = R.randint(210, 380), R.randint(40, 90)
    items = [
        f"1. The Ministry of Health (MOH) and Health Promotion Board (HPB) will expand the Healthier SG community programmes to all regions by the end of {t.year}. About {n1} new activity sites will be set up at community centres, residents' network centres and parks.",
        f"2. Since the launch of Healthier SG in July 2023, more than {R.randint(600, 900)},000 residents have enrolled with a family doctor. Residents who have completed their first health plan consultation have been referred to community activities such as brisk walking groups, strength training and healthy cooking classes.",
        f"3. To make it easier for residents to take part, the activities will be offered at more convenient times, including weekday evenings and weekend mornings. {n2} sites will also offer programmes conducted in Malay, Tamil and Chinese dialects.",
        H("Support for seniors"),
        "4. Seniors aged 60 and above who take part in the activities will receive Healthpoints that can be used to redeem grocery vouchers. Active Ageing Centres will work with Healthier SG clinics to reach out to seniors living alone.",
        "5. Residents can find activities near them through the HealthHub app or by calling the Healthier SG hotline.",
    ]
    url = "https://www.moh.gov.sg/news-highlights/details/expansion-of-healthier-sg-community-programmes-to-all-regions"
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>MOH | News Highlights</title>
<meta name="description" content="{attr(title)}">
<meta property="og:title" content="MOH | News Highlights">
<meta property="og:image" content="https://www.moh.gov.sg/images/moh-logo.png">
<link rel="stylesheet" href="/Assets/css/main.min.css?v=3.2.1">
{ga('UA-' + str(R.randint(10000000, 99999999)) + '-1')}
<script src="https://assets.wogaa.sg/scripts/wogaa.js"></script>
</head>
<body>
<div class="sgds-masthead"><div class="sgds-container is-fluid"><div class="row is-vcentered"><div class="col"><a href="https://www.gov.sg" target="_blank"><span class="sgds-icon sgds-icon-sg-crest"></span> A Singapore Government Agency Website</a> <a class="how-to-identify">How to identify</a></div></div></div></div>
<header class="header"><div class="container"><a href="/" class="logo"><img src="/images/moh-logo.svg" alt="Ministry of Health"></a>
<nav class="main-nav"><ul><li><a href="/about-us">About Us</a></li><li><a href="/policies-and-legislation">Policies</a></li><li><a href="/healthcare-schemes-subsidies">Cost &amp; Financing</a></li><li><a href="/resources-statistics">Resources &amp; Statistics</a></li><li><a href="/news-highlights">News Highlights</a></li><li><a href="/home/contact-us">Contact</a></li></ul></nav>
<form class="search" action="/search"><input type="text" name="q" placeholder="Search MOH"></form></div></header>
<section class="breadcrumb-section"><div class="container"><ul class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/news-highlights">News Highlights</a></li><li>Details</li></ul></div></section>
<section class="content-section"><div class="container"><div class="row">
<div class="col-md-9">
<div class="news-details">
<div class="news-type">Press Releases</div>
<h3 class="news-title">{esc(title)}</h3>
<div class="news-date"><span class="label">Published Date:</span> {t.day} {EN_MONTHS[t.month - 1][:3]} {t.year}</div>
<div class="share-this"><span>Share this article:</span> <a href="https://www.facebook.com/sharer/sharer.php?u={attr(url)}" class="fb">Facebook</a> <a href="https://twitter.com/intent/tweet?url={attr(url)}" class="tw">Twitter</a> <a href="mailto:?subject={attr(title)}" class="email">Email</a></div>
<div class="sfContentBlock">
{P(items, h='<p><strong><u>{}</u></strong></p>')}
<p>MINISTRY OF HEALTH<br>{t.day} {EN_MONTHS[t.month - 1].upper()} {t.year}</p>
</div>
<div class="attachments"><h4>Annex</h4><ul><li><a href="/docs/librariesprovider5/pressroom/annex-a-healthier-sg-sites.pdf">Annex A - List of activity sites (PDF, 412KB)</a></li></ul></div>
</div>
</div>
<div class="col-md-3"><div class="sidebar"><h4>Latest News</h4><ul>
<li><a href="#">Update on COVID-19 situation and measures</a><span class="date">{shift(t, 3).day} {EN_MONTHS[shift(t, 3).month - 1][:3]} {t.year}</span></li>
<li><a href="#">Launch of national mental health and well-being strategy</a><span class="date">{shift(t, -6).day} {EN_MONTHS[shift(t, -6).month - 1][:3]} {t.year}</span></li>
<li><a href="#">Parliamentary QA: waiting times at polyclinics</a><span class="date">{shift(t, -9).day} {EN_MONTHS[shift(t, -9).month - 1][:3]} {t.year}</span></li>
</ul></div></div>
</div></div></section>
<section class="feedback-section"><div class="container"><p>Was this page helpful? <a href="#">Yes</a> <a href="#">No</a></p></div></section>
<footer class="footer"><div class="container"><ul class="footer-links"><li><a href="/home/contact-us">Contact Us</a></li><li><a href="https://www.reach.gov.sg/" target="_blank">REACH</a></li><li><a href="/feedback">Feedback</a></li></ul>
<ul class="footer-bottom"><li><a href="https://tech.gov.sg/report_vulnerability" target="_blank">Report Vulnerability</a></li><li><a href="/privacy-statement">Privacy Statement</a></li><li><a href="/terms-of-use">Terms of Use</a></li><li><a href="/sitemap">Sitemap</a></li></ul>
<p class="copyright">&copy; {NOW.year} Government of Singapore<br>Last Updated {NOW.day} {EN_MONTHS[NOW.month - 1][:3]} {NOW.year}</p></div></footer>
</body>
</html>
"""
    add("sg-moh-press-release", url, page, "utf-8", title, t, items, ["A Singapore Government Agency Website", "Share this article", "Latest News", "Government of Singapore", "Annex A - List of activity sites", "MINISTRY OF HEALTH"], lang="en")


def us_city_wordpress():
    t = when(2024, 2, 13, 16)
    city = R.choice(["Maple Grove", "Fairview", "Cedar Falls", "Lakewood", "Brookhaven"])
    mgr = ename()
    title = f"City Council Approves {t.year} Street Maintenance Program"
    items = [
        f"The {city} City Council on Monday night unanimously approved the {t.year} Street Maintenance Program, which will repave or seal roughly {R.randint(11, 26)} miles of residential streets this summer.",
        f"The ${R.randint(3, 9)}.{R.randint(1, 9)} million program is funded through the city's half-cent sales tax for streets, which voters renewed in 2021. Work is expected to begin in late April and be completed by the end of September, weather permitting.",
        f"\"Every year we score each street on its condition, and this program targets the ones where a relatively small investment now saves us from a full reconstruction later,\" said Public Works Director {mgr}.",
        "Residents on affected streets will receive a door hanger at least 48 hours before crews arrive. Parking will be restricted during work hours, and access to driveways may be limited for up to four hours while new surfaces cure.",
        "A map of the streets included in this year's program is available on the Public Works page. Questions can be directed to the Public Works office during business hours.",
    ]
    url = f"https://www.{city.lower().replace(' ', '')}mn.gov/news/city-council-approves-{t.year}-street-maintenance-program/"
    page = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=0" />
<title>{esc(title)} | City of {city}</title>
<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
<link rel="canonical" href="{url}" />
<meta property="og:locale" content="en_US" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{attr(title)} | City of {city}" />
<meta property="article:published_time" content="{iso(t, '-06:00')}" />
<meta property="article:modified_time" content="{iso(shift(t, 1, 2), '-06:00')}" />
<meta name="author" content="Communications Office" />
<script type="application/ld+json" class="yoast-schema-graph">{jdump({"@context": "https://schema.org", "@graph": [{"@type": "Article", "@id": url + "#article", "headline": title, "datePublished": iso(t, '-06:00'), "dateModified": iso(shift(t, 1, 2), '-06:00'), "wordCount": 212, "articleSection": ["City News", "Public Works"]}, {"@type": "WebSite", "@id": "https://example/#website", "name": f"City of {city}"}]})}</script>
<link rel='stylesheet' id='divi-style-css' href='https://example/wp-content/themes/Divi/style.css?ver=4.23.4' type='text/css' media='all' />
<script type="text/javascript" src="https://example/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script>var et_site_url='https://example';var et_post_id='{R.randint(1000, 9999)}';function et_core_page_resource_fallback(a,b){{"undefined"===typeof b&&(b=a.sheet.cssRules&&0===a.sheet.cssRules.length);b&&(a.onerror=null,a.onload=null,a.href?a.href=et_site_url+"/?et_core_page_resource="+a.id+et_post_id:a.src&&(a.src=et_site_url+"/?et_core_page_resource="+a.id+et_post_id))}}</script>
</head>
<body class="post-template-default single single-post postid-4412 single-format-standard et_pb_button_helper_class et_fullwidth_nav et_right_sidebar">
<div id="page-container">
<div id="top-header"><div class="container clearfix"><div id="et-info"><span id="et-info-phone">(763) 555-0100</span> <a href="mailto:info@example"><span id="et-info-email">info@example</span></a></div><div id="et-secondary-menu"><ul class="et-social-icons"><li class="et-social-facebook"><a href="#" class="icon"><span>Facebook</span></a></li><li class="et-social-twitter"><a href="#" class="icon"><span>X</span></a></li></ul></div></div></div>
<header id="main-header" data-height-onload="66"><div class="container clearfix et_menu_container"><div class="logo_container"><a href="/"><img src="/wp-content/uploads/logo.png" alt="City of {city}" id="logo" /></a></div>
<div id="et-top-navigation"><nav id="top-menu-nav"><ul id="top-menu" class="nav"><li><a href="/residents/">Residents</a></li><li><a href="/business/">Business</a></li><li><a href="/government/">Government</a></li><li><a href="/departments/">Departments</a></li><li><a href="/parks-recreation/">Parks &amp; Recreation</a></li><li class="current-menu-item"><a href="/news/">News</a></li><li><a href="/pay-online/">Pay Online</a></li></ul></nav></div></div></header>
<div id="et-main-area"><div id="main-content"><div class="container"><div id="content-area" class="clearfix"><div id="left-area">
<article id="post-4412" class="et_pb_post post-4412 post type-post status-publish format-standard has-post-thumbnail hentry category-city-news category-public-works">
<div class="et_post_meta_wrapper"><h1 class="entry-title">{esc(title)}</h1>
<p class="post-meta"> by <span class="author vcard"><a href="/author/communications/" title="Posts by Communications Office" rel="author">Communications Office</a></span> | <span class="published">{en_short(t)}</span> | <a href="/category/city-news/" rel="category tag">City News</a>, <a href="/category/public-works/" rel="category tag">Public Works</a></p>
<img src="/wp-content/uploads/{t.year}/02/paving.jpg" alt="" class="" width="1080" height="675" /></div>
<div class="entry-content">
{P(items)}
<p><a href="/departments/public-works/street-maintenance/" class="et_pb_button">View the {t.year} street map</a></p>
</div>
<div class="et_post_meta_wrapper"></div>
</article>
</div>
<div id="sidebar"><div id="search-2" class="et_pb_widget widget_search"><form role="search" method="get" id="searchform" class="searchform" action="/"><input type="text" value="" name="s" id="s" /><input type="submit" id="searchsubmit" value="Search" /></form></div>
<div id="recent-posts-2" class="et_pb_widget widget_recent_entries"><h4 class="widgettitle">Recent News</h4><ul>
<li><a href="#">Winter parking restrictions lifted</a><span class="post-date">{en_us(shift(t, 5))}</span></li>
<li><a href="#">Applications open for youth summer jobs</a><span class="post-date">{en_us(shift(t, 2))}</span></li>
<li><a href="#">Water main flushing begins in the north district</a><span class="post-date">{en_us(shift(t, -3))}</span></li>
<li><a href="#">Mayor delivers State of the City address</a><span class="post-date">{en_us(shift(t, -11))}</span></li></ul></div>
<div id="categories-2" class="et_pb_widget widget_categories"><h4 class="widgettitle">Categories</h4><ul><li><a href="#">City News</a></li><li><a href="#">Parks</a></li><li><a href="#">Public Safety</a></li><li><a href="#">Public Works</a></li></ul></div></div>
</div></div></div>
<footer id="main-footer"><div class="container"><div id="footer-widgets" class="clearfix"><div class="footer-widget"><h4 class="title">City Hall</h4><div class="textwidget"><p>12800 Arbor Lakes Parkway<br />{city}, MN 55369<br />Monday - Friday, 8 a.m. - 4:30 p.m.</p></div></div><div class="footer-widget"><h4 class="title">Stay Connected</h4><p>Sign up for the weekly City Newsletter.</p></div></div></div>
<div id="footer-bottom"><div class="container clearfix"><div id="footer-info">Copyright &copy; {NOW.year} City of {city}. All Rights Reserved. | <a href="/accessibility/">Accessibility</a> | <a href="/privacy/">Privacy Policy</a></div></div></div></footer>
</div></div>
<script type="text/javascript" src="/wp-content/themes/Divi/js/scripts.min.js?ver=4.23.4" id="divi-custom-script-js"></script>
</body>
</html>
"""
    add("us-city-wordpress-divi", url, page, "utf-8", title, t, items, ["Communications Office", "Recent News", "Stay Connected", "All Rights Reserved", "Winter parking restrictions lifted", "View the"], lang="en")


def simple_en_page(lang, title_tag, head, top, main, aside, foot, body_cls="", charset="utf-8"):
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="{charset}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title_tag)}</title>
{head}
</head>
<body class="{body_cls}">
{top}
<div class="page-wrap">
<main id="main" class="site-main">
{main}
</main>
{aside}
</div>
{foot}
</body>
</html>
"""


def nav(links, cls="main-nav"):
    return f'<nav class="{cls}"><ul>' + "".join(f'<li><a href="/{i}/">{esc(x)}</a></li>' for i, x in enumerate(links)) + "</ul></nav>"


def au_media_release():
    t = when(2024, 2, 13, 11)
    ministers = [f"The Hon. {ename()} MP", f"The Hon. {ename()} MLC"]
    title = "New rural fire stations to strengthen bushfire response in the Central West"
    items = [
        f"Communities across the Central West will be better protected during bushfire season with {R.randint(5, 9)} new and upgraded Rural Fire Service stations to be built over the next two years.",
        f"The NSW Government is investing ${R.randint(12, 19)}.{R.randint(1, 9)} million in the stations at Molong, Canowindra, Eugowra, Manildra and Cumnock, replacing buildings that are more than 40 years old and too small for modern fire trucks.",
        "The new stations will include appliance bays for up to three tankers, training rooms, amenities for volunteers and storage for personal protective equipment.",
        "Construction at Molong and Canowindra is expected to begin in May, with the remaining stations to follow once design work is complete.",
        f"Minister for Emergency Services {ministers[0].replace('The Hon. ', '').replace(' MP', '')} said the upgrades recognised the commitment of the region's volunteers.",
        "\"Our volunteers give up their weekends, their nights and sometimes their livelihoods to protect their neighbours, and they deserve facilities that match that commitment,\" the Minister said.",
    ]
    url = "https://www.nsw.gov.au/media-releases/new-rural-fire-stations-central-west"
    head = f"""<meta name="description" content="{attr(items[0][:150])}">
<meta property="og:title" content="{attr(title)}">
<meta property="og:type" content="article">
<meta name="dcterms.date" content="{ymd(t)}">
<meta name="dcterms.modified" content="{ymd(shift(t, 6))}">
<link rel="stylesheet" href="/themes/custom/nsw/dist/css/nsw.css?s8b1fx">
{ga('GTM-' + 'NSWGOV')}
<script type="application/json" data-drupal-selector="drupal-settings-json">{jdump({"path": {"baseUrl": "/", "currentPath": "node/" + str(R.randint(40000, 90000))}, "ajaxPageState": {"theme": "nsw"}})}</script>"""
    top = f"""<div class="nsw-masthead"><div class="nsw-container"><p>A NSW Government website</p></div></div>
<header class="nsw-header"><div class="nsw-header__container"><a href="/" class="nsw-header__logo"><span class="sr-only">NSW Government</span></a><form class="nsw-header__search-area" role="search"><input class="nsw-header__input" type="search" placeholder="Search NSW Government"></form></div></header>
{nav(["Living in NSW", "Business and economy", "Education and training", "Emergency", "Health", "Housing and construction", "Departments and agencies"], "nsw-main-nav")}
<nav class="nsw-breadcrumbs" aria-label="Breadcrumbs"><ol><li><a href="/">Home</a></li><li><a href="/media-releases">Media releases</a></li><li>New rural fire stations</li></ol></nav>"""
    main = f"""<div class="nsw-layout__main"><article class="node node--type-media-release">
<div class="nsw-tag">Media release</div>
<h1>{esc(title)}</h1>
<div class="nsw-media-release__meta"><p>Released <time datetime="{iso(t, '+11:00')}">{en_long(t)}</time></p>
<ul class="nsw-media-release__ministers">{''.join(f'<li>{esc(m)}</li>' for m in ministers)}</ul>
<p class="nsw-media-release__type">Joint media release</p></div>
<div class="nsw-wysiwyg-content">
{P(items)}
</div>
<div class="nsw-media-release__contact"><h2>Media contact</h2><p>{ename()} | 0400 555 {R.randint(100, 999)}</p></div>
<div class="nsw-social-share"><span>Share this page:</span> <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">X</a> <a href="#">Email</a></div>
</article></div>"""
    aside = f"""<aside class="nsw-layout__sidebar"><h2>Related media releases</h2><ul>
<li><a href="#">Hazard reduction burns completed ahead of schedule</a> <span>{en_long(shift(t, -14))}</span></li>
<li><a href="#">Record number of new RFS volunteers</a> <span>{en_long(shift(t, -30))}</span></li></ul>
<div class="nsw-feedback"><p>Was this page helpful?</p><button>Yes</button><button>No</button></div></aside>"""
    foot = f"""<footer class="nsw-footer"><div class="nsw-footer__upper"><div class="nsw-footer__group"><p class="nsw-footer__heading">Popular</p><ul><li><a href="#">Find a job</a></li><li><a href="#">Transport</a></li></ul></div></div>
<div class="nsw-footer__lower"><p>We pay respect to the Traditional Custodians and First Peoples of NSW, and acknowledge their continued connection to their country and culture.</p><ul><li><a href="#">Accessibility</a></li><li><a href="#">Copyright</a></li><li><a href="#">Disclaimer</a></li><li><a href="#">Privacy</a></li></ul><p>Copyright &copy; {NOW.year}</p></div></footer>"""
    page = simple_en_page("en", f"{title} | NSW Government", head, top, main, aside, foot, "path-node page-node-type-media-release")
    add("au-nsw-media-release", url, page, "utf-8", title, t, items, ["Media contact", "Joint media release", "Related media releases", "Traditional Custodians", "Share this page"], lang="en")


def cn_city_english(city, host, upd_fmt, src, enc="utf-8"):
    t = when(2024, 2, 13)
    title = f"{city} to open {R.randint(12, 30)} new parks and greenways this year"
    off = f"{R.choice(['Zhang', 'Liu', 'Chen', 'Wang', 'Huang'])} {R.choice(['Wei', 'Min', 'Jun', 'Hong', 'Lei'])}"
    items = [
        f"{city} will build or upgrade {R.randint(12, 30)} parks and {R.randint(40, 120)} kilometers of greenways this year, the city's urban management bureau announced on Tuesday.",
        f"The new parks include {R.randint(3, 8)} community pocket parks in older residential areas, where residents have long complained about a lack of green space within walking distance.",
        f"\"Our goal is for every resident to be able to reach a park within a 10-minute walk,\" said {off}, deputy director of the bureau. By the end of last year, the city had {R.randint(900, 1300)} parks in total.",
        "The greenway network will connect the city's riverside parks with mountain trails on the outskirts, and more public toilets, benches and drinking fountains will be added along the routes.",
        "The bureau also plans to open more parks to camping and allow tents in designated lawn areas on weekends, following a popular trial last summer.",
    ]
    url = f"https://{host}/news/{t.year}{t.month:02d}/t{t.year}{t.month:02d}{t.day:02d}_{R.randint(10000000, 11999999)}.html"
    rel = [(f"{city} launches spring tree-planting campaign", shift(t, -5)), ("Metro Line 16 extension to open by year-end", shift(t, -12)), ("Foreign residents can now book hospital visits in English", shift(t, 2))]
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={enc}" />
<title>{esc(title)}</title>
<meta name="SiteName" content="{city} Government Online">
<meta name="SiteDomain" content="{host}">
<meta name="SiteIDCode" content="{bsid()}">
<meta name="ColumnName" content="News">
<meta name="ArticleTitle" content="{attr(title)}">
<meta name="PubDate" content="{t.strftime('%Y-%m-%d %H:%M')}">
<meta name="ContentSource" content="{src}">
<link href="/images/en_style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery-1.12.4.min.js"></script>
<script type="text/javascript" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script>
{baidu_tongji()}
</head>
<body>
<div class="top"><div class="w1200"><a href="/" class="logo"><img src="/images/en_logo.png" alt="{city}"></a><div class="toplink"><a href="http://{host.replace('english.', 'www.').replace('eng.', 'www.')}">中文</a> | <a href="/sitemap.html">Sitemap</a> | <a href="/contact.html">Contact Us</a></div></div></div>
<div class="nav"><ul><li><a href="/">Home</a></li><li><a href="/government/">Government</a></li><li><a href="/news/" class="on">News</a></li><li><a href="/business/">Business</a></li><li><a href="/living/">Living</a></li><li><a href="/travel/">Travel</a></li><li><a href="/services/">Services</a></li></ul></div>
<div class="w1200 position">You are here: <a href="/">Home</a> &gt; <a href="/news/">News</a> &gt; <a href="/news/citynews/">City News</a></div>
<div class="w1200 main clearfix">
<div class="left">
<div class="article">
<h1 class="title">{esc(title)}</h1>
<div class="info">{upd_fmt(t)} &nbsp; Source: {src} &nbsp; <span class="fontsize">Font size: <a href="javascript:doZoom(18)">L</a> <a href="javascript:doZoom(16)">M</a> <a href="javascript:doZoom(14)">S</a></span></div>
<div class="content" id="zoom"><div class="TRS_Editor">
<p style="text-align:center"><img src="./W0{R.randint(10000000, 99999999)}.jpg" oldsrc="W0{R.randint(10000000, 99999999)}.jpg" /></p>
<p style="text-align:center">A newly opened pocket park in an old residential community. [Photo/{src}]</p>
{P(items)}
</div></div>
<div class="editor">Editor: {R.choice(['Li Jing', 'Zhou Yan', 'Sun Hao'])}</div>
<div class="share">Share: <a href="#" class="weibo">Weibo</a> <a href="#" class="wechat">WeChat</a> <a href="#" class="fb">Facebook</a> <a href="#" class="tw">Twitter</a></div>
<div class="print"><a href="javascript:window.print()">[Print]</a> <a href="javascript:window.close()">[Close]</a></div>
</div>
<div class="related"><h3>Related News</h3><ul>{''.join(f'<li><a href="#">{esc(h)}</a><span>{ymd(d)}</span></li>' for h, d in rel)}</ul></div>
</div>
<div class="right"><div class="box"><h3>Latest</h3><ul>{''.join(f'<li><a href="#">{esc(h)}</a><span>{ymd(shift(t, i + 1))}</span></li>' for i, h in enumerate(['International expo draws 800 exhibitors', 'Spring Festival travel rush ends', 'New visa-free transit rules explained']))}</ul></div>
<div class="box"><h3>Quick Links</h3><ul><li><a href="#">Visa Information</a></li><li><a href="#">Hotlines</a></li><li><a href="#">Expat Services</a></li></ul></div></div>
</div>
<div class="footer"><p><a href="/about.html">About Us</a> | <a href="/contact.html">Contact Us</a> | <a href="/sitemap.html">Sitemap</a></p>
<p>Copyright &copy; {city} Municipal People's Government. All Rights Reserved.</p>
<p>Sponsored by the General Office of {city} Municipal People's Government &nbsp; <a href="https://beian.miit.gov.cn/">{icp('粤')}</a> &nbsp; Website Identification Code: {bsid()}</p>
<p><script type="text/javascript">document.write(unescape("%3Cspan id='_ideConac' %3E%3C/span%3E%3Cscript src='https://dcs.conac.cn/js/33/000/0000/60457524/CA330000000604575240002.js' type='text/javascript'%3E%3C/script%3E"));</script></p></div>
</body>
</html>
"""
    add(f"cn-english-edition-{city.lower()}", url, page, enc, title, t, items, ["Related News", "All Rights Reserved", "Editor:", "You are here", "[Photo/"], lang="en")


def canada_drupal():
    t = when(2024, 2, 13, 10)
    title = "City launches online booking for recreation programs and facility rentals"
    items = [
        f"ASHFORD, ON – Residents can now register for recreation programs and book city facilities online through a new booking system launched today, replacing the phone and in-person registration that has been in place for more than {R.randint(12, 20)} years.",
        "The system lets residents create a household account, register several family members for programs at once and pay by credit or debit card. Sports fields, picnic shelters and community hall rooms can also be booked and paid for online.",
        f"\"We heard clearly from residents that lining up at 7 a.m. on registration day was not working for families,\" said Mayor {ename()}. \"This is a practical improvement that will save people time.\"",
        "Residents who do not have internet access can still register in person at any community centre, where staff will use the same system on their behalf.",
        "Spring program registration opens on March 4 at 9 a.m.",
    ]
    url = "https://www.example-city.ca/en/news/city-launches-online-booking-recreation-programs"
    head = f"""<meta name="dcterms.title" content="{attr(title)}">
<meta name="dcterms.issued" title="W3CDTF" content="{ymd(t)}">
<meta name="dcterms.modified" title="W3CDTF" content="{ymd(shift(t, 20))}">
<meta name="dcterms.language" title="ISO639-2/T" content="eng">
<link rel="alternate" hreflang="fr" href="https://www.example-city.ca/fr/nouvelles/reservation-en-ligne">
<script type="application/json" data-drupal-selector="drupal-settings-json">{jdump({"path": {"baseUrl": "/", "currentLanguage": "en"}, "gtag": {"tagId": "G-" + str(R.randint(100000, 999999))}})}</script>"""
    top = f"""<div class="region region-header"><a href="/en" class="site-logo">City of Ashford</a><a href="/fr/nouvelles" lang="fr">Français</a>
{nav(["Residents", "Business", "City Hall", "Recreation", "Services", "News"])}</div>
<ol class="breadcrumb"><li><a href="/en">Home</a></li><li><a href="/en/news">News</a></li></ol>"""
    main = f"""<div class="region region-content"><article role="article" class="node node--type-news-release node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title">{esc(title)}</span></h1>
<div class="news-release-meta"><div class="field field--name-field-release-type">News release</div><div class="field field--name-field-date"><time datetime="{iso(t, '-05:00')}">{en_us(t)}</time></div></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
{P(items)}
<p>-30-</p>
<h2>Media contact</h2>
<p>{ename()}<br>Communications Officer<br>905-555-{R.randint(1000, 9999)}</p>
</div>
<div class="field field--name-field-tags"><div class="field__label">Topics</div><div class="field__items"><a href="#">Recreation</a> <a href="#">Online services</a></div></div>
</article>
<div class="block block-webform"><h2>Did you find what you were looking for?</h2><form><label><input type="radio" name="f" value="yes"> Yes</label><label><input type="radio" name="f" value="no"> No</label></form></div>
<div class="date-modified">Date modified: {ymd(shift(t, 20))}</div></div>"""
    foot = f"""<footer class="site-footer"><div class="region region-footer"><p>City Hall, 100 Main Street West, Ashford ON</p><p>Phone: 905-555-0100 | <a href="#">Accessibility</a> | <a href="#">Privacy</a> | <a href="#">Terms of use</a></p><p>&copy; {NOW.year} City of Ashford</p></div></footer>"""
    page = simple_en_page("en", f"{title} | City of Ashford", head, top, main, "", foot, "path-node page-node-type-news-release")
    add("ca-city-drupal-news-release", url, page, "utf-8", title, t, items, ["Media contact", "-30-", "Did you find what you were looking for?", "Date modified", "Communications Officer"], lang="en")


# ====================================================================== European regional and municipal pages
def es_ayuntamiento_joomla():
    t = when(2024, 2, 13, 12)
    title = "El Ayuntamiento renovará el alumbrado público de cinco barrios con tecnología LED"
    items = [
        f"El Ayuntamiento ha adjudicado la renovación del alumbrado público de los barrios de San Isidro, La Estación, El Carmen, Los Pinos y Santa Ana, que supondrá la sustitución de {R.randint(1200, 2600)} luminarias por otras de tecnología LED.",
        f"La actuación, con un presupuesto de {R.randint(700, 990)}.{R.randint(100, 999)} euros, está financiada en un 80% con fondos europeos del Plan de Recuperación, Transformación y Resiliencia, y permitirá reducir el consumo eléctrico del alumbrado en esos barrios en torno a un 65%.",
        f"El concejal de Obras y Servicios, {R.choice(['Javier', 'Miguel', 'Lucía', 'Carmen'])} {R.choice(['Martínez', 'Sánchez', 'Gómez', 'Ruiz'])}, ha explicado que las nuevas luminarias incorporan un sistema de telegestión que permitirá regular la intensidad de la luz según la hora y detectar averías a distancia.",
        "Los trabajos comenzarán en el mes de marzo y tendrán una duración aproximada de seis meses. Durante las obras se mantendrá el servicio de alumbrado y se informará a los vecinos de los cortes puntuales de tráfico que puedan producirse.",
    ]
    url = "https://www.ayto-villanueva.es/index.php/noticias/1284-renovacion-alumbrado-led"
    page = f"""<!DOCTYPE html>
<html lang="es-es" dir="ltr">
<head>
<meta charset="utf-8" />
<base href="{url}" />
<meta name="keywords" content="ayuntamiento, villanueva, noticias" />
<meta name="author" content="Prensa" />
<meta name="description" content="Web oficial del Ayuntamiento de Villanueva" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{esc(title)}</title>
<link href="/templates/protostar/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
<link href="/templates/protostar/css/template.css?4b1a" rel="stylesheet" />
<script src="/media/jui/js/jquery.min.js?4b1a"></script>
<script src="/media/system/js/caption.js?4b1a"></script>
<script>jQuery(window).on('load',  function() {{ new JCaption('img.caption'); }});</script>
</head>
<body class="site com_content view-article no-layout no-task itemid-112">
<div id="cookieMessageContainer" style="position:fixed;bottom:0;width:100%"><p>Utilizamos cookies propias y de terceros para mejorar nuestros servicios. Si continúa navegando, consideramos que acepta su uso. <a href="/politica-de-cookies">Más información</a> <a id="cookieMessageAccept" href="#">Aceptar</a></p></div>
<div class="body" id="top"><div class="container">
<header class="header" role="banner"><div class="header-inner clearfix"><a class="brand pull-left" href="/"><img src="/images/escudo.png" alt="Ayuntamiento de Villanueva" /></a><div class="header-search pull-right"><form action="/index.php" method="post"><input name="searchword" maxlength="200" class="inputbox search-query" type="search" placeholder="Buscar..." /></form></div></div></header>
<nav class="navigation" role="navigation"><ul class="nav menu nav-pills mod-list"><li class="item-101"><a href="/">Inicio</a></li><li class="item-102"><a href="/ayuntamiento">Ayuntamiento</a></li><li class="item-103"><a href="/sede-electronica">Sede electrónica</a></li><li class="item-112 current active"><a href="/noticias">Noticias</a></li><li class="item-104"><a href="/agenda">Agenda</a></li><li class="item-105"><a href="/contacto">Contacto</a></li></ul></nav>
<div class="moduletable"><ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li>Está aquí: &#160;</li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/" class="pathway"><span itemprop="name">Inicio</span></a><span class="divider"> / </span></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/noticias" class="pathway"><span itemprop="name">Noticias</span></a></li></ul></div>
<div class="row-fluid"><main id="content" role="main" class="span9">
<div id="system-message-container"></div>
<div class="item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="es-ES" />
<div class="page-header"><h2 itemprop="headline">{esc(title)}</h2></div>
<div class="icons"><div class="btn-group pull-right"><a class="btn dropdown-toggle" data-toggle="dropdown" href="#"><span class="icon-cog"></span><span class="caret"></span></a><ul class="dropdown-menu"><li class="print-icon"><a href="#" rel="nofollow">Imprimir</a></li><li class="email-icon"><a href="#">Correo electrónico</a></li></ul></div></div>
<dl class="article-info muted"><dt class="article-info-term">Detalles</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Escrito por <span itemprop="name">Prensa</span></dd>
<dd class="category-name">Categoría: <a href="/noticias" itemprop="genre">Noticias</a></dd>
<dd class="published"><span class="icon-calendar" aria-hidden="true"></span><time datetime="{iso(t, '+01:00')}" itemprop="datePublished">Publicado: {t.day:02d} Febrero {t.year}</time></dd>
<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:{R.randint(200, 900)}" />Visitas: {R.randint(200, 900)}</dd></dl>
<div itemprop="articleBody">
<p><img src="/images/noticias/{t.year}/alumbrado.jpg" alt="alumbrado" width="600" height="400" /></p>
{P(items)}
</div>
<ul class="pager pagenav"><li class="previous"><a class="hasTooltip" title="El pleno aprueba el presupuesto municipal para {t.year}" href="#" rel="prev"><span class="icon-chevron-left"></span> Anterior</a></li><li class="next"><a class="hasTooltip" title="Abierto el plazo de inscripción en las escuelas deportivas" href="#" rel="next">Siguiente <span class="icon-chevron-right"></span></a></li></ul>
</div>
</main>
<div id="aside" class="span3"><div class="well "><h3 class="page-header">Últimas noticias</h3><ul class="latestnews mod-list">
<li itemscope itemtype="https://schema.org/Article"><a href="#" itemprop="url"><span itemprop="name">Abierto el plazo de inscripción en las escuelas deportivas</span></a> <small>{shift(t, 2).strftime('%d/%m/%Y')}</small></li>
<li itemscope itemtype="https://schema.org/Article"><a href="#" itemprop="url"><span itemprop="name">El pleno aprueba el presupuesto municipal para {t.year}</span></a> <small>{shift(t, -4).strftime('%d/%m/%Y')}</small></li>
<li itemscope itemtype="https://schema.org/Article"><a href="#" itemprop="url"><span itemprop="name">Programa de Carnaval</span></a> <small>{shift(t, -8).strftime('%d/%m/%Y')}</small></li></ul></div></div>
</div></div></div>
<footer class="footer" role="contentinfo"><div class="container"><hr /><p>Ayuntamiento de Villanueva · Plaza Mayor, 1 · 28000 Villanueva · Tel. 91 555 00 00</p><p><a href="/aviso-legal">Aviso legal</a> | <a href="/accesibilidad">Accesibilidad</a> | <a href="/politica-de-cookies">Política de cookies</a></p><p class="pull-right"><a href="#top" id="back-top">Volver arriba</a></p><p>&copy; {NOW.year} Ayuntamiento de Villanueva</p></div></footer>
</body>
</html>
"""
    add("es-ayuntamiento-joomla", url, page, "utf-8", title, t, items, ["Utilizamos cookies", "Últimas noticias", "Escrito por", "Visitas:", "Aviso legal", "Anterior"], lang="es")


def it_comune_designers():
    t = when(2024, 2, 13, 9)
    upd = shift(t, 7)
    title = "Al via i lavori di riqualificazione della scuola primaria Giovanni Pascoli"
    items = [
        f"Sono iniziati lunedì i lavori di riqualificazione energetica e adeguamento sismico della scuola primaria Giovanni Pascoli di via Roma. L'intervento, del valore di {R.randint(1, 3)},{R.randint(1, 9)} milioni di euro, è finanziato con i fondi del PNRR.",
        "Il progetto prevede il rifacimento della copertura, la sostituzione degli infissi, l'installazione di un impianto fotovoltaico e di una nuova centrale termica, oltre al consolidamento strutturale dell'edificio costruito negli anni Sessanta.",
        f"Durante i lavori, che dureranno circa {R.randint(12, 18)} mesi, le {R.randint(9, 14)} classi della scuola saranno ospitate nei locali dell'ex istituto tecnico di via Garibaldi, dove è stato organizzato anche il servizio mensa. Il Comune ha predisposto un servizio di trasporto gratuito per le famiglie che ne faranno richiesta.",
        f"«È un investimento importante per la sicurezza dei nostri bambini e per il risparmio energetico», ha dichiarato l'assessora ai Lavori pubblici {R.choice(['Giulia', 'Francesca', 'Marta'])} {R.choice(['Bianchi', 'Colombo', 'Ferrari', 'Esposito'])}.",
    ]
    url = "https://www.comune.sanvito.it/novita/notizie/al-via-i-lavori-scuola-pascoli"
    page = f"""<!doctype html>
<html lang="it">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>{esc(title)} | Comune di San Vito</title>
<meta name="description" content="Iniziati i lavori alla scuola primaria Pascoli.">
<meta property="og:title" content="{attr(title)}">
<meta property="og:type" content="article">
<link rel="stylesheet" href="/themes/bootstrap_italia/css/bootstrap-italia.min.css">
<script>window.__PUBLIC_PATH__ = '/themes/bootstrap_italia/fonts'</script>
{jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": ymd(t), "dateModified": ymd(upd), "publisher": {"@type": "GovernmentOrganization", "name": "Comune di San Vito"}})}
<script src="https://cdn.matomo.cloud/comunesanvito.matomo.cloud/matomo.js" async></script>
</head>
<body>
<div class="cookiebar" role="dialog" aria-live="polite"><p>Questo sito utilizza cookie tecnici, analytics e di terze parti. Proseguendo nella navigazione accetti l'utilizzo dei cookie.</p><div class="cookiebar-buttons"><a href="#" class="cookiebar-btn">Preferenze</a><button data-accept="cookiebar" class="cookiebar-btn cookiebar-confirm">Accetto</button></div></div>
<header class="it-header-wrapper"><div class="it-header-slim-wrapper"><div class="container"><a class="d-lg-block navbar-brand" href="https://www.regione.example.it">Regione</a><div class="it-header-slim-right-zone"><a class="btn btn-primary btn-icon btn-full" href="/area-personale">Accedi all'area personale</a></div></div></div>
<div class="it-header-center-wrapper"><div class="container"><div class="it-brand-wrapper"><a href="/"><div class="it-brand-text"><div class="it-brand-title">Comune di San Vito</div></div></a></div></div></div>
<div class="it-header-navbar-wrapper"><div class="container">{nav(["Amministrazione", "Novità", "Servizi", "Vivere il Comune"], "navbar-nav")}</div></div></header>
<main>
<div class="container" id="main-container"><nav class="breadcrumb-container" aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Home</a><span class="separator">/</span></li><li class="breadcrumb-item"><a href="/novita">Novità</a><span class="separator">/</span></li><li class="breadcrumb-item active">Al via i lavori</li></ol></nav>
<div class="row"><div class="col-lg-8 px-lg-4 py-lg-2">
<h1 data-audio>{esc(title)}</h1>
<h2 class="visually-hidden">Dettagli della notizia</h2>
<p data-audio>Iniziati i lavori alla scuola primaria Pascoli.</p>
<div class="row mt-5 mb-4"><div class="col-6"><small>Data:</small><p class="fw-semibold font-monospace">{t.day} febbraio {t.year}</p></div><div class="col-6"><small>Tempo di lettura:</small><p class="fw-semibold">2 min</p></div></div>
</div>
<div class="col-lg-3 offset-lg-1"><div class="dropdown"><button class="btn btn-dropdown dropdown-toggle">Condividi</button><div class="dropdown-menu"><ul class="link-list"><li><a class="list-item" href="#">Facebook</a></li><li><a class="list-item" href="#">Twitter</a></li><li><a class="list-item" href="#">Linkedin</a></li><li><a class="list-item" href="#">Whatsapp</a></li></ul></div></div>
<div class="mt-4 mb-4"><span class="subtitle-small">Argomenti</span><ul class="d-flex flex-wrap gap-1"><li><a class="chip chip-simple" href="#"><span class="chip-label">Istruzione</span></a></li><li><a class="chip chip-simple" href="#"><span class="chip-label">Lavori pubblici</span></a></li></ul></div></div>
</div></div>
<div class="container"><div class="row border-top border-light row-column-border row-column-menu-left">
<aside class="col-lg-4"><div class="cmp-navscroll sticky-top" aria-labelledby="accordion-title-one"><nav class="navbar it-navscroll-wrapper"><div class="link-list-heading">Indice della pagina</div><ul class="link-list"><li><a class="nav-link" href="#descrizione"><span>Descrizione</span></a></li><li><a class="nav-link" href="#a-cura-di"><span>A cura di</span></a></li><li><a class="nav-link" href="#ulteriori-informazioni"><span>Ulteriori informazioni</span></a></li></ul></nav></div></aside>
<section class="col-lg-8 it-page-sections-container border-light">
<article class="it-page-section anchor-offset" data-audio><h4 id="descrizione">Descrizione</h4><div class="richtext-wrapper lora">
{P(items)}
</div></article>
<article class="it-page-section anchor-offset mt-5"><h4 id="a-cura-di">A cura di</h4><div class="row"><div class="col-12"><div class="card card-teaser"><div class="card-body"><h5 class="card-title"><a href="#">Ufficio Lavori Pubblici</a></h5></div></div></div></div></article>
<article class="it-page-section anchor-offset mt-5"><h4 id="ulteriori-informazioni">Ulteriori informazioni</h4><p>Ultimo aggiornamento: {upd.strftime('%d/%m/%Y, %H:%M')}</p></article>
</section></div></div>
<div class="bg-primary"><div class="container"><div class="row d-flex justify-content-center bg-primary"><div class="col-12 col-lg-6"><div class="cmp-rating pt-lg-80 pb-lg-80"><div class="card shadow card-wrapper"><div class="cmp-rating__card-first"><h2 class="title-medium-2-semi-bold mb-0">Quanto sono chiare le informazioni su questa pagina?</h2><fieldset class="rating"><legend class="visually-hidden">Valuta da 1 a 5 stelle</legend></fieldset></div></div></div></div></div></div></div>
</main>
<footer class="it-footer"><div class="it-footer-main"><div class="container"><div class="row"><div class="col-md-4"><h4>Comune di San Vito</h4><p>Piazza del Municipio, 1 - 00000 San Vito<br>Codice fiscale / P. IVA: 0{R.randint(1000000000, 9999999999)}<br>PEC: protocollo@pec.comune.sanvito.it</p></div><div class="col-md-4"><h4>Contatti</h4><ul><li><a href="#">Leggi le FAQ</a></li><li><a href="#">Prenotazione appuntamento</a></li><li><a href="#">Segnalazione disservizio</a></li></ul></div></div></div></div>
<div class="it-footer-small-prints clearfix"><div class="container"><ul class="it-footer-small-prints-list list-inline mb-0 d-flex flex-column flex-md-row"><li class="list-inline-item"><a href="#">Media policy</a></li><li class="list-inline-item"><a href="#">Note legali</a></li><li class="list-inline-item"><a href="#">Privacy policy</a></li><li class="list-inline-item"><a href="#">Dichiarazione di accessibilità</a></li></ul></div></div></footer>
<script src="/themes/bootstrap_italia/js/bootstrap-italia.bundle.min.js"></script>
</body>
</html>
"""
    add("it-comune-bootstrap-italia", url, page, "utf-8", title, t, items, ["Questo sito utilizza cookie", "Ultimo aggiornamento", "Quanto sono chiare", "Indice della pagina", "Ufficio Lavori Pubblici", "Note legali"], lang="it")


def nl_gemeente():
    t = when(2024, 2, 13, 14)
    title = "Gemeente plant dit voorjaar 800 nieuwe bomen in de wijken"
    items = [
        f"De gemeente plant dit voorjaar ruim {R.randint(700, 900)} nieuwe bomen in de wijken Noord, Oosterpark en De Hoven. Het gaat om bomen die de afgelopen jaren zijn gekapt vanwege ziekte of storm, en om nieuwe bomen op plekken waar inwoners daar zelf om hebben gevraagd.",
        "Er is gekozen voor soorten die goed tegen droogte en hitte kunnen, zoals de valse Christusdoorn, de zilverlinde en de moerascipres. Ook komen er meer inheemse soorten die belangrijk zijn voor bijen en vlinders.",
        f"Wethouder {R.choice(['Sanne', 'Bram', 'Femke', 'Joris'])} {R.choice(['de Vries', 'Jansen', 'van Dijk', 'Bakker'])}: ‘Bomen zorgen voor schaduw, vangen regenwater op en maken de straat gewoon prettiger. Daarom willen we dat er in elke straat genoeg groen staat.’",
        "De werkzaamheden duren tot eind april. Bewoners in de straten waar bomen worden geplant, krijgen vooraf een brief met de precieze datum.",
        H("Zelf een boom aanvragen"),
        "Wilt u een boom in uw straat? Dien dan een verzoek in via het formulier op de website. Verzoeken die voor 1 oktober binnen zijn, worden meegenomen in de plantronde van dit najaar.",
    ]
    url = "https://www.gemeente-example.nl/nieuws/gemeente-plant-800-nieuwe-bomen"
    page = f"""<!DOCTYPE html>
<html lang="nl" dir="ltr">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{esc(title)} | Gemeente Oosterveld</title>
<meta property="og:title" content="{attr(title)}" />
<meta property="article:published_time" content="{iso(t, '+01:00')}" />
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Z3x.css" />
<script src="https://siteimproveanalytics.com/js/siteanalyze_{R.randint(6000000, 6999999)}.js" async></script>
</head>
<body class="path-node page-node-type-nieuwsbericht">
<div id="cookiebar" class="cookiebar" role="dialog"><div class="cookiebar__inner"><h2>Cookies op gemeente-example.nl</h2><p>Wij gebruiken cookies om de website goed te laten werken en om het gebruik te meten. Met uw toestemming plaatsen we ook cookies voor video's van YouTube.</p><button class="btn btn--primary">Alle cookies accepteren</button><button class="btn btn--secondary">Alleen noodzakelijke cookies</button></div></div>
<a href="#main-content" class="visually-hidden focusable skip-link">Overslaan en naar de inhoud gaan</a>
<header class="header"><div class="container"><a href="/" class="logo"><img src="/themes/custom/gemeente/logo.svg" alt="Logo Gemeente Oosterveld"></a><div class="header__search"><form><label for="q" class="visually-hidden">Zoeken</label><input id="q" type="search" placeholder="Waar bent u naar op zoek?"></form></div><a href="/mijn-loket" class="header__login">Mijn Loket</a></div>
{nav(["Afval", "Paspoort en ID-kaart", "Verhuizen", "Parkeren", "Werk en inkomen", "Wonen", "Nieuws"], "menu--main")}</header>
<div class="breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/nieuws">Nieuws</a></li><li>Gemeente plant dit voorjaar 800 nieuwe bomen in de wijken</li></ol></div>
<main id="main-content" role="main"><div class="container"><div class="row"><div class="col-md-8">
<article class="node node--type-nieuwsbericht">
<h1 class="page-title">{esc(title)}</h1>
<div class="node__meta">Nieuwsbericht | {t.strftime('%d-%m-%Y')}</div>
<div class="field field--name-body">
<p class="intro"><strong>Bomen voor koelte en groen in de straat.</strong></p>
{P(items, h='<h2>{}</h2>')}
</div>
<div class="share"><h2 class="share__title">Deel dit bericht</h2><ul><li><a href="#">Facebook</a></li><li><a href="#">X</a></li><li><a href="#">LinkedIn</a></li><li><a href="#">WhatsApp</a></li></ul></div>
</article></div>
<aside class="col-md-4"><div class="block block--meer-nieuws"><h2>Meer nieuws</h2><ul>
<li><a href="#"><span class="date">{shift(t, -2).strftime('%d-%m-%Y')}</span> Nieuwe openingstijden gemeentehuis</a></li>
<li><a href="#"><span class="date">{shift(t, -6).strftime('%d-%m-%Y')}</span> Subsidie voor groene daken verlengd</a></li>
<li><a href="#"><span class="date">{shift(t, -9).strftime('%d-%m-%Y')}</span> Gladheidsbestrijding: zo strooien we</a></li></ul><a href="/nieuws">Bekijk al het nieuws</a></div></aside>
</div></div></main>
<div class="feedback"><div class="container"><p>Heeft u gevonden wat u zocht?</p><button>Ja</button><button>Nee</button></div></div>
<footer class="footer"><div class="container"><div class="footer__col"><h2>Contact</h2><p>Telefoon 14 0555<br>Maandag tot en met vrijdag van 08.30 tot 17.00 uur</p><p>Bezoekadres: Raadhuisplein 1</p></div><div class="footer__col"><h2>Volg ons</h2><ul><li><a href="#">Facebook</a></li><li><a href="#">Instagram</a></li><li><a href="#">LinkedIn</a></li></ul></div>
<ul class="footer__bottom"><li><a href="#">Privacy</a></li><li><a href="#">Cookies</a></li><li><a href="#">Toegankelijkheid</a></li><li><a href="#">Proclaimer</a></li></ul></div></footer>
</body>
</html>
"""
    add("nl-gemeente-nieuws", url, page, "utf-8", title, t, items, ["Cookies op gemeente", "Deel dit bericht", "Meer nieuws", "Heeft u gevonden wat u zocht", "Bomen voor koelte en groen in de straat"], lang="nl")


def de_gemeinde_lying_header():
    t = when(2024, 2, 13, 10)
    title = "Sanierung der Ortsdurchfahrt: Vollsperrung ab 4. März"
    bm = f"{R.choice(['Thomas', 'Andrea', 'Markus', 'Sabine'])} {R.choice(['Müller', 'Schäfer', 'Weiß', 'Köhler'])}"
    items = [
        f"Die Gemeinde saniert ab Montag, 4. März, die Ortsdurchfahrt im Bereich der Hauptstraße zwischen Kirchplatz und Einmündung Mühlweg. Für die Arbeiten muss die Straße in diesem Abschnitt voraussichtlich bis Ende Juni voll gesperrt werden.",
        "Neben der Fahrbahndecke werden auch die Gehwege erneuert und barrierefrei ausgebaut. Die Gemeindewerke nutzen die Baustelle, um Wasserleitungen und Hausanschlüsse auszutauschen, die teilweise über 60 Jahre alt sind.",
        "Die Umleitung für den Durchgangsverkehr erfolgt großräumig über die Kreisstraße. Anlieger können ihre Grundstücke während der Bauzeit weitgehend erreichen; bei kurzfristigen Einschränkungen werden sie vorab von der Baufirma informiert.",
        f"„Uns ist bewusst, dass die Sperrung für Anwohner und Geschäfte eine Belastung ist. Wir haben den Bauablauf deshalb so geplant, dass die Arbeiten möglichst zügig abgeschlossen werden“, sagt Bürgermeister {bm}.",
        "Die Bushaltestelle „Rathaus“ wird während der Bauzeit in die Schulstraße verlegt. Eine Informationsveranstaltung für Anwohner findet am Donnerstag, 22. Februar, um 19 Uhr im Bürgerhaus statt.",
    ]
    url = "https://www.gemeinde-lindenau.de/aktuelles/mitteilungen/sanierung-ortsdurchfahrt"
    page = f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Sanierung der Ortsdurchfahrt: Vollsperrung ab 4. März - Gemeinde Lindenau</title>
<meta name="description" content="Mitteilung der Gemeindeverwaltung">
<meta name="date" content="{ymd(t)}">
<meta name="generator" content="komm.ONE CMS 7.4">
<link rel="stylesheet" type="text/css" href="/site/Lindenau/resourceCached/7.4.2/css/styles.css">
<script src="/site/Lindenau/resourceCached/7.4.2/js/jquery.min.js"></script>
<script>var _paq = window._paq = window._paq || []; _paq.push(['trackPageView']); _paq.push(['enableLinkTracking']);</script>
</head>
<body class="page-mitteilung">
<div id="cookieHint" class="cookieHint"><p>Diese Website verwendet nur technisch notwendige Cookies. <a href="/datenschutz">Datenschutzerklärung</a> <button>Verstanden</button></p></div>
<div id="header"><div class="logo"><a href="/"><img src="/site/Lindenau/images/wappen.png" alt="Gemeinde Lindenau"> Gemeinde Lindenau</a></div>
<ul class="servicenavi"><li><a href="/leichte-sprache">Leichte Sprache</a></li><li><a href="/gebaerdensprache">Gebärdensprache</a></li><li><a href="/kontakt">Kontakt</a></li></ul></div>
<div id="navi">{nav(["Rathaus & Bürgerservice", "Leben in Lindenau", "Bauen & Wirtschaft", "Freizeit & Tourismus", "Aktuelles"])}</div>
<div id="breadcrumb">Sie sind hier: <a href="/">Startseite</a> &gt; <a href="/aktuelles">Aktuelles</a> &gt; <a href="/aktuelles/mitteilungen">Mitteilungen</a></div>
<div id="content"><div class="col-main">
<div class="mitteilung">
<p class="datum">Mitteilung vom {t.strftime('%d.%m.%Y')}</p>
<h1>{esc(title)}</h1>
<div class="bild"><img src="/site/Lindenau/get/params_E-1/hauptstrasse.jpg" alt="Hauptstraße"><p class="bildunterschrift">Die Hauptstraße am Kirchplatz. Foto: Gemeinde Lindenau</p></div>
<div class="text">
{P(items)}
</div>
<div class="kontaktbox"><h2>Ansprechpartner</h2><p>Bauamt, Zimmer 12<br>Telefon 07123 555-{R.randint(100, 999)}<br>bauamt@lindenau.de</p></div>
<p class="zurueck"><a href="javascript:history.back()">zurück</a> | <a href="javascript:window.print()">Seite drucken</a></p>
</div></div>
<div class="col-right"><div class="box"><h2>Weitere Mitteilungen</h2><ul>
<li><span class="datum">{shift(t, -1).strftime('%d.%m.%Y')}</span> <a href="#">Wertstoffhof: geänderte Öffnungszeiten an Fasnacht</a></li>
<li><span class="datum">{shift(t, -5).strftime('%d.%m.%Y')}</span> <a href="#">Aus dem Gemeinderat vom 6. Februar</a></li>
<li><span class="datum">{shift(t, -12).strftime('%d.%m.%Y')}</span> <a href="#">Hundesteuer: Bescheide werden verschickt</a></li></ul></div>
<div class="box"><h2>Öffnungszeiten Rathaus</h2><p>Mo–Fr 8:00–12:00 Uhr<br>Do 14:00–18:00 Uhr</p></div></div></div>
<div id="footer"><p>Gemeinde Lindenau · Rathausplatz 1 · 72000 Lindenau · Tel. 07123 555-0</p><p><a href="/impressum">Impressum</a> | <a href="/datenschutz">Datenschutz</a> | <a href="/barrierefreiheit">Barrierefreiheit</a></p></div>
</body>
</html>
"""
    add("de-gemeinde-mitteilung-lying-latin1-header", url, page, "utf-8", title, t, items, ["Mitteilung vom", "Weitere Mitteilungen", "Ansprechpartner", "Öffnungszeiten Rathaus", "Impressum", "Foto: Gemeinde Lindenau"],
        headers={"Content-Type": "text/html; charset=ISO-8859-1"}, lang="de")


def fr_mairie_wordpress():
    t = when(2024, 2, 13, 11)
    title = "Travaux de rénovation de la médiathèque : fermeture temporaire du 4 au 29 mars"
    items = [
        "La médiathèque municipale fermera ses portes du lundi 4 au vendredi 29 mars inclus pour des travaux de rénovation de l’espace jeunesse et de mise en accessibilité de l’accueil.",
        "Pendant la fermeture, les documents empruntés pourront être rendus dans la boîte de retour située à l’entrée du bâtiment. La durée des prêts en cours sera automatiquement prolongée jusqu’au 13 avril.",
        f"Un point de prêt provisoire sera installé à la salle des fêtes les mercredis et samedis matin, de 9 h à 12 h. Les lecteurs pourront y retirer les réservations effectuées sur le portail de la médiathèque.",
        f"Les travaux, d’un montant de {R.randint(90, 180)} 000 euros, sont financés avec le soutien de la Direction régionale des affaires culturelles et du Département.",
    ]
    url = "https://www.mairie-saint-aubin.fr/actualites/travaux-de-renovation-de-la-mediatheque/"
    page = f"""<!DOCTYPE html>
<html lang="fr-FR">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} &#8211; Mairie de Saint-Aubin</title>
<meta name="robots" content="max-image-preview:large">
<link rel="alternate" type="application/rss+xml" title="Mairie de Saint-Aubin &raquo; Flux" href="/feed/">
<meta property="og:locale" content="fr_FR">
<meta property="og:title" content="{attr(title)}">
<meta property="article:published_time" content="{iso(t, '+00:00')}">
<meta property="article:modified_time" content="{iso(shift(t, 3), '+00:00')}">
<script type="application/ld+json" class="yoast-schema-graph">{jdump({"@context": "https://schema.org", "@graph": [{"@type": "WebPage", "@id": url, "name": title, "datePublished": iso(t, '+00:00'), "dateModified": iso(shift(t, 3), '+00:00'), "inLanguage": "fr-FR"}]})}</script>
<script src="https://client.axept.io/sdk.js" async></script>
<script>window.axeptioSettings = {{ clientId: "{''.join(R.choice('0123456789abcdef') for _ in range(24))}", cookiesVersion: "saint-aubin-fr" }};</script>
<link rel="stylesheet" id="astra-theme-css-css" href="/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4" media="all">
</head>
<body class="post-template-default single single-post postid-2211 single-format-standard ast-desktop ast-separate-container ast-right-sidebar astra-4.6.4">
<a class="skip-link screen-reader-text" href="#content">Aller au contenu</a>
<div class="hfeed site" id="page">
<header class="site-header header-main-layout-1 ast-primary-menu-enabled" id="masthead"><div class="main-header-bar-wrap"><div class="ast-container"><div class="site-branding"><span class="site-title"><a href="/" rel="home">Mairie de Saint-Aubin</a></span><p class="site-description">Site officiel de la commune</p></div>
<nav class="main-header-bar-navigation"><ul id="primary-menu" class="main-header-menu"><li><a href="/ma-mairie/">Ma mairie</a></li><li><a href="/demarches/">Démarches</a></li><li><a href="/enfance-jeunesse/">Enfance &amp; jeunesse</a></li><li><a href="/culture-loisirs/">Culture &amp; loisirs</a></li><li class="current-menu-parent"><a href="/actualites/">Actualités</a></li><li><a href="/contact/">Contact</a></li></ul></nav></div></div></header>
<div id="content" class="site-content"><div class="ast-container">
<div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-2211 post type-post status-publish format-standard has-post-thumbnail hentry category-actualites category-culture ast-article-single" id="post-2211">
<div class="ast-post-format- ast-no-thumb single-layout-1">
<header class="entry-header"><div class="post-thumb-img-content post-thumb"><img width="1024" height="576" src="/wp-content/uploads/{t.year}/02/mediatheque-1024x576.jpg" class="attachment-large size-large wp-post-image" alt="" decoding="async"></div>
<h1 class="entry-title" itemprop="headline">{esc(title)}</h1>
<div class="entry-meta"><span class="cat-links"><a href="/category/actualites/" rel="category tag">Actualités</a>, <a href="/category/culture/" rel="category tag">Culture</a></span> / Par <span class="posted-by vcard author"><a class="url fn n" href="/author/communication/" rel="author"><span class="author-name">Service communication</span></a></span> / <span class="posted-on"><span class="published" itemprop="datePublished">{t.day} février {t.year}</span><span class="updated" itemprop="dateModified">{shift(t, 3).day} février {t.year}</span></span></div></header>
<div class="entry-content clear" itemprop="text">
{P(items)}
<div class="wp-block-file"><a href="/wp-content/uploads/{t.year}/02/plan-travaux-mediatheque.pdf">Plan des travaux</a><a href="/wp-content/uploads/{t.year}/02/plan-travaux-mediatheque.pdf" class="wp-block-file__button" download>Télécharger</a></div>
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Partager :</h3><div class="sd-content"><ul><li class="share-facebook"><a rel="nofollow noopener noreferrer" class="share-facebook sd-button share-icon" href="#" target="_blank"><span>Facebook</span></a></li><li class="share-twitter"><a class="share-twitter sd-button share-icon" href="#"><span>X</span></a></li><li class="share-email"><a class="share-email sd-button share-icon" href="#"><span>E-mail</span></a></li></ul></div></div></div>
</div></div></article>
<nav class="navigation post-navigation" aria-label="Publications"><div class="nav-links"><div class="nav-previous"><a href="#" rel="prev"><span class="ast-left-arrow">&larr;</span> Article précédent</a></div><div class="nav-next"><a href="#" rel="next">Article suivant <span class="ast-right-arrow">&rarr;</span></a></div></div></nav>
</main></div>
<div class="widget-area secondary" id="secondary"><div class="sidebar-main"><aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Actualités récentes</h2><nav><ul>
<li><a href="#">Inscriptions scolaires pour la rentrée {t.year}</a><span class="post-date">{shift(t, 1).day} février {t.year}</span></li>
<li><a href="#">Compte rendu du conseil municipal</a><span class="post-date">{shift(t, -7).day} février {t.year}</span></li>
<li><a href="#">Collecte des encombrants</a><span class="post-date">{shift(t, -12).day} février {t.year}</span></li></ul></nav></aside>
<aside class="widget"><h2 class="widget-title">Horaires de la mairie</h2><p>Du lundi au vendredi : 8 h 30 – 12 h / 13 h 30 – 17 h<br>Samedi : 9 h – 12 h</p></aside></div></div>
</div></div>
<footer class="site-footer" id="colophon"><div class="ast-small-footer"><div class="ast-container"><p>Mairie de Saint-Aubin – 1 place de la République – 00000 Saint-Aubin – 02 00 00 00 00</p><p>Copyright &copy; {NOW.year} Mairie de Saint-Aubin | <a href="/mentions-legales/">Mentions légales</a> | <a href="/accessibilite/">Accessibilité : non conforme</a> | <a href="/plan-du-site/">Plan du site</a></p></div></div></footer>
</div>
<script src="/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4" id="astra-theme-js-js"></script>
</body>
</html>
"""
    add("fr-mairie-wordpress-astra", url, page, "utf-8", title, t, items, ["Partager", "Actualités récentes", "Horaires de la mairie", "Mentions légales", "Article précédent", "Service communication"], lang="fr")


def pl_gmina_wordpress():
    t = when(2024, 2, 13, 12)
    title = "Rusza nabór wniosków o dofinansowanie wymiany pieców"
    items = [
        f"Wójt Gminy informuje, że od 1 marca mieszkańcy mogą składać wnioski o dofinansowanie wymiany starych pieców węglowych na ekologiczne źródła ciepła. W tym roku na program przeznaczono {R.randint(200, 450)} tys. zł z budżetu gminy.",
        f"Dotacja wynosi do {R.randint(5, 9)} tys. zł na jeden budynek mieszkalny i może zostać przeznaczona na zakup i montaż pompy ciepła, kotła gazowego, kotła na pellet spełniającego wymagania klasy 5 lub podłączenie do sieci ciepłowniczej.",
        "Wnioski można składać osobiście w sekretariacie Urzędu Gminy lub za pośrednictwem platformy ePUAP. Wymagane jest dołączenie kopii dokumentu potwierdzającego tytuł prawny do nieruchomości.",
        "Dofinansowanie można łączyć ze wsparciem z programu „Czyste Powietrze”. Szczegółowych informacji udziela Referat Ochrony Środowiska, pokój nr 8.",
    ]
    url = "https://www.gmina-zielonka.pl/2024/02/13/rusza-nabor-wnioskow-wymiana-piecow/"
    page = f"""<!DOCTYPE html>
<html lang="pl-PL">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} &#8211; Gmina Zielonka</title>
<meta property="og:locale" content="pl_PL" />
<meta property="og:title" content="{attr(title)} - Gmina Zielonka" />
<meta property="article:published_time" content="{iso(t, '+00:00')}" />
<link rel='stylesheet' id='generate-style-css' href='/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.4.0' media='all' />
<script src="/wp-content/plugins/wp-accessibility/js/wp-accessibility.min.js"></script>
<style id="wpacc-css">.wcag-contrast{{filter:contrast(1.4)}}</style>
</head>
<body class="post-template-default single single-post postid-3981 single-format-standard right-sidebar">
<div class="cookie-notice-container" id="cn-notice-text"><span id="cn-notice-text" class="cn-text-container">Ta strona korzysta z ciasteczek aby świadczyć usługi na najwyższym poziomie. Dalsze korzystanie ze strony oznacza, że zgadzasz się na ich użycie.</span><a href="#" id="cn-accept-cookie" class="cn-set-cookie cn-button">Zgoda</a></div>
<div class="top-bar"><div class="inside-top-bar"><a href="https://bip.gmina-zielonka.pl">BIP</a> | <a href="#">Deklaracja dostępności</a> | <a href="#" class="wcag">Wersja kontrastowa</a> | <a href="#">A+</a></div></div>
<header class="site-header" id="masthead"><div class="inside-header grid-container"><div class="site-branding"><p class="main-title"><a href="/" rel="home">Gmina Zielonka</a></p><p class="site-description">Oficjalny serwis gminy</p></div></div></header>
<nav class="main-navigation" id="site-navigation"><div class="inside-navigation grid-container"><ul id="menu-glowne" class="menu sf-menu"><li><a href="/">Strona główna</a></li><li><a href="/gmina/">Gmina</a></li><li><a href="/urzad/">Urząd</a></li><li class="current-menu-item"><a href="/aktualnosci/">Aktualności</a></li><li><a href="/ogloszenia/">Ogłoszenia</a></li><li><a href="/kontakt/">Kontakt</a></li></ul></div></nav>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content">
<div class="content-area" id="primary"><main class="site-main" id="main">
<article id="post-3981" class="post-3981 post type-post status-publish format-standard hentry category-aktualnosci">
<div class="inside-article">
<header class="entry-header"><h1 class="entry-title" itemprop="headline">{esc(title)}</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="{iso(t, '+01:00')}" itemprop="datePublished">{t.day} lutego {t.year}</time></span> <span class="byline">przez <span class="author vcard"><a class="url fn n" href="/author/admin/">Redakcja</a></span></span></div></header>
<div class="entry-content" itemprop="text">
{P(items)}
<p><a href="/wp-content/uploads/{t.year}/02/wniosek-dotacja-piece.docx">Wniosek o udzielenie dotacji (DOCX)</a></p>
<p>Wyświetleń: {R.randint(150, 900)}</p>
</div>
<footer class="entry-meta"><span class="cat-links"><span class="screen-reader-text">Kategorie </span><a href="/category/aktualnosci/" rel="category tag">Aktualności</a></span>
<nav id="nav-below" class="post-navigation"><div class="nav-previous"><span class="prev"><a href="#" rel="prev">Zebranie wiejskie w sołectwie Brzozów</a></span></div><div class="nav-next"><span class="next"><a href="#" rel="next">Harmonogram odbioru odpadów na marzec</a></span></div></nav></footer>
</div></article>
</main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar"><aside id="recent-posts-3" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Ostatnie wpisy</h2><ul>
<li><a href="#">Harmonogram odbioru odpadów na marzec</a><span class="post-date">{shift(t, 1).day} lutego {t.year}</span></li>
<li><a href="#">Zebranie wiejskie w sołectwie Brzozów</a><span class="post-date">{shift(t, -3).day} lutego {t.year}</span></li>
<li><a href="#">Ferie zimowe w bibliotece</a><span class="post-date">{shift(t, -10).day} lutego {t.year}</span></li></ul></aside>
<aside class="widget"><h2 class="widget-title">Godziny pracy urzędu</h2><p>pon. 8:00–16:00, wt.–pt. 7:30–15:30</p></aside></div></div>
</div></div>
<div class="site-footer"><footer class="site-info"><div class="inside-site-info grid-container"><div class="copyright-bar">Urząd Gminy Zielonka, ul. Główna 1, 00-000 Zielonka, tel. 22 555 00 00 &copy; {NOW.year} Gmina Zielonka</div></div></footer></div>
</body>
</html>
"""
    add("pl-gmina-wordpress-generatepress", url, page, "utf-8", title, t, items, ["Ta strona korzysta z ciasteczek", "Ostatnie wpisy", "Godziny pracy urzędu", "Wyświetleń", "Harmonogram odbioru odpadów", "Wersja kontrastowa"], lang="pl")


def br_prefeitura():
    t = when(2024, 2, 13, 10, 30)
    title = "Prefeitura inicia vacinação contra a dengue para crianças de 10 a 14 anos"
    items = [
        f"A Prefeitura começa nesta quarta-feira (14) a vacinação contra a dengue para crianças e adolescentes de 10 a 14 anos. Ao todo, o município recebeu {R.randint(8, 19)} mil doses do Ministério da Saúde nesta primeira remessa.",
        f"A vacina estará disponível em {R.randint(20, 40)} unidades básicas de saúde, de segunda a sexta-feira, das 8h às 17h. É necessário apresentar documento de identificação, cartão de vacinação e o cartão do SUS ou CPF.",
        "O esquema vacinal é composto por duas doses, com intervalo de três meses entre elas. Quem tomar a primeira dose agora deve retornar à unidade em maio para completar a imunização.",
        f"Segundo a secretária municipal de Saúde, {R.choice(['Ana Paula', 'Mariana', 'Patrícia'])} {R.choice(['Souza', 'Oliveira', 'Pereira', 'Almeida'])}, a faixa etária foi definida pelo Ministério da Saúde por concentrar o maior número de internações por dengue depois dos idosos.",
        "A Prefeitura reforça que a vacina não substitui os cuidados para evitar a proliferação do mosquito Aedes aegypti, como eliminar água parada em vasos, pneus e caixas d’água.",
    ]
    url = "https://www.prefeitura-sao-jose.example.gov.br/noticias/prefeitura-inicia-vacinacao-contra-a-dengue"
    upd = shift(t, 1, -1)
    page = f"""<!DOCTYPE html>
<html lang="pt-br">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} — Prefeitura de São José</title>
<meta name="description" content="Vacina estará disponível em unidades básicas de saúde">
<meta property="og:title" content="{attr(title)}">
<meta property="og:site_name" content="Prefeitura de São José">
<meta name="DC.date.created" content="{iso(t, '-03:00')}">
<meta name="DC.date.modified" content="{iso(upd, '-03:00')}">
<link rel="stylesheet" href="/++plone++static/plone-compiled.css">
<script src="//barra.sistema.gov.br/v1/barra.js" defer></script>
{ga('G-' + str(R.randint(1000000, 9999999)))}
</head>
<body class="template-newsitem_view portaltype-collective-nitf-content site-portal section-noticias">
<div id="barra-brasil" style="background:#7F7F7F; height: 20px; padding:0 0 0 10px;display:block;"><ul id="menu-barra-temp" style="list-style:none;"><li style="display:inline; float:left;padding-right:10px; margin-right:10px; border-right:1px solid #EDEDED"><a href="http://brasil.gov.br" style="font-family:sans,sans-serif; text-decoration:none; color:white;">Portal do Governo Brasileiro</a></li></ul></div>
<div id="wrapper"><header id="header" role="banner"><div class="container"><div id="logo"><a href="/" title="Prefeitura de São José"><span class="portal-title-1">Prefeitura de</span><h1 class="portal-title corto">São José</h1></a></div>
<div id="portal-searchbox"><form action="/@@busca"><input name="SearchableText" type="text" placeholder="Buscar no portal"></form></div></div>
{nav(["Serviços", "Secretarias", "Transparência", "Notícias", "Ouvidoria"], "sections")}</header>
<main id="main" role="main"><div class="container"><div id="portal-breadcrumbs"><span id="breadcrumbs-you-are-here">Você está aqui:</span> <a href="/">Página Inicial</a> &gt; <a href="/noticias">Notícias</a> &gt; <span id="breadcrumbs-current">{esc(title)}</span></div>
<div id="content"><div id="viewlet-above-content-title"></div>
<span class="documentCategory">Saúde</span>
<h1 class="documentFirstHeading">{esc(title)}</h1>
<div class="documentDescription">Vacina estará disponível em unidades básicas de saúde</div>
<div id="viewlet-below-content-title"><div class="documentByLine" id="plone-document-byline"><span class="documentAuthor">por <a href="#">Secom</a></span> <span class="documentPublished"><span>publicado</span> {t.strftime('%d/%m/%Y')} {t.hour:02d}h{t.minute:02d}</span>, <span class="documentModified"><span>última modificação</span> {upd.strftime('%d/%m/%Y')} {upd.hour:02d}h{upd.minute:02d}</span></div>
<div class="social-links"><a href="#" class="facebook">Facebook</a> <a href="#" class="twitter">Twitter</a> <a href="#" class="whatsapp">WhatsApp</a> <a href="#" class="link">Link para Compartilhamento</a></div></div>
<div id="content-core"><div class="newsImageContainer"><img src="/noticias/vacina.jpg/@@images/image/mini" alt="Vacinação"><p class="discreet">Foto: Secom/Prefeitura</p></div>
<div id="parent-fieldname-text">
{P(items)}
</div></div>
<div id="category" class="documentByLine"><span>assunto(s):</span> <span><a href="#" class="link-category" rel="tag">Saúde</a>, <a href="#" class="link-category" rel="tag">Vacinação</a></span></div>
<div class="related-news"><h2>Notícias relacionadas</h2><ul><li><a href="#">Mutirão de limpeza recolhe 40 toneladas de entulho</a> <span>{shift(t, -4).strftime('%d/%m/%Y')}</span></li><li><a href="#">Casos de dengue caem 20% em janeiro</a> <span>{shift(t, -9).strftime('%d/%m/%Y')}</span></li></ul></div>
</div></div></main>
<footer id="footer"><div class="container"><div class="footer-logos"><p>Prefeitura Municipal de São José · Rua Coronel Américo, 200 · CEP 00000-000</p><p>Horário de atendimento: segunda a sexta, das 8h às 17h</p></div><div class="footer-copyright">Todo o conteúdo deste site está publicado sob a licença Creative Commons Atribuição-SemDerivações 3.0 Não Adaptada.</div></div></footer></div>
</body>
</html>
"""
    add("br-prefeitura-plone", url, page, "utf-8", title, t, items, ["Portal do Governo Brasileiro", "Notícias relacionadas", "última modificação", "Foto: Secom", "Horário de atendimento", "Vacina estará disponível em unidades"], lang="pt")


def es_news_regional():
    t = when(2024, 2, 13, 10, 30)
    upd = shift(t, 0, 2)
    author = f"{R.choice(['Jon', 'Ainhoa', 'Iñigo', 'Leire'])} {R.choice(['Etxeberria', 'Urrutia', 'Garmendia', 'Arrieta'])}"
    title = "El puerto cerró el año con un récord de tráfico de contenedores"
    items = [
        f"El puerto movió el pasado año {R.randint(31, 38)},{R.randint(1, 9)} millones de toneladas de mercancías, un {R.randint(3, 9)},{R.randint(1, 9)}% más que en el ejercicio anterior, impulsado sobre todo por el tráfico de contenedores, que marcó un récord histórico.",
        f"Según los datos presentados este martes por la Autoridad Portuaria, las terminales gestionaron {R.randint(640, 760)}.{R.randint(100, 999)} TEU, la unidad de medida equivalente a un contenedor de veinte pies. El crecimiento se concentró en las líneas con el norte de Europa y el Mediterráneo oriental.",
        "El presidente de la Autoridad Portuaria destacó que el resultado llega en un año marcado por las tensiones en el mar Rojo, que obligaron a varias navieras a desviar sus rutas por el cabo de Buena Esperanza.",
        "En cambio, el tráfico de graneles sólidos cayó por segundo año consecutivo, afectado por el descenso de las importaciones de carbón, mientras que los graneles líquidos se mantuvieron estables.",
        "Para este año, el puerto prevé invertir 92 millones de euros en la ampliación del muelle de contenedores y en la electrificación de los atraques de cruceros.",
    ]
    url = "https://www.elnorte-diario.example/economia/puerto-cerro-record-trafico-contenedores-20240213103000-nt.html"
    comments = "".join(f'<li class="comment"><span class="comment-author">{esc(u)}</span> <span class="comment-date">{shift(t, 0, i + 1).strftime("%d/%m/%Y %H:%M")}</span><p>{esc(c)}</p></li>' for i, (u, c) in enumerate([("Mikel_B", "Buenas noticias para el empleo en la comarca, a ver si se nota en los salarios."), ("anonimo1972", "Y los accesos por carretera siguen igual de colapsados que hace diez años.")]))
    page = f"""<!DOCTYPE html>
<html lang="es">
<head>
<meta charset="utf-8">
<title>{esc(title)} | El Norte Diario</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{attr(title)}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{iso(t, '+01:00')}">
<meta property="article:modified_time" content="{iso(upd, '+01:00')}">
<meta property="article:section" content="Economía">
<meta name="author" content="{author}">
{jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": iso(t, '+01:00'), "dateModified": iso(upd, '+01:00'), "author": [{"@type": "Person", "name": author}], "isAccessibleForFree": "False", "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": "False", "cssSelector": ".voc-paywall"}})}
<script>window.vocento = {{ "section": "economia", "type": "noticia", "premium": true }};</script>
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
<link rel="stylesheet" href="/assets/css/v3/article.css">
</head>
<body class="v-article">
<div id="didomi-host"><div class="didomi-popup-notice"><p>Nosotros y nuestros socios utilizamos cookies y otras tecnologías para personalizar contenido y anuncios.</p><button>Aceptar y cerrar</button><button>Configurar</button></div></div>
<header class="v-header"><div class="v-header__top"><span class="v-header__date">{NOW.strftime('%d/%m/%Y')}</span><a href="/" class="v-logo">El Norte Diario</a><a href="/suscripcion" class="v-btn-subscribe">Suscríbete</a><a href="/login">Iniciar sesión</a></div>
{nav(["Portada", "Local", "Economía", "Deportes", "Opinión", "Cultura", "Sociedad"], "v-nav")}</header>
<div class="v-adv v-adv--top" id="ad-top"><script>googletag.cmd.push(function() {{ googletag.display('ad-top'); }});</script></div>
<main class="v-main"><article class="v-article__content">
<div class="v-breadcrumb"><a href="/economia/">Economía</a></div>
<header class="v-a-header"><h1 class="v-a-t">{esc(title)}</h1>
<h2 class="v-a-sub-t">Las terminales superaron por primera vez los 700.000 contenedores mientras caen los graneles sólidos</h2>
<div class="v-mdl-ath"><p class="v-mdl-ath__p"><a href="/autor/">{esc(author)}</a></p><p class="v-mdl-ath__p v-mdl-ath__p--2"><time datetime="{iso(t, '+01:00')}">Martes, {t.day} de febrero {t.year}, {t.strftime('%H:%M')}</time> <span class="v-mdl-ath__time">Actualizado {upd.strftime('%H:%M')}h.</span></p></div>
<div class="v-share"><a href="#">Comenta</a> <a href="#">Compartir</a> <a href="#">Guardar</a></div></header>
<figure class="v-a-fig"><img src="/noticias/202402/puerto.jpg" alt="Grúas en la terminal"><figcaption class="v-a-fig__cap"><span class="v-a-fig__cap-t">Grúas de la terminal de contenedores.</span> <span class="v-a-fig__cap-a">{esc(author)}</span></figcaption></figure>
<div class="v-a-body voc-paywall">
{P(items[:2], '<p class="v-p">', '</p>')}
<div class="v-adv v-adv--robapagina" id="ad-mid"><span class="v-adv__label">Publicidad</span></div>
{P(items[2:], '<p class="v-p">', '</p>')}
</div>
<div class="v-a-topics"><span>Temas</span> <a href="#">Puerto</a> <a href="#">Transporte marítimo</a></div>
<section class="v-comments"><h3>Comentarios</h3><ul>{comments}</ul><p><a href="/normas-de-participacion">Normas de participación</a></p></section>
</article>
<aside class="v-aside"><h3>Lo más leído</h3><ol><li><a href="#">Cortes de tráfico este fin de semana por las obras del tranvía</a></li><li><a href="#">El hospital estrena su nueva unidad de ictus</a></li><li><a href="#">Las gasolineras más baratas de la provincia</a></li></ol></aside></main>
<footer class="v-footer"><p>El Norte Diario. Todos los derechos reservados. &copy; Sociedad Editora, S.L.</p><p><a href="#">Aviso legal</a> | <a href="#">Política de privacidad</a> | <a href="#">Política de cookies</a> | <a href="#">Contacto</a></p></footer>
</body>
</html>
"""
    add("es-news-vocento-like", url, page, "utf-8", title, t, items, ["Nosotros y nuestros socios", "Las terminales superaron", "Grúas de la terminal", "Lo más leído", "Buenas noticias para el empleo", "Publicidad", "Todos los derechos reservados"], lang="es")


def it_news_cp1252():
    t = when(2024, 2, 13, 10, 21)
    title = "Maltempo, chiusa la provinciale per una frana: traffico deviato"
    items = [
        f"Una frana di circa {R.randint(200, 600)} metri cubi di terra e massi si è staccata nella notte dal versante sopra la strada provinciale 27, all'altezza del chilometro 14, costringendo la Provincia a chiudere il tratto tra i due paesi.",
        "Non ci sono feriti: lo smottamento è avvenuto intorno alle 3, quando la strada era deserta. A dare l'allarme è stato un autotrasportatore che si è trovato la carreggiata ostruita e ha chiamato i vigili del fuoco.",
        "Sul posto sono intervenuti i tecnici della Provincia e i geologi, che hanno effettuato un primo sopralluogo con un drone. Secondo le prime valutazioni, il movimento franoso è stato causato dalle piogge intense degli ultimi giorni.",
        "«Prima di riaprire dobbiamo essere certi che il versante sia stabile», ha spiegato il dirigente del settore viabilità. I lavori di sgombero e messa in sicurezza dovrebbero durare almeno una settimana.",
        "Il traffico è deviato sulla strada comunale di fondovalle, più stretta e tortuosa. I mezzi pesanti oltre le 7,5 tonnellate dovranno invece percorrere l'autostrada.",
    ]
    url = "http://www.gazzettadellavalle.example/cronaca/2024/02/13/news/maltempo_frana_provinciale-41877/"
    page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>Maltempo, chiusa la provinciale per una frana: traffico deviato - Gazzetta della Valle</title>
<meta name="keywords" content="frana, maltempo, provinciale, viabilità">
<meta name="description" content="Smottamento nella notte, nessun ferito. Lavori per almeno una settimana">
<meta name="date" content="{t.strftime('%d/%m/%Y')}">
<link rel="stylesheet" href="/css/gazzetta.css" type="text/css">
<script language="JavaScript" src="/js/banner.js"></script>
<script type="text/javascript">var OAS_sitepage = 'gazzettadellavalle/cronaca';var OAS_listpos = 'Top,Right,Middle';</script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">
<table width="980" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td class="testata"><a href="/"><img src="/img/logo.gif" alt="Gazzetta della Valle" border="0"></a> <span class="data-oggi">{NOW.strftime('%d/%m/%Y')}</span></td></tr>
<tr><td class="menu"><a href="/">Home</a> | <a href="/cronaca/">Cronaca</a> | <a href="/politica/">Politica</a> | <a href="/economia/">Economia</a> | <a href="/sport/">Sport</a> | <a href="/cultura/">Cultura</a> | <a href="/necrologie/">Necrologie</a></td></tr></table>
<table width="980" border="0" cellspacing="0" cellpadding="0" align="center"><tr>
<td width="650" valign="top" class="colonna-articolo">
<div class="occhiello">Cronaca</div>
<h1 class="titolo">{esc(title)}</h1>
<div class="sommario">Smottamento nella notte, nessun ferito. Lavori per almeno una settimana</div>
<div class="info-articolo">di {R.choice(['Marco', 'Luca', 'Paolo'])} {R.choice(['Rossi', 'Galli', 'Conti'])} &middot; {t.strftime('%d/%m/%Y')} ore {t.strftime('%H:%M')}</div>
<div class="strumenti"><a href="javascript:window.print()">Stampa</a> | <a href="#">Invia</a> | <a href="#">Condividi su Facebook</a> | <a href="#">Twitter</a></div>
<div class="testo">
{P(items)}
</div>
<div class="correlati"><b>Articoli correlati</b><ul><li><a href="#">Allerta meteo arancione, scuole chiuse in quattro comuni</a> ({shift(t, -1).strftime('%d/%m/%Y')})</li><li><a href="#">Frana sulla statale, riaperta dopo tre giorni</a> ({shift(t, -300).strftime('%d/%m/%Y')})</li></ul></div>
</td>
<td width="20"></td>
<td width="310" valign="top" class="colonna-destra"><div class="box-piu-letti"><b>I pi&ugrave; letti</b><ol><li><a href="#">Incidente sulla tangenziale, due feriti</a></li><li><a href="#">Carnevale, il programma delle sfilate</a></li><li><a href="#">Concorso per 12 infermieri all'ospedale</a></li></ol></div>
<div class="banner"><script type="text/javascript">OAS_AD('Right');</script></div></td>
</tr></table>
<table width="980" align="center"><tr><td class="footer">&copy; Gazzetta della Valle S.r.l. - P.IVA 01234567890 - Tutti i diritti riservati - Registrazione Tribunale n. 12/1998</td></tr></table>
</body>
</html>
"""
    add("it-news-table-cp1252", url, page, "cp1252", title, t, items, ["Articoli correlati", "I più letti", "Tutti i diritti riservati", "Smottamento nella notte", "Stampa"], headers={"Content-Type": "text/html; charset=ISO-8859-1"}, lang="it")


def de_liveblog():
    t = when(2024, 2, 13, 6, 30)
    title = "Warnstreik im Nahverkehr: Busse und Bahnen stehen still – der Liveblog"
    entries = [
        (t.replace(hour=16, minute=42), "Streik endet morgen früh", ["Die Gewerkschaft hat bestätigt, dass der Warnstreik wie angekündigt am Mittwoch um 3 Uhr endet. Ab dem Betriebsbeginn sollen Busse und Bahnen wieder nach Fahrplan fahren, einzelne Ausfälle am frühen Morgen seien aber möglich."]),
        (t.replace(hour=13, minute=15), "Kundgebung vor dem Rathaus", [f"Rund {R.randint(600, 1500)} Beschäftigte haben sich nach Gewerkschaftsangaben zu einer Kundgebung vor dem Rathaus versammelt. Sie fordern unter anderem eine Verkürzung der Wochenarbeitszeit und längere Ruhezeiten zwischen den Schichten."]),
        (t.replace(hour=9, minute=5), "Taxis und Leihräder stark gefragt", ["Taxiunternehmen berichten von deutlich mehr Fahrten als an normalen Werktagen. Auch die Leihräder an den großen Stationen in der Innenstadt waren bereits am frühen Morgen vergriffen.", "Auf den Einfallstraßen staute sich der Verkehr zeitweise auf mehreren Kilometern."]),
        (t.replace(hour=6, minute=30), "Kein Bus, keine Straßenbahn", ["Seit Betriebsbeginn fahren in der Stadt weder Busse noch Straßenbahnen. Die Verkehrsbetriebe hatten bereits am Vortag angekündigt, dass wegen des Warnstreiks kein Notfahrplan angeboten werden kann. Nicht betroffen sind die S-Bahnen und Regionalzüge."]),
    ]
    items = []
    for _, head, paras in entries:
        items.append(H(head))
        items.extend(paras)
    url = "https://www.stadtanzeiger-rhein.example/lokales/warnstreik-nahverkehr-liveblog-100.html"
    posts = "\n".join(f"""<div class="liveblog-entry" id="entry-{i}"><div class="liveblog-entry__meta"><time datetime="{iso(tt, '+01:00')}">{tt.strftime('%H:%M')} Uhr</time></div><h2 class="liveblog-entry__headline">{esc(h)}</h2><div class="liveblog-entry__body">{P(ps)}</div><div class="liveblog-entry__share"><a href="#entry-{i}">Link kopieren</a></div></div>""" for i, (tt, h, ps) in enumerate(entries))
    page = f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>{esc(title)} | Stadt-Anzeiger</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{attr(title)}">
<meta name="date" content="{iso(t, '+01:00')}">
<meta name="last-modified" content="{iso(t.replace(hour=16, minute=42), '+01:00')}">
{jsonld({"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": title, "datePublished": iso(t, '+01:00'), "dateModified": iso(t.replace(hour=16, minute=42), '+01:00'), "coverageStartTime": iso(t, '+01:00'), "coverageEndTime": iso(shift(t, 1), '+01:00'), "liveBlogUpdate": [{"@type": "BlogPosting", "headline": h, "datePublished": iso(tt, '+01:00')} for tt, h, _ in entries]})}
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({{"pageType":"liveblog","paywall":"free"}});</script>
<script src="https://cdn.privacy-mgmt.com/unified/wrapperMessagingWithoutDetection.js" async></script>
</head>
<body>
<header class="site-header"><a class="logo" href="/">Stadt-Anzeiger</a>{nav(["Lokales", "Region", "Politik", "Wirtschaft", "Sport", "Kultur", "Ratgeber"])}<a href="/abo" class="abo">Jetzt abonnieren</a></header>
<main class="article-main"><article class="article article--liveblog">
<div class="article__kicker">Liveblog</div>
<h1 class="article__headline">{esc(title)}</h1>
<p class="article__teaser">Wegen eines ganztägigen Warnstreiks fahren am Dienstag keine Busse und Straßenbahnen. Alle Entwicklungen im Überblick.</p>
<div class="article__meta"><span class="article__author">Von Redaktion Lokales</span> <time datetime="{iso(t, '+01:00')}">{t.strftime('%d.%m.%Y')}, {t.strftime('%H:%M')} Uhr</time> <span class="article__updated">Aktualisiert: {t.strftime('%d.%m.%Y')}, 16:42 Uhr</span></div>
<div class="liveblog"><div class="liveblog__status">Liveblog beendet</div><div class="liveblog__refresh"><button>Neue Einträge laden</button></div>
{posts}
</div>
<div class="article__share"><a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">E-Mail</a></div>
<aside class="article__related"><h3>Mehr zum Thema</h3><ul><li><a href="#">Tarifstreit im Nahverkehr: Das fordert die Gewerkschaft</a> <span>{shift(t, -3).strftime('%d.%m.%Y')}</span></li><li><a href="#">Warnstreik: Welche Linien trotzdem fahren</a> <span>{shift(t, -1).strftime('%d.%m.%Y')}</span></li></ul></aside>
</article></main>
<footer class="site-footer"><p>&copy; Stadt-Anzeiger Verlag GmbH &amp; Co. KG {NOW.year}</p><p><a href="#">Impressum</a> · <a href="#">Datenschutz</a> · <a href="#">AGB</a> · <a href="#">Cookie-Einstellungen</a></p></footer>
</body>
</html>
"""
    add("de-news-liveblog", url, page, "utf-8", title, t, items, ["Wegen eines ganztägigen Warnstreiks", "Link kopieren", "Mehr zum Thema", "Liveblog beendet", "Neue Einträge laden", "Impressum"], lang="de")


# ====================================================================== templates: blogs, AMP, comments, tables, lists
def hugo_papermod():
    t = when(2024, 2, 13, 0, 0)
    title = "Moving our city's open data portal from CKAN to static files"
    items = [
        "For six years our open data portal ran on CKAN. It worked, but it needed a database, a search server and a patch every few weeks, and nobody on the team really knew how the harvesting jobs worked any more.",
        "Last autumn we replaced it with a static site generated from a folder of YAML files. Each dataset is a file with its title, description, licence and a list of resources; a nightly job checks that every resource URL still answers and opens an issue when one does not.",
        H("What we kept"),
        "We kept the dataset URLs. Every old /dataset/ path redirects to the new page, and the DCAT catalogue that the national portal harvests is generated from the same YAML files, so nothing downstream broke.",
        H("What we lost"),
        "We lost the built-in preview of CSV files and the API that a handful of users relied on. For the preview we now link to a hosted viewer; for the API we publish a single JSON file with all metadata, which turned out to be what most of those users wanted anyway.",
        "Build time is under a minute and hosting costs dropped to almost nothing. The bigger win is that publishing a dataset is now a pull request that anyone in the department can review.",
    ]
    url = "https://blog.opendata-team.example/posts/ckan-to-static/"
    page = f"""<!DOCTYPE html>
<html lang="en" dir="auto">
<head><meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="robots" content="index, follow">
<title>{esc(title)} | Open Data Team Notes</title>
<meta name="keywords" content="open data, ckan, static sites">
<meta name="description" content="Why we replaced CKAN with a folder of YAML files and a static site generator.">
<meta name="author" content="{ename()}">
<link rel="canonical" href="{url}">
<link crossorigin="anonymous" href="/assets/css/stylesheet.b609c58d5c11bb90b1a54e04005d74ad1ddf22165eb79f5533967e57df9c3b50.css" integrity="sha256-tgnFjVwRu5CxpU4EAF10rR3fIhZet59VM5Z+V9+cO1A=" rel="preload stylesheet" as="style">
<meta name="generator" content="Hugo 0.121.1">
<meta property="og:title" content="{attr(title)}">
<meta property="og:type" content="article">
<meta property="article:section" content="posts">
<meta property="article:published_time" content="{t.strftime('%Y-%m-%dT%H:%M:%S')}+00:00">
<meta property="article:modified_time" content="{shift(t, 9).strftime('%Y-%m-%dT%H:%M:%S')}+00:00">
<script type="application/ld+json">{jdump({"@context": "https://schema.org", "@type": "BlogPosting", "headline": title, "wordCount": "231", "datePublished": t.strftime('%Y-%m-%dT%H:%M:%S') + "+00:00", "dateModified": shift(t, 9).strftime('%Y-%m-%dT%H:%M:%S') + "+00:00", "mainEntityOfPage": {"@type": "WebPage", "@id": url}})}</script>
<noscript><style>#theme-toggle,.top-link{{display:none}}</style></noscript>
</head>
<body class="" id="top">
<script>if (localStorage.getItem("pref-theme") === "dark") {{ document.body.classList.add('dark'); }}</script>
<header class="header"><nav class="nav"><div class="logo"><a href="/" accesskey="h" title="Open Data Team Notes (Alt + H)">Open Data Team Notes</a><div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)"><svg id="moon" xmlns="http://www.w3.org/2000/svg" width="24" height="18" viewBox="0 0 24 24"><path d="M21 12.79A9 9 0 1 1 11.21 3 7 7 0 0 0 21 12.79z"></path></svg></button></div></div>
<ul id="menu"><li><a href="/archives/" title="Archive"><span>Archive</span></a></li><li><a href="/tags/" title="Tags"><span>Tags</span></a></li><li><a href="/about/" title="About"><span>About</span></a></li></ul></nav></header>
<main class="main">
<article class="post-single">
<header class="post-header"><div class="breadcrumbs"><a href="/">Home</a>&nbsp;»&nbsp;<a href="/posts/">Posts</a></div>
<h1 class="post-title entry-hint-parent">{esc(title)}</h1>
<div class="post-description">Why we replaced CKAN with a folder of YAML files and a static site generator.</div>
<div class="post-meta"><span title="{t.strftime('%Y-%m-%d %H:%M:%S')} +0000 UTC">{en_us(t)}</span>&nbsp;·&nbsp;2 min&nbsp;·&nbsp;231 words</div></header>
<div class="toc"><details><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary><div class="inner"><ul><li><a href="#what-we-kept" aria-label="What we kept">What we kept</a></li><li><a href="#what-we-lost" aria-label="What we lost">What we lost</a></li></ul></div></details></div>
<div class="post-content">{P(items, h='<h2 id="x">{}<a hidden class="anchor" aria-hidden="true" href="#x">#</a></h2>')}</div>
<footer class="post-footer"><ul class="post-tags"><li><a href="/tags/ckan/">Ckan</a></li><li><a href="/tags/open-data/">Open Data</a></li></ul>
<nav class="paginav"><a class="prev" href="/posts/address-register/"><span class="title">« Prev</span><br><span>Publishing the address register every night</span></a><a class="next" href="/posts/csv-lint/"><span class="title">Next »</span><br><span>Linting 400 CSV files in CI</span></a></nav>
<ul class="share-buttons"><li><a target="_blank" rel="noopener noreferrer" aria-label="share on x" href="https://x.com/intent/tweet/?text={attr(title)}">x</a></li><li><a target="_blank" aria-label="share on linkedin" href="#">linkedin</a></li></ul></footer>
</article></main>
<footer class="footer"><span>&copy; {NOW.year} <a href="/">Open Data Team Notes</a></span> · <span>Powered by <a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a></span></footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 12 6" fill="currentColor"><path d="M12 6H0l6-6z"/></svg></a>
<script>let menu = document.getElementById('menu'); if (menu) {{ menu.scrollLeft = localStorage.getItem("menu-scroll-position"); }}</script>
</body>
</html>
"""
    add("hugo-papermod-post", url, page, "utf-8", title, t, items, ["Table of Contents", "Powered by", "Publishing the address register every night", "Why we replaced CKAN with a folder"], lang="en")


def medium_like():
    t = when(2024, 2, 13, 9)
    author = ename()
    title = "What a year of answering the council's phone line taught me about forms"
    items = [
        "For twelve months I sat on the council's customer contact line two days a week. I had joined the digital team to redesign forms, and my manager thought I should hear what happens when they go wrong.",
        "The first thing I learned is that most calls are not about the service at all. They are about the form: which box to tick, what a question means, whether the thing they sent last week arrived.",
        "\"Household\" was the word that caused the most trouble. Our forms used it in four different senses, and people who shared a house with a lodger or an adult child had no way of knowing which one we meant.",
        "The second thing I learned is that people keep everything. Callers would read me reference numbers from emails that were two years old. If we had shown them a reference number on screen at the end of the form, a third of those calls would not have happened.",
        "We have since rewritten our eleven most used forms. We dropped the word household, we send a receipt with a reference number every time, and we say how long the next step will take. Calls about those forms are down by 38 per cent.",
    ]
    url = "https://medium.com/@publicservicedesign/what-a-year-of-answering-the-councils-phone-line-taught-me-about-forms-4f2a9c7e1b3d"
    apollo = {"Post:4f2a9c7e1b3d": {"__typename": "Post", "id": "4f2a9c7e1b3d", "title": title, "firstPublishedAt": epoch(t, 0) * 1000, "latestPublishedAt": epoch(shift(t, 4), 0) * 1000, "readingTime": 3.4, "clapCount": 412}}
    page = f"""<!doctype html><html lang="en"><head><title>{esc(title)} | by {esc(author)} | Medium</title><meta data-rh="true" charset="utf-8"/><meta data-rh="true" name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1,maximum-scale=1"/><meta data-rh="true" name="theme-color" content="#000000"/><meta data-rh="true" property="og:type" content="article"/><meta data-rh="true" property="article:published_time" content="{t.strftime('%Y-%m-%dT%H:%M:%S')}.412Z"/><meta data-rh="true" name="title" content="{attr(title)} | by {attr(author)} | Medium"/><meta data-rh="true" property="og:title" content="{attr(title)}"/><meta data-rh="true" name="description" content="For twelve months I sat on the council’s customer contact line."/><meta data-rh="true" name="author" content="{attr(author)}"/><meta data-rh="true" name="twitter:label1" content="Reading time"/><meta data-rh="true" name="twitter:data1" content="3 min read"/><link data-rh="true" rel="canonical" href="{url}"/><script data-rh="true" type="application/ld+json">{jdump({"@context": "http://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": t.strftime('%Y-%m-%dT%H:%M:%S') + ".412Z", "dateModified": shift(t, 4).strftime('%Y-%m-%dT%H:%M:%S') + ".102Z", "author": {"@type": "Person", "name": author}, "publisher": {"@type": "Organization", "name": "Medium"}})}</script><style type="text/css" data-fela-rehydration="560" data-fela-type="STATIC">html{{box-sizing:border-box;-webkit-text-size-adjust:100%}}*, *:before, *:after{{box-sizing:inherit}}body{{margin:0;padding:0;text-rendering:optimizeLegibility}}</style></head><body><div id="root"><div class="a b c"><div class="d e f g h i j k"></div><div class="l c"><div class="l m n o c"><div class="p q r s t u v w x i d y z"><a class="af ag ah ai aj ak al am an ao ap aq ar as at" href="/" aria-label="Homepage">Medium</a><div class="ay l"><div class="az ba bb bc bd be bf bg bh bi"><input role="combobox" placeholder="Search" class="ax ca cb cc cd ce" value=""/></div></div><div class="h k w fj fk"><a href="/new-story" class="af ag">Write</a></div><a href="/m/signin" class="af ag">Sign up</a> <a href="/m/signin" class="af ag">Sign in</a></div></div>
<div class="l"><article><div class="l"><div class="l"><section><div><div class="gm gn go gp gq"></div><div class="h k"><div class="ab ca"><div class="ch bg ew ex ey ez">
<div><h1 id="0b4f" class="pw-post-title hc hd he be hf hg hh hi hj hk hl hm hn ho hp hq hr hs ht hu hv hw hx hy hz ia bj" data-testid="storyTitle" data-selectable-paragraph="">{esc(title)}</h1><div class="ib ic id ie if"><div class="speechify-ignore ab cp"><div class="speechify-ignore bg l"><div class="ig ih ii ij ik ab"><div><div class="ab il"><a href="/@publicservicedesign" rel="noopener follow"><div class="l im in bx io ip"><img alt="{attr(author)}" class="l ep bx dc dd cw" src="https://miro.medium.com/v2/resize:fill:88:88/1*abc.jpeg" width="44" height="44" loading="lazy" data-testid="authorPhoto"/></div></a></div></div><div class="bm bg l"><div class="ab"><div style="flex:1"><span class="be b bf z bj"><div class="iq ab q"><div class="ab q ir"><div class="ab q"><div><div class="bl" aria-hidden="false"><a class="af ag ah ai aj ak al am an ao ap aq ar is" data-testid="authorName" href="/@publicservicedesign" rel="noopener follow">{esc(author)}</a></div></div></div><span class="it iu" aria-hidden="true"><span class="be b bf z du">·</span></span><p class="be b bf z du"><span><a class="iv iw ah ai aj ak al am an ao ap aq ar ex ix iy" href="#">Follow</a></span></p></div></div></span></div></div><div class="l iz"><span class="be b bf z du"><div class="ab cn ja jb jc"><span class="be b bf z du"><div class="ab ae"><span data-testid="storyReadTime">3 min read</span><div class="jd je l" aria-hidden="true"><span class="l" aria-hidden="true"><span class="be b bf z du">·</span></span></div><span data-testid="storyPublishDate">{en_short(t)}</span></div></span></div></span></div></div></div><div class="ab cp jf jg jh ji jj jk jl jm jn jo jp jq jr js jt ju"><div class="h k w fj fk q"><div class="kk l"><div class="ab q kl km"><div class="pw-multi-vote-icon ed kn ko kp kq"><div role="tooltip" aria-label="clap"><button class="kr ks kt ku kv kw kx" data-testid="headerClapButton"><svg width="24" height="24" viewBox="0 0 24 24" aria-label="clap"><path fill-rule="evenodd" d="M11.37.828 12 3.282l.63-2.454z"></path></svg></button></div></div><div class="pw-multi-vote-count l ky kz la lb lc ld le"><p class="be b dv z du"><span class="lf">412</span></p></div></div></div><div><div class="bl" aria-hidden="false"><button class="ab ed lg lh li lj lk ll lm ln lo lp lq lr ls lt lu lv" aria-label="responses"><p class="be b dv z du"><span class="pw-responses-count lw lx">9</span></p></button></div></div></div></div></div></div></div>
{P(items, '<p class="pw-post-body-paragraph ns nt he nu b nv nw nx ny nz oa ob oc od oe of og oh oi oj ok ol om on oo op hx bj" data-selectable-paragraph="">', '</p>')}
</div></div></div></div></section></div></div></article></div>
<div class="ab ca"><div class="ch bg ew ex ey ez"><div class="qf qg qh qi qj l bx"><div class="ab cp"><div class="qk ql"><div class="l"><div class="ab q"><span>412</span></div></div></div><div class="ab"><button aria-label="Add to list bookmark button">Save</button><button aria-label="Share Post">Share</button></div></div></div>
<div class="l"><h2 class="be rh ri rj rk bj"><span>Written by {esc(author)}</span></h2><div class="rl rm rn ro rp l"><span class="be b bf z bj">1.2K Followers</span></div><p class="be b bf z bj">Service designer in local government. Forms, letters and the bits in between.</p></div>
<div class="l"><h2 class="be rh">More from {esc(author)}</h2><div><a href="#"><h2 class="be">Nobody reads the guidance page first</h2></a><span>{en_short(shift(t, -40))}</span></div><div><a href="#"><h2 class="be">Why we stopped asking for a landline number</h2></a><span>{en_short(shift(t, -92))}</span></div></div>
<div class="l"><h2 class="be rh">Recommended from Medium</h2><div><a href="#"><h2>The UX of council tax bills</h2></a><span>6 min read · {en_short(shift(t, 11))}</span></div></div>
</div></div></div></div></div>
<script>window.__APOLLO_STATE__ = {jdump(apollo)}</script>
<script src="https://cdn-client.medium.com/lite/static/js/manifest.7a1b9e4c.js"></script>
</body></html>
"""
    add("medium-like-post", url, page, "utf-8", title, t, items, ["Written by", "More from", "Recommended from Medium", "Nobody reads the guidance page first", "3 min read", "Followers"], lang="en")


def substack_like():
    t = when(2024, 2, 13, 12)
    author = ename()
    title = "The quiet collapse of local court reporting"
    sub = "Fewer reporters, more empty press benches, and what it means for open justice"
    items = [
        f"When I started at the county paper in 2009, there were three of us who covered the magistrates' court on rotation. By the time I left last year there was nobody. The court still sat four days a week; the press bench was empty.",
        "This is not a complaint about my old employer. Almost every local paper I know has made the same choice, because court reporting is slow, legally risky and rarely brings in the traffic that advertisers pay for.",
        "But something is lost when nobody is watching. Open justice depends on the idea that any hearing could be reported. When the realistic chance of a journalist being present falls to zero, the principle is still there on paper and nowhere else.",
        "There are some hopeful experiments. A few regional outlets have shared a court reporter between titles, and a charity in the north pays for trainees to cover hearings that would otherwise go unreported.",
        "Next week I will look at what the court listings themselves tell us, and why they are so hard to get hold of.",
    ]
    url = "https://thecourtbench.substack.com/p/the-quiet-collapse-of-local-court"
    comments = [("Helen M.", "Same story where I live. Our paper now runs court stories only when a press release comes from the police."),
                ("Rob Atherton", "The shared reporter model works. We did it across three weeklies for two years before the owner closed two of them."),
                ("J. Fairbairn", "Listings are a scandal in themselves. Looking forward to the next post."),
                ("Nadia", "As a former court clerk, I can tell you that magistrates notice when the press bench is empty. Some of them mind.")]
    cm = "\n".join(f'<div class="comment"><div class="comment-meta"><a class="commenter-name" href="#">{esc(u)}</a><a class="comment-timestamp" href="#" title="{en_short(shift(t, i))}">{en_short(shift(t, i))}</a></div><div class="comment-body"><p>{esc(c)}</p></div><div class="comment-actions"><button>Like ({R.randint(1, 40)})</button><button>Reply</button></div></div>' for i, (u, c) in enumerate(comments))
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
<title>{esc(title)} - by {esc(author)}</title>
<meta property="og:type" content="article">
<meta property="og:title" content="{attr(title)}">
<meta property="og:description" content="{attr(sub)}">
<meta name="author" content="{attr(author)}">
<link rel="alternate" type="application/rss+xml" href="https://thecourtbench.substack.com/feed" title="The Court Bench">
<script type="application/ld+json">{jdump({"@context": "https://schema.org", "@type": "NewsArticle", "url": url, "mainEntityOfPage": url, "headline": title, "description": sub, "datePublished": iso(t, '+00:00'), "dateModified": iso(shift(t, 2), '+00:00'), "isAccessibleForFree": True, "author": [{"@type": "Person", "name": author}], "publisher": {"@type": "Organization", "name": "The Court Bench"}})}</script>
<link rel="stylesheet" href="https://substackcdn.com/bundle/theme/main.3f1b0c.css">
<script>window._preloads = JSON.parse("{{\\"isEU\\":false,\\"language\\":\\"en\\",\\"pub\\":{{\\"name\\":\\"The Court Bench\\"}}}}")</script>
</head>
<body class="pc-root">
<div id="entry"><div id="main" class="main typography use-theme-bg"><div class="main-menu"><div class="topbar-content"><a href="/" class="navbar-title-link">The Court Bench</a><div class="navbar-buttons"><button class="button primary">Subscribe</button><a class="button" href="/account/login">Sign in</a></div></div></div>
<div class="container"><div class="single-post-container"><div class="single-post"><article class="typography newsletter-post post">
<div class="post-header"><h1 class="post-title published">{esc(title)}</h1><h3 class="subtitle">{esc(sub)}</h3>
<div class="post-meta-row"><div class="profile-hover-card-target"><a href="#" class="pencraft">{esc(author)}</a></div><div class="pencraft pc-reset color-pub-secondary-text-hGQ02T">{en_short(t)}</div></div>
<div class="post-ufi"><button class="like-button-container"><div class="label">38</div></button><a class="post-ufi-comment-button" href="#comments"><div class="label">{len(comments)}</div></a><button class="post-ufi-button">Share</button></div></div>
<div class="available-content"><div dir="auto" class="body markup">
{P(items)}
<div class="subscription-widget-wrap"><div class="subscription-widget show-subscribe"><div class="preamble"><p>The Court Bench is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.</p></div><form class="form"><input type="email" placeholder="Type your email…"><button type="submit">Subscribe</button></form></div></div>
</div></div>
<div class="post-footer"><div class="post-ufi"><button class="like-button-container"><div class="label">38 Likes</div></button><button>Share</button></div></div>
</article>
<div id="discussion" class="single-post-section"><div class="container"><h4 class="comments-heading">Discussion about this post</h4><div class="comments-page"><div class="comment-input"><textarea placeholder="Write a comment..."></textarea></div><div class="comment-list">{cm}</div></div></div></div>
<div class="single-post-section"><h4>Ready for more?</h4><form><input type="email" placeholder="Type your email…"><button>Subscribe</button></form></div>
</div></div></div>
<div class="footer-wrap"><div class="footer"><p>&copy; {NOW.year} {esc(author)}</p><p><a href="https://substack.com/privacy">Privacy</a> ∙ <a href="https://substack.com/tos">Terms</a> ∙ <a href="https://substack.com/ccpa#personal-data-collected">Collection notice</a></p><p><a href="https://substack.com/signup">Start Writing</a> <a href="https://substack.com/app">Get the app</a></p><p>Substack is the home for great culture</p></div></div>
</div></div>
<script src="https://substackcdn.com/bundle/static/js/main.7a1b.js" async></script>
</body>
</html>
"""
    add("substack-like-post-comments", url, page, "utf-8", title, t, items, ["reader-supported publication", "Discussion about this post", "Ready for more?", "Same story where I live", "Substack is the home", "Fewer reporters, more empty press benches"], lang="en")


def short_article_long_comments():
    t = when(2024, 2, 13, 17)
    title = "Plan for 40 homes on former allotment site refused"
    items = [
        f"Councillors have refused planning permission for {R.randint(38, 44)} homes on the site of the former Mill Lane allotments, against the advice of their own planning officers.",
        "The planning committee voted six to four on Tuesday evening to turn down the application, saying the access road was too narrow and the development would add to flooding on neighbouring streets.",
        "The developer has six months to lodge an appeal with the Planning Inspectorate. A spokesperson said the company was \"disappointed\" and would consider its options.",
    ]
    url = "https://www.valleyecho.example/news/24091771.plan-40-homes-former-allotment-site-refused/"
    users = ["MillLaneResident", "Sceptical_Steve", "Jan T", "localhistorian", "Fed_up_of_potholes", "GreenParty_voter", "Realist99", "Bob from Eastfield", "Anna K", "commonsense"]
    texts_c = [
        "Good decision. Anyone who has tried to get down Mill Lane at school pick-up time knows it could never take the extra traffic from forty houses.",
        "They will just win on appeal like they always do and the council will end up paying the developer's costs. Happens every time.",
        "The allotments were left to rot for ten years so that the land could be called derelict. Nobody should be surprised at what was coming.",
        "For the record, the Mill Lane allotments were given to the town in 1921 by the Hartley family on the condition that they were used for growing food. I would be interested to know what happened to that covenant.",
        "Meanwhile my road has not been resurfaced since 1998. Perhaps the council could spend less time in committee and more time fixing what we have.",
        "Our young people cannot afford to live in the town they grew up in. We need homes, and every site gets refused for one reason or another.",
        "The flooding point is real. The gardens on Brook Street were under water twice last winter and the drains cannot cope as it is.",
        "Six to four against officer advice. Expect a big bill when this goes to appeal, and guess who pays for that.",
        "I grew vegetables there for twenty years until we were all given notice. It was a lovely place and could be again if anyone cared.",
        "Both sides have a point. Houses are needed, but not at the end of a single-track lane with no pavement.",
        "Did anyone on the committee actually visit the site? The report says the access was acceptable to Highways.",
        "The developer only offered four affordable homes out of forty. That is not going to help young families at all.",
    ]
    cm = "\n".join(f'<li class="comment" id="comment-{R.randint(1000000, 9999999)}"><div class="comment-header"><a class="comment-username" href="#">{esc(users[i % len(users)])}</a> <span class="comment-location">{R.choice(["Eastfield", "Millbrook", "the valley", "Oldtown"])}</span> <time class="comment-time" datetime="{iso(shift(t, 0, i + 1), "+00:00")}">{(shift(t, 0, i + 1)).strftime("%I:%M%p %d %b %y")}</time></div><p class="comment-text">{esc(c)}</p><div class="comment-actions"><a href="#">Reply</a> <a href="#">Report this comment</a> <span class="votes">{R.randint(0, 40)} likes</span></div></li>' for i, c in enumerate(texts_c))
    page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Plan for 40 homes on former allotment site refused | Valley Echo</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{attr(title)}">
<meta property="article:published_time" content="{iso(t, '+00:00')}">
<meta name="description" content="Councillors went against officers' advice.">
{jsonld({"@context": "http://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": iso(t, '+00:00'), "dateModified": iso(shift(t, 0, 1), '+00:00'), "commentCount": len(texts_c), "publisher": {"@type": "Organization", "name": "Valley Echo"}})}
<script>var nqData = {{"section":"news","articleId":"24091771","commentsEnabled":true}};</script>
<script async src="https://cdn.ampproject.org/v0.js"></script>
</head>
<body class="article-page">
<div id="qc-cmp2-container"><div class="qc-cmp2-summary-info"><p>We value your privacy. We and our partners store and/or access information on a device, such as cookies and process personal data.</p><button>AGREE</button><button>MORE OPTIONS</button></div></div>
<header class="mast"><a href="/" class="logo">Valley Echo</a>{nav(["News", "Sport", "What's On", "Property", "Jobs", "Announcements", "Subscribe"])}</header>
<main class="article-wrapper"><article class="article">
<nav class="breadcrumb"><a href="/">Home</a> &gt; <a href="/news/">News</a></nav>
<h1 class="article-headline">{esc(title)}</h1>
<p class="article-standfirst">Councillors went against officers' advice.</p>
<div class="article-byline"><span class="author">By {ename()}</span> <span class="role">Local Democracy Reporter</span> <time datetime="{iso(t, '+00:00')}">Published: {t.strftime('%d %B')}</time></div>
<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email</a> <a href="#comments">{len(texts_c)} comments</a></div>
<div class="article-body" itemprop="articleBody">
{P(items, '<p class="article-body__p">', '</p>')}
</div>
<div class="ldr-note"><p>Local Democracy Reporting Service journalists are funded by the BBC and write stories for local media.</p></div>
<section class="comments" id="comments"><h2>Comments: Our rules</h2><p class="comments-rules">We want our comments to be a lively and valuable part of our community - a place where readers can debate and engage with the most important local issues.</p><p>Comments are closed on this article</p><ol class="comment-list">{cm}</ol></section>
</article>
<aside class="sidebar"><h3>Most Read</h3><ol><li><a href="#">Road closed for three weeks for gas main repairs</a></li><li><a href="#">Pub reopens after £500,000 refurbishment</a></li><li><a href="#">School rated outstanding by Ofsted</a></li></ol>
<h3>Latest News</h3><ul><li><a href="#">Bus route cut from next month</a> <span>{(shift(t, 0, 2)).strftime('%d %b')}</span></li><li><a href="#">Leisure centre pool reopens</a> <span>{(shift(t, -1)).strftime('%d %b')}</span></li></ul></aside></main>
<footer class="site-footer"><p>This website and associated newspapers adhere to the Independent Press Standards Organisation's Editors' Code of Practice.</p><p>&copy;Copyright {NOW.year} Valley Echo Ltd. All rights reserved.</p></footer>
</body>
</html>
"""
    add("short-article-long-comments", url, page, "utf-8", title, t, items, ["We value your privacy", "Comments: Our rules", "Good decision", "Local Democracy Reporting Service", "Most Read", "Councillors went against"], lang="en")


def table_body_council():
    t = when(2023, 12, 4, 10)
    title = "Bin collections over Christmas and New Year"
    rows = [("Usual collection day", "Revised collection day")] + [
        ("Monday 25 December", "Wednesday 27 December"), ("Tuesday 26 December", "Thursday 28 December"),
        ("Wednesday 27 December", "Friday 29 December"), ("Thursday 28 December", "Saturday 30 December"),
        ("Friday 29 December", "Tuesday 2 January"), ("Monday 1 January", "Wednesday 3 January"),
        ("Tuesday 2 January", "Thursday 4 January"), ("Wednesday 3 January", "Friday 5 January"),
        ("Thursday 4 January", "Saturday 6 January"), ("Friday 5 January", "Monday 8 January")]
    items = [
        "Collection days will change over the Christmas and New Year period. Please put your bins out by 7am on your revised collection day.",
        *[" ".join(r) for r in rows],
        "Extra side waste will be collected on your first collection after Christmas if it is in clear, tied bags next to your bin. We cannot take loose items or boxes.",
        "Real Christmas trees can be put out for collection with your garden waste in January. Please cut them into pieces no longer than one metre and remove all decorations and pots.",
    ]
    url = "https://www.example-borough.gov.uk/bins-and-recycling/bin-collections-christmas-and-new-year"
    table = "<table class=\"govuk-table\"><caption class=\"govuk-table__caption visually-hidden\">Revised collection days</caption><thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\">" + "".join(f'<th scope="col" class="govuk-table__header">{esc(c)}</th>' for c in rows[0]) + "</tr></thead><tbody class=\"govuk-table__body\">" + "".join('<tr class="govuk-table__row">' + "".join(f'<td class="govuk-table__cell">{esc(c)}</td>' for c in r) + "</tr>" for r in rows[1:]) + "</tbody></table>"
    head = f"""<meta name="dcterms.date" content="{ymd(t)}">
<meta property="og:title" content="{attr(title)}">
<meta property="article:published_time" content="{iso(t, '+00:00')}">
<link rel="stylesheet" href="/themes/contrib/localgov_base/css/base.css">
<script src="https://cc.cdn.civiccomputing.com/9/cookieControl-9.x.min.js"></script>"""
    top = f"""{en_cookie_banner('example-borough.gov.uk')}
<header class="lgd-header"><a href="/" class="lgd-header__logo">Example Borough Council</a><form class="lgd-header__search"><input type="search" placeholder="Search"></form></header>
{nav(["Bins and recycling", "Council tax", "Housing", "Planning", "Parking", "Schools", "Social care"])}
<nav class="lgd-breadcrumbs"><ol><li><a href="/">Home</a></li><li><a href="/bins-and-recycling">Bins and recycling</a></li></ol></nav>"""
    main = f"""<article class="lgd-page"><h1 class="lgd-page-title-block__title">{esc(title)}</h1>
<div class="lgd-page__summary"><p>Published {en_long(t)}</p></div>
<div class="field--name-localgov-text">
{P(items[:1])}
{table}
{P(items[-2:])}
</div>
<div class="lgd-page__updated">Last updated: {en_long(shift(t, 15))}</div></article>
<div class="lgd-feedback"><h2>Was this page helpful?</h2><a href="#">Yes</a> <a href="#">No</a></div>"""
    aside = """<aside class="lgd-region--sidebar"><h2>Related pages</h2><ul><li><a href="#">Report a missed bin</a></li><li><a href="#">Order a new bin</a></li><li><a href="#">Household recycling centres</a></li></ul></aside>"""
    foot = f"""<footer class="lgd-footer"><ul><li><a href="#">Accessibility</a></li><li><a href="#">Contact us</a></li><li><a href="#">Cookies</a></li><li><a href="#">Privacy</a></li></ul><p>&copy; Example Borough Council {NOW.year}</p></footer>"""
    page = simple_en_page("en", f"{title} | Example Borough Council", head, top, main, aside, foot)
    add("uk-council-table-body", url, page, "utf-8", title, t, items, ["Was this page helpful?", "Related pages", "Report a missed bin", "Last updated"], lang="en")


def list_body_county():
    t = when(2024, 2, 13, 15)
    title = "Storm debris: what residents need to know"
    items = [
        f"Crews will begin collecting storm debris from the curbside in unincorporated areas of the county on Monday. Collection is expected to take about {R.randint(3, 6)} weeks and will be done in one pass through each neighborhood.",
        "To make sure your debris is picked up, please follow these guidelines:",
        ("li", "Place debris at the curb, not in the street, on sidewalks or in ditches."),
        ("li", "Separate debris into piles: vegetation, construction materials, appliances and electronics."),
        ("li", "Do not place debris under power lines, near fire hydrants or on top of water meters."),
        ("li", "Cut tree limbs into lengths of no more than six feet where possible."),
        ("li", "Do not bag vegetative debris; bags will not be collected with tree debris."),
        ("li", "Household garbage is collected on your regular day and should not be mixed with storm debris."),
        ("li", "Residents in gated communities should contact their homeowners association about collection."),
        "Residents who would rather not wait can take vegetative debris to any of the county's three convenience centers free of charge through March 15. Proof of residency is required.",
        "Progress can be tracked on the county's online debris map, which is updated daily.",
    ]
    url = "https://www.examplecountyfl.gov/news/storm-debris-what-residents-need-to-know"
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | Example County, FL</title>
<meta property="og:title" content="{attr(title)}">
<link href="/Assets/Styles/Site.css?v=20240101" rel="stylesheet">
<script src="https://translate.google.com/translate_a/element.js?cb=googleTranslateElementInit"></script>
{ga('G-' + str(R.randint(1000000, 9999999)))}
</head>
<body>
<div class="alert-banner" role="alert"><p><strong>EMERGENCY ALERT:</strong> Boil water notice for residents of Palm Estates. <a href="#">Learn more</a></p></div>
<header class="site-header"><a href="/" class="logo">Example County</a><div id="google_translate_element"></div>
{nav(["Residents", "Business", "Government", "Departments", "How Do I...", "Emergency Management"])}</header>
<div class="breadcrumbs"><a href="/">Home</a> › <a href="/news">News</a> › {esc(title)}</div>
<div class="container"><div class="row"><main class="col-md-9 content">
<div class="news-detail">
<h1>{esc(title)}</h1>
<div class="news-date">Post Date: {t.strftime('%m/%d/%Y')} {t.strftime('%I:%M %p')}</div>
<div class="news-body">
{P(items[:2])}
<ul>
{P([x for x in items if isinstance(x, tuple)])}
</ul>
{P(items[-2:])}
</div>
<p class="contact"><strong>Media contact:</strong> Public Information Office, (555) 555-{R.randint(1000, 9999)}</p>
<div class="share"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a> <a href="#">Print</a></div>
<a href="/news" class="back">Return to full list &gt;&gt;</a>
</div></main>
<aside class="col-md-3"><div class="widget"><h2>News Flash</h2><ul><li><a href="#">County offices closed for Presidents Day</a><span>{(shift(t, 4)).strftime('%m/%d/%Y')}</span></li><li><a href="#">Hurricane season preparedness workshop</a><span>{(shift(t, -20)).strftime('%m/%d/%Y')}</span></li></ul></div>
<div class="widget"><h2>Quick Links</h2><ul><li><a href="#">Pay Utility Bill</a></li><li><a href="#">Building Permits</a></li><li><a href="#">Agendas &amp; Minutes</a></li></ul></div></aside></div></div>
<footer class="site-footer"><p>Example County Government Center · 100 Main St · Example, FL 32000</p><p>Under Florida law, e-mail addresses are public records. If you do not want your e-mail address released in response to a public records request, do not send electronic mail to this entity.</p><p>&copy; {NOW.year} Example County. All Rights Reserved.</p></footer>
</body>
</html>
"""
    add("us-county-list-body", url, page, "utf-8", title, t, items, ["EMERGENCY ALERT", "News Flash", "Media contact", "Under Florida law", "Return to full list", "Quick Links"], lang="en")


def amp_news():
    t = when(2024, 2, 13, 8)
    title = "Regional airport to add three new summer routes"
    items = [
        f"The regional airport will add direct flights to Faro, Palma and Dubrovnik this summer, the airport's operator announced on Tuesday, taking the number of destinations served to {R.randint(21, 28)}.",
        "The new routes will each operate twice a week from late May until the end of September, using Airbus A320 aircraft with 180 seats.",
        "The airport's chief executive said demand for holidays in southern Europe had recovered strongly and that passenger numbers last year were the highest since the airport opened its new terminal in 2015.",
        "Local business leaders welcomed the announcement but said they would like to see more year-round routes to major European hubs.",
    ]
    url = "https://www.northernpost.example/news/regional-airport-new-summer-routes-amp"
    canon = url.replace("-amp", "")
    page = f"""<!doctype html>
<html ⚡ lang="en">
<head>
<meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<script async custom-element="amp-consent" src="https://cdn.ampproject.org/v0/amp-consent-0.1.js"></script>
<title>{esc(title)} | Northern Post</title>
<link rel="canonical" href="{canon}">
<meta name="viewport" content="width=device-width">
{jsonld({"@context": "http://schema.org", "@type": "NewsArticle", "mainEntityOfPage": canon, "headline": title, "datePublished": iso(t, '+00:00'), "dateModified": iso(shift(t, 0, 3), '+00:00'), "image": ["https://www.northernpost.example/img/airport.jpg"], "author": {"@type": "Person", "name": ename()}, "publisher": {"@type": "Organization", "name": "Northern Post", "logo": {"@type": "ImageObject", "url": "https://www.northernpost.example/logo.png"}}})}
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}@keyframes -amp-start{{from{{visibility:hidden}}to{{visibility:visible}}}}</style><noscript><style amp-boilerplate>body{{-webkit-animation:none;animation:none}}</style></noscript>
<style amp-custom>body{{font-family:Georgia,serif}}.headline{{font-size:28px}}.byline{{color:#666}}</style>
</head>
<body>
<amp-consent id="consent" layout="nodisplay"><script type="application/json">{{"consentInstanceId":"np","consentRequired":true,"promptUI":"consent-ui"}}</script><div id="consent-ui" class="consent-ui"><p>We use cookies to personalise content and ads.</p><button on="tap:consent.accept">Accept</button><button on="tap:consent.reject">Reject</button></div></amp-consent>
<header class="amp-header"><a href="/">Northern Post</a><button on="tap:sidebar.toggle">Menu</button></header>
<amp-sidebar id="sidebar" layout="nodisplay" side="left"><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/business">Business</a></li><li><a href="/whats-on">What's On</a></li></ul></amp-sidebar>
<article class="amp-article">
<h1 class="headline">{esc(title)}</h1>
<div class="byline">By <a href="#">{ename()}</a> · <time datetime="{iso(t, '+00:00')}">{t.strftime('%H:%M, %d %b %Y')}</time> · Updated: <time datetime="{iso(shift(t, 0, 3), '+00:00')}">{shift(t, 0, 3).strftime('%H:%M, %d %b %Y')}</time></div>
<amp-img src="https://www.northernpost.example/img/airport.jpg" width="1200" height="675" layout="responsive" alt="Departures hall"></amp-img>
<p class="caption">The departures hall. Picture: Northern Post</p>
<amp-social-share type="facebook" width="32" height="32"></amp-social-share><amp-social-share type="twitter" width="32" height="32"></amp-social-share><amp-social-share type="whatsapp" width="32" height="32"></amp-social-share>
<div class="article-body">
{P(items[:2])}
<amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/northernpost/amp/mpu1"><div placeholder>Advertisement</div></amp-ad>
{P(items[2:])}
</div>
<div class="read-more"><h3>Read more</h3><ul><li><a href="#">Airport car park charges to rise</a></li><li><a href="#">New terminal shops open</a></li></ul></div>
<a href="{canon}" class="view-full">View full site</a>
</article>
<footer><p>&copy; Northern Post {NOW.year}. All rights reserved.</p></footer>
<amp-analytics type="googleanalytics"><script type="application/json">{{"vars":{{"account":"UA-1234567-1"}},"triggers":{{"trackPageview":{{"on":"visible","request":"pageview"}}}}}}</script></amp-analytics>
</body>
</html>
"""
    add("amp-news-article", url, page, "utf-8", title, t, items, ["We use cookies to personalise", "Read more", "View full site", "Advertisement", "The departures hall"], lang="en")


# ====================================================================== Chinese pages on templates not covered before
def zh_footer(site, prov="蜀", gprov="川"):
    return f"""<div class="footer"><p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a> | <a href="#">使用帮助</a></p>
<p>主办：{site} &nbsp; 承办：{site}办公室</p><p>网站标识码：{bsid()} &nbsp; <a href="https://beian.miit.gov.cn/">{icp(prov)}</a> &nbsp; <a href="#">{gongan(gprov)}</a></p>
<p>建议使用1920*1080分辨率 IE10及以上版本浏览器</p></div>"""


def toutiao_m():
    t = when(2024, 2, 13, 10, 22)
    prov, city, county = place()
    title = f"{county}：返乡创业青年办起“共享菜园” 300户城里人认领"
    items = [
        f"春节刚过，{county}{R.choice(['石桥镇', '白马镇', '河口乡'])}的“共享菜园”里已经忙碌起来。返乡创业青年{name()}带着几名村民翻地、施肥，为即将到来的春播做准备。",
        f"三年前，在外打工多年的他回到家乡，流转了村里{R.randint(60, 150)}亩撂荒地，把土地划成一块块“小菜园”，通过网络向城里人出租。认领人每年交一千多元，就能拥有自己的一块菜地，平时由合作社代为管护，周末可以带着孩子来种菜、摘菜。",
        f"“没想到城里人这么喜欢，第一年就租出去一百多块，现在已经有{R.randint(280, 330)}户认领。”他说，合作社还带动了二十多名村民在家门口就业，每人每年增收两万多元。",
        "如今，“共享菜园”又增加了农事研学、农家餐饮等项目。下一步，他打算和周边几个村合作，把菜园规模再扩大一倍。",
    ]
    url = f"https://m.toutiao.com/article/{R.randint(7330000000000000000, 7339999999999999999)}/"
    render = {"data": {"title": title, "publishTime": epoch(t), "source": "新京报", "content": "…"}}
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,minimum-scale=1,user-scalable=no,viewport-fit=cover"><meta name="format-detection" content="telephone=no"><title>{esc(title)} - 今日头条</title><meta name="keywords" content="共享菜园,返乡创业"><meta name="description" content="{attr(items[0][:60])}"><meta property="og:title" content="{attr(title)}"><link rel="stylesheet" href="https://lf3-cdn-tos.bytescm.com/obj/static/toutiao/m/article/index.css"><script>window.__TEA_CACHE__={{}};!function(e,t){{e.Slardar=e.Slardar||function(){{(e.Slardar.q=e.Slardar.q||[]).push(arguments)}}}}(window,document);</script></head><body>
<div id="root"><div class="tt-m-header"><a class="logo" href="https://m.toutiao.com/">今日头条</a><a class="open-app" href="snssdk143://">打开APP</a></div>
<div class="article-page"><div class="article-header"><h1 class="article-title">{esc(title)}</h1>
<div class="article-meta"><span class="article-source">新京报</span><span class="article-time">{ymdhm(t)}</span><span class="follow-btn">关注</span></div></div>
<article class="article-content syl-article-base syl-page-article syl-device-mobile">
<div class="pgc-img"><img src="https://p3-sign.toutiaoimg.com/tos-cn-i-axegupay5k/{R.randint(10**15, 10**16)}~tplv-tt-origin-web.jpeg" alt=""><p class="pgc-img-caption">城里人在“共享菜园”里体验采摘。受访者供图</p></div>
{P(items)}
<p>新京报记者 {name()} 编辑 {name()} 校对 {name()}</p>
</article>
<div class="article-tail"><div class="report">举报</div><div class="article-open-app">打开今日头条 查看更多精彩内容</div></div>
<div class="article-like"><span class="digg">赞 {R.randint(100, 900)}</span><span class="share">分享</span></div>
<div class="comment-list"><h3>评论 {R.randint(20, 80)}</h3>
<div class="comment-item"><span class="user">用户{R.randint(10**9, 10**10)}</span><p>这个模式好，城里孩子能认识庄稼了</p><span class="time">02-13 12:41 · 四川</span></div>
<div class="comment-item"><span class="user">乡村振兴观察</span><p>关键是要有人愿意回来干</p><span class="time">02-14 08:03 · 河南</span></div></div>
<div class="feed-list"><h3>相关推荐</h3><div class="feed-item"><a href="#">村里来了“新农人” 撂荒地变身网红打卡点</a><span>人民日报 · 328评论 · 3天前</span></div><div class="feed-item"><a href="#">95后女孩辞职回乡养蜂，年收入超30万</a><span>中国青年报 · 1.2万评论 · 1周前</span></div></div>
</div></div>
<script>window._SSR_HYDRATED_DATA={jdump(render)}</script>
<script src="https://lf3-cdn-tos.bytescm.com/obj/static/toutiao/m/article/index.js"></script>
</body></html>
"""
    add("toutiao-m-page", url, page, "utf-8", title, t, items, ["新京报记者", "受访者供图", "打开今日头条", "相关推荐", "这个模式好", "举报"])


def xiaohongshu_note():
    t = when(2024, 2, 13, 21, 5)
    title = "杭州周末去哪｜这个免费的古村也太出片了吧"
    items = [
        "周末和朋友去了趟临安的一个古村，没想到人超少，风景又好，简直是宝藏地方！",
        "📍交通：从市区开车大概一个半小时，村口有免费停车场。没车的姐妹可以坐到镇上再打车，十几块钱。",
        "📸拍照：村里的老房子都是白墙黑瓦，下午三四点的光线最好，推荐穿浅色或者红色的衣服，特别出片。",
        "🍜吃饭：村口那家农家乐的土鸡煲和笋干烧肉必点，两个人吃了一百二，分量很足。",
        "⚠️注意：村里有人居住，拍照的时候不要进别人家院子，也别太吵。",
    ]
    url = f"https://www.xiaohongshu.com/explore/65cb{''.join(R.choice('0123456789abcdef') for _ in range(20))}"
    state = {"note": {"noteDetailMap": {"x": {"note": {"title": title, "time": epoch(t) * 1000, "lastUpdateTime": epoch(shift(t, 1)) * 1000, "ipLocation": "浙江", "type": "normal"}}}}}
    comments = [("momo在杭州", "求具体村名！", shift(t, 0, 1)), ("小鹿乱撞", "上周刚去过，真的很好拍", shift(t, 1)), ("一只橙子🍊", "停车场周末会满吗", shift(t, 2)), ("Lily", "收藏了，下周去", shift(t, 3))]
    cm = "".join(f'<div class="comment-item"><div class="author"><a class="name" href="#">{esc(u)}</a></div><div class="content"><span class="note-text">{esc(c)}</span></div><div class="info"><div class="date"><span>{d.strftime("%m-%d")}</span><span class="location">浙江</span></div><div class="interactions"><div class="like"><span class="count">{R.randint(1, 60)}</span></div><div class="reply">回复</div></div></div></div>' for u, c, d in comments)
    page = f"""<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no"><title>{esc(title)} - 小红书</title><meta name="keywords" content="杭州周末,古村,拍照"><meta name="description" content="{attr(items[0])}"><meta name="og:type" content="article"><meta name="og:title" content="{attr(title)} - 小红书"><meta name="og:image" content="https://sns-webpic-qc.xhscdn.com/x.jpg"><link rel="stylesheet" href="//fe-static.xhscdn.com/formula-static/xhs-pc-web/public/resource/css/main.css"></head><body>
<div id="app"><div class="layout"><div class="header-container"><a class="logo" href="/explore">小红书</a><div class="input-box"><input placeholder="搜索小红书"></div><div class="channel-list"><a href="/explore">发现</a><a href="#">发布</a><a href="#">通知</a></div><button class="login-btn">登录</button></div>
<div class="note-detail-mask"><div id="noteContainer" class="note-container">
<div class="media-container"><div class="swiper"><img src="https://sns-webpic-qc.xhscdn.com/1.jpg"><img src="https://sns-webpic-qc.xhscdn.com/2.jpg"></div></div>
<div class="interaction-container"><div class="author-container"><div class="author-wrapper"><div class="info"><a class="name" href="/user/profile/5f1"><span class="username">阿酱的周末</span></a></div><div class="note-detail-follow-btn"><button class="follow-button">关注</button></div></div></div>
<div class="note-scroller"><div id="noteContainer" class="note-content"><div id="detail-title" class="title">{esc(title)}</div>
<div id="detail-desc" class="desc"><span class="note-text">{'<br>'.join(f'<span>{esc(x)}</span>' for x in items)}<br><a class="tag" href="#">#杭州周末去哪</a> <a class="tag" href="#">#古村落</a> <a class="tag" href="#">#拍照圣地</a> <a class="tag" href="#">#小众旅行地</a></span></div>
<div class="bottom-container"><span class="date">{t.strftime('%Y-%m-%d')} 浙江</span></div></div>
<div class="divider interaction-divider"></div>
<div class="comments-el"><div class="comments-container"><div class="total">共 {len(comments) + 30} 条评论</div><div class="list-container">{cm}</div><div class="end-container">- THE END -</div></div></div></div>
<div class="interactions engage-bar"><div class="buttons engage-bar-style"><span class="like-wrapper"><span class="count">{R.randint(800, 3000)}</span></span><span class="collect-wrapper"><span class="count">{R.randint(800, 3000)}</span></span><span class="chat-wrapper"><span class="count">34</span></span></div><div class="input-box"><div class="content-edit"><p class="content-input" contenteditable="true" data-tribute="true">说点什么...</p></div></div></div>
</div></div></div>
<div class="footer"><p>沪ICP备13030189号 | 营业执照 | 2024沪公网安备31010102002533号 | 增值电信业务经营许可证：沪B2-20150021</p><p>&copy; 2014-{NOW.year} 行吟信息科技（上海）有限公司</p></div>
</div></div>
<script>window.__INITIAL_STATE__={jdump(state).replace('"x"', 'undefined' if False else '"65cb"')}</script>
<script src="//fe-static.xhscdn.com/formula-static/xhs-pc-web/public/resource/js/vendor.js"></script>
</body></html>
"""
    add("xiaohongshu-note", url, page, "utf-8", title, t, items, ["#杭州周末去哪", "求具体村名", "说点什么", "THE END", "阿酱的周末", "沪ICP备"])


def zhihu_answer():
    t = when(2024, 2, 13, 10, 22)
    edit = shift(t, 2, 3)
    title = "为什么很多县城的公交车越来越少了？"
    items = [
        "谢邀。在县交通运输局干了八年，说一点自己的观察。",
        "第一是客流。县城公交的主要乘客是老人和学生，这两年随着农村学校撤并、寄宿制推开，学生坐公交的少了很多；老人有免费乘车政策，但这部分收入要靠财政补贴，补贴一旦跟不上，线路就只能砍。",
        "第二是成本。一辆新能源公交车一年的运营成本，包括司机工资、充电、维修、保险，大概在二十万元左右。很多线路一天跑下来收入不到两百块，全靠政府补贴撑着。",
        "第三是电动车。县城不大，骑电动车十几分钟能到任何地方，而且门到门，比等半小时一班的公交车方便太多了。",
        "所以不是县城不想办公交，而是传统的固定线路、固定班次的模式不适合县城了。现在一些地方在试点需求响应式公交，提前在小程序上预约，车辆按需调度，可能是一个方向。",
    ]
    other = ["补充一点，很多县城公交是特许经营，公司本身也没有动力增加班次。", "我们县去年把一半线路改成了定制公交，效果还可以，但早晚高峰还是不够用。"]
    url = f"https://www.zhihu.com/question/{R.randint(600000000, 649999999)}/answer/{R.randint(3300000000, 3399999999)}"
    state = {"initialState": {"entities": {"answers": {"1": {"createdTime": epoch(t), "updatedTime": epoch(edit), "voteupCount": 2341}}, "questions": {"2": {"title": title, "created": epoch(shift(t, -30))}}}}}
    page = f"""<!doctype html>
<html lang="zh" data-hairline="true" class="itcauecng" data-theme="light"><head><meta charset="utf-8"/><title data-rh="true">为什么很多县城的公交车越来越少了？ - 知乎</title><meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1"/><meta name="renderer" content="webkit"/><meta name="force-rendering" content="webkit"/><meta data-rh="true" name="keywords" content="公共交通,县城,公交车"/><meta data-rh="true" name="description" content="谢邀。在县交通运输局干了八年，说一点自己的观察。"/><meta data-rh="true" property="og:title" content="为什么很多县城的公交车越来越少了？"/><link rel="stylesheet" href="https://static.zhihu.com/heifetz/main.app.9b1b.css"/><script nonce="2f8a">!function(){{"use strict";!function(e,n){{var r=[];e.__zhihu_jssdk_q=r}}(window)}}();</script></head><body>
<div id="root"><div><div class="LoadingBar"></div><div><header role="banner" class="Sticky AppHeader"><div class="AppHeader-inner"><a href="//www.zhihu.com" aria-label="知乎"><svg viewBox="0 0 64 30" width="64" height="30"></svg></a><nav role="navigation" class="AppHeader-Tabs"><a class="AppHeader-Tab" href="//www.zhihu.com/">首页</a><a class="AppHeader-Tab" href="//zhuanlan.zhihu.com">知学堂</a><a class="AppHeader-Tab" href="//www.zhihu.com/question/waiting">等你来答</a></nav><div class="SearchBar"><input type="text" placeholder="搜索你感兴趣的内容..."/></div><button>登录/注册</button></div></header></div>
<main role="main" class="App-main"><div class="QuestionPage" itemscope="" itemType="http://schema.org/Question"><meta itemProp="name" content="{attr(title)}"/><meta itemProp="answerCount" content="214"/><meta itemProp="dateCreated" content="{shift(t, -30).strftime('%Y-%m-%dT%H:%M:%S')}.000Z"/>
<div class="QuestionHeader"><div class="QuestionHeader-content"><div class="QuestionHeader-main"><div class="QuestionHeader-topics"><div class="Tag QuestionTopic"><a class="TopicLink" href="#">公共交通</a></div><div class="Tag QuestionTopic"><a class="TopicLink" href="#">县城</a></div></div><h1 class="QuestionHeader-title">{esc(title)}</h1><div class="QuestionRichText QuestionRichText--collapsed"><span class="RichText ztext">我们县前几年还有十几条线路，现在只剩五六条了，班次也从十分钟一班变成了半小时一班。</span></div></div>
<div class="QuestionHeader-side"><div class="NumberBoard QuestionFollowStatus-counts"><div class="NumberBoard-item"><div class="NumberBoard-itemInner">关注者<strong class="NumberBoard-itemValue">1,208</strong></div></div><div class="NumberBoard-item">被浏览<strong class="NumberBoard-itemValue">2,316,470</strong></div></div></div></div></div>
<div class="Question-main"><div class="ListShortcut"><div class="Question-mainColumn"><a class="QuestionMainAction ViewAll-QuestionMainAction" href="#">查看全部 214 个回答</a>
<div class="Card AnswerCard"><div class="QuestionAnswer-content"><div class="ContentItem AnswerItem" itemProp="acceptedAnswer" itemType="http://schema.org/Answer" itemscope=""><div class="ContentItem-meta"><div class="AuthorInfo AnswerItem-authorInfo" itemProp="author" itemscope="" itemType="http://schema.org/Person"><meta itemProp="name" content="县城交通人"/><div class="AuthorInfo-content"><div class="AuthorInfo-head"><a class="UserLink-link" href="#">县城交通人</a></div><div class="AuthorInfo-detail"><div class="ztext AuthorInfo-badgeText">公共交通从业者</div></div></div></div><div class="LabelContainer-wrapper"></div><div class="css-h5al4j"><span class="Voters"><button class="Button">2,341 人赞同了该回答</button></span></div></div>
<meta itemProp="upvoteCount" content="2341"/><meta itemProp="dateCreated" content="{(t - dt.timedelta(hours=8)).strftime('%Y-%m-%dT%H:%M:%S')}.000Z"/><meta itemProp="dateModified" content="{(edit - dt.timedelta(hours=8)).strftime('%Y-%m-%dT%H:%M:%S')}.000Z"/><meta itemProp="commentCount" content="186"/>
<div class="RichContent RichContent--unescapable"><span><div class="RichContent-inner"><span class="RichText ztext CopyrightRichText-richText css-1g0fqss" options="[object Object]" itemProp="text">{P(items, '<p data-pid="' + str(R.randint(10000, 99999)) + '">', '</p>')}</span></div></span>
<div><div class="ContentItem-time"><a target="_blank" href="{url}"><span data-tooltip="发布于 {ymdhm(t)}">编辑于 {ymdhm(edit)}・IP 属地{R.choice(['四川', '河南', '湖南'])}</span></a></div></div>
<div class="ContentItem-actions"><span><button class="Button VoteButton VoteButton--up">赞同 2341</button><button class="Button VoteButton VoteButton--down"></button></span><button class="Button ContentItem-action">186 条评论</button><div class="Popover ShareMenu"><button class="Button">分享</button></div><button class="Button ContentItem-action">收藏</button><button class="Button ContentItem-action">喜欢</button></div></div></div></div></div>
<div class="Card MoreAnswers"><div class="List"><div class="List-header"><h4 class="List-headerText">更多回答</h4></div>
{''.join(f'<div class="List-item"><div class="ContentItem AnswerItem"><div class="AuthorInfo"><a class="UserLink-link" href="#">{esc(name())}</a></div><div class="RichContent is-collapsed"><div class="RichContent-inner"><span class="RichText ztext CopyrightRichText-richText">{esc(o)}</span></div><div class="ContentItem-time"><span>发布于 {ymdhm(shift(t, i + 1))}</span></div></div></div></div>' for i, o in enumerate(other))}
</div></div></div>
<div class="Question-sideColumn"><div class="Card"><div class="Card-header"><div class="Card-headerText">相关问题</div></div><div class="Card-section"><a href="#">县城有必要建地铁吗？</a> 128 个回答</div><div class="Card-section"><a href="#">农村客运班车为什么越来越少？</a> 56 个回答</div></div>
<footer class="Footer"><a href="#">刘看山</a><a href="#">知乎指南</a><a href="#">知乎协议</a><a href="#">知乎隐私保护指引</a><br/><span>京 ICP 证 110745 号</span><span>京 ICP 备 13052560 号 - 1</span><span>京公网安备 11010802020088 号</span><br/><span>&copy; {NOW.year} 知乎</span><span>北京智者天下科技有限公司版权所有</span></footer></div></div></div></div></main></div></div>
<script id="js-initialData" type="text/json">{jdump(state)}</script>
<script src="https://static.zhihu.com/heifetz/main.app.a1f3.js" defer></script>
</body></html>
"""
    add("zhihu-answer", url, page, "utf-8", title, t, items, ["我们县前几年还有十几条线路", "更多回答", "补充一点", "人赞同了该回答", "相关问题", "版权所有"])


def wechat_yuanchuang():
    t = when(2024, 2, 13, 18, 30)
    prov, city, county = place()
    acct = f"{county.rstrip('县市')}发布"
    title = f"好消息！{county}这条“断头路”打通了"
    author = name()
    items = [
        f"2月13日，随着最后一段沥青摊铺完成，{county}城东新区滨河路与迎宾大道连接段正式建成通车。这条困扰周边居民多年的“断头路”终于打通了。",
        f"滨河路连接段全长{R.randint(600, 1400)}米，路基宽{R.randint(24, 40)}米，为双向四车道城市主干路，同步建设了人行道、非机动车道、路灯、雨污管网和绿化带。",
        "“以前去县城要绕一大圈，现在从小区出来直接就上迎宾大道，十分钟就到了。”家住附近的居民说。",
        H("下一步"),
        f"据县住建局介绍，今年全县还将实施{R.randint(5, 12)}个市政道路项目，重点打通城区“断头路”“瓶颈路”，进一步完善城市路网。",
    ]
    url = f"https://mp.weixin.qq.com/s/{''.join(R.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-') for _ in range(22))}"
    ct = epoch(t)

    def sec(x):
        if isinstance(x, tuple):
            return f'<section style="margin: 24px 0 8px;text-align: center;"><span style="font-size: 17px;color: rgb(0, 112, 192);"><strong>{esc(x[1])}</strong></span></section>'
        return f'<section style="margin-bottom: 16px;line-height: 1.75em;"><span style="font-size: 15px;letter-spacing: 1px;">{esc(x)}</span></section>'
    body = "\n".join(sec(x) for x in items)
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<link rel="dns-prefetch" href="//res.wx.qq.com">
<script nonce="{R.randint(10**8, 10**9)}" type="text/javascript">window.logs = {{ pagetime: {{ page_begin: Date.now() }} }};</script>
<title>{esc(title)}</title>
<meta name="description" content="{attr(items[0][:54])}">
<meta property="og:title" content="{attr(title)}">
<meta property="og:url" content="{url}">
<meta property="og:type" content="article">
<meta property="twitter:card" content="summary">
<meta property="og:description" content="{attr(items[0][:54])}">
<link rel="stylesheet" type="text/css" href="//res.wx.qq.com/mmbizappmsg/zh_CN/htmledition/js/assets/appmsg.css">
</head>
<body id="activity-detail" class="zh_CN wx_wap_page mm_appmsg comment_feature discuss_tab appmsg_skin_default appmsg_style_default">
<div id="js_article" class="rich_media">
<div id="js_top_ad_area" class="top_banner"></div>
<div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary"><div class="rich_media_area_primary_inner">
<div id="img-content" class="rich_media_wrp">
<h1 class="rich_media_title " id="activity-name">
{esc(title)}
</h1>
<div id="meta_content" class="rich_media_meta_list">
<span id="copyright_logo" class="wx_tap_link js_wx_tap_highlight rich_media_meta icon_appmsg_tag appmsg_title_tag weui-wa-hotarea">原创</span>
<span class="rich_media_meta rich_media_meta_text">{esc(author)}</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" class="wx_tap_link js_wx_tap_highlight weui-wa-hotarea" id="js_name">{esc(acct)}</a></span>
<span class="rich_media_meta rich_media_meta_text"><em id="publish_time" class="rich_media_meta rich_media_meta_text"></em></span>
<span class="rich_media_meta rich_media_meta_text" id="js_ip_wording_wrp"><span id="js_ip_wording"></span></span>
</div>
<div class="rich_media_content js_underline_content autoTypeSetting24psection" id="js_content" style="visibility: hidden;">
<section style="text-align: center;"><img class="rich_pages wxw-img" data-ratio="0.5625" data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{''.join(R.choice('abcdefXYZ0123') for _ in range(40))}/640?wx_fmt=jpeg" data-type="jpeg" data-w="1080" style=""></section>
{body}
<section style="text-align: center;"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/end/640?wx_fmt=gif" data-type="gif"></section>
<p style="text-align: right;"><span style="font-size: 12px;color: rgb(136, 136, 136);">来源：县融媒体中心</span></p>
<p style="text-align: right;"><span style="font-size: 12px;color: rgb(136, 136, 136);">编辑：{esc(name())}  审核：{esc(name())}</span></p>
<section style="text-align: center;"><span style="font-size: 14px;color: rgb(255, 104, 39);">点击下方“阅读原文”查看更多</span></section>
</div>
<script type="text/javascript" nonce="1">var first_sceen__time = (+new Date());if ("" == 1 && document.getElementById('js_content')) {{document.getElementById('js_content').addEventListener("selectstart",function(e){{ e.preventDefault(); }});}}</script>
<div class="ct_mpda_wrp" id="js_sponsor_ad_area" style="display:none;"></div>
<div class="reward_area" id="js_reward_area"></div>
<div class="rich_media_tool_area"><div class="rich_media_tool">
<a class="media_tool_meta meta_primary" id="js_view_source" href="##">阅读原文</a>
<div class="media_tool_meta tips_global_primary meta_primary" id="js_read_area3" style="display:none;">阅读 <span id="readNum3"></span></div>
<span class="like_btn media_tool_meta meta_extra" id="like3"><span id="likeNum3" class="like_num">赞</span></span>
<span class="media_tool_meta meta_extra" id="js_share_btn">分享</span>
<span class="media_tool_meta meta_extra" id="js_like_btn">在看</span>
</div></div>
<div class="rich_media_area_extra"><div class="mpda_bottom_container" id="js_bottom_ad_area"></div><div id="js_cmt_area" class="rich_media_extra rich_media_extra_discuss" style="display:none"><div class="discuss_container"><div class="rich_tips with_line title_tips discuss_title_line"><span class="tips">留言</span></div></div></div></div>
</div></div></div></div>
<div id="js_pc_qr_code" class="qr_code_pc_outer" style="display:none;"><div class="qr_code_pc_inner"><div class="qr_code_pc"><img id="js_pc_qr_code_img" class="qr_code_pc_img"><p>微信扫一扫<br>关注该公众号</p></div></div></div>
</div>
<div class="wx_profile_dialog_primary" style="display:none"><p>{esc(acct)}</p><p>{esc(county)}人民政府新闻办公室官方账号</p></div>
<div id="unlogin_bottom_bar" style="display:none"><p>微信扫一扫可打开此内容，使用完整服务</p></div>
<script type="text/javascript" nonce="2">
var appmsgid = "{R.randint(2247480000, 2247499999)}" || "";
var msg_title = '{title}'.html(false);
var msg_desc = htmlDecode("{items[0][:54]}");
var nickname = htmlDecode("{acct}");
var round_head_img = "http://mmbiz.qpic.cn/mmbiz_png/x/0?wx_fmt=png";
var ct = "{ct}";
var publish_time = "{ymd(t)}" || "";
var user_name = "gh_{''.join(R.choice('0123456789abcdef') for _ in range(12))}";
var copyright_stat = "1";
var source_url = "http://www.{county}.gov.cn/xwzx/";
</script>
<script type="text/javascript" nonce="3">document.getElementById("js_content").style.visibility = "visible";</script>
</body>
</html>
"""
    add("wechat-yuanchuang-yuedu-yuanwen", url, page, "utf-8", title, t, items, ["原创", "阅读原文", "来源：县融媒体中心", "审核：", "微信扫一扫", "在看"])


def weibo_gov():
    t = when(2024, 2, 13, 10, 22)
    prov, city, county = place()
    acct = f"{city}发布"
    items = [
        f"【#{city}春季招聘会#明天开幕 {R.randint(300, 600)}家企业带来{R.randint(10000, 20000)}个岗位】",
        f"2月14日至16日，{city}2024年春风行动大型招聘会将在市体育中心举行，{R.randint(300, 600)}家企业提供岗位{R.randint(10000, 20000)}个，涵盖装备制造、电子信息、现代物流、医疗健康等行业。",
        "求职者可携带身份证和个人简历免费入场，现场还设有政策咨询区、技能培训报名区和直播带岗区。不方便到现场的朋友，可以通过“就业在线”小程序查看岗位、投递简历。",
        "转发扩散，让更多需要的朋友看到！",
    ]
    url = f"https://weibo.com/{R.randint(2000000000, 7999999999)}/N{''.join(R.choice('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789') for _ in range(8))}"
    comments = [("一只小民工", "有没有适合应届生的岗位？", "2月13日 10:41"), (f"{city}人社", "回复@一只小民工：有的，现场设有高校毕业生专区", "2月13日 11:02"), ("大橘为重", "去年去过，岗位还挺多的", "2月13日 12:15")]
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{esc(acct)}的微博 - 微博</title>
<meta name="keywords" content="{attr(acct)},微博">
<meta name="description" content="{attr(items[0])}">
<link href="//img.t.sinajs.cn/t6/style/css/module/base/frame.css?version=ea0b4bb0" type="text/css" rel="stylesheet" charset="utf-8">
<script type="text/javascript">var $CONFIG = {{}};$CONFIG['islogin'] = '0';$CONFIG['oid'] = '{R.randint(2000000000, 7999999999)}';$CONFIG['onick'] = '{acct}';$CONFIG['page_id'] = '100206{R.randint(2000000000, 7999999999)}';$CONFIG['timeDiff'] = 0;</script>
</head>
<body class="B_page S_page">
<div class="WB_miniblog"><div class="WB_miniblog_fb">
<div class="WB_global_nav"><div class="gn_header clearfix"><div class="gn_logo"><a href="//weibo.com" class="box" title="微博">微博</a></div><div class="gn_search_v2"><input type="text" class="W_input" placeholder="大家都在搜：春季招聘"></div><div class="gn_position"><div class="gn_nav"><ul class="gn_nav_list"><li><a href="//weibo.com">首页</a></li><li><a href="//d.weibo.com">发现</a></li><li><a href="//game.weibo.com">游戏</a></li><li><a href="//weibo.com/login.php">登录</a></li><li><a href="//weibo.com/signup/signup.php">注册</a></li></ul></div></div></div></div>
<div class="WB_frame"><div class="WB_frame_b"><div class="WB_main_r"><div class="PCD_person_info"><div class="WB_innerwrap"><div class="m_wrap"><p class="info"><span class="item_text">{esc(city)}市人民政府新闻办公室官方微博</span></p><p class="info">粉丝 {R.randint(50, 300)}万</p></div></div></div>
<div class="WB_cardwrap S_bg2"><div class="PCD_ut"><h4>热门微博</h4><ul><li><a href="#">#{esc(city)}元宵灯会#今晚开放时间调整</a> <span>2月11日</span></li><li><a href="#">{esc(city)}发布寒潮蓝色预警</a> <span>2月9日</span></li></ul></div></div></div>
<div class="WB_main_c"><div class="WB_feed WB_feed_v3 WB_feed_v4" module-type="feed">
<div class="WB_cardwrap WB_feed_type S_bg2 WB_feed_like" tbinfo="ouid={R.randint(2000000000, 7999999999)}" mid="{R.randint(5000000000000000, 5009999999999999)}" action-type="feed_list_item">
<div class="WB_feed_detail clearfix" node-type="feed_content"><div class="WB_face W_fl"><img class="W_face_radius" src="//tvax2.sinaimg.cn/crop.0.0.180.180.50/x.jpg" width="50" height="50" alt="{attr(acct)}"></div>
<div class="WB_detail"><div class="WB_info"><a target="_blank" class="W_f14 W_fb S_txt1" nick-name="{attr(acct)}" title="{attr(acct)}" href="#">{esc(acct)}</a><a target="_blank" href="#" title="微博政务认证"><i class="W_icon icon_approve_co"></i></a></div>
<div class="WB_from S_txt2"><a target="_blank" href="{url}" title="{t.strftime('%Y-%m-%d %H:%M')}" date="{epoch(t) * 1000}" class="S_txt2" node-type="feed_list_item_date">2月13日 {t.strftime('%H:%M')}</a> 来自 <a class="S_txt2" href="#" rel="nofollow">微博 weibo.com</a></div>
<div class="WB_text W_f14" node-type="feed_list_content" nick-name="{attr(acct)}">
{'<br>'.join(esc(x) for x in items)}
</div>
<div class="WB_media_wrap clearfix" node-type="feed_list_media_prev"><div class="media_box"><ul class="WB_media_a WB_media_a_m1 clearfix"><li class="WB_pic li_1 S_bg1 S_line2 bigcursor"><img src="//wx1.sinaimg.cn/thumb150/x.jpg"></li></ul></div></div>
</div></div>
<div class="WB_feed_handle"><div class="WB_handle"><ul class="WB_row_line WB_row_r4 clearfix S_line2"><li><a class="S_txt2" href="javascript:void(0);"><span class="pos"><span class="line S_line1"><span><em class="W_ficon ficon_favorite S_ficon">&#xe609;</em><em>收藏</em></span></span></span></a></li><li><a class="S_txt2" href="javascript:void(0);"><span class="pos"><span class="line S_line1"><span><em class="W_ficon ficon_forward S_ficon">&#xe607;</em><em>{R.randint(100, 900)}</em></span></span></span></a></li><li><a class="S_txt2"><span><em>评论 {R.randint(50, 200)}</em></span></a></li><li><a class="S_txt2"><span><em>赞 {R.randint(200, 2000)}</em></span></a></li></ul></div></div>
<div class="WB_feed_repeat S_bg1"><div class="WB_repeat S_line1"><div class="repeat_list"><div class="list_box"><div class="list_ul">
{''.join(f'<div class="list_li S_line1 clearfix" comment_id="{R.randint(10**15, 10**16)}"><div class="WB_face W_fl"><img src="//tvax1.sinaimg.cn/x.jpg" width="30" height="30"></div><div class="list_con"><div class="WB_text"><a href="#">{esc(u)}</a>：{esc(c)}</div><div class="WB_func clearfix"><div class="WB_from S_txt2">{d}</div></div></div></div>' for u, c, d in comments)}
</div></div></div></div></div>
</div></div></div>
<div class="WB_footer S_bg2"><div class="other_link S_bg1 clearfix"><p class="copy"><a href="#">微博客服</a><a href="#">意见反馈</a><a href="#">开放平台</a><a href="#">微博招聘</a></p><p class="company"><span class="copy S_txt2">京ICP证100780号</span><span class="copy S_txt2">Copyright &copy; 2009-{NOW.year} WEIBO 北京微梦创科网络技术有限公司</span></p></div></div>
</div></div></div></div>
</div></div>
<script src="//js.t.sinajs.cn/t6/home/js/pl/content/weiboDetail/index.js?version=ea0b4bb0"></script>
</body>
</html>
"""
    add("weibo-gov-status", url, page, "utf-8", None, t, items, ["热门微博", "有没有适合应届生的岗位", "微博政务认证", "粉丝", "Copyright"])


def gov_shell(enc, title_tag, site, crumbs, article, side, head_extra="", charset_label=None):
    cl = charset_label or enc
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={cl}" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>{esc(title_tag)}</title>
<meta name="SiteName" content="{attr(site)}">
<meta name="SiteIDCode" content="{bsid()}">
{head_extra}
<link href="/images/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery.min.js"></script>
{baidu_tongji()}
</head>
<body>
<div class="top-bar"><div class="w1200"><span class="welcome">欢迎访问{esc(site)}！</span><span class="links"><a href="#">无障碍浏览</a> | <a href="#">长者模式</a> | <a href="#">繁體</a> | <a href="#">设为首页</a> | <a href="#">加入收藏</a></span></div></div>
<div class="header"><div class="w1200"><a href="/" class="logo"><img src="/images/logo.png" alt="{attr(site)}"></a><div class="search"><input type="text" value="请输入关键字" /><input type="button" value="搜索" /></div></div></div>
<div class="nav"><div class="w1200"><ul>{''.join(f'<li><a href="/{i}/">{esc(x)}</a></li>' for i, x in enumerate(["首页", "新闻动态", "通知公告", "政务公开", "工作动态", "理论研究", "互动交流"]))}</ul></div></div>
<div class="w1200 location">当前位置：<a href="/">首页</a> &gt; {' &gt; '.join(f'<a href="#">{esc(c)}</a>' for c in crumbs)}</div>
<div class="w1200 main clearfix">
<div class="main-left">{article}</div>
<div class="main-right">{side}</div>
</div>
{zh_footer(site)}
</body>
</html>
"""


def side_list(head, t, heads, step=-3):
    return f'<div class="side-box"><h3>{esc(head)}</h3><ul>' + "".join(f'<li><a href="#" title="{attr(h)}">{esc(h)}</a><span>{ymd(shift(t, step * (i + 1)))}</span></li>' for i, h in enumerate(heads)) + "</ul></div>"


def renda_county():
    t = when(2024, 2, 13, 9)
    prov, city, county = place()
    site = f"{county}人大常委会"
    title = f"县人大常委会召开第{R.randint(10, 20)}次主任会议"
    items = [
        f"2月13日，县人大常委会召开第{R.randint(10, 20)}次主任会议，县人大常委会主任{name()}主持会议并讲话，副主任{name()}、{name()}、{name()}，秘书长{name()}出席会议。",
        "会议听取了县人民政府关于全县优化营商环境工作情况的报告，研究了县人大常委会2024年工作要点、监督工作计划和代表工作计划（草案），决定将上述草案提请常委会会议审议。",
        "会议要求，常委会各工作机构要紧扣县委中心工作，认真谋划全年工作，突出监督重点，增强监督实效，做到年初有计划、年中有检查、年底有总结。",
        "会议强调，要进一步密切同人大代表和人民群众的联系，持续深化“人大代表联络站”建设，认真办理代表建议，推动解决群众急难愁盼问题。",
        "县人大常委会各委室负责人列席会议。",
    ]
    url = f"http://www.{county}rd.gov.cn/rdyw/{t.year}{t.month:02d}/t{t.strftime('%Y%m%d')}_{R.randint(100000, 999999)}.html"
    article = f"""<div class="article">
<h1 class="art-title">{esc(title)}</h1>
<div class="art-info"><span>发布时间：{ymdhm(t)}</span><span>来源：县人大常委会办公室</span><span>作者：{esc(name())}</span><span>浏览次数：<script>document.write(Math.floor(Math.random()*1000))</script></span><span>【字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span></div>
<div class="art-content TRS_Editor" id="zoom">
<div class="TRS_Editor"><p style="text-align:center"><img src="./W020240213{R.randint(100000000, 999999999)}.jpg" /></p>
{P(items, '<p style="text-indent:2em">', '</p>')}</div>
</div>
<div class="art-tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="art-pn"><p>上一篇：<a href="#">县人大常委会开展节前走访慰问困难群众活动</a></p><p>下一篇：<a href="#">县人大代表联络站开展“代表接待日”活动</a></p></div>
</div>"""
    side = side_list("人大要闻", t, ["县人大常委会党组召开专题会议", "县人大常委会开展节前安全生产检查", "县十八届人大三次会议胜利闭幕", "县人大常委会召开代表建议交办会"]) + side_list("通知公告", t, ["关于征集2024年度监督议题的公告", "县人大常委会关于任免名单的公告"], 5)
    page = gov_shell("utf-8", f"{title}_人大要闻_{site}", site, ["人大要闻"], article, side,
                     f'<meta name="ArticleTitle" content="{attr(title)}">\n<meta name="PubDate" content="{ymdhm(t)}">\n<meta name="ContentSource" content="县人大常委会办公室">')
    add("renda-county-news", url, page, "utf-8", title, t, items, ["打印本页", "上一篇", "人大要闻", "通知公告", "网站标识码", "浏览次数"])


def zhengxie_city_gbk():
    t = when(2024, 2, 13, 16)
    prov, city, county = place()
    site = f"政协{city}市委员会"
    title = f"市政协召开“优化营商环境”专题协商会"
    items = [
        f"2月13日，市政协召开“持续优化营商环境 激发市场主体活力”专题协商会。市政协主席{name()}出席并讲话，副市长{name()}到会听取意见建议。",
        f"会上，市发展改革委通报了全市优化营商环境工作情况。{R.randint(6, 10)}位政协委员和企业代表围绕政务服务“一网通办”、涉企执法检查、中小企业融资、人才引进等作了发言，提出意见建议{R.randint(20, 40)}条。",
        "副市长在回应时表示，委员们的发言站位高、调研深、建议实，市政府将认真梳理吸纳，分解到相关部门抓好落实，并及时向市政协反馈办理情况。",
        "会议指出，优化营商环境是一项系统工程。市政协各参加单位和广大政协委员要发挥人才荟萃、智力密集、联系广泛的优势，持续跟踪问效，推动协商成果转化为推动发展的具体举措。",
    ]
    url = f"http://www.{city}zx.gov.cn/Item/{R.randint(10000, 99999)}.aspx"
    article = f"""<table width="100%" border="0" cellspacing="0" cellpadding="0" class="article-table">
<tr><td align="center" class="title" height="60"><font size="5"><b>{esc(title)}</b></font></td></tr>
<tr><td align="center" class="info" height="30">时间：{t.year}年{t.month:02d}月{t.day:02d}日 &nbsp;&nbsp; 作者：{esc(name())} &nbsp;&nbsp; 来源：市政协研究室 &nbsp;&nbsp; 点击：<span id="hits">{R.randint(100, 900)}</span></td></tr>
<tr><td class="content" id="fontzoom">
{P(items, '<p>　　', '</p>')}
<p align="right">（摄影：{esc(name())}）</p>
</td></tr>
<tr><td class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></td></tr>
</table>"""
    side = side_list("委员风采", t, ["政协委员：扎根基层二十年的乡村医生", "委员履职故事：为老旧小区加装电梯奔走", "委员企业家回乡投资兴业"], -7) + side_list("提案工作", t, ["市政协召开提案交办会", "关于加快发展银发经济的提案办理情况"], -4)
    page = gov_shell("gbk", f"{title}-{site}", site, ["政协动态", "协商议政"], article, side, charset_label="gb2312")
    add("zhengxie-city-gbk", url, page, "gbk", title, t, items, ["委员风采", "提案工作", "摄影：", "分享到", "点击："])


def court_gonggao():
    sign = dt.datetime(2024, 2, 13, 9, 0)
    t = when(2024, 2, 18, 10)
    prov, city, county = place()
    court = f"{city}市{R.choice(['涪城区', '城区', '高新区'])}人民法院"
    defend = f"{name()}"
    title = f"{court}公告（{defend}）"
    items = [
        f"{defend}：",
        f"本院受理原告{city}市{R.choice(['鑫源', '宏达', '恒通'])}小额贷款有限公司诉你民间借贷纠纷一案，已审理终结。因你下落不明，依照《中华人民共和国民事诉讼法》第九十五条的规定，向你公告送达（{t.year}）川{R.randint(700, 799)}民初{R.randint(1000, 9999)}号民事判决书。",
        f"判决内容为：被告{defend}于本判决生效之日起十日内偿还原告借款本金{R.randint(50, 300)}000元及利息（以未还本金为基数，按年利率百分之十五计算，自2022年6月1日起计算至实际清偿之日止）。案件受理费由被告负担。",
        "自公告之日起经过三十日，即视为送达。如不服本判决，可在公告期满后十五日内，向本院递交上诉状及副本，上诉于{city}市中级人民法院。逾期本判决即发生法律效力。",
        court,
        "二〇二四年二月十三日",
    ]
    url = f"http://{city}fy.scssfw.gov.cn/article/detail/{t.year}/02/id/{R.randint(7000000, 7999999)}.shtml"
    article = f"""<div class="detail">
<div class="detail_bigtitle">{esc(title)}</div>
<div class="detail_thr"><span>来源：{esc(court)}</span><span>发布时间：{ymdhms(t) if False else t.strftime('%Y-%m-%d %H:%M:%S')}</span><span>公告类型：送达公告</span></div>
<div class="detail_txt" id="detail_txt">
{P(items[:4], '<p style="text-indent:2em;">', '</p>')}
<p style="text-align:right;">{esc(items[4])}</p>
<p style="text-align:right;">{esc(items[5])}</p>
</div>
<div class="detail_share"><a href="#">打印</a> <a href="#">关闭</a></div>
</div>"""
    side = side_list("法院公告", t, [f"{name()}、{name()}民间借贷纠纷公告", f"{name()}买卖合同纠纷开庭公告", "关于春节期间诉讼服务安排的公告"], -2) + side_list("开庭公告", t, ["（2024）川0703民初1021号开庭公告", "（2024）川0703民初998号开庭公告"], 3)
    page = gov_shell("utf-8", f"{title}-{court}", court, ["法院公告"], article, side)
    add("court-gonggao-luokuan-and-pubdate", url, page, "utf-8", title, t, items, ["法院公告", "开庭公告", "公告类型", "网站标识码"])


def ymdhms(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")


def procuratorate_news():
    t = when(2024, 2, 13, 15)
    prov, city, county = place()
    site = f"{county}人民检察院"
    title = "县检察院开展“检察开放日”活动 邀请人大代表政协委员走进检察机关"
    items = [
        f"为主动接受社会监督，2月13日，{county}人民检察院开展“检察开放日”活动，邀请{R.randint(8, 16)}名人大代表、政协委员和人民监督员走进检察机关，零距离感受检察工作。",
        "代表委员们先后参观了12309检察服务中心、案件管理中心和未成年人检察工作室，详细了解了检察机关受理控告申诉、案件流程监控、未成年人综合司法保护等工作情况。",
        f"座谈会上，检察长{name()}通报了2023年全院检察工作情况。代表委员们对县检察院的工作给予充分肯定，并围绕加强公益诉讼、护航民营经济发展、深化检调对接等提出意见建议。",
        "该院表示，将认真梳理代表委员们提出的意见建议，逐项研究落实，不断提升检察工作质效，努力让人民群众在每一个司法案件中感受到公平正义。",
    ]
    url = f"http://www.{county}.jcy.gov.cn/jcyw/{t.year}{t.month:02d}/t{t.strftime('%Y%m%d')}_{R.randint(1000000, 9999999)}.shtml"
    article = f"""<div class="content-box">
<div class="content-title"><h2>{esc(title)}</h2></div>
<div class="content-info">发布时间：{ymdhms(t)} &nbsp;&nbsp; 来源：本院 &nbsp;&nbsp; 作者：{esc(name())} &nbsp;&nbsp; 【<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="content-text">
<p style="text-align:center"><img src="/uploadfiles/{t.year}02/kfr.jpg"></p><p style="text-align:center">图为活动现场</p>
{P(items)}
<p>（编辑：{esc(name())} 审核：{esc(name())}）</p>
</div>
<div class="content-qr"><img src="/images/qr.png"><p>扫一扫在手机打开当前页</p></div>
</div>"""
    side = side_list("检察要闻", t, ["县检察院召开2024年检察工作会议", "县检察院办理一起非法捕捞水产品公益诉讼案", "县检察院开展“送法进校园”活动"], -3) + '<div class="side-box"><h3>12309检察服务中心</h3><p>网址：www.12309.gov.cn 电话：12309</p></div>'
    page = gov_shell("utf-8", f"{title}_{site}", site, ["检察要闻"], article, side)
    add("procuratorate-open-day", url, page, "utf-8", title, t, items, ["图为活动现场", "扫一扫在手机打开当前页", "检察要闻", "审核：", "电话：12309"])


def press_conference():
    t = when(2024, 2, 13, 10)
    prov, city, county = place()
    site = f"{city}市人民政府新闻办公室"
    host, dir1, dir2 = name(), name(), name()
    title = f"{city}市“2024年为民办实事项目”新闻发布会"
    items = [
        f"主持人 市政府新闻办副主任 {host}：",
        "各位记者朋友，大家上午好！欢迎出席今天的新闻发布会。今天我们邀请到市发展改革委、市民政局、市教育局的负责同志，介绍2024年为民办实事项目有关情况，并回答大家关心的问题。",
        f"首先，请市发展改革委主任{dir1}介绍有关情况。",
        f"市发展改革委主任 {dir1}：",
        f"各位记者朋友，大家好！今年市政府确定了{R.randint(10, 15)}类{R.randint(30, 45)}项为民办实事项目，总投资{R.randint(30, 60)}亿元，涵盖教育、医疗、养老、托育、交通、住房等群众关心的领域。项目征集期间，共收到群众意见建议{R.randint(3000, 8000)}条，项目全部从群众意见中产生。",
        f"在教育方面，将新建改扩建中小学和幼儿园{R.randint(10, 20)}所，新增学位{R.randint(8000, 15000)}个；在养老方面，将新建社区嵌入式养老服务机构{R.randint(10, 30)}个，为{R.randint(2000, 5000)}户特殊困难老年人家庭实施适老化改造。",
        "主持人：",
        "下面进入提问环节，请记者朋友提问，提问前请先通报所在的新闻机构。",
        f"{city}日报记者：",
        "请问今年在养老服务方面有哪些具体举措？老年人怎样才能享受到这些服务？",
        f"市民政局局长 {dir2}：",
        "谢谢您的提问。今年我们重点推进两件事：一是在城区每个街道至少建成一个综合养老服务中心，提供日间照料、助餐、康复护理等服务；二是扩大老年助餐服务覆盖面，年满80周岁的老年人在社区食堂就餐可享受每餐3元的补贴。老年人可以就近到社区服务中心登记，也可以通过“智慧养老”小程序申请。",
        "主持人：",
        "今天的新闻发布会到此结束，谢谢各位！",
    ]
    url = f"http://www.{city}.gov.cn/zwgk/xwfbh/{t.year}{t.month:02d}/t{t.strftime('%Y%m%d')}_{R.randint(1000000, 9999999)}.html"
    body = []
    for x in items:
        if x.endswith("："):
            body.append(f'<p style="text-indent:2em"><strong>{esc(x)}</strong></p>')
        else:
            body.append(f'<p style="text-indent:2em">{esc(x)}</p>')
    article = f"""<div class="xwfbh">
<h1>{esc(title)}</h1>
<table class="fbh-info" width="100%"><tr><td>发布时间：{ymd(t)} 10:00</td><td>发布地点：市政府新闻发布厅</td></tr>
<tr><td colspan="2">发布人：市发展改革委主任 {esc(dir1)}；市民政局局长 {esc(dir2)}</td></tr></table>
<div class="fbh-tabs"><a href="#" class="on">文字实录</a> <a href="#">图片直播</a> <a href="#">视频回放</a></div>
<div class="fbh-pics"><img src="/xwfbh/{t.year}/pic1.jpg"><p>发布会现场</p></div>
<div class="fbh-text" id="zoom">
{chr(10).join(body)}
</div>
<div class="fbh-related"><h3>相关解读</h3><ul><li><a href="#">一图读懂｜2024年为民办实事项目</a> <span>{ymd(t)}</span></li><li><a href="#">2023年为民办实事项目完成情况</a> <span>{ymd(shift(t, -40))}</span></li></ul></div>
</div>"""
    side = side_list("往期发布会", t, [f"{city}市春运工作新闻发布会", f"{city}市2023年经济运行情况新闻发布会", f"{city}市优化营商环境新闻发布会"], -8)
    page = gov_shell("utf-8", f"{title}_{site}", site, ["新闻发布会"], article, side)
    add("press-conference-transcript-qa", url, page, "utf-8", title, t, items, ["发布地点", "文字实录", "发布会现场", "相关解读", "往期发布会"])


def zhengce_jiedu_images():
    t = when(2024, 2, 13, 11)
    pub = t
    prov, city, county = place()
    site = f"{city}市人民政府"
    doc = f"《{city}市促进消费若干措施》"
    title = f"图文解读：{doc}"
    items = [
        f"近日，{city}市人民政府办公室印发{doc}（以下简称《措施》）。为便于社会公众理解，现将有关内容解读如下。",
        H("一、出台背景"),
        "消费是拉动经济增长的重要引擎。为进一步释放消费潜力，推动消费市场加快恢复，结合我市实际，制定本措施。",
        H("二、主要内容"),
        f"《措施》从发放消费券、促进汽车消费、支持家电以旧换新、繁荣夜间经济、培育消费新场景等五个方面提出了{R.randint(16, 24)}条具体措施。",
        f"其中，市财政将统筹安排资金{R.randint(3000, 8000)}万元，分批次发放餐饮、零售、文旅等消费券；个人消费者购买新能源汽车的，给予每辆最高{R.randint(3, 8)}000元补贴。",
        H("三、适用对象"),
        "《措施》适用于在本市依法登记注册、具有独立法人资格的商贸流通企业，以及在本市购买商品和服务的个人消费者。",
    ]
    url = f"http://www.{city}.gov.cn/zwgk/zcjd/{t.year}{t.month:02d}/t{t.strftime('%Y%m%d')}_{R.randint(1000000, 9999999)}.html"
    imgs = "".join(f'<p style="text-align:center"><img src="./W0{R.randint(10**14, 10**15)}.png" alt="{attr(a)}" title="{attr(a)}" /></p>' for a in ["图解1", "图解2"])
    article = f"""<div class="zcjd">
<h1 class="title">{esc(title)}</h1>
<div class="xxgk-meta"><table><tr><td>索引号：</td><td>{R.randint(10**8, 10**9)}/{t.year}-{R.randint(10000, 99999)}</td><td>发布机构：</td><td>{city}市商务局</td></tr><tr><td>解读类型：</td><td>图文解读</td><td>发布日期：</td><td>{ymd(pub)}</td></tr></table></div>
<div class="info">发布时间：{ymdhm(pub)} &nbsp; 来源：市商务局 &nbsp; 【<a href="#">打印</a>】</div>
<div class="content" id="zoom">
{imgs}
{P(items, '<p style="text-indent:2em">', '</p>', '<p style="text-indent:2em"><strong>{}</strong></p>')}
{imgs}
</div>
<div class="policy-link">相关文件：<a href="#">{esc(city)}市人民政府办公室关于印发{esc(doc)}的通知</a></div>
<div class="policy-link">解读机构：{city}市商务局 &nbsp; 解读人：{esc(name())} &nbsp; 联系电话：0816-{R.randint(2000000, 2999999)}</div>
</div>"""
    side = side_list("政策解读", t, ["一图读懂2024年市政府工作报告", f"{city}市住房公积金新政解读", "关于城乡居民医保缴费标准调整的解读"], -6)
    page = gov_shell("utf-8", f"{title}_{site}", site, ["政务公开", "政策解读"], article, side)
    add("zhengce-jiedu-images", url, page, "utf-8", title, t, items, ["索引号", "相关文件", "解读机构", "联系电话", "一图读懂"])


def gongshi_attachments():
    t = when(2024, 2, 13, 16)
    prov, city, county = place()
    site = f"{county}人民政府"
    title = f"{county}2024年第一批农村公益性岗位拟聘用人员公示"
    items = [
        f"根据《{county}农村公益性岗位开发管理办法》，经个人申请、村级推荐、乡镇审核，拟聘用{name()}等{R.randint(80, 160)}人为2024年第一批农村公益性岗位人员，现予以公示（名单详见附件）。",
        f"公示时间：{t.year}年2月14日至2月20日（5个工作日）。",
        "公示期间，如对公示对象有异议，可通过来电、来信、来访等方式向县人力资源和社会保障局反映。反映问题要实事求是，以真实姓名反映的，我们将为其保密。",
        f"联系电话：0816-{R.randint(5000000, 5999999)}",
        f"{county}人力资源和社会保障局",
        f"{t.year}年2月13日",
    ]
    atts = ["2024年第一批农村公益性岗位拟聘用人员名单.xlsx", "农村公益性岗位开发管理办法.pdf"]
    url = f"http://www.{county}.gov.cn/zwgk/gsgg/{t.year}{t.month:02d}/t{t.strftime('%Y%m%d')}_{R.randint(1000000, 9999999)}.html"
    article = f"""<div class="article">
<h1>{esc(title)}</h1>
<div class="info">信息来源：县人力资源和社会保障局 &nbsp; 发布时间：{ymd(t)} &nbsp; 浏览次数：<span id="views">{R.randint(100, 900)}</span></div>
<div class="content" id="zoom">
{P(items[:4], '<p style="text-indent:2em">', '</p>')}
<p style="text-align:right">{esc(items[4])}</p>
<p style="text-align:right">{esc(items[5])}</p>
</div>
<div class="attachments"><p>附件：</p><ul>{''.join(f'<li><a href="./P0{R.randint(10**14, 10**15)}{os.path.splitext(a)[1]}" title="{attr(a)}">{i + 1}.{esc(a)}</a></li>' for i, a in enumerate(atts))}</ul></div>
<div class="tools"><a href="javascript:window.print()">[打印]</a> <a href="javascript:window.close()">[关闭]</a></div>
</div>"""
    side = side_list("公示公告", t, ["2023年度县级财政预算执行情况公示", "县城区道路改造工程中标候选人公示", "关于拟命名县级文明村镇的公示"], -3)
    page = gov_shell("utf-8", f"{title}-{site}", site, ["政务公开", "公示公告"], article, side)
    add("gongshi-attachment-list", url, page, "utf-8", title, t, items, ["公示公告", "中标候选人公示", "浏览次数"], attachments=atts)


def gongshi_table_gbk():
    t = when(2024, 2, 13, 17)
    prov, city, county = place()
    site = f"{county}教育局"
    title = f"{county}2023年度优秀教师拟表彰人员名单公示"
    schools = ["城关第一小学", "实验中学", "第二初级中学", "城南幼儿园", "河口镇中心小学", "职业中学", "第三小学"]
    rows = [("序号", "姓名", "性别", "工作单位", "任教学科")] + [(str(i + 1), name(), R.choice("男女"), schools[i % len(schools)], R.choice(["语文", "数学", "英语", "物理", "学前教育", "机械"])) for i in range(12)]
    items = [
        "经学校推荐、乡镇中心校和局属学校审核、县教育局评审委员会评审，拟对以下12名同志授予“2023年度优秀教师”称号，现予以公示。",
        *[" ".join(r) for r in rows],
        f"公示时间为{t.year}年2月14日至2月20日。如有异议，请在公示期内以书面形式向县教育局人事股反映，电话：0816-{R.randint(5000000, 5999999)}。",
        f"{county}教育局",
        f"{t.year}年2月13日",
    ]
    url = f"http://jyj.{county}.gov.cn/Article/ShowArticle.asp?ArticleID={R.randint(1000, 9999)}"
    table = '<table border="1" cellspacing="0" cellpadding="4" align="center" width="90%" style="border-collapse:collapse">' + "".join("<tr>" + "".join(f'<td align="center">{esc(c)}</td>' for c in r) + "</tr>" for r in rows) + "</table>"
    article = f"""<table width="100%" border="0" cellpadding="0" cellspacing="0">
<tr><td height="50" align="center" class="ArticleTitle"><strong>{esc(title)}</strong></td></tr>
<tr><td align="center" class="ArticleInfo">作者：人事股 &nbsp; 文章来源：本站原创 &nbsp; 点击数：<script src="/Article/GetHits.asp?ArticleID=1"></script> &nbsp; 更新时间：{t.year}-{t.month}-{t.day} {t.strftime('%H:%M:%S')}</td></tr>
<tr><td class="ArticleContent" id="fontzoom">
<p>　　{esc(items[0])}</p>
{table}
<p>　　{esc(items[-3])}</p>
<p align="right">{esc(items[-2])}<br>{esc(items[-1])}</p>
</td></tr>
<tr><td align="left">【<a href="#">发表评论</a>】【<a href="javascript:window.print()">打印此文</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
<tr><td>上一篇文章：<a href="#">关于做好2024年春季学期开学工作的通知</a><br>下一篇文章：<a href="#">县教育局召开2024年教育工作会议</a></td></tr></table>"""
    side = side_list("最新公告", t, ["关于2024年中小学教师资格认定的公告", "春季学期义务教育招生入学工作安排", "关于开展教师师德师风专项检查的通知"], -2)
    page = gov_shell("gbk", f"{title} - {site}", site, ["通知公告"], article, side, charset_label="gb2312")
    add("gongshi-table-body-gbk", url, page, "gbk", title, t, items, ["最新公告", "发表评论", "上一篇文章", "文章来源"])


def paginated_gbk_lying():
    t = when(2024, 2, 13, 8, 40)
    prov, city, county = place()
    title = f"{city}：老工业区变身文创园 百年厂房焕发新生"
    items = [
        f"走进位于{city}城北的{R.choice(['红星', '东方', '前进'])}文创园，红砖厂房、老式吊车、斑驳的铁轨随处可见，咖啡馆、书店、设计工作室错落其间，不少年轻人在这里拍照打卡。",
        f"这里原是始建于上世纪二十年代的纺织厂，鼎盛时期有职工{R.randint(3000, 6000)}多人。上世纪九十年代末工厂停产后，厂区闲置了近二十年。",
        f"2019年，{city}启动老工业区更新改造，在保留厂房主体结构和工业遗存的基础上，引入社会资本进行修缮改造，打造集文化创意、休闲消费、展览演艺于一体的文创园区。",
        f"目前，园区已入驻文创企业和商户{R.randint(100, 200)}余家，去年接待游客超过{R.randint(100, 300)}万人次。",
    ]
    url = f"http://news.{city}xw.example.cn/system/2024/02/13/0{R.randint(10000000, 99999999)}.shtml"
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{esc(title)}_{city}新闻网</title>
<meta name="keywords" content="文创园,老工业区,厂房">
<meta name="description" content="{attr(items[0][:60])}">
<link href="/css/article.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery.js"></script>
{baidu_tongji()}
</head>
<body>
<div class="topbar">{city}新闻网 | <a href="#">首页</a> <a href="#">本地</a> <a href="#">国内</a> <a href="#">图片</a> <a href="#">视频</a> <a href="#">专题</a> <a href="#">数字报</a></div>
<div class="adv"><script type="text/javascript">BAIDU_CLB_fillSlot("{R.randint(100000, 999999)}");</script></div>
<div class="position">您的位置：<a href="#">首页</a> &gt;&gt; <a href="#">本地新闻</a> &gt;&gt; 正文</div>
<div class="main"><div class="left">
<h1>{esc(title)}</h1>
<div class="msgbar">{t.strftime('%Y-%m-%d %H:%M:%S')} 来源：{city}日报 作者：{esc(name())} 编辑：{esc(name())} <a href="#">我要评论</a></div>
<div class="text" id="text">
<!--enpcontent-->
{P(items, '<p>　　', '</p>')}
<!--/enpcontent-->
</div>
<div class="pages" id="displaypagenum"><center><span class="page-Article">1</span> <a href="0{R.randint(10000000, 99999999)}_2.shtml" class="page-Article">2</a> <a href="0{R.randint(10000000, 99999999)}_3.shtml" class="page-Article">3</a> <a href="0{R.randint(10000000, 99999999)}_2.shtml" class="page-Article">下一页</a> <a href="#" class="page-Article">尾页</a></center></div>
<div class="bianji">[责任编辑：{esc(name())}]</div>
<div class="xgxw"><h3>相关新闻</h3><ul><li><a href="#">老城区12个片区启动有机更新</a> <span>{ymd(shift(t, -15))}</span></li><li><a href="#">工业遗产保护利用规划通过评审</a> <span>{ymd(shift(t, -70))}</span></li></ul></div>
<div class="comment"><h3>网友评论</h3><p>已有 {R.randint(2, 30)} 条评论 <a href="#">查看全部</a></p></div>
</div>
<div class="right"><div class="box"><h3>图片新闻</h3><ul><li><a href="#">元宵灯会预热</a></li><li><a href="#">春运返程高峰</a></li></ul></div>
<div class="box"><h3>排行榜</h3><ol><li><a href="#">市区这些路段将封闭施工</a></li><li><a href="#">2024年中考政策公布</a></li><li><a href="#">新开通3条公交线路</a></li></ol></div></div></div>
<div class="footer"><p>{city}新闻网版权所有 未经授权禁止复制或建立镜像</p><p><a href="https://beian.miit.gov.cn/">{icp()}</a> 互联网新闻信息服务许可证编号：51120{R.randint(100000, 999999)}</p></div>
</body>
</html>
"""
    add("zh-news-paginated-gbk-utf8-header", url, page, "gbk", title, t, items, ["责任编辑", "相关新闻", "网友评论", "排行榜", "下一页", "版权所有"],
        headers={"Content-Type": "text/html; charset=utf-8"})


def tw_council_big5():
    t = when(2024, 2, 13, 15)
    title = "議會第二十次定期大會開議 議長籲府會攜手推動地方建設"
    items = [
        f"本會第20屆第2次定期大會今（13）日上午開議，議長{name()}主持開議典禮，縣長率縣府一級主管列席。本次大會會期共{R.randint(24, 30)}天，將審議縣府提案及議員提案，並聽取縣長施政報告。",
        "議長致詞時表示，去年縣內遭遇颱風及豪雨侵襲，多處道路、農田受損，感謝縣府團隊及第一線人員全力搶修。面對氣候變遷，希望縣府提出更完整的防災及韌性建設計畫。",
        "議長也指出，縣內人口老化及少子化問題日益嚴重，盼府會攜手，在長照、托育及青年就業等方面推出更有感的政策，讓年輕人願意留在家鄉打拚。",
        "縣長致詞時感謝議會過去一年的支持，並表示縣府將虛心接受議員們的監督與建言，持續推動交通建設、產業發展及社會福利各項工作。",
    ]
    title = trad(title)
    items = [trad(x) for x in items]
    roc = t.year - 1911
    url = f"https://www.example-council.gov.tw/News_Content.aspx?n={R.randint(1000, 9999)}&s={R.randint(100000, 999999)}"
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="zh-Hant-TW">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=big5" />
<title>{esc(title)}-新聞稿-縣議會</title>
<meta name="DC.Title" content="{attr(title)}" />
<meta name="DC.Creator" content="縣議會" />
<meta name="DC.Date" content="{roc}/{t.month:02d}/{t.day:02d}" />
<meta name="DC.Type" content="文字" />
<link rel="stylesheet" href="/css/style.css" type="text/css" />
<script type="text/javascript" src="/js/jquery.js"></script>
</head>
<body>
<a href="#C" id="gotocenter" title="跳到主要內容區塊" tabindex="1" class="sr-only">跳到主要內容區塊</a>
<div class="header"><a href="/" class="logo">縣議會</a><div class="accesskey"><a href="#U" accesskey="U" title="上方功能區塊">:::</a></div>
<ul class="topnav"><li><a href="/">回首頁</a></li><li><a href="#">網站導覽</a></li><li><a href="#">English</a></li></ul></div>
<div class="menu"><ul><li><a href="#">議會簡介</a></li><li><a href="#">議員介紹</a></li><li><a href="#">議事資訊</a></li><li><a href="#">新聞稿</a></li><li><a href="#">陳情服務</a></li></ul></div>
<div class="path"><a href="#C" accesskey="C" title="中央內容區塊">:::</a> 首頁 &gt; 新聞稿</div>
<div class="content"><div class="area-essay">
<h3 class="title">{esc(title)}</h3>
<div class="info"><span>發布單位：議事組</span> <span>發布日期：{roc}-{t.month:02d}-{t.day:02d}</span> <span>點閱次數：{R.randint(100, 999)}</span></div>
<div class="essay">
<div class="p">{'<br /><br />'.join('　　' + esc(x) for x in items)}</div>
<div class="pic"><img src="/Upload/news/{t.year}0213.jpg" alt="{attr(trad('议长主持开议典礼'))}" /><p>{esc(trad('议长主持开议典礼'))}</p></div>
</div>
<div class="essay-foot"><span>{trad('更新日期')}：{roc}-{t.month:02d}-{shift(t, 2).day:02d}</span> <a href="javascript:history.back();">{trad('回上一页')}</a></div>
</div>
<div class="side"><h4>{trad('最新消息')}</h4><ul><li><a href="#">{trad('议会举办春节团拜')}</a> <span>{roc}-02-{shift(t, -5).day:02d}</span></li><li><a href="#">{trad('议员会勘乡道拓宽工程')}</a> <span>{roc}-02-{shift(t, -8).day:02d}</span></li></ul></div></div>
<div class="footer"><p>{trad('地址')}：{trad('县府路1号')} {trad('电话')}：(03)555-{R.randint(1000, 9999)}</p><p>{trad('版权所有')} &copy; {trad('县议会')} {trad('建议使用')} Chrome、Edge {trad('浏览器')}</p></div>
</body>
</html>
"""
    add("tw-county-council-big5", url, page, "big5", title, t, items, [trad("更新日期"), trad("回上一页"), trad("议长主持开议典礼"), trad("最新消息"), trad("点阅次数")])


_t2s = {}


def trad(s, cfg="s2twp"):
    import opencc
    if cfg not in _t2s:
        _t2s[cfg] = opencc.OpenCC(cfg)
    return _t2s[cfg].convert(s)


def nanfang_plus_share():
    t = when(2024, 2, 13, 19, 12)
    title = "珠江口跨海通道今年将有新进展"
    items = [
        "记者13日从省交通运输厅获悉，今年全省将加快推进一批跨江跨海通道建设，其中珠江口两座跨海大桥的主体工程将进入全面施工阶段。",
        f"据介绍，今年全省交通基础设施计划完成投资{R.randint(2000, 2600)}亿元，新开工高速公路项目{R.randint(8, 15)}个，建成高速公路{R.randint(300, 600)}公里，全省高速公路通车里程有望突破1.2万公里。",
        "在轨道交通方面，全省将推进多条城际铁路建设，进一步完善珠三角“一小时交通圈”。",
        "省交通运输厅有关负责人表示，将统筹做好项目建设与安全生产，确保重点工程按期推进。",
    ]
    url = f"https://static.nfapp.southcn.com/content/{t.strftime('%Y%m')}/13/c{R.randint(8500000, 8599999)}.html"
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0">
<meta name="apple-mobile-web-app-capable" content="yes">
<title>{esc(title)}</title>
<meta name="description" content="{attr(items[0][:60])}">
<link rel="stylesheet" href="https://static.nfapp.southcn.com/static/css/article.css?v=3.8">
<script>var articleId = "{R.randint(8500000, 8599999)}"; var articleType = 0; var publishtime = "{ymdhm(t)}";</script>
<script src="https://res.wx.qq.com/open/js/jweixin-1.6.0.js"></script>
</head>
<body>
<div class="open-app-top"><img src="https://static.nfapp.southcn.com/static/img/logo.png"><span>南方+ 打开App 阅读体验更佳</span><a href="#" class="btn-open">打开</a></div>
<div class="article" id="article">
<h1 class="article-title">{esc(title)}</h1>
<div class="article-info"><span class="source">南方+</span><span class="time">{ymdhm(t)}</span></div>
<div class="article-author"><span>作者：{esc(name())}</span></div>
<div class="article-content" id="content">
{P(items)}
</div>
<div class="article-copyright">【作者】 {esc(name())}<br>【来源】 南方报业传媒集团南方+客户端</div>
<div class="article-editor">编辑 {esc(name())}</div>
</div>
<div class="more-read"><div class="more-title">更多精彩</div><ul><li><a href="#">深中通道最新进展</a><span>{ymd(shift(t, -3))}</span></li><li><a href="#">春运期间全省高速车流量创新高</a><span>{ymd(shift(t, -1))}</span></li></ul></div>
<div class="open-app-bottom"><a href="#">打开南方+，查看更多精彩内容</a></div>
<div class="bottom-copyright">南方+ &copy; 南方报业传媒集团 版权所有</div>
<script src="https://static.nfapp.southcn.com/static/js/article.js?v=3.8"></script>
</body>
</html>
"""
    add("nanfang-plus-share-page", url, page, "utf-8", title, t, items, ["打开App", "更多精彩", "【来源】", "打开南方+", "版权所有"])


def macau_gcs_zh():
    t = when(2024, 2, 13, 17, 45)
    title = "旅遊局公佈一月份入境旅客數字"
    items = [
        f"根據治安警察局的資料，今年一月份入境旅客約{R.randint(2500, 2900)}千人次，按年上升{R.randint(80, 120)}%，恢復至二零一九年同期約八成的水平。",
        "當中，內地旅客約二百萬人次，按年上升逾一倍；香港旅客約四十五萬人次；國際旅客約十八萬人次，主要來自韓國、菲律賓及泰國。",
        "旅遊局表示，農曆新年假期將至，局方會與相關部門加強溝通合作，做好旅客分流及口岸通關安排，並透過不同渠道發放旅遊資訊，提醒旅客錯峰出行。",
    ]
    url = f"https://www.gcs.gov.mo/detail/zh-hant/N24B{''.join(R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(5))}"
    page = f"""<!DOCTYPE html>
<html lang="zh-Hant">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>澳門特別行政區政府新聞局</title>
<meta property="og:title" content="{attr(title)}">
<meta property="og:site_name" content="澳門特別行政區政府新聞局">
<link rel="stylesheet" href="/static/css/detail.css?v=2.3.1">
<script src="/static/js/vendor.js?v=2.3.1"></script>
<script>var newsDate = "{t.strftime('%Y-%m-%d %H:%M:%S')}";</script>
</head>
<body>
<header class="gcs-header"><div class="container"><a href="/" class="logo">澳門特別行政區政府新聞局</a><div class="lang"><a href="#">繁</a> <a href="#">简</a> <a href="#">PT</a> <a href="#">EN</a></div></div>
<nav class="gcs-nav"><ul><li><a href="#">新聞</a></li><li><a href="#">專題</a></li><li><a href="#">圖片</a></li><li><a href="#">視頻</a></li><li><a href="#">新聞發佈會</a></li></ul></nav></header>
<main class="container detail-page">
<div class="detail-header"><div class="detail-meta"><span class="date">{t.strftime('%Y-%m-%d')} {t.strftime('%H:%M')}</span> <span class="dept">旅遊局</span></div>
<h1 class="detail-title">{esc(title)}</h1>
<div class="detail-tools"><a href="#">分享</a> <a href="#">列印</a> <a href="#">字型大小</a></div></div>
<div class="detail-content">
{P(items)}
</div>
<div class="detail-attach"><div class="photos"><img src="/file/photo/{t.year}/0213/1.jpg" alt=""><p>口岸通關情況</p></div></div>
<div class="detail-related"><h3>相關新聞</h3><ul><li><a href="#">旅遊局推出農曆新年旅遊資訊專頁</a> <span>{ymd(shift(t, -2))}</span></li><li><a href="#">二零二三年全年入境旅客逾二千八百萬人次</a> <span>{ymd(shift(t, -20))}</span></li></ul></div>
</main>
<footer class="gcs-footer"><p>澳門特別行政區政府新聞局 版權所有</p><p>最佳瀏覽解像度 1280x800</p></footer>
</body>
</html>
"""
    add("macau-gcs-zh-hant", url, page, "utf-8", title, t, items, ["口岸通關情況", "相關新聞", "版權所有", "字型大小"])


def drupal_university_en():
    t = when(2024, 2, 13, 13)
    title = "Researchers map flood risk for 1,200 small towns using public satellite data"
    author = ename()
    items = [
        f"A team from the School of Geography has produced flood risk maps for more than 1,200 small towns using freely available satellite imagery and elevation data, work that until now was only affordable for larger cities.",
        "Detailed flood maps usually depend on aerial laser surveys that can cost tens of thousands of pounds per town. The researchers instead combined radar images from past floods with open elevation models and rainfall records to estimate where water is likely to collect.",
        f"\"Small councils told us they simply did not have a map to plan with,\" said {author}, who led the project. \"We wanted to show that you can get most of the way there with data that anyone can download.\"",
        "The maps were checked against records of 340 past flood events and correctly identified around four in five of the streets that had flooded.",
        "The team has published the maps and the code under an open licence and is now working with two regional authorities to use them in emergency planning.",
    ]
    url = "https://www.example-university.ac.uk/news/flood-risk-maps-small-towns"
    head = f"""<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta property="og:title" content="{attr(title)}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{iso(t, '+00:00')}">
<script type="application/ld+json">{jdump({"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle", "headline": title, "datePublished": iso(t, '+00:00'), "dateModified": iso(shift(t, 5), '+00:00'), "author": {"@type": "Organization", "name": "Press Office"}}]})}</script>
<script src="https://consent.cookiebot.com/uc.js" data-cbid="{''.join(R.choice('0123456789abcdef') for _ in range(8))}" async></script>"""
    top = f"""<div id="CybotCookiebotDialog"><p>This website uses cookies. We use cookies to personalise content, to provide social media features and to analyse our traffic.</p><button>Allow all</button><button>Deny</button></div>
<header class="uni-header"><a href="/" class="uni-logo">Example University</a>{nav(["Study", "Research", "Business", "International", "About", "News"])}</header>
<nav class="breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/news/research">Research news</a></li></ol></nav>"""
    main = f"""<article class="node node--type-news-article">
<div class="news-article__header"><p class="news-article__category">Research</p><h1 class="page-title">{esc(title)}</h1>
<p class="news-article__date"><time datetime="{iso(t, '+00:00')}">Tuesday {t.day} February {t.year}</time></p></div>
<div class="news-article__image"><img src="/sites/default/files/styles/wide/public/flood-map.jpg" alt=""><p class="caption">A flood risk map of a market town. Credit: School of Geography</p></div>
<div class="field--name-body">
{P(items)}
</div>
<div class="news-article__contact"><h2>Press contact</h2><p>Press Office, press@example-university.ac.uk, +44 (0)1234 567890</p></div>
<div class="news-article__share"><h2>Share this story</h2><a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a></div>
</article>
<section class="related-news"><h2>Related news</h2><ul><li><a href="#">New centre for climate resilience opens</a> <span>{en_long(shift(t, -21))}</span></li><li><a href="#">Students win national hackathon with air quality app</a> <span>{en_long(shift(t, -6))}</span></li></ul></section>"""
    foot = f"""<footer class="uni-footer"><p>Example University, University Road, Exampletown EX1 2AB</p><p>&copy; Example University {NOW.year} | <a href="#">Privacy</a> | <a href="#">Cookies</a> | <a href="#">Accessibility</a> | <a href="#">Modern slavery statement</a></p><p>Registered charity number 1234567</p></footer>"""
    page = simple_en_page("en", f"{title} | Example University", head, top, main, "", foot, "path-node page-node-type-news-article")
    add("uk-university-drupal-news", url, page, "utf-8", title, t, items, ["This website uses cookies", "Press contact", "Share this story", "Related news", "Registered charity number", "Credit: School of Geography"], lang="en")


# ====================================================================== build
def build():
    # English government
    govuk_press()
    sg_gov_press()
    us_city_wordpress()
    au_media_release()
    cn_city_english("Shenzhen", "www.sz.gov.cn/en", lambda t: f"Updated: {t.strftime('%Y-%m-%d %H:%M')}", "Shenzhen Daily")
    cn_city_english("Chengdu", "www.chengdu.gov.cn/english", lambda t: f"Date: {en_us(t)}", "chengdu.gov.cn")
    canada_drupal()
    # European municipal and regional
    es_ayuntamiento_joomla()
    it_comune_designers()
    nl_gemeente()
    de_gemeinde_lying_header()
    fr_mairie_wordpress()
    pl_gmina_wordpress()
    br_prefeitura()
    es_news_regional()
    it_news_cp1252()
    de_liveblog()
    # templates and page shapes
    hugo_papermod()
    medium_like()
    substack_like()
    short_article_long_comments()
    table_body_council()
    list_body_county()
    amp_news()
    drupal_university_en()
    # Chinese
    toutiao_m()
    xiaohongshu_note()
    zhihu_answer()
    wechat_yuanchuang()
    weibo_gov()
    nanfang_plus_share()
    renda_county()
    zhengxie_city_gbk()
    court_gonggao()
    procuratorate_news()
    press_conference()
    zhengce_jiedu_images()
    gongshi_attachments()
    gongshi_table_gbk()
    paginated_gbk_lying()
    tw_council_big5()
    macau_gcs_zh()


def main():
    build()
    out = os.path.join(HERE, "pages")
    os.makedirs(out, exist_ok=True)
    for f in os.listdir(out):
        os.remove(os.path.join(out, f))
    lines, names = [], set()
    for i, p in enumerate(PAGES, 1):
        assert p["name"] not in names, p["name"]
        names.add(p["name"])
        raw = p["page"].encode(p["enc"], errors="xmlcharrefreplace")
        path = f"pages/{i:02d}-{p['name']}.html"
        with open(os.path.join(HERE, path), "wb") as fh:
            fh.write(raw)
        gold = dict(p["gold"], encoding=p["enc"])
        lines.append(json.dumps(dict(path=path, url=p["url"], headers=p["headers"], lang=p["lang"], gold=gold), ensure_ascii=False))
    with open(os.path.join(HERE, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    print(len(lines), "pages")


if __name__ == "__main__":
    main()
