# -*- coding: utf-8 -*-
"""Generate web-holdout-4: pages shaped like the real off-domain pages where extraction is
reported to collapse (issue 10) -- English news templates, English editions of Hong Kong /
Taiwan / Macau government releases, UK/US local-government news, German/French/Polish news
and regional-government pages, WeChat official-account articles, Chinese news portals
(360kuai, Toutiao, Sina, Sohu, NetEase, e-paper, old forums) and Chinese government pages
built on templates nobody anticipated.  Nothing is downloaded: every page is written here,
the way the real CMS writes it (head section, scripts, styles, nav, cookie banners, share
bars, related lists, comments, newsletter prompts, footers).

    python make_pages.py        # rewrites pages/* and manifest.jsonl

Deterministic (seeded).  Each page is written as raw bytes in its own encoding (UTF-8 mostly,
GBK for old Chinese pages, windows-1252 / ISO-8859-2 for old European ones, some with a
charset header that lies).  Gold per page:
  body       the article's own text, one paragraph a line ("\\n" between); in-body subheadings
             are lines of their own; no title, byline, dateline block, caption/credit, pull quote
             (it repeats the text), related list, share bar, comment, newsletter prompt or footer.
             A dateline *inside* the first paragraph ("LONDON (Reuters) -", "本报讯（记者…）")
             is part of that paragraph and stays.
  title      the headline as the page shows it.
  published  YYYY-MM-DD (what score.py compares); published_time carries HH:MM where the page
             has one (informational).
  with_ / without   trafilatura-style snippets (must be in / must not be in the body), so
             ../../../shared/eval/trafeval.py can score the set too.
"""
import datetime as dt
import html
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(20241118)


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def pick(seq, k=None):
    """One item, k distinct items of a list, or k random characters of a string (with repetition)."""
    if k is None:
        return R.choice(seq)
    return R.choices(seq, k=k) if isinstance(seq, str) else R.sample(seq, k)


# ====================================================================== dates
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]
AP_MON = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DE_MON = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]
DE_DAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
FR_MON = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
PL_MON_GEN = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
              "października", "listopada", "grudnia"]


def when(y, m, d, hh=None, mm=None):
    if hh is None:
        hh, mm = R.randint(7, 20), R.choice([0, 1, 5, 12, 15, 23, 30, 34, 41, 45, 52, 58])
    return dt.datetime(y, m, d, hh, mm)


def epoch(t):
    """Seconds since the epoch of a naive UTC datetime (independent of the machine's time zone)."""
    return int(t.replace(tzinfo=dt.timezone.utc).timestamp())


def rdate(y0=2016, y1=2024):
    return when(R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28))


def ampm(t):
    h = t.hour % 12 or 12
    return f"{h}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}"


def us_long(t):          # November 18, 2019
    return f"{MONTHS[t.month - 1]} {t.day}, {t.year}"


def us_short(t):         # Nov 18, 2019
    return f"{MON3[t.month - 1]} {t.day}, {t.year}"


def ap_date(t):          # Nov. 18, 2019
    return f"{AP_MON[t.month - 1]} {t.day}, {t.year}"


def uk_long(t):          # 18 November 2019
    return f"{t.day} {MONTHS[t.month - 1]} {t.year}"


def iso(t, tz="+00:00"):
    return t.strftime("%Y-%m-%dT%H:%M:%S") + tz


def ymd(t):
    return t.strftime("%Y-%m-%d")


def cn_date(t):
    return f"{t.year}年{t.month:02d}月{t.day:02d}日"


# ====================================================================== people and places
FIRST = ["Linda", "Marcus", "Priya", "Daniel", "Rosa", "Kevin", "Aisha", "Tom", "Megan", "Victor", "Hannah",
         "Jorge", "Emily", "Samuel", "Grace", "Owen", "Nadia", "Carl", "Beth", "Ibrahim", "Laura", "Patrick",
         "Yolanda", "Trevor", "Denise", "Raj", "Colleen", "Felix", "Monique", "Adam"]
LAST = ["Ortiz", "Whitfield", "Raman", "Kowalczyk", "Delgado", "Brennan", "Okafor", "Haskins", "Lindqvist",
        "Morales", "Pruitt", "Castellano", "Nakamura", "Feeney", "Abernathy", "Sokolov", "Turner", "Vance",
        "McAllister", "Iyer", "Grady", "Holloway", "Chen", "Barlow", "Esposito", "Fairbanks", "Quinlan",
        "Reyes", "Stroud", "Winslow"]
TOWNS = [("Millbrook", "Harlan County", "Ohio", "OH"), ("Cedar Falls", "Black Hawk County", "Iowa", "IA"),
         ("Port Ellis", "Clatsop County", "Oregon", "OR"), ("Dunmore", "Lackawanna County", "Pennsylvania", "PA"),
         ("Greenfield", "Hancock County", "Indiana", "IN"), ("Riverton", "Fremont County", "Wyoming", "WY"),
         ("Bexley Springs", "Marion County", "Florida", "FL"), ("Ashford", "Windham County", "Connecticut", "CT"),
         ("Lake Wendell", "Polk County", "Minnesota", "MN"), ("San Arcos", "Hays County", "Texas", "TX"),
         ("Fairview", "Cabarrus County", "North Carolina", "NC"), ("Holt Crossing", "Ingham County", "Michigan", "MI")]
UK_TOWNS = ["Kettleby", "Ashcombe", "Hallam Bridge", "Wexley", "Stourford", "Penmarch", "Castleton Vale", "Rushden Moor"]


FEMALE = ["Linda", "Priya", "Rosa", "Aisha", "Megan", "Hannah", "Emily", "Grace", "Nadia", "Beth", "Laura", "Yolanda",
          "Denise", "Colleen", "Monique"]
MALE = ["Marcus", "Daniel", "Kevin", "Tom", "Victor", "Jorge", "Samuel", "Owen", "Carl", "Ibrahim", "Patrick", "Trevor",
        "Raj", "Felix", "Adam"]


def person(g=None):
    first = pick(FEMALE if g == "f" else MALE if g == "m" else FIRST)
    return f"{first} {pick(LAST)}"


def surname(full):
    return full.split()[-1]


def curly(s):
    """What WordPress's wptexturize does to quotes and apostrophes."""
    out, dq = [], False
    for i, ch in enumerate(s):
        if ch == '"':
            out.append("\u201d" if dq else "\u201c")
            dq = not dq
        elif ch == "'":
            prev = s[i - 1] if i else " "
            out.append("\u2019" if prev.isalnum() or prev in ".,!?" else "\u2018")
        else:
            out.append(ch)
    return "".join(out).replace(" -- ", " \u2013 ").replace("...", "\u2026")


def entities(s):
    """Numeric references for everything outside ASCII (how WordPress and many CMSs emit curly quotes)."""
    return s.encode("ascii", "xmlcharrefreplace").decode("ascii")


# ====================================================================== English story kits
# Each kit returns (headline, items): an item is a paragraph (str) or ("h", subheading).

def kit_council_budget(town):
    t, county, state, _ = town
    mayor, cm, mgr = person(), person(), person()
    bud, cents, home = R.randint(48, 190), R.randint(2, 9), R.choice(["180,000", "215,000", "240,000", "265,000"])
    v1 = R.randint(4, 6)
    head = f"{t} council approves ${bud} million budget, trims property tax rate"
    ps = [
        f"The {t} City Council voted {v1}-2 on Monday night to adopt a ${bud} million operating budget for the coming fiscal year, lowering the property tax rate by {cents} cents per $100 of assessed value.",
        "The vote followed nearly three hours of public comment, much of it from residents who urged the council to restore funding for the public library's weekend hours.",
        f"\"We heard people loud and clear,\" Mayor {mayor} said after the meeting. \"This budget keeps the lights on at the library on Saturdays and still gives homeowners a little relief.\"",
        f"Under the plan, the owner of a typical house valued at ${home} will pay about ${R.randint(40, 160)} less next year.",
        f"The budget includes raises of {R.randint(2, 5)} percent for police officers and firefighters, a provision negotiated with both unions earlier this fall.",
        f"Council member {cm}, who cast one of the two dissenting votes, said the city was relying too heavily on one-time money from its reserve fund.",
        f"\"We are balancing this budget with savings we cannot spend twice,\" {surname(cm)} said. \"Next year we will be right back here with a bigger hole.\"",
        f"City Manager {mgr} told the council that reserves would remain above the {R.choice([15, 17, 20])} percent minimum set by city policy.",
        f"Spending on street repairs rises to ${R.randint(3, 14)}.{R.randint(1, 9)} million, the largest amount in more than a decade, after a consultant's report rated nearly a third of city roads in poor condition.",
        f"The budget takes effect July 1. A second public hearing on a proposed water and sewer rate increase is scheduled for Dec. {R.randint(2, 16)} at {t} City Hall.",
    ]
    return head, ps


def kit_bridge(town):
    t, county, state, _ = town
    eng, res, chief = person(), person("f"), person()
    river = pick(["Little Miami River", "Cedar River", "Coweeman River", "Lackawanna River", "Sugar Creek", "Wind River"])
    weeks = R.randint(6, 20)
    head = f"{river} bridge to close for {weeks} weeks starting Monday"
    ps = [
        f"The {river} bridge on State Route {R.randint(12, 340)} will close to all traffic starting Monday so crews can replace its deck and repair two corroded support beams, the {state} Department of Transportation said.",
        f"Drivers will be detoured about {R.randint(4, 13)} miles through downtown {t}. The closure is expected to last {weeks} weeks, weather permitting.",
        f"The bridge, built in {R.randint(1948, 1971)}, carries roughly {R.randint(6, 19)},{R.randint(100, 999)} vehicles a day. An inspection last spring found the concrete deck had deteriorated faster than expected.",
        f"\"It is safe today, but it will not stay that way without this work,\" said {eng}, a district engineer for the department. \"Doing it all at once is faster and cheaper than closing one lane at a time for two summers.\"",
        f"Business owners along the detour route said they were bracing for heavier traffic. {res}, who runs a bakery on Main Street, said she hoped the extra cars would at least bring in new customers.",
        f"Fire Chief {chief} said ambulances and fire trucks would be stationed on both sides of the river during the closure so response times do not suffer.",
        f"The ${R.randint(3, 11)}.{R.randint(1, 9)} million contract was awarded to a {state} firm in August. Federal highway money covers 80 percent of the cost.",
        "School buses serving the east side of the district will leave about 15 minutes earlier while the detour is in place, the superintendent's office said.",
    ]
    return head, ps


def kit_school(town):
    t, county, state, _ = town
    sup, parent, board = person(), person("f"), person()
    head = f"{t} school board picks site for new elementary school"
    ps = [
        f"The {t} Board of Education voted unanimously Tuesday to build a new elementary school on a {R.randint(18, 45)}-acre parcel off {pick(['Hollow Road', 'Ridge Avenue', 'County Line Road', 'Old Mill Road'])}, ending a two-year search for land.",
        f"The district's three existing elementary schools are running at {R.randint(108, 126)} percent of their designed capacity, and several classes meet in portable classrooms.",
        f"\"Our kindergarten classes are full before registration even closes,\" Superintendent {sup} said. \"This gives us room for the families who are moving here.\"",
        f"The school would open in the fall of {R.randint(2025, 2028)} and hold about {R.randint(5, 8)}50 students. Architects estimate the cost at ${R.randint(32, 58)} million.",
        f"Voters approved a bond issue to pay for the project in May, but the district had struggled to find a site large enough within its boundaries.",
        f"Some parents who live near the parcel raised concerns about traffic on the two-lane road during drop-off and pick-up. {parent}, a mother of three, asked the board to add a turn lane before the school opens.",
        f"Board President {board} said the district would commission a traffic study and share it with neighbors before construction begins.",
        "The district expects to close on the purchase of the land by the end of the year.",
    ]
    return head, ps


def kit_storm(town):
    t, county, state, _ = town
    em, res, ut = person(), person("f"), person()
    inches = R.randint(3, 9)
    head = f"Storm drops {inches} inches of rain on {county}, flooding roads and basements"
    ps = [
        f"A slow-moving line of thunderstorms dumped as much as {inches} inches of rain on parts of {county} overnight, flooding low-lying roads and sending water into dozens of basements.",
        f"Emergency crews rescued at least {R.randint(3, 14)} people from cars stranded in high water, according to {em}, the county's emergency management director. No serious injuries were reported.",
        f"\"People see a road that looks passable and they try it,\" {surname(em)} said. \"Six inches of moving water is enough to push a car off the road.\"",
        f"At the peak of the storm about {R.randint(2, 9)},{R.randint(100, 999)} customers were without power. {ut}, a spokesperson for the utility, said most service would be restored by Wednesday evening.",
        f"In {t}, the creek that runs behind the public works garage rose above its banks for the first time since {R.randint(2008, 2017)}.",
        f"{res} spent the morning pulling soaked carpet out of her basement. \"We had a foot of water down there by four in the morning,\" she said. \"The sump pump just could not keep up.\"",
        "The National Weather Service said the heavy rain was caused by a stalled front that allowed storms to form over the same area for several hours.",
        "More rain is possible this weekend, though forecasters expect lighter totals. Residents can report flood damage to the county through its website so officials can document losses for possible state aid.",
        "Several roads remained closed Wednesday morning, and the sheriff's office urged drivers not to drive around barricades.",
    ]
    return head, ps


def kit_hospital(town):
    t, county, state, _ = town
    ceo, doc, pat = person(), person(), person("f")
    head = f"{t} hospital opens expanded emergency department"
    ps = [
        f"{t} Regional Medical Center opened its expanded emergency department on Friday, nearly doubling the number of treatment rooms to {R.randint(28, 44)} after a year of construction.",
        f"The ${R.randint(18, 46)} million project added a separate entrance for ambulances, a behavioral health unit with six rooms and a larger waiting area for children.",
        f"\"For years we have had patients waiting in hallways on busy nights,\" said {ceo}, the hospital's chief executive. \"That should be a thing of the past.\"",
        f"The emergency department sees about {R.randint(31, 58)},000 patients a year, up by roughly a third since 2015, as the region's population has grown and older residents make up a larger share of it.",
        f"Dr. {doc}, the department's medical director, said the new behavioral health rooms would let staff care for patients in crisis in a calmer setting while they wait for a bed at a psychiatric facility.",
        f"The hospital also hired {R.randint(18, 40)} nurses and technicians to staff the new space, many of them graduates of the community college's nursing program.",
        f"{pat}, a retired teacher who toured the department during an open house Thursday, said she was glad to see the separate pediatric waiting room. \"When you are sick, the last thing you want is a room full of crying kids, and the kids feel the same way,\" she said.",
    ]
    return head, ps


def kit_factory(town):
    t, county, state, _ = town
    gov, ceo, worker = person(), person(), person("m")
    jobs = R.randint(2, 9) * 50
    firm = pick(["Norland Components", "Brightwater Foods", "Keystone Battery Systems", "Harrow Plastics", "Meridian Cabinet Co."])
    head = f"{firm} to bring {jobs} jobs to {t} with new plant"
    ps = [
        f"{firm} will build a manufacturing plant in {t} and hire about {jobs} workers over the next three years, company and state officials announced Thursday.",
        f"The company plans to invest ${R.randint(60, 240)} million in the plant, which will be built in the industrial park near the interstate. Construction is expected to begin next spring.",
        f"Gov. {gov} said the project was the largest single investment in {county} in more than a decade. \"These are jobs that let people raise a family without leaving the county,\" the governor said.",
        f"The state offered ${R.randint(2, 12)} million in tax credits, tied to the number of jobs created and an average wage of at least ${R.randint(21, 29)} an hour.",
        f"{ceo}, the company's chief executive, said {t} won out over sites in two other states because of its rail access and the training programs at the local community college.",
        f"Local officials said the plant would add pressure on a housing market that is already tight. The county has fewer than {R.randint(40, 120)} homes listed for sale.",
        f"{worker}, who was laid off when a paper mill in the county closed in {R.randint(2009, 2016)}, attended the announcement. \"I have been driving an hour each way to work,\" he said. \"If I can get on there, I get two hours of my life back every day.\"",
    ]
    return head, ps


def kit_court(city, state, abbr):
    judge, defendant, pros = person(), person("f"), person()
    years = R.randint(4, 22)
    head = f"Former {pick(['county treasurer', 'charity director', 'city clerk', 'school bookkeeper'])} sentenced to {years} years for embezzlement"
    ps = [
        f"A former public official who admitted stealing more than ${R.randint(1, 4)}.{R.randint(1, 9)} million over nine years was sentenced Tuesday to {years} years in prison, the latest turn in a case that shook a small {state} community.",
        f"{defendant}, {R.randint(45, 66)}, pleaded guilty in June to wire fraud and money laundering. Prosecutors said the money went to vacation homes, a boat and gambling trips.",
        f"U.S. District Judge {judge} said the thefts had done lasting damage to public trust. \"You took money from people who trusted you with it, and you did it for almost a decade,\" the judge said.",
        f"{defendant.split()[0]} {surname(defendant)} apologized in court, telling the judge that she had planned to pay the money back and that the losses had spiraled.",
        f"Assistant U.S. Attorney {pros} said investigators had recovered about a third of the money, mostly through the sale of property.",
        f"The judge also ordered {surname(defendant)} to pay full restitution. Her attorney said she would not appeal.",
        "The thefts came to light when an outside auditor noticed that bank statements did not match the books and reported the discrepancy to the state auditor's office.",
    ]
    return head, ps


def kit_wildfire(state):
    chief, res, gov = person(), person("f"), person()
    acres = R.randint(4, 60) * 1000
    fire = pick(["Ridge Fire", "Oak Flat Fire", "Cutter Fire", "Mill Creek Fire", "Sawtooth Fire"])
    head = f"Wind-driven {fire} forces thousands to evacuate in {state}"
    ps = [
        f"A wind-driven wildfire in the foothills of {state} grew to more than {acres:,} acres on Monday, forcing thousands of people to flee and destroying at least {R.randint(12, 90)} homes, fire officials said.",
        f"The {fire} was {R.randint(0, 15)} percent contained by Monday evening. Gusts of up to {R.randint(45, 70)} mph carried embers across a highway and into a subdivision overnight.",
        f"\"We are not going to be able to stop this fire while the wind is blowing like this,\" said {chief}, an incident commander. \"Our job right now is getting people out of the way.\"",
        f"Evacuation orders covered about {R.randint(3, 9)},000 homes. Shelters opened at two high schools and a fairground, where volunteers set up pens for horses and livestock.",
        f"{res} said she had about ten minutes to leave after a sheriff's deputy knocked on her door. \"I grabbed the dog, my medications and the photo albums,\" she said. \"Everything else is just stuff.\"",
        f"Gov. {gov} declared a state of emergency, freeing up money for firefighting and allowing the state to request federal help.",
        "The cause of the fire is under investigation. Forecasters said the winds should ease by Wednesday, but humidity is expected to stay low through the week.",
    ]
    return head, ps


def kit_legislature(state):
    sen, gov, lob = person("f"), person("m"), person()
    head = f"{state} lawmakers pass bill to cap insulin costs at ${R.choice([25, 30, 35, 50])} a month"
    ps = [
        f"The {state} Legislature on Thursday passed a bill limiting what insured patients pay for insulin, sending the measure to the governor after more than a year of negotiations.",
        f"The bill, which passed the Senate {R.randint(30, 38)}-{R.randint(2, 9)} and the House {R.randint(80, 110)}-{R.randint(5, 30)}, caps out-of-pocket costs for a month's supply for people covered by state-regulated health plans.",
        f"State Sen. {sen}, the bill's sponsor, said she had heard from constituents who rationed their insulin to make it last until payday. \"Nobody should have to choose between insulin and groceries,\" she said.",
        f"Insurers had opposed an earlier version that would have applied to all diabetes supplies. {lob}, who represents the state's health plans, said the final bill was a compromise the industry could accept.",
        f"Gov. {gov} has said he will sign the bill. The cap would take effect Jan. 1.",
        f"About {R.randint(6, 12)} percent of adults in the state have diabetes, according to the state health department, and roughly a third of them use insulin.",
    ]
    return head, ps


def kit_rail_strike(country):
    union, minister, boss = person(), person(), person()
    head = f"Rail workers to strike for {R.randint(2, 5)} days over pay, union says"
    ps = [
        f"Train drivers in {country} will walk out for {R.randint(2, 5)} days next week after talks with rail operators over pay and working hours broke down, their union said on Tuesday, threatening travel chaos for hundreds of thousands of commuters.",
        f"The union said its members had rejected an offer of a {R.randint(3, 6)}% pay rise over two years, saying it fell well short of inflation, which has run above {R.randint(5, 9)}% for most of the past year.",
        f"\"Our members have had enough,\" union general secretary {union} told reporters. \"They kept the trains running through the pandemic and they are being asked to take a real-terms pay cut.\"",
        f"The operators' association said the strike was unjustified and that the offer was the best it could afford while passenger numbers remained below pre-pandemic levels.",
        f"Transport minister {minister} urged both sides to return to talks, but said the government would not intervene directly in the dispute.",
        f"Freight services would also be hit, {boss}, head of a logistics industry group, said, warning of delays to deliveries of fuel and building materials.",
        "It would be the third walkout by train drivers this year. A one-day strike in the spring cancelled nearly nine in ten services.",
    ]
    return head, ps


def kit_markets():
    ana, ana2 = person(), person()
    head = f"Stocks slip as investors weigh rate outlook; oil {pick(['edges higher', 'falls', 'steadies'])}"
    ps = [
        f"Global stocks eased on Monday as investors weighed comments from central bankers that interest rates may stay higher for longer, while oil prices {pick(['edged higher', 'fell', 'held steady'])} on supply concerns.",
        f"MSCI's broadest index of world shares fell {R.randint(1, 9) / 10:.1f}%, after touching a two-month high last week. The pan-European STOXX 600 index lost {R.randint(1, 9) / 10:.1f}%.",
        f"\"Markets had priced in rate cuts quite aggressively and are now being told to be patient,\" said {ana}, chief investment strategist at a Zurich-based wealth manager.",
        f"The benchmark 10-year Treasury yield rose {R.randint(2, 9)} basis points to {R.randint(38, 48) / 10:.2f}%, lifting the dollar against the yen and the euro.",
        f"Brent crude futures were at ${R.randint(72, 91)}.{R.randint(10, 99)} a barrel, after data showed inventories in the United States fell more than expected last week.",
        f"In Asia, Japan's Nikkei gained {R.randint(1, 9) / 10:.1f}% as a weaker yen lifted exporters, while Hong Kong's Hang Seng index slid on worries about property developers.",
        f"Investors will look to inflation figures due on Wednesday for clues on the timing of any cut. {ana2}, an economist at a London bank, said a surprise on the upside could push rate-cut bets further into next year.",
        "Gold was little changed, while bitcoin slipped after a strong rally last week.",
    ]
    return head, ps


def kit_science():
    lead, other = person(), person("f")
    head = f"Rare {pick(['freshwater mussel', 'mountain bumblebee', 'cave salamander', 'marsh orchid'])} found thriving in unexpected place"
    ps = [
        "A species that scientists feared had disappeared from much of its former range has been found living in surprising numbers in a stretch of water that has been heavily modified by people, researchers say.",
        f"Surveyors counted more than {R.randint(2, 9)},{R.randint(100, 999)} individuals during fieldwork last summer, far more than the few dozen recorded at the last count two decades ago.",
        f"\"We almost did not bother looking there,\" said Dr {lead}, an ecologist who led the survey. \"It is not what anyone would call pristine habitat, and that is exactly the point.\"",
        "The team believes that changes made for flood control have, by accident, created the stable, well-oxygenated conditions the species needs, while keeping out an invasive competitor.",
        ("h", "A reason for caution"),
        f"Not everyone is convinced the population is secure. {other}, a conservation biologist who was not involved in the study, said a single site could be wiped out by one pollution incident.",
        "\"It is wonderful news, but it is one population in one place,\" she said. \"I would want to see young animals being recruited year after year before I relaxed.\"",
        "The researchers say the finding should change how survey sites are chosen. Conservation money has tended to go to places that look natural, they argue, while modified landscapes are rarely checked.",
        ("h", "What happens next"),
        "The group plans to return every spring for the next five years and has asked the local water authority to notify them before any maintenance work on the channel.",
        "The study was published in the journal Biological Conservation.",
    ]
    return head, ps


def kit_housing_uk(town):
    cllr, res, dev = person(), person(), person()
    homes = R.randint(12, 45) * 10
    head = f"Plans for {homes} homes on edge of {town} approved despite objections"
    ps = [
        f"Plans to build {homes} homes on farmland on the edge of {town} have been approved by councillors, despite more than {R.randint(2, 6)}00 objections from residents.",
        f"The scheme includes {R.randint(25, 40)}% affordable housing, a primary school site and a new junction on the main road into the town.",
        f"Residents had argued that local GP surgeries and the road network could not cope with the extra homes. {res}, who spoke at the planning committee meeting, said it already took three weeks to get an appointment.",
        f"Councillor {cllr}, chair of the committee, said the council had to meet its housing targets and that refusing the application would probably have been overturned on appeal.",
        f"The developer has agreed to pay £{R.randint(2, 9)}.{R.randint(1, 9)}m towards local infrastructure, including an extension to the surgery and improvements to bus services.",
        f"{dev}, speaking for the developer, said work could start next year, with the first homes ready in {R.randint(2025, 2027)}.",
    ]
    return head, ps


def kit_bins_uk(town):
    cllr = person()
    head = "Changes to bin collections over the festive period"
    ps = [
        "Bin collections will change over Christmas and New Year, with most households having their collection one or two days later than usual.",
        "Collections due on Christmas Day will take place on Saturday 27 December, and those due on Boxing Day will take place on Monday 29 December. Collections for the rest of that week will be one day later than normal.",
        "Please put your bins out by 7am on your collection day and leave them out until they have been emptied, as crews may be working at different times from usual.",
        "Real Christmas trees can be recycled at the household waste recycling centres until 31 January. Trees should have all decorations, pots and stands removed.",
        "Wrapping paper that passes the scrunch test can go in your recycling bin. Foil-based or glittery paper cannot be recycled and should go in your general waste bin.",
        f"Councillor {cllr}, cabinet member for environment, said: \"Our crews work hard all year round, and especially over the festive period. Thank you to everyone who helps by checking their new collection day and recycling as much as they can.\"",
        "You can check your collection day using our online bin day finder, or sign up to receive email reminders.",
    ]
    return head, ps


def kit_county_health(county):
    dr, comm = person(), person()
    head = f"{county} Public Health offers free flu shot clinics this fall"
    ps = [
        f"{county} Public Health will hold free walk-in flu vaccination clinics at {R.randint(5, 9)} locations across the county starting next week.",
        "The clinics are open to everyone aged 6 months and older, whether or not they have insurance. People with insurance are asked to bring their card so the department can bill their plan, but no one will be charged a copay.",
        f"\"Getting a flu shot is the single best thing you can do to protect yourself and the people around you this winter,\" said Dr. {dr}, the county health officer.",
        "High-dose vaccine will be available for adults 65 and older. Updated COVID-19 vaccines will also be offered at most clinics, and both can be given at the same visit.",
        f"Last flu season, {R.randint(120, 480)} county residents were hospitalized with influenza, according to department figures.",
        f"Commissioner {comm} encouraged residents to check the schedule on the county website, where clinic dates, times and locations are posted and updated weekly.",
        "People who are homebound can call the health department to arrange an in-home vaccination.",
    ]
    return head, ps


def kit_sports(town):
    coach, qb = person(), person()
    head = f"{town} rallies in fourth quarter to reach regional final"
    ps = [
        f"Trailing by 10 points with eight minutes to play, {town} scored 17 unanswered points to beat {pick(['Lincoln', 'Central Catholic', 'West Valley', 'North Ridge'])} {R.randint(24, 31)}-{R.randint(17, 23)} on Friday night and advance to the regional final for the first time since {R.randint(1996, 2012)}.",
        f"Senior quarterback {qb} threw for {R.randint(210, 320)} yards and two touchdowns, including a 38-yard strike on fourth down that tied the game with 2:14 left.",
        f"\"I told the guys at halftime that we had not played our best football yet,\" coach {coach} said. \"They believed it.\"",
        "The defense forced a three-and-out on the next possession, and a short punt gave the offense the ball near midfield. Four plays later, a 31-yard field goal sailed through as time expired.",
        f"{town} will face the defending champions next Friday at a neutral site. Kickoff is set for 7 p.m.",
    ]
    return head, ps


def kit_tourism_closure(town):
    ranger = person()
    head = f"Popular {town} trail reopens after rockfall repairs"
    ps = [
        f"A popular hiking trail above {town} reopened on Saturday, four months after a rockfall buried a section of the path and damaged a footbridge.",
        f"Crews removed about {R.randint(80, 300)} tons of rock, rebuilt the bridge and installed netting along a steep stretch where loose boulders hang over the trail, park manager {ranger} said.",
        "Hikers should still expect some rough footing on the upper section, and dogs must be kept on a leash.",
        "The trail is one of the most visited in the region, drawing an estimated 60,000 people a year. Parking at the trailhead fills quickly on weekends, and a free shuttle runs from the visitor center on Saturdays and Sundays.",
    ]
    return head, ps


def kit_election_local(town):
    winner, loser = person(), person("m")
    head = f"{winner} wins {town} mayoral race by {R.randint(90, 900)} votes"
    ps = [
        f"{winner} was elected mayor of {town} on Tuesday, defeating {loser} in a race that centered on housing costs and the future of the city's downtown.",
        f"Unofficial results showed {surname(winner)} with {R.randint(51, 55)} percent of the vote. Turnout was about {R.randint(28, 41)} percent, higher than in the last municipal election.",
        f"\"This campaign was about who gets to live in {town}, and I think voters answered that,\" {surname(winner)} told supporters at a brewery downtown.",
        f"{surname(loser)} conceded shortly after 11 p.m. and said he would continue to serve on the planning commission.",
        f"{surname(winner)} will be sworn in on Jan. {R.randint(2, 9)}. Results will be certified by the county elections office next week.",
    ]
    return head, ps


# ====================================================================== gold helpers
def gold_lines(items):
    return [x[1] if isinstance(x, tuple) else x for x in items]


def snippet(line):
    """A word-aligned piece (about 6-10 words, or 12-20 CJK characters) from inside a line."""
    if any("\u4e00" <= c <= "\u9fff" for c in line):
        n = len(line)
        k = min(n, R.randint(12, 20))
        s = R.randint(0, max(0, n - k))
        return line[s:s + k]
    w = line.split()
    k = min(len(w), R.randint(6, 10))
    s = R.randint(0, max(0, len(w) - k))
    return " ".join(w[s:s + k])


def with_snippets(lines):
    lines = [l for l in lines if len(l) > 20] or lines
    idx = sorted({0, len(lines) // 2, len(lines) - 1})
    return [snippet(lines[i]) for i in idx]


# ====================================================================== English furniture
REL_HEADS = [
    "Police identify driver killed in Route {n} crash", "{town} library to extend evening hours",
    "Water main break closes part of {street}", "Planning board delays vote on {town} warehouse",
    "Holiday parade returns downtown after {n2}-year break", "County fair posts record attendance",
    "New pediatric clinic opens in former bank building", "Volunteer firefighters honored for rescue",
    "Farmers market moves indoors for the winter", "State grant to fund trail connecting {town} parks",
    "Obituary: {person}, longtime {town} pharmacist", "Traffic signal coming to busy {street} intersection",
    "High school robotics team heads to world championship", "Man charged after standoff in {town}",
    "Restaurant week features {n} local kitchens", "Why your electric bill may go up next year",
]
STREETS = ["Main Street", "Elm Avenue", "Route 9", "Lakeshore Drive", "Depot Street", "Church Street", "Mill Road"]


def rel_heads(k, town="Millbrook"):
    return [h.format(n=R.randint(3, 99), n2=R.randint(2, 4), town=town, street=pick(STREETS), person=person())
            for h in pick(REL_HEADS, k)]


def other_dates(t, k, spread=40):
    """Dates near t but never t itself (sidebar/related lists)."""
    out = []
    while len(out) < k:
        d = t + dt.timedelta(days=R.randint(-spread, spread), hours=R.randint(-5, 5))
        if d.date() != t.date():
            out.append(d)
    return out


GA = """<script async src="https://www.googletagmanager.com/gtag/js?id=G-{gid}"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){{dataLayer.push(arguments);}}
  gtag('js', new Date());
  gtag('config', 'G-{gid}', {{ 'anonymize_ip': true }});
</script>"""


def ga():
    return GA.format(gid="".join(pick("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 10)))


GPT = """<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
<script>
  window.googletag = window.googletag || {cmd: []};
  googletag.cmd.push(function() {
    googletag.defineSlot('/21775744923/SITE/article/top', [[728, 90], [970, 250]], 'div-gpt-ad-top').addService(googletag.pubads());
    googletag.defineSlot('/21775744923/SITE/article/rail', [[300, 250], [300, 600]], 'div-gpt-ad-rail').addService(googletag.pubads());
    googletag.pubads().enableSingleRequest();
    googletag.pubads().setTargeting('section', ['news']);
    googletag.pubads().collapseEmptyDivs();
    googletag.enableServices();
  });
</script>"""


def gpt(site):
    return GPT.replace("SITE", site)


def onetrust():
    return """<div id="onetrust-consent-sdk"><div class="onetrust-pc-dark-filter ot-hide ot-fade-in"></div><div id="onetrust-banner-sdk" class="otFlat" tabindex="0" role="region" aria-label="Cookie banner"><div role="dialog" aria-label="Privacy"><div class="ot-sdk-container"><div class="ot-sdk-row"><div id="onetrust-group-container" class="ot-sdk-eight ot-sdk-columns"><div class="banner_logo"></div><div id="onetrust-policy"><h2 id="onetrust-policy-title">We value your privacy</h2><div id="onetrust-policy-text">We and our partners use cookies and similar technologies to store and access information on your device, to personalise content and ads, to provide social media features and to analyse our traffic. You can accept all cookies, reject non-essential cookies or choose which ones you allow. You can change your choices at any time by visiting Cookie Settings at the bottom of the page. <a class="ot-cookie-policy-link" href="/privacy-policy" aria-label="More information about your privacy, opens in a new tab" rel="noopener" target="_blank">Privacy Policy</a></div></div></div><div id="onetrust-button-group-parent" class="ot-sdk-three ot-sdk-columns"><div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Cookie Settings</button> <button id="onetrust-reject-all-handler">Reject All</button> <button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div></div></div></div></div></div>"""


def cookiebot():
    return """<div id="CybotCookiebotDialog" name="CybotCookiebotDialog" role="dialog" aria-modal="true" aria-labelledby="CybotCookiebotDialogBodyContentTitle" tabindex="-1" lang="en" style="display: none;"><div class="CybotCookiebotDialogContentWrapper"><div id="CybotCookiebotDialogBody"><h2 id="CybotCookiebotDialogBodyContentTitle">This website uses cookies</h2><div id="CybotCookiebotDialogBodyContentText">We use cookies to personalise content and ads, to provide social media features and to analyse our traffic. We also share information about your use of our site with our social media, advertising and analytics partners who may combine it with other information that you've provided to them or that they've collected from your use of their services.</div></div><div id="CybotCookiebotDialogFooter"><button id="CybotCookiebotDialogBodyButtonDecline">Use necessary cookies only</button><button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowallSelection">Allow selection</button><button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll">Allow all cookies</button></div></div></div>"""


def gdpr_simple(text="This site uses cookies to improve your experience. By continuing to browse the site you are agreeing to our use of cookies.", cls="cookie-notice-container"):
    return f"""<div id="cookie-notice" role="dialog" class="cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice" style="background-color: rgba(50,50,58,1);"><div class="{cls}" style="color: #fff"><span id="cn-notice-text" class="cn-text-container">{esc(text)}</span><span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button" aria-label="Ok">Ok</a><a href="/privacy-policy/" target="_blank" id="cn-more-info" class="cn-more-info cn-button" aria-label="Privacy policy">Privacy policy</a></span><span id="cn-close-notice" data-cookie-set="accept" class="cn-close-icon" title="No"></span></div></div>"""


def newsletter_box(site, cls="newsletter-signup"):
    return f"""<div class="{cls}"><h3>Get the morning headlines</h3><p>Sign up for {esc(site)}'s free daily newsletter and get the day's top local stories delivered to your inbox every morning.</p><form action="/newsletters/subscribe" method="post"><input type="email" name="email" placeholder="Your email address" required><button type="submit">Sign Up</button></form><p class="small">By signing up you agree to our <a href="/terms">Terms of Use</a> and <a href="/privacy">Privacy Policy</a>.</p></div>"""


def lorem_comment():
    return pick([
        "This has been a long time coming. Glad to see it finally happening.",
        "Who is paying for all of this? Nobody ever answers that question.",
        "My family has lived here for forty years and I have never seen it this bad.",
        "Great reporting, thank you for covering this.",
        "Same story every year. Nothing will change until people show up to the meetings.",
        "I drove through there yesterday and it was a mess. Hope they get it sorted soon.",
        "Does anyone know if the side roads will be affected too?",
        "The council should have done this years ago instead of arguing about it.",
    ])


# ====================================================================== page registry
PAGES = []


def add(name, lang, url, page, gold, enc="utf-8", headers=None, without=()):
    lines = gold["body"].split("\n")
    gold = dict(gold)
    gold.setdefault("with_", with_snippets(lines))
    gold["without"] = [w for w in without if w and w not in gold["body"]]
    gold["encoding"] = enc
    PAGES.append(dict(name=name, lang=lang, url=url, page=page, enc=enc, headers=headers or {}, gold=gold))


def body_of(items):
    return "\n".join(gold_lines(items))


def ps_html(items, p='<p>', h='<h2>', conv=esc):
    hc = h.replace("<", "</").split(" ")[0].rstrip(">") + ">"
    pc = p.replace("<", "</").split(" ")[0].rstrip(">") + ">"
    return "\n".join((f"{h}{conv(x[1])}{hc}" if isinstance(x, tuple) else f"{p}{conv(x)}{pc}") for x in items)


def wp_items(items):
    """WordPress-typed items: curly quotes in the gold, numeric entities in the HTML."""
    return [(x[0], curly(x[1])) if isinstance(x, tuple) else curly(x) for x in items]


def slug(s):
    return "-".join("".join(c.lower() if c.isalnum() else " " for c in s).split())[:80]


# ---------------------------------------------------------------------- 1. WordPress, tagDiv "Newspaper" theme
def en_wp_tagdiv():
    town = TOWNS[0]
    head, items = kit_council_budget(town)
    items = wp_items(items)
    t = when(2019, 11, 18, 12, 1)
    site, dom = "The Valley Ledger", "valleyledger.com"
    author = person()
    url = f"https://{dom}/2019/11/18/{slug(head)}/"
    rel = rel_heads(6, town[0]); rdates = other_dates(t, 6)
    pop = rel_heads(5, town[0]); pdates = other_dates(t, 5, 90)
    h = entities(esc(curly(head)))
    body = ps_html(items, conv=lambda s: entities(esc(s)))
    cap = f"{town[0]} City Hall on a weekday afternoon. (Photo: {person()} / {site})"
    page = f"""<!doctype html >
<!--[if IE 8]>    <html class="ie8" lang="en"> <![endif]-->
<!--[if IE 9]>    <html class="ie9" lang="en"> <![endif]-->
<!--[if gt IE 8]><!--> <html lang="en-US"> <!--<![endif]-->
<head>
    <title>{h} | {site}</title>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <link rel="pingback" href="https://{dom}/xmlrpc.php" />
    <meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
<link rel="icon" type="image/png" href="https://{dom}/wp-content/uploads/2018/03/favicon.png">
<!-- This site is optimized with the Yoast SEO plugin v12.4 - https://yoast.com/wordpress/plugins/seo/ -->
<meta name="description" content="{attr(curly(items[0])[:150])}"/>
<link rel="canonical" href="{url}" />
<meta property="og:locale" content="en_US" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{attr(curly(head))}" />
<meta property="og:url" content="{url}" />
<meta property="og:site_name" content="{site}" />
<meta property="article:section" content="Local News" />
<meta property="article:published_time" content="{iso(t, '-05:00')}" />
<meta property="article:modified_time" content="{iso(t + dt.timedelta(hours=3, minutes=12), '-05:00')}" />
<meta property="og:image" content="https://{dom}/wp-content/uploads/2019/11/city-hall-1024x683.jpg" />
<meta name="twitter:card" content="summary_large_image" />
<meta name="twitter:creator" content="@valleyledger" />
<script type='application/ld+json' class='yoast-schema-graph yoast-schema-graph--main'>{{"@context":"https://schema.org","@graph":[{{"@type":"WebSite","@id":"https://{dom}/#website","url":"https://{dom}/","name":"{site}","potentialAction":{{"@type":"SearchAction","target":"https://{dom}/?s={{search_term_string}}","query-input":"required name=search_term_string"}}}},{{"@type":"WebPage","@id":"{url}#webpage","url":"{url}","inLanguage":"en-US","name":"{attr(head)} | {site}","isPartOf":{{"@id":"https://{dom}/#website"}},"datePublished":"{iso(t, '-05:00')}","dateModified":"{iso(t + dt.timedelta(hours=3, minutes=12), '-05:00')}"}},{{"@type":"Article","@id":"{url}#article","isPartOf":{{"@id":"{url}#webpage"}},"author":{{"@id":"https://{dom}/#/schema/person/{slug(author)}"}},"headline":"{attr(head)}","datePublished":"{iso(t, '-05:00')}","dateModified":"{iso(t + dt.timedelta(hours=3, minutes=12), '-05:00')}","commentCount":3,"articleSection":"Local News","inLanguage":"en-US"}}]}}</script>
<!-- / Yoast SEO plugin. -->
<link rel='dns-prefetch' href='//fonts.googleapis.com' />
<link rel='stylesheet' id='wp-block-library-css'  href='https://{dom}/wp-includes/css/dist/block-library/style.min.css?ver=5.2.4' type='text/css' media='all' />
<link rel='stylesheet' id='td-theme-css'  href='https://{dom}/wp-content/themes/Newspaper/style.css?ver=9.7.3' type='text/css' media='all' />
<style id='td-theme-inline-css' type='text/css'>
@media (max-width: 767px) {{ .td-header-desktop-wrap {{ display: none; }} }}
@media (min-width: 767px) {{ .td-header-mobile-wrap {{ display: none; }} }}
.td-header-wrap .td-header-top-menu-full, .td-header-wrap .top-header-menu .sub-menu {{ background-color: #1b2a3a; }}
.td-post-content p, .td-post-content {{ font-family: Georgia, serif; font-size: 18px; line-height: 30px; }}
</style>
<script type='text/javascript' src='https://{dom}/wp-includes/js/jquery/jquery.js?ver=1.12.4-wp'></script>
<script type='text/javascript' src='https://{dom}/wp-includes/js/jquery/jquery-migrate.min.js?ver=1.4.1'></script>
<!--[if lt IE 9]><script src="https://cdnjs.cloudflare.com/ajax/libs/html5shiv/3.7.3/html5shiv.js"></script><![endif]-->
<script>
    var tdBlocksArray = []; //here we store all the items for the current page
    //td_block class - each ajax block uses a object of this class for requests
    function tdBlock() {{
        this.id = '';
        this.block_type = 1; //block type id (1-234 etc)
        this.atts = '';
        this.td_column_number = '';
        this.td_current_page = 1; //
        this.post_count = 0; //from wp
        this.found_posts = 0; //from wp
        this.max_num_pages = 0; //from wp
        this.td_filter_value = ''; //current live filter value
        this.is_ajax_running = false;
        this.td_user_action = ''; // load more or infinite loader (used by the animation)
        this.header_color = '';
        this.ajax_pagination_infinite_stop = ''; //show load more at page x
    }}
</script>
<script type="text/javascript">var tdThemeName="Newspaper";var td_ajax_url="https:\\/\\/{dom}\\/wp-admin\\/admin-ajax.php?td_theme_name=Newspaper&v=9.7.3";var td_get_template_directory_uri="https:\\/\\/{dom}\\/wp-content\\/themes\\/Newspaper";var tds_snap_menu="smart_snap_always";var tds_logo_on_sticky="show_header_logo";var tds_header_style="";var td_please_wait="Please wait...";var td_email_user_pass_incorrect="User or password incorrect!";var td_email_user_incorrect="Email or username incorrect!";var td_email_incorrect="Email incorrect!";var tds_more_articles_on_post_enable="show";var tds_more_articles_on_post_time_to_wait="";var tds_more_articles_on_post_pages_distance_from_top=800;var tds_theme_color_site_wide="#2b6cb0";var tds_smart_sidebar="enabled";var tdThemeName="Newspaper";var td_magnific_popup_translation_tPrev="Previous (Left arrow key)";var td_magnific_popup_translation_tNext="Next (Right arrow key)";var td_magnific_popup_translation_tCounter="%curr% of %total%";var td_magnific_popup_translation_ajax_tError="The content from %url% could not be loaded.";var td_magnific_popup_translation_image_tError="The image #%curr% could not be loaded.";var tdDateNamesI18n={{"month_names":["January","February","March","April","May","June","July","August","September","October","November","December"],"month_names_short":["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep","Oct","Nov","Dec"],"day_names":["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"],"day_names_short":["Sun","Mon","Tue","Wed","Thu","Fri","Sat"]}};var td_ad_background_click_link="";var td_ad_background_click_target="";</script>
{ga()}
</head>

<body class="post-template-default single single-post postid-48211 single-format-standard local-news global-block-template-1 td-newspaper-pro single_template_2 td-full-layout" itemscope="itemscope" itemtype="https://schema.org/WebPage">

        <div class="td-scroll-up"><i class="td-icon-menu-up"></i></div>
    
    <div class="td-menu-background"></div>
<div id="td-mobile-nav">
    <div class="td-mobile-container">
        <div class="td-menu-socials-wrap">
            <div class="td-menu-socials"><span class="td-social-icon-wrap"><a target="_blank" href="https://www.facebook.com/valleyledger" title="Facebook"><i class="td-icon-font td-icon-facebook"></i></a></span><span class="td-social-icon-wrap"><a target="_blank" href="https://twitter.com/valleyledger" title="Twitter"><i class="td-icon-font td-icon-twitter"></i></a></span></div>
            <div class="td-mobile-close"><a href="#"><i class="td-icon-close-mobile"></i></a></div>
        </div>
        <div class="td-mobile-content">
            <div class="menu-main-menu-container"><ul id="menu-main-menu" class="td-mobile-main-menu"><li class="menu-item"><a href="https://{dom}/">Home</a></li><li class="menu-item"><a href="https://{dom}/category/local-news/">Local News</a></li><li class="menu-item"><a href="https://{dom}/category/sports/">Sports</a></li><li class="menu-item"><a href="https://{dom}/category/obituaries/">Obituaries</a></li><li class="menu-item"><a href="https://{dom}/category/opinion/">Opinion</a></li><li class="menu-item"><a href="https://{dom}/e-edition/">E-Edition</a></li><li class="menu-item"><a href="https://{dom}/subscribe/">Subscribe</a></li></ul></div>
        </div>
    </div>
</div>
    <div class="td-search-background"></div>
<div class="td-search-wrap-mob"><div class="td-drop-down-search" aria-labelledby="td-header-search-button"><form method="get" class="td-search-form" action="https://{dom}/"><div class="td-search-close"><a href="#"><i class="td-icon-close-mobile"></i></a></div><div role="search" class="td-search-input"><span>Search</span><input id="td-header-search-mob" type="text" value="" name="s" autocomplete="off" /></div></form><div id="td-aj-search-mob"></div></div></div>

    <div id="td-outer-wrap" class="td-theme-wrap">
    
        <div class="td-header-wrap td-header-style-1 ">
            <div class="td-header-top-menu-full td-container-wrap ">
                <div class="td-container td-header-row td-header-top-menu">
                    <div class="top-bar-style-1">
                        <div class="td-header-sp-top-menu">
                            <div class="td_data_time"><div >{DAYS[t.weekday()]}, {us_long(t)}</div></div>
                            <div class="menu-top-container"><ul id="menu-top-menu" class="top-header-menu"><li class="menu-item"><a href="https://{dom}/advertise/">Advertise</a></li><li class="menu-item"><a href="https://{dom}/contact-us/">Contact Us</a></li><li class="menu-item"><a href="https://{dom}/submit-a-news-tip/">Submit a News Tip</a></li></ul></div>
                        </div>
                        <div class="td-header-sp-top-widget"><span class="td-social-icon-wrap"><a target="_blank" href="https://www.facebook.com/valleyledger" title="Facebook"><i class="td-icon-font td-icon-facebook"></i></a></span><span class="td-social-icon-wrap"><a target="_blank" href="https://twitter.com/valleyledger" title="Twitter"><i class="td-icon-font td-icon-twitter"></i></a></span></div>
                    </div>
                </div>
            </div>
            <div class="td-banner-wrap-full td-logo-wrap-full td-container-wrap ">
                <div class="td-container td-header-row td-header-header">
                    <div class="td-header-sp-logo"><a class="td-main-logo" href="https://{dom}/"><img class="td-retina-data" data-retina="https://{dom}/wp-content/uploads/2018/03/logo-retina.png" src="https://{dom}/wp-content/uploads/2018/03/logo.png" alt="{site}" title="{site}"/><span class="td-visual-hidden">{site}</span></a></div>
                    <div class="td-header-sp-recs"><div class="td-header-rec-wrap"><div class="td-a-rec td-a-rec-id-header  td_uid_1_5dd2e0c0a1b5b_rand td_block_template_1"><div id="div-gpt-ad-top"></div></div></div></div>
                </div>
            </div>
            <div class="td-header-menu-wrap-full td-container-wrap ">
                <div class="td-header-menu-wrap td-header-gradient ">
                    <div class="td-container td-header-row td-header-main-menu">
                        <div id="td-header-menu" role="navigation"><div id="td-top-mobile-toggle"><a href="#"><i class="td-icon-font td-icon-mobile"></i></a></div><div class="td-main-menu-logo td-logo-in-header"></div><div class="menu-main-menu-container"><ul id="menu-main-menu-1" class="sf-menu"><li class="menu-item menu-item-first td-menu-item td-normal-menu"><a href="https://{dom}/">Home</a></li><li class="menu-item td-menu-item td-normal-menu current-post-ancestor"><a href="https://{dom}/category/local-news/">Local News</a></li><li class="menu-item td-menu-item td-normal-menu"><a href="https://{dom}/category/business/">Business</a></li><li class="menu-item td-menu-item td-normal-menu"><a href="https://{dom}/category/sports/">Sports</a></li><li class="menu-item td-menu-item td-normal-menu"><a href="https://{dom}/category/schools/">Schools</a></li><li class="menu-item td-menu-item td-normal-menu"><a href="https://{dom}/category/obituaries/">Obituaries</a></li><li class="menu-item td-menu-item td-normal-menu"><a href="https://{dom}/category/opinion/">Opinion</a></li><li class="menu-item td-menu-item td-normal-menu"><a href="https://{dom}/category/community/">Community</a></li><li class="menu-item td-menu-item td-normal-menu"><a href="https://{dom}/e-edition/">E-Edition</a></li></ul></div></div>
                        <div class="td-search-wrapper"><div id="td-top-search"><div class="header-search-wrap"><div class="dropdown header-search"><a id="td-header-search-button" href="#" role="button" class="dropdown-toggle " data-toggle="dropdown"><i class="td-icon-search"></i></a></div></div></div></div>
                    </div>
                </div>
            </div>
        </div>

<div class="td-main-content-wrap td-container-wrap">

    <div class="td-container td-post-template-default ">
        <div class="td-crumb-container"><div class="entry-crumbs" itemscope itemtype="http://schema.org/BreadcrumbList"><span class="td-bred-first"><a href="https://{dom}/">Home</a></span> <i class="td-icon-right td-bread-sep"></i> <span itemscope itemprop="itemListElement" itemtype="http://schema.org/ListItem"><a title="View all posts in Local News" class="entry-crumb" itemscope itemprop="item" itemtype="http://schema.org/Thing" href="https://{dom}/category/local-news/"><span itemprop="name">Local News</span></a><meta itemprop="position" content = "1"></span></div></div>

        <div class="td-pb-row">
                                    <div class="td-pb-span8 td-main-content" role="main">
                            <div class="td-ss-main-content">
                                
    <article id="post-48211" class="post-48211 post type-post status-publish format-standard has-post-thumbnail hentry category-local-news tag-budget tag-city-council tag-property-tax" itemscope itemtype="https://schema.org/Article">
        <div class="td-post-header">

            <ul class="td-category"><li class="entry-category"><a  href="https://{dom}/category/local-news/">Local News</a></li></ul>
            <header class="td-post-title">
                <h1 class="entry-title">{h}</h1>

                

                <div class="td-module-meta-info">
                    <div class="td-post-author-name"><div class="td-author-by">By</div> <a href="https://{dom}/author/{slug(author)}/">{author}</a><div class="td-author-line"> - </div> </div>                    <span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{iso(t, '-05:00')}" >{us_long(t)}</time></span>                    <div class="td-post-comments"><a href="#comments"><i class="td-icon-comments"></i>3</a></div>                    <div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-48211">{R.randint(300, 4000)}</span></div>                </div>

            </header>

        </div>

        <div class="td-post-sharing-top"><div id="td_social_sharing_article_top" class="td-post-sharing td-ps-bg td-ps-notext td-post-sharing-style1 "><div class="td-post-sharing-visible"><a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-facebook" href="https://www.facebook.com/sharer.php?u={url}"><div class="td-social-but-icon"><i class="td-icon-facebook"></i></div><div class="td-social-but-text">Facebook</div></a><a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-twitter" href="https://twitter.com/intent/tweet?text={attr(head)}&url={url}&via=valleyledger"><div class="td-social-but-icon"><i class="td-icon-twitter"></i></div><div class="td-social-but-text">Twitter</div></a><a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-pinterest" href="https://pinterest.com/pin/create/button/?url={url}"><div class="td-social-but-icon"><i class="td-icon-pinterest"></i></div><div class="td-social-but-text">Pinterest</div></a><a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-whatsapp" href="whatsapp://send?text={attr(head)} %0A%0A {url}"><div class="td-social-but-icon"><i class="td-icon-whatsapp"></i></div><div class="td-social-but-text">WhatsApp</div></a></div><div class="td-social-sharing-hidden"><ul class="td-pulldown-filter-list"></ul><a class="td-social-sharing-button td-social-handler td-social-expand-tabs" href="#" data-block-uid="td_social_sharing_article_top"><div class="td-social-but-icon"><i class="td-icon-plus td-social-expand-tabs-icon"></i></div></a></div></div></div>

        <div class="td-post-content">

        <div class="td-post-featured-image"><figure><a href="https://{dom}/wp-content/uploads/2019/11/city-hall.jpg" data-caption="{attr(cap)}"><img width="696" height="464" class="entry-thumb td-modal-image" src="https://{dom}/wp-content/uploads/2019/11/city-hall-696x464.jpg" srcset="https://{dom}/wp-content/uploads/2019/11/city-hall-696x464.jpg 696w, https://{dom}/wp-content/uploads/2019/11/city-hall-300x200.jpg 300w" sizes="(max-width: 696px) 100vw, 696px" alt="" title="city-hall"/></a><figcaption class="wp-caption-text">{esc(cap)}</figcaption></figure></div>
        <!-- A generated by theme --> 

<script async src="//pagead2.googlesyndication.com/pagead/js/adsbygoogle.js"></script><div class="td-g-rec td-g-rec-id-content_top tdi_2_a43 td_block_template_1">
<script type="text/javascript">
var td_screen_width = window.innerWidth;

                    if ( td_screen_width >= 1140 ) {{
                        /* large monitors */
                        document.write('<ins class="adsbygoogle" style="display:inline-block;width:468px;height:60px" data-ad-client="ca-pub-4417356024184377" data-ad-slot="8151772011"></ins>');
                        (adsbygoogle = window.adsbygoogle || []).push({{}});
                    }}
</script>
</div>

 <!-- end A --> 

{body}
        </div>


        <footer>
                        
            <div class="td-post-source-tags">
                                <ul class="td-tags td-post-small-box clearfix"><li><span>TAGS</span></li><li><a href="https://{dom}/tag/budget/">budget</a></li><li><a href="https://{dom}/tag/city-council/">city council</a></li><li><a href="https://{dom}/tag/property-tax/">property tax</a></li></ul>            </div>

            <div class="td-post-sharing-bottom"><div class="td-post-sharing-classic"><iframe frameBorder="0" src="https://www.facebook.com/plugins/like.php?href={url}&amp;layout=button_count&amp;show_faces=false&amp;width=105&amp;action=like&amp;colorscheme=light&amp;height=21" style="border:none; overflow:hidden; width:105px; height:21px; background-color:transparent;"></iframe></div></div>            <div class="td-block-row td-post-next-prev"><div class="td-block-span6 td-post-prev-post"><div class="td-post-next-prev-content"><span>Previous article</span><a href="https://{dom}/2019/11/17/{slug(rel[0])}/">{esc(rel[0])}</a></div></div><div class="td-next-prev-separator"></div><div class="td-block-span6 td-post-next-post"><div class="td-post-next-prev-content"><span>Next article</span><a href="https://{dom}/2019/11/18/{slug(rel[1])}/">{esc(rel[1])}</a></div></div></div>            <div class="author-box-wrap"><a href="https://{dom}/author/{slug(author)}/"><img alt='' src='https://secure.gravatar.com/avatar/1a2b3c?s=96&#038;d=mm&#038;r=g' class='avatar avatar-96 photo' height='96' width='96' /></a><div class="desc"><div class="td-author-name vcard author"><span class="fn"><a href="https://{dom}/author/{slug(author)}/">{author}</a></span></div><div class="td-author-description">{author} covers city government, schools and development for {site}. Reach {author.split()[0]} at {author.split()[0].lower()}@{dom} or 555-0{R.randint(100, 199)}.</div><div class="td-author-social"></div><div class="clearfix"></div></div></div>	        <span style="display: none;" itemprop="author" itemscope itemtype="https://schema.org/Person"><meta itemprop="name" content="{author}"></span><meta itemprop="datePublished" content="{iso(t, '-05:00')}"><meta itemprop="dateModified" content="{iso(t + dt.timedelta(hours=3, minutes=12), '-05:00')}"><meta itemscope itemprop="mainEntityOfPage" itemType="https://schema.org/WebPage" itemid="{url}"/><span style="display: none;" itemprop="publisher" itemscope itemtype="https://schema.org/Organization"><span style="display: none;" itemprop="logo" itemscope itemtype="https://schema.org/ImageObject"><meta itemprop="url" content="https://{dom}/wp-content/uploads/2018/03/logo.png"></span><meta itemprop="name" content="{site}"></span><meta itemprop="headline " content="{attr(head)}"><span style="display: none;" itemprop="image" itemscope itemtype="https://schema.org/ImageObject"><meta itemprop="url" content="https://{dom}/wp-content/uploads/2019/11/city-hall.jpg"><meta itemprop="width" content="1200"><meta itemprop="height" content="800"></span>        </footer>

    </article> <!-- /.post -->

    <div class="td_block_wrap td_block_related_posts td_uid_3_5dd2e0c0a6d1f_rand td_with_ajax_pagination td-pb-border-top td_block_template_1"  data-td-block-uid="td_uid_3_5dd2e0c0a6d1f" ><script>var block_td_uid_3_5dd2e0c0a6d1f = new tdBlock();
block_td_uid_3_5dd2e0c0a6d1f.id = "td_uid_3_5dd2e0c0a6d1f";
block_td_uid_3_5dd2e0c0a6d1f.atts = '{{"limit":3,"ajax_pagination":"next_prev","live_filter":"cur_post_same_categories","td_ajax_filter_type":"td_custom_related","class":"td_uid_3_5dd2e0c0a6d1f_rand","td_column_number":3,"live_filter_cur_post_id":48211}}';
block_td_uid_3_5dd2e0c0a6d1f.td_column_number = "3";
block_td_uid_3_5dd2e0c0a6d1f.block_type = "td_block_related_posts";
tdBlocksArray.push(block_td_uid_3_5dd2e0c0a6d1f);
</script><h4 class="td-related-title td-block-title"><a id="td_uid_4_5dd2e0c0a7a8e" class="td-related-left td-cur-simple-item" data-td_filter_value="" data-td_block_id="td_uid_3_5dd2e0c0a6d1f" href="#">RELATED ARTICLES</a><a id="td_uid_5_5dd2e0c0a7a94" class="td-related-right" data-td_filter_value="td_related_more_from_author" data-td_block_id="td_uid_3_5dd2e0c0a6d1f" href="#">MORE FROM AUTHOR</a></h4><div id=td_uid_3_5dd2e0c0a6d1f class="td_block_inner">
""" + "".join(f"""
	<div class="td-related-row"><div class="td-related-span4"><div class="td_module_related_posts td-animation-stack td_mod_related_posts"><div class="td-module-image"><div class="td-module-thumb"><a href="https://{dom}/{d:%Y/%m/%d}/{slug(r)}/" rel="bookmark" class="td-image-wrap" title="{attr(r)}"><img width="218" height="150" class="entry-thumb" src="https://{dom}/wp-content/uploads/{d:%Y/%m}/thumb-{i}-218x150.jpg" alt="" title="{attr(r)}"/></a></div><a href="https://{dom}/category/local-news/" class="td-post-category">Local News</a></div><div class="item-details"><h3 class="entry-title td-module-title"><a href="https://{dom}/{d:%Y/%m/%d}/{slug(r)}/" rel="bookmark" title="{attr(r)}">{esc(r)}</a></h3></div></div></div></div>""" for i, (r, d) in enumerate(zip(rel[2:], rdates[2:]))) + f"""
</div><div class="td-next-prev-wrap"><a href="#" class="td-ajax-prev-page ajax-page-disabled" id="prev-page-td_uid_3_5dd2e0c0a6d1f" data-td_block_id="td_uid_3_5dd2e0c0a6d1f"><i class="td-icon-font td-icon-menu-left"></i></a><a href="#"  class="td-ajax-next-page" id="next-page-td_uid_3_5dd2e0c0a6d1f" data-td_block_id="td_uid_3_5dd2e0c0a6d1f"><i class="td-icon-font td-icon-menu-right"></i></a></div></div> <!-- ./block -->

	<div class="comments" id="comments">
                        <div class="td-comments-title-wrap td_block_template_1"><h4 class="block-title"><span>3 COMMENTS</span></h4></div>
            <ol class="comment-list">
""" + "".join(f"""                <li class="comment even thread-even depth-1" id="li-comment-{9000 + i}">
			<article>
                <footer><img alt='' src='https://secure.gravatar.com/avatar/{i}?s=50&#038;d=mm&#038;r=g' class='avatar avatar-50 photo' height='50' width='50' />                    <cite>{person()}</cite>
                    <a class="comment-link" href="#comment-{9000 + i}"><time pubdate="{epoch(d)}">{us_long(d)} At {ampm(d).lower()}</time></a>
                </footer>
                <div class="comment-content"><p>{esc(lorem_comment())}</p></div>
                <div class="comment-meta" id="comment-{9000 + i}"><a rel='nofollow' class='comment-reply-link' href='#comment-{9000 + i}' data-commentid="{9000 + i}" data-postid="48211" aria-label='Reply to this comment'>Reply</a></div>
            </article>
    </li><!-- #comment-## -->
""" for i, d in enumerate([t + dt.timedelta(hours=k * 5 + 2) for k in range(3)])) + f"""            </ol>
            <div class="comment-pagination"><div class="clearfix"></div></div>
	<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">LEAVE A REPLY <small><a rel="nofollow" id="cancel-comment-reply-link" href="/2019/11/18/{slug(head)}/#respond" style="display:none;">Cancel reply</a></small></h3><form action="https://{dom}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><div class="clearfix"></div><div class="comment-form-input-wrap td-form-comment"><textarea placeholder="Comment:" id="comment" name="comment" cols="45" rows="8" aria-required="true"></textarea><div class="td-warning-comment">Please enter your comment!</div></div><div class="comment-form-input-wrap td-form-author"><input class="" id="author" name="author" placeholder="Name:*" type="text" value="" size="30"  aria-required='true' /><div class="td-warning-author">Please enter your name here</div></div><div class="comment-form-input-wrap td-form-email"><input class="" id="email" name="email" placeholder="Email:*" type="text" value="" size="30"  aria-required='true' /><div class="td-warning-email-error">You have entered an incorrect email address!</div><div class="td-warning-email">Please enter your email address here</div></div><p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" /><label for="wp-comment-cookies-consent">Save my name, email, and website in this browser for the next time I comment.</label></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment" /></p></form></div><!-- #respond -->
    </div> <!-- /.content -->
                            </div>
                        </div>
                        <div class="td-pb-span4 td-main-sidebar" role="complementary">
                            <div class="td-ss-main-sidebar">
                                <div class="td-a-rec td-a-rec-id-sidebar"><div id="div-gpt-ad-rail"></div></div><div class="td_block_wrap td_block_social_counter"><div class="td-block-title-wrap"><h4 class="block-title"><span>STAY CONNECTED</span></h4></div><div class="td-social-list"><div class="td_social_type td-pb-margin-side td_social_facebook"><div class="td-social-box"><div class="td-sp td-sp-facebook"></div><span class="td_social_info">{R.randint(10, 40)},{R.randint(100, 999)}</span><span class="td_social_info td_social_info_name">Fans</span><span class="td_social_button"><a href="https://www.facebook.com/valleyledger" >Like</a></span></div></div></div></div>
<div class="td_block_wrap td_block_9 td_block_widget"><div class="td-block-title-wrap"><h4 class="block-title"><span>MOST POPULAR</span></h4></div><div class="td_block_inner">""" + "".join(f"""<div class="td-block-span12"><div class="td_module_8 td_module_wrap"><div class="item-details"><h3 class="entry-title td-module-title"><a href="https://{dom}/{d:%Y/%m/%d}/{slug(p)}/" rel="bookmark" title="{attr(p)}">{esc(p)}</a></h3><div class="td-module-meta-info"><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{iso(d, '-05:00')}" >{us_long(d)}</time></span></div></div></div></div>""" for p, d in zip(pop, pdates)) + f"""</div></div>
<aside class="td_block_template_1 widget widget_mc4wp_form_widget"><h4 class="block-title"><span>NEWSLETTER</span></h4><script>(function() {{window.mc4wp = window.mc4wp || {{listeners: [],forms: {{on: function(evt, cb) {{window.mc4wp.listeners.push({{event: evt, callback: cb}});}}}}}}}})();</script><form id="mc4wp-form-1" class="mc4wp-form mc4wp-form-51" method="post" data-id="51" data-name="Newsletter"><div class="mc4wp-form-fields"><p>Get the top stories from {site} in your inbox every weekday morning. It's free.</p><p><input type="email" name="EMAIL" placeholder="Your email address" required /></p><p><input type="submit" value="Sign up" /></p></div></form></aside>                            </div>
                        </div>
                            </div> <!-- /.td-pb-row -->
    </div> <!-- /.td-container -->
</div> <!-- /.td-main-content-wrap -->

<div class="td-footer-wrapper td-footer-container td-container-wrap ">
    <div class="td-container">
	    <div class="td-pb-row">
		    <div class="td-pb-span12"><div class="td-footer-info"><div class="footer-logo-wrap"><a href="https://{dom}/"><img class="td-retina-data" src="https://{dom}/wp-content/uploads/2018/03/logo-footer.png" alt="{site}" title="{site}"/></a></div><div class="footer-text-wrap">{site} is the community newspaper for {town[0]} and {town[1]}. Locally owned since 1932.<div class="footer-email-wrap">Contact us: <a href="mailto:news@{dom}">news@{dom}</a></div></div><div class="footer-social-wrap td-social-style-2"><span class="td-social-icon-wrap"><a target="_blank" href="https://www.facebook.com/valleyledger" title="Facebook"><i class="td-icon-font td-icon-facebook"></i></a></span></div></div></div>
	    </div>
    </div>
</div>

<div class="td-sub-footer-container td-container-wrap ">
    <div class="td-container">
        <div class="td-pb-row">
            <div class="td-pb-span td-sub-footer-menu"><div class="menu-footer-container"><ul id="menu-footer" class="td-subfooter-menu"><li class="menu-item"><a href="https://{dom}/about-us/">About Us</a></li><li class="menu-item"><a href="https://{dom}/privacy-policy/">Privacy Policy</a></li><li class="menu-item"><a href="https://{dom}/terms-of-use/">Terms of Use</a></li></ul></div></div>
            <div class="td-pb-span td-sub-footer-copy">&copy; Copyright 2019 - {site}. All Rights Reserved.</div>
        </div>
    </div>
</div>
</div><!--close td-outer-wrap-->

<script type='text/javascript' src='https://{dom}/wp-content/themes/Newspaper/js/tagdiv_theme.min.js?ver=9.7.3'></script>
<script type='text/javascript' src='https://{dom}/wp-includes/js/comment-reply.min.js?ver=5.2.4'></script>
<script type='text/javascript' src='https://{dom}/wp-includes/js/wp-embed.min.js?ver=5.2.4'></script>
<!-- JS generated by theme -->
<script>
                jQuery().ready(function jQuery_ready() {{
                    tdAjaxCount.tdGetViewsCountsAjax("post",[48211]);
                }});
</script>
{gdpr_simple()}
</body>
</html>"""
    gold = dict(body=body_of(items), title=curly(head), published=ymd(t), published_time=t.strftime("%H:%M"))
    add("en-wp-tagdiv", "en", url, page, gold, without=[cap, "LEAVE A REPLY", rel[2], pop[0], "All Rights Reserved", f"covers city government, schools and development for {site}"])


def wp_head(title, dom, url, t, desc, extra="", tz="-05:00", generator="WordPress 5.3", yoast=True, section="News", author="Staff"):
    ld = (f"""<script type="application/ld+json" class="yoast-schema-graph">{{"@context":"https://schema.org","@graph":[{{"@type":"NewsArticle","@id":"{url}#article","headline":"{attr(title)}","datePublished":"{iso(t, tz)}","dateModified":"{iso(t, tz)}","mainEntityOfPage":{{"@id":"{url}"}},"author":{{"@type":"Person","name":"{author}"}},"articleSection":["{section}"],"inLanguage":"en-US"}}]}}</script>"""
          if yoast else "")
    return f"""<!DOCTYPE html>
<html lang="en-US" prefix="og: http://ogp.me/ns#">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="http://gmpg.org/xfn/11">
<title>{entities(esc(title))} &#8211; {dom}</title>
<meta name='robots' content='max-image-preview:large' />
<link rel='dns-prefetch' href='//s0.wp.com' />
<link rel='dns-prefetch' href='//fonts.googleapis.com' />
<link rel="alternate" type="application/rss+xml" title="{dom} &raquo; Feed" href="https://{dom}/feed/" />
<link rel="alternate" type="application/rss+xml" title="{dom} &raquo; Comments Feed" href="https://{dom}/comments/feed/" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{attr(title)}" />
<meta property="og:url" content="{url}" />
<meta property="og:description" content="{attr(desc[:160])}" />
<meta property="article:published_time" content="{iso(t, tz)}" />
<meta property="og:site_name" content="{dom}" />
<meta name="twitter:card" content="summary" />
{ld}
<script type="text/javascript">
window._wpemojiSettings = {{"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/12.0.0-1\\/72x72\\/","ext":".png","svgUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/12.0.0-1\\/svg\\/","svgExt":".svg","source":{{"concatemoji":"https:\\/\\/{dom}\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver=5.3"}}}};
!function(e,a,t){{var n,r,o,i=a.createElement("canvas"),p=i.getContext&&i.getContext("2d");function s(e,t){{var a=String.fromCharCode;p.clearRect(0,0,i.width,i.height),p.fillText(a.apply(this,e),0,0);e=i.toDataURL();return p.clearRect(0,0,i.width,i.height),p.fillText(a.apply(this,t),0,0),e===i.toDataURL()}}}}(window,document,window._wpemojiSettings);
</script>
<style type="text/css">
img.wp-smiley,
img.emoji {{
	display: inline !important;
	border: none !important;
	box-shadow: none !important;
	height: 1em !important;
	width: 1em !important;
	margin: 0 .07em !important;
	vertical-align: -0.1em !important;
	background: none !important;
	padding: 0 !important;
}}
</style>
<link rel='stylesheet' id='wp-block-library-css'  href='https://{dom}/wp-includes/css/dist/block-library/style.min.css?ver=5.3' type='text/css' media='all' />
<link rel='stylesheet' id='jetpack_css-css'  href='https://{dom}/wp-content/plugins/jetpack/css/jetpack.css?ver=8.0' type='text/css' media='all' />
<script type='text/javascript' src='https://{dom}/wp-includes/js/jquery/jquery.js?ver=1.12.4-wp'></script>
<link rel='https://api.w.org/' href='https://{dom}/wp-json/' />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="https://{dom}/xmlrpc.php?rsd" />
<meta name="generator" content="{generator}" />
<link rel="canonical" href="{url}" />
<link rel='shortlink' href='https://wp.me/p8Xk2-{R.randint(1000, 9999)}' />
{extra}
{ga()}
</head>"""


def jetpack_share(url, title):
    return f"""<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul><li class="share-twitter"><a rel="nofollow noopener noreferrer" data-shared="sharing-twitter-{R.randint(1000, 99999)}" class="share-twitter sd-button share-icon" href="{url}?share=twitter" target="_blank" title="Click to share on Twitter"><span>Twitter</span></a></li><li class="share-facebook"><a rel="nofollow noopener noreferrer" class="share-facebook sd-button share-icon" href="{url}?share=facebook" target="_blank" title="Click to share on Facebook"><span>Facebook</span></a></li><li class="share-email"><a rel="nofollow noopener noreferrer" class="share-email sd-button share-icon" href="{url}?share=email" target="_blank" title="Click to email this to a friend"><span>Email</span></a></li><li class="share-print"><a rel="nofollow noopener noreferrer" class="share-print sd-button share-icon" href="{url}#print" target="_blank" title="Click to print"><span>Print</span></a></li><li class="share-end"></li></ul></div></div></div><div class='sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded' id='like-post-wrapper-1234-{R.randint(1000, 9999)}' data-src='https://widgets.wp.com/likes/#blog_id=123&amp;post_id=4567&amp;origin=x&amp;obj_id=123-4567' data-name='like-post-frame'><h3 class="sd-title">Like this:</h3><div class='likes-widget-placeholder post-likes-widget-placeholder' style='height: 55px;'><span class='button'><span>Like</span></span> <span class="loading">Loading...</span></div><span class='sd-text-color'></span><a class='sd-link-color'></a></div>"""


def jetpack_related(dom, heads, dates, cat="Local News"):
    items = "".join(f"""<div class="jp-relatedposts-post jp-relatedposts-post{i} jp-relatedposts-post-thumbs" data-post-id="{4000 + i}" data-post-format="false"><a class="jp-relatedposts-post-a" href="https://{dom}/{d:%Y/%m/%d}/{slug(h)}/" title="{attr(h)}" rel="nofollow" data-origin="4567" data-position="{i}"><img class="jp-relatedposts-post-img" src="https://i0.wp.com/{dom}/wp-content/uploads/{d:%Y/%m}/img{i}.jpg?resize=350%2C200&#038;ssl=1" width="350" alt="{attr(h)}" /></a><h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="https://{dom}/{d:%Y/%m/%d}/{slug(h)}/" title="{attr(h)}" rel="nofollow" data-origin="4567" data-position="{i}">{esc(h)}</a></h4><p class="jp-relatedposts-post-date" style="display: block;">{us_long(d)}</p><p class="jp-relatedposts-post-context">In &quot;{cat}&quot;</p></div>""" for i, (h, d) in enumerate(zip(heads, dates)))
    return f"""<div id='jp-relatedposts' class='jp-relatedposts jp-relatedposts-block' style="display: block;"><h3 class="jp-relatedposts-headline"><em>Related</em></h3><div class="jp-relatedposts-items jp-relatedposts-items-visual jp-relatedposts-grid">{items}</div></div>"""


def wp_sidebar(dom, t, k=6):
    heads = rel_heads(k); dates = other_dates(t, k, 60)
    months = [t - dt.timedelta(days=31 * i) for i in range(1, 9)]
    return f"""<aside id="secondary" class="widget-area" role="complementary">
<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="https://{dom}/"><label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;" value="" name="s" /></label><input type="submit" class="search-submit" value="Search" /></form></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>""" + "".join(f"""<li><a href="https://{dom}/{d:%Y/%m/%d}/{slug(h)}/">{esc(h)}</a><span class="post-date">{us_long(d)}</span></li>""" for h, d in zip(heads, dates)) + f"""</ul></section>
<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">Archives</h2><ul>""" + "".join(f"""<li><a href='https://{dom}/{m:%Y/%m}/'>{MONTHS[m.month - 1]} {m.year}</a></li>""" for m in months) + """</ul></section>
<section id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2><ul><li class="cat-item"><a href="/category/community/">Community</a></li><li class="cat-item"><a href="/category/local-news/">Local News</a></li><li class="cat-item"><a href="/category/public-safety/">Public Safety</a></li><li class="cat-item"><a href="/category/schools/">Schools</a></li><li class="cat-item"><a href="/category/sports/">Sports</a></li></ul></section>
</aside>"""


# ---------------------------------------------------------------------- 2. WordPress, `by | November 18, 2019 12:01 PM` byline, dateline above a short text
def en_wp_bylinebar(kit, town, t, dom, site, name, dateline_style="strong"):
    head, items = kit(town[0]) if kit in (kit_sports, kit_tourism_closure, kit_election_local) else kit(town)
    items = wp_items(items)
    url = f"https://{dom}/{t:%Y/%m/%d}/{slug(head)}/"
    rel = rel_heads(3, town[0] if isinstance(town, tuple) else town); rdates = other_dates(t, 3)
    stamp = f"{us_long(t)} {ampm(t)}"
    dateline = (f"<p><strong>{us_long(t)}</strong></p>" if dateline_style == "strong"
                else f'<p class="has-text-align-left"><em>{esc(town[0] if isinstance(town, tuple) else town)} &#8212; {us_long(t)}</em></p>')
    page = wp_head(curly(head), dom, url, t, items[0], section="Local News", author="") + f"""
<body class="post-template-default single single-post postid-{R.randint(2000, 9999)} single-format-standard wp-embed-responsive singular has-sidebar">
<div id="page" class="site">
	<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
	<header id="masthead" class="site-header" role="banner">
		<div class="top-bar"><div class="wrap"><span class="today-date">{DAYS[t.weekday()]}, {us_long(t)}</span><ul class="social-links"><li><a href="https://facebook.com/{dom.split('.')[0]}">Facebook</a></li><li><a href="https://twitter.com/{dom.split('.')[0]}">Twitter</a></li></ul></div></div>
		<div class="site-branding"><p class="site-title"><a href="https://{dom}/" rel="home">{site}</a></p><p class="site-description">News for {town[0] if isinstance(town, tuple) else town} and the surrounding area</p></div>
		<nav id="site-navigation" class="main-navigation" role="navigation" aria-label="Top Menu"><button class="menu-toggle" aria-controls="top-menu" aria-expanded="false">Menu</button><div class="menu-primary-container"><ul id="top-menu" class="menu"><li class="menu-item"><a href="https://{dom}/">Home</a></li><li class="menu-item current-post-ancestor"><a href="https://{dom}/category/local-news/">Local News</a></li><li class="menu-item"><a href="https://{dom}/category/public-safety/">Public Safety</a></li><li class="menu-item"><a href="https://{dom}/category/schools/">Schools</a></li><li class="menu-item"><a href="https://{dom}/category/sports/">Sports</a></li><li class="menu-item"><a href="https://{dom}/events/">Events</a></li><li class="menu-item"><a href="https://{dom}/contact/">Contact</a></li><li class="menu-item"><a href="https://{dom}/advertise/">Advertise</a></li></ul></div></nav>
	</header><!-- #masthead -->
	<div class="site-content-contain">
		<div id="content" class="site-content">
<div class="wrap">
	<div id="primary" class="content-area">
		<main id="main" class="site-main" role="main">
<article id="post-{R.randint(2000, 9999)}" class="post type-post status-publish format-standard hentry category-local-news">
	<header class="entry-header">
		<div class="entry-meta"><span class="byline">by <span class="author vcard"><a class="url fn n" href="https://{dom}/author/"></a></span></span> | <span class="posted-on"><span class="screen-reader-text">Posted on</span> <time class="entry-date published updated" datetime="{iso(t, '-05:00')}">{stamp}</time></span></div><!-- .entry-meta -->
		<h1 class="entry-title">{entities(esc(curly(head)))}</h1>
	</header><!-- .entry-header -->
	<div class="entry-content">
{dateline}
{ps_html(items, conv=lambda s: entities(esc(s)))}
{jetpack_share(url, head)}
{jetpack_related(dom, rel, rdates)}
	</div><!-- .entry-content -->
	<footer class="entry-footer"><span class="cat-tags-links"><span class="cat-links"><span class="screen-reader-text">Categories</span><a href="https://{dom}/category/local-news/" rel="category tag">Local News</a></span></span></footer>
</article><!-- #post-## -->
	<nav class="navigation post-navigation" role="navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links"><div class="nav-previous"><a href="https://{dom}/{rdates[0]:%Y/%m/%d}/{slug(rel[0])}/" rel="prev"><span class="screen-reader-text">Previous Post</span><span aria-hidden="true" class="nav-subtitle">Previous</span> <span class="nav-title">{esc(rel[0])}</span></a></div></div></nav>
<div id="comments" class="comments-area">
	<div id="respond" class="comment-respond">
		<h3 id="reply-title" class="comment-reply-title">Leave a Reply <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel reply</a></small></h3><form action="https://{dom}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> Required fields are marked <span class="required">*</span></p><p class="comment-form-comment"><label for="comment">Comment</label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required="required"></textarea></p><p class="comment-form-author"><label for="author">Name <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" required='required' /></p><p class="comment-form-email"><label for="email">Email <span class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" required='required' /></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment" /></p><p style="display: none;"><input type="hidden" id="akismet_comment_nonce" name="akismet_comment_nonce" value="{R.randint(10**9, 10**10)}" /></p></form>	</div><!-- #respond -->
	<p class="akismet_comment_form_privacy_notice">This site uses Akismet to reduce spam. <a href="https://akismet.com/privacy/" target="_blank" rel="nofollow noopener">Learn how your comment data is processed</a>.</p>
</div><!-- #comments -->
		</main><!-- #main -->
	</div><!-- #primary -->
{wp_sidebar(dom, t)}
</div><!-- .wrap -->
		</div><!-- #content -->
		<footer id="colophon" class="site-footer" role="contentinfo">
			<div class="wrap"><div class="site-info">Copyright &copy; {t.year} {site}. All rights reserved. <span role="separator" aria-hidden="true"></span><a href="https://wordpress.org/" class="imprint">Proudly powered by WordPress</a></div></div>
		</footer><!-- #colophon -->
	</div><!-- .site-content-contain -->
</div><!-- #page -->
<script type='text/javascript' src='https://{dom}/wp-content/plugins/jetpack/_inc/build/photon/photon.min.js?ver=20191001'></script>
<script type='text/javascript' src='https://s0.wp.com/wp-content/js/devicepx-jetpack.js?ver=201947'></script>
<script type='text/javascript'>
/* <![CDATA[ */
var sharing_js_options = {{"lang":"en","counts":"1","is_stats_active":"1"}};
/* ]]> */
</script>
<script type='text/javascript' src='https://{dom}/wp-content/plugins/jetpack/_inc/build/sharedaddy/sharing.min.js?ver=8.0'></script>
<script type='text/javascript' src='https://stats.wp.com/e-201947.js' async='async' defer='defer'></script>
<script type='text/javascript'>
	_stq = window._stq || [];
	_stq.push([ 'view', {{v:'ext',j:'1:8.0',blog:'123456789',post:'4567',tz:'-5',srv:'{dom}'}} ]);
	_stq.push([ 'clickTrackerInit', '123456789', '4567' ]);
</script>
{gdpr_simple() if R.random() < 0.6 else ''}
</body>
</html>"""
    gold = dict(body=body_of(items), title=curly(head), published=ymd(t), published_time=t.strftime("%H:%M"))
    add(name, "en", url, page, gold, without=[stamp, "Share this:", rel[1], "Recent Posts", "Leave a Reply", "Proudly powered by WordPress"])


# ---------------------------------------------------------------------- 3. WordPress block theme (Twenty Twenty): pull quote, image caption, embedded tweet, comments
def en_wp_gutenberg():
    town = TOWNS[3]
    head, items = kit_storm(town)
    items = wp_items(items)
    t = when(2021, 8, 19, 9, 47)
    dom, site = "thedunmoredispatch.com", "The Dunmore Dispatch"
    url = f"https://{dom}/news/{slug(head)}/"
    author = person()
    enc = lambda s: entities(esc(s))
    quote = first_quote(items[2])
    cap = f"Water covers a road near the creek in {town[0]} early Wednesday. Photo by {person()}"
    tweet = "Flash Flood Warning continues for parts of the county until 11:45 AM. Turn around, don't drown! Never drive through flooded roadways."
    blocks = []
    for i, x in enumerate(items):
        blocks.append(f"<p>{enc(x)}</p>")
        if i == 2:
            blocks.append(f'<figure class="wp-block-pullquote"><blockquote><p>{enc(quote)}</p><cite>{enc(items[1].split(", the county")[0].split("according to ")[-1])}</cite></blockquote></figure>')
        if i == 4:
            blocks.append(f'<figure class="wp-block-image size-large"><img loading="lazy" width="1024" height="683" src="https://{dom}/wp-content/uploads/{t:%Y/%m}/flood-road-1024x683.jpg" alt="" class="wp-image-{R.randint(10000, 99999)}" srcset="https://{dom}/wp-content/uploads/{t:%Y/%m}/flood-road-1024x683.jpg 1024w, https://{dom}/wp-content/uploads/{t:%Y/%m}/flood-road-300x200.jpg 300w" sizes="(max-width: 1024px) 100vw, 1024px" /><figcaption>{enc(cap)}</figcaption></figure>')
        if i == 6:
            blocks.append(f'<figure class="wp-block-embed-twitter wp-block-embed is-type-rich is-provider-twitter"><div class="wp-block-embed__wrapper">\n<blockquote class="twitter-tweet" data-width="550" data-dnt="true"><p lang="en" dir="ltr">{esc(tweet)} <a href="https://t.co/Qm3xXk2Lp9">pic.twitter.com/Qm3xXk2Lp9</a></p>&mdash; NWS Binghamton (@NWSBinghamton) <a href="https://twitter.com/NWSBinghamton/status/1428{R.randint(10**11, 10**12)}?ref_src=twsrc%5Etfw">{us_long(t - dt.timedelta(hours=5))}</a></blockquote><script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>\n</div></figure>')
    rel = rel_heads(2, town[0]); rdates = other_dates(t, 2)
    comments = [(person(), t + dt.timedelta(hours=3 + 4 * i), lorem_comment()) for i in range(2)]
    svg = '<svg class="svg-icon" aria-hidden="true" role="img" focusable="false" xmlns="http://www.w3.org/2000/svg" width="18" height="19" viewBox="0 0 18 19"><path fill="" d="M4.60069444,4.09375 L3.25,4.09375 C2.47334957,4.09375 1.84375,4.72334957 1.84375,5.5 L1.84375,7.26736111 L16.15625,7.26736111 L16.15625,5.5 Z"></path></svg>'
    page = wp_head(curly(head), dom, url, t, items[0], generator="WordPress 5.8", author=author, tz="-04:00").replace('<html lang="en-US" prefix="og: http://ogp.me/ns#">', '<html class="no-js" lang="en-US">') + f"""
	<body class="post-template-default single single-post postid-21877 single-format-standard wp-embed-responsive singular enable-search-modal has-post-thumbnail has-single-pagination showing-comments show-avatars footer-top-visible">
		<a class="skip-link screen-reader-text" href="#site-content">Skip to the content</a>
		<header id="site-header" class="header-footer-group" role="banner">
			<div class="header-inner section-inner">
				<div class="header-titles-wrapper">
					<button class="toggle search-toggle mobile-search-toggle" data-toggle-target=".search-modal" data-toggle-body-class="showing-search-modal" data-set-focus=".search-modal .search-field" aria-expanded="false"><span class="toggle-inner"><span class="toggle-icon">{svg}</span><span class="toggle-text">Search</span></span></button>
					<div class="header-titles"><div class="site-title faux-heading"><a href="https://{dom}/">{site}</a></div><div class="site-description">Independent local news since 1998</div></div>
				</div>
				<div class="header-navigation-wrapper">
					<nav class="primary-menu-wrapper" aria-label="Horizontal" role="navigation"><ul class="primary-menu reset-list-style"><li class="menu-item"><a href="https://{dom}/news/">News</a></li><li class="menu-item"><a href="https://{dom}/weather/">Weather</a></li><li class="menu-item"><a href="https://{dom}/police-fire/">Police &amp; Fire</a></li><li class="menu-item"><a href="https://{dom}/opinion/">Opinion</a></li><li class="menu-item"><a href="https://{dom}/obituaries/">Obituaries</a></li><li class="menu-item"><a href="https://{dom}/donate/">Donate</a></li></ul></nav>
				</div>
			</div>
		</header>
		<main id="site-content" role="main">
<article class="post-21877 post type-post status-publish format-standard has-post-thumbnail hentry category-news category-weather" id="post-21877">
	<header class="entry-header has-text-align-center header-footer-group">
		<div class="entry-header-inner section-inner medium">
				<div class="entry-categories"><span class="screen-reader-text">Categories</span><div class="entry-categories-inner"><a href="https://{dom}/category/news/" rel="category tag">News</a> <a href="https://{dom}/category/weather/" rel="category tag">Weather</a></div></div>
			<h1 class="entry-title">{enc(curly(head))}</h1>
		<div class="post-meta-wrapper post-meta-single post-meta-single-top">
			<ul class="post-meta">
					<li class="post-author meta-wrapper"><span class="meta-icon"><span class="screen-reader-text">Post author</span>{svg}</span><span class="meta-text">By <a href="https://{dom}/author/{slug(author)}/">{author}</a></span></li>
					<li class="post-date meta-wrapper"><span class="meta-icon"><span class="screen-reader-text">Post date</span>{svg}</span><span class="meta-text"><a href="{url}">{us_long(t)}</a></span></li>
					<li class="post-comment-link meta-wrapper"><span class="meta-icon">{svg}</span><span class="meta-text"><a href="{url}#comments">2 Comments</a></span></li>
			</ul>
		</div>
		</div>
	</header>
	<figure class="featured-media"><div class="featured-media-inner section-inner"><img width="1200" height="800" src="https://{dom}/wp-content/uploads/{t:%Y/%m}/storm-1200x800.jpg" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="" loading="lazy" /></div></figure>
	<div class="post-inner thin ">
		<div class="entry-content">
{chr(10).join(blocks)}
		</div><!-- .entry-content -->
	</div><!-- .post-inner -->
	<div class="section-inner">
		<div class="post-meta-wrapper post-meta-single post-meta-single-bottom"><ul class="post-meta"><li class="post-tags meta-wrapper"><span class="meta-icon"><span class="screen-reader-text">Tags</span></span><span class="meta-text"><a href="https://{dom}/tag/flooding/" rel="tag">flooding</a>, <a href="https://{dom}/tag/power-outage/" rel="tag">power outage</a></span></li></ul></div>
		<div class="author-bio"><div class="author-title-wrapper"><div class="author-avatar vcard"><img alt='' src='https://secure.gravatar.com/avatar/00?s=160&#038;d=mm&#038;r=g' class='avatar avatar-160 photo' height='160' width='160' loading='lazy'/></div><h2 class="author-title heading-size-4">By {author}</h2></div><div class="author-description"><p>{author} is a reporter for {site}. Story ideas are always welcome.</p><a class="author-link" href="https://{dom}/author/{slug(author)}/" rel="author">View Archive <span aria-hidden="true">&rarr;</span></a></div></div>
	</div>
	<nav class="pagination-single section-inner" aria-label="Post" role="navigation"><hr class="styled-separator is-style-wide" aria-hidden="true" /><div class="pagination-single-inner"><a class="previous-post" href="https://{dom}/news/{slug(rel[0])}/"><span class="arrow" aria-hidden="true">&larr;</span><span class="title"><span class="title-inner">{esc(rel[0])}</span></span></a><a class="next-post" href="https://{dom}/news/{slug(rel[1])}/"><span class="arrow" aria-hidden="true">&rarr;</span><span class="title"><span class="title-inner">{esc(rel[1])}</span></span></a></div><hr class="styled-separator is-style-wide" aria-hidden="true" /></nav>
		<div class="comments-wrapper section-inner">
			<div class="comments" id="comments">
				<div class="comments-header section-inner small max-percentage"><h2 class="comment-reply-title">2 replies on &ldquo;{enc(curly(head))}&rdquo;</h2></div>
				<div class="comments-inner section-inner thin max-percentage">
""" + "".join(f"""					<div id="comment-{700 + i}" class="comment even thread-even depth-1">
						<article id="div-comment-{700 + i}" class="comment-body">
							<footer class="comment-meta"><div class="comment-author vcard"><img alt='' src='https://secure.gravatar.com/avatar/{i}?s=120&#038;d=mm&#038;r=g' class='avatar avatar-120 photo' height='120' width='120' loading='lazy'/><span class="fn">{n}</span><span class="screen-reader-text says">says:</span></div><div class="comment-metadata"><a href="{url}#comment-{700 + i}"><time datetime="{iso(d, '-04:00')}" title="{us_long(d)} at {ampm(d).lower()}">{us_long(d)} at {ampm(d).lower()}</time></a></div></footer>
							<div class="comment-content entry-content"><p>{esc(c)}</p></div>
							<footer class="comment-footer-meta"><span class="comment-reply"><a rel='nofollow' class='comment-reply-link' href='{url}?replytocom={700 + i}#respond' data-commentid="{700 + i}" data-postid="21877" aria-label='Reply to {n}'>Reply</a></span></footer>
						</article>
					</div><!-- #comment-## -->
""" for i, (n, d, c) in enumerate(comments)) + f"""				</div>
			</div>
			<hr class="styled-separator is-style-wide" aria-hidden="true" />
			<div id="respond" class="comment-respond"><h2 id="reply-title" class="comment-reply-title">Leave a Reply</h2><form action="https://{dom}/wp-comments-post.php" method="post" id="commentform" class="section-inner thin max-percentage" novalidate><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> Required fields are marked <span class="required">*</span></p><p class="comment-form-comment"><label for="comment">Comment</label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required="required"></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment" /></p></form></div>
		</div><!-- .comments-wrapper -->
</article><!-- .post -->
		</main><!-- #site-content -->
	<div class="footer-nav-widgets-wrapper header-footer-group"><div class="footer-inner section-inner"><aside class="footer-widgets-outer-wrapper" role="complementary"><div class="footer-widgets-wrapper"><div class="footer-widgets column-one grid-item"><div class="widget widget_text"><div class="widget-content"><h2 class="widget-title subheading heading-size-3">Support local journalism</h2><div class="textwidget"><p>{site} is a nonprofit newsroom. Our reporting is free to read because readers like you chip in. If you value what we do, please consider a monthly donation of any size. It takes less than a minute and it keeps reporters on the local beat.</p><p><a href="https://{dom}/donate/">Donate now</a></p></div></div></div></div></div></aside></div></div>
			<footer id="site-footer" role="contentinfo" class="header-footer-group"><div class="section-inner"><div class="footer-credits"><p class="footer-copyright">&copy; {t.year} <a href="https://{dom}/">{site}</a></p><p class="powered-by-wordpress"><a href="https://wordpress.org/">Powered by WordPress</a></p></div><a class="to-the-top" href="#site-header"><span class="to-the-top-long">To the top <span class="arrow" aria-hidden="true">&uarr;</span></span></a></div></footer>
		<script src='https://{dom}/wp-content/themes/twentytwenty/assets/js/index.js?ver=1.8' id='twentytwenty-js-js' async></script>
	<script>
	/(trident|msie)/i.test(navigator.userAgent)&&document.getElementById&&window.addEventListener&&window.addEventListener("hashchange",function(){{var t,e=location.hash.substring(1);/^[A-z0-9_-]+$/.test(e)&&(t=document.getElementById(e))&&(/^(?:a|select|input|button|textarea)$/i.test(t.tagName)||(t.tabIndex=-1),t.focus())}},!1);
	</script>
	</body>
</html>"""
    gold = dict(body=body_of(items), title=curly(head), published=ymd(t), published_time=t.strftime("%H:%M"))
    add("en-wp-blocks-pullquote-tweet", "en", url, page, gold,
        without=[cap, "Flash Flood Warning continues", comments[0][2], "Support local journalism", f"{author} is a reporter for"])


def first_quote(s, l="\u201c", r="\u201d"):
    a = s.find(l)
    b = s.find(r, a + 1)
    q = s[a + 1:b] if a >= 0 and b > a else s
    return q.rstrip(",")


# ---------------------------------------------------------------------- 4. AP-style wire story (Brightspot)
def en_ap():
    state = "Idaho"
    head, items = kit_wildfire(state)
    t = when(2023, 8, 21, 17, 1)
    items[0] = f"BOISE, Idaho (AP) \u2014 {items[0]}"
    reporter, contrib = person(), person()
    url = f"https://newswire-ap.example/article/{slug(head)}-{R.randint(10**15, 10**16):x}"
    rel = rel_heads(4); rel_dates = other_dates(t, 4, 20)
    ms = epoch(t + dt.timedelta(hours=4)) * 1000
    cap = f"Smoke rises from the {head.split('Wind-driven ')[1].split(' forces')[0]} as seen from a highway near Boise, Idaho, Monday. (AP Photo/{person()})"
    credit = f"Associated Press writer {contrib} in Salt Lake City contributed to this report."
    blocks = []
    for i, p in enumerate(items):
        blocks.append(f"<p>{esc(p)}</p>")
        if i in (1, 4):
            blocks.append(f"""<div class="Advertisement Advertisement-inline" data-align-center><div class="Advertisement-label">ADVERTISEMENT</div><div class="GoogleDfpAd-wrap"><div class="GoogleDfpAd" data-slot="/21735216706/ap/article/inline{i}" data-sizes="[[300,250],[728,90]]" id="gam-inline-{i}"></div></div></div>""")
        if i == 2:
            blocks.append(f"""<div class="Enhancement" data-align-center><div class="Enhancement-item"><div class="PagePromo" data-gtm-region="{attr(rel[0])}"><div class="PagePromo-content"><bsp-custom-headline custom-headline="div.PagePromo-title"><div class="PagePromo-title"><a class="Link " href="https://newswire-ap.example/article/{slug(rel[0])}"><span class="PagePromoContentIcons-text">{esc(rel[0])}</span></a></div></bsp-custom-headline></div></div></div></div>""")
    blocks.append(f"<p><em>{esc(credit)}</em></p>")
    page = f"""<!DOCTYPE html>
<html class="ArticlePage" lang="en" data-theme="ap">
<head>
<meta charset="UTF-8">
<meta property="og:title" content="{attr(head)}">
<meta property="og:url" content="{url}">
<meta property="og:description" content="{attr(items[0][:160])}">
<meta property="og:site_name" content="AP News">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{iso(t, '')}Z">
<meta property="article:modified_time" content="{iso(t + dt.timedelta(hours=4), '')}Z">
<meta property="article:section" content="U.S. News">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@AP">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(head)} | AP News</title>
<link rel="canonical" href="{url}">
<link data-cssvarsponyfill="true" class="Webpack-css" rel="stylesheet" href="https://assets.newswire-ap.example/resource/00000177-b5b7/styleguide/All.min.8a2b1c.gz.css">
<style>.Page-content{{max-width:1280px;margin:0 auto}}.RichTextStoryBody p{{font-size:1.125rem;line-height:1.6}}.Advertisement-label{{font-size:10px;letter-spacing:.1em;text-transform:uppercase;color:#767676}}</style>
<script type="application/ld+json">{{"@context":"http://schema.org","@type":"NewsArticle","headline":"{attr(head)}","datePublished":"{iso(t, '')}Z","dateModified":"{iso(t + dt.timedelta(hours=4), '')}Z","author":[{{"@type":"Person","name":"{reporter}"}}],"publisher":{{"@type":"Organization","name":"Associated Press"}},"mainEntityOfPage":{{"@type":"WebPage","@id":"{url}"}}}}</script>
<script>window.dataLayer = window.dataLayer || [];dataLayer.push({{"pageType":"article","section":"U.S. News","author":"{reporter}","publishedDate":"{iso(t, '')}Z","wordCount":{sum(len(p.split()) for p in items)}}});</script>
<script src="https://assets.newswire-ap.example/resource/00000177-b5b7/styleguide/All.min.d1b0a3.gz.js" async></script>
{gpt('apnews')}
</head>
<body class="Page-body" data-content-id="00000189-ff1c">
<bsp-header class="Page-header" data-sticky-header><div class="Page-header-stickyWrap"><div class="Page-header-bar"><div class="Page-header-hamburger-menu"><button class="Page-header-hamburger-menu-button" aria-label="Menu"></button></div><div class="Page-header-logo"><a aria-label="home page" href="https://newswire-ap.example/" data-cms-ai="0"><img class="Image" alt="Associated Press" src="https://assets.newswire-ap.example/logo.svg"></a></div><nav class="Page-header-navigation"><ul class="Navigation-items"><li class="Navigation-items-item"><a class="Link AnClick-MainNav" href="https://newswire-ap.example/world-news">World</a></li><li class="Navigation-items-item"><a class="Link AnClick-MainNav" href="https://newswire-ap.example/us-news">U.S.</a></li><li class="Navigation-items-item"><a class="Link AnClick-MainNav" href="https://newswire-ap.example/politics">Politics</a></li><li class="Navigation-items-item"><a class="Link AnClick-MainNav" href="https://newswire-ap.example/sports">Sports</a></li><li class="Navigation-items-item"><a class="Link AnClick-MainNav" href="https://newswire-ap.example/entertainment">Entertainment</a></li><li class="Navigation-items-item"><a class="Link AnClick-MainNav" href="https://newswire-ap.example/business">Business</a></li><li class="Navigation-items-item"><a class="Link AnClick-MainNav" href="https://newswire-ap.example/science">Science</a></li><li class="Navigation-items-item"><a class="Link AnClick-MainNav" href="https://newswire-ap.example/fact-check">Fact Check</a></li><li class="Navigation-items-item"><a class="Link AnClick-MainNav" href="https://newswire-ap.example/oddities">Oddities</a></li><li class="Navigation-items-item"><a class="Link AnClick-MainNav" href="https://newswire-ap.example/newsletters">Newsletters</a></li></ul></nav></div></div></bsp-header>
<main class="Page-main">
<div class="Page-breadcrumbs"><a class="Link" href="https://newswire-ap.example/us-news">U.S. News</a></div>
<div class="Page-content">
<bsp-page-content>
<div class="Page-headline"><h1 class="Page-headline">{esc(head)}</h1></div>
<div class="Page-byline"><div class="Page-byline-info"><div class="Page-authors">By&nbsp;<a class="Link" href="https://newswire-ap.example/author/{slug(reporter)}">{reporter.upper()}</a></div><div class="Page-dateModified"><bsp-timestamp data-timestamp="{ms}" data-recent-date-format="h:mm a z" data-date-format="MMMM d, yyyy"><span data-date>Updated {ampm(t - dt.timedelta(hours=2))} MDT, {us_long(t)}</span></bsp-timestamp></div></div><div class="Page-actions"><bsp-share-bar class="Page-actions-share"><button class="ActionLink" data-action="share">Share</button><ul class="ShareBar"><li class="ShareBar-item"><a class="ActionLink" data-social-service="facebook" href="https://www.facebook.com/sharer.php?u={url}">Facebook</a></li><li class="ShareBar-item"><a class="ActionLink" data-social-service="copylink" href="#">Copy Link copied</a></li><li class="ShareBar-item"><a class="ActionLink" data-social-service="email" href="mailto:?subject={attr(head)}">Email</a></li><li class="ShareBar-item"><a class="ActionLink" data-social-service="twitter" href="https://twitter.com/share?url={url}">X</a></li></ul></bsp-share-bar><a class="ActionLink" href="#" onclick="window.print()">Print</a></div></div>
<div class="Page-lead"><figure class="Figure"><picture><source type="image/webp" srcset="https://newswire-ap.example/img/lead-767w.webp 767w"><img class="Image" alt="{attr(cap)}" src="https://newswire-ap.example/img/lead.jpg" width="767" height="511"></picture><div class="CarouselSlide-info"><div class="CarouselSlide-infoDescription"><p>{esc(cap)}</p></div></div><div class="CarouselSlide-infoAttribution">Read More</div></figure></div>
<div class="RichTextStoryBody RichTextBody">
{chr(10).join(blocks)}
</div>
<div class="Page-storyBody-after"><bsp-list-loadmore class="PageListStandardE"><div class="PageListStandardE-header"><h2 class="PageList-header-title">Most read</h2></div><div class="PageList-items">""" + "".join(f"""<div class="PageList-items-item"><div class="PagePromo"><div class="PagePromo-title"><a class="Link" href="https://newswire-ap.example/article/{slug(r)}"><span class="PagePromoContentIcons-text">{esc(r)}</span></a></div><div class="PagePromo-date"><bsp-timestamp data-timestamp="{epoch(d) * 1000}"><span>{us_long(d)}</span></bsp-timestamp></div></div></div>""" for r, d in zip(rel[1:], rel_dates[1:])) + f"""</div></bsp-list-loadmore></div>
</bsp-page-content>
</div>
</main>
<footer class="Page-footer"><div class="Page-footer-wrap"><div class="Page-footer-content"><div class="Page-footer-description"><p>The Associated Press is an independent global news organization dedicated to factual reporting. Founded in 1846, AP today remains the most trusted source of fast, accurate, unbiased news in all formats and the essential provider of the technology and services vital to the news business. More than half the world's population sees AP journalism every day.</p></div><ul class="Page-footer-navigation"><li><a class="Link" href="https://newswire-ap.example/about">About</a></li><li><a class="Link" href="https://newswire-ap.example/contact">Contact Us</a></li><li><a class="Link" href="https://newswire-ap.example/terms">Terms of Use</a></li><li><a class="Link" href="https://newswire-ap.example/privacy">Privacy Policy</a></li><li><a class="Link" href="#" data-ot-sdk-show-settings>Cookie Settings</a></li></ul><div class="Page-footer-disclaimer">Copyright {t.year} The Associated Press. All Rights Reserved.</div></div></div></footer>
{onetrust()}
<script type="text/javascript">window.addEventListener("load",function(){{var s=document.createElement("script");s.src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js";s.dataset.domainScript="3a6b1c2d-8e9f";document.head.appendChild(s)}});</script>
</body>
</html>"""
    gold = dict(body="\n".join(items), title=head, published=ymd(t), published_time=t.strftime("%H:%M"))
    add("en-ap-wire", "en", url, page, gold, without=[cap, credit, rel[0], "ADVERTISEMENT", "The Associated Press is an independent global news organization", "We value your privacy"])


# ---------------------------------------------------------------------- 5. Reuters-style: one <div> per paragraph, hashed class names, sign-off line
def en_reuters():
    head, items = kit_markets()
    t = when(2023, 11, 20, 10, 42)
    items[0] = f"LONDON, Nov 20 (Reuters) - {items[0]}"
    rep1, rep2, ed = person(), person(), person()
    url = f"https://www.wirewire.example/markets/global-markets-wrapup-1-{t:%Y-%m-%d}/"
    signoff = f"Reporting by {rep1} in London and {rep2} in Tokyo; Editing by {ed}"
    cls = ("text__text__1FZLe text__dark-grey__3Ml43 text__regular__2N1Xr text__large__nEccO body__full_width__ekUdw "
           "body__large_body__FV5_X article-body__element__2p5pI")
    paras = "".join(f'<div data-testid="paragraph-{i}" class="{cls}">{esc(p)}</div>' for i, p in enumerate(items))
    rel = rel_heads(4); rdates = other_dates(t, 4, 3)
    fusion = json.dumps({"arcSite": "reuters", "contentCache": {"article-by-id-or-url-v1": {"{\"website_url\":\"" + url + "\"}": {"data": {"result": {"title": head, "display_time": iso(t, "Z").replace("+", ""), "description": items[0][:150], "authors": [{"name": rep1}], "word_count": sum(len(p.split()) for p in items), "related_content": {"galleries": [], "videos": []}, "taxonomy": {"section": {"name": "Markets"}}}}}}}, "deployment": {"environment": "production"}})
    page = f"""<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>{esc(head)} | Wirewire</title><meta name="description" content="{attr(items[0][:160])}"/><link rel="canonical" href="{url}"/><meta property="og:title" content="{attr(head)}"/><meta property="og:type" content="article"/><meta property="og:url" content="{url}"/><meta name="article:published_time" content="{t:%Y-%m-%dT%H:%M:%S}Z"/><meta name="article:modified_time" content="{t + dt.timedelta(hours=2):%Y-%m-%dT%H:%M:%S}Z"/><meta name="analyticsAttributes.contentChannel" content="Markets"/><meta name="analyticsAttributes.publishedDate" content="{t:%Y-%m-%dT%H:%M:%S}Z"/><link rel="preload" href="/pf/resources/fonts/knowledge2017/knowledge2017-regular.woff2?d=163" as="font" type="font/woff2" crossorigin="anonymous"/><link rel="stylesheet" href="/pf/resources/styles/default-e8f1.css?d=163"/><style data-styled="" data-styled-version="5.3.5">.media-story-card__body__3tRWy{{display:block}}.text__text__1FZLe{{font-family:"Knowledge",Helvetica,Arial,sans-serif;margin:0}}.text__large__nEccO{{font-size:1.125rem;line-height:1.75rem}}.article-body__element__2p5pI{{margin-bottom:1.5rem}}</style><script type="application/ld+json">{{"@context":"http://schema.org","@type":"NewsArticle","headline":"{attr(head)}","datePublished":"{t:%Y-%m-%dT%H:%M:%S}Z","dateModified":"{t + dt.timedelta(hours=2):%Y-%m-%dT%H:%M:%S}Z","author":[{{"@type":"Person","name":"{rep1}"}}],"isAccessibleForFree":true}}</script><script>window.Fusion=window.Fusion||{{}};Fusion.arcSite="reuters";Fusion.deployment="163";Fusion.globalContent={fusion};Fusion.globalContentConfig={{"source":"article-by-id-or-url-v1","query":{{"website_url":"{url}"}}}};</script>
<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" type="text/javascript" charset="UTF-8" data-domain-script="9c7c2ad7-4a1b"></script></head>
<body><div id="fusion-app" class="layout__container__2wUmr"><div class="regular-header__container__2iMsF"><header class="site-header__header__3r1mE"><a class="site-header__logo__3Pj6I" href="/" aria-label="Wirewire home"><svg viewBox="0 0 140 32" class="logo"><title>Wirewire logo</title><path d="M0 0h140v32H0z"></path></svg></a><nav class="site-header__nav__3cIJt" aria-label="Main"><ul class="nav-bar__list__3P3Jd"><li><a href="/world/" data-testid="Link">World</a></li><li><a href="/business/" data-testid="Link">Business</a></li><li><a href="/markets/" data-testid="Link">Markets</a></li><li><a href="/sustainability/" data-testid="Link">Sustainability</a></li><li><a href="/legal/" data-testid="Link">Legal</a></li><li><a href="/breakingviews/" data-testid="Link">Breakingviews</a></li><li><a href="/technology/" data-testid="Link">Technology</a></li><li><a href="/investigations/" data-testid="Link">Investigations</a></li><li><a href="/sports/" data-testid="Link">Sports</a></li></ul></nav><div class="site-header__right__2P3Qa"><button data-testid="Button" class="button__button__2Ecqi">Sign In</button><a class="button__link__uTGln" href="/account/register/sign-up/">Register</a></div></header></div>
<main id="main-content" class="regular-article-layout__main__1tPRz"><div class="article__container__2hvL2"><header class="article-header__container__2-6cd"><nav aria-label="Tags" class="article-header__tags__2wE_o"><ul><li><a data-testid="Link" href="/markets/">Markets</a></li></ul></nav><div class="article-header__heading__15OpQ"><h1 data-testid="Heading" class="text__text__1FZLe text__dark-grey__3Ml43 text__medium__1kbOh text__heading_2__1K_hh heading__base__2T28j heading__heading_2__3Fcw5">{esc(head)}</h1></div><div class="article-header__meta__3t2Ji"><div class="info-content__author-date__1Epi_"><address class="author-name__author__1gx5k"><span class="text__text__1FZLe text__inherit-color__3208F text__inherit-font__1Y8w3 text__inherit-size__1DZJi">By <a href="/authors/{slug(rep1)}/" class="author-name__author-link__Z6Czj">{rep1}</a></span></address><time data-testid="Body" class="text__text__1FZLe text__dark-grey__3Ml43 text__regular__2N1Xr text__small__1kGq2 body__full_width__ekUdw body__small_body__2vQyf article-header__dateline__4jE04"><span class="date-line__date__23Ge-">{us_long(t)}</span><span class="date-line__date__23Ge-">{ampm(t)} UTC</span><span class="date-line__date__23Ge-">Updated  2 hours ago</span></time></div><div class="article-header__share__3OwXf"><div class="share-button__container__3gpcO"><button aria-label="Share" class="share-button__share__1mGOR">Share</button><ul class="share-button__menu__2ElPZ"><li><a href="https://twitter.com/intent/tweet?url={url}">X</a></li><li><a href="https://www.facebook.com/sharer/sharer.php?u={url}">Facebook</a></li><li><a href="https://www.linkedin.com/shareArticle?url={url}">Linkedin</a></li><li><a href="mailto:?subject={attr(head)}">Email</a></li><li><button>Link</button></li></ul></div><a class="purchase-licensing-rights__link__3fOIE" href="https://www.wirewireagency.example/licensing">Purchase Licensing Rights</a></div></div></header>
<div class="article-body__container__3ypuX"><div class="article-body__content__17Yit paywall-article">{paras}<p data-testid="Body" class="text__text__1FZLe text__dark-grey__3Ml43 text__regular__2N1Xr text__small__1kGq2 body__full_width__ekUdw body__small_body__2vQyf sign-off__text__PU7tO">{esc(signoff)}</p><div class="trust-badge__container__1dGVo"><span data-testid="Body" class="text__text__1FZLe text__dark-grey__3Ml43 text__medium__1kbOh text__small__1kGq2">Our Standards: </span><a data-testid="Link" href="https://www.wirewire.example/info-pages/editorial-standards/" class="text__text__1FZLe text__inherit-color__3208F">The Wirewire Trust Principles.</a></div></div></div>
<div class="article__read-next__Kjxdw"><h2 class="text__text__1FZLe text__dark-grey__3Ml43 text__medium__1kbOh text__heading_5__3sLhz">Read Next</h2><ul class="story-collection__list__2M49i">""" + "".join(f"""<li class="story-collection__story__LeZ29"><div class="media-story-card__body__3tRWy"><a data-testid="Heading" href="/markets/{slug(r)}-{d:%Y-%m-%d}/" class="text__text__1FZLe text__dark-grey__3Ml43 text__medium__1kbOh heading__base__2T28j heading__heading_6__RtD9P media-story-card__heading__eqhp9">{esc(r)}</a><time data-testid="Label" class="text__text__1FZLe text__inherit-color__3208F text__regular__2N1Xr text__extra_small__1Mw6v label__label__f9Hew label__small__274ei media-story-card__time__2i9EK">{us_long(d)}</time></div></li>""" for r, d in zip(rel, rdates)) + f"""</ul></div></div></main>
<footer class="site-footer__footer__1Ie_w"><div class="site-footer__content__3Gbig"><p class="site-footer__copyright__2ZP9X">All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.</p><p>&copy; {t.year} Wirewire. All rights reserved</p></div></footer></div>
{onetrust()}
<script id="fusion-engine-script" type="application/javascript" src="/pf/dist/engine/react.js?d=163&amp;mxId=00000000" defer=""></script></body></html>"""
    gold = dict(body="\n".join(items), title=head, published=ymd(t), published_time=t.strftime("%H:%M"))
    add("en-reuters-divs", "en", url, page, gold, without=[signoff, "Our Standards", rel[0], "Purchase Licensing Rights", "All quotes delayed"])


# ---------------------------------------------------------------------- 6. TownNews BLOX local newspaper
def en_blox():
    town = TOWNS[1]
    head, items = kit_school(town)
    sub = "District has outgrown its three elementary buildings"
    t = when(2019, 11, 19, 21, 30)
    upd = t + dt.timedelta(hours=14)
    dom, site = "wcfcourier-like.example", "Cedar Valley Courier"
    uuid = f"{R.randint(10**7, 10**8):x}-{R.randint(4096, 65535):x}-11ea-{R.randint(4096, 65535):x}-{R.randint(10**11, 10**12):x}"
    url = f"https://{dom}/news/local/education/{slug(head)}/article_{uuid}.html"
    author = person()
    cap = f"Students walk between portable classrooms at an elementary school in {town[0]} earlier this month."
    credit = f"{person().upper()}, Courier Photo Editor"
    rel = rel_heads(5, town[0]); rdates = other_dates(t, 5, 10)
    body = []
    for i, p in enumerate(items):
        body.append(f"<p>{esc(p)}</p>")
        if i == 1:
            body.append('<div id="tncms-region-article_instory_top" class="tncms-region hidden-print"><div id="tncms-block-402873" class="tncms-block hidden-print"><div class="tnt-ads-container text-center"><div id="tncms-ad-instory_top" class="tnt-ads"></div></div></div></div>')
        if i == 4:
            body.append(f'<div id="tncms-region-article_instory_middle" class="tncms-region hidden-print"><div class="inline-asset inline-asset-embed"><div class="card-panel"><div class="card-headline"><h3 class="tnt-headline"><a href="/news/local/{slug(rel[0])}/article_{R.randint(10**7, 10**8):x}.html">{esc(rel[0])}</a></h3></div></div></div></div>')
    page = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{esc(head)} | Local | {dom}</title>
    <meta name="description" content="{attr(items[0][:200])}">
    <meta property="og:type" content="article">
    <meta property="og:title" content="{attr(head)}">
    <meta property="og:url" content="{url}">
    <meta property="article:published_time" content="{iso(t, '-06:00')}">
    <meta property="article:modified_time" content="{iso(upd, '-06:00')}">
    <meta property="article:section" content="Education">
    <meta property="article:author" content="{author}">
    <meta name="tncms-access-version" content="2">
    <meta name="tncms-asset-type" content="article">
    <link rel="canonical" href="{url}">
    <link rel="stylesheet" href="https://bloximages.chicago2.vip.townnews.com/{dom}/shared-content/art/tncms/templates/libraries/flex/components/bootstrap/resources/styles/bootstrap.min.5c2b.css"/>
    <style type="text/css">#site-navbar-container {{ background-color: #003366; }} .asset .asset-body p {{ font-size: 17px; }} .tnt-byline {{ font-weight: 600; }}</style>
    <script type="text/javascript">
        var __tnt = window.__tnt || {{}};
        __tnt.user = {{ loggedIn: false, screenName: '' }};
        __tnt.subscription = {{ required: true, access: {{ denied: false, granted: true, reason: 'metered' }} }};
        __tnt.asset = {{ uuid: '{uuid}', type: 'article', section: 'news/local/education', published: '{iso(t, '-06:00')}' }};
        __tnt.ads = {{ adunit: 'news/local', pageType: 'asset', dfpNetwork: '132916964' }};
    </script>
    <script type="application/ld+json">{{"@context":"http://schema.org","@type":"NewsArticle","url":"{url}","headline":"{attr(head)}","alternativeHeadline":"{sub}","datePublished":"{iso(t, '-06:00')}","dateModified":"{iso(upd, '-06:00')}","author":[{{"@type":"Person","name":"{author}"}}],"isAccessibleForFree":"False","hasPart":{{"@type":"WebPageElement","isAccessibleForFree":"False","cssSelector":".subscriber-only"}}}}</script>
    <script src="https://bloximages.chicago2.vip.townnews.com/{dom}/shared-content/art/tncms/templates/libraries/flex/components/jquery/resources/scripts/jquery.min.js"></script>
    <script src="https://bloximages.chicago2.vip.townnews.com/{dom}/shared-content/art/tncms/tracking.js" async></script>
    {ga()}
</head>
<body class="fixed-nav app-editorial section-news section-news-local section-news-local-education asset-type-article" data-path="/news/local/education/{slug(head)}/article_{uuid}.html">
<div id="site-container">
    <div id="site-top-nav-container" class="hidden-xs hidden-sm hidden-print"><nav id="site-top-nav" class="navbar navbar-default"><ul class="nav navbar-nav"><li><a href="/eedition/">e-Edition</a></li><li><a href="/site/forms/subscription_services/">Subscribe</a></li><li><a href="/classifieds/">Classifieds</a></li><li><a href="/obituaries/">Obituaries</a></li><li><a href="/weather/">Weather</a> <span class="weather-temp">41&deg;</span></li></ul><ul class="nav navbar-nav navbar-right"><li><a class="tnt-signin" href="/users/login/?referer_url={url}">Sign Up</a></li><li><a class="tnt-login" href="/users/login/">Log In</a></li></ul></nav></div>
    <header id="site-header" class="hidden-print"><div class="container"><a href="/" class="site-logo"><img src="https://bloximages.chicago2.vip.townnews.com/{dom}/content/tncms/custom/image/logo.png" alt="{site}"></a></div>
    <nav id="main-navigation" class="navbar navbar-default"><ul class="nav navbar-nav"><li class="dropdown"><a href="/news/" class="dropdown-toggle">News</a><ul class="dropdown-menu"><li><a href="/news/local/">Local</a></li><li><a href="/news/local/education/">Education</a></li><li><a href="/news/local/crime-and-courts/">Crime &amp; Courts</a></li><li><a href="/news/local/govt-and-politics/">Government &amp; Politics</a></li><li><a href="/news/state-and-regional/">State &amp; Regional</a></li></ul></li><li><a href="/sports/">Sports</a></li><li><a href="/business/">Business</a></li><li><a href="/lifestyles/">Lifestyles</a></li><li><a href="/opinion/">Opinion</a></li><li><a href="/obituaries/">Obituaries</a></li><li><a href="/eedition/">e-Edition</a></li><li><a href="/site/forms/">Contact Us</a></li></ul></nav></header>
    <section id="main-page-container" class="container-fullscreen-region">
    <div class="container main-content">
    <div class="row">
    <div class="col-md-8 col-lg-8">
    <div class="asset-breakcrumb"><ol class="breadcrumb"><li><a href="/news/">News</a></li><li><a href="/news/local/">Local</a></li><li><a href="/news/local/education/">Education</a></li></ol></div>
    <article class="asset content-type-article" itemscope itemtype="http://schema.org/NewsArticle" id="article_{uuid}">
        <header class="asset-header">
            <div class="meta"><span class="kicker text-uppercase"><a href="/news/local/education/">Education</a></span></div>
            <h1 class="headline"><span class="asset-title" itemprop="headline">{esc(head)}</span></h1>
            <h2 class="subhead"><span itemprop="alternativeHeadline">{esc(sub)}</span></h2>
            <div class="meta"><ul class="list-inline">
                <li><span itemprop="author" class="tnt-byline asset-byline"><span class="text-muted">By </span><a href="/users/profile/{slug(author)}" rel="author">{esc(author)}</a> <span class="text-muted">{esc(author.split()[0].lower())}@{dom}</span></span></li>
                <li><ul class="list-inline"><li class="hidden-print"><time datetime="{iso(t, '-06:00')}" class="tnt-date asset-date text-muted">{us_short(t)}</time></li><li class="hidden-print"><span class="text-muted">Updated <time datetime="{iso(upd, '-06:00')}" class="tnt-date asset-date text-muted">{us_short(upd)}</time></span></li></ul></li>
            </ul></div>
        </header>
        <div class="share-container content-above"><div class="share-bar-container"><ul class="list-inline share-list"><li class="share-facebook"><a href="https://www.facebook.com/sharer/sharer.php?u={url}" class="tnt-share-facebook" title="Facebook"><span class="sr-only">Facebook</span></a></li><li class="share-twitter"><a href="https://twitter.com/intent/tweet?url={url}" class="tnt-share-twitter" title="Twitter"><span class="sr-only">Twitter</span></a></li><li class="share-email"><a href="mailto:?subject={attr(head)}" class="tnt-share-email" title="Email"><span class="sr-only">Email</span></a></li><li class="share-print"><a href="javascript:window.print()" title="Print"><span class="sr-only">Print</span></a></li><li class="share-save"><a href="#" class="tnt-bookmark" title="Save"><span class="sr-only">Save</span></a></li></ul></div></div>
        <div class="asset-photo"><figure class="photo layout-horizontal"><div class="image"><img src="https://bloximages.chicago2.vip.townnews.com/{dom}/content/tncms/assets/v3/editorial/a/b2/photo.sized-1000x1000.jpg" alt="{attr(cap)}" class="img-responsive"></div><figcaption class="caption"><div class="caption-container"><div class="caption-text"><p>{esc(cap)}</p></div><div class="tnt-byline">{esc(credit)}</div></div></figcaption></figure></div>
        <div class="asset-body">
            <div class="subscriber-premium"><div class="subscription-required hidden-print"><div class="card-panel"><h3>Already a subscriber?</h3><p>Thanks for reading the Courier. You've reached your free article limit for this month. For unlimited digital access, subscribe for as little as 99 cents for the first month.</p><p><a class="btn btn-primary" href="/site/forms/subscription_services/">Subscribe now</a> <a class="btn btn-default" href="/users/login/">Log In</a></p></div></div></div>
            <div id="article-body" itemprop="articleBody" class="asset-content subscriber-only">
{chr(10).join(body)}
            </div>
            <div class="asset-tags"><span class="tags-label">Tags</span> <a href="/search/?tncms_csrf_token=&amp;t=article&amp;k=%22Education%22" rel="tag">Education</a> <a href="/search/?k=%22School%20Board%22" rel="tag">School Board</a> <a href="/search/?k=%22Bond%22" rel="tag">Bond</a></div>
            <div class="asset-author"><div class="media"><div class="media-body"><h4 class="media-heading">{esc(author)}</h4><p>Education reporter</p></div></div></div>
        </div>
        <div class="tnt-comments" id="comments"><div class="comments-rules"><h4>Welcome to the discussion.</h4><p><strong>Keep it Clean.</strong> Please avoid obscene, vulgar, lewd, racist or sexually-oriented language. <strong>PLEASE TURN OFF YOUR CAPS LOCK.</strong> <strong>Don't Threaten.</strong> Threats of harming another person will not be tolerated. <strong>Be Truthful.</strong> Don't knowingly lie about anyone or anything. <strong>Be Nice.</strong> No racism, sexism or any sort of -ism that is degrading to another person. <strong>Be Proactive.</strong> Use the 'Report' link on each comment to let us know of abusive posts. <strong>Share with Us.</strong> We'd love to hear eyewitness accounts, the history behind an article.</p></div><div id="tncms-comments-{uuid}" class="tncms-comments"></div></div>
    </article>
    </div>
    <div class="col-md-4 col-lg-4 hidden-print">
        <div class="tnt-ads-container"><div id="tncms-ad-fixed-big-ad-top" class="tnt-ads"></div></div>
        <div class="tncms-block"><div class="block-title"><h3>Most Popular</h3></div><ul class="tnt-ranked-list">""" + "".join(f"""<li><div class="card-headline"><h3 class="tnt-headline"><a href="/news/local/{slug(r)}/article_{R.randint(10**7, 10**8):x}.html">{esc(r)}</a></h3></div><div class="card-meta"><time datetime="{iso(d, '-06:00')}">{us_short(d)}</time></div></li>""" for r, d in zip(rel[1:], rdates[1:])) + f"""</ul></div>
        <div class="tncms-block"><div class="newsletter-signup"><h3>Breaking News</h3><p>Get the latest local news from the Cedar Valley delivered to your inbox as it happens.</p><form class="tnt-newsletter-form"><input type="email" placeholder="Email Address"><button type="submit">Sign up!</button></form></div></div>
    </div>
    </div>
    </div>
    </section>
    <footer id="site-footer" class="hidden-print"><div class="container"><div class="row"><div class="col-md-4"><address>{site}<br>501 Commercial St.<br>{town[0]}, {town[3]} 50701<br>Phone: 319-555-0{R.randint(100, 199)}</address></div><div class="col-md-8"><ul class="list-inline"><li><a href="/site/about.html">About Us</a></li><li><a href="/site/privacy.html">Privacy Policy</a></li><li><a href="/site/terms.html">Terms of Use</a></li><li><a href="/site/forms/online_services/letter/">Submit a Letter</a></li></ul><p>&copy; Copyright 2019 {site}, 501 Commercial St {town[0]}, {town[3]} | <a href="/site/terms.html">Terms of Use</a> | <a href="/site/privacy.html">Privacy Policy</a></p><p>Powered by <a href="https://www.townnews.com" target="_blank">BLOX Content Management System</a> from <a href="https://www.townnews.com">TownNews.com</a>.</p></div></div></div></footer>
</div>
<script type="text/javascript">__tnt.trackEvent = __tnt.trackEvent || function(){{}}; $(function(){{ if (__tnt.subscription.access.granted) {{ $('.subscriber-only').show(); $('.subscription-required').hide(); }} }});</script>
</body>
</html>"""
    gold = dict(body="\n".join(items), title=head, published=ymd(t), published_time=t.strftime("%H:%M"))
    add("en-blox-townnews", "en", url, page, gold, without=[cap, sub, "Keep it Clean", "You've reached your free article limit", rel[1], "Powered by BLOX"])


# ---------------------------------------------------------------------- 7. BBC-like: every paragraph in two <div>s, bold first paragraph, image-source captions
def en_bbc():
    head, items = kit_science()
    t = when(2022, 5, 9, 23, 4)
    author = person()
    url = f"https://www.bbc-like.example/news/science-environment-{R.randint(60000000, 69999999)}"
    cap = "The team counted far more individuals than at the last survey"
    blocks = []
    for i, x in enumerate(items):
        if isinstance(x, tuple):
            blocks.append(f'<div data-component="subheadline-block" class="ssrcss-1ex6bn1-StyledHeadingBlock e1hk2xi70"><h2 id="{slug(x[1])}" class="ssrcss-y9fa25-StyledHeading e10rt3ze0">{esc(x[1])}</h2></div>')
            continue
        inner = f'<b class="ssrcss-hmf8ql-BoldText e5tfeyi3">{esc(x)}</b>' if i == 0 else esc(x)
        blocks.append(f'<div data-component="text-block" class="ssrcss-11r1m41-RichTextComponentWrapper ep2nwvo0"><div class="ssrcss-7uxr49-RichTextContainer e5tfeyi1"><p class="ssrcss-1q0x1qg-Paragraph e1jhz7w10">{inner}</p></div></div>')
        if i == 1:
            blocks.append(f'<div data-component="image-block" class="ssrcss-1f2q3s-ComponentWrapper ep2nwvo0"><figure class="ssrcss-wpgbih-StyledFigure e34k3c23"><div class="ssrcss-ab5fd8-StyledFigureContainer e34k3c21"><span class="ssrcss-1q4crt3-Image ee0ct7c0"><span role="text"><span class="ssrcss-1xlq5if-VisuallyHidden e16en2lz0">Image source, </span>Getty Images</span></span><img alt="Survey team in waders" src="https://ichef.bbci.example/news/976/cpsprodpb/1234/production/_125000000_survey.jpg" width="976" height="549" class="ssrcss-evoj7m-Image ee0ct7c0" loading="lazy"></div><figcaption class="ssrcss-1qnbjpe-Caption e1xt3r7a0"><span class="ssrcss-1xlq5if-VisuallyHidden e16en2lz0">Image caption, </span>{esc(cap)}</figcaption></figure></div>')
    rel = rel_heads(3); rdates = other_dates(t, 3, 300)
    initial = json.dumps(json.dumps({"data": {"article?uri=/news/science-environment": {"name": "article", "data": {"metadata": {"firstPublished": epoch(t) * 1000, "lastPublished": epoch(t) * 1000, "headline": head}, "content": {"model": {"blocks": [{"type": "text", "model": {"text": items[0][:80]}}]}}}}}}))
    page = f"""<!DOCTYPE html><html lang="en-GB" class="no-js"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>{esc(head)} - BBC News</title><meta name="description" content="{attr(items[0][:150])}"/><meta property="og:title" content="{attr(head)}"/><meta property="og:type" content="article"/><meta property="og:url" content="{url}"/><meta property="og:site_name" content="BBC News"/><meta name="twitter:card" content="summary_large_image"/><meta name="twitter:site" content="@BBCWorld"/><link rel="canonical" href="{url}"/><link rel="amphtml" href="{url}.amp"/>
<script type="application/ld+json">{{"@context":"http://schema.org","@type":"ReportageNewsArticle","url":"{url}","publisher":{{"@type":"NewsMediaOrganization","name":"BBC News"}},"datePublished":"{t:%Y-%m-%dT%H:%M:%S}.000Z","dateModified":"{t:%Y-%m-%dT%H:%M:%S}.000Z","headline":"{attr(head)}","author":{{"@type":"Person","name":"{author}"}}}}</script>
<style data-emotion="ssrcss 0 1q0x1qg-Paragraph 7uxr49-RichTextContainer 11r1m41-RichTextComponentWrapper">.ssrcss-1q0x1qg-Paragraph{{font-family:ReithSerif,Helvetica,Arial,freesans,sans-serif;font-size:1rem;line-height:1.375rem;padding-bottom:0.75rem;margin:0;}}.ssrcss-7uxr49-RichTextContainer{{padding-left:0.5rem;padding-right:0.5rem;}}.ssrcss-11r1m41-RichTextComponentWrapper{{margin-left:auto;margin-right:auto;max-width:40rem;}}.ssrcss-1xlq5if-VisuallyHidden{{clip-path:inset(100%);clip:rect(1px,1px,1px,1px);height:1px;overflow:hidden;position:absolute;width:1px;margin:0;}}</style>
<script>window.__INITIAL_DATA__={initial};</script>
<script>(function(){{if(window.bbcpage){{window.bbcpage.loadModule(['idcta/idcta-1']).then(function(idcta){{idcta.init();}});}}}})();</script>
<script type="text/javascript" src="https://static.files.bbci.example/orbit/2f0f7d9b/js/require.min.js"></script>
</head><body><div id="__next"><div class="ssrcss-1ocoo3l-Wrap e42f8511"><header role="banner" data-bbc-container="header" class="ssrcss-1p5wmj5-OrbitHeader"><a href="#main-content" id="skip-to-content-link" class="ssrcss-1s4ge0x-SkipLink">Skip to content</a><div class="ssrcss-1oll2sf-GlobalNavigation"><nav aria-label="BBC" class="ssrcss-1b0kzyv-Nav"><ul role="list" class="ssrcss-1xvdihs-StyledList"><li><a href="https://www.bbc-like.example/">Home</a></li><li><a href="https://www.bbc-like.example/news">News</a></li><li><a href="https://www.bbc-like.example/sport">Sport</a></li><li><a href="https://www.bbc-like.example/reel">Reel</a></li><li><a href="https://www.bbc-like.example/worklife">Worklife</a></li><li><a href="https://www.bbc-like.example/travel">Travel</a></li><li><a href="https://www.bbc-like.example/future">Future</a></li><li><a href="https://www.bbc-like.example/culture">Culture</a></li></ul></nav></div></header>
<div class="ssrcss-1lk9cs2-NavigationWrapper"><nav aria-label="News" class="ssrcss-1p1xpl9-Nav"><ul role="list"><li><a href="/news">Home</a></li><li><a href="/news/coronavirus">Coronavirus</a></li><li><a href="/news/climate">Climate</a></li><li><a href="/news/uk">UK</a></li><li><a href="/news/world">World</a></li><li><a href="/news/business">Business</a></li><li><a href="/news/politics">Politics</a></li><li><a href="/news/technology">Tech</a></li><li aria-current="page"><a href="/news/science_and_environment">Science</a></li><li><a href="/news/health">Health</a></li></ul></nav></div>
<div class="ssrcss-1ocoo3l-Wrap e42f8511"><div id="main-content" data-testid="main-content" class="ssrcss-1ocoo3l-Wrap e42f8511"><div class="ssrcss-rgov1k-MainColumn e1sbfw0p0"><article class="ssrcss-pv1rh6-ArticleWrapper e1nh2i2l6">
<header data-component="headline-block" class="ssrcss-1eqcsb1-HeadingWrapper e1nh2i2l5"><h1 id="main-heading" type="headline" tabindex="-1" class="ssrcss-15xko80-StyledHeading e10rt3ze0">{esc(head)}</h1></header>
<div data-component="byline-block" class="ssrcss-1ri6ast-ComponentWrapper ep2nwvo0"><div class="ssrcss-68pt20-Text-TextContributorName e8mq1e96"><span>By {esc(author)}</span></div><div class="ssrcss-84ltp5-Text e8mq1e92">Science correspondent, BBC News</div></div>
<div data-component="timestamp-block" class="ssrcss-ukotjv-ComponentWrapper ep2nwvo0"><div class="ssrcss-m5j4pi-MetadataStripContainer e1ojgjhb0"><dl class="ssrcss-1pvwv4b-MetadataStripItem e1ojgjhb2"><dd class="ssrcss-1jdjgoz-MetadataSnippet ecn1o5v2"><span><time data-testid="timestamp" datetime="{t:%Y-%m-%dT%H:%M:%S}.000Z">{uk_long(t)}</time></span></dd></dl><div class="ssrcss-1rc6lqf-StyledShareButton"><button class="ssrcss-1xzqiqo-StyledButton" aria-label="Share this article">Share</button></div></div></div>
{chr(10).join(blocks)}
<div data-component="links-block" class="ssrcss-ys3wv8-ComponentWrapper ep2nwvo0"><section class="ssrcss-1ymtzdd-StyledLinks"><h2 class="ssrcss-1eetn6l-Heading">More on this story</h2><ul role="list">""" + "".join(f'<li class="ssrcss-8dv5jt-StyledListItem"><div class="ssrcss-1m6zj8c-PromoWrapper"><a href="/news/{slug(r)}" class="ssrcss-1ewrjv4-PromoLink"><span>{esc(r)}</span></a><div class="ssrcss-1b1ua4t-PromoMeta"><time datetime="{d:%Y-%m-%dT%H:%M:%S}.000Z">{uk_long(d)}</time></div></div></li>' for r, d in zip(rel, rdates)) + f"""</ul></section></div>
<div data-component="tag-list" class="ssrcss-1qmkvfu-ComponentWrapper ep2nwvo0"><div class="ssrcss-1szabdv-StyledTagContainer"><h2 class="ssrcss-1ru6a42-StyledHeading">Related Topics</h2><ul role="list"><li><a href="/news/topics/c0ab">Conservation</a></li><li><a href="/news/topics/c1af">Rivers</a></li><li><a href="/news/topics/c9ee">Wildlife</a></li></ul></div></div>
</article></div>
<div class="ssrcss-1mlr16u-SecondaryColumn e1sbfw0p1"><div data-component="most-read" class="ssrcss-16m2h3j-Container"><h2 class="ssrcss-gn8tj0-Heading">Most read</h2><ol>""" + "".join(f"<li><a href='/news/{slug(r)}'>{esc(r)}</a></li>" for r in rel_heads(5)) + f"""</ol></div></div></div></div>
<footer data-bbc-container="footer" class="ssrcss-1cnjkba-FooterWrapper"><div class="ssrcss-1r5wxlv-FooterContent"><ul class="ssrcss-1bqppf1-FooterList"><li><a href="/usingthebbc/terms">Terms of Use</a></li><li><a href="/aboutthebbc">About the BBC</a></li><li><a href="/usingthebbc/privacy/">Privacy Policy</a></li><li><a href="/usingthebbc/cookies/">Cookies</a></li><li><a href="/accessibility/">Accessibility Help</a></li><li><a href="/contact/">Contact the BBC</a></li></ul><small class="ssrcss-1xm0hz2-FooterCopyright"><span lang="en-GB">Copyright {t.year} BBC. All rights reserved.</span>  The <strong>BBC</strong> is <strong>not responsible for the content of external sites.</strong> <a href="/editorialguidelines/guidance/feeds-and-links">Read about our approach to external linking.</a></small></div></footer></div>
<div id="cookiePrompt" class="bbccookies-banner" role="region" aria-labelledby="bbccookies-prompt"><h2 id="bbccookies-prompt">Let us know you agree to cookies</h2><p>We use cookies to give you the best online experience. Please let us know if you agree to all of these cookies.</p><button id="bbccookies-continue-button">Yes, I agree</button><a href="/usingthebbc/cookies/">No, take me to settings</a></div>
</div></body></html>"""
    gold = dict(body=body_of(items), title=head, published=ymd(t), published_time=t.strftime("%H:%M"))
    add("en-bbc-textblocks", "en", url, page, gold, without=[cap, "Image source, Getty Images", "More on this story", rel[0], "Let us know you agree to cookies", "Science correspondent"])


# ---------------------------------------------------------------------- 8. Guardian-like (DCR): standfirst, pull quote, rich link, reader-revenue epic
def en_guardian():
    head, items = kit_rail_strike("Britain")
    items = [curly(x) for x in items]
    t = when(2022, 11, 8, 12, 1)
    mod = t + dt.timedelta(hours=2, minutes=29)
    author = person()
    stand = "Walkout follows breakdown of talks over pay offer that union says amounts to real-terms cut"
    url = f"https://www.theguardian-like.example/uk-news/{t:%Y/%b/%d}".lower() + f"/{slug(head)}"
    quote = first_quote(items[2])
    rel = rel_heads(5); rdates = other_dates(t, 5, 30)
    rich = "Rail strikes: what are the dates and which lines are affected?"
    cls = "dcr-1kas69x"
    blocks = []
    for i, x in enumerate(items):
        blocks.append(f'<p class="{cls}">{esc(x)}</p>')
        if i == 1:
            blocks.append(f'<aside data-spacefinder-role="richLink" data-component="rich-link" class="dcr-11ra563"><div class="dcr-1j8k9n6"><a data-link-name="rich-link-1 | 1" class="dcr-gtbvzx" href="https://www.theguardian-like.example/uk-news/rail-strikes-dates"><div class="dcr-f5zegl"><div class="dcr-1m2jmuu"><h4 class="dcr-10t3a4x">{esc(rich)}</h4></div><div class="dcr-1fx8hv0">Read more</div></div></a></div></aside>')
        if i == 3:
            blocks.append(f'<aside data-spacefinder-role="supporting" class="dcr-hfp9tp"><svg viewBox="0 0 22 14" class="dcr-scql1j"><path d="M5.255 0h4.75c-.572 4.53-1.077 8.972-1.297 13.941H0C.792 9.104 2.44 4.53 5.255 0Zm11.061 0H21c-.506 4.53-1.077 8.972-1.297 13.941h-8.686c.902-4.837 2.485-9.411 5.3-13.941Z"></path></svg>{esc(quote)}<footer><cite>{esc(items[2].split(" told")[0].split(" secretary ")[-1])}</cite></footer></aside>')
    epic = "… we have a small favour to ask. Tens of millions have placed their trust in our fearless journalism since we started publishing 200 years ago, turning to us in moments of crisis, uncertainty, solidarity and hope. More than 1.5 million supporters, from 180 countries, now power us financially – keeping us open to all, and fiercely independent. Unlike many others, we have no shareholders and no billionaire owner. Just the determination and passion to deliver high-impact global reporting, always free from commercial or political influence."
    dl = t.strftime("%a %d %b %Y %H.%M GMT")
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<title>{esc(head)} | Rail industry | The Guardian</title>
<meta charset="utf-8">
<meta name="description" content="{attr(stand)}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<link rel="canonical" href="{url}">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{t:%Y-%m-%dT%H:%M:%S}.000Z">
<meta property="article:modified_time" content="{mod:%Y-%m-%dT%H:%M:%S}.000Z">
<meta property="article:section" content="UK news">
<meta property="article:author" content="https://www.theguardian-like.example/profile/{slug(author)}">
<meta property="og:title" content="{attr(head)}">
<meta property="og:description" content="{attr(stand)}">
<meta name="twitter:card" content="summary_large_image">
<script type="application/ld+json">[{{"@type":"NewsArticle","@context":"https://schema.org","@id":"{url}","publisher":{{"@type":"Organization","name":"The Guardian"}},"isAccessibleForFree":true,"isPartOf":{{"@type":["CreativeWork","Product"],"name":"The Guardian","productID":"theguardian.com:basic"}},"image":["https://i.guim.example/img/media/abc/master/1000.jpg"],"author":[{{"@type":"Person","name":"{author}"}}],"datePublished":"{t:%Y-%m-%dT%H:%M:%S}.000Z","headline":"{attr(head)}","dateModified":"{mod:%Y-%m-%dT%H:%M:%S}.000Z","mainEntityOfPage":"{url}"}}]</script>
<style>.dcr-1kas69x{{margin-bottom:14px;font-family:GuardianTextEgyptian,Guardian Text Egyptian Web,Georgia,serif;font-size:1.0625rem;line-height:1.5;font-weight:400}}.dcr-hfp9tp{{margin-bottom:0.75rem;font-family:GH Guardian Headline,Guardian Egyptian Web,Georgia,serif;font-size:1.25rem;line-height:1.15;font-weight:300;color:#052962;position:relative;padding:6px 10px 12px}}.dcr-10t3a4x{{font-family:GH Guardian Headline;font-size:1rem}}</style>
<script>window.guardian = {{"config":{{"isDotcomRendering":true,"page":{{"contentType":"Article","edition":"UK","section":"uk-news","headline":"{attr(head)}","webPublicationDate":{epoch(t) * 1000},"author":"{author}","keywords":"Rail industry,Strikes,Transport,UK news","shouldHideAdverts":false,"shouldHideReaderRevenue":false,"commercialBundleUrl":"https://assets.guim.example/javascripts/commercial/1a2b/graun.standalone.commercial.js","pageId":"uk-news/{t:%Y/%b/%d}/{slug(head)}".toLowerCase()}},"switches":{{"prebidHeaderBidding":true,"consentManagement":true,"remoteBanner":true}},"tests":{{"signInGateMainVariant":"variant"}}}},"polyfilled":false,"adBlockers":{{"active":undefined,"onDetect":[]}}}};</script>
<script type="module" src="https://assets.guim.example/assets/index.client.web.1c3a5b.js"></script>
</head>
<body>
<div data-print-layout="hide" class="dcr-1bmp0m6"><div class="dcr-12skg2a"><header data-component="nav4"><nav data-component="nav2" aria-label="Guardian sections"><ul class="dcr-1q0fo1i" role="menubar"><li role="none"><a href="https://www.theguardian-like.example/uk" data-link-name="nav4 : primary : News">News</a></li><li role="none"><a href="https://www.theguardian-like.example/commentisfree" data-link-name="nav4 : primary : Opinion">Opinion</a></li><li role="none"><a href="https://www.theguardian-like.example/uk/sport" data-link-name="nav4 : primary : Sport">Sport</a></li><li role="none"><a href="https://www.theguardian-like.example/uk/culture" data-link-name="nav4 : primary : Culture">Culture</a></li><li role="none"><a href="https://www.theguardian-like.example/uk/lifeandstyle" data-link-name="nav4 : primary : Lifestyle">Lifestyle</a></li></ul></nav><div class="dcr-1xk8ptg"><a href="https://support.theguardian-like.example/contribute" data-link-name="nav4 : support-cta">Support us <span class="dcr-1bfmrx8">&rarr;</span></a></div></header></div>
<main data-layout="StandardLayout" class="dcr-1lrirhx">
<article class="dcr-1b18ixn">
<div class="dcr-1o6kk5j">
<div data-gu-name="title" class="dcr-1mm7h7s"><div class="dcr-1ncd4lb"><a href="https://www.theguardian-like.example/business/rail-industry" class="dcr-10yxk2g" data-link-name="article section"><span>Rail industry</span></a></div></div>
<div data-gu-name="headline" class="dcr-1tgj5q8"><div class="dcr-0"><h1 class="dcr-y70mar">{esc(head)}</h1></div></div>
<div data-gu-name="standfirst" class="dcr-1pxwlmk"><div class="dcr-1gn0i1f"><p>{esc(stand)}</p></div></div>
<div data-gu-name="media" class="dcr-1t8m8f3"><div class="dcr-1hm3m6l"><figure id="fig1" data-spacefinder-role="inline" class="dcr-1bkvf6w"><div class="dcr-1t8m8f3"><picture class="dcr-evn1e9"><img alt="A departures board showing cancelled trains" src="https://i.guim.example/img/media/abc/master/1000.jpg?width=465&amp;dpr=1&amp;s=none" width="465" height="279" loading="eager" class="dcr-1989ovb"></picture></div><figcaption data-spacefinder-role="inline" class="dcr-1t8m8f3"><span class="dcr-1inf02i"><svg width="18" height="13" viewBox="0 0 18 13"><path d="M18 3.5v8l-1.5 1.5h-15l-1.5-1.5v-8l1.5-1.5h3.5l2-2h4l2 2h3.5l1.5 1.5zm-9 7.525c2.1 0 3.575-1.575 3.575-3.675 0-2.1-1.475-3.6-3.575-3.6s-3.575 1.5-3.575 3.6c0 2.1 1.475 3.675 3.575 3.675z"></path></svg></span>A departures board at a London terminus during an earlier walkout. Photograph: {esc(person())}/PA</figcaption></figure></div></div>
<div data-gu-name="meta" class="dcr-1dxynbp"><div class="dcr-1ofxh8u"><div class="dcr-1cfpnlw"><address aria-label="Contributor info" data-component="meta-byline" data-link-name="byline"><div class="dcr-1cfpnlw"><a rel="author" class="dcr-ch5ppb" data-link-name="auto tag link" href="https://www.theguardian-like.example/profile/{slug(author)}">{esc(author)}</a> <span class="dcr-1cfpnlw">Transport correspondent</span></div></address></div><div class="dcr-1cfpnlw"><details class="dcr-1ov5kb8" data-gu-name="dateline"><summary class="dcr-pnmzm7"><span class="dcr-u0h1qy">{dl}</span></summary>Last modified on {mod.strftime("%a %d %b %Y %H.%M GMT")}</details></div><div class="dcr-1t8m8f3"><div data-gu-name="share"><ul class="dcr-1p2k8ot"><li><a href="https://www.facebook.com/dialog/share?app_id=180444840287&amp;href={url}" data-link-name="share-facebook">Share on Facebook</a></li><li><a href="https://twitter.com/intent/tweet?text={attr(head)}&amp;url={url}" data-link-name="share-twitter">Share on Twitter</a></li><li><a href="mailto:?subject={attr(head)}&amp;body={url}">Share via Email</a></li></ul></div></div></div></div>
<div data-gu-name="body" class="dcr-1v0b58f"><div id="maincontent" class="article-body-commercial-selector article-body-viewer-selector dcr-1r94quw">
{chr(10).join(blocks)}
</div>
<span data-sdk-epic="true" class="dcr-0"></span><gu-island name="SlotBodyEnd" priority="feature" deferuntil="visible" props='{{"contentType":"Article","sectionId":"uk-news","tags":[{{"id":"business/rail-industry","type":"Keyword","title":"Rail industry"}}]}}'><div class="dcr-1wj4fwd" id="contributions-epic"><div class="dcr-1kmkv07"><h2 class="dcr-gj5gqe">I hope you appreciated this article. Before you move on, I wanted to ask if you would consider supporting the Guardian's journalism …</h2><p class="dcr-1pvo1g8">{esc(epic)}</p><p class="dcr-1pvo1g8">If there were ever a time to join us, it is now. Every contribution, however big or small, powers our journalism and sustains our future. <strong>Support the Guardian from as little as £1 – it only takes a minute. If you can, please consider supporting us with a regular amount each month. Thank you.</strong></p><div class="dcr-1p2pdx9"><a href="https://support.theguardian-like.example/contribute" class="dcr-1ixdmlx">Continue</a> <a href="#" class="dcr-1n4jmd8">Remind me in January</a></div></div></div></gu-island>
<div class="dcr-1ikmu4h"><div data-gu-name="submeta"><span class="dcr-1wdlcrs">Explore more on these topics</span><ul class="dcr-1dsxw4j"><li><a href="https://www.theguardian-like.example/business/rail-industry">Rail industry</a></li><li><a href="https://www.theguardian-like.example/uk/strikes">Strikes</a></li><li><a href="https://www.theguardian-like.example/uk/transport">Transport</a></li><li><a href="https://www.theguardian-like.example/uk/trade-unions">Trade unions</a></li><li><a href="https://www.theguardian-like.example/uk/uk-news">UK news</a></li><li><a href="https://www.theguardian-like.example/tone/news">news</a></li></ul></div><div class="dcr-1rrk71c"><a href="https://syndication.theguardian-like.example/?url={url}" data-link-name="meta-syndication-article">Reuse this content</a></div></div>
</div>
</div>
</article>
<section data-component="onwards-content" class="dcr-1ubw8bh"><h2 class="dcr-vt6bpt">Most viewed</h2><ol class="dcr-1ni4vo5">""" + "".join(f'<li class="dcr-1a2xtfn"><a href="https://www.theguardian-like.example/uk-news/{d.strftime("%Y/%b/%d").lower()}/{slug(r)}" data-link-name="most viewed | {i}"><span class="dcr-1o5fqbf">{i + 1}</span><h4 class="dcr-tqjdtd">{esc(r)}</h4></a></li>' for i, (r, d) in enumerate(zip(rel, rdates))) + f"""</ol></section>
</main>
<footer data-link-name="footer" data-component="footer" class="dcr-18v5kd7"><div class="dcr-1g8bbhg"><ul class="dcr-1lk0jnw"><li><a href="https://www.theguardian-like.example/about">About us</a></li><li><a href="https://www.theguardian-like.example/help/contact-us">Contact us</a></li><li><a href="https://www.theguardian-like.example/info/complaints-and-corrections">Complaints &amp; corrections</a></li><li><a href="https://www.theguardian-like.example/help/privacy-policy">Privacy policy</a></li><li><a href="https://www.theguardian-like.example/info/cookies">Cookie policy</a></li><li><a href="https://www.theguardian-like.example/help/terms-of-service">Terms &amp; conditions</a></li></ul><div class="dcr-1pfc6r0">&copy; {t.year} Guardian News &amp; Media Limited or its affiliated companies. All rights reserved. (dcr)</div></div></footer>
</div>
<div id="sp_message_container_123456" class="sp_veil"><div class="message-container"><h2>Your privacy</h2><p>We use cookies to improve your experience on our site and to show you personalised advertising. To find out more, read our privacy policy and cookie policy.</p><button title="Yes, I'm happy">Yes, I’m happy</button> <button title="Manage my cookies">Manage my cookies</button></div></div>
</body>
</html>"""
    gold = dict(body="\n".join(items), title=head, published=ymd(t), published_time=t.strftime("%H:%M"))
    add("en-guardian-dcr", "en", url, page, gold, without=[stand, rich, "we have a small favour to ask", "Explore more on these topics", rel[0], "Transport correspondent"])


def kit_longform_ferry():
    capt, deck, mayor, hist, teen = person("f"), person(), person(), person("m"), person("f")
    head = "The last crossing: a river town says goodbye to the ferry that built it"
    ps = [
        f"At 6:40 on a gray Saturday morning, Captain {capt} eased the Margaret B. away from the landing for what she knew would be one of the last times, the diesel engine muttering under her boots and a line of pickup trucks already waiting on the far bank.",
        "For 112 years a ferry has carried people, cattle, school buses and the occasional wedding party across this half-mile of brown water. On Sunday, when the new bridge opens nine miles upstream, the state will end the service for good.",
        "\"People keep asking if I am sad,\" she said, one hand on the wheel. \"I am. But mostly I keep thinking about all the folks who rode with me and never knew my name, and I knew theirs.\"",
        ("h", "A town on both banks"),
        "The town grew up around the crossing. The first ferry, a flat-bottomed barge pulled along a cable by mules, began running in 1912, when the county paid a farmer to carry mail to the settlement on the western bank.",
        f"By the 1950s, the ferry ran 18 hours a day. The landing had a diner, a bait shop and a filling station, and teenagers drove down on Friday nights to ride back and forth for a nickel, according to {hist}, who runs the county historical society out of a former bank on Front Street.",
        "\"The ferry was the town square,\" he said. \"If you wanted to know what was going on, you stood in line for the ferry.\"",
        "The diner closed in 1987. The filling station is a shell of cinder block with the pumps long gone. But the line of cars still forms every morning at 6:30, and on most days the regulars still wave to each other across the deck.",
        ("h", "Why the state is ending it"),
        "State transportation officials say the ferry, which carries about 140 vehicles on an average weekday, costs more than $1.2 million a year to operate and would need a new hull within five years.",
        "The new bridge, a $96 million span carrying four lanes of highway traffic, was designed to take trucks off rural roads and to give the western bank a crossing that does not close when the river floods, which it has done for a total of more than four months over the past decade.",
        f"\"Nobody at the department wanted to be the one to end the ferry,\" said {deck}, a deckhand for 27 years who will move to a maintenance job on the bridge. \"But I have seen it shut for weeks with the water up over the landing. People on the other side were stuck.\"",
        "For commuters on the western bank, the bridge will cut some trips by 20 minutes. For others, including families who live near the landing and farmers who cross with equipment too wide for the highway shoulder, it will add as much as half an hour each way.",
        ("h", "The last weekend"),
        f"Mayor {mayor} has declared the weekend Ferry Days. There will be a fish fry at the landing, a blessing of the boat by ministers from three churches and a free last ride for anyone who shows up before dusk on Sunday.",
        f"{teen}, a high school junior who rides the ferry to school every morning, said her class planned to be on the final crossing. \"My grandma rode it to school, and my mom did,\" she said. \"It feels wrong that I am the last one.\"",
        "The state has not decided what to do with the Margaret B. The historical society has asked for her to be pulled onto the bank beside the old diner and turned into a small museum. A salvage company has also made an offer.",
        f"On the return trip, {surname(capt)} let a boy of about 7 sound the horn. It carried across the water and echoed off the bluff, and on the landing, a man in a seed-company cap lifted his coffee cup in salute.",
        "\"That is what I will miss,\" she said. \"Not the boat. That.\"",
    ]
    return head, ps


# ---------------------------------------------------------------------- 9. old CNN: first paragraph a <p>, the rest one <div> each, editorial source in <cite>
def en_cnn_old():
    head, items = kit_legislature("Colorado")
    t = when(2019, 5, 14, 18, 12)
    author = person()
    url = f"https://edition.cnn-like.example/{t:%Y/%m/%d}/politics/{slug(head)[:50]}/index.html"
    first = items[0]
    items[0] = "(CNN)" + first
    rel = rel_heads(3); rdates = other_dates(t, 3)
    read = f"READ: {rel[0]}"
    divs = [f'<p class="zn-body__paragraph speakable"><cite class="el-editorial-source"> (CNN)</cite>{esc(first)}</p>']
    for i, x in enumerate(items[1:], 1):
        divs.append(f'<div class="zn-body__paragraph speakable">{esc(x)}</div>' if i < 3 else f'<div class="zn-body__paragraph">{esc(x)}</div>')
        if i == 2:
            divs.append(f'<div class="zn-body__paragraph"><a href="/{rdates[0]:%Y/%m/%d}/politics/{slug(rel[0])[:50]}/index.html"><strong>{esc(read)}</strong></a></div>')
        if i == 3:
            divs.append('<div class="ad ad--epic ad--desktop"><div id="ad_rect_atf_01" class="ad-ad_rect_atf_01 ad-refresh-adbody" data-ad-id="ad_rect_atf_01"></div></div><div class="el__embedded el__embedded--fullwidth"><div class="el__video--fullwidth"><div class="media__video--thumbnail-wrapper"><div id="large-media_0" class="media__video--thumbnail"><img alt="Video: Lawmakers react" class="media__image" src="//cdn.cnn-like.example/cnnnext/dam/assets/190514-lawmakers-large-169.jpg"><div class="media__caption el__storyelement__title"><div class="el__storyelement__header">Lawmakers react to the vote</div></div></div></div></div></div>')
    page = f"""<!DOCTYPE html><html class="no-js"><head><meta content="IE=edge,chrome=1" http-equiv="X-UA-Compatible"><meta charset="utf-8"><meta content="text/html" http-equiv="Content-Type"><meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0"><link rel="dns-prefetch" href="//tpc.googlesyndication.com"><title>{esc(head)} - CNNPolitics</title><meta content="{attr(first[:150])}" name="description"><meta content="2019-05-14T18:12:03Z" name="pubdate"><meta content="2019-05-14T18:12:03Z" name="lastmod"><meta content="{author}, CNN" name="author"><meta content="politics" name="section"><meta content="article" property="og:type"><meta content="{attr(head)} - CNNPolitics" property="og:title"><meta content="{url}" property="og:url"><meta content="{iso(t, 'Z').replace('+', '')}" property="og:pubdate"><link href="{url}" rel="canonical"><script type="application/ld+json">{{"@context":"http://schema.org","@type":"NewsArticle","mainEntityOfPage":"{url}","headline":"{attr(head)}","datePublished":"{t:%Y-%m-%dT%H:%M:%S}Z","dateModified":"{t:%Y-%m-%dT%H:%M:%S}Z","author":{{"@type":"Person","name":"{author}, CNN"}},"publisher":{{"@type":"Organization","name":"CNN"}},"articleSection":"politics"}}</script><style>body,h1,h2,h3,p{{margin:0;padding:0}}.zn-body__paragraph{{font-size:16px;line-height:1.625;margin:0 0 24px}}.el-editorial-source{{font-style:normal;font-weight:700}}</style><script>window.CNN = window.CNN || {{}};CNN.contentModel = {{"analytics":{{"author":"{author}, CNN","branding_content_page":"default","cap_topics":"","chartbeat":{{"sections":"politics"}},"isArticleVideoCollection":false,"publishDate":"2019-05-14T18:12:03Z"}},"env":"prod","pageType":"article","sectionName":"politics","siteName":"cnn","contentType":"article","layout":"no-rail"}};CNN.Features = {{"enableWebComponents":false,"enableHpLiveBlog":true}};</script><script src="//cdn.cnn-like.example/.a/2.174.2/js/cnn-header-first.min.js"></script><script>var ad_slots = ['ad_bnr_atf_01','ad_rect_atf_01','ad_rect_btf_01'];</script></head><body class="pg-right-rail-tall pg-wrapper pg-politics"><div class="pg-header"><div class="nav" id="nav"><div class="nav-header"><a class="nav-header__logo" href="/" title="CNN">CNN</a><div class="nav-menu-links"><a class="nav-menu-links__link" href="/us" data-analytics-header="main-menu_us">U.S.</a><a class="nav-menu-links__link" href="/world" data-analytics-header="main-menu_world">World</a><a class="nav-menu-links__link" href="/politics" data-analytics-header="main-menu_politics">Politics</a><a class="nav-menu-links__link" href="/business" data-analytics-header="main-menu_business">Business</a><a class="nav-menu-links__link" href="/opinions" data-analytics-header="main-menu_opinion">Opinion</a><a class="nav-menu-links__link" href="/health" data-analytics-header="main-menu_health">Health</a><a class="nav-menu-links__link" href="/entertainment" data-analytics-header="main-menu_entertainment">Entertainment</a><a class="nav-menu-links__link" href="/style" data-analytics-header="main-menu_style">Style</a><a class="nav-menu-links__link" href="/travel" data-analytics-header="main-menu_travel">Travel</a><a class="nav-menu-links__link" href="/sport" data-analytics-header="main-menu_sports">Sports</a><a class="nav-menu-links__link" href="/videos" data-analytics-header="main-menu_videos">Videos</a></div></div></div></div><div class="pg-no-rail pg-wrapper"><article class="pg-rail-tall pg-rail--align-right" itemscope itemtype="http://schema.org/NewsArticle"><meta itemprop="alternativeHeadline" content="{attr(head)}"><meta itemprop="dateCreated" content="2019-05-14T18:12:03Z"><meta itemprop="datePublished" content="2019-05-14T18:12:03Z"><meta itemprop="dateModified" content="2019-05-14T18:12:03Z"><div class="l-container"><h1 class="pg-headline">{esc(head)}</h1><div class="metadata"><div class="metadata__info js-byline-images"><p class="metadata__byline"><span class="metadata__byline__author">By <a href="/profiles/{slug(author)}">{esc(author)}</a>, CNN</span></p><p class="update-time">Updated {ampm(t)} ET, {DAYS[t.weekday()][:3]} {MONTHS[t.month - 1]} {t.day}, {t.year} </p></div><div class="share-bar-whatsapp-container"><div class="gigya-sharebar" data-title="{attr(head)}" data-description="" data-image-src=""></div></div></div></div><section id="body-text" class="zn zn-body-text zn-body zn--idx-0 zn--ordinary zn-has-multiple-containers zn-has-r-containers"><div class="l-container"><div class="zn-body__read-all">{''.join(divs)}</div></div></section><section class="zn zn-story-bottom zn-body-text zn--idx-1"><div class="l-container"><div class="zn__containers"><div class="column zn__column--idx-0"><ul class="cn cn-list-hierarchical-xs"><h2 class="cn__title">More from CNN</h2>""" + "".join(f'<li><article class="cd cd--card cd--article"><div class="cd__content"><h3 class="cd__headline"><a href="/{d:%Y/%m/%d}/politics/{slug(r)[:50]}/index.html"><span class="cd__headline-text">{esc(r)}</span></a></h3></div></article></li>' for r, d in zip(rel[1:], rdates[1:])) + f"""</ul></div></div></div></section></article></div><div class="pg-footer"><footer class="l-footer" id="footer"><div class="l-footer__content"><div class="m-footer__bottom"><ul class="m-legal__list"><li class="m-legal__list__item"><a class="m-legal__links" href="/terms">Terms of Use</a></li><li class="m-legal__list__item"><a class="m-legal__links" href="/privacy">Privacy Policy</a></li><li class="m-legal__list__item"><a class="m-legal__links" href="/accessibility">Accessibility &amp; CC</a></li><li class="m-legal__list__item"><a class="m-legal__links" href="/about">About</a></li><li class="m-legal__list__item"><a class="m-legal__links" href="/newsletters">Newsletters</a></li></ul><p class="m-copyright">&copy; 2019 Cable News Network. <a href="https://www.turner-like.example">Turner Broadcasting System, Inc.</a> All Rights Reserved. <br>CNN Sans &#8482; &amp; &copy; 2016 Cable News Network.</p></div></div></footer></div><script src="//cdn.cnn-like.example/.a/2.174.2/js/cnn-footer-lib.min.js"></script></body></html>"""
    gold = dict(body="\n".join(items), title=head, published=ymd(t), published_time=t.strftime("%H:%M"))
    add("en-cnn-zn-divs", "en", url, page, gold, without=[read, "Lawmakers react to the vote", "More from CNN", rel[1], "Cable News Network"])


# ---------------------------------------------------------------------- 10. local TV station (Nexstar-like): trending list inside the body, copyright line after it
def en_local_tv():
    head, items = kit_court("Springfield", "Missouri", "MO")
    t = when(2022, 3, 3, 16, 47)
    upd = t + dt.timedelta(hours=1, minutes=13)
    dom = "ky3-like.example"
    author = person()
    url = f"https://www.{dom}/news/crime/{slug(head)}/"
    trending = rel_heads(4); rdates = other_dates(t, 4, 2)
    legal = f"Copyright {t.year} Nexstar Media Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed."
    blocks = []
    for i, x in enumerate(items):
        blocks.append(f"<p>{esc(x)}</p>")
        if i == 1:
            blocks.append(f'<aside class="article-list article-list--inline-vertical" data-module-type="trending"><h2 class="article-list__heading">Trending Stories:</h2><div class="article-list__content"><ul>' + "".join(f'<li><article class="article-list__article article-list__article--is-slat"><h3 class="article-list__article-title"><a class="article-list__article-link" href="https://www.{dom}/news/{slug(r)}/">{esc(r)}</a></h3></article></li>' for r in trending) + '</ul></div></aside>')
        if i == 3:
            blocks.append('<div class="ad-unit ad-unit--article-body" data-ad-pos="inline-1"><div class="ad-unit__content" id="acm-ad-tag-mr1_ab-mr1_ab"></div></div>')
    page = f"""<!doctype html>
<html lang="en-US" class="no-js">
<head>
	<meta charset="UTF-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<title>{esc(head)} | KY3-LIKE</title>
	<meta name="description" content="{attr(items[0][:160])}" />
	<meta property="og:title" content="{attr(head)}" />
	<meta property="og:type" content="article" />
	<meta property="article:published_time" content="{iso(t, '-06:00')}" />
	<meta property="article:modified_time" content="{iso(upd, '-06:00')}" />
	<meta name="parsely-metadata" content='{{"post_id":"{R.randint(10**6, 10**7)}","author":"{author}","pub_date_gmt":"{t:%Y-%m-%d %H:%M:%S}"}}' />
	<link rel="canonical" href="{url}" />
	<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{attr(head)}","datePublished":"{iso(t, '-06:00')}","dateModified":"{iso(upd, '-06:00')}","author":{{"@type":"Person","name":"{author}"}}}}</script>
	<script type='text/javascript'>var nxsAdConfig = {{"network":"5678","site":"nxs.{dom}","zone":"news/crime","targeting":{{"pt":"article","cat":["news","crime"],"tags":["court","sentencing"]}}}}; var nxsVideo = {{"player":"jwplayer","autoplay":true,"floatOnScroll":true}};</script>
	<script async src="https://c.amazon-adsystem.com/aax2/apstag.js"></script>
	{gpt('nexstar')}
	<style id='nxs-inline-css'>.article-content p{{margin:0 0 1.25rem}}.article-list--inline-vertical{{border-top:4px solid #c00;padding:8px 0}}</style>
</head>
<body class="post-template-default single single-post single-format-standard wp-embed-responsive">
<div class="site">
<header class="site-header"><div class="site-header__logo"><a href="https://www.{dom}/"><img src="https://www.{dom}/wp-content/uploads/sites/27/2020/04/logo.png" alt="KY3-LIKE"></a></div><nav class="site-header__nav"><ul class="menu"><li><a href="https://www.{dom}/news/">News</a></li><li><a href="https://www.{dom}/weather/">Weather</a></li><li><a href="https://www.{dom}/sports/">Sports</a></li><li><a href="https://www.{dom}/video/">Video</a></li><li><a href="https://www.{dom}/watch-live/">Watch Live</a></li><li><a href="https://www.{dom}/contests/">Contests</a></li></ul></nav><div class="site-header__weather"><a href="https://www.{dom}/weather/"><span class="temp">47&deg;</span> Springfield</a></div></header>
<div class="breaking-news-banner"><a href="https://www.{dom}/watch-live/">WATCH LIVE: KY3-LIKE News at 5</a></div>
<main class="site-main">
<article class="article article--single">
	<header class="article-header">
		<div class="article-header__category"><a href="https://www.{dom}/news/crime/">Crime</a></div>
		<h1 class="article-title">{esc(head)}</h1>
		<div class="article-meta">
			<p class="article-authors">by: <a href="https://www.{dom}/author/{slug(author)}/">{esc(author)}</a></p>
			<p class="article-meta-timestamp"><time datetime="{iso(t, '-06:00')}">Posted: {us_short(t)} / {ampm(t).lower().replace('am', 'AM').replace('pm', 'PM')} CST</time></p>
			<p class="article-meta-timestamp"><time datetime="{iso(upd, '-06:00')}">Updated: {us_short(upd)} / {ampm(upd)} CST</time></p>
		</div>
		<div class="article-share"><ul class="social-share"><li><a class="social-share__link--facebook" href="https://www.facebook.com/sharer/sharer.php?u={url}">Share</a></li><li><a class="social-share__link--twitter" href="https://twitter.com/intent/tweet?url={url}">Tweet</a></li><li><a class="social-share__link--email" href="mailto:?body={url}">Email</a></li></ul></div>
	</header>
	<div class="article-featured-media article-featured-media--lazyjwplayer"><div class="jw-player-container" data-video-id="Xk2PqZ1r" data-playlist="https://cdn.jwplayer.com/v2/media/Xk2PqZ1r"><div class="jw-player-placeholder"><span class="video-title">Watch: Sentencing hearing ends with {R.randint(4, 22)}-year term</span></div></div></div>
	<div class="article-content article-body rich-text">
{chr(10).join(blocks)}
<p><em>{esc(legal)}</em></p>
	</div>
	<div class="article-tags"><span>Tags:</span> <a href="/tag/court/">Court</a> <a href="/tag/sentencing/">Sentencing</a></div>
</article>
<aside class="article-list article-list--more-stories"><h2>More Crime</h2><ul>""" + "".join(f'<li><a href="https://www.{dom}/news/crime/{slug(r)}/">{esc(r)}</a> <time datetime="{iso(d, "-06:00")}">{us_short(d)}</time></li>' for r, d in zip(rel_heads(4), rdates)) + f"""</ul></aside>
</main>
<footer class="site-footer"><div class="site-footer__newsletter"><h3>Sign up for the KY3-LIKE Daily Newsletter</h3><p>Get the day's top headlines, weather and breaking news delivered to your inbox.</p><form><input type="email" placeholder="Email address"><button>Subscribe</button></form></div><div class="site-footer__links"><a href="/contact/">Contact Us</a> | <a href="/eeo/">EEO Report</a> | <a href="https://publicfiles.fcc.gov/">FCC Public File</a> | <a href="/privacy-policy/">Privacy Policy</a></div><p class="site-footer__copyright">&copy; 1998 - {t.year} Nexstar Media Inc. | All Rights Reserved.</p></footer>
</div>
{onetrust()}
</body>
</html>"""
    gold = dict(body="\n".join(items), title=head, published=ymd(t), published_time=t.strftime("%H:%M"))
    add("en-localtv-nexstar", "en", url, page, gold, without=[legal, trending[0], "Trending Stories", "Watch: Sentencing hearing", "Sign up for the KY3-LIKE Daily Newsletter"])


# ---------------------------------------------------------------------- 11. 2008 small-paper CMS: one table cell, <br><br> between paragraphs, windows-1252 bytes behind an ISO-8859-1 header
def en_oldcms_cp1252():
    town = TOWNS[5]
    head, items = kit_hospital(town)
    items = [curly(x) for x in items]
    t = when(2008, 3, 3, 9, 12)
    site = "The Riverton Ranger"
    author = person()
    url = f"http://www.rivertonranger-like.example/news/story.php?id={R.randint(10000, 30000)}&section=local"
    contact = f"Contact {author} at {author.split()[0].lower()}@rivertonranger-like.example or 307-555-0{R.randint(100, 199)}."
    others = rel_heads(6, town[0])
    text = "<br><br>\r\n".join(esc(x) for x in items)
    page = f"""<html>\r
<head>\r
<title>{site} - {esc(head)}</title>\r
<meta name="keywords" content="Riverton, Fremont County, Wyoming, news, {attr(town[0])}">\r
<link rel="stylesheet" href="/css/ranger.css" type="text/css">\r
<script language="JavaScript" type="text/JavaScript">\r
<!--\r
function MM_swapImgRestore() {{ //v3.0\r
  var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc;\r
}}\r
function MM_preloadImages() {{ //v3.0\r
  var d=document; if(d.images){{ if(!d.MM_p) d.MM_p=new Array();\r
    var i,j=d.MM_p.length,a=MM_preloadImages.arguments; for(i=0; i<a.length; i++)\r
    if (a[i].indexOf("#")!=0){{ d.MM_p[j]=new Image; d.MM_p[j++].src=a[i];}}}}\r
}}\r
//-->\r
</script>\r
</head>\r
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onLoad="MM_preloadImages('/images/nav_news_on.gif','/images/nav_sports_on.gif')">\r
<table width="780" border="0" cellpadding="0" cellspacing="0" align="center">\r
  <tr>\r
    <td colspan="3"><a href="/"><img src="/images/masthead.gif" width="780" height="110" border="0" alt="{site}"></a></td>\r
  </tr>\r
  <tr>\r
    <td colspan="3" bgcolor="#003366" height="22"><font face="Verdana, Arial, Helvetica, sans-serif" size="1" color="#FFFFFF">&nbsp;&nbsp;{DAYS[t.weekday()]}, {us_long(t)} &nbsp;|&nbsp; Serving Fremont County since 1949</font></td>\r
  </tr>\r
  <tr>\r
    <td width="150" valign="top" bgcolor="#E8E8E8">\r
      <table width="150" border="0" cellspacing="0" cellpadding="4">\r
        <tr><td><a href="/" onMouseOut="MM_swapImgRestore()" onMouseOver="MM_swapImage('news','','/images/nav_news_on.gif',1)"><img src="/images/nav_news.gif" name="news" width="142" height="20" border="0" alt="News"></a></td></tr>\r
        <tr><td><font face="Verdana, Arial" size="1"><a href="/news/">Local News</a><br><a href="/sports/">Sports</a><br><a href="/obits/">Obituaries</a><br><a href="/opinion/">Opinion</a><br><a href="/letters/">Letters to the Editor</a><br><a href="/classifieds/">Classifieds</a><br><a href="/legals/">Legal Notices</a><br><a href="/archives/">Archives</a><br><a href="/subscribe/">Subscribe</a><br><a href="/contact/">Contact Us</a></font></td></tr>\r
        <tr><td><font face="Verdana, Arial" size="1"><b>Weather</b><br>Riverton: 34&deg;F<br>Partly cloudy</font></td></tr>\r
      </table>\r
    </td>\r
    <td width="480" valign="top" style="padding:10px">\r
      <font face="Verdana, Arial, Helvetica, sans-serif" size="2">\r
      <span class="storydate">{DAYS[t.weekday()]}, {us_long(t)}</span><br><br>\r
      <span class="headline"><font size="4"><b>{esc(head)}</b></font></span><br>\r
      <i>By {esc(author)}<br>Staff Writer</i><br><br>\r
      {text}<br><br>\r
      <i>{esc(contact)}</i><br><br>\r
      <a href="/news/">&lt;&lt; Back to Local News</a> | <a href="javascript:window.print()">Printer-friendly version</a> | <a href="/email.php?id=story">E-mail this story</a>\r
      </font>\r
    </td>\r
    <td width="150" valign="top" bgcolor="#F4F4F4">\r
      <font face="Verdana, Arial" size="1"><b>Other Local Stories</b><br><br>\r
{"".join(f'      <a href="/news/story.php?id={R.randint(10000, 30000)}">{esc(o)}</a><br><br>{chr(13)}{chr(10)}' for o in others)}      <br><a href="http://www.fremontcountyautos-like.example"><img src="/ads/autos_150x250.gif" width="150" height="250" border="0"></a>\r
      </font>\r
    </td>\r
  </tr>\r
  <tr>\r
    <td colspan="3" align="center" bgcolor="#003366"><font face="Verdana, Arial" size="1" color="#FFFFFF">All content copyright &copy; {t.year} {site}. All rights reserved.<br>421 E. Main St., Riverton, WY 82501 &nbsp;|&nbsp; Site by Prairie Web Design</font></td>\r
  </tr>\r
</table>\r
</body>\r
</html>\r
"""
    gold = dict(body="\n".join(items), title=head, published=ymd(t))
    add("en-oldcms-cp1252-latin1-header", "en", url, page, gold, enc="cp1252",
        headers={"Content-Type": "text/html; charset=ISO-8859-1"},
        without=[contact, others[0], "Printer-friendly version", "All content copyright", "Staff Writer"])


# ---------------------------------------------------------------------- 12. Arc XP long feature: subheads, pull quotes, captions, newsletter interstitial
def en_arc_longform():
    head, items = kit_longform_ferry()
    t = when(2019, 11, 18, 12, 1)
    author, photog = person("f"), person()
    dom = "startribune-like.example"
    url = f"https://www.{dom}/the-last-crossing-a-river-town-says-goodbye-to-the-ferry-that-built-it/{R.randint(500000000, 599999999)}/"
    dek = "For 112 years, a ferry carried a town's people, cattle and school buses across the river. On Sunday, a bridge takes its place."
    caps = [f"Captain {items[0].split('Captain ')[1].split(' eased')[0]} at the wheel of the Margaret B. on one of its final weekday runs. {photog}, Star Tribune-like",
            f"Cars line up at the west landing before the first crossing of the day. {photog}, Star Tribune-like"]
    pq = [first_quote(items[6], '"', '"'), first_quote(items[11], '"', '"')]
    promo = "Related: State approves bridge funding after decade of debate"
    news = "Sign up for our Rural Life newsletter: stories from small towns and farms across the state, every Thursday."
    blocks, k = [], 0
    for i, x in enumerate(items):
        if isinstance(x, tuple):
            blocks.append(f'<h2 class="article-body__element article-body__heading">{esc(x[1])}</h2>')
            continue
        blocks.append(f'<p class="article-body__element article-body__paragraph">{esc(x)}</p>')
        k += 1
        if k == 2:
            blocks.append(f'<figure class="article-body__element article-body__image"><img src="https://arc-anglerfish-like.s3.amazonaws.com/public/FERRY1.jpg" alt="" width="1200" height="800" loading="lazy"><figcaption class="article-body__caption"><span class="caption-text">{esc(caps[0])}</span></figcaption></figure>')
        if k == 5:
            blocks.append(f'<blockquote class="article-body__element article-body__pullquote"><p>{esc(pq[0])}</p></blockquote>')
        if k == 7:
            blocks.append(f'<div class="article-body__element article-body__newsletter" data-newsletter="rural-life"><p class="newsletter-promo__text">{esc(news)}</p><form><input type="email" aria-label="Email address" placeholder="Enter your email"><button type="submit">Sign up</button></form></div>')
        if k == 9:
            blocks.append(f'<p class="article-body__element article-body__interstitial"><a href="https://www.{dom}/state-approves-bridge-funding/{R.randint(500000000, 599999999)}/"><strong>{esc(promo)}</strong></a></p>')
        if k == 11:
            blocks.append(f'<figure class="article-body__element article-body__image"><img src="https://arc-anglerfish-like.s3.amazonaws.com/public/FERRY2.jpg" alt="" width="1200" height="800" loading="lazy"><figcaption class="article-body__caption"><span class="caption-text">{esc(caps[1])}</span></figcaption></figure>')
        if k == 12:
            blocks.append(f'<blockquote class="article-body__element article-body__pullquote"><p>{esc(pq[1])}</p></blockquote>')
    rel = rel_heads(4); rdates = other_dates(t, 4, 15)
    page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>{esc(head)}</title><meta name="description" content="{attr(dek)}"/><meta property="og:title" content="{attr(head)}"/><meta property="og:description" content="{attr(dek)}"/><meta property="og:type" content="article"/><meta property="article:published_time" content="{iso(t, '-06:00')}"/><meta name="author" content="{author}"/><link rel="canonical" href="{url}"/><link rel="stylesheet" href="/pf/resources/dist/startribune/css/style.css?d=412"/><style>.article-body__paragraph{{font-family:Georgia,serif;font-size:1.1875rem;line-height:1.6}}.article-body__pullquote p{{font-size:1.75rem;font-style:italic;border-left:4px solid #0a5b8c;padding-left:1rem}}.article-body__heading{{font-family:"Franklin Gothic",sans-serif;font-size:1.5rem}}</style><script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{attr(head)}","description":"{attr(dek)}","datePublished":"{iso(t, '-06:00')}","dateModified":"{iso(t + dt.timedelta(days=1), '-06:00')}","author":[{{"@type":"Person","name":"{author}"}}],"publisher":{{"@type":"Organization","name":"Star Tribune-like"}}}}</script><script>window.Fusion=window.Fusion||{{}};Fusion.arcSite="startribune";Fusion.contextPath="/pf";Fusion.deployment="412";Fusion.globalContent={{"_id":"{slug(head)[:26].upper()}","type":"story","headlines":{{"basic":"{attr(head)}"}},"subheadlines":{{"basic":"{attr(dek)}"}},"display_date":"{t:%Y-%m-%dT%H:%M:%S}.000Z","first_publish_date":"{t:%Y-%m-%dT%H:%M:%S}.000Z","credits":{{"by":[{{"name":"{author}","type":"author"}}]}},"taxonomy":{{"primary_section":{{"_id":"/local","name":"Local"}}}},"word_count":{sum(len(x.split()) for x in gold_lines(items))}}};</script><script async src="/pf/dist/engine/react.js?d=412"></script>{ga()}</head><body><div id="fusion-app"><div class="page-wrapper"><header class="site-header"><div class="site-header__top"><a class="site-header__logo" href="/"><img src="/pf/resources/images/logo.svg?d=412" alt="Star Tribune-like"></a><div class="site-header__actions"><a href="/subscribe/" class="btn btn--subscribe">Subscribe</a><a href="/login/" class="btn btn--login">Log in</a></div></div><nav class="site-nav"><ul><li><a href="/local/">Local</a></li><li><a href="/politics/">Politics</a></li><li><a href="/business/">Business</a></li><li><a href="/sports/">Sports</a></li><li><a href="/opinion/">Opinion</a></li><li><a href="/variety/">Variety</a></li><li><a href="/obituaries/">Obituaries</a></li></ul></nav></header>
<main class="article-layout"><article class="article"><header class="article-header"><div class="article-header__section"><a href="/local/">Local</a></div><h1 class="article-headline">{esc(head)}</h1><h2 class="article-dek">{esc(dek)}</h2><div class="article-byline"><span class="article-byline__author">By <a href="/staff/{slug(author)}/">{esc(author)}</a> Star Tribune-like</span><div class="article-dateline"><time datetime="{iso(t, '-06:00')}">{ap_date(t)} {ampm(t).lower().replace('am', 'a.m.').replace('pm', 'p.m.')}</time></div></div><div class="article-share"><button class="share-btn share-btn--facebook">Facebook</button><button class="share-btn share-btn--twitter">X</button><button class="share-btn share-btn--email">Email</button><button class="share-btn share-btn--gift">Gift this article</button></div></header>
<div class="article-body-wrapper"><section class="article-body">
{chr(10).join(blocks)}
</section><div class="article-author-bio"><p><strong>{esc(author)}</strong> covers rural communities for the Star Tribune-like. She joined the paper in 2014.</p></div></div></article>
<aside class="article-rail"><section class="most-read"><h3>Most read</h3><ol>""" + "".join(f'<li><a href="/{slug(r)}/{R.randint(500000000, 599999999)}/">{esc(r)}</a><time datetime="{iso(d, "-06:00")}">{ap_date(d)}</time></li>' for r, d in zip(rel, rdates)) + f"""</ol></section></aside></main>
<footer class="site-footer"><div class="site-footer__inner"><ul><li><a href="/about/">About us</a></li><li><a href="/contact/">Contact us</a></li><li><a href="/terms/">Terms of use</a></li><li><a href="/privacy/">Privacy policy</a></li></ul><p>&copy; {t.year} StarTribune-like. All rights reserved.</p></div></footer></div></div>
<div class="paywall-modal" aria-hidden="true"><div class="paywall-modal__content"><h2>You've read your free articles this month</h2><p>Get unlimited access to local news, sports, opinion and more for $1 for the first 4 weeks. Cancel anytime.</p><a class="btn" href="/subscribe/">Subscribe now</a></div></div>
</body></html>"""
    gold = dict(body=body_of(items), title=head, published=ymd(t), published_time=t.strftime("%H:%M"))
    add("en-arc-longform", "en", url, page, gold, without=[dek, caps[0], caps[1], promo, news, "covers rural communities for", "You've read your free articles"])


# ---------------------------------------------------------------------- 13. WordPress JNews theme
def en_wp_jnews():
    town = TOWNS[6]
    head, items = kit_factory(town)
    items = wp_items(items)
    t = when(2020, 2, 6, 14, 20)
    dom, site = "suncoastbusinessjournal-like.example", "Suncoast Business Journal"
    url = f"https://{dom}/{slug(head)}/"
    author = person()
    rel = rel_heads(6, town[0]); rdates = other_dates(t, 6, 20)
    enc = lambda s: entities(esc(s))
    page = wp_head(curly(head), dom, url, t, items[0], generator="WordPress 5.3.2", author=author, section="Economy") + f"""
<body class="post-template-default single single-post postid-{R.randint(10000, 99999)} single-format-standard jeg_toggle_dark jnews jsc_normal wpb-js-composer js-comp-ver-6.0.5 vc_responsive">
<div class="jeg_ad jeg_ad_top jnews_header_top_ads"><div class='ads-wrapper  '></div></div>
<div class="jeg_viewport">
<div class="jeg_header_wrapper"><div class="jeg_header_instagram_wrapper"></div><div class="jeg_header normal"><div class="jeg_topbar jeg_container dark"><div class="container"><div class="jeg_nav_row"><div class="jeg_nav_col jeg_nav_left"><div class="item_wrap jeg_nav_alignleft"><div class="jeg_nav_item jeg_top_date">{DAYS[t.weekday()]}, {us_long(t)}</div></div></div><div class="jeg_nav_col jeg_nav_right"><div class="item_wrap jeg_nav_alignright"><div class="jeg_nav_item socials_widget jeg_social_icon_block nobg"><a href="https://facebook.com/" target='_blank' class="jeg_facebook"><i class="fa fa-facebook"></i> </a><a href="https://twitter.com/" target='_blank' class="jeg_twitter"><i class="fa fa-twitter"></i> </a><a href="https://linkedin.com/" target='_blank' class="jeg_linkedin"><i class="fa fa-linkedin"></i> </a></div></div></div></div></div></div>
<div class="jeg_midbar jeg_container normal"><div class="container"><div class="jeg_nav_row"><div class="jeg_nav_col jeg_nav_left jeg_nav_normal"><div class="item_wrap jeg_nav_alignleft"><div class="jeg_nav_item jeg_logo jeg_desktop_logo"><h1 class="site-title"><a href="https://{dom}/" style="padding: 0 0 0 0;"><img class='jeg_logo_img' src="https://{dom}/wp-content/uploads/2019/06/logo.png" alt="{site}"data-light-src="https://{dom}/wp-content/uploads/2019/06/logo.png"></a></h1></div></div></div></div></div></div>
<div class="jeg_bottombar jeg_navbar jeg_container jeg_navbar_wrapper jeg_navbar_normal jeg_navbar_normal"><div class="container"><div class="jeg_nav_row"><div class="jeg_nav_col jeg_nav_left jeg_nav_grow"><div class="item_wrap jeg_nav_alignleft"><div class="jeg_main_menu_wrapper"><div class="jeg_nav_item jeg_mainmenu_wrap"><ul class="jeg_menu jeg_main_menu jeg_menu_style_1" data-animation="animate"><li class="menu-item"><a href="https://{dom}/">Home</a></li><li class="menu-item current-post-ancestor"><a href="https://{dom}/category/economy/">Economy</a></li><li class="menu-item"><a href="https://{dom}/category/real-estate/">Real Estate</a></li><li class="menu-item"><a href="https://{dom}/category/health-care/">Health Care</a></li><li class="menu-item"><a href="https://{dom}/category/tourism/">Tourism</a></li><li class="menu-item"><a href="https://{dom}/category/people/">People on the Move</a></li><li class="menu-item"><a href="https://{dom}/events/">Events</a></li></ul></div></div></div></div></div></div></div></div></div>
<div class="jeg_main ">
<div class="jeg_container">
<div class="jeg_content jeg_singlepage">
<div class="container">
<div class="jeg_ad jeg_article jnews_article_top_ads"><div class='ads-wrapper  '></div></div>
<div class="row">
<div class="jeg_main_content col-md-8">
<div class="jeg_inner_content">
<div class="jeg_breadcrumbs jeg_breadcrumb_container"><div id="breadcrumbs"><span class=""><a href="https://{dom}">Home</a></span><i class="fa fa-angle-right"></i><span class=""><a href="https://{dom}/category/economy/">Economy</a></span><i class="fa fa-angle-right"></i><span class="breadcrumb_last_link"><a href="https://{dom}/category/economy/manufacturing/">Manufacturing</a></span></div></div>
<div class="entry-header">
<h1 class="jeg_post_title">{enc(curly(head))}</h1>
<div class="jeg_meta_container"><div class="jeg_post_meta jeg_post_meta_1">
<div class="meta_left">
<div class="jeg_meta_author"><img alt='{author}' src='https://secure.gravatar.com/avatar/ab?s=80&#038;d=mm&#038;r=g' class='avatar avatar-80 photo' height='80' width='80' /><span class="meta_text">by</span> <a href="https://{dom}/author/{slug(author)}/">{esc(author)}</a></div>
<div class="jeg_meta_date"><a href="{url}">{us_long(t)}</a></div>
<div class="jeg_meta_category"><span><span class="meta_text">in</span> <a href="https://{dom}/category/economy/" rel="category tag">Economy</a>, <a href="https://{dom}/category/economy/manufacturing/" rel="category tag">Manufacturing</a></span></div>
</div>
<div class="meta_right"><div class="jeg_meta_comment"><a href="{url}#comments"><i class="fa fa-comment-o"></i> 0</a></div></div>
</div></div>
</div>
<div class="jeg_featured featured_image"><a href="https://{dom}/wp-content/uploads/{t:%Y/%m}/plant.jpg"><div class="thumbnail-container animate-lazy" style="padding-bottom:50%"><img width="750" height="375" src="https://{dom}/wp-content/themes/jnews/assets/img/jeg-empty.png" class="attachment-jnews-750x375 size-jnews-750x375 lazyload wp-post-image" alt="" data-src="https://{dom}/wp-content/uploads/{t:%Y/%m}/plant-750x375.jpg" data-sizes="auto" data-expand="700" /></div><p class="wp-caption-text">Rendering of the planned plant. Courtesy image</p></a></div>
<div class="jeg_share_top_container"><div class="jeg_share_button clearfix"><div class="jeg_share_stats"><div class="jeg_share_count"><div class="counts">{R.randint(10, 400)}</div><span class="sharetext">SHARES</span></div><div class="jeg_views_count"><div class="counts">{R.randint(1, 9)}.{R.randint(1, 9)}k</div><span class="sharetext">VIEWS</span></div></div><div class="jeg_sharelist"><a href="http://www.facebook.com/sharer.php?u={url}" rel='nofollow' class="jeg_btn-facebook expanded"><i class="fa fa-facebook-official"></i><span>Share on Facebook</span></a><a href="https://twitter.com/intent/tweet?text={attr(head)}&url={url}" rel='nofollow' class="jeg_btn-twitter expanded"><i class="fa fa-twitter"></i><span>Share on Twitter</span></a><a href="https://www.linkedin.com/shareArticle?url={url}" rel='nofollow' class="jeg_btn-linkedin "><i class="fa fa-linkedin"></i></a><div class="share-secondary"></div></div></div></div>
<div class="jeg_ad jeg_article jnews_content_top_ads "><div class='ads-wrapper  '></div></div>
<div class="entry-content no-share">
<div class="jeg_share_button share-float jeg_sticky_share clearfix share-monocrhome"><div class="jeg_share_float_container"></div></div>
<div class="content-inner ">
{ps_html(items, conv=enc)}
<div class="jeg_ad jeg_ad_article jnews_content_inline_ads  "><div class='ads-wrapper align-center '><div class='ads_code'><script async src="//pagead2.googlesyndication.com/pagead/js/adsbygoogle.js"></script><ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-1234567890123456" data-ad-slot="9876543210" data-ad-format="auto" data-full-width-responsive="true"></ins><script>(adsbygoogle = window.adsbygoogle || []).push({{}});</script></div></div></div>
</div>
<div class="jeg_post_tags"><span>Tags:</span> <a href="https://{dom}/tag/jobs/" rel="tag">jobs</a><a href="https://{dom}/tag/manufacturing/" rel="tag">manufacturing</a><a href="https://{dom}/tag/incentives/" rel="tag">incentives</a></div>
</div>
<div class="jeg_share_bottom_container"></div>
<div class="jeg_ad jeg_article jnews_content_bottom_ads "><div class='ads-wrapper  '></div></div>
<div class="jnews_prev_next_container"><div class="jeg_prevnext_post"><a href="https://{dom}/{slug(rel[0])}/" class="post prev-post"><span class="caption">Previous Post</span><h3 class="post-title">{esc(rel[0])}</h3></a><a href="https://{dom}/{slug(rel[1])}/" class="post next-post"><span class="caption">Next Post</span><h3 class="post-title">{esc(rel[1])}</h3></a></div></div>
<div class="jnews_author_box_container "><div class="jeg_authorbox"><div class="jeg_author_image"><img alt='{author}' src='https://secure.gravatar.com/avatar/ab?s=80' class='avatar avatar-80 photo' height='80' width='80' /></div><div class="jeg_author_content"><h3 class="jeg_author_name"><a href="https://{dom}/author/{slug(author)}/">{esc(author)}</a></h3><p class="jeg_author_desc">{esc(author)} is a senior reporter covering manufacturing, logistics and economic development for {site}.</p></div></div></div>
<div class="jnews_related_post_container"><div  class="jeg_postblock_22 jeg_postblock jeg_module_hook jeg_pagination_disable jeg_col_2o3 jnews_module_{R.randint(1000, 9999)}_0_5e3c  normal " data-unique="jnews_module_{R.randint(1000, 9999)}_0_5e3c"><div class="jeg_block_heading jeg_block_heading_6 jeg_subcat_right"><h3 class="jeg_block_title"><span>Related<strong> Posts</strong></span></h3></div><div class="jeg_block_container"><div class="jeg_posts_wrap"><div class="jeg_posts jeg_load_more_flag">""" + "".join(f'<article class="jeg_post jeg_pl_md_5 format-standard"><div class="jeg_thumb"><a href="https://{dom}/{slug(r)}/"><div class="thumbnail-container animate-lazy size-715"><img width="350" height="250" src="https://{dom}/wp-content/themes/jnews/assets/img/jeg-empty.png" class="attachment-jnews-350x250 size-jnews-350x250 lazyload wp-post-image" alt="" data-src="https://{dom}/wp-content/uploads/{d:%Y/%m}/r{i}-350x250.jpg" /></div></a></div><div class="jeg_postblock_content"><h3 class="jeg_post_title"><a href="https://{dom}/{slug(r)}/">{esc(r)}</a></h3><div class="jeg_post_meta"><div class="jeg_meta_date"><a href="https://{dom}/{slug(r)}/"><i class="fa fa-clock-o"></i> {us_long(d)}</a></div></div></div></article>' for i, (r, d) in enumerate(zip(rel[2:], rdates[2:]))) + f"""</div></div><div class='module-overlay'><div class='preloader_type preloader_dot'><div class="module-preloader jeg_preloader dot"><span></span><span></span><span></span></div></div></div></div><div class="jeg_block_navigation"><div class='navigation_overlay'><div class='module-preloader jeg_preloader'><span></span><span></span><span></span></div></div></div><script>var jnews_module_0_5e3c = {{"header_icon":"","first_title":"Related","second_title":" Posts","url":"","header_type":"heading_6","header_background":"","header_secondary_background":"","header_text_color":"","header_line_color":"","header_accent_color":"","header_filter_category":"","header_filter_author":"","header_filter_tag":"","header_filter_text":"All","post_type":"post","content_type":"all","number_post":"4","post_offset":0,"unique_content":"disable","include_post":"","exclude_post":{R.randint(10000, 99999)},"include_category":"12,14","exclude_category":"","include_author":"","include_tag":"","exclude_tag":"","sort_by":"latest","date_format":"default","date_format_custom":"Y\\/m\\/d","pagination_mode":"disable"}};</script></div></div>
<div class="jnews_comment_container"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel reply</a></small></h3><p class="must-log-in">You must be <a href="https://{dom}/wp-login.php?redirect_to={url}">logged in</a> to post a comment.</p></div></div>
</div>
</div>
<div class="jeg_sidebar  jeg_sticky_sidebar col-md-4"><div class="jegStickyHolder"><div class="theiaStickySidebar"><div class="widget widget_jnews_popular"><div class="jeg_block_heading jeg_block_heading_6"><h3 class="jeg_block_title"><span>Popular News</span></h3></div><ul class="popularpost_list">""" + "".join(f'<li class="popularpost_item"><h3 class="jeg_post_title"><a href="https://{dom}/{slug(r)}/">{esc(r)}</a></h3><div class="popularpost_meta"><div class="jeg_socialshare"><span class="share_count"><i class="fa fa-share-alt"></i> {R.randint(10, 300)}</span></div></div></li>' for r in rel_heads(4)) + f"""</ul></div><div class="widget widget_text"><div class="textwidget"><div class="newsletter-widget"><h4>Daily Briefing</h4><p>The business news that matters on the Suncoast, delivered every weekday at 7 a.m. Join 14,000 local executives who start their day with us.</p></div></div></div></div></div></div>
</div>
</div>
</div>
</div>
</div>
<div class="footer-holder" id="footer" data-id="footer"><div class="jeg_footer jeg_footer_1 dark"><div class="jeg_footer_container jeg_container"><div class="jeg_footer_content"><div class="container"><div class="row"><div class="jeg_footer_primary clearfix"><div class="col-md-4 footer_column"><div class="footer_widget widget_jnews_about"><div class="jeg_about "><a class="footer_logo" href="https://{dom}/"><img src="https://{dom}/wp-content/uploads/2019/06/logo-footer.png" alt="{site}"></a><p>{site} covers the people, companies and deals shaping the regional economy from Tampa Bay to Naples.</p></div></div></div></div></div></div></div><div class="jeg_footer_bottom"><div class="container"><p class="copyright"> &copy; {t.year} <a href="https://{dom}" title="{site}">{site}</a> - All rights reserved.</p></div></div></div></div></div>
</div>
<script type='text/javascript'>
/* <![CDATA[ */
var jnewsoption = {{"login_reload":"https:\\/\\/{dom}\\/{slug(head)}","popup_script":"magnific","single_gallery":"","ismobile":"","isie":"","sidefeed_ajax":"","language":"en_US","module_prefix":"jnews_module_ajax_","live_search":"1","postid":"{R.randint(10000, 99999)}","isblog":"1","admin_bar":"0","follow_video":"","follow_position":"top_right","rtl":"0","gif":"","lang":{{"invalid_recaptcha":"Invalid Recaptcha!","empty_username":"Please enter your username!","empty_email":"Please enter your email!","empty_password":"Please enter your password!"}},"recaptcha":0,"site_slug":"\\/","site_domain":"{dom}","zoom_button":0}};
/* ]]> */
</script>
<script type='text/javascript' src='https://{dom}/wp-content/themes/jnews/assets/dist/frontend.min.js?ver=6.0.1'></script>
{cookiebot()}
</body>
</html>"""
    gold = dict(body=body_of(items), title=curly(head), published=ymd(t), published_time=t.strftime("%H:%M"))
    add("en-wp-jnews", "en", url, page, gold, without=["Rendering of the planned plant", rel[2], "is a senior reporter covering manufacturing", "Daily Briefing", "Share on Facebook"])


# ---------------------------------------------------------------------- 14. Drupal 8 news site, short story, `Tue, 11/05/2019 - 23:48` created date
def en_drupal_short():
    town = TOWNS[10]
    head, items = kit_election_local(town[0])
    t = when(2019, 11, 5, 23, 48)
    dom = "fairviewobserver-like.example"
    url = f"https://www.{dom}/news/{slug(head)}"
    author = person()
    nid = R.randint(20000, 40000)
    stamp = f"{DAYS[t.weekday()][:3]}, {t:%m/%d/%Y} - {t:%H:%M}"
    rel = rel_heads(5, town[0]); rdates = other_dates(t, 5, 12)
    page = f"""<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  foaf: http://xmlns.com/foaf/0.1/  og: http://ogp.me/ns#  rdfs: http://www.w3.org/2000/01/rdf-schema#  schema: http://schema.org/  sioc: http://rdfs.org/sioc/ns#  sioct: http://rdfs.org/sioc/types#  skos: http://www.w3.org/2004/02/skos/core#  xsd: http://www.w3.org/2001/XMLSchema# ">
  <head>
    <meta charset="utf-8" />
<script async src="https://www.googletagmanager.com/gtag/js?id=UA-1234567-8"></script>
<script>window.dataLayer = window.dataLayer || [];function gtag(){{dataLayer.push(arguments)}};gtag("js", new Date());gtag("config", "UA-1234567-8", {{"groups":"default","anonymize_ip":true}});</script>
<link rel="canonical" href="https://www.{dom}/news/{slug(head)}" />
<meta name="description" content="{attr(items[0][:160])}" />
<meta property="og:site_name" content="Fairview Observer" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{attr(head)}" />
<meta name="Generator" content="Drupal 8 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="shortlink" href="https://www.{dom}/node/{nid}" />
<link rel="revision" href="https://www.{dom}/news/{slug(head)}" />
    <title>{esc(head)} | Fairview Observer</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_Yp8kLa0eH5-9ZbF1ZdG-OoQ8ZPnV8m3_X.css" />
    <script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","scriptPath":null,"pathPrefix":"","currentPath":"node\\/{nid}","currentPathIsAdmin":false,"isFront":false,"currentLanguage":"en"}},"pluralDelimiter":"\\u0003","suppressDeprecationErrors":true,"ajaxPageState":{{"libraries":"bartik\\/global-styling,classy\\/base,classy\\/messages,core\\/html5shiv,eu_cookie_compliance\\/eu_cookie_compliance_default,google_analytics\\/google_analytics,system\\/base","theme":"observer","theme_token":null}},"eu_cookie_compliance":{{"popup_enabled":true,"popup_agreed_enabled":false,"popup_hide_agreed":false,"popup_clicking_confirmation":false,"popup_scrolling_confirmation":false,"popup_html_info":"\\u003Cdiv class=\\u0022eu-cookie-compliance-banner eu-cookie-compliance-banner-info eu-cookie-compliance-banner--opt-in\\u0022\\u003E\\n  \\u003Cdiv class=\\u0022popup-content info\\u0022\\u003E\\n    \\u003Cdiv id=\\u0022popup-text\\u0022\\u003E\\n      \\u003Cp\\u003EWe use cookies on this site to enhance your user experience\\u003C\\/p\\u003E\\u003Cp\\u003EBy clicking the Accept button, you agree to us doing so.\\u003C\\/p\\u003E\\n    \\u003C\\/div\\u003E\\n  \\u003C\\/div\\u003E\\n\\u003C\\/div\\u003E","popup_link":"\\/privacy"}},"user":{{"uid":0,"permissionsHash":"3c4e5f"}}}}</script>
<!--[if lte IE 8]>
<script src="/sites/default/files/js/js_VtafjXmRvoUgAzqzYTA3Wrjkx9wcWhjP0G4ZnnqRamA.js"></script>
<![endif]-->
  </head>
  <body class="layout-one-sidebar layout-sidebar-second path-node page-node-type-article">
    <a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
    <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
    <div id="page-wrapper"><div id="page">
    <header id="header" class="header" role="banner" aria-label="Site header"><div class="section layout-container clearfix">
    <div class="region region-header"><div id="block-observer-branding" class="clearfix site-branding block block-system block-system-branding-block"><a href="/" title="Home" rel="home" class="site-branding__logo"><img src="/themes/custom/observer/logo.svg" alt="Home" /></a><div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Fairview Observer</a></div><div class="site-branding__slogan">Cabarrus County's independent newsroom</div></div></div></div>
    <div class="region region-primary-menu"><nav role="navigation" aria-labelledby="block-observer-main-menu-menu" id="block-observer-main-menu" class="block block-menu navigation menu--main"><h2 class="visually-hidden" id="block-observer-main-menu-menu">Main navigation</h2><ul class="clearfix menu"><li class="menu-item"><a href="/" data-drupal-link-system-path="&lt;front&gt;">Home</a></li><li class="menu-item menu-item--active-trail"><a href="/news" data-drupal-link-system-path="taxonomy/term/1">News</a></li><li class="menu-item"><a href="/elections" data-drupal-link-system-path="taxonomy/term/9">Elections 2019</a></li><li class="menu-item"><a href="/opinion" data-drupal-link-system-path="taxonomy/term/3">Opinion</a></li><li class="menu-item"><a href="/calendar" data-drupal-link-system-path="calendar">Calendar</a></li><li class="menu-item"><a href="/support" data-drupal-link-system-path="node/12">Support Us</a></li></ul></nav></div>
    </div></header>
      <div id="main-wrapper" class="layout-main-wrapper layout-container clearfix"><div id="main" class="layout-main clearfix">
        <div class="region region-breadcrumb"><div id="block-observer-breadcrumbs" class="block block-system block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ol></nav></div></div>
        <main id="content" class="column main-content" role="main"><section class="section">
          <a id="main-content" tabindex="-1"></a>
            <div class="region region-content">
              <div data-drupal-messages-fallback class="hidden"></div>
              <div id="block-observer-page-title" class="block block-core block-page-title-block"><h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">{esc(head)}</span></h1></div>
              <div id="block-observer-content" class="block block-system block-system-main-block">
<article role="article" about="/news/{slug(head)}" class="node node--type-article node--promoted node--view-mode-full">
  <footer class="node__meta">
    <article typeof="schema:Person" about="/user/{R.randint(2, 40)}" class="profile"></article>
    <div class="node__submitted">Submitted by <span class="field field--name-uid field--type-entity-reference field--label-hidden"><span lang="" about="/user/7" typeof="schema:Person" property="schema:name" datatype="">{esc(author)}</span></span> on <span class="field field--name-created field--type-created field--label-hidden">{stamp}</span>
      <span property="schema:dateCreated" content="{t:%Y-%m-%dT%H:%M:%S}+00:00" class="rdf-meta hidden"></span>
    </div>
  </footer>
  <div class="node__content clearfix">
    <div property="schema:text" class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{''.join(f'<p>{esc(x)}</p>' for x in items)}</div>
    <section class="field field--name-field-tags field--type-entity-reference field--label-above clearfix"><h2 class="field__label">Tags</h2><ul class="links field__items"><li><a href="/taxonomy/term/9" property="schema:about" hreflang="en">Elections 2019</a></li><li><a href="/taxonomy/term/14" property="schema:about" hreflang="en">City government</a></li></ul></section>
    <div class="node__links"><ul class="links inline"><li class="comment-forbidden"><a href="/user/login?destination=/news/{slug(head)}%23comment-form">Log in</a> to post comments</li></ul></div>
  </div>
</article>
              </div>
            </div>
        </section></main>
        <div id="sidebar-second" class="column sidebar"><aside class="section" role="complementary"><div class="views-element-container block block-views block-views-blockcontent-recent-block-1" id="block-views-block-content-recent-block-1"><h2>Latest stories</h2><div class="content"><div><div class="js-view-dom-id-4b3f"><div class="item-list"><ul>""" + "".join(f'<li><div class="views-field views-field-title"><span class="field-content"><a href="/news/{slug(r)}" hreflang="en">{esc(r)}</a></span></div><div class="views-field views-field-created"><span class="field-content">{d:%m/%d/%Y}</span></div></li>' for r, d in zip(rel, rdates)) + f"""</ul></div></div></div></div></div><div id="block-supportblock" class="block block-block-content"><h2>Keep local news free</h2><div class="clearfix text-formatted field field--name-body"><p>The Fairview Observer is a nonprofit. Readers like you make this reporting possible. A gift of any amount helps us keep covering city hall, schools and elections.</p><p><a href="/support">Give now</a></p></div></div></aside></div>
      </div></div>
    <footer class="site-footer"><div class="layout-container"><div class="site-footer__bottom"><div class="region region-footer-fifth"><div id="block-footercopyright" class="block block-block-content"><div class="clearfix text-formatted field field--name-body"><p>&copy; {t.year} Fairview Observer. Content licensed under CC BY-ND 4.0 unless otherwise noted.</p></div></div></div></div></div></footer>
    </div></div>
  </div>
    <script src="/sites/default/files/js/js_Kq9fuV0L0pPzSwC6GNsGW5ZbwFbYjzK0dTdO9TnE3lk.js"></script>
  </body>
</html>"""
    gold = dict(body="\n".join(items), title=head, published=ymd(t), published_time=t.strftime("%H:%M"))
    add("en-drupal-short", "en", url, page, gold, without=[stamp, rel[0], "Keep local news free", "to post comments", "Submitted by"])


# ---------------------------------------------------------------------- 15. Ghost (Casper) local-news publication with member signup
def en_ghost():
    town = TOWNS[2]
    head, items = kit_bridge(town)
    t = when(2020, 6, 12, 7, 30)
    dom = "theellisexaminer-like.example"
    url = f"https://{dom}/{slug(head)}/"
    author = person()
    rel = rel_heads(3, town[0]); rdates = other_dates(t, 3, 20)
    cap = f"The bridge deck, seen from the east bank. Photo: {person()}"
    body = [f"<p>{esc(x)}</p>" for x in items]
    body.insert(2, f'<figure class="kg-card kg-image-card kg-card-hascaption"><img src="https://{dom}/content/images/{t:%Y/%m}/bridge.jpg" class="kg-image" alt loading="lazy" width="2000" height="1333" srcset="https://{dom}/content/images/size/w600/{t:%Y/%m}/bridge.jpg 600w, https://{dom}/content/images/size/w1000/{t:%Y/%m}/bridge.jpg 1000w" sizes="(min-width: 720px) 720px"><figcaption>{esc(cap)}</figcaption></figure>')
    body.insert(6, '<div class="kg-card kg-callout-card kg-callout-card-accent"><div class="kg-callout-emoji">📬</div><div class="kg-callout-text">Get our stories in your inbox. <a href="#/portal/signup">Become a free member</a> and never miss a story.</div></div>')
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <title>{esc(head)}</title>
    <meta name="HandheldFriendly" content="True" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <link rel="preload" as="style" href="/assets/built/screen.css?v=c7a5b1" />
    <link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=c7a5b1" />
    <meta name="description" content="{attr(items[0][:160])}">
    <link rel="icon" href="https://{dom}/favicon.png" type="image/png">
    <link rel="canonical" href="{url}">
    <meta name="referrer" content="no-referrer-when-downgrade">
    <meta property="og:site_name" content="The Ellis Examiner">
    <meta property="og:type" content="article">
    <meta property="og:title" content="{attr(head)}">
    <meta property="og:url" content="{url}">
    <meta property="article:published_time" content="{t:%Y-%m-%dT%H:%M:%S}.000Z">
    <meta property="article:modified_time" content="{t + dt.timedelta(hours=5):%Y-%m-%dT%H:%M:%S}.000Z">
    <meta property="article:tag" content="Transportation">
    <meta name="twitter:card" content="summary_large_image">
    <script type="application/ld+json">
{{
    "@context": "https://schema.org",
    "@type": "Article",
    "publisher": {{"@type": "Organization", "name": "The Ellis Examiner", "url": "https://{dom}/"}},
    "author": {{"@type": "Person", "name": "{author}", "url": "https://{dom}/author/{slug(author)}/"}},
    "headline": "{attr(head)}",
    "url": "{url}",
    "datePublished": "{t:%Y-%m-%dT%H:%M:%S}.000Z",
    "dateModified": "{t + dt.timedelta(hours=5):%Y-%m-%dT%H:%M:%S}.000Z",
    "keywords": "Transportation",
    "mainEntityOfPage": "{url}"
}}
    </script>
    <meta name="generator" content="Ghost 4.6">
    <link rel="alternate" type="application/rss+xml" title="The Ellis Examiner" href="https://{dom}/rss/">
    <script defer src="https://unpkg.com/@tryghost/portal@~1.5.0/umd/portal.min.js" data-ghost="https://{dom}/" crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content,.gh-post-upgrade-cta {{display: flex;flex-direction: column;align-items: center;font-family: -apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Oxygen, Ubuntu, Cantarell, 'Open Sans', 'Helvetica Neue', sans-serif;text-align: center;width: 100%;color: #ffffff;font-size: 16px;}}</style>
    <style>:root {{--ghost-accent-color: #1c5d99;}}</style>
</head>
<body class="post-template tag-transportation">
<div class="viewport">
    <header id="gh-head" class="gh-head outer"><nav class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="https://{dom}">The Ellis Examiner</a></div><div class="gh-head-menu"><ul class="nav"><li class="nav-home"><a href="https://{dom}/">Home</a></li><li class="nav-news"><a href="https://{dom}/tag/news/">News</a></li><li class="nav-transportation nav-current-parent"><a href="https://{dom}/tag/transportation/">Transportation</a></li><li class="nav-environment"><a href="https://{dom}/tag/environment/">Environment</a></li><li class="nav-about"><a href="https://{dom}/about/">About</a></li></ul></div><div class="gh-head-actions"><div class="gh-social"></div><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></nav></header>
    <div class="site-content">
<main id="site-main" class="site-main">
<article class="article post tag-transportation ">
    <header class="article-header gh-canvas">
        <section class="article-tag"><a href="https://{dom}/tag/transportation/">Transportation</a></section>
        <h1 class="article-title">{esc(head)}</h1>
        <div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item"><a href="/author/{slug(author)}/" class="author-avatar author-profile-image"><svg viewBox="0 0 24 24" xmlns="http://www.w3.org/2000/svg"><g fill="none" fill-rule="evenodd"><path d="M3.513 18.998C4.749 15.504 8.082 13 12 13s7.251 2.504 8.487 5.998C18.47 21.442 15.417 23 12 23s-6.47-1.558-8.487-4.002zM12 12c2.21 0 4-2.79 4-5s-1.79-4-4-4-4 1.79-4 4 1.79 5 4 5z" fill="#FFF"></path></g></svg></a></li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/{slug(author)}/">{esc(author)}</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="{t:%Y-%m-%d}">{us_short(t).replace(',', '')}</time><span class="byline-reading-time"><span class="bull">&bull;</span> 3 min read</span></div></div></section></div>
    </header>
    <section class="gh-content gh-canvas">
        {''.join(body)}
    </section>
    <section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
</article>
</main>
<aside class="read-more-wrap outer"><div class="read-more inner">""" + "".join(f'<article class="post-card post"><a class="post-card-image-link" href="/{slug(r)}/"><img class="post-card-image" src="/content/images/size/w600/{d:%Y/%m}/img.jpg" alt="" loading="lazy"></a><div class="post-card-content"><a class="post-card-content-link" href="/{slug(r)}/"><header class="post-card-header"><h2 class="post-card-title">{esc(r)}</h2></header></a><footer class="post-card-meta"><time class="post-card-meta-date" datetime="{d:%Y-%m-%d}">{us_short(d).replace(",", "")}</time><span class="post-card-meta-length">2 min read</span></footer></div></article>' for r, d in zip(rel, rdates)) + f"""</div></aside>
    </div>
    <footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://{dom}">The Ellis Examiner</a> &copy; {t.year}</section><nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li><li class="nav-privacy"><a href="https://{dom}/privacy/">Privacy</a></li></ul></nav><div><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer>
</div>
<script src="https://code.jquery.com/jquery-3.5.1.min.js" integrity="sha256-9/aliU8dGd2tb6OSsuzixeV4y/faTqgFtohetphbbj0=" crossorigin="anonymous"></script>
<script src="/assets/built/casper.js?v=c7a5b1"></script>
<script>$(document).ready(function () {{ var $postContent = $(".gh-content"); $postContent.fitVids(); }});</script>
</body>
</html>"""
    gold = dict(body="\n".join(items), title=head, published=ymd(t), published_time=t.strftime("%H:%M"))
    add("en-ghost-casper", "en", url, page, gold, without=[cap, "Become a free member", "Sign up for more like this", rel[0], "3 min read"])


# ====================================================================== English editions of government releases
def hk_lcq():
    t = when(2023, 11, 8, 15, 30)
    title = "LCQ5: Waiting time for public rental housing"
    lines = [
        "Following is a question by the Hon Chan Hok-fung and a reply by the Secretary for Housing, Ms Winnie Ho, in the Legislative Council today (November 8):",
        "Question:",
        "It has been reported that the average waiting time for general applicants for public rental housing (PRH) remained at around five and a half years in the past year. In this connection, will the Government inform this Council:",
        "(1) of the number of general applicants who have waited for more than three years, six years and nine years respectively, with a breakdown by household size;",
        "(2) whether it has assessed the effectiveness of the Light Public Housing projects in easing the housing needs of the families concerned, and of the number of units expected to be completed in each of the coming three years; and",
        "(3) whether it will consider setting up a mechanism to give priority to families with elderly members or persons with disabilities who have waited for more than six years?",
        "Reply:",
        "President,",
        "The current-term Government is determined to increase the supply of public housing and to shorten the waiting time for PRH. Having consulted the Hong Kong Housing Authority (HA), our reply to the question raised by the Hon Chan Hok-fung is as follows:",
        "(1) As at end-September 2023, there were about 133 100 general applications for PRH. Among them, about 64 600 applicants had waited for more than three years, about 23 200 for more than six years and about 4 100 for more than nine years. One-person households accounted for around 38 per cent of these applicants, two-person households around 29 per cent, and households of three persons or more the remainder.",
        "(2) The Light Public Housing projects aim at providing transitional accommodation to families who have waited for PRH for three years or more. Based on the latest estimates, about 2 100 units are expected to be completed in 2024-25, about 9 900 units in 2025-26 and about 18 000 units in 2026-27. The HA will review the operation of the first projects and report to the Legislative Council Panel on Housing in due course.",
        "(3) The existing Express Flat Allocation Scheme and the Harmonious Families Priority Scheme already provide priority allocation to eligible applicants, including elderly households. The HA will continue to keep the allocation arrangements under review, taking into account the supply of flats and the needs of different groups of applicants.",
    ]
    return title, lines, t


def hk_short():
    t = when(2023, 10, 18, 19, 5)
    title = "SCED visits Guangzhou to promote trade and investment cooperation"
    lines = [
        "The Secretary for Commerce and Economic Development, Mr Algernon Yau, today (October 18) visited Guangzhou, where he met the Director of the Department of Commerce of Guangdong Province, Ms Zhang Hong, to exchange views on deepening economic and trade co-operation between Guangdong and Hong Kong.",
        "Mr Yau said that Hong Kong, with its unique advantages under \"one country, two systems\", would continue to serve as a platform for Mainland enterprises going global, particularly in professional services, trade financing and dispute resolution. Both sides agreed to strengthen joint promotion activities targeting markets along the Belt and Road.",
        "In the afternoon, Mr Yau visited the Guangzhou office of the Hong Kong Trade Development Council and met representatives of Hong Kong enterprises operating in the city. He will return to Hong Kong this evening.",
    ]
    return title, lines, t


def hk_speech():
    t = when(2023, 11, 14, 11, 52)
    title = "Speech by FS at Hong Kong Green Finance Forum 2023 (English only) (with photos/video)"
    lines = [
        "Following is the speech by the Financial Secretary, Mr Paul Chan, at the Hong Kong Green Finance Forum 2023 today (November 14):",
        "Distinguished guests, ladies and gentlemen,",
        "Good morning. It gives me great pleasure to join you at this year's forum. Let me begin by thanking the organisers for bringing together regulators, investors and businesses from Hong Kong, the Mainland and around the world to discuss how finance can support the transition to a low-carbon economy.",
        "Last year, the green and sustainable debt issued in Hong Kong amounted to more than US$80 billion, and green and sustainable bonds arranged in Hong Kong accounted for about 35 per cent of the Asian market. These figures show that Hong Kong is well placed to serve as a green finance hub for the region.",
        "To build on this momentum, the Government will issue another batch of green bonds, including tokenised green bonds, and will continue to offer retail green bonds so that members of the public can take part in the green transition.",
        "We are also working with the regulators to align local disclosure requirements with the standards of the International Sustainability Standards Board. Listed companies will be required to make climate-related disclosures, starting with the larger issuers, from 2025.",
        "Ladies and gentlemen, the transition to net zero is a marathon, not a sprint. It calls for patience, collaboration and a great deal of capital. Hong Kong is ready to play its part. I wish the forum every success and all of you a fruitful discussion. Thank you.",
    ]
    return title, lines, t


def en_info_gov_hk(fn, name, prnum):
    title, lines, t = fn()
    url = f"https://www.info.gov.hk/gia/general/{t:%Y%m}/{t:%d}/P{t:%Y%m%d}00{prnum}.htm"
    ends = f"Ends/{DAYS[t.weekday()]}, {us_long(t)}"
    issued = f"Issued at HKT {t:%H:%M}"
    body = "<br />\r\n<br />\r\n".join(("     " + esc(l)) if not l.endswith(":") or l.startswith("Following") else esc(l) for l in lines)
    related = [("Red flags hoisted at some beaches", -0), ("Government announces latest arrangements for the cross-boundary coach services", -1),
               ("Tender results of re-opened 5-year Government Bonds", -1), ("Hong Kong Customs seizes suspected smuggled goods", -2)]
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\r
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">\r
<head>\r
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\r
<meta http-equiv="X-UA-Compatible" content="IE=edge" />\r
<meta name="viewport" content="width=device-width, initial-scale=1" />\r
<title>{esc(title)}</title>\r
<meta name="keywords" content="Press Releases, Hong Kong, Government, HKSAR" />\r
<meta name="description" content="{attr(title)}" />\r
<link href="/gia/general/css/en/style.css" rel="stylesheet" type="text/css" />\r
<link href="/gia/general/css/en/print.css" rel="stylesheet" type="text/css" media="print" />\r
<script type="text/javascript" src="/gia/general/js/jquery-3.5.1.min.js"></script>\r
<script type="text/javascript" src="/gia/general/js/common.js"></script>\r
<script type="text/javascript">\r
//<![CDATA[\r
var fontSize = getCookie("fontSize") || "1";\r
function changeFontSize(size) {{\r
	$("#pressrelease").removeClass("fontSize1 fontSize2 fontSize3").addClass("fontSize" + size);\r
	setCookie("fontSize", size, 365);\r
}}\r
function printPR() {{ window.print(); return false; }}\r
//]]>\r
</script>\r
<script async src="https://www.googletagmanager.com/gtag/js?id=G-4R2QH7M1XB"></script>\r
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date()); gtag('config', 'G-4R2QH7M1XB');</script>\r
</head>\r
<body>\r
<div id="skipToContent"><a href="#contentBody" title="Skip to main content">Skip to main content</a></div>\r
<div id="container">\r
	<div id="header">\r
		<div id="logo"><a href="https://www.gov.hk/en/" target="_blank"><img src="/gia/general/images/en/govhk_logo.gif" alt="GovHK" /></a></div>\r
		<div id="topBanner"><a href="/gia/general/today.htm"><img src="/gia/general/images/en/banner_pr.gif" alt="Press Releases" /></a></div>\r
		<div id="topMenu"><ul><li><a href="/gia/general/{t:%Y%m}/{t:%d}/P{t:%Y%m%d}00{prnum}.htm" lang="zh-HK">繁體版</a></li><li><a href="/gia/general/{t:%Y%m}/{t:%d}/P{t:%Y%m%d}00{prnum}.htm?sc" lang="zh-CN">简体版</a></li><li><a href="/gia/general/today.htm">Today's Press Releases</a></li><li><a href="/gia/general/ctoday.htm">Archives</a></li><li><a href="/gia/general/rss.htm">RSS</a></li></ul></div>\r
		<div id="fontSizeControl"><span>Text Size:</span> <a href="#" onclick="changeFontSize(1);return false;" title="Default text size">A</a> <a href="#" onclick="changeFontSize(2);return false;" title="Larger text size">A</a> <a href="#" onclick="changeFontSize(3);return false;" title="Largest text size">A</a></div>\r
	</div>\r
	<div id="contentWrap">\r
		<div id="contentBody">\r
			<span id="PRHeadlineSpan" class="mB15"><h1 id="PRHeadline" class="fontSize1">{esc(title)}</h1></span>\r
			<span id="pressrelease" name="pressrelease" class="fontSize1">{body}<br />\r
<br />\r
{ends}<br />\r
{issued}<br />\r
<br />\r
NNNN</span>\r
			<div id="printButton" class="hidden-print"><a href="#" onclick="return printPR();"><img src="/gia/general/images/en/print.gif" alt="Print this page" /></a> <a href="mailto:?subject={attr(title)}&amp;body={url}"><img src="/gia/general/images/en/email.gif" alt="Email this page" /></a></div>\r
		</div>\r
		<div id="sideBar">\r
			<h2>Other Press Releases</h2>\r
			<ul>{"".join(f'<li><a href="/gia/general/{(t + dt.timedelta(days=d)):%Y%m}/{(t + dt.timedelta(days=d)):%d}/P{(t + dt.timedelta(days=d)):%Y%m%d}00{R.randint(100, 999)}.htm">{esc(h)}</a> <span class="date">({(t + dt.timedelta(days=d)):%d.%m.%Y})</span></li>' for h, d in related)}</ul>\r
		</div>\r
	</div>\r
	<div id="footer">\r
		<div id="footerMenu"><a href="https://www.gov.hk/en/about/govdirectory/">Government Directory</a> | <a href="https://www.info.gov.hk/gia/general/notices.htm">Important Notices</a> | <a href="https://www.info.gov.hk/gia/general/privacy.htm">Privacy Policy</a> | <a href="https://www.info.gov.hk/gia/general/accessibility.htm">Accessibility</a></div>\r
		<div id="copyright">{t.year} <span>&copy;</span> | <a href="https://www.info.gov.hk/gia/general/notices.htm">Important notices</a></div>\r
	</div>\r
</div>\r
</body>\r
</html>\r
"""
    gold = dict(body="\n".join(lines), title=title, published=ymd(t), published_time=t.strftime("%H:%M"))
    add(name, "en", url, page, gold, without=[ends, issued, "NNNN", related[0][0], "Important Notices"])


def en_taiwan_ey():
    t = when(2023, 11, 9, 16, 0)
    title = "Premier Chen inspects typhoon recovery work in Taitung, pledges support for farmers"
    lines = [
        "Premier Chen Chien-jen on November 9 travelled to Taitung County to inspect recovery work following Typhoon Koinu, visiting damaged orchards in Taimali Township and a reconstruction site on Provincial Highway 9.",
        "Typhoon Koinu brought strong winds and heavy rain to southeastern Taiwan last month, causing agricultural losses estimated at NT$560 million in Taitung County alone, most of them to custard apple and sugar apple orchards.",
        "The premier said the central government had already approved cash relief and low-interest loans for affected farmers, and that the Council of Agriculture would simplify the application process so that payments can be made before the end of the year.",
        "Premier Chen also instructed the Ministry of Transportation and Communications to complete permanent repairs to the section of Provincial Highway 9 that was damaged by landslides, noting that the road is a vital link for residents and for tourism in eastern Taiwan.",
        "The premier thanked local officials, soldiers and volunteers for their rapid response during the storm, and said the government would continue to strengthen disaster prevention along the east coast.",
    ]
    url = f"https://english.ey.gov.tw/Page/61BF20C3E89B856/{R.randint(10**7, 10**8):x}-{R.randint(4096, 65535):x}-4d2b-{R.randint(4096, 65535):x}-{R.randint(10**11, 10**12):x}"
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{esc(title)} - Executive Yuan, R.O.C. (Taiwan)</title>
<meta name="DC.Title" content="{attr(title)}" />
<meta name="DC.Creator" content="Department of Information Services, Executive Yuan" />
<meta name="DC.Subject" content="News" />
<meta name="DC.Date" content="{t:%Y-%m-%d}" />
<meta name="DC.Type" content="Text" />
<meta name="DC.Language" content="en" />
<meta name="Category.Theme" content="510" />
<meta name="Category.Cake" content="D00" />
<meta name="Category.Service" content="I00" />
<meta property="og:title" content="{attr(title)}" />
<meta property="og:type" content="website" />
<link href="/Content/css/style.css?v=20231101" rel="stylesheet" />
<script src="/Scripts/jquery-3.6.0.min.js"></script>
<script src="/Scripts/common.js?v=20231101"></script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-E9M0JXK8Y2"></script><script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-E9M0JXK8Y2');</script>
</head>
<body>
<noscript>Your browser does not support JavaScript. If some functions on this page do not work, please enable JavaScript in your browser settings.</noscript>
<a href="#C" class="goCenter" title="Go to the main content" tabindex="1">Go to the main content</a>
<header class="header">
  <div class="container">
    <a accesskey="U" href="#U" title="Top Block" class="accesskey">:::</a>
    <h1 class="logo"><a href="/" title="Executive Yuan, R.O.C. (Taiwan)"><img src="/Images/logo_en.png" alt="Executive Yuan, R.O.C. (Taiwan)" /></a></h1>
    <ul class="top_link"><li><a href="/Page/61BF20C3E89B856" title="Home">Home</a></li><li><a href="/Page/5C5E48E5EE1A2D38" title="Sitemap">Sitemap</a></li><li><a href="https://www.ey.gov.tw/" title="中文版 (Open in new window)" target="_blank">中文版</a></li><li><a href="/Page/B2C5BCE0B8D2A1FD" title="Contact Us">Contact Us</a></li></ul>
    <nav class="menu"><ul><li><a href="/Page/EB8E9E0A7E5AAF5B">About the Executive Yuan</a></li><li><a href="/Page/8C6D8A32C5A8A5D8">Premier</a></li><li><a href="/Page/61BF20C3E89B856" class="active">News &amp; Press Releases</a></li><li><a href="/Page/CAF2B51E6C06A2E5">Policies</a></li><li><a href="/Page/A3D5E8B4F2BF3F61">Cabinet Members</a></li><li><a href="/Page/E3F6E7C9A1E1B9D3">Links</a></li></ul></nav>
  </div>
</header>
<div class="main">
  <div class="container">
    <div class="breadcrumb"><a accesskey="C" href="#C" title="Center Block" id="C" class="accesskey">:::</a><ul><li><a href="/Page/61BF20C3E89B856">Home</a></li><li><a href="/Page/61BF20C3E89B856">News &amp; Press Releases</a></li><li>News</li></ul></div>
    <div class="font_size"><span>Font size:</span><a href="#" class="small" title="small">S</a><a href="#" class="medium active" title="medium">M</a><a href="#" class="large" title="large">L</a></div>
    <div class="news_title"><h2>{esc(title)}</h2></div>
    <div class="data_midlle_news_box01"><dl><dt>Date：</dt><dd>{t:%Y-%m-%d}</dd></dl><dl><dt>Source：</dt><dd>Department of Information Services, Executive Yuan</dd></dl></div>
    <div class="data_midlle_news_box02">
      <div class="words">
{''.join(f'<p>{esc(l)}</p>' for l in lines)}
      </div>
      <div class="photo_box"><ul><li><a href="/Upload/RelPic/{R.randint(1000, 9999)}/{R.randint(10000, 99999)}.jpg" title="Premier Chen inspects an orchard damaged by Typhoon Koinu (Open in new window)" target="_blank"><img src="/Upload/RelPic/{R.randint(1000, 9999)}/s_{R.randint(10000, 99999)}.jpg" alt="Premier Chen inspects an orchard damaged by Typhoon Koinu" /></a><p>Premier Chen inspects an orchard damaged by Typhoon Koinu</p></li></ul></div>
    </div>
    <div class="function_box"><ul class="share"><li><a href="https://www.facebook.com/sharer/sharer.php?u={url}" title="Share to Facebook (Open in new window)" target="_blank">Facebook</a></li><li><a href="https://twitter.com/share?url={url}" title="Share to X (Open in new window)" target="_blank">X</a></li><li><a href="https://social-plugins.line.me/lineit/share?url={url}" title="Share to LINE (Open in new window)" target="_blank">LINE</a></li><li><a href="javascript:window.print();" title="Print">Print</a></li></ul><a href="javascript:history.back();" class="back" title="Back">Back</a></div>
  </div>
</div>
<footer class="footer">
  <div class="container">
    <a accesskey="Z" href="#Z" title="Bottom Block" class="accesskey">:::</a>
    <ul class="footer_link"><li><a href="/Page/D1D6C5E3A3C4B2F1">Privacy Policy</a></li><li><a href="/Page/F3C4A1D2E1B6C4A8">Information Security Policy</a></li><li><a href="/Page/A1B2C3D4E5F6A7B8">Government Website Open Information Announcement</a></li></ul>
    <p>Executive Yuan, R.O.C. (Taiwan) &nbsp; Address: No. 1, Sec. 1, Zhongxiao E. Rd., Zhongzheng Dist., Taipei City 100009, Taiwan (R.O.C.) &nbsp; Tel: +886-2-3356-6500</p>
    <p>Best viewed with the latest versions of Chrome, Firefox, Edge and Safari. &nbsp; Last Updated: {(t + dt.timedelta(days=3)):%Y-%m-%d} &nbsp; Visitors: {R.randint(10**7, 10**8)}</p>
    <a href="https://accessibility.moda.gov.tw/Applications/Detail?category=20231101000000" title="Accessibility Website Conformance Level AA (Open in new window)" target="_blank"><img src="/Images/accessibility_AA.png" alt="Accessibility Website Conformance Level AA" /></a>
  </div>
</footer>
</body>
</html>"""
    gold = dict(body="\n".join(lines), title=title, published=ymd(t))
    add("en-taiwan-ey-news", "en", url, page, gold, without=["Department of Information Services, Executive Yuan", "Premier Chen inspects an orchard damaged", "Best viewed with the latest versions", "Go to the main content"])


def en_taiwan_city():
    t = when(2023, 10, 25, 10, 30)
    title = "Taichung launches free bicycle-share rides for the first 30 minutes on new riverside routes"
    lines = [
        "The Taichung City Government announced on October 25 that iBike users will be able to ride free for the first 30 minutes on bicycles borrowed from 42 new stations along the Lüchuan and Liuchuan riverside paths, starting November 1.",
        "The Transportation Bureau said the riverside paths, completed as part of the city's waterway restoration projects, link the Taichung Railway Station area with parks and residential neighbourhoods in the South and West districts.",
        "Mayor Lu Shiow-yen said the city hopes the policy will encourage residents to combine public transport with cycling for short trips, easing traffic in the city centre and reducing carbon emissions.",
        "The bureau reminded cyclists to observe speed limits on shared paths, give way to pedestrians and use the lights on the bicycles after dark. More information is available on the iBike website and app.",
    ]
    url = f"https://eng.taichung.gov.tw/{R.randint(1000000, 2999999)}/post"
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}-Taichung City Government</title>
<meta name="DC.Title" content="{attr(title)}">
<meta name="DC.Creator" content="Transportation Bureau">
<meta name="DC.Date" content="{t:%Y-%m-%d}">
<meta name="Keywords" content="iBike, bicycle, riverside">
<link rel="stylesheet" href="/css/main.css?20230901">
<script src="/js/jquery.min.js"></script>
<script src="/js/main.js?20230901"></script>
</head>
<body>
<a class="sr-only sr-only-focusable" href="#main" title="Go to the main content">Go to the main content</a>
<header class="header"><a href="#U" id="U" accesskey="U" title="Top Block" class="accesskey">:::</a><div class="logo"><a href="/"><img src="/images/logo_en.svg" alt="Taichung City Government"></a></div><nav class="mainmenu"><ul><li><a href="/2212/">About Taichung</a></li><li><a href="/2213/">Government</a></li><li><a href="/2214/" class="active">News</a></li><li><a href="/2215/">Living</a></li><li><a href="/2216/">Tourism</a></li><li><a href="/2217/">Investment</a></li></ul></nav><div class="lang"><a href="https://www.taichung.gov.tw/">中文</a> | <a href="https://jp.taichung.gov.tw/">日本語</a></div></header>
<div class="main" id="main">
<div class="breadcrumb"><a href="#C" id="C" accesskey="C" title="Center Block" class="accesskey">:::</a><ol><li><a href="/">Home</a></li><li><a href="/2214/">News</a></li><li>City News</li></ol></div>
<section class="cp">
<h2 class="title">{esc(title)}</h2>
<ul class="info"><li>Publish Date：{t:%Y-%m-%d}</li><li>Update Date：{(t + dt.timedelta(days=1)):%Y-%m-%d}</li><li>Unit：Transportation Bureau</li><li>Views：{R.randint(200, 3000)}</li></ul>
<div class="essay">{'<br><br>'.join(esc(l) for l in lines)}</div>
<div class="file_download"><h3>Photos</h3><ul><li><a href="/media/{R.randint(100000, 999999)}/ibike-riverside.jpg" title="iBike stations along the Lüchuan riverside path(jpg)(Open in new window)" target="_blank">iBike stations along the Lüchuan riverside path</a></li></ul></div>
<div class="share"><span>Share:</span><a href="https://www.facebook.com/sharer.php?u={url}" title="Facebook(Open in new window)" target="_blank">Facebook</a><a href="https://social-plugins.line.me/lineit/share?url={url}" title="Line(Open in new window)" target="_blank">Line</a><a href="javascript:window.print()">Print</a></div>
<div class="prev_next"><a href="/{R.randint(1000000, 2999999)}/post" class="prev">Previous: Taichung International Flora Exposition preparations on schedule</a><a href="/{R.randint(1000000, 2999999)}/post" class="next">Next: City hosts youth baseball tournament with teams from Japan and Korea</a></div>
</section>
</div>
<footer class="footer"><a href="#Z" id="Z" accesskey="Z" title="Bottom Block" class="accesskey">:::</a><div class="footer_info"><p>Taichung City Government No.99, Sec. 3, Taiwan Blvd., Xitun Dist., Taichung City 407611, Taiwan (R.O.C.)</p><p>1999 (Taichung City) / 04-2228-9111 (other areas)</p><p>Copyright © Taichung City Government. All Rights Reserved. Last Update: {(t + dt.timedelta(days=30)):%Y-%m-%d}</p></div></footer>
</body>
</html>"""
    gold = dict(body="\n".join(lines), title=title, published=ymd(t))
    add("en-taiwan-city-br", "en", url, page, gold, without=["Unit：Transportation Bureau", "Previous: Taichung International Flora Exposition", "All Rights Reserved", "iBike stations along the Lüchuan riverside path"])


def en_macau_gcs(kind):
    if kind == "visitors":
        t = when(2023, 11, 20, 17, 45)
        title = "Visitor arrivals up 2.4 times year-on-year in October"
        lines = [
            "According to preliminary data released by the Statistics and Census Service (DSEC), visitor arrivals totalled 2,811,000 in October, an increase of 2.4 times year-on-year and equivalent to 93.4% of the figure for October 2019.",
            "Same-day visitors (1,422,000) and overnight visitors (1,389,000) increased by 2.9 times and 2.0 times respectively year-on-year. The average length of stay of visitors went down by 0.3 day to 1.2 days; that of overnight visitors decreased by 0.5 day to 2.3 days.",
            "Visitors from Mainland China totalled 2,135,000, with 969,000 travelling under the Individual Visit Scheme. Visitors from the Hong Kong Special Administrative Region (550,000) and Taiwan, China (52,000) grew by 11.2 times and 6.6 times respectively.",
            "International visitors totalled 74,000, of whom 21,000 came from the Philippines and 11,000 from the Republic of Korea. In the first ten months of 2023, visitor arrivals totalled 22,560,000, up by 4.2 times year-on-year.",
        ]
        src = "Source: Statistics and Census Service"
    else:
        t = when(2023, 9, 1, 9, 10)
        title = "Tropical Cyclone Signal No. 8 will be hoisted at 2 p.m. today"
        lines = [
            "The Meteorological and Geophysical Bureau (SMG) announced that Tropical Cyclone Signal No. 8 (NE) will be hoisted at 2 p.m. today (1 September), as Super Typhoon Saola is expected to come closer to Macao.",
            "According to SMG, Saola was centred about 190 kilometres south-east of Macao at 9 a.m. and is forecast to move west-northwest at about 12 kilometres per hour. Winds in Macao are expected to strengthen gradually during the day, and the possibility of a higher signal being hoisted later tonight is high.",
            "Storm surge could cause flooding of up to 1.5 metres in low-lying areas of the Inner Harbour tonight and early tomorrow morning. The Civil Protection Operations Centre has been activated, and residents of low-lying areas are advised to move vehicles and valuables to higher places as soon as possible.",
            "All schools will be closed today, and government departments will provide only essential services. Members of the public should stay indoors and follow the latest information issued by the government.",
        ]
        src = "Source: Meteorological and Geophysical Bureau"
    url = f"https://www.gcs.gov.mo/detail/en/N{t:%y}{pick('ABCDEFGHIJKLMN')}{R.randint(100000, 999999)}"
    latest = ["Secretary for Economy and Finance meets business delegation from Portugal", "Registration opens for the Macao International Marathon",
              "New bus routes to serve Hengqin residents", "Government to hold consultation on urban master plan amendments"]
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta http-equiv="X-UA-Compatible" content="ie=edge">
<title>{esc(title)} - Government Information Bureau of the Macao SAR</title>
<meta property="og:title" content="{attr(title)}">
<meta property="og:site_name" content="Government Information Bureau of the Macao SAR">
<meta property="og:image" content="https://www.gcs.gov.mo/images/share.jpg">
<link rel="stylesheet" href="/css/app.css?id=8b1f2c">
<script>window.__GCS__ = {{"lang":"en","newsId":"{url.rsplit('/', 1)[1]}","apiBase":"https://www.gcs.gov.mo/api"}};</script>
<script src="/js/manifest.js?id=7c5d"></script>
</head>
<body class="lang-en">
<div id="app">
<header class="header"><div class="container"><a class="logo" href="/home/en"><img src="/images/logo_en.svg" alt="Government Information Bureau of the Macao SAR"></a><nav class="nav"><ul><li><a href="/list/en/news/">News</a></li><li><a href="/list/en/photos/">Photos</a></li><li><a href="/list/en/videos/">Videos</a></li><li><a href="/page/en/press-services/">Press Services</a></li><li><a href="/page/en/about/">About Us</a></li></ul></nav><div class="lang-switch"><a href="/detail/zh-hant/{url.rsplit('/', 1)[1]}">繁</a><a href="/detail/zh-hans/{url.rsplit('/', 1)[1]}">简</a><a href="/detail/pt/{url.rsplit('/', 1)[1]}">PT</a><a class="active" href="#">EN</a></div></div></header>
<main class="main"><div class="container"><div class="row">
<div class="col-main">
<div class="news-detail">
<div class="news-detail__title"><h1>{esc(title)}</h1></div>
<div class="news-detail__info"><span class="news-detail__date">{t:%Y-%m-%d %H:%M}</span><span class="news-detail__source">{esc(src)}</span></div>
<div class="news-detail__tools"><a href="javascript:void(0)" class="font-up" title="Increase font size">A+</a><a href="javascript:void(0)" class="font-down" title="Decrease font size">A-</a><a href="javascript:window.print()" class="print">Print</a><div class="share"><a href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank">Facebook</a><a href="https://service.weibo.com/share/share.php?url={url}" target="_blank">Weibo</a><a href="javascript:void(0)" class="wechat" data-qrcode="{url}">WeChat</a></div></div>
<div class="news-detail__content" id="printContent">
{''.join(f'<p>{esc(l)}</p>' for l in lines)}
</div>
<div class="news-detail__tags"><a href="/list/en/news/?keyword=Macao">Macao</a></div>
</div>
</div>
<aside class="col-side"><div class="side-box"><h3>Latest News</h3><ul>{"".join(f'<li><a href="/detail/en/N{t:%y}{pick("ABCDEFGHIJKLMN")}{R.randint(100000, 999999)}">{esc(h)}</a><span class="date">{(t - dt.timedelta(hours=3 * i + 1)):%Y-%m-%d %H:%M}</span></li>' for i, h in enumerate(latest))}</ul></div></aside>
</div></div></main>
<footer class="footer"><div class="container"><ul class="footer__links"><li><a href="/page/en/privacy/">Privacy Statement</a></li><li><a href="/page/en/copyright/">Copyright</a></li><li><a href="/page/en/sitemap/">Site Map</a></li><li><a href="/page/en/contact/">Contact Us</a></li></ul><p class="footer__copy">Copyright © Government Information Bureau of the Macao SAR. All rights reserved.</p><p>Best viewed with Chrome, Firefox, Safari or Edge at a resolution of 1280x800 or above.</p></div></footer>
</div>
<script src="/js/app.js?id=9d2e1f"></script>
</body>
</html>"""
    gold = dict(body="\n".join(lines), title=title, published=ymd(t), published_time=t.strftime("%H:%M"))
    add(f"en-macau-gcs-{kind}", "en", url, page, gold, without=[src, latest[0], "Best viewed with Chrome", "Privacy Statement"])


def uk_cookie():
    return """<div id="global-cookie-message" class="govuk-cookie-banner" data-nosnippet role="region" aria-label="Cookies on this website"><div class="govuk-cookie-banner__message govuk-width-container"><div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds"><h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies on this website</h2><div class="govuk-cookie-banner__content"><p class="govuk-body">We use some essential cookies to make this website work.</p><p class="govuk-body">We'd like to set additional cookies to understand how you use the website, remember your settings and improve our services.</p></div></div></div><div class="govuk-button-group"><button value="accept" type="button" name="cookies" class="govuk-button" data-module="govuk-button">Accept additional cookies</button><button value="reject" type="button" name="cookies" class="govuk-button" data-module="govuk-button">Reject additional cookies</button><a class="govuk-link" href="/cookies">View cookies</a></div></div></div>"""


def en_uk_council(kind):
    town = UK_TOWNS[1] if kind == "planning" else UK_TOWNS[4]
    council = f"{town} District Council" if kind == "planning" else f"{town} Borough Council"
    dom = f"www.{town.lower().replace(' ', '')}.gov.uk"
    if kind == "planning":
        head, items = kit_housing_uk(town)
        t = when(2022, 7, 14, 16, 20)
    else:
        head, items = kit_bins_uk(town)
        t = when(2024, 12, 2, 9, 0)
    url = f"https://{dom}/news/{slug(head)}"
    rel = ["Council tax reminder notices issued", "Have your say on the draft local plan", "Leisure centre reopens after refurbishment", "Free parking in town centre car parks this weekend"]
    rdates = other_dates(t, 4, 30)
    summary = ("Councillors approve outline application at planning committee" if kind == "planning"
               else "Find out when your bins will be collected over Christmas and New Year")
    page = f"""<!DOCTYPE html>
<html lang="en" dir="ltr" class="govuk-template">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <meta name="description" content="{attr(summary)}" />
    <link rel="canonical" href="{url}" />
    <meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
    <meta property="og:site_name" content="{council}" />
    <meta property="og:title" content="{attr(head)}" />
    <title>{esc(head)} | {council}</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_localgov_base.css" />
    <script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","pathPrefix":"","currentPath":"node\\/{R.randint(1000, 9000)}","isFront":false,"currentLanguage":"en"}},"localgov_alert_banner":{{"visible":true}},"user":{{"uid":0}}}}</script>
    <script async src="https://siteimproveanalytics.com/js/siteanalyze_6001234.js"></script>
  </head>
  <body class="path-node page-node-type-localgov-news-article">
    <a href="#main-content" class="skip-link">Skip to main content</a>
    {uk_cookie()}
    <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
    <header class="lgd-header"><div class="lgd-container"><div class="lgd-header__inner"><div class="lgd-header__logo"><a href="/" rel="home"><img src="/themes/custom/council/logo.svg" alt="{council} homepage" /></a></div><div class="lgd-header__search"><form action="/search" method="get"><label for="search" class="visually-hidden">Search</label><input id="search" type="search" name="s" placeholder="Search this site"><button type="submit">Search</button></form></div><nav class="lgd-header__nav"><ul><li><a href="/bins-and-recycling">Bins and recycling</a></li><li><a href="/council-tax">Council tax</a></li><li><a href="/planning-and-building-control">Planning</a></li><li><a href="/housing">Housing</a></li><li><a href="/parking">Parking</a></li><li><a href="/your-council">Your council</a></li></ul></nav></div></div></header>
    <div class="localgov-alert-banner localgov-alert-banner--minor"><div class="lgd-container"><p><strong>Service update:</strong> Our customer contact centre will be closed on Friday afternoon for staff training. Online services are available as usual.</p></div></div>
    <main class="main" id="main-content"><div class="lgd-container">
      <nav class="lgd-breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ol></nav>
      <div class="lgd-page-title-block"><h1 class="lgd-page-title-block__title">{esc(head)}</h1></div>
      <article class="lgd-article node node--type-localgov-news-article node--view-mode-full">
        <div class="lgd-article__meta"><span class="lgd-article__meta-label">Published:</span> <time datetime="{t:%Y-%m-%dT%H:%M:%S}Z">{uk_long(t)}</time></div>
        <div class="lgd-summary"><p>{esc(summary)}</p></div>
        <div class="field field--name-localgov-news-image"><figure><img src="/sites/default/files/styles/large/public/{t:%Y-%m}/news-image.jpg" alt="" width="960" height="540" loading="lazy"></figure></div>
        <div class="lgd-prose field field--name-body field--type-text-with-summary">{''.join(f'<p>{esc(x)}</p>' for x in items)}</div>
        <div class="lgd-article__categories"><h2>Categories</h2><ul><li><a href="/news?category={'planning' if kind == 'planning' else 'waste'}">{'Planning' if kind == 'planning' else 'Bins and recycling'}</a></li></ul></div>
      </article>
      <aside class="lgd-related-news"><h2>Related news</h2><ul>{"".join(f'<li><a href="/news/{slug(r)}">{esc(r)}</a> <span class="date">{uk_long(d)}</span></li>' for r, d in zip(rel, rdates))}</ul></aside>
      <div class="lgd-page-feedback"><h2>Was this page helpful?</h2><form><button name="helpful" value="yes">Yes</button> <button name="helpful" value="no">No</button></form><p><a href="/report-a-problem-with-this-page">Report a problem with this page</a></p></div>
    </div></main>
    <footer class="lgd-footer"><div class="lgd-container"><div class="lgd-footer__social"><a href="https://www.facebook.com/{town.replace(' ', '')}Council">Facebook</a> <a href="https://x.com/{town.replace(' ', '')}Council">X</a> <a href="https://www.youtube.com/@{town.replace(' ', '')}Council">YouTube</a></div><ul class="lgd-footer__links"><li><a href="/accessibility-statement">Accessibility statement</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/cookies">Cookies</a></li><li><a href="/contact-us">Contact us</a></li></ul><p class="lgd-footer__copyright">&copy; {council} {t.year}. Council Offices, Market Place, {town}.</p></div></footer>
    </div>
  </body>
</html>"""
    gold = dict(body="\n".join(items), title=head, published=ymd(t))
    add(f"en-uk-council-{kind}", "en", url, page, gold, without=[summary, "Was this page helpful?", rel[0], "We use some essential cookies", "Service update:"])


def en_us_civicplus():
    county = "Polk County"
    head, items = kit_county_health(county)
    t = when(2023, 10, 2, 8, 0)
    dom = "www.polkcountymn-like.gov"
    nid = R.randint(1000, 3000)
    url = f"https://{dom}/CivicAlerts.aspx?AID={nid}"
    others = [("Board of Commissioners meeting moved to Wednesday", 3), ("Household hazardous waste collection dates announced", 9),
              ("County offices closed for Veterans Day", 21), ("Apply now for the county's summer youth internship program", 30)]
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{esc(head)} &bull; {county}, MN &bull; CivicAlerts</title>
<meta name="description" content="{attr(items[0][:150])}" />
<meta property="og:title" content="{attr(head)}" />
<link rel="stylesheet" href="/-/cssbundle/baseCSS?v=20231002" />
<link rel="stylesheet" href="/-/cssbundle/modules-news?v=20231002" />
<script src="/Assets/Scripts/jQuery/jquery-2.2.4.min.js"></script>
<script src="/-/jsbundle/common?v=20231002"></script>
<script>var intCountyID = 0; var intModuleID = 1; var strPageTitle = 'News Flash'; var isUsingCivicPlusPlatform = true; $(document).ready(function() {{ if (typeof CivicPlus !== 'undefined') {{ CivicPlus.NewsFlash.init(); }} }});</script>
</head>
<body class="wide" id="body">
<div id="skipToContentLinks"><a href="#cpsys_FrontEnd" class="skipToContentLink">Skip to Main Content</a></div>
<div id="outer-wrap"><div id="inner-wrap">
<div id="bannerDiv"><div class="siteWrap"><div id="logo"><a href="/"><img src="/ImageRepository/Document?documentID=101" alt="{county}, MN - Official Website" /></a></div><div id="searchBox"><form action="/Search" method="get"><input type="search" name="searchPhrase" aria-label="Search" placeholder="Search..."><input type="submit" value="Search"></form></div></div></div>
<div id="mainNav"><ul id="mainNavMenu" class="rootNavMenu"><li><a href="/9/Government">Government</a></li><li><a href="/15/Departments">Departments</a></li><li><a href="/22/Community">Community</a></li><li><a href="/31/Services">Services</a></li><li><a href="/40/How-Do-I">How Do I...</a></li></ul></div>
<div id="cpsys_FrontEnd" class="siteWrap"><div class="moduleContentNew"><div id="newsFlashDetail">
<h1 class="moduleTitle">News Flash</h1>
<div class="breadCrumbs"><a href="/CivicAlerts.aspx">Home</a> &rsaquo; <a href="/CivicAlerts.aspx?CID=4">Public Health</a></div>
<h2 class="detailTitle"><span>{esc(head)}</span></h2>
<div class="detailMeta"><span class="detailDate">Posted on: {us_long(t)}</span></div>
<div class="detailContent"><div class="fr-view">{''.join(f'<p>{esc(x)}</p>' for x in items)}</div></div>
<div class="detailTools"><a href="/CivicAlerts.aspx?AID={nid - 1}">[ Previous Item ]</a> <a href="#" onclick="window.print();return false;">[ Print ]</a> <a href="/CivicAlerts.aspx?AID={nid + 1}">[ Next Item ]</a> <a href="/CivicAlerts.aspx">[ Return to full list ]</a></div>
<div class="relatedInfo"><h3>Other News in Public Health</h3><ul>{"".join(f'<li><a href="/CivicAlerts.aspx?AID={nid - k}">{esc(h)}</a> <span class="date">Posted on: {us_long(t - dt.timedelta(days=k))}</span></li>' for h, k in others)}</ul></div>
<div class="notifyMe"><a href="/list.aspx"><img src="/Common/images/ModuleIcons/notifyMe.png" alt="" /> Notify Me&reg;</a> <span>Sign up to receive News Flash email or text alerts from {county}.</span></div>
</div></div></div>
<div id="footer"><div class="siteWrap"><div class="footerColumn"><h3>Contact Us</h3><p>{county} Government Center<br />612 N Broadway<br />Crookston, MN 56716<br />Phone: 218-555-0100</p></div><div class="footerColumn"><h3>Quick Links</h3><ul><li><a href="/AgendaCenter">Agendas &amp; Minutes</a></li><li><a href="/Jobs.aspx">Employment</a></li><li><a href="/DocumentCenter">Documents</a></li></ul></div><div class="footerColumn"><h3>Site Links</h3><ul><li><a href="/">Home</a></li><li><a href="/Sitemap">Site Map</a></li><li><a href="/Accessibility">Accessibility</a></li><li><a href="/Copyright">Copyright Notices</a></li></ul></div><p class="poweredBy">Government Websites by <a href="https://connect.civicplus.com/referral">CivicPlus&reg;</a></p></div></div>
</div></div>
</body>
</html>"""
    gold = dict(body="\n".join(items), title=head, published=ymd(t))
    add("en-us-county-civicplus", "en", url, page, gold, without=["Posted on:", others[0][0], "Return to full list", "Notify Me", "Government Websites by"])


def en_us_city_release():
    t = when(2019, 11, 18, 12, 1)
    city = "Holt Crossing"
    mgr, chief = person(), person()
    head = "Winter parking ban takes effect Dec. 1"
    items = [
        f"The City of {city} reminds residents that the annual winter parking ban takes effect Sunday, Dec. 1, and remains in place through March 31.",
        "During the ban, parking is prohibited on all city streets between 2 a.m. and 6 a.m., regardless of whether snow has fallen. The rule allows plow crews to clear streets curb to curb and keeps emergency routes open.",
        f"Vehicles left on the street during those hours may be ticketed and, when plowing is under way, towed at the owner's expense. \"We would much rather not write a single ticket,\" Police Chief {chief} said. \"Please find off-street parking before the first storm.\"",
        "Residents without a driveway may apply for an overnight permit to park in designated municipal lots. Applications are available at City Hall and on the city's website.",
        f"Public Works Director {mgr} said the city has {R.randint(1200, 2500)} tons of salt on hand and {R.randint(8, 16)} plow trucks ready for the season.",
    ]
    dom = f"www.{city.lower().replace(' ', '')}-mi-like.gov"
    url = f"https://{dom}/Home/Components/News/News/{R.randint(1000, 9999)}/17"
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(head)} - City of {city}</title>
<meta name="description" content="{attr(items[0][:150])}">
<link rel="stylesheet" href="/Project/Contents/Main/_gfx/cmn/main.css?v=2019">
<script src="/Project/Resources/scripts/jquery.min.js"></script>
<script>var govAccess = {{ siteId: 17, pageType: 'newsDetail', newsId: {url.split('/')[-2]} }};</script>
</head>
<body class="interior">
<div id="page">
<header id="hdr"><a href="/" id="logo"><img src="/Project/Contents/Main/_gfx/cmn/logo.png" alt="City of {city} Michigan"></a><nav id="nav_main"><ul><li><a href="/Government">Government</a></li><li><a href="/Departments">Departments</a></li><li><a href="/Residents">Residents</a></li><li><a href="/Business">Business</a></li><li><a href="/Visitors">Visitors</a></li><li><a href="/How-Do-I">How Do I</a></li></ul></nav><div id="tools"><a href="/Home/Components/News/News/">News</a> | <a href="/Home/Components/Calendar/Event/">Calendar</a> | <a href="/Home/Components/Form/Form/">Report a Concern</a></div></header>
<div id="content_area">
<div id="breadcrumbs"><a href="/">Home</a> &raquo; <a href="/Home/Components/News/News/">News</a></div>
<div id="news_content" class="news_detail">
<h1 class="news_title">{esc(head)}</h1>
<div class="news_date">Date Posted: {t:%m/%d/%Y}</div>
<div class="news_body">
<div class="content_area">{'<br><br>'.join(esc(x) for x in items)}</div>
</div>
<div class="news_share"><span>Share this:</span> <a href="https://www.facebook.com/sharer/sharer.php?u={url}">Facebook</a> <a href="https://twitter.com/intent/tweet?url={url}">Twitter</a> <a href="mailto:?subject={attr(head)}">Email</a></div>
<div class="news_nav"><a href="/Home/Components/News/News/">Back to News Listing</a></div>
</div>
<aside id="sidebar"><h2>Recent News</h2><ul><li><a href="#">Leaf collection extended one week</a><br><span>11/12/2019</span></li><li><a href="#">City Council approves 2020 budget</a><br><span>11/05/2019</span></li><li><a href="#">Thanksgiving holiday schedule</a><br><span>11/01/2019</span></li></ul><div class="notify"><h3>Stay Informed</h3><p>Sign up for city news and emergency alerts by email or text message.</p></div></aside>
</div>
<footer id="ftr"><p>City of {city} &middot; 101 W. Main St. &middot; {city}, MI 48842 &middot; 517-555-0150</p><p>Copyright &copy; 2019 City of {city}. All Rights Reserved. | <a href="/Privacy">Privacy Policy</a> | <a href="/Accessibility">Accessibility</a></p><p class="vendor">Government Websites by <a href="https://www.granicus.com">Granicus</a> - Connecting People and Government</p></footer>
</div>
</body>
</html>"""
    gold = dict(body="\n".join(items), title=head, published=ymd(t))
    add("en-us-city-govaccess-br", "en", url, page, gold, without=["Date Posted:", "Leaf collection extended one week", "Stay Informed", "Back to News Listing"])


# ====================================================================== German, French, Polish
DE_BAHN = ("Bahnstreik: Pendler in Norddeutschland müssen sich auf massive Ausfälle einstellen", [
    "Die Gewerkschaft der Lokführer hat ihre Mitglieder erneut zu einem Warnstreik aufgerufen. Von Donnerstagabend an sollen im Personenverkehr für 20 Stunden große Teile der Züge stillstehen, wie die Gewerkschaft am Mittwoch mitteilte.",
    "Betroffen sind nach Angaben der Bahn vor allem der Regional- und S-Bahn-Verkehr in Hamburg, Bremen und Niedersachsen. Im Fernverkehr will das Unternehmen einen Notfahrplan mit längeren Zügen anbieten, kann aber nach eigenen Angaben nur etwa jede fünfte Verbindung garantieren.",
    "„Die Beschäftigten haben lange genug auf ein ernsthaftes Angebot gewartet“, sagte der Gewerkschaftsvorsitzende in Frankfurt. Die Arbeitgeberseite habe in der zweiten Verhandlungsrunde keine Bewegung bei der Arbeitszeit gezeigt.",
    "Die Bahn kritisierte den Ausstand als unverhältnismäßig. Ein Sprecher sagte, man habe ein Angebot mit einer Lohnerhöhung von elf Prozent und einer Inflationsausgleichsprämie vorgelegt. Streiks während laufender Verhandlungen seien „eine Zumutung für Millionen Fahrgäste“.",
    "Fahrgäste, die ihre Reise wegen des Streiks verschieben, können ihr Ticket nach Angaben des Unternehmens flexibel nutzen. Die Zugbindung für Sparpreise ist aufgehoben, Fahrkarten können bis eine Woche nach dem Streik verwendet werden.",
    "Auch Pendlerverbände zeigten sich verärgert. Viele Beschäftigte im Schichtdienst hätten keine Alternative zum Zug, hieß es. Mehrere Arbeitgeber in Hamburg kündigten an, ihren Mitarbeitern mobiles Arbeiten zu ermöglichen.",
    "Die Tarifverhandlungen sollen in der kommenden Woche fortgesetzt werden. Beobachter rechnen allerdings nicht mit einer schnellen Einigung.",
])

DE_STADT = ("Sanierung der Brückenstraße beginnt im März", [
    "Die Stadt Wetzlingen beginnt am 4. März mit der Sanierung der Brückenstraße zwischen dem Marktplatz und der Einmündung in die Bahnhofstraße. Die Arbeiten werden voraussichtlich bis Ende Oktober dauern.",
    "Neben einer neuen Fahrbahndecke werden auf dem rund 450 Meter langen Abschnitt auch die Wasser- und Abwasserleitungen erneuert. Die Stadtwerke nutzen die Baustelle zudem, um Leerrohre für den Glasfaserausbau zu verlegen.",
    "Die Arbeiten erfolgen in drei Bauabschnitten. Während der gesamten Bauzeit ist die Brückenstraße für den Durchgangsverkehr gesperrt. Eine Umleitung wird über die Ringstraße ausgeschildert. Anlieger können ihre Grundstücke weiterhin erreichen, müssen aber zeitweise mit Einschränkungen rechnen.",
    "Die Buslinien 3 und 7 fahren während der Bauzeit eine geänderte Route. Die Haltestelle „Brückenstraße“ wird in die Ringstraße verlegt.",
    "„Wir wissen, dass eine solche Baustelle für Anwohner und Geschäftsleute eine Belastung ist“, sagt Bürgermeisterin Andrea Köhler. „Wir haben deshalb die Bauzeit so kurz wie möglich geplant und halten engen Kontakt zu den Betroffenen.“",
    "Die Kosten für die Maßnahme belaufen sich auf rund 3,2 Millionen Euro. Das Land beteiligt sich mit Fördermitteln in Höhe von 1,1 Millionen Euro. Eine Informationsveranstaltung für Anwohnerinnen und Anwohner findet am 20. Februar um 18 Uhr im Ratssaal statt.",
])

DE_LAND = ("Land fördert 120 neue Ladepunkte für Elektroautos im ländlichen Raum", [
    "Das Ministerium für Verkehr fördert den Ausbau der Ladeinfrastruktur in ländlichen Gemeinden mit weiteren 4,8 Millionen Euro. Mit dem Geld sollen bis Ende kommenden Jahres 120 öffentlich zugängliche Ladepunkte entstehen, vor allem an Rathäusern, Sporthallen und Dorfgemeinschaftshäusern.",
    "„Wer auf dem Land lebt, ist besonders auf das Auto angewiesen. Elektromobilität darf deshalb kein Privileg der Städte bleiben“, sagte die Verkehrsministerin bei der Übergabe der Förderbescheide in Lindenau.",
    "Gefördert werden bis zu 80 Prozent der förderfähigen Kosten. Voraussetzung ist, dass die Ladepunkte mit Strom aus erneuerbaren Energien betrieben werden und rund um die Uhr zugänglich sind. Insgesamt hatten sich 57 Kommunen um eine Förderung beworben.",
    "Nach Angaben des Ministeriums gibt es im Land derzeit rund 6.300 öffentliche Ladepunkte. Bis 2030 sollen es mindestens 20.000 sein. In vielen ländlichen Landkreisen kommt bislang weniger als ein Ladepunkt auf 1.000 Einwohner.",
    "Anträge für eine zweite Förderrunde können ab dem 1. Februar gestellt werden. Informationen zum Verfahren stellt die Landesenergieagentur auf ihrer Internetseite bereit.",
])

DE_WP = ("Neues Ärztehaus in Bad Oberbach eröffnet", [
    "In Bad Oberbach hat am Montag das neue Ärztehaus an der Kurpromenade seinen Betrieb aufgenommen. Unter einem Dach arbeiten dort künftig zwei Hausarztpraxen, eine Kinderärztin, eine Physiotherapiepraxis und eine Apotheke.",
    "Der Bau hatte rund zwei Jahre gedauert und kostete etwa 7,5 Millionen Euro. Bauherr ist eine Genossenschaft, an der sich neben der Gemeinde auch mehr als 300 Bürgerinnen und Bürger beteiligt haben.",
    "„Vor drei Jahren mussten wir befürchten, dass es hier bald gar keinen Hausarzt mehr gibt“, sagte Bürgermeister Thomas Reuter bei der Eröffnung. Zwei Praxen im Ort hatten damals mangels Nachfolger schließen müssen.",
    "Die beiden jungen Allgemeinmediziner, die nun im Ärztehaus arbeiten, sind angestellt und müssen keine eigene Praxis finanzieren. Genau das habe den Ausschlag gegeben, sagte eine der Ärztinnen. „Ich wollte Medizin machen und nicht vor allem Unternehmerin sein.“",
    "Die Praxen nehmen ab sofort neue Patientinnen und Patienten auf. Termine können telefonisch oder über die Internetseite des Ärztehauses vereinbart werden.",
])

FR_LEMONDE = ("A Marseille, la rénovation des écoles prend du retard", [
    "Le chantier devait être le symbole d’un nouveau départ. Deux ans après le lancement du plan de rénovation des écoles marseillaises, seuls 11 des 188 établissements prévus ont été entièrement reconstruits ou rénovés, selon un rapport publié mercredi 15 novembre par la chambre régionale des comptes.",
    "Les magistrats pointent des retards « importants » dans la passation des marchés publics et une sous-estimation des coûts. Le montant total du plan, initialement évalué à 1,2 milliard d’euros, pourrait dépasser 1,5 milliard, notamment en raison de la hausse du prix des matériaux.",
    "A la mairie, on reconnaît des difficultés mais on défend le calendrier. « Nous avons hérité d’un patrimoine dans un état catastrophique. Reconstruire une école prend au minimum quatre ans, études comprises », explique l’adjointe chargée des écoles.",
    "Sur le terrain, les parents d’élèves s’impatientent. Dans plusieurs écoles des quartiers nord, des classes sont toujours installées dans des préfabriqués, et les travaux d’urgence se limitent souvent à la réparation des toitures et des sanitaires.",
    "La chambre régionale des comptes recommande de mieux prioriser les chantiers en fonction de l’état des bâtiments et de renforcer les équipes chargées du suivi des travaux. Le conseil municipal doit examiner le rapport lors de sa prochaine séance, en décembre.",
])

FR_OUEST = ("Saint-Brieuc : la piscine Aquabaie fermée deux mois pour travaux", [
    "La piscine Aquabaie fermera ses portes du lundi 4 décembre au dimanche 4 février pour des travaux de rénovation du système de traitement de l’air et de l’eau, a annoncé l’agglomération.",
    "Le chantier, d’un montant de 1,3 million d’euros, doit permettre de réduire de près de 30 % la consommation d’énergie de l’équipement, l’un des plus fréquentés du département avec plus de 250 000 entrées par an.",
    "Pendant la fermeture, les clubs et les scolaires seront accueillis dans les piscines de Plérin et de Ploufragan, dont les horaires seront élargis. Les abonnements en cours seront prolongés d’autant.",
    "« Nous avons choisi la période la moins pénalisante pour les usagers, en dehors de la saison estivale », souligne le vice-président chargé des sports.",
])

FR_PREF = ("Sécheresse : de nouvelles restrictions d’usage de l’eau dans le département", [
    "En raison de la persistance de la sécheresse et de la baisse du débit des cours d’eau, le préfet a décidé de placer l’ensemble du département en situation d’alerte renforcée à compter du samedi 22 juillet.",
    "Dans ce cadre, le remplissage des piscines privées, le lavage des véhicules en dehors des stations professionnelles et l’arrosage des pelouses et des espaces verts sont interdits. L’arrosage des potagers reste autorisé entre 20 heures et 8 heures.",
    "Les prélèvements agricoles pour l’irrigation sont réduits de 40 %, sauf pour les cultures maraîchères et les pépinières. Les industriels doivent mettre en œuvre les mesures prévues dans leurs plans de réduction des consommations.",
    "Ces mesures s’appliquent jusqu’au 31 août, sauf nouvel arrêté. Le préfet appelle chacun à la plus grande vigilance et à limiter sa consommation d’eau au strict nécessaire.",
    "Le non-respect de ces restrictions est passible d’une amende pouvant aller jusqu’à 1 500 euros.",
])

PL_PORTAL = ("Nowy most na Wiśle gotowy. Kierowcy pojadą nim jeszcze przed świętami", [
    "Budowa nowego mostu na Wiśle w ciągu drogi ekspresowej dobiega końca. Jak poinformowała Generalna Dyrekcja Dróg Krajowych i Autostrad, przeprawa zostanie otwarta dla ruchu jeszcze przed świętami Bożego Narodzenia.",
    "Most ma ponad 800 metrów długości i po dwa pasy ruchu w każdym kierunku. Jego budowa kosztowała blisko 600 mln zł i trwała trzy lata. W ubiegłym tygodniu przeprowadzono próbne obciążenie konstrukcji, do którego użyto kilkudziesięciu ciężarówek wypełnionych kruszywem.",
    "– Wyniki badań są bardzo dobre. Zostały nam jeszcze prace wykończeniowe i formalności związane z pozwoleniem na użytkowanie – powiedział rzecznik oddziału GDDKiA.",
    "Nowa przeprawa ma odciążyć centrum miasta, przez które codziennie przejeżdża kilkanaście tysięcy samochodów ciężarowych. Mieszkańcy od lat skarżą się na korki i hałas.",
    "Po otwarciu mostu kierowcy będą mogli ominąć miasto, a czas przejazdu na tym odcinku ma skrócić się o około 20 minut.",
])

PL_GMINA = ("Zebranie wiejskie w sprawie funduszu sołeckiego", [
    "Wójt Gminy Zielonka zaprasza mieszkańców sołectwa Brzozowa Wola na zebranie wiejskie, które odbędzie się w piątek, 22 września, o godzinie 18.00 w świetlicy wiejskiej.",
    "Tematem zebrania będzie podział środków funduszu sołeckiego na przyszły rok. Sołectwu przysługuje kwota ponad 41 tys. zł, którą można przeznaczyć na zadania służące poprawie warunków życia mieszkańców.",
    "Wnioski w sprawie przedsięwzięć do realizacji mogą składać sołtys, rada sołecka lub co najmniej 15 pełnoletnich mieszkańców sołectwa. Wniosek musi zawierać uzasadnienie oraz oszacowanie kosztów.",
    "Serdecznie zapraszamy wszystkich mieszkańców do udziału w zebraniu.",
])

PL_BIP = ("Obwieszczenie o wszczęciu postępowania w sprawie wydania decyzji o środowiskowych uwarunkowaniach", [
    "Na podstawie art. 61 § 4 ustawy z dnia 14 czerwca 1960 r. – Kodeks postępowania administracyjnego zawiadamiam, że na wniosek spółki Agro-Biogaz Sp. z o.o. zostało wszczęte postępowanie administracyjne w sprawie wydania decyzji o środowiskowych uwarunkowaniach dla przedsięwzięcia polegającego na budowie biogazowni rolniczej o mocy do 0,999 MW na działce nr 214/3 w obrębie Kamionka.",
    "Strony postępowania mogą zapoznać się z dokumentacją sprawy w Urzędzie Gminy, pokój nr 12, w godzinach pracy urzędu, a także składać uwagi i wnioski w terminie 14 dni od dnia publicznego ogłoszenia niniejszego obwieszczenia.",
    "Zgodnie z art. 49 Kodeksu postępowania administracyjnego zawiadomienie uważa się za dokonane po upływie 14 dni od dnia, w którym nastąpiło jego publiczne ogłoszenie.",
])


def de_spiegel():
    head, items = DE_BAHN
    kicker, rest = head.split(": ", 1)
    teaser = "Von Donnerstagabend an rollen viele Regionalzüge nicht. Die Bahn kündigt einen Notfahrplan an und kritisiert den Ausstand scharf."
    t = when(2023, 11, 15, 16, 42)
    url = f"https://www.spiegel-like.example/wirtschaft/bahnstreik-pendler-in-norddeutschland-muessen-sich-auf-massive-ausfaelle-einstellen-a-{R.randint(10**7, 10**8):x}-{R.randint(4096, 65535):x}"
    related = ["Tarifkonflikt bei der Bahn: Was Fahrgäste jetzt wissen müssen", "Deutschlandticket: Preis steigt im kommenden Jahr", "Streik im Nahverkehr: Diese Städte sind betroffen"]
    rc = "RichText RichText--iconLinks lg:w-8/12 md:w-10/12 lg:mx-auto md:mx-auto lg:px-24 md:px-24 sm:px-16 break-words word-wrap"
    blocks = []
    for i, p in enumerate(items):
        blocks.append(f'<div data-sara-click-el="body_element" data-area="text"><div class="{rc}"><p>{esc(p)}</p></div></div>')
        if i == 1:
            blocks.append(f'<div data-area="related_links"><div class="{rc}"><section class="relative mb-24"><h3 class="text-s font-sansUI font-bold">Mehr zum Thema</h3><ul>' + "".join(f'<li><a href="https://www.spiegel-like.example/wirtschaft/{slug(r)}-a-{R.randint(10**7, 10**8):x}" title="{attr(r)}">{esc(r)}</a></li>' for r in related[:2]) + '</ul></section></div></div>')
        if i == 3:
            blocks.append('<div data-area="ad_slot" class="lg:mx-auto md:mx-auto"><div class="ad-container" data-position="content_1" id="spon_contentad_1"><span class="ad-label">Anzeige</span></div></div>')
    page = f"""<!DOCTYPE html>
<html lang="de" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(head)} - DER SPIEGEL</title>
<meta name="description" content="{attr(teaser)}">
<meta name="date" content="{t:%Y-%m-%dT%H:%M:%S}+01:00">
<meta name="last-modified" content="{(t + dt.timedelta(hours=1)):%Y-%m-%dT%H:%M:%S}+01:00">
<meta name="author" content="DER SPIEGEL">
<meta property="og:title" content="{attr(head)}">
<meta property="og:description" content="{attr(teaser)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<link rel="canonical" href="{url}">
<script type="application/ld+json">[{{"@context":"http://schema.org","@type":"NewsArticle","mainEntityOfPage":"{url}","headline":"{attr(head)}","description":"{attr(teaser)}","datePublished":"{t:%Y-%m-%dT%H:%M:%S}+01:00","dateModified":"{(t + dt.timedelta(hours=1)):%Y-%m-%dT%H:%M:%S}+01:00","author":[{{"@type":"Organization","name":"DER SPIEGEL"}}],"isAccessibleForFree":true}}]</script>
<link rel="stylesheet" href="https://www.spiegel-like.example/public/spon/generated/web/css/style.b3c1a2.css">
<script>window.SPIEGEL = window.SPIEGEL || {{}}; SPIEGEL.articleData = {{"articleId":"{url[-23:]}","channel":"wirtschaft","paywall":{{"attributes":{{"is_active":false,"paid_content":false}}}},"tracking":{{"pageType":"article"}}}};</script>
<script src="https://www.spiegel-like.example/public/spon/generated/web/js/bundle.min.8c2d.js" defer></script>
<script>window._sp_queue = []; window._sp_ = {{ config: {{ accountId: 1234, baseEndpoint: 'https://sourcepoint.spiegel-like.example' }} }};</script>
</head>
<body class="bg-white dark:bg-black">
<div id="wrapper" class="min-h-screen">
<header data-area="masthead" class="bg-white"><nav aria-label="Hauptnavigation"><a href="https://www.spiegel-like.example/" title="DER SPIEGEL" class="text-black"><svg width="166" height="20"><title>DER SPIEGEL</title></svg></a><ul class="flex"><li><a href="/schlagzeilen/">Schlagzeilen</a></li><li><a href="/plus/">SPIEGEL+</a></li><li><a href="/politik/">Politik</a></li><li><a href="/ausland/">Ausland</a></li><li><a href="/panorama/">Panorama</a></li><li><a href="/sport/">Sport</a></li><li><a href="/wirtschaft/" aria-current="true">Wirtschaft</a></li><li><a href="/netzwelt/">Netzwelt</a></li><li><a href="/wissenschaft/">Wissenschaft</a></li><li><a href="/kultur/">Kultur</a></li></ul><a href="https://gruppenkonto.spiegel-like.example/anmelden.html" class="font-sansUI">Anmelden</a> <a href="/abonnement/" class="font-sansUI">Abonnement</a></nav></header>
<main id="Inhalt">
<article aria-label="{attr(rest)}" data-area="article">
<header data-area="intro" class="lg:w-8/12 md:w-10/12 lg:mx-auto md:mx-auto">
<div class="font-sansUI text-shade-dark text-s"><a href="/wirtschaft/">Wirtschaft</a> &rsaquo; <a href="/thema/deutsche_bahn/">Deutsche Bahn</a></div>
<h2 class="font-brandUI font-extrabold lg:text-6xl md:text-5xl sm:text-3xl"><span class="block font-brandUI font-bold text-primary-base dark:text-dm-primary-base lg:text-xl md:text-xl sm:text-l leading-normal mb-12">{esc(kicker)}</span><span class="align-middle">{esc(rest)}</span></h2>
<div class="RichText lg:w-8/12 md:w-10/12 lg:mx-auto md:mx-auto leading-loose lg:text-xl md:text-xl sm:text-l md:mb-32 sm:mb-24">{esc(teaser)}</div>
<div class="font-sansUI font-normal text-s text-shade-dark"><time datetime="{t:%Y-%m-%d %H:%M:%S}" class="timeformat">{t:%d.%m.%Y}, {t:%H.%M} Uhr</time></div>
<div class="flex" data-area="social_bar"><button data-sara-click-el="share" aria-label="Artikel teilen">Artikel teilen</button><button data-sara-click-el="bookmark" aria-label="Merken">Merken</button><a href="#comments" data-sara-click-el="comments">Zu den Kommentaren</a></div>
</header>
<section class="relative" data-area="body">
{chr(10).join(blocks)}
<div data-area="text" class="lg:w-8/12 md:w-10/12 lg:mx-auto"><p class="font-sansUI text-s text-shade-dark">sol/dpa/Reuters</p></div>
</section>
<footer data-area="article-footer" class="lg:w-8/12 md:w-10/12 lg:mx-auto"><div data-area="topic_pills"><h3>Mehr lesen über</h3><ul><li><a href="/thema/deutsche_bahn/">Deutsche Bahn</a></li><li><a href="/thema/streiks/">Streiks</a></li><li><a href="/thema/gdl/">GDL</a></li></ul></div><div data-area="related_articles"><h3>Verwandte Artikel</h3><ul><li><a href="/wirtschaft/{slug(related[2])}">{esc(related[2])}</a></li></ul></div><div data-area="feedback"><a href="/kontakt/">Feedback</a></div></footer>
</article>
<section id="comments" data-area="comments"><h2>Diskutieren Sie mit</h2><p>Die Kommentarfunktion ist für diesen Artikel geschlossen. Wir bitten um Ihr Verständnis.</p></section>
</main>
<footer class="bg-black text-white" data-area="footer"><ul><li><a href="/impressum">Impressum</a></li><li><a href="/datenschutz-spiegel">Datenschutz</a></li><li><a href="/nutzungsbedingungen">Nutzungsbedingungen</a></li><li><a href="/cookie-einstellungen">Cookies &amp; Tracking</a></li></ul><p>&copy; DER SPIEGEL {t.year}. Alle Rechte vorbehalten</p></footer>
</div>
<div id="sp_message_container_812" class="sp-message-open"><div class="message-container"><h2>Wir brauchen Ihre Zustimmung</h2><p>Wir und unsere Partner speichern und/oder greifen auf Informationen auf einem Gerät zu, beispielsweise auf Cookies, und verarbeiten personenbezogene Daten, beispielsweise eindeutige Kennungen und Standardinformationen, die von einem Gerät gesendet werden, für personalisierte Werbung und Inhalte, Messung von Werbung und Inhalten, Erkenntnisse über Zielgruppen und Produktentwicklungen.</p><button>Akzeptieren und weiter</button> <button>Zum Pur-Abo</button></div></div>
</body>
</html>"""
    gold = dict(body="\n".join(items), title=head, published=ymd(t), published_time=t.strftime("%H:%M"))
    add("de-spiegel-richtext-divs", "de", url, page, gold, without=[teaser, related[0], "Mehr lesen über", "Wir brauchen Ihre Zustimmung", "sol/dpa/Reuters", "Anzeige"])


def de_typo3_latin1():
    head, items = DE_STADT
    t = when(2024, 1, 23, 11, 0)
    url = f"https://www.wetzlingen.de/rathaus-politik/aktuelles/pressemitteilungen/detail/{slug(head)}"
    teaser = "Bauarbeiten dauern voraussichtlich bis Ende Oktober – Umleitung über die Ringstraße"
    others = [("Stadtbibliothek verlängert Öffnungszeiten", 3), ("Anmeldung für Ferienbetreuung ab sofort möglich", 8), ("Neue Sprechzeiten im Bürgerbüro", 15)]
    page = f"""<!DOCTYPE html>
<html lang="de-DE">
<head>

<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<!-- 
	This website is powered by TYPO3 - inspiring people to share!
	TYPO3 is a free open source Content Management Framework initially created by Kasper Skaarhoj and licensed under GNU/GPL.
	TYPO3 is copyright 1998-2019 of Kasper Skaarhoj. Extensions are copyright of their respective owners.
	Information and contribution at https://typo3.org/
-->

<base href="https://www.wetzlingen.de/">

<title>Stadt Wetzlingen: {esc(head)}</title>
<meta name="generator" content="TYPO3 CMS">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{attr(teaser)}">
<meta property="og:title" content="{attr(head)}">
<meta property="og:type" content="article">

<link rel="stylesheet" type="text/css" href="typo3temp/assets/compressed/merged-8f2b0c1d4e-min.css?1705911021" media="all">
<script src="typo3temp/assets/compressed/merged-1a7e9c-min.js?1705911021" type="text/javascript"></script>

</head>
<body id="p412" class="page-412 pagelevel-3 language-0 backendlayout-subpage layout-default">
<div id="cookieconsent" class="cc-window cc-banner cc-type-info cc-theme-block cc-bottom" role="dialog" aria-label="cookieconsent"><span id="cookieconsent:desc" class="cc-message">Diese Website verwendet Cookies, um Ihnen den bestmöglichen Service zu gewährleisten. Durch die weitere Nutzung der Seite stimmen Sie der Verwendung von Cookies zu. <a aria-label="learn more about cookies" class="cc-link" href="datenschutz/">Mehr erfahren</a></span><div class="cc-compliance"><a aria-label="dismiss cookie message" class="cc-btn cc-dismiss">Verstanden</a></div></div>
<a class="sr-only" href="#main">Zum Inhalt springen</a>
<header id="header"><div class="container"><a href="/" id="logo"><img src="fileadmin/templates/img/logo-wetzlingen.svg" alt="Stadt Wetzlingen" width="220" height="60"></a><ul id="servicenav"><li><a href="leichte-sprache/">Leichte Sprache</a></li><li><a href="gebaerdensprache/">Gebärdensprache</a></li><li><a href="kontakt/">Kontakt</a></li><li><a href="impressum/">Impressum</a></li></ul><form id="search" action="suche/" method="get"><input type="text" name="tx_kesearch_pi1[sword]" placeholder="Suchbegriff"><button type="submit">Suchen</button></form></div>
<nav id="mainnav"><ul><li class="active"><a href="rathaus-politik/">Rathaus &amp; Politik</a></li><li><a href="leben-in-wetzlingen/">Leben in Wetzlingen</a></li><li><a href="wirtschaft/">Wirtschaft</a></li><li><a href="kultur-freizeit/">Kultur &amp; Freizeit</a></li><li><a href="buergerservice/">Bürgerservice</a></li></ul></nav></header>
<div id="breadcrumb" class="container"><ol><li><a href="/">Startseite</a></li><li><a href="rathaus-politik/">Rathaus &amp; Politik</a></li><li><a href="rathaus-politik/aktuelles/">Aktuelles</a></li><li><a href="rathaus-politik/aktuelles/pressemitteilungen/">Pressemitteilungen</a></li></ol></div>
<div id="main" class="container"><div class="row">
<div id="subnav" class="col-md-3"><ul><li><a href="rathaus-politik/aktuelles/">Aktuelles</a><ul><li class="active"><a href="rathaus-politik/aktuelles/pressemitteilungen/">Pressemitteilungen</a></li><li><a href="rathaus-politik/aktuelles/amtsblatt/">Amtsblatt</a></li><li><a href="rathaus-politik/aktuelles/baustellen/">Baustellen</a></li><li><a href="rathaus-politik/aktuelles/veranstaltungen/">Veranstaltungen</a></li></ul></li></ul></div>
<div id="content" class="col-md-9">
<!--TYPO3SEARCH_begin-->
<div id="c2211" class="frame frame-default frame-type-list frame-layout-0">
<div class="news news-single">
	<div class="article" itemscope="itemscope" itemtype="http://schema.org/Article">
		<div class="header"><h1 itemprop="headline">{esc(head)}</h1></div>
		<div class="footer"><p><span class="news-list-date"><time itemprop="datePublished" datetime="{t:%Y-%m-%d}">{t:%d.%m.%Y}</time></span> <span class="news-list-category">Pressemitteilungen</span></p></div>
		<div class="teaser-text" itemprop="description"><p>{esc(teaser)}</p></div>
		<div class="news-text-wrap" itemprop="articleBody">
{''.join(f'<p>{esc(p)}</p>' for p in items)}
		</div>
		<div class="news-related-wrap"><div class="news-related news-related-files"><h4>Zugehörige Dateien</h4><ul><li><span class="news-related-files-link"><a href="fileadmin/user_upload/Umleitungsplan_Brueckenstrasse.pdf" target="_blank">Umleitungsplan Brückenstraße</a></span> <span class="news-related-files-size">(412 KB)</span></li></ul></div></div>
		<div class="news-backlink-wrap"><a href="rathaus-politik/aktuelles/pressemitteilungen/">Zurück</a></div>
	</div>
</div>
</div>
<!--TYPO3SEARCH_end-->
<div id="c2212" class="frame frame-default frame-type-text frame-layout-1"><header><h2>Weitere Pressemitteilungen</h2></header><div class="ce-bodytext"><ul>{"".join(f'<li>{(t - dt.timedelta(days=k)):%d.%m.%Y} – <a href="rathaus-politik/aktuelles/pressemitteilungen/detail/{slug(h)}">{esc(h)}</a></li>' for h, k in others)}</ul></div></div>
<div id="c2213" class="frame frame-default frame-type-text frame-layout-2"><header><h2>Kontakt</h2></header><div class="ce-bodytext"><p>Stadt Wetzlingen<br>Pressestelle<br>Rathausplatz 1<br>35712 Wetzlingen<br>Telefon: 06441 555-1020<br>E-Mail: <a href="javascript:linkTo_UnCryptMailto('nbjmup+qsfttfAxfu{{mjohfo/ef');">presse(at)wetzlingen.de</a></p></div></div>
</div>
</div></div>
<footer id="footer"><div class="container"><p>© {t.year} Stadt Wetzlingen · <a href="impressum/">Impressum</a> · <a href="datenschutz/">Datenschutz</a> · <a href="barrierefreiheit/">Erklärung zur Barrierefreiheit</a></p></div></footer>
<script src="typo3temp/assets/compressed/merged-d7b1f2-min.js?1705911021" type="text/javascript"></script>
</body>
</html>"""
    gold = dict(body="\n".join(items), title=head, published=ymd(t))
    add("de-typo3-news-latin1", "de", url, page, gold, enc="iso-8859-1",
        headers={"Content-Type": "text/html; charset=iso-8859-1"},
        without=[teaser, "Pressestelle", others[0][0], "Diese Website verwendet Cookies", "Umleitungsplan Brückenstraße"])


def de_gsb_land():
    head, items = DE_LAND
    t = when(2023, 6, 14, 13, 0)
    url = f"https://www.verkehr.landesregierung-like.de/SharedDocs/Pressemitteilungen/DE/{t.year}/{t:%m}/pm-{R.randint(100, 300)}-ladepunkte.html"
    page = f"""<!DOCTYPE html>
<html lang="de">
<head>
<base href="https://www.verkehr.landesregierung-like.de/"/>
<meta charset="UTF-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>Ministerium für Verkehr - {esc(head)}</title>
<meta name="generator" content="Government Site Builder"/>
<meta name="title" content="{attr(head)}"/>
<meta name="DC.title" content="{attr(head)}"/>
<meta name="DC.creator" content="Ministerium für Verkehr"/>
<meta name="DC.date.created" content="{t:%Y-%m-%d}"/>
<meta name="DC.type" content="Pressemitteilung"/>
<link rel="stylesheet" href="SiteGlobals/Frontend/Styles/color/color.css?__blob=publicationFile&amp;v=12" type="text/css"/>
<link rel="stylesheet" href="SiteGlobals/Frontend/Styles/normal/default.css?__blob=publicationFile&amp;v=12" type="text/css"/>
<script src="SiteGlobals/Frontend/JavaScript/init/global.js?__blob=publicationFile&amp;v=12"></script>
</head>
<body class="gsb startseite js-off lang-de" data-nn="{R.randint(100000, 999999)}">
<div id="wrapperOuter"><div id="wrapperInner">
<a id="Start"></a>
<p class="navSkip"><em>Springe direkt zu:</em></p>
<ul class="navSkip"><li><a href="#content">Inhalt</a></li><li><a href="#navPrimary">Hauptmenü</a></li><li><a href="#search">Suche</a></li></ul>
<div id="wrapperDivisions">
<div id="header"><div class="logo"><a href="Webs/DE/startseite.html" title="Zur Startseite"><img src="SiteGlobals/Frontend/Images/logo.svg?__blob=normal" alt="Ministerium für Verkehr des Landes"></a></div>
<div id="navServiceMeta"><ul><li><a href="DE/Service/LeichteSprache/leichtesprache_node.html">Leichte Sprache</a></li><li><a href="DE/Service/Gebaerdensprache/gebaerdensprache_node.html">Gebärdensprache</a></li><li><a href="DE/Service/Kontakt/kontakt_node.html">Kontakt</a></li><li><a href="EN/Home/home_node.html" lang="en">English</a></li></ul></div>
<div id="navPrimary"><h2 class="aural">Hauptmenü</h2><ul><li><a href="DE/Themen/themen_node.html">Themen</a></li><li><a href="DE/Ministerium/ministerium_node.html">Ministerium</a></li><li class="current"><a href="DE/Presse/presse_node.html">Presse</a></li><li><a href="DE/Service/service_node.html">Service</a></li></ul></div></div>
<div id="wrapperContent">
<div id="navBreadcrumbs"><p>Sie sind hier:</p><ol><li><a href="Webs/DE/startseite.html">Startseite</a></li><li><a href="DE/Presse/presse_node.html">Presse</a></li><li><strong>Pressemitteilungen</strong></li></ol></div>
<div id="content">
<div class="article">
<p class="c-article__date"><span class="c-article__type">Pressemitteilung Nr. {R.randint(60, 140)}/{t.year}</span> <span class="c-article__date-value">Datum {t:%d.%m.%Y}</span></p>
<h1 class="isFirstInSlot">{esc(head)}</h1>
<div class="text richtext">
{''.join(f'<p>{esc(p)}</p>' for p in items)}
</div>
<div class="sectionRelated"><h2>Weitere Informationen</h2><ul class="links"><li><a class="RichTextIntLink NavNode" href="DE/Themen/Elektromobilitaet/elektromobilitaet_node.html" title="Elektromobilität">Elektromobilität im Land</a></li><li><a class="RichTextExtLink ExternalLink" href="https://www.landesenergieagentur-like.de/foerderung" title="Landesenergieagentur (Öffnet neues Fenster)">Förderaufruf der Landesenergieagentur</a></li></ul></div>
<div class="c-article__contact"><h2>Pressekontakt</h2><p>Ministerium für Verkehr<br/>Pressestelle<br/>Telefon: 0711 555-4020<br/>E-Mail: pressestelle@vm.landesregierung-like.de</p></div>
<div class="sectionRelated tools"><ul><li class="print"><a href="{url}?nn={R.randint(100000, 999999)}&amp;view=renderPrint" target="_blank" title="Druckversion (Öffnet neues Fenster)">Drucken</a></li><li class="share"><a href="#share">Seite teilen</a></li><li class="top"><a href="#Start">Nach oben</a></li></ul></div>
</div>
</div>
<div id="complementary"><div class="teaser"><h2>Aktuelle Pressemitteilungen</h2><ul><li><span class="date">{(t - dt.timedelta(days=2)):%d.%m.%Y}</span> <a href="#">Radwegebau: Land startet Sonderprogramm für Schulwege</a></li><li><span class="date">{(t - dt.timedelta(days=5)):%d.%m.%Y}</span> <a href="#">Ministerin besucht Baustelle der neuen S-Bahn-Linie</a></li><li><span class="date">{(t - dt.timedelta(days=9)):%d.%m.%Y}</span> <a href="#">Mehr Geld für den Busverkehr im ländlichen Raum</a></li></ul></div></div>
</div>
<div id="footer"><div class="navFooter"><ul><li><a href="DE/Service/Impressum/impressum_node.html">Impressum</a></li><li><a href="DE/Service/Datenschutz/datenschutz_node.html">Datenschutz</a></li><li><a href="DE/Service/Barrierefreiheit/barrierefreiheit_node.html">Barrierefreiheit</a></li><li><a href="DE/Service/Sitemap/sitemap_node.html">Sitemap</a></li></ul></div><p>&copy; Ministerium für Verkehr {t.year}</p></div>
</div></div></div>
</body>
</html>"""
    gold = dict(body="\n".join(items), title=head, published=ymd(t))
    add("de-gsb-landesregierung", "de", url, page, gold, without=["Pressestelle", "Radwegebau: Land startet Sonderprogramm", "Springe direkt zu", "Förderaufruf der Landesenergieagentur"])


def de_wp_borlabs():
    head, items = DE_WP
    t = when(2023, 11, 13, 17, 25)
    dom = "oberbach-aktuell-like.de"
    url = f"https://{dom}/{t:%Y/%m/%d}/{slug(head.replace('ä', 'ae').replace('ö', 'oe').replace('ü', 'ue'))}/"
    rel = ["Weihnachtsmarkt öffnet am ersten Advent", "Gemeinderat beschließt Haushalt 2024", "Feuerwehr rückt zu Scheunenbrand aus"]
    rdates = other_dates(t, 3, 20)
    page = f"""<!DOCTYPE html>
<html lang="de-DE">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(head)} &#8211; Oberbach aktuell</title>
<meta name='robots' content='index, follow, max-image-preview:large' />
<meta property="og:locale" content="de_DE" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{attr(head)}" />
<meta property="article:published_time" content="{iso(t, '+01:00')}" />
<link rel='stylesheet' id='generate-style-css' href='https://{dom}/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.3.1' media='all' />
<link rel='stylesheet' id='borlabs-cookie-css' href='https://{dom}/wp-content/cache/borlabs-cookie/borlabs-cookie_1_de.css?ver=2.2.67-18' media='all' />
<script id='borlabs-cookie-prioritize-js-extra'>var borlabsCookiePrioritized = {{"domain":"{dom}","path":"\\/","version":"1","bots":"1","optInJS":{{"statistics":{{"google-analytics":"PHNjcmlwdD4="}}}}}};</script>
<meta name="generator" content="WordPress 6.4.1" />
</head>
<body class="post-template-default single single-post postid-8812 single-format-standard wp-embed-responsive right-sidebar nav-below-header separate-containers header-aligned-left dropdown-hover" itemtype="https://schema.org/Blog" itemscope>
<a class="screen-reader-text skip-link" href="#content" title="Zum Inhalt springen">Zum Inhalt springen</a>
<header class="site-header" id="masthead" aria-label="Website" itemtype="https://schema.org/WPHeader" itemscope><div class="inside-header grid-container"><div class="site-branding"><p class="main-title" itemprop="headline"><a href="https://{dom}/" rel="home">Oberbach aktuell</a></p><p class="site-description" itemprop="description">Nachrichten aus Bad Oberbach und Umgebung</p></div></div></header>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primär" itemtype="https://schema.org/SiteNavigationElement" itemscope><div class="inside-navigation grid-container"><ul id="menu-hauptmenue" class="main-nav menu sf-menu"><li class="menu-item"><a href="https://{dom}/">Start</a></li><li class="menu-item current-post-ancestor"><a href="https://{dom}/kategorie/lokales/">Lokales</a></li><li class="menu-item"><a href="https://{dom}/kategorie/vereine/">Vereine</a></li><li class="menu-item"><a href="https://{dom}/kategorie/sport/">Sport</a></li><li class="menu-item"><a href="https://{dom}/termine/">Termine</a></li><li class="menu-item"><a href="https://{dom}/kontakt/">Kontakt</a></li></ul></div></nav>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content">
<div class="content-area" id="primary"><main class="site-main" id="main">
<article id="post-8812" class="post-8812 post type-post status-publish format-standard has-post-thumbnail hentry category-lokales" itemtype="https://schema.org/CreativeWork" itemscope>
<div class="inside-article">
<header class="entry-header" aria-label="Inhalt">
<h1 class="entry-title" itemprop="headline">{esc(head)}</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="{iso(t, '+01:00')}" itemprop="datePublished">{t.day}. {DE_MON[t.month - 1]} {t.year}</time></span> <span class="byline">von <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><a class="url fn n" href="https://{dom}/author/redaktion/" title="Alle Beiträge von Redaktion anzeigen" rel="author" itemprop="url"><span class="author-name" itemprop="name">Redaktion</span></a></span></span></div>
</header>
<div class="featured-image page-header-image-single grid-container grid-parent"><img width="1200" height="800" src="https://{dom}/wp-content/uploads/{t:%Y/%m}/aerztehaus.jpg" class="attachment-full size-full wp-post-image" alt="" itemprop="image" decoding="async" /></div>
<div class="entry-content" itemprop="text">
{''.join(f'<p>{esc(p)}</p>' for p in items)}
<div class="shariff shariff-align-flex-start"><ul class="shariff-buttons theme-default orientation-horizontal buttonsize-medium"><li class="shariff-button facebook"><a href="https://www.facebook.com/sharer/sharer.php?u={url}" title="Bei Facebook teilen" aria-label="Bei Facebook teilen" role="button" rel="noopener nofollow" class="shariff-link"><span class="shariff-text">teilen</span></a></li><li class="shariff-button whatsapp"><a href="https://api.whatsapp.com/send?text={url}" title="Bei Whatsapp teilen" aria-label="Bei Whatsapp teilen" role="button" rel="noopener nofollow" class="shariff-link"><span class="shariff-text">teilen</span></a></li><li class="shariff-button mailto"><a href="mailto:?body={url}" title="Per E-Mail versenden" aria-label="Per E-Mail versenden" role="button" rel="noopener nofollow" class="shariff-link"><span class="shariff-text">E-Mail</span></a></li></ul></div>
</div>
<footer class="entry-meta" aria-label="Beitrags-Meta"><span class="cat-links"><span class="screen-reader-text">Kategorien </span><a href="https://{dom}/kategorie/lokales/" rel="category tag">Lokales</a></span> <nav id="nav-below" class="post-navigation" aria-label="Beiträge"><div class="nav-previous"><span class="prev"><a href="https://{dom}/{slug(rel[2])}/" rel="prev">{esc(rel[2])}</a></span></div></nav></footer>
</div>
</article>
<div class="comments-area"><div id="comments"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Schreibe einen Kommentar</h3><form action="https://{dom}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-form-comment"><label for="comment" class="screen-reader-text">Kommentar</label><textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p><p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" /> <label for="wp-comment-cookies-consent">Meinen Namen, meine E-Mail-Adresse und meine Website in diesem Browser für die nächste Kommentierung speichern.</label></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Kommentar abschicken" /></p></form></div></div></div>
</main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar"><aside id="recent-posts-2" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Neueste Beiträge</h2><ul>{"".join(f'<li><a href="https://{dom}/{slug(r)}/">{esc(r)}</a><span class="post-date">{d.day}. {DE_MON[d.month - 1]} {d.year}</span></li>' for r, d in zip(rel, rdates))}</ul></aside></div></div>
</div></div>
<div class="site-footer"><footer class="site-info" aria-label="Website" itemtype="https://schema.org/WPFooter" itemscope><div class="inside-site-info grid-container"><div class="copyright-bar">&copy; {t.year} Oberbach aktuell · <a href="https://{dom}/impressum/">Impressum</a> · <a href="https://{dom}/datenschutz/">Datenschutz</a></div></div></footer></div>
<div data-nosnippet><script id="BorlabsCookieBoxWrap" type="text/template"><div id="BorlabsCookieBox" class="BorlabsCookie" role="dialog" aria-labelledby="CookieBoxTextHeadline" aria-describedby="CookieBoxTextDescription" aria-modal="true"><div class="middle-center" style="display: none;"><div class="_brlbs-box-wrap"><div class="_brlbs-box _brlbs-box-advanced"><div class="cookie-box"><div class="container"><div class="row"><div class="col-12"><div class="_brlbs-flex-center"><span role="heading" aria-level="3" class="_brlbs-h3" id="CookieBoxTextHeadline">Datenschutzeinstellungen</span></div><p id="CookieBoxTextDescription"><span class="_brlbs-paragraph _brlbs-text-description">Wir nutzen Cookies auf unserer Website. Einige von ihnen sind essenziell, während andere uns helfen, diese Website und Ihre Erfahrung zu verbessern.</span></p></div></div></div></div></div></div></div></div></script><div id="BorlabsCookieBox" class="BorlabsCookie" role="dialog" aria-labelledby="CookieBoxTextHeadline2" aria-modal="true"><div class="_brlbs-bar-wrap"><div class="_brlbs-bar _brlbs-bar-advanced"><div class="cookie-box"><div class="container"><div class="row align-items-center"><div class="col-12 col-sm-9"><div class="_brlbs-flex-left"><span role="heading" aria-level="3" class="_brlbs-h3" id="CookieBoxTextHeadline2">Datenschutzeinstellungen</span></div><p><span class="_brlbs-paragraph _brlbs-text-description">Wir nutzen Cookies auf unserer Website. Einige von ihnen sind essenziell, während andere uns helfen, diese Website und Ihre Erfahrung zu verbessern. Wenn Sie unter 16 Jahre alt sind und Ihre Zustimmung zu freiwilligen Diensten geben möchten, müssen Sie Ihre Erziehungsberechtigten um Erlaubnis bitten.</span></p><p class="_brlbs-accept"><a href="#" tabindex="0" role="button" class="_brlbs-btn _brlbs-btn-accept-all _brlbs-cursor" data-cookie-accept-all>Alle akzeptieren</a></p><p class="_brlbs-refuse-btn"><a class="_brlbs-btn _brlbs-cursor" href="#" tabindex="0" role="button" data-cookie-refuse>Nur essenzielle Cookies akzeptieren</a></p></div></div></div></div></div></div></div></div>
<script src='https://{dom}/wp-content/plugins/borlabs-cookie/assets/javascript/borlabs-cookie.min.js?ver=2.2.67' id='borlabs-cookie-js'></script>
</body>
</html>"""
    gold = dict(body="\n".join(items), title=head, published=ymd(t), published_time=t.strftime("%H:%M"))
    add("de-wp-generatepress-borlabs", "de", url, page, gold, without=["Wir nutzen Cookies auf unserer Website", rel[0], "Schreibe einen Kommentar", "Nachrichten aus Bad Oberbach und Umgebung"])


def fr_lemonde():
    head, items = FR_LEMONDE
    t = when(2023, 11, 15, 16, 42)
    mod = t + dt.timedelta(hours=15, minutes=28)
    author = "Gilles Rof"
    chapo = "Selon la chambre régionale des comptes, seuls 11 des 188 établissements prévus ont été rénovés deux ans après le lancement du plan."
    url = f"https://www.lemonde-like.fr/societe/article/{t:%Y/%m/%d}/a-marseille-la-renovation-des-ecoles-prend-du-retard_{R.randint(6000000, 6999999)}_3224.html"
    lire = [("Lire aussi |", "Ecoles de Marseille : l’Etat et la ville signent une convention de financement"),
            ("Lire aussi le reportage |", "Dans les quartiers nord, des élèves toujours en préfabriqués")]
    fmt = lambda d: f"{d.day} {FR_MON[d.month - 1]} {d.year} à {d:%H}h{d:%M}"
    blocks = []
    for i, p in enumerate(items):
        blocks.append(f'<p class="article__paragraph ">{esc(p)}</p>')
        if i in (1, 3):
            lab, txt = lire[0 if i == 1 else 1]
            blocks.append(f'<p class="article__paragraph article__paragraph--lf"><span class="article__read-more"> {esc(lab)} </span><a class="article__link" href="https://www.lemonde-like.fr/societe/article/2023/0{R.randint(1, 9)}/1{R.randint(0, 9)}/{slug(txt)}_{R.randint(6000000, 6999999)}_3224.html">{esc(txt)}</a></p>')
        if i == 2:
            blocks.append('<div class="dfp__inread dfp-slot dfp__slot--inread" id="inread_top" data-format="inread_top"></div>')
    page = f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="UTF-8">
<title>{esc(head)}</title>
<meta name="description" content="{attr(chapo)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{attr(head)}">
<meta property="og:description" content="{attr(chapo)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="Le Monde.fr">
<meta property="og:article:published_time" content="{t:%Y-%m-%dT%H:%M:%S}+01:00">
<meta property="og:article:modified_time" content="{mod:%Y-%m-%dT%H:%M:%S}+01:00">
<meta property="og:article:author" content="{author}">
<link rel="canonical" href="{url}">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","mainEntityOfPage":{{"@type":"WebPage","@id":"{url}"}},"headline":"{attr(head)}","datePublished":"{t:%Y-%m-%dT%H:%M:%S}+01:00","dateModified":"{mod:%Y-%m-%dT%H:%M:%S}+01:00","author":[{{"@type":"Person","name":"{author}"}}],"publisher":{{"@type":"Organization","name":"Le Monde"}},"isAccessibleForFree":false,"hasPart":{{"@type":"WebPageElement","isAccessibleForFree":false,"cssSelector":".article__content"}}}}</script>
<link rel="stylesheet" href="https://www.lemonde-like.fr/bucket/7f2e1a/css/article.css">
<script>var lmd = {{"context":{{"page":{{"type":"article","article":{{"id":{R.randint(6000000, 6999999)},"section":"societe","restricted":false,"publishedDate":"{t:%Y-%m-%dT%H:%M:%S}+01:00"}}}},"user":{{"isSubscriber":false}}}}}};</script>
<script src="https://www.lemonde-like.fr/bucket/7f2e1a/js/article.js" defer></script>
</head>
<body class="article-page">
<header class="Header"><div class="Header__wrapper"><a class="Header__logo" href="https://www.lemonde-like.fr/">Le Monde</a><nav class="Nav"><ul class="Nav__list"><li><a href="/international/">International</a></li><li><a href="/politique/">Politique</a></li><li class="Nav__item--active"><a href="/societe/">Société</a></li><li><a href="/les-decodeurs/">Les Décodeurs</a></li><li><a href="/sport/">Sport</a></li><li><a href="/planete/">Planète</a></li><li><a href="/sciences/">Sciences</a></li><li><a href="/campus/">M Campus</a></li><li><a href="/le-monde-afrique/">Le Monde Afrique</a></li><li><a href="/pixels/">Pixels</a></li><li><a href="/culture/">Culture</a></li></ul></nav><a class="Header__subscribe" href="/abonnement/">S’abonner</a> <a class="Header__login" href="/login/">Se connecter</a></div></header>
<main id="habillagepub" class="zone zone--article">
<section class="article article--content">
<header class="article__header">
<ul class="breadcrumb"><li><a href="/societe/">Société</a></li><li><a href="/education/">Education</a></li></ul>
<h1 class="article__title">{esc(head)}</h1>
<p class="article__desc">{esc(chapo)}</p>
<section class="meta meta__publisher"><span class="meta__author meta__author--page">Par <a class="article__author-link" href="/signataires/gilles-rof/">{author}</a> (Marseille, correspondant)</span> <span class="meta__date meta__date--header">Publié le {fmt(t)}, modifié le {fmt(mod)}</span> <span class="meta__reading-time"><span class="sr-only">Temps de </span>Lecture 2 min.</span></section>
<section class="article__share"><ul class="social"><li><a class="social__item social__item--facebook" href="https://www.facebook.com/sharer/sharer.php?u={url}">Partager sur Facebook</a></li><li><a class="social__item social__item--twitter" href="https://twitter.com/intent/tweet?url={url}">Partager sur X</a></li><li><a class="social__item social__item--mail" href="mailto:?subject={attr(head)}">Envoyer par e-mail</a></li><li><a class="social__item social__item--offer">Offrir cet article</a></li></ul></section>
</header>
<section class="article__wrapper article__wrapper--premium">
<article class="article__content old__article-content-single">
{chr(10).join(blocks)}
<footer class="article__footer-single old__article-footer"><span class="author__detail"><span class="author__name">{author}</span> (Marseille, correspondant)</span></footer>
</article>
</section>
<section class="article__siblings"><h3 class="article__siblings-title">Contribuer</h3><p class="article__siblings-text">Réutiliser ce contenu</p></section>
<section id="comments" class="article__reactions"><h3 class="comments__title">Les plus lus</h3><ol class="comments__list">{"".join(f'<li><a href="/societe/{slug(h)}">{esc(h)}</a></li>' for h in ["Grève à la SNCF : le trafic sera très perturbé jeudi", "Immobilier : les prix baissent dans la plupart des grandes villes", "Le gouvernement présente son plan contre le harcèlement scolaire"])}</ol></section>
</section>
</main>
<footer class="Footer"><div class="Footer__links"><a href="/mentions-legales/">Mentions légales</a> · <a href="/cgv/">Conditions générales de vente</a> · <a href="/charte-donnees/">Politique de confidentialité</a> · <a href="/cookies/">Gestion des cookies</a></div><p class="Footer__copyright">Le Monde.fr - Actualités et Infos en France et dans le monde</p></div></footer>
<div class="gdpr-lmd-wall" id="gdpr-lmd"><div class="gdpr-lmd-wall__content"><h2>Vous acceptez les cookies, ou vous vous abonnez</h2><p>Avec nos partenaires, nous traitons vos données personnelles (cookies, identifiants, données de navigation) afin de mesurer l’audience, de personnaliser les publicités et le contenu et d’améliorer nos services.</p><button class="gdpr-lmd-button gdpr-lmd-button--main">Accepter et continuer</button><a class="gdpr-lmd-button" href="/abonnement/">S’abonner</a></div></div>
</body>
</html>"""
    gold = dict(body="\n".join(items), title=head, published=ymd(t), published_time=t.strftime("%H:%M"))
    add("fr-lemonde-lire-aussi", "fr", url, page, gold, without=[chapo, lire[0][1], "Vous acceptez les cookies", "Grève à la SNCF", "Marseille, correspondant"])


def fr_ouest():
    head, items = FR_OUEST
    t = when(2023, 11, 16, 6, 30)
    url = f"https://www.ouest-france-like.fr/bretagne/saint-brieuc-22000/saint-brieuc-la-piscine-aquabaie-fermee-deux-mois-pour-travaux-{R.randint(10**7, 10**8):x}-{R.randint(4096, 65535):x}"
    page = f"""<!DOCTYPE html>
<html lang="fr-FR">
<head>
<meta charset="utf-8">
<title>{esc(head)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{attr(items[0][:155])}">
<meta property="og:title" content="{attr(head)}">
<meta property="article:published_time" content="{t:%Y-%m-%dT%H:%M:%S}+01:00">
<meta property="article:section" content="Saint-Brieuc">
<link rel="canonical" href="{url}">
<script>window.didomiConfig = {{"app":{{"apiKey":"7f2a","vendors":{{"iab":{{"all":true}}}}}},"notice":{{"position":"popup"}},"languages":{{"enabled":["fr"]}}}};</script>
<script type="text/javascript">window.gdprAppliesGlobally=true;(function(){{function a(e){{if(!window.frames[e]){{if(document.body&&document.body.firstChild){{var t=document.body;var n=document.createElement("iframe");n.style.display="none";n.name=e;n.title=e;t.insertBefore(n,t.firstChild)}}else{{setTimeout(function(){{a(e)}},5)}}}}}}a("__tcfapiLocator")}})();</script>
<link rel="stylesheet" href="https://www.ouest-france-like.fr/static/css/article.min.css?v=4.12.0">
</head>
<body class="page-article">
<header id="header-of"><div class="wrapper"><a class="logo" href="https://www.ouest-france-like.fr/" title="Ouest-France">Ouest-France</a><nav class="nav-principale"><ul><li><a href="/actualite-en-continu/">En continu</a></li><li><a href="/monde/">Monde</a></li><li><a href="/politique/">Politique</a></li><li><a href="/economie/">Économie</a></li><li><a href="/sport/">Sport</a></li><li><a href="/bretagne/" class="active">Bretagne</a></li><li><a href="/normandie/">Normandie</a></li><li><a href="/pays-de-la-loire/">Pays de la Loire</a></li></ul></nav><a class="btn-abonnement" href="/abonnement/">Je m’abonne</a></div></header>
<main id="main-content">
<div class="fil-ariane"><a href="/bretagne/">Bretagne</a> &gt; <a href="/bretagne/saint-brieuc-22000/">Saint-Brieuc</a></div>
<article class="article-detail" itemscope itemtype="http://schema.org/NewsArticle">
<header class="article-header">
<h1 class="titre-article" itemprop="headline">{esc(head)}</h1>
<p class="signature"><span class="auteur" itemprop="author">Ouest-France</span></p>
<p class="publication"><time itemprop="datePublished" datetime="{t:%Y-%m-%dT%H:%M:%S}+01:00">Publié le {t:%d/%m/%Y} à {t:%H}h{t:%M}</time></p>
<div class="partage"><a href="https://www.facebook.com/sharer.php?u={url}" class="btn-partage facebook">Facebook</a><a href="https://twitter.com/intent/tweet?url={url}" class="btn-partage twitter">Twitter</a><a href="#" class="btn-partage copier">Copier le lien</a></div>
</header>
<figure class="illustration"><img src="https://media.ouest-france-like.fr/v1/pictures/MjAyMzExYzU.jpg?width=1260" alt="La piscine Aquabaie, à Saint-Brieuc."><figcaption>La piscine Aquabaie, à Saint-Brieuc. | ARCHIVES OUEST-FRANCE</figcaption></figure>
<div class="article-detail-text" itemprop="articleBody">
<section class="su-article-body">
{''.join(f'<p>{esc(p)}</p>' for p in items)}
</section>
</div>
<div class="bloc-newsletter"><p class="titre">Newsletter Saint-Brieuc</p><p>Chaque matin, recevez les infos essentielles de votre ville.</p><form><input type="email" placeholder="Votre adresse e-mail"><button>Je m’inscris</button></form></div>
<aside class="a-lire-aussi"><h2>À lire aussi</h2><ul><li><a href="/bretagne/saint-brieuc-22000/marche-de-noel">Saint-Brieuc : le marché de Noël s’installe place de la Grille</a> <span class="date">14/11/2023</span></li><li><a href="/bretagne/plerin-22190/piscine">Plérin : la piscine élargit ses horaires</a> <span class="date">10/11/2023</span></li></ul></aside>
</article>
</main>
<footer id="footer-of"><p>© Ouest-France · <a href="/mentions-legales/">Mentions légales</a> · <a href="/confidentialite/">Données personnelles</a> · <a href="/cookies/">Cookies</a></p></footer>
</body>
</html>"""
    gold = dict(body="\n".join(items), title=head, published=ymd(t), published_time=t.strftime("%H:%M"))
    add("fr-ouest-regional", "fr", url, page, gold, without=["ARCHIVES OUEST-FRANCE", "Newsletter Saint-Brieuc", "le marché de Noël s’installe", "Je m’abonne"])


def fr_prefecture():
    head, items = FR_PREF
    t = when(2022, 7, 21, 15, 30)
    url = f"https://www.cher-like.gouv.fr/Actualites/Secheresse-de-nouvelles-restrictions-d-usage-de-l-eau-dans-le-departement"
    page = f"""<!DOCTYPE html>
<html lang="fr" data-fr-scheme="system">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>{esc(head)} - Actualités - Les services de l'État dans le Cher</title>
<meta name="description" content="{attr(items[0][:150])}">
<meta name="format-detection" content="telephone=no,date=no,address=no,email=no,url=no">
<link rel="stylesheet" href="/bundles/dsfr/dsfr.min.css?v=1.7.2">
<link rel="stylesheet" href="/bundles/dsfr/utility/icons/icons.min.css?v=1.7.2">
<script type="text/javascript" src="/bundles/tarteaucitron/tarteaucitron.js"></script>
<script type="text/javascript">tarteaucitron.init({{"privacyUrl": "/Mentions-legales","hashtag": "#tarteaucitron","cookieName": "tarteaucitron","orientation": "bottom","showAlertSmall": false,"cookieslist": true,"adblocker": false,"AcceptAllCta" : true,"highPrivacy": true,"handleBrowserDNTRequest": false,"removeCredit": true,"moreInfoLink": true}});</script>
</head>
<body>
<div class="fr-skiplinks"><nav class="fr-container" role="navigation" aria-label="Accès rapide"><ul class="fr-skiplinks__list"><li><a class="fr-link" href="#contenu">Contenu</a></li><li><a class="fr-link" href="#header-navigation">Menu</a></li><li><a class="fr-link" href="#footer">Pied de page</a></li></ul></nav></div>
<header role="banner" class="fr-header"><div class="fr-header__body"><div class="fr-container"><div class="fr-header__body-row"><div class="fr-header__brand fr-enlarge-link"><div class="fr-header__brand-top"><div class="fr-header__logo"><p class="fr-logo">Préfet<br>du Cher</p></div></div><div class="fr-header__service"><a href="/" title="Accueil - Les services de l'État dans le Cher"><p class="fr-header__service-title">Les services de l'État dans le Cher</p></a></div></div><div class="fr-header__tools"><div class="fr-header__tools-links"><ul class="fr-btns-group"><li><a class="fr-btn fr-icon-mail-line" href="/Contact">Nous contacter</a></li></ul></div></div></div></div></div>
<div class="fr-header__menu fr-modal" id="header-navigation"><div class="fr-container"><nav class="fr-nav" role="navigation" aria-label="Menu principal"><ul class="fr-nav__list"><li class="fr-nav__item"><a class="fr-nav__link" href="/Actualites" aria-current="page">Actualités</a></li><li class="fr-nav__item"><a class="fr-nav__link" href="/Publications">Publications</a></li><li class="fr-nav__item"><a class="fr-nav__link" href="/Actions-de-l-Etat">Actions de l'État</a></li><li class="fr-nav__item"><a class="fr-nav__link" href="/Demarches">Démarches</a></li><li class="fr-nav__item"><a class="fr-nav__link" href="/Services-de-l-Etat">Services de l'État</a></li></ul></nav></div></div></header>
<main role="main" id="contenu"><div class="fr-container">
<nav role="navigation" class="fr-breadcrumb" aria-label="vous êtes ici :"><ol class="fr-breadcrumb__list"><li><a class="fr-breadcrumb__link" href="/">Accueil</a></li><li><a class="fr-breadcrumb__link" href="/Actualites">Actualités</a></li><li><a class="fr-breadcrumb__link" aria-current="page">{esc(head)}</a></li></ol></nav>
<div class="fr-grid-row fr-grid-row--gutters"><div class="fr-col-12 fr-col-md-8">
<h1>{esc(head)}</h1>
<p class="fr-text--sm fr-mb-2w">Publié le {t:%d/%m/%Y}</p>
<div class="fr-tags-group"><p class="fr-tag fr-tag--sm">Environnement</p><p class="fr-tag fr-tag--sm">Eau</p></div>
<div class="item-text">
{''.join(f'<p>{esc(p)}</p>' for p in items)}
</div>
<div class="fr-downloads-group"><h2 class="fr-downloads-group__title">Documents à télécharger</h2><ul><li><div class="fr-download"><p><a href="/content/download/arrete-secheresse.pdf" class="fr-download__link">Arrêté préfectoral de restriction des usages de l’eau<span class="fr-download__detail">PDF - 412,5 Ko</span></a></p></div></li></ul></div>
<div class="fr-share"><p class="fr-share__title">Partager la page</p><ul class="fr-btns-group"><li><a class="fr-btn--facebook fr-btn" title="Partager sur Facebook - nouvelle fenêtre" href="https://www.facebook.com/sharer.php?u={url}" target="_blank" rel="noopener">Partager sur Facebook</a></li><li><a class="fr-btn--twitter fr-btn" title="Partager sur Twitter - nouvelle fenêtre" href="https://twitter.com/intent/tweet?url={url}" target="_blank" rel="noopener">Partager sur Twitter</a></li><li><a class="fr-btn--mail fr-btn" href="mailto:?subject={attr(head)}&amp;body={url}" title="Partager par email">Partager par email</a></li></ul></div>
</div>
<div class="fr-col-12 fr-col-md-4"><div class="fr-card"><div class="fr-card__body"><h3 class="fr-card__title">Toutes les actualités</h3><ul>{"".join(f'<li><a href="/Actualites/{slug(h)}">{esc(h)}</a> <span class="fr-text--xs">{(t - dt.timedelta(days=k)):%d/%m/%Y}</span></li>' for h, k in [("Feux de forêt : l’emploi du feu interdit jusqu’au 15 septembre", 2), ("Fête nationale : interdiction de la vente de pétards", 8), ("Canicule : le département placé en vigilance orange", 12)])}</ul></div></div></div>
</div></div></main>
<footer class="fr-footer" role="contentinfo" id="footer"><div class="fr-container"><div class="fr-footer__body"><div class="fr-footer__brand fr-enlarge-link"><p class="fr-logo">Préfet<br>du Cher</p></div><div class="fr-footer__content"><ul class="fr-footer__content-list"><li class="fr-footer__content-item"><a class="fr-footer__content-link" href="https://www.legifrance.gouv.fr">legifrance.gouv.fr</a></li><li class="fr-footer__content-item"><a class="fr-footer__content-link" href="https://www.gouvernement.fr">gouvernement.fr</a></li><li class="fr-footer__content-item"><a class="fr-footer__content-link" href="https://www.service-public.fr">service-public.fr</a></li><li class="fr-footer__content-item"><a class="fr-footer__content-link" href="https://www.data.gouv.fr">data.gouv.fr</a></li></ul></div></div><div class="fr-footer__bottom"><ul class="fr-footer__bottom-list"><li class="fr-footer__bottom-item"><a class="fr-footer__bottom-link" href="/Plan-du-site">Plan du site</a></li><li class="fr-footer__bottom-item"><a class="fr-footer__bottom-link" href="/Accessibilite">Accessibilité : partiellement conforme</a></li><li class="fr-footer__bottom-item"><a class="fr-footer__bottom-link" href="/Mentions-legales">Mentions légales</a></li></ul><div class="fr-footer__bottom-copy"><p>Sauf mention contraire, tous les textes de ce site sont sous <a href="https://github.com/etalab/licence-ouverte/blob/master/LO.md" target="_blank" rel="noopener">licence etalab-2.0</a></p></div></div></div></footer>
<div id="tarteaucitronRoot"><div id="tarteaucitronAlertBig" style="display:block"><span id="tarteaucitronDisclaimerAlert">Ce site utilise des cookies et vous donne le contrôle sur ce que vous souhaitez activer</span><button type="button" id="tarteaucitronPersonalize2">✓ Tout accepter</button><button type="button" id="tarteaucitronAllDenied2">✗ Tout refuser</button><button type="button" id="tarteaucitronCloseAlert">Personnaliser</button></div></div>
</body>
</html>"""
    gold = dict(body="\n".join(items), title=head, published=ymd(t))
    add("fr-prefecture-dsfr", "fr", url, page, gold, without=["Ce site utilise des cookies", "Feux de forêt : l’emploi du feu interdit", "Partager la page", "Arrêté préfectoral de restriction"])


def pl_portal():
    head, items = PL_PORTAL
    lead = items[0]
    t = when(2023, 11, 15, 16, 42)
    url = f"https://wiadomosci.portal-like.pl/kraj/nowy-most-na-wisle-gotowy-kierowcy-pojada-nim-jeszcze-przed-swietami/{''.join(pick('abcdefghjkmnpqrstuvwxyz0123456789', 7))}"
    zob = ["Remont torowiska. Tramwaje nie pojadą przez centrum", "Ceny paliw. Kierowcy zapłacą mniej na stacjach"]
    blocks = [f'<div class="hyphenate lead" id="lead">{esc(lead)}</div>']
    for i, p in enumerate(items[1:], 1):
        blocks.append(f'<p class="hyphenate">{esc(p)}</p>')
        if i == 1:
            blocks.append('<div class="videoPlayer"><div class="mvp-player" data-mvp="22-77-1"></div><p class="videoMarker">Dalszy ciąg materiału pod wideo</p></div>')
        if i == 2:
            blocks.append('<div class="relatedBox"><span class="relatedBoxTitle">Zobacz także:</span><ul>' + "".join(f'<li><a href="https://wiadomosci.portal-like.pl/kraj/{slug(z)}">{esc(z)}</a></li>' for z in zob) + '</ul></div>')
    page = f"""<!DOCTYPE html>
<html lang="pl">
<head>
<meta charset="utf-8">
<title>{esc(head)} - Wiadomości</title>
<meta name="description" content="{attr(lead[:160])}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{attr(head)}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{t:%Y-%m-%dT%H:%M:%S}+01:00">
<link rel="canonical" href="{url}">
<script type="application/ld+json">{{"@context":"http://schema.org","@type":"NewsArticle","headline":"{attr(head)}","datePublished":"{t:%Y-%m-%dT%H:%M:%S}+0100","author":{{"@type":"Organization","name":"PAP"}}}}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({{"pageType":"article","category":"kraj","source":"PAP","premium":false}});</script>
<script src="https://ocdn.eu/pulscms/pulsembed/portal/ads.min.js" async></script>
</head>
<body>
<div id="rodoModal" class="rodoModal" role="dialog" aria-modal="true"><div class="rodoModalContent"><h2>Dbamy o Twoją prywatność</h2><p>Wykorzystujemy pliki cookies i podobne technologie w celu dostosowania serwisu do potrzeb użytkowników, w celach statystycznych i reklamowych. Możesz zmienić ustawienia dotyczące plików cookies w swojej przeglądarce. Więcej informacji znajdziesz w Polityce prywatności.</p><button class="rodoAccept">Przejdź do serwisu</button> <button class="rodoSettings">Ustawienia zaawansowane</button></div></div>
<header class="pageHeader"><a class="logo" href="https://www.portal-like.pl/">Portal</a><nav class="mainNav"><ul><li><a href="https://wiadomosci.portal-like.pl/">Wiadomości</a></li><li><a href="https://sport.portal-like.pl/">Sport</a></li><li><a href="https://biznes.portal-like.pl/">Biznes</a></li><li><a href="https://kultura.portal-like.pl/">Kultura</a></li><li><a href="https://pogoda.portal-like.pl/">Pogoda</a></li><li><a href="https://moto.portal-like.pl/">Moto</a></li></ul></nav></header>
<main class="mainContent">
<article class="articleDetail">
<div class="breadcrumbs"><a href="https://wiadomosci.portal-like.pl/">Wiadomości</a> › <a href="https://wiadomosci.portal-like.pl/kraj">Kraj</a></div>
<h1 class="mainTitle">{esc(head)}</h1>
<div class="articleMeta"><span class="author">PAP</span> <span class="datePublished">{t.day} {PL_MON_GEN[t.month - 1]} {t.year}, {t:%H:%M}</span> <span class="shareCount">Udostępnij</span></div>
<div class="articleMainPhoto"><img src="https://ocdn.eu/images/pulscms/most.webp" alt="Nowy most na Wiśle"><div class="photoDesc">Most na Wiśle. Fot. PAP/{esc(pick(['Darek Delmanowicz', 'Tytus Żmijewski', 'Wojtek Jargiło']))}</div></div>
<div class="detail" id="detail">
{chr(10).join(blocks)}
</div>
<div class="articleSource">Źródło: PAP</div>
<div class="articleTags"><a href="/tag/most">most</a> <a href="/tag/gddkia">GDDKiA</a> <a href="/tag/drogi">drogi</a></div>
</article>
<section class="comments"><h2>Komentarze (12)</h2><ul><li><span class="nick">kierowca77</span> <span class="date">15.11.2023, 17:05</span><p>Nareszcie! Czekamy na to od dziesięciu lat.</p></li><li><span class="nick">mieszkanka</span> <span class="date">15.11.2023, 17:31</span><p>A co z ekranami akustycznymi przy osiedlu?</p></li></ul></section>
</main>
<footer class="pageFooter"><p>Copyright © {t.year} Portal S.A. Wszelkie prawa zastrzeżone.</p><ul><li><a href="/regulamin">Regulamin</a></li><li><a href="/polityka-prywatnosci">Polityka prywatności</a></li><li><a href="/kontakt">Kontakt</a></li></ul></footer>
</body>
</html>"""
    gold = dict(body="\n".join(items), title=head, published=ymd(t), published_time=t.strftime("%H:%M"))
    add("pl-portal-lead-div", "pl", url, page, gold, without=["Dalszy ciąg materiału pod wideo", zob[0], "Dbamy o Twoją prywatność", "Nareszcie! Czekamy na to od dziesięciu lat.", "Źródło: PAP"])


def pl_joomla_latin2():
    head, items = PL_GMINA
    t = when(2023, 9, 15, 10, 12)
    mod = t + dt.timedelta(days=3, hours=-2)
    pl_days = ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"]
    url = f"http://www.zielonka-gmina-like.pl/index.php?option=com_content&task=view&id={R.randint(800, 1500)}&Itemid=2"
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="pl-pl" lang="pl-pl" >
<head>
  <meta http-equiv="content-type" content="text/html; charset=iso-8859-2" />
  <meta name="robots" content="index, follow" />
  <meta name="keywords" content="gmina, Zielonka, urząd gminy, sołectwo" />
  <meta name="description" content="Oficjalna strona Gminy Zielonka" />
  <meta name="generator" content="Joomla! 1.5 - Open Source Content Management" />
  <title>{esc(head)} - Gmina Zielonka</title>
  <link href="/templates/zielonka/favicon.ico" rel="shortcut icon" type="image/x-icon" />
  <script type="text/javascript" src="/media/system/js/mootools.js"></script>
  <script type="text/javascript" src="/media/system/js/caption.js"></script>
<link rel="stylesheet" href="/templates/system/css/system.css" type="text/css" />
<link rel="stylesheet" href="/templates/zielonka/css/template.css" type="text/css" />
</head>
<body>
<div id="page_bg">
<div id="header"><div id="logo"><a href="/"><img src="/templates/zielonka/images/herb.png" alt="Herb Gminy Zielonka" width="80" height="96" /></a><h1>Gmina Zielonka</h1><p>Oficjalny serwis internetowy</p></div></div>
<div id="topmenu"><ul class="menu"><li class="active item1"><a href="/"><span>Strona główna</span></a></li><li class="item2"><a href="/index.php?option=com_content&amp;task=section&amp;id=1&amp;Itemid=2"><span>Aktualności</span></a></li><li class="item3"><a href="/index.php?option=com_content&amp;task=view&amp;id=5&amp;Itemid=3"><span>Urząd Gminy</span></a></li><li class="item4"><a href="/index.php?option=com_content&amp;task=view&amp;id=6&amp;Itemid=4"><span>Rada Gminy</span></a></li><li class="item5"><a href="http://bip.zielonka-gmina-like.pl/"><span>BIP</span></a></li><li class="item6"><a href="/index.php?option=com_contact&amp;Itemid=6"><span>Kontakt</span></a></li></ul></div>
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr>
<td id="leftcol" valign="top" width="200">
<div class="moduletable"><h3>Menu</h3><ul class="menu"><li><a href="/index.php?Itemid=10">Historia gminy</a></li><li><a href="/index.php?Itemid=11">Sołectwa</a></li><li><a href="/index.php?Itemid=12">Oświata</a></li><li><a href="/index.php?Itemid=13">Ochrona środowiska</a></li><li><a href="/index.php?Itemid=14">Przetargi</a></li><li><a href="/index.php?Itemid=15">Galeria</a></li></ul></div>
<div class="moduletable"><h3>Najnowsze</h3><ul class="latestnews"><li class="latestnews"><a href="/index.php?option=com_content&amp;task=view&amp;id=811&amp;Itemid=2" class="latestnews">Harmonogram odbioru odpadów na październik</a></li><li class="latestnews"><a href="/index.php?option=com_content&amp;task=view&amp;id=809&amp;Itemid=2" class="latestnews">Dożynki gminne - podziękowanie</a></li><li class="latestnews"><a href="/index.php?option=com_content&amp;task=view&amp;id=805&amp;Itemid=2" class="latestnews">Przerwa w dostawie wody w Kamionce</a></li></ul></div>
</td>
<td id="maincol" valign="top">
<table class="contentpaneopen">
<tr>
		<td class="contentheading" width="100%">
					{esc(head)}			</td>
						<td align="right" width="100%" class="buttonheading">
		<a href="/index.php?view=article&amp;id=812&amp;tmpl=component&amp;print=1&amp;page=" title="Drukuj" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;" rel="nofollow"><img src="/images/M_images/printButton.png" alt="Drukuj"  /></a>		</td>
		</tr>
</table>

<table class="contentpaneopen">
<tr>
	<td valign="top">
		<span class="small">
			Napisał Sekretariat		</span>
		&nbsp;&nbsp;
	</td>
</tr>

<tr>
	<td valign="top" class="createdate">
		{pl_days[t.weekday()]}, {t.day:02d} {PL_MON_GEN[t.month - 1]} {t.year} {t:%H:%M}	</td>
</tr>

<tr>
<td valign="top">
{''.join(f'<p>{esc(p)}</p>' for p in items)}
<p style="text-align: right;"><strong>Wójt Gminy Zielonka</strong><br /><em>/-/ Jan Kowalczyk</em></p></td>
</tr>

<tr>
	<td colspan="2" class="modifydate">
		Zmieniony ( {pl_days[mod.weekday()]}, {mod.day:02d} {PL_MON_GEN[mod.month - 1]} {mod.year} {mod:%H:%M} )
	</td>
</tr>
</table>
<span class="article_separator">&nbsp;</span>
<table align="center" class="pagenav"><tr><th class="pagenav_prev"><a href="/index.php?option=com_content&amp;task=view&amp;id=811&amp;Itemid=2">&lt; Poprzedni</a></th><td width="50">&nbsp;</td><th class="pagenav_next"><a href="/index.php?option=com_content&amp;task=view&amp;id=813&amp;Itemid=2">Następny &gt;</a></th></tr></table>
</td>
</tr></table>
<div id="footer"><p>Urząd Gminy Zielonka, ul. Główna 12, 26-400 Zielonka, tel. (48) 555 12 34, e-mail: sekretariat@zielonka-gmina-like.pl</p><p>Copyright &copy; 2009-{t.year} Gmina Zielonka. Wszelkie prawa zastrzeżone.</p></div>
</div>
</body>
</html>"""
    gold = dict(body="\n".join(items), title=head, published=ymd(t), published_time=t.strftime("%H:%M"))
    add("pl-joomla15-iso8859-2", "pl", url, page, gold, enc="iso-8859-2",
        without=["Napisał Sekretariat", "Zmieniony (", "Harmonogram odbioru odpadów na październik", "/-/ Jan Kowalczyk", "Wszelkie prawa zastrzeżone"])


def pl_bip():
    head, items = PL_BIP
    made = when(2023, 11, 10, 9, 0)
    t = when(2023, 11, 15, 12, 48)
    url = f"https://bip.zielonka-gmina-like.pl/artykul/obwieszczenia-wojta/{R.randint(50000, 90000)}/obwieszczenie-o-wszczeciu-postepowania"
    sign = "Wójt Gminy Zielonka /-/ Jan Kowalczyk"
    page = f"""<!DOCTYPE html>
<html lang="pl">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(head)} - Biuletyn Informacji Publicznej Gminy Zielonka</title>
<link rel="stylesheet" href="/css/bip.css?v=3.2">
<script src="/js/jquery-3.6.0.min.js"></script>
<script src="/js/bip.js?v=3.2"></script>
</head>
<body>
<ul class="skip-links"><li><a href="#tresc">Przejdź do treści</a></li><li><a href="#menu">Przejdź do menu</a></li><li><a href="#wyszukiwarka">Przejdź do wyszukiwarki</a></li></ul>
<header class="bip-header"><a href="https://www.gov.pl/web/bip" class="bip-logo" title="Biuletyn Informacji Publicznej"><img src="/img/bip_logo.svg" alt="Biuletyn Informacji Publicznej"></a><div class="bip-name"><h1>Urząd Gminy Zielonka</h1><p>Biuletyn Informacji Publicznej</p></div><div class="bip-tools"><a href="#" class="contrast">Wersja kontrastowa</a> <a href="#" class="font-larger">A+</a> <a href="#" class="font-smaller">A-</a></div></header>
<nav id="menu" class="bip-menu"><ul><li><a href="/kategoria/gmina">Gmina</a></li><li><a href="/kategoria/wladze">Władze</a></li><li><a href="/kategoria/prawo-lokalne">Prawo lokalne</a></li><li><a href="/kategoria/zamowienia-publiczne">Zamówienia publiczne</a></li><li class="active"><a href="/kategoria/obwieszczenia-wojta">Obwieszczenia Wójta</a></li><li><a href="/kategoria/ogloszenia">Ogłoszenia</a></li><li><a href="/kategoria/oswiadczenia-majatkowe">Oświadczenia majątkowe</a></li><li><a href="/kategoria/rejestr-zmian">Rejestr zmian</a></li></ul></nav>
<main id="tresc" class="bip-content">
<div class="breadcrumb">Jesteś tutaj: <a href="/">Strona główna</a> / <a href="/kategoria/obwieszczenia-wojta">Obwieszczenia Wójta</a></div>
<article class="bip-article">
<h2 class="bip-article__title">{esc(head)}</h2>
<p class="bip-article__signature">Znak sprawy: RI.6220.{R.randint(3, 19)}.{t.year}</p>
<div class="bip-article__content">
{''.join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in items)}
<p style="text-align: right;">{esc(sign)}</p>
</div>
<div class="bip-attachments"><h3>Załączniki</h3><ul><li><a href="/download/attachment/{R.randint(10000, 99999)}/obwieszczenie.pdf">Obwieszczenie (PDF, 182,4 KB)</a> <span>Liczba pobrań: {R.randint(5, 90)}</span></li></ul></div>
<div class="bip-metryczka"><h3>Metryczka</h3><table><tbody>
<tr><th>Podmiot udostępniający informację:</th><td>Urząd Gminy Zielonka</td></tr>
<tr><th>Informację wytworzył:</th><td>Jan Kowalczyk</td></tr>
<tr><th>Data wytworzenia:</th><td>{made:%Y-%m-%d}</td></tr>
<tr><th>Informację opublikował:</th><td>Anna Nowak</td></tr>
<tr><th>Data publikacji:</th><td>{t:%Y-%m-%d %H:%M}</td></tr>
<tr><th>Liczba wyświetleń:</th><td>{R.randint(30, 400)}</td></tr>
</tbody></table><p><a href="/rejestr-zmian/{R.randint(10000, 99999)}">Rejestr zmian</a> | <a href="javascript:window.print()">Drukuj</a></p></div>
</article>
</main>
<footer class="bip-footer"><p>Urząd Gminy Zielonka, ul. Główna 12, 26-400 Zielonka</p><p>Redaktor BIP: Anna Nowak, tel. 48 555 12 40 | <a href="/deklaracja-dostepnosci">Deklaracja dostępności</a> | <a href="/instrukcja-korzystania">Instrukcja korzystania z BIP</a></p></footer>
</body>
</html>"""
    gold = dict(body="\n".join(items), title=head, published=ymd(t), published_time=t.strftime("%H:%M"))
    add("pl-bip-metryczka", "pl", url, page, gold, without=["Znak sprawy", sign, "Data wytworzenia", "Obwieszczenie (PDF", "Redaktor BIP"])


# ====================================================================== WeChat official-account articles (mp.weixin.qq.com)
def cst_epoch(t):
    """Seconds since the epoch of a naive Beijing-time datetime."""
    return int((t - dt.timedelta(hours=8)).replace(tzinfo=dt.timezone.utc).timestamp())


def wx_img(w=1080, ratio="0.6666666666666666", kind="jpg"):
    key = "".join(pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 40))
    return (f'<img class="rich_pages wxw-img" data-ratio="{ratio}" data-s="300,640" data-src="https://mmbiz.qpic.cn/mmbiz_{kind}/{key}/640?wx_fmt={"jpeg" if kind == "jpg" else kind}" '
            f'data-type="{"jpeg" if kind == "jpg" else kind}" data-w="{w}" style="">')


def wechat_page(title, nickname, wxid, intro, content, t, author="", original=False, ct_only=False, desc="", source_url=None):
    biz = "Mz" + "".join(pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 14)) + "=="
    mid = R.randint(2247480000, 2247499999)
    sn = "".join(pick("0123456789abcdef", 32))
    ct = cst_epoch(t)
    url = f"https://mp.weixin.qq.com/s?__biz={biz}&mid={mid}&idx=1&sn={sn}&chksm={''.join(pick('0123456789abcdef', 16))}#rd"
    time_js = (f'var ct = "{ct}";\n    var publish_time = "" || "";' if ct_only
               else f'var ct = "{ct}";\n    var publish_time = "{t:%Y-%m-%d}" || "";\n    var createTime = \'{t:%Y-%m-%d %H:%M}\';')
    meta_author = f'<span class="rich_media_meta rich_media_meta_text">{esc(author)}</span>\n' if author else ""
    orig = '<span id="copyright_logo" class="wx_tap_link js_wx_tap_highlight rich_media_meta icon_appmsg_tag appmsg_title_tag weui-wa-hotarea">原创</span>\n' if original else ""
    view_source = (f'<div class="rich_media_tool_area"><div id="js_view_source_wrp" class="rich_media_tool"><a id="js_view_source" class="wx_tap_link js_wx_tap_highlight media_tool_meta meta_primary" href="##">阅读原文</a></div></div>'
                   if source_url else "")
    page = f"""<!DOCTYPE html>
<html>
<head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<link rel="dns-prefetch" href="//res.wx.qq.com">
<link rel="dns-prefetch" href="//mmbiz.qpic.cn">
<link rel="shortcut icon" type="image/x-icon" href="//res.wx.qq.com/a/wx_fed/assets/res/NTI4MWU5.ico" reportloaderror>
<link rel="mask-icon" href="//res.wx.qq.com/a/wx_fed/assets/res/MjliNWVm.svg" color="#4C4C4C" reportloaderror>
<link rel="apple-touch-icon-precomposed" href="//res.wx.qq.com/a/wx_fed/assets/res/OTE0YTAw.png" reportloaderror>
<script nonce="{R.randint(10**8, 10**9)}" type="text/javascript">
    window.logs = {{
        pagetime: {{}}
    }};
    window.logs.pagetime['html_begin'] = (+new Date());
</script>
<script nonce="{R.randint(10**8, 10**9)}" type="text/javascript">
  var biz = "{biz}" || "";
  var sn = "{sn}" || "";
  var mid = "{mid}" || "";
  var idx = "1" || "";
  window.__allowLoadResFromMp = true; 
</script>
        <meta name="description" content="{attr(desc or intro)}" />
        <meta name="author" content="{attr(author)}" />
        <meta property="og:title" content="{attr(title)}" />
        <meta property="og:url" content="http://mp.weixin.qq.com/s?__biz={biz}&amp;mid={mid}&amp;idx=1&amp;sn={sn}&amp;chksm=0#rd" />
        <meta property="og:image" content="https://mmbiz.qpic.cn/mmbiz_jpg/{''.join(pick('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 30))}/0?wx_fmt=jpeg" />
        <meta property="og:description" content="{attr(desc or intro)}" />
        <meta property="og:site_name" content="微信公众平台" />
        <meta property="og:type" content="article" />
        <meta property="og:article:author" content="{attr(nickname)}" />
        <meta property="twitter:card" content="summary" />
        <meta property="twitter:title" content="{attr(title)}" />
        <meta property="twitter:creator" content="{attr(nickname)}" />
        <meta property="twitter:site" content="微信公众平台" />
        <meta property="twitter:description" content="{attr(desc or intro)}" />
<title></title>
<style>
.rich_media_title{{font-size:22px;line-height:1.4;margin-bottom:14px}}@supports(-webkit-line-clamp:2){{.rich_media_title{{font-size:22px}}}}
.rich_media_meta_list{{margin-bottom:22px;line-height:20px;font-size:0;word-wrap:break-word;hyphens:auto}}.rich_media_meta{{display:inline-block;vertical-align:middle;margin:0 10px 10px 0;font-size:15px;-webkit-tap-highlight-color:rgba(0,0,0,0)}}
.rich_media_content{{overflow:hidden;color:#333;font-size:17px;word-wrap:break-word;hyphens:auto;text-align:justify;position:relative;z-index:0}}.rich_media_content *{{max-width:100%!important;box-sizing:border-box!important;word-wrap:break-word!important}}
.rich_media_content p{{clear:both;min-height:1em}}.rich_media_content em{{font-style:italic}}.rich_media_content fieldset{{min-width:0}}
</style>
<link rel="stylesheet" href="https://res.wx.qq.com/mmbizappmsg/zh_CN/htmledition/js/assets/appmsg.{''.join(pick('0123456789abcdef', 8))}.css">
    </head>
<body id="activity-detail" class="zh_CN wx_wap_page  wx_wap_desktop_fontsize_2 mm_appmsg  comment_feature discuss_tab appmsg_skin_default appmsg_style_default ">
<div id="js_article" class="rich_media">
    <div id="js_top_ad_area" class="top_banner"></div>
    <div class="rich_media_inner">
        <div id="page-content" class="rich_media_area_primary">
            <div class="rich_media_area_primary_inner">
                <div id="img-content" class="rich_media_wrp">
                    <h1 class="rich_media_title " id="activity-name">
                        {esc(title)}
                    </h1>
                    <div id="meta_content" class="rich_media_meta_list">
                        {orig}{meta_author}<span class="rich_media_meta rich_media_meta_nickname" id="profileBt">
                          <a href="javascript:void(0);" class="wx_tap_link js_wx_tap_highlight weui-wa-hotarea" id="js_name">
                            {esc(nickname)}                          </a>
                          <div id="js_profile_qrcode" class="profile_container" style="display:none;">
                              <div class="profile_inner">
                                  <strong class="profile_nickname">{esc(nickname)}</strong>
                                  <img class="profile_avatar" id="js_profile_qrcode_img" src="" alt="">
                                  <p class="profile_meta">
                                      <label class="profile_meta_label">微信号</label>
                                      <span class="profile_meta_value">{wxid}</span>
                                  </p>
                                  <p class="profile_meta">
                                      <label class="profile_meta_label">功能介绍</label>
                                      <span class="profile_meta_value">{esc(intro)}</span>
                                  </p>
                              </div>
                              <span class="profile_arrow_wrp" id="js_profile_arrow_wrp">
                                  <i class="profile_arrow arrow_out"></i>
                                  <i class="profile_arrow arrow_in"></i>
                              </span>
                          </div>
                        </span>
                        <em id="publish_time" class="rich_media_meta rich_media_meta_text"></em>
                        <em id="js_ip_wording_wrp" class="wx_tap_link js_wx_tap_highlight rich_media_meta rich_media_meta_text" style="display: none;"><span id="js_ip_wording"></span></em>
                    </div>
                    <div class="rich_media_content js_underline_content
                       autoTypeSetting24psection
            " id="js_content" style="visibility: hidden;">{content}</div>
                    <script type="text/javascript" nonce="{R.randint(10**8, 10**9)}">
                        var first_sceen__time = (+new Date());
                        if ("" == 1 && document.getElementById('js_content')) {{
                          document.getElementById('js_content').addEventListener("selectstart",function(e){{ e.preventDefault(); }});
                        }}
                    </script>
                    <div class="ct_mpda_wrp" id="js_sponsor_ad_area" style="display:none;"></div>
                </div>
                {view_source}
                <div class="rich_media_tool_area">
                  <div id="js_toobar3" class="rich_media_tool">
                    <div class="weui-flex">
                      <div class="weui-flex__item">
                        <div id="js_read_area3" class="media_tool_meta tips_global_primary meta_primary" style="display:none;">阅读 <span id="readNum3"></span></div>
                      </div>
                      <span class="wx_tap_link js_wx_tap_highlight media_tool_meta meta_extra meta_praise" id="like3"><i class="weui-icon-outlined-like icon_praise_gray"></i><span class="praise_num" id="likeNum3">赞</span></span>
                      <span class="wx_tap_link js_wx_tap_highlight media_tool_meta meta_extra meta_like" id="js_like_btn"><i class="weui-icon-outlined-eyes-on icon_like"></i><span class="like_num" id="js_like_num">在看</span></span>
                    </div>
                  </div>
                </div>
                <div id="js_share_appmsg" class="share_appmsg_container" style="display:none;"><p class="share_appmsg_title">分享到朋友圈</p></div>
            </div>
        </div>
        <div id="js_pc_qr_code" class="qr_code_pc_outer" style="display:none;">
            <div class="qr_code_pc_inner">
                <div class="qr_code_pc">
                    <img id="js_pc_qr_code_img" class="qr_code_pc_img">
                    <p>微信扫一扫<br>关注该公众号</p>
                </div>
            </div>
        </div>
    </div>
    <div id="js_minipro_dialog" style="display:none;"><div class="weui-mask"></div><div class="weui-dialog"><div class="weui-dialog__bd">即将打开"{esc(nickname)}"小程序</div><div class="weui-dialog__ft"><a href="javascript:;" class="weui-dialog__btn weui-dialog__btn_default">取消</a><a href="javascript:;" class="weui-dialog__btn weui-dialog__btn_primary">打开</a></div></div></div>
</div>
<script nonce="{R.randint(10**8, 10**9)}" type="text/javascript">
    var nickname = htmlDecode("{nickname}");
    var round_head_img = "http://wx.qlogo.cn/mmhead/Q3auHgzwzM{''.join(pick('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 20))}/0";
    var msg_title = '{title}'.html(false);
    var msg_desc = htmlDecode("{desc or intro}");
    var msg_cdn_url = "https://mmbiz.qpic.cn/mmbiz_jpg/cover/0?wx_fmt=jpeg";
    var msg_link = "http://mp.weixin.qq.com/s?__biz={biz}&amp;mid={mid}&amp;idx=1&amp;sn={sn}#rd";
    var user_name = "gh_{''.join(pick('0123456789abcdef', 12))}";
    var user_uin = "0" * 1;
    var source_url = "{source_url or ''}";
    {time_js}
    var copyright_stat = "{1 if original else 0}" * 1;
    var hd_head_img = "http://wx.qlogo.cn/mmhead/0";
    var ori_head_img_url = "http://wx.qlogo.cn/mmhead/0";
    var appmsg_type = "9";
    var comment_id = "{R.randint(10**9, 3 * 10**9)}" * 1;
    window.wxtoken = "777";
    window.is_login = '0' * 1;
</script>
<script nonce="{R.randint(10**8, 10**9)}" type="text/javascript">
    ;(function() {{
      var d = document.getElementById('js_content');
      if (d) {{ d.style.visibility = 'visible'; }}
      var pt = document.getElementById('publish_time');
      if (pt && typeof createTime !== 'undefined') {{ pt.innerHTML = createTime; }}
    }})();
</script>
<script nonce="{R.randint(10**8, 10**9)}" type="text/javascript" src="https://res.wx.qq.com/mmbizappmsg/zh_CN/htmledition/js/appmsg/index.{''.join(pick('0123456789abcdef', 8))}.js"></script>
</body>
</html>"""
    return url, page


def wx_follow_top():
    return ('<section style="text-align: center;margin-bottom: 10px;"><section style="display: inline-block;padding: 4px 12px;border-radius: 20px;background-color: rgb(59, 130, 246);">'
            '<span style="font-size: 13px;color: rgb(255, 255, 255);letter-spacing: 1px;">点击蓝字 关注我们</span></section></section>')


def wechat_suide():
    t = when(2023, 9, 24, 18, 36)
    title = "绥德县举办2023年中国农民丰收节庆祝活动"
    lines = [
        "9月23日，绥德县2023年中国农民丰收节庆祝活动在名州镇五里店村举行。活动以“庆丰收、促和美”为主题，吸引了全县各镇（街道）的种植大户、合作社负责人和村民群众2000余人参加。",
        "活动现场，各镇（街道）精心布置了农特产品展区，绥德红枣、山地苹果、小米、粉条、手工挂面等特色产品琳琅满目，不少群众拿起手机拍照、直播，现场选购的市民络绎不绝。",
        ("h", "一、农耕文化展演"),
        "开幕式后，来自各镇的表演队依次登台，陕北秧歌、唢呐、说书等传统节目轮番上演。张家砭镇的农民腰鼓队用铿锵的鼓点表达丰收的喜悦，赢得台下阵阵掌声。",
        ("h", "二、农事趣味比赛"),
        "在掰玉米、背谷子、运南瓜等趣味比赛中，参赛村民分组上阵、你追我赶，现场欢声笑语不断。“一年到头就盼着这一天，今年雨水好，谷子比去年多收了两成。”参赛的崔家湾镇村民刘志强笑着说。",
        ("h", "三、表彰先进典型"),
        "活动还对全县20名“新型职业农民”和10个“产业发展示范村”进行了表彰。县农业农村局负责人表示，下一步将继续围绕红枣、小杂粮、畜牧等主导产业，推进农产品加工和品牌建设，带动群众持续增收。",
    ]
    sec = []
    for x in lines:
        if isinstance(x, tuple):
            sec.append(f'<section class="_135editor" data-tools="135编辑器" data-id="{R.randint(90000, 130000)}"><section style="margin: 20px auto 10px;display: flex;justify-content: center;"><section style="background-color: rgb(196, 40, 27);padding: 5px 18px;border-radius: 4px;"><strong><span style="font-size: 16px;color: rgb(255, 255, 255);letter-spacing: 1.5px;">{esc(x[1])}</span></strong></section></section></section>')
        else:
            sec.append(f'<section class="_135editor" data-tools="135编辑器" data-id="{R.randint(90000, 130000)}" data-role="paragraph"><p style="text-indent: 2em;line-height: 1.75em;margin-bottom: 15px;"><span style="font-size: 15px;letter-spacing: 1px;">{esc(x)}</span></p></section>')
            if R.random() < 0.5:
                sec.append(f'<section class="_135editor" data-tools="135编辑器" data-id="{R.randint(90000, 130000)}"><p style="text-align: center;">{wx_img()}</p></section>')
    tail = ('<section class="_135editor" data-tools="135编辑器" data-id="104561"><p style="text-align: right;"><span style="font-size: 12px;color: rgb(136, 136, 136);">来源：绥德县融媒体中心</span></p>'
            '<p style="text-align: right;"><span style="font-size: 12px;color: rgb(136, 136, 136);">编辑：王丽娟</span></p><p style="text-align: right;"><span style="font-size: 12px;color: rgb(136, 136, 136);">审核：李建国</span></p></section>'
            '<section class="_135editor" data-tools="135编辑器" data-id="94301"><section style="margin-top: 20px;border-top: 1px dashed rgb(196, 40, 27);padding-top: 10px;"><p><strong><span style="color: rgb(196, 40, 27);">往期推荐</span></strong></p>'
            '<p><a href="http://mp.weixin.qq.com/s?__biz=MzA4&amp;mid=2650" target="_blank" data-linktype="2">绥德县召开秋冬季森林防火工作部署会</a></p><p><a href="http://mp.weixin.qq.com/s?__biz=MzA4&amp;mid=2651" target="_blank" data-linktype="2">名州镇：小小红枣串起群众增收“致富链”</a></p>'
            '<p><a href="http://mp.weixin.qq.com/s?__biz=MzA4&amp;mid=2652" target="_blank" data-linktype="2">绥德县2023年秋季征兵体检工作圆满结束</a></p></section></section>'
            '<section class="_135editor" data-tools="135编辑器" data-id="98765"><p style="text-align: center;"><span style="font-size: 14px;color: rgb(196, 40, 27);">分享｜点赞｜在看</span></p><p style="text-align: center;">' + wx_img(430, "1", "png") + '</p><p style="text-align: center;"><span style="font-size: 12px;">长按识别二维码关注我们</span></p></section>')
    content = wx_follow_top() + "".join(sec) + tail
    url, page = wechat_page(title, "掌上绥德", "zhangshangsuide", "绥德县融媒体中心主办，发布绥德本地权威新闻资讯、政务信息和便民服务。", content, t, original=True, desc="庆丰收 促和美")
    gold = dict(body=body_of(lines), title=title, published=ymd(t), published_time=t.strftime("%H:%M"))
    add("wechat-135editor-suide", "zh", url, page, gold, without=["点击蓝字 关注我们", "来源：绥德县融媒体中心", "往期推荐", "绥德县召开秋冬季森林防火工作部署会", "长按识别二维码关注我们", "绥德县融媒体中心主办"])


def wechat_xiumi_notice():
    t = when(2023, 11, 1, 17, 5)
    title = "关于2023—2024年采暖期供热工作有关事项的通告"
    lines = [
        "为做好2023—2024年采暖期城区集中供热工作，保障广大居民温暖过冬，现将有关事项通告如下：",
        "一、供热时间。本采暖期城区集中供热时间为2023年11月15日至2024年3月15日，共计121天。各供热企业应于11月10日前完成管网注水和试运行工作。",
        "二、室温标准。供热期间，居民住宅卧室、起居室室内温度不得低于18℃。室温不达标的，用户可向供热企业或区供热服务热线反映，供热企业应在24小时内予以处理。",
        "三、缴费办理。居民用户可通过供热企业营业厅、“清河供热”微信公众号、手机银行等渠道缴纳取暖费。符合条件的低保户、特困供养人员可按规定申请减免。",
        "四、安全提示。请广大居民在供热前检查室内暖气设施，家中无人时注意关闭阀门，发现管道漏水、暖气不热等情况及时报修，切勿私自改装、拆卸供热设施。",
        "特此通告。",
        "清河区城市管理局",
        "2023年11月1日",
    ]
    ps = []
    for i, x in enumerate(lines):
        align = "right" if i >= len(lines) - 2 else "justify"
        indent = "" if i >= len(lines) - 2 else "text-indent: 2em;"
        ps.append(f'<p style="white-space: normal;margin: 0px;padding: 0px;box-sizing: border-box;text-align: {align};{indent}"><span style="font-size: 15px;letter-spacing: 1px;color: rgb(62, 62, 62);box-sizing: border-box;">{esc(x)}</span></p>')
        ps.append('<p style="white-space: normal;margin: 0px;padding: 0px;box-sizing: border-box;"><br style="box-sizing: border-box;"></p>')
    content = (f'<section style="box-sizing: border-box;font-style: normal;font-weight: 400;text-align: justify;font-size: 16px;color: rgb(62, 62, 62);" data-mpa-powered-by="yiban.io">'
               f'<section powered-by="xiumi.us" style="text-align: center;margin: 10px 0%;box-sizing: border-box;"><section style="max-width: 100%;vertical-align: middle;display: inline-block;line-height: 0;box-sizing: border-box;">{wx_img(1080, "0.4185185185185185")}</section></section>'
               f'<section powered-by="xiumi.us" style="margin: 10px 0%;box-sizing: border-box;"><section style="padding: 0px 10px;box-sizing: border-box;"><section powered-by="xiumi.us" style="text-align: justify;line-height: 1.8;letter-spacing: 1px;padding: 0px 5px;box-sizing: border-box;">'
               + "".join(ps) +
               '</section></section></section>'
               '<section powered-by="xiumi.us" style="margin: 20px 0% 10px;box-sizing: border-box;"><section style="text-align: center;font-size: 12px;color: rgb(160, 160, 160);line-height: 2;box-sizing: border-box;"><p style="margin: 0px;padding: 0px;box-sizing: border-box;">来源：清河区城市管理局</p><p style="margin: 0px;padding: 0px;box-sizing: border-box;">编辑：赵红霞 | 审核：孙志强</p></section></section>'
               '<section powered-by="xiumi.us" style="text-align: center;margin: 10px 0%;box-sizing: border-box;"><section style="display: inline-block;width: 40%;box-sizing: border-box;">' + wx_img(258, "1", "png") + '</section><section style="font-size: 13px;color: rgb(120, 120, 120);box-sizing: border-box;"><p style="margin: 0px;padding: 0px;box-sizing: border-box;">清河发布</p><p style="margin: 0px;padding: 0px;box-sizing: border-box;">权威发布 · 政务公开 · 便民服务</p></section></section></section>')
    url, page = wechat_page(title, "清河发布", "qinghefabu", "清河区人民政府新闻办公室官方微信公众号", content, t, desc="本采暖期城区集中供热时间为2023年11月15日至2024年3月15日")
    gold = dict(body="\n".join(lines), title=title, published=ymd(t), published_time=t.strftime("%H:%M"))
    add("wechat-xiumi-gov-notice", "zh", url, page, gold, without=["来源：清河区城市管理局", "编辑：赵红霞", "权威发布 · 政务公开 · 便民服务"])


def wechat_plain_police():
    t = when(2022, 6, 8, 11, 20)
    title = "警惕！“刷单返利”骗局又出新花样"
    lines = [
        "近日，我县一居民在网上看到“动动手指就能赚钱”的兼职广告，添加对方为好友后，按要求下载了一款陌生App做“点赞任务”。前几单每单都收到了几元到几十元不等的返利，随后对方以“完成进阶任务才能提现”为由，诱导其先后转账4万余元，最终无法提现，才发现被骗。",
        "民警提醒：所有刷单都是诈骗！凡是要求先垫付资金、再返还本金和佣金的“兼职”，一律是诈骗。不要轻信网络上高薪、轻松的兼职广告，不要下载来源不明的App，更不要向陌生账户转账。",
        "如遇可疑情况，请及时拨打96110反诈专线咨询，或拨打110报警。",
    ]
    content = ("".join(f'<p style="margin-bottom: 0px;text-indent: 2em;"><span style="font-size: 15px;">{esc(x)}</span></p><p style="margin-bottom: 0px;"><br  /></p>' for x in lines)
               + f'<p style="text-align: center;">{wx_img(1080, "0.5625")}</p>'
               + '<p style="margin-bottom: 0px;"><span style="font-size: 12px;color: rgb(136, 136, 136);">来源：县公安局刑侦大队</span></p>'
               + '<p style="margin-bottom: 0px;"><span style="font-size: 12px;color: rgb(136, 136, 136);">编辑：周晓东</span></p>')
    url, page = wechat_page(title, "平安绥德", "pinganSD110", "绥德县公安局官方微信公众号，发布警务资讯，提供便民服务。", content, t, desc="所有刷单都是诈骗！")
    gold = dict(body="\n".join(lines), title=title, published=ymd(t), published_time=t.strftime("%H:%M"))
    add("wechat-plain-police-short", "zh", url, page, gold, without=["来源：县公安局刑侦大队", "编辑：周晓东", "绥德县公安局官方微信公众号"])


def wechat_365_travel():
    t = when(2022, 10, 9, 7, 30)     # 07:30 in Beijing is still the evening before in UTC
    title = "秋日限定｜来米脂，看一场黄土高原的金色盛宴"
    lines = [
        "十月的陕北，天高云淡。走进米脂县的山峁沟壑，成片的谷子低垂着沉甸甸的穗子，层层梯田被染成深浅不一的金黄，远远望去，像一幅铺展在黄土高原上的油画。",
        "位于城郊的高西沟村是观赏梯田的好去处。从村口沿着步道上山，不到半小时就能登上观景台。清晨时分，薄雾在沟壑间缓缓流动，阳光一点点照亮山梁，最适合拍照。",
        "逛累了，可以到古城里的老街坐一坐。米脂古城保留着大量明清时期的窑洞四合院，姜氏庄园、常氏庄园等建筑依山而建，院落层层递进，是了解陕北民居的“活化石”。",
        "当然，来米脂一定不能错过这里的美食。新小米熬成的米汤金黄浓稠，配上一碗羊肉饸饹、一盘炸豆腐，再来一块黄米馍馍，就是地道的陕北味道。",
        "温馨提示：高原早晚温差较大，出行请带好外套；进入景区请遵守防火规定，不要乱扔烟头。",
    ]
    caps = ["高西沟村梯田", "米脂古城老街", "陕北小米"]
    blocks = []
    for i, x in enumerate(lines):
        blocks.append(f'<section data-role="outer" label="Powered by 365editor"><section style="margin: 10px 0px;"><p style="line-height: 2em;text-align: justify;"><span style="font-size: 15px;color: rgb(89, 89, 89);">{esc(x)}</span></p></section></section>')
        if i < 3:
            blocks.append(f'<section data-role="outer" label="Powered by 365editor"><p style="text-align: center;">{wx_img()}</p><p style="text-align: center;"><span style="font-size: 12px;color: rgb(160, 160, 160);">▲{caps[i]}  图｜李晓东</span></p></section>')
    content = ("".join(blocks) + '<section data-role="outer" label="Powered by 365editor"><p style="text-align: center;"><span style="font-size: 12px;color: rgb(160, 160, 160);">文字：米脂县文化和旅游局</span></p><p style="text-align: center;"><span style="font-size: 12px;color: rgb(160, 160, 160);">图片：李晓东 刘玉兰</span></p><p style="text-align: center;"><strong>END</strong></p></section>')
    url, page = wechat_page(title, "米脂文旅", "mizhiwenlv", "米脂县文化和旅游局官方平台，带您领略米脂的山水人文。", content, t, ct_only=True, desc="十月的陕北，天高云淡")
    gold = dict(body="\n".join(lines), title=title, published=ymd(t), published_time=t.strftime("%H:%M"))
    add("wechat-365editor-travel-ct-only", "zh", url, page, gold, without=["图｜李晓东", "文字：米脂县文化和旅游局", "带您领略米脂的山水人文"])


def wechat_yiban_edu():
    t = when(2023, 8, 28, 20, 15)
    title = "2023年秋季学期中小学课后服务工作安排来了"
    lines = [
        "为进一步做好义务教育阶段学校课后服务工作，切实减轻学生过重作业负担和校外培训负担，县教育局对2023年秋季学期中小学课后服务工作作出安排。",
        "服务时间：课后服务原则上在每个教学日下午放学后开展，结束时间一般不早于当地正常下班时间。对有特殊需要的学生，学校应提供延时托管服务。",
        "服务内容：课后服务主要包括指导学生认真完成作业、对学习有困难的学生进行辅导答疑，以及开展文体、艺术、科普、劳动等拓展训练和社团活动。",
        "参加方式：课后服务坚持学生家长自愿原则，由家长在开学后一周内通过学校统一报名。已报名的学生，如确有需要，可在学期中提出调整。",
        "监督举报：各学校不得利用课后服务时间讲授新课，不得以课后服务名义乱收费。家长如发现违规行为，可拨打县教育局监督电话反映。",
    ]
    blocks = [f'<section data-mpa-template="t" mpa-from-tpl="t"><section mpa-from-tpl="t" style="margin-top: 10px;"><p style="line-height: 1.75em;text-indent: 2em;" mpa-from-tpl="t"><span style="font-size: 15px;" mpa-from-tpl="t">{esc(x)}</span></p></section></section>' for x in lines]
    blocks.insert(0, '<section data-mpa-template="t" mpa-from-tpl="t"><p style="text-align: center;"><span style="font-size: 14px;color: rgb(0, 112, 192);">↑ 点击上方“绥德教育”关注我们</span></p></section>')
    blocks.append('<section data-mpa-template="t" mpa-from-tpl="t"><p style="text-align: left;"><span style="font-size: 13px;color: rgb(127, 127, 127);">（来源：县教育局基础教育股）</span></p><p><span style="font-size: 13px;color: rgb(127, 127, 127);">责任编辑：马春梅</span></p><p style="text-align: center;"><span style="font-size: 13px;">觉得有用，请点个“在看”吧！</span></p></section>')
    url, page = wechat_page(title, "绥德教育", "suidejiaoyu", "绥德县教育局官方微信公众号", "".join(blocks), t, author="县教育局", desc="课后服务工作安排", source_url="http://jyj.suide-like.gov.cn/info/1023/4567.htm")
    gold = dict(body="\n".join(lines), title=title, published=ymd(t), published_time=t.strftime("%H:%M"))
    add("wechat-yiban-edu-readmore", "zh", url, page, gold, without=["点击上方“绥德教育”关注我们", "责任编辑：马春梅", "请点个“在看”吧", "阅读原文"])


# ====================================================================== Chinese news portals
ZH_360 = ("春耕时节田间忙 智能农机助力农民增收", [
    "眼下正值春耕备耕关键时期，在河南省周口市郸城县的麦田里，一架架植保无人机在空中来回穿梭，几分钟就能完成一亩地的喷洒作业。“以前打药要背着药箱一垄一垄地走，一个人一天最多干十来亩，现在用无人机，一天能作业三四百亩。”当地农机合作社负责人王建国说。",
    "近年来，郸城县大力推广智能农机装备，北斗导航拖拉机、无人驾驶插秧机、植保无人机等新型农机具越来越多地出现在田间地头。截至目前，全县农作物耕种收综合机械化率已达到92%以上。",
    "农机的升级也改变了农民的种地方式。不少农户把土地托管给合作社，从耕、种、管到收实行“一条龙”服务，自己则外出务工或发展特色种养，收入明显增加。",
    "县农业农村局相关负责人表示，下一步将继续落实农机购置补贴政策，加大对丘陵山区适用小型农机和智能装备的推广力度，同时加强农机手培训，让更多农民用上、用好现代农机。",
])

ZH_TOUTIAO = ("老旧小区加装电梯，这个街道是怎么做成的？", [
    "“以前下一趟楼要歇两回，现在按个按钮就到家门口了。”今年78岁的刘桂芳住在6楼，自从单元里装上电梯，她几乎每天都会下楼到小区花园里走一走。",
    "刘桂芳所在的小区建成于上世纪90年代，共有32个单元，老年住户占了近一半。加装电梯的想法提了好几年，却一直卡在低层住户的意见上：一楼担心采光和噪音，二楼觉得用不上还要出钱。",
    "转机出现在去年。街道牵头成立了加装电梯工作专班，请设计单位逐个单元出方案，把电梯井的位置尽量往外移，减少对低层住户的影响；费用分摊则按楼层递增，一楼、二楼住户不出资。",
    "“关键是把账算清楚、把话说透。”街道工作人员说，专班先后组织了40多场协调会，有的单元前后谈了七八次。最终，小区已有19个单元签约，其中12部电梯已经投入使用。",
    "据了解，今年全市计划完成老旧小区加装电梯1000部以上，符合条件的项目每部可获得最高20万元的财政补贴。",
])

ZH_SINA = ("全国铁路春运发送旅客突破3亿人次", [
    "新华社北京2月13日电（记者 樊曦）记者13日从中国国家铁路集团有限公司获悉，截至2月12日，今年春运以来全国铁路累计发送旅客突破3亿人次，春运客流总体平稳有序。",
    "国铁集团有关负责人介绍，节后返程客流持续增长，2月12日全国铁路发送旅客1120万人次，计划加开旅客列车1300列。铁路部门根据客流变化，在京沪、京广、沪昆等干线增开夜间高铁，并延长部分车站的营业时间。",
    "为方便旅客出行，铁路部门持续优化12306售票服务，扩大候补购票覆盖范围，在重点车站增设服务台和爱心通道，为老年旅客、重点旅客提供全程帮扶。",
    "铁路部门提醒，返程高峰期间旅客出行较为集中，请广大旅客合理安排行程，提前到站候车，乘车时注意做好个人防护。",
])

ZH_SOHU_AUTO = ("国产中级车集体降价 最高优惠超过两万元", [
    "进入5月以来，国内中级轿车市场掀起新一轮价格调整。记者走访北京多家4S店发现，包括多款合资和自主品牌在内的中级车型均有不同程度的优惠，最高优惠幅度超过两万元。",
    "在亚运村汽车交易市场，一位销售人员告诉记者，五一长假期间到店看车的人不少，但真正下订单的并不多，“很多顾客都在观望，希望价格再降一些”。为了冲销量，不少经销商推出了送保险、送装饰、低首付等促销措施。",
    "业内人士分析，今年以来国内车市增速明显放缓，同时各厂家新车型密集上市，市场竞争日趋激烈，降价在所难免。预计下半年中级车市场的价格仍有下调空间。",
    "专家提醒，消费者购车时不要只看价格，还应综合考虑车辆的质量、售后服务和使用成本，量力而行。",
])

ZH_SOHU_MP = ("这座城市的夜市，为什么越逛越有味道", [
    "夜幕降临，老城区的河街夜市准时亮起灯。烤串的烟火气、糖画摊前孩子们的欢笑声、街头歌手的吉他声交织在一起，吸引了不少市民和游客。",
    "河街夜市去年经过改造提升后重新开街，统一规划了摊位，增设了公共座椅和洗手池，油烟和垃圾问题得到了明显改善。市场管理方还引入了一批本地老字号和非遗手工艺摊位，让夜市有了更多“本地味”。",
    "“我们家的米粉在这条街上卖了二十多年，以前是推车摆摊，现在有了固定摊位，生意比原来好了不少。”摊主黄振宇一边招呼客人一边说。",
    "据统计，夜市开街以来平均每晚客流超过两万人次，带动周边餐饮、零售等行业营业额明显增长。下一步，当地还计划在夜市周边增设停车位，并推出夜游线路，进一步丰富夜间消费场景。",
])

ZH_NETEASE_2005 = ("我国将进一步加强农村义务教育经费保障", [
    "新华网北京4月2日电 记者从教育部获悉，我国将进一步加强农村义务教育经费保障，逐步将农村义务教育全面纳入公共财政保障范围。",
    "教育部有关负责人表示，近年来国家不断加大对农村义务教育的投入，实施了国家贫困地区义务教育工程、农村中小学危房改造工程等一系列重大项目，农村学校办学条件有了较大改善。",
    "但也要看到，一些地方农村义务教育经费仍然不足，部分学校运转困难，教师工资拖欠问题还没有完全解决。今后将进一步明确各级政府的责任，确保农村中小学正常运转。",
    "据介绍，今年中央财政将继续安排专项资金，对中西部地区农村义务教育阶段贫困家庭学生免除书本费、杂费，并补助寄宿生生活费。",
])

ZH_NETEASE_NEW = ("今年首个寒潮来袭 多地气温将下降8℃以上", [
    "中央气象台2月13日继续发布寒潮蓝色预警。受强冷空气影响，13日至16日，我国中东部大部地区气温将先后下降6至8℃，部分地区降温幅度可达10℃以上，并伴有4至6级偏北风。",
    "气象专家介绍，此次冷空气影响范围广、降温幅度大，内蒙古中东部、华北北部、东北地区南部等地的最低气温将降至零下15℃以下。南方地区则将出现明显的雨雪天气，江南北部部分地区有中到大雪。",
    "专家提醒，公众应及时添衣保暖，老人、儿童及慢性病患者尤其要注意防寒。雨雪天气期间道路湿滑，驾驶员应减速慢行，注意交通安全；设施农业和畜牧业也应提前做好防风防冻工作。",
])

ZH_FORUM = ("谈谈城市里的“停车难”", [
    "最近单位搬到了新区，每天开车上班，最头疼的就是停车。写字楼地下车库车位早就租满了，路边的停车位一到早上八点半就没了，经常要绕好几圈才能找到地方。",
    "我觉得停车难说到底是规划的问题。前几年新建小区配建车位的标准太低，一户连一个车位都保证不了，车多了只能往路上停。老城区就更不用说了，很多小区根本没有停车场。",
    "当然，光靠多建停车场也解决不了问题。公交要是方便、准点，很多人也就不开车了。我们单位门口的公交车二十多分钟才来一趟，谁愿意等？",
    "希望有关部门能多听听老百姓的意见，把停车和公交一起考虑，别等到堵得走不动了再来想办法。",
])

ZH_EPAPER = ("我市新增12条城乡公交线路", [
    "本报讯（记者 陈丽娟）2月12日，记者从市交通运输局获悉，我市今年将新开通12条城乡公交线路，基本实现全市行政村公交通达全覆盖。",
    "据介绍，新开通的线路主要连接县城与偏远乡镇、乡镇与行政村，其中6条线路将于3月1日前开通运营。线路全部采用新能源公交车，票价实行2元一票制，60岁以上老人凭卡免费乘坐。",
    "为方便群众出行，交通运输部门还将在沿线设置标准化候车亭，并在重点村设置“招手停”站点。市民可通过“城乡公交”小程序实时查询车辆位置和到站时间。",
    "市交通运输局相关负责人表示，下一步将根据群众出行需求动态调整线路和班次，推动城乡公交服务均等化。",
])

ZH_PORTAL_2005 = ("市区主要道路将实施夜间施工改造", [
    "为改善城市交通状况，市建设局决定从3月20日起对市区人民路、解放路等5条主要道路实施改造。为减少对市民出行的影响，施工将主要安排在夜间进行。",
    "据介绍，此次改造主要包括路面翻修、排水管网改造和人行道铺设等内容，预计工期为3个月。施工期间，部分路段将实行半幅通行，过往车辆请按照交通标志减速慢行。",
    "市建设局有关负责人表示，施工单位将严格控制夜间施工噪音，尽量减少对周边居民休息的影响。市民如有意见和建议，可拨打市建设局监督电话反映。",
])

ZH_XINHUA = ("全国多地推出举措支持外卖骑手等新就业形态劳动者", [
    "记者近日在多地采访了解到，各地正在加快完善新就业形态劳动者权益保障措施，在职业伤害保障、休息场所建设、技能培训等方面推出一系列新举措。",
    "在北京，一些社区依托党群服务中心建立“骑手驿站”，为外卖骑手、快递员提供饮水、充电、休息等服务。在上海，部分商圈专门划出了外卖车辆停放区域，缓解骑手停车难问题。",
    "新就业形态劳动者职业伤害保障试点也在稳步推进。截至去年底，试点省市参保人数已超过600万人。一名外卖骑手告诉记者，以前送餐路上受了伤只能自己扛，现在有了保障，心里踏实多了。",
    "专家表示，平台企业应进一步落实主体责任，合理确定订单分配、计件单价和抽成比例，切实维护劳动者获得合理报酬和休息的权利。",
])

ZH_PAPER = ("一座县城图书馆的“24小时”", [
    "凌晨一点，县图书馆24小时自助阅览室里依然亮着灯。几名备考的年轻人伏在桌前，偶尔传来翻书的声音。",
    "这间阅览室是去年由图书馆旧报刊室改造而成的，面积不到200平方米，配有近万册图书和30多个座位。读者刷身份证或借书证即可进入，自助借还书机可以随时办理借阅。",
    "“晚上下了班，总算有个安静的地方看书。”在县城一家超市上班的徐子轩说，他正在准备成人高考，几乎每天晚上都会来这里学习两三个小时。",
    "图书馆馆长介绍，开放一年多来，自助阅览室累计接待读者超过5万人次，其中晚上10点以后入馆的读者占到了三成左右。接下来，图书馆还计划在乡镇建设更多的“城市书房”。",
])

ZH_PEOPLE = ("让更多老年人乐享智慧生活", [
    "随着数字技术快速发展，网上挂号、移动支付、扫码出行已成为日常生活的一部分，但也有不少老年人因为不会使用智能手机，在出行、就医、消费等方面遇到了不便。",
    "帮助老年人跨越“数字鸿沟”，需要多方共同发力。一方面，公共服务场所应保留必要的线下服务渠道，医院、车站、银行等要为老年人提供人工窗口和现金支付等传统服务方式；另一方面，互联网企业应加快推进适老化改造，推出更多界面简洁、字体更大、操作更简单的“长辈模式”。",
    "社区和家庭同样是重要力量。不少社区开设了智能手机培训班，志愿者手把手教老年人使用手机；子女也应多一些耐心，常回家看看，教父母用好智能设备。",
    "让老年人共享数字化发展成果，是一道必答题。只有把老年人的需求放在心上，才能让他们在智慧社会中生活得更方便、更舒心。",
])


ZH_HEADS = ["多地出台措施稳就业促增收", "今年夏粮收购进展顺利", "国内首条跨海高铁完成联调联试", "多所高校公布新学期开学安排",
            "专家解读最新个税专项附加扣除政策", "秋冬季流感高发 专家提醒及时接种疫苗", "全国文化和旅游消费季启动", "我国成功发射一颗遥感卫星",
            "一季度全国规模以上工业增加值同比增长", "新能源汽车下乡活动启动", "城市更新如何留住老街巷的烟火气", "暑期将至 谨防学生溺水",
            "多地推进“一件事一次办”改革", "春季森林防火形势严峻", "农村生活污水治理三年行动启动", "家门口就能办的政务服务越来越多"]


def zh_heads(k):
    return pick(ZH_HEADS, k)


def zh_360kuai():
    head, items = ZH_360
    t = when(2021, 3, 15, 10, 23)
    url = f"https://www.360kuai.com/pc/9{''.join(pick('0123456789abcdef', 16))}?cota=3&kuai_so=1&sign=360_57c3bbd1&refer_scene=so_1"
    rec = zh_heads(6)
    body = []
    for i, p in enumerate(items):
        body.append(f"<p>{esc(p)}</p>")
        if i == 0:
            body.append(f'<p class="img-wrap"><img class="lazyload" data-src="https://p0.ssl.qhimgs4.com/t01{"".join(pick("0123456789abcdef", 18))}.jpg" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" alt=""></p><p class="img-desc">植保无人机在麦田作业</p>')
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="renderer" content="webkit">
<title>{esc(head)}_360快资讯</title>
<meta name="keywords" content="智能农机,春耕">
<meta name="description" content="{attr(items[0][:100])}">
<link rel="stylesheet" href="https://s.ssl.qhres2.com/static/kuai/pc/detail.7f3a21.css">
<script>
var __INITIAL_STATE__ = {{"detail":{{"url":"{url.split('?')[0]}","title":"{head}","source":"中国新闻网","time":"{t:%Y-%m-%d %H:%M}","voice":{{"enable":true,"tips":"语音播报文章，释放双眼"}}}},"user":{{"login":false}}}};
</script>
<script src="https://s.ssl.qhres2.com/static/kuai/pc/monitor.js"></script>
</head>
<body>
<div class="header"><div class="header-inner"><a class="logo" href="https://www.360kuai.com/">360快资讯</a><ul class="nav"><li><a href="https://www.360kuai.com/">推荐</a></li><li><a href="https://www.360kuai.com/?ch=news">新闻</a></li><li><a href="https://www.360kuai.com/?ch=finance">财经</a></li><li><a href="https://www.360kuai.com/?ch=tech">科技</a></li><li><a href="https://www.360kuai.com/?ch=auto">汽车</a></li><li><a href="https://www.360kuai.com/?ch=sports">体育</a></li><li><a href="https://www.360kuai.com/?ch=ent">娱乐</a></li></ul><form class="search" action="https://www.so.com/s"><input name="q" type="text" placeholder="搜索"><button>搜索</button></form></div></div>
<div class="main clearfix">
<div class="left-wrap">
<div class="article-wrap" id="article-wrap">
<h1 class="title">{esc(head)}</h1>
<div class="article-info"><span class="source"><a href="https://www.360kuai.com/mob/subscription/index?sign=360_57c3bbd1" target="_blank">中国新闻网</a></span><span class="time">{t:%Y-%m-%d %H:%M}</span><span class="follow-btn">+关注</span></div>
<div class="voice-broadcast" id="voice-broadcast"><div class="voice-btn"><i class="voice-icon"></i><span>播报文章</span></div><div class="voice-tips">语音播报文章，释放双眼</div><audio id="voice-audio" preload="none"></audio></div>
<div class="article__content" id="article-content">
<div class="J-article-content article-content">
{chr(10).join(body)}
</div>
</div>
<div class="statement">本文为转载，不代表360快资讯立场。如有侵权，请联系删除。<a href="https://www.360kuai.com/report" target="_blank">举报/反馈</a></div>
<div class="op-bar"><span class="like">点赞 {R.randint(10, 999)}</span><span class="share">分享</span><span class="collect">收藏</span></div>
</div>
<div class="recommend-wrap"><h3>相关推荐</h3><ul>""" + "".join(f'<li><a href="https://www.360kuai.com/pc/9{"".join(pick("0123456789abcdef", 16))}" target="_blank">{esc(r)}</a><span class="src">人民网</span><span class="time">{R.randint(1, 23)}小时前</span></li>' for r in rec) + f"""</ul></div>
</div>
<div class="right-wrap"><div class="hot-list"><h3>24小时热文</h3><ol>""" + "".join(f"<li><a href='#'>{esc(r)}</a></li>" for r in zh_heads(6)) + f"""</ol></div><div class="download"><p>下载360快资讯APP，看更多精彩内容</p></div></div>
</div>
<div class="footer"><p>Copyright &copy; 360.CN All Rights Reserved 360快资讯</p><p><a href="https://beian.miit.gov.cn/" target="_blank">京ICP备08010314号-19</a> 京公网安备11000002000006号</p></div>
<script src="https://s.ssl.qhres2.com/static/kuai/pc/detail.5c8e0b.js"></script>
</body>
</html>"""
    gold = dict(body="\n".join(items), title=head, published=ymd(t), published_time=t.strftime("%H:%M"))
    add("zh-360kuai-voice-broadcast", "zh", url, page, gold, without=["播报文章", "语音播报文章，释放双眼", "本文为转载", rec[0], "植保无人机在麦田作业"])


def zh_toutiao():
    head, items = ZH_TOUTIAO
    t = when(2023, 4, 11, 18, 40)
    gid = R.randint(7200000000000000000, 7299999999999999999)
    url = f"https://www.toutiao.com/article/{gid}/"
    author = "城事观察"
    render = "%7B%22articleInfo%22%3A%7B%22title%22%3A%22" + "".join(f"%{b:02X}" for b in head.encode()) + f"%22%2C%22publishTime%22%3A{cst_epoch(t)}%2C%22groupId%22%3A%22{gid}%22%7D%7D"
    page = f"""<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no,viewport-fit=cover"><meta name="renderer" content="webkit"><title>{esc(head)} - 今日头条</title><meta name="keywords" content="加装电梯,老旧小区"><meta name="description" content="{attr(items[0][:120])}"><meta property="og:title" content="{attr(head)}"><link rel="stylesheet" href="https://lf3-cdn-tos.bytescm.com/obj/static/toutiao/article/pc/static/css/index.4a1e7c3b.css"><script>window._SSR_HYDRATED_DATA = {{}};</script><script nonce="argus-csp-token">!function(){{var e=window.__TT_SSR__||{{}};e.env="prod",window.__TT_SSR__=e}}();</script></head><body><div id="root"><div class="main-content"><div class="ttp-site-header-wrapper"><div class="toutiao-header"><div class="left-side"><a href="https://www.toutiao.com/" class="logo" aria-label="今日头条"></a><a href="https://www.toutiao.com/">首页</a></div><div class="right-side"><a href="https://www.toutiao.com/a6?wid=" class="download-app">下载头条APP</a><a href="https://sso.toutiao.com/">登录</a></div></div></div><div class="article-detail-container"><div class="left-sider"><div class="detail-side-interaction"><div class="detail-interaction-like"><span>{R.randint(100, 9999)}</span></div><div class="detail-interaction-comment"><span>{R.randint(10, 999)}</span></div><div class="detail-interaction-collect"></div><div class="detail-interaction-share"></div></div></div><div class="main"><div class="article-content"><h1>{esc(head)}</h1><div class="article-meta mt-4"><span class="original-mark">原创</span><span>{t:%Y-%m-%d %H:%M}</span><span class="dot">·</span><span class="name"><a href="/c/user/token/MS4wLjABAAAA{''.join(pick('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnop', 20))}/" target="_blank" rel="noopener">{author}</a></span></div><article class="syl-article-base tt-article-content syl-page-article syl-device-pc">{''.join(f'<p data-track="{i + 1}">{esc(p)}</p>' for i, p in enumerate(items))}</article><div class="article-footer"><p class="article-copyright">本文为原创内容，未经授权禁止转载</p></div></div><div class="detail-end-tips"><span>举报</span></div><div class="comment-wrapper"><div class="ttp-comment-list"><h3>评论 {R.randint(10, 200)}</h3><ul><li class="comment-item"><div class="comment-info"><a class="name">用户6{R.randint(10**9, 10**10)}</a><span class="time">4月12日</span></div><p class="content">我们小区也在装，希望早点装好。</p></li><li class="comment-item"><div class="comment-info"><a class="name">阳光明媚</a><span class="time">4月12日</span></div><p class="content">关键是低层住户的补偿要谈好。</p></li></ul></div></div></div><div class="right-sider"><div class="author-info"><div class="user-name">{author}</div><div class="user-desc">关注城市发展和民生故事</div><button class="subscribe-button">关注</button></div><div class="ttp-hot-board"><h3>头条热榜</h3><ol>""" + "".join(f'<li><a href="https://www.toutiao.com/trending/{R.randint(10**18, 10**19)}/">{esc(h)}</a></li>' for h in zh_heads(8)) + f"""</ol></div></div></div></div></div><script id="RENDER_DATA" type="application/json">{render}</script><script src="https://lf3-cdn-tos.bytescm.com/obj/static/toutiao/article/pc/static/js/index.6b2e1f0a.js" defer></script></body></html>"""
    gold = dict(body="\n".join(items), title=head, published=ymd(t), published_time=t.strftime("%H:%M"))
    add("zh-toutiao-syl-article", "zh", url, page, gold, without=["本文为原创内容，未经授权禁止转载", "我们小区也在装，希望早点装好。", "关注城市发展和民生故事", "头条热榜"])


def zh_sina():
    head, items = ZH_SINA
    t = when(2022, 2, 13, 10, 23)
    url = f"https://news.sina.com.cn/c/{t:%Y-%m-%d}/doc-ikyamrna{''.join(pick('0123456789', 7))}.shtml"
    editor = "责任编辑：张玉兰"
    rel = zh_heads(5)
    page = f"""<!DOCTYPE html>
<!-- [ published at {t:%Y-%m-%d %H:%M:%S} ] -->
<html>
<head>
<meta http-equiv="Content-type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>{esc(head)}|铁路|春运_新浪新闻</title>
<meta name="keywords" content="铁路,春运,旅客" />
<meta name="tags" content="铁路,春运" />
<meta name="description" content="{attr(items[0][:110])}" />
<meta property="og:type" content="news" />
<meta property="og:title" content="{attr(head)}" />
<meta property="article:published_time" content="{t:%Y-%m-%dT%H:%M:%S}+08:00" />
<meta property="article:author" content="新华网" />
<meta name="sudameta" content="comment_channel:gn;comment_id:comos-kyamrna{''.join(pick('0123456789', 7))}" />
<meta name="mediaid" content="新华网" />
<link rel="stylesheet" type="text/css" href="//n.sinaimg.cn/news/1a2b3c/css/news_article.css" />
<script type="text/javascript">
var ARTICLE_DATA = {{ title: '{head}', date: '{t:%Y-%m-%d %H:%M:%S}', channel: 'news', docid: 'kyamrna{R.randint(10**6, 10**7)}', sourceUrl: 'http://www.news.cn/' }};
var SINA_TEXT_PAGE_INFO = {{ channel: 'news', newsid: 'comos-kyamrna', uid: '', encoding: 'utf-8' }};
</script>
<script type="text/javascript" src="//i.sso.sina.com.cn/js/ssologin.js"></script>
</head>
<body>
<div class="top-nav-wrap"><div class="top-nav"><div class="tn-bg"><div class="tn-header"><div class="tn-nav"><div class="tn-title"><a href="https://www.sina.com.cn/" class="tn-tab"><i class="tn-new tn-sina-logo">新浪首页</i></a></div><div class="tn-title"><a href="https://news.sina.com.cn/" class="tn-tab">新闻</a></div><div class="tn-title"><a href="https://sports.sina.com.cn/" class="tn-tab">体育</a></div><div class="tn-title"><a href="https://finance.sina.com.cn/" class="tn-tab">财经</a></div><div class="tn-title"><a href="https://ent.sina.com.cn/" class="tn-tab">娱乐</a></div><div class="tn-title"><a href="https://tech.sina.com.cn/" class="tn-tab">科技</a></div><div class="tn-title"><a href="https://blog.sina.com.cn/" class="tn-tab">博客</a></div></div></div></div></div></div>
<div class="main-content w1240">
<h1 class="main-title">{esc(head)}</h1>
<div class="top-bar-wrap" id="top_bar_wrap"><div class="top-bar ani" id="top_bar"><div class="top-bar-inner clearfix"><div class="date-source"><span class="date">{t.year}年{t:%m}月{t:%d}日 {t:%H:%M}</span><a href="http://www.news.cn/" class="source ent-source" target="_blank" rel="nofollow">新华网</a></div><div class="share-wrap"><a class="weibo" href="javascript:;">微博</a><a class="weixin" href="javascript:;">微信</a></div></div></div></div>
<div class="article-content clearfix" id="article_content">
<div class="article-content-left">
<div class="article" id="article">
{''.join(f'<p>　　{esc(p)}</p>' for p in items)}
<div class="appendQr_wrap"><div class="appendQr_normal"><div class="appendQr_normal_txt">新浪新闻公众号</div><div class="appendQr_normal_txt">更多猛料！欢迎扫描左方二维码关注（sinanewssina）</div></div></div>
<p class="article-editor">{editor} </p>
</div>
<div class="keywords" id="keywords" data-wbkey="铁路,春运"><span class="keywords-title">文章关键词：</span><a href="https://tags.news.sina.com.cn/铁路">铁路</a> <a href="https://tags.news.sina.com.cn/春运">春运</a></div>
<div id="bottom_sina_comment" class="sina-comment-wrap"><div class="sina-comment-form"><textarea placeholder="我有话说"></textarea></div><div class="hd clearfix"><span class="count">已有<em>{R.randint(10, 900)}</em>人参与</span></div></div>
<div class="blk-related"><h2>相关新闻</h2><ul>""" + "".join(f'<li><a href="https://news.sina.com.cn/c/{t:%Y-%m-%d}/doc-{"".join(pick("abcdefghijklmnop", 12))}.shtml" target="_blank">{esc(r)}</a> <span class="time">{(t - dt.timedelta(days=R.randint(1, 9))):%m月%d日 %H:%M}</span></li>' for r in rel) + f"""</ul></div>
</div>
<div class="article-content-right"><div class="side-box"><h2>新闻排行</h2><ol>""" + "".join(f"<li><a href='#'>{esc(r)}</a></li>" for r in zh_heads(8)) + f"""</ol></div></div>
</div>
</div>
<div class="footer"><p><a href="https://corp.sina.com.cn/chn/">新浪简介</a> | <a href="https://corp.sina.com.cn/eng/">About Sina</a> | <a href="https://emarketing.sina.com.cn/">广告服务</a> | <a href="https://www.sina.com.cn/contactus.html">联系我们</a></p><p>Copyright &copy; 1996-{t.year} SINA Corporation, All Rights Reserved</p><p>新浪公司 <a href="https://www.sina.com.cn/intro/copyright.shtml">版权所有</a></p></div>
<script type="text/javascript" src="//n.sinaimg.cn/news/1a2b3c/js/news_article.js"></script>
</body>
</html>"""
    gold = dict(body="\n".join(items), title=head, published=ymd(t), published_time=t.strftime("%H:%M"))
    add("zh-sina-article", "zh", url, page, gold, without=[editor, "新浪新闻公众号", "更多猛料", rel[0], "文章关键词"])


def zh_sohu_auto_2005():
    head, items = ZH_SOHU_AUTO
    t = when(2005, 5, 13, 14, 15)
    url = f"http://auto.sohu.com/{t:%Y%m%d}/n{R.randint(225000000, 226000000)}.shtml"
    rel = ["五一车市：看的多买的少", "多款新车五月密集上市", "汽车消费贷款政策有望调整", "北京车市四月销量环比下滑"]
    page = f"""<HTML>
<HEAD>
<META http-equiv="Content-Type" content="text/html; charset=gb2312">
<TITLE>{esc(head)}-搜狐汽车</TITLE>
<META NAME="Keywords" CONTENT="中级车 降价 优惠">
<META NAME="Description" CONTENT="{attr(head)}">
<style type="text/css">
<!--
body {{ margin:0; font-size:12px; }}
td,p,li {{ font-size:12px; }}
.f14 {{ font-size:14px; line-height:24px; }}
.ui_title {{ font-size:20px; font-weight:bold; }}
a:link {{ color:#000; text-decoration:none; }}
-->
</style>
<script language="javascript" src="http://js.sohu.com/pv.js"></script>
<SCRIPT language="javascript">
<!--
function doZoom(size){{ document.getElementById('sohu_content').style.fontSize=size+'px'; }}
function copyToClipBoard(){{ var clipBoardContent=''; clipBoardContent+=document.title; clipBoardContent+=''; clipBoardContent+=this.location.href; window.clipboardData.setData("Text",clipBoardContent); alert("复制成功，请粘贴到你的QQ/MSN上推荐给你的好友"); }}
//-->
</SCRIPT>
</HEAD>
<body bgcolor="#FFFFFF" topmargin="0">
<table width="760" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td><a href="http://www.sohu.com/"><img src="http://images.sohu.com/uiue/sohu_logo/2005/logo.gif" width="110" height="35" border="0" alt="搜狐"></a></td><td align="right"><a href="http://www.sohu.com/">搜狐首页</a> - <a href="http://news.sohu.com/">新闻</a> - <a href="http://sports.sohu.com/">体育</a> - <a href="http://yule.sohu.com/">娱乐</a> - <a href="http://business.sohu.com/">财经</a> - <a href="http://it.sohu.com/">IT</a> - <a href="http://auto.sohu.com/">汽车</a> - <a href="http://house.sohu.com/">房产</a> - <a href="http://learning.sohu.com/">教育</a></td></tr></table>
<table width="760" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td height="25" bgcolor="#F1F1F1">&nbsp;<a href="http://auto.sohu.com/">搜狐汽车</a> &gt; <a href="http://auto.sohu.com/news/">汽车新闻</a> &gt; <a href="http://auto.sohu.com/market/">市场行情</a></td></tr></table>
<table width="760" border="0" cellspacing="0" cellpadding="0" align="center">
<tr>
<td width="560" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td height="40" align="center" class="ui_title">{esc(head)}</td></tr>
<tr><td height="20" align="center" style="color:#666">AUTO.SOHU.COM&nbsp;&nbsp;{t.year}年{t:%m}月{t:%d}日{t:%H:%M}&nbsp;&nbsp;<a href="http://auto.sohu.com/">搜狐汽车</a>&nbsp;&nbsp;【<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</td></tr>
<tr><td height="1" bgcolor="#CCCCCC"></td></tr>
<tr><td class="f14" id="sohu_content" style="padding:10px">
{''.join(f'<p>　　{esc(p)}</p>' for p in items)}
</td></tr>
<tr><td align="right" style="padding:10px">(责任编辑：刘海涛)</td></tr>
<tr><td align="center">【<a href="http://comment2.news.sohu.com/viewcomments.action?id={R.randint(225000000, 226000000)}">我要评论</a>】【<a href="javascript:copyToClipBoard()">推荐给朋友</a>】【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭</a>】</td></tr>
<tr><td style="padding:10px"><b>相关链接</b><br>""" + "".join(f'·<a href="http://auto.sohu.com/2005050{R.randint(1, 9)}/n{R.randint(225000000, 226000000)}.shtml" target="_blank">{esc(r)}</a> (5月{R.randint(1, 12)}日)<br>' for r in rel) + f"""</td></tr>
</table>
</td>
<td width="10"></td>
<td width="190" valign="top" bgcolor="#F7F7F7"><table width="100%" cellpadding="5"><tr><td><b>新车导购</b></td></tr><tr><td>·<a href="#">十万元家轿横向对比</a><br>·<a href="#">经济型轿车油耗实测</a><br>·<a href="#">购车贷款需要注意什么</a><br>·<a href="#">二手车交易流程全攻略</a></td></tr><tr><td><b>搜狐汽车论坛</b></td></tr><tr><td>·<a href="#">提车作业：终于开上新车了</a><br>·<a href="#">保养一次花了多少钱？</a></td></tr></table></td>
</tr>
</table>
<table width="760" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td height="1" bgcolor="#CCCCCC"></td></tr><tr><td align="center" style="padding:8px;color:#666">Copyright &copy; {t.year} Sohu.com Inc. All rights reserved. 搜狐公司 版权所有<br><a href="http://www.sohu.com/about/">关于搜狐</a> - <a href="http://www.sohu.com/about/contact.html">联系方式</a> - <a href="http://www.sohu.com/about/law.html">法律声明</a></td></tr></table>
</body>
</HTML>"""
    gold = dict(body="\n".join(items), title=head, published=ymd(t), published_time=t.strftime("%H:%M"))
    add("zh-sohu-auto-2005-gbk", "zh", url, page, gold, enc="gbk", without=["AUTO.SOHU.COM", "责任编辑：刘海涛", rel[0], "十万元家轿横向对比", "版权所有"])


def zh_sohu_mp():
    head, items = ZH_SOHU_MP
    t = when(2023, 7, 22, 21, 3)
    url = f"https://www.sohu.com/a/{R.randint(700000000, 709999999)}_{R.randint(100000, 999999)}"
    ms = cst_epoch(t) * 1000
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{esc(head)}_夜市_摊位_河街</title>
<meta name="keywords" content="夜市,摊位,河街,老字号">
<meta name="description" content="{attr(items[0][:100])}">
<meta property="og:type" content="news"/>
<meta property="og:title" content="{attr(head)}"/>
<meta property="og:release_date" content="{t:%Y-%m-%d %H:%M}"/>
<meta name="mediaid" content="城市微观察"/>
<link rel="stylesheet" href="//statics.itc.cn/web/v3/static/css/main-4d1f2c.css">
<script>
var article_config = {{ title: "{head}", channel_id: "2", news_id: "{url.split('/')[-1].split('_')[0]}", author_id: "{url.split('_')[-1]}", publish_time: "{ms}" }};
window.sohu_mp = {{ article: {{ id: {url.split('/')[-1].split('_')[0]}, type: 1 }} }};
</script>
</head>
<body>
<header id="main-header" class="main-header"><div class="area"><div class="left-nav"><a href="//www.sohu.com" class="logo"><img src="//statics.itc.cn/web/static/images/pic/sohu-logo/logo-124.png" alt="搜狐"></a><a href="//news.sohu.com/" class="nav-item">新闻</a><a href="//sports.sohu.com/" class="nav-item">体育</a><a href="//auto.sohu.com/" class="nav-item">汽车</a><a href="//house.sohu.com/" class="nav-item">房产</a><a href="//travel.sohu.com/" class="nav-item">旅游</a><a href="//learning.sohu.com/" class="nav-item">教育</a><a href="//fashion.sohu.com/" class="nav-item">时尚</a><a href="//it.sohu.com/" class="nav-item">科技</a><a href="//business.sohu.com/" class="nav-item">财经</a><a href="//yule.sohu.com/" class="nav-item">娱乐</a></div><div class="right-nav"><a href="//mp.sohu.com/">发文</a><a href="//passport.sohu.com/">登录</a></div></div></header>
<div class="location-without-nav area"></div>
<div class="area clearfix" id="article-container">
<div class="left main">
<div data-spm="content">
<div class="text">
<div class="text-title"><h1>{esc(head)}<span class="article-tag"></span></h1>
<div class="article-info"><span class="time" id="news-time" data-val="{ms}">{t:%Y-%m-%d %H:%M}</span><span data-role="original-link">来源: <a href="//mp.sohu.com/profile?xpt=x" target="_blank">城市微观察</a></span></div></div>
<article class="article" id="mp-editor">
<!-- 政务账号添加来源标示处理 -->
<!-- 政务账号添加来源标示处理 -->
{''.join(f'<p>{esc(p)}</p>' for p in items[:2])}
<p class="ql-align-center"><img max-width="600" src="//p0.itc.cn/q_70/images03/{t:%Y%m%d}/{''.join(pick('0123456789abcdef', 32))}.jpeg"></p>
{''.join(f'<p>{esc(p)}</p>' for p in items[2:])}
<a href="//www.sohu.com/?strategyid=00001 " target="_blank" title="点击进入搜狐首页" id="backsohucom" style="white-space: nowrap;"><span class="backword"><i class="backsohu"></i>返回搜狐，查看更多</span></a>
<p data-role="editor-name">责任编辑：<span></span></p>
</article>
<div id="articleTransfer"><script>var articleTransfer = {{}};</script></div>
<div class="statement">平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。</div>
<div class="bottom-relate-wrap clear type-3"><div class="read-wrap"><span class="read-num">阅读 (<em data-role="pv" data-val="{R.randint(100, 9999)}"></em>)</span></div></div>
</div>
</div>
<div class="comment-area"><div class="comment-title">评论</div><div id="comment_area" class="comment-box"><textarea placeholder="来说两句吧..."></textarea></div></div>
<div class="more-article"><h3>推荐阅读</h3><ul>""" + "".join(f'<li><a href="//www.sohu.com/a/{R.randint(700000000, 709999999)}_{R.randint(100000, 999999)}">{esc(h)}</a></li>' for h in zh_heads(5)) + f"""</ul></div>
</div>
<div class="sidebar right"><div class="user-info"><div class="user-pic"><a href="//mp.sohu.com/profile?xpt=x"><img src="//p9.itc.cn/mpbp/pro/avatar.jpg"></a></div><h4><a href="//mp.sohu.com/profile?xpt=x">城市微观察</a></h4><dl class="user-num"><dd><span class="value" data-value="{R.randint(100, 999)}" data-role="info-article-num"></span>文章</dd><dd><span class="value" data-value="{R.randint(10000, 99999)}" data-role="info-read-num"></span>总阅读</dd></dl></div><div class="hot-article"><h3>24小时热文</h3><ul>""" + "".join(f"<li><a href='#'>{esc(h)}</a></li>" for h in zh_heads(6)) + f"""</ul></div></div>
</div>
<footer class="main-footer"><p>Copyright &copy; {t.year} Sohu All Rights Reserved</p><p>搜狐公司 版权所有</p></footer>
<script src="//statics.itc.cn/web/v3/static/js/main-2a9e3b.js"></script>
</body>
</html>"""
    gold = dict(body="\n".join(items), title=head, published=ymd(t), published_time=t.strftime("%H:%M"))
    add("zh-sohu-mp-article", "zh", url, page, gold, without=["返回搜狐，查看更多", "平台声明：该文观点仅代表作者本人", "责任编辑：", "推荐阅读"])


def zh_netease_2005():
    head, items = ZH_NETEASE_2005
    t = when(2005, 4, 2, 9, 15)
    url = f"http://news.163.com/05/0402/09/{''.join(pick('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 12))}.html"
    page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{esc(head)}_新闻中心_新浪网</title>
<meta name="keywords" content="农村,义务教育,经费">
<link href="http://cimg2.163.com/news/0412/css/end.css" rel="stylesheet" type="text/css">
<script language="javascript" src="http://cimg2.163.com/news/0412/js/end.js"></script>
<script language="JavaScript">
var LOADING_TIME = new Date();
function openComment(){{ window.open('http://comment.news.163.com/news_guonei_bbs/' + 'B{R.randint(1000, 9999)}.html'); }}
</script>
</head>
<body>
<div id="topNav"><a href="http://www.163.com/">网易首页</a> | <a href="http://news.163.com/">新闻</a> | <a href="http://sports.163.com/">体育</a> | <a href="http://ent.163.com/">娱乐</a> | <a href="http://money.163.com/">财经</a> | <a href="http://tech.163.com/">科技</a> | <a href="http://auto.163.com/">汽车</a> | <a href="http://bbs.163.com/">论坛</a> | <a href="http://blog.163.com/">博客</a></div>
<div id="position"><a href="http://news.163.com/">网易新闻中心</a> &gt; <a href="http://news.163.com/domestic/">国内新闻</a> &gt; 正文</div>
<div id="main">
<div id="left">
<div class="endContent">
<h1 id="h1title">{esc(head)}</h1>
<div class="endMsg">{t:%Y-%m-%d %H:%M:%S}　来源: 新华网 <a href="javascript:openComment()">网友评论 {R.randint(10, 300)} 条</a> <a href="http://bbs.news.163.com/">进入论坛</a></div>
<div id="endText">
{''.join(f'<p>　　{esc(p)}</p>' for p in items)}
<p align="right"><span class="editor">(责任编辑：郭子轩)</span></p>
</div>
<div class="endTools">【<a href="javascript:openComment()">我要评论</a>】【<a href="http://news.163.com/special/00011K6L/tj.html">推荐</a>】【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div>
<div class="relNews"><h3>相关报道：</h3><ul><li>·<a href="#">教育部：今年将继续实施“两免一补”政策</a> <span>(2005-03-28 16:20:11)</span></li><li>·<a href="#">全国人大代表建议提高农村教师待遇</a> <span>(2005-03-09 10:05:42)</span></li><li>·<a href="#">中西部农村中小学危房改造进展顺利</a> <span>(2005-02-21 08:33:27)</span></li></ul></div>
</div>
</div>
<div id="right"><div class="rBox"><h3>新闻排行</h3><ol><li><a href="#">台风“海棠”逼近东南沿海</a></li><li><a href="#">国务院常务会议研究部署安全生产工作</a></li><li><a href="#">全国粮食生产形势良好</a></li><li><a href="#">北京将新建一批公共体育设施</a></li></ol></div></div>
</div>
<div id="footer"><a href="http://corp.163.com/">About NetEase</a> - <a href="http://corp.163.com/gb/about/overview.html">公司简介</a> - <a href="http://corp.163.com/gb/contactus.html">联系方法</a> - <a href="http://help.163.com/">网易帮助</a><br>网易公司版权所有 &copy;1997-{t.year}</div>
</body>
</html>"""
    page = page.replace("_新闻中心_新浪网", "_网易新闻中心")
    gold = dict(body="\n".join(items), title=head, published=ymd(t), published_time=t.strftime("%H:%M"))
    add("zh-netease-2005-gbk", "zh", url, page, gold, enc="gbk", without=["责任编辑：郭子轩", "教育部：今年将继续实施“两免一补”政策", "网友评论", "网易公司版权所有"])


def zh_netease_new():
    head, items = ZH_NETEASE_NEW
    t = when(2022, 2, 13, 10, 23)
    docid = "".join(pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 16))
    url = f"https://www.163.com/news/article/{docid}.html"
    cap = "资料图：寒潮天气下的城市街头。"
    page = f"""<!DOCTYPE HTML>
<html id="ne_wrap" data-publishtime="{t:%Y-%m-%d %H:%M:%S}" data-category="新闻">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(head)}|寒潮|冷空气|降温_网易新闻</title>
<meta name="keywords" content="寒潮,冷空气,降温"/>
<meta name="description" content="{attr(items[0][:100])}"/>
<meta property="og:title" content="{attr(head)}"/>
<meta property="article:published_time" content="{t:%Y-%m-%dT%H:%M:%S}+08:00"/>
<link href="https://static.ws.126.net/163/f2e/product/post2020_cms/static/css/main.1c3e9a2b.css" rel="stylesheet">
<script>
var _ntes_nacc = "news"; var docid = "{docid}"; var channelid = "0001";
</script>
<script src="https://static.ws.126.net/163/frontend/antnest/NTM-BXR8M5Z0-1.js?v=1" async></script>
</head>
<body>
<div class="ntes_nav_wrap" id="js_N_NTES_wrap"><div class="ntes-nav" id="js_N_nav"><div class="N-nav-channel JS_NTES_LOG_FE"><a class="first" href="https://news.163.com/">新闻</a><a href="https://sports.163.com/">体育</a><a href="https://sports.163.com/nba/">NBA</a><a href="https://ent.163.com/">娱乐</a><a href="https://money.163.com/">财经</a><a href="https://money.163.com/stock/">股票</a><a href="https://auto.163.com/">汽车</a><a href="https://tech.163.com/">科技</a><a href="https://mobile.163.com/">手机</a><a href="https://lady.163.com/">女人</a></div></div></div>
<div class="container clearfix">
<div class="post_main">
<h1 class="post_title">{esc(head)}</h1>
<div class="post_info">{t:%Y-%m-%d %H:%M:%S}　来源: <a href="https://www.163.com/news/" target="_blank">中国天气网</a><img src="https://static.ws.126.net/cnews/css13/img/end_news.png" alt="" width="13" height="12" class="icon" /> <a href="https://www.163.com/special/0077jt/tipoff.html" class="post_jubao" target="_blank">举报</a></div>
<div class="post_content" id="content">
<div class="post_body">
<p>{esc(items[0])}</p>
<p class="f_center"><img src="https://nimg.ws.126.net/?url=http%3A%2F%2Fcms-bucket.ws.126.net%2F{t:%Y}%2F{t:%m%d}%2Fhanchao.jpeg&amp;thumbnail=660x2147483647&amp;quality=80&amp;type=jpg" /><br/>{esc(cap)}</p>
{''.join(f'<p>{esc(p)}</p>' for p in items[1:])}
</div>
<div class="post_statement"><span class="bg"></span><p>特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。</p><p>Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of NetEase Hao, which is a social media platform and only provides information storage services.</p></div>
<div class="post_author">本文来源：中国天气网 <img src="https://static.ws.126.net/cnews/css13/img/end_news.png" alt="马春梅" width="13" height="12" class="icon" /> 责任编辑：马春梅_NN{R.randint(1000, 9999)}</div>
</div>
<div class="post_comment" id="tieArea"><div class="tie-titlebar"><span class="tie-title">跟贴 <em>{R.randint(10, 900)}</em></span> <a href="https://comment.tie.163.com/{docid}.html">参与 {R.randint(100, 9000)}</a></div><div class="tie-input"><textarea placeholder="文明上网理性发言"></textarea></div></div>
<div class="post_recommends"><h3>相关推荐</h3><ul>""" + "".join(f'<li><a href="https://www.163.com/news/article/{"".join(pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 16))}.html">{esc(h)}</a><span class="time">{(t - dt.timedelta(hours=R.randint(2, 60))):%Y-%m-%d %H:%M:%S}</span></li>' for h in zh_heads(5)) + f"""</ul></div>
</div>
<div class="post_side"><div class="side_hot"><h3>热点新闻</h3><ul>""" + "".join(f"<li><a href='#'>{esc(h)}</a></li>" for h in zh_heads(6)) + f"""</ul></div></div>
</div>
<div class="N-nav-bottom"><p>网易公司版权所有 &copy;1997-{t.year}</p><p><a href="https://beian.miit.gov.cn/" target="_blank">粤B2-20090191-18</a> 工业和信息化部备案管理系统网站</p></div>
</body>
</html>"""
    gold = dict(body="\n".join(items), title=head, published=ymd(t), published_time=t.strftime("%H:%M"))
    add("zh-netease-post-body", "zh", url, page, gold, without=[cap, "特别声明：以上内容", "本文来源：中国天气网", "热点新闻"])


def zh_forum_2005():
    head, items = ZH_FORUM
    t = when(2005, 8, 12, 16, 12)
    t = t.replace(second=21)
    url = f"http://bbs.xinhuanet-like.com/forum/read.asp?id={R.randint(100000, 900000)}&forum=shishi"
    replies = [("老张", t + dt.timedelta(minutes=47, seconds=3), "说得对，我们小区也是这样，晚上回来根本没地方停。"),
               ("路人甲", t + dt.timedelta(hours=2, minutes=5, seconds=40), "公交才是根本，光修路修停车场是修不完的。"),
               ("大卫", t + dt.timedelta(hours=3, minutes=12, seconds=9), "回复楼上：同意，关键是公交要方便。")]
    def stamp(d):
        return f"{d.year}年{d.month}月{d.day}日{d.hour}:{d.minute:02d}:{d.second:02d}"
    rep = "".join(f"""<tr><td bgcolor="#F7F7F7" style="padding:6px"><b>回复：{esc(head)}</b><br><font color="#666666">本贴由{esc(n)}于{stamp(d)}在『时事论坛』回复</font><br><br>{esc(c)}<br><br><a href="reply.asp?id=1">[回复]</a></td></tr>""" for n, d, c in replies)
    page = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{esc(head)}--时事论坛</title>
<link rel="stylesheet" href="/forum/style.css" type="text/css">
<script language="JavaScript">
function checkForm(f){{ if(f.content.value==""){{ alert("请输入内容！"); return false; }} return true; }}
</script>
</head>
<body bgcolor="#FFFFFF" text="#000000">
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/forum/images/logo.gif" width="200" height="60"></td><td align="right"><a href="/forum/">论坛首页</a> | <a href="/forum/list.asp?forum=shishi">时事论坛</a> | <a href="/forum/list.asp?forum=jingji">经济论坛</a> | <a href="/forum/list.asp?forum=shenghuo">生活论坛</a> | <a href="/forum/reg.asp">注册</a> | <a href="/forum/login.asp">登录</a> | <a href="/forum/help.asp">帮助</a></td></tr></table>
<table width="778" border="0" align="center" cellpadding="4" cellspacing="1" bgcolor="#CCCCCC">
<tr><td bgcolor="#E6EEF7"><a href="/forum/">论坛首页</a> &gt;&gt; <a href="/forum/list.asp?forum=shishi">时事论坛</a> &gt;&gt; 帖子内容</td></tr>
<tr><td bgcolor="#FFFFFF" style="padding:10px">
<font size="3"><b>{esc(head)}</b></font><br>
<font color="#666666">本贴由大卫于{stamp(t)}在『时事论坛』张贴</font><br>
<font color="#666666">[点击：{R.randint(200, 3000)}] [回复：{len(replies)}]</font><br><br>
{'<br><br>'.join(esc(p) for p in items)}
<br><br>
<font color="#999999">--------------------<br>签名：路漫漫其修远兮</font>
</td></tr>
{rep}
<tr><td bgcolor="#FFFFFF"><form method="post" action="reply.asp" onsubmit="return checkForm(this)">发表回复：<br><textarea name="content" cols="70" rows="6"></textarea><br><input type="submit" value="发 表"> <input type="reset" value="重 写"></form></td></tr>
</table>
<table width="778" border="0" align="center"><tr><td align="center"><font color="#999999">本论坛言论纯属发表者个人意见，与本网站立场无关<br>Copyright &copy; 2000-{t.year} 版权所有</font></td></tr></table>
</body>
</html>"""
    gold = dict(body="\n".join(items), title=head, published=ymd(t), published_time=t.strftime("%H:%M"))
    add("zh-forum-2005-gbk", "zh", url, page, gold, enc="gbk", without=[f"本贴由大卫于{stamp(t)}", replies[0][2], "签名：路漫漫其修远兮", "本论坛言论纯属发表者个人意见"])


def zh_epaper():
    head, items = ZH_EPAPER
    t = when(2022, 2, 13, 0, 0)
    url = f"http://epaper.cityrb-like.com/html/{t:%Y-%m}/{t:%d}/content_{R.randint(100000, 300000)}.htm"
    sub = "基本实现行政村公交通达全覆盖"
    others = ["春节假期我市旅游市场平稳有序", "全市重点项目集中开工", "元宵节期间安全生产检查全面展开", "我市启动春季植树造林工作"]
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>城市日报数字报-{esc(head)}</title>
<meta name="keywords" content="城乡公交" />
<link href="../../../style/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="../../../script/jquery.min.js"></script>
<script type="text/javascript" src="../../../script/epaper.js"></script>
<script type="text/javascript">
var pageId = "{R.randint(1000, 9999)}"; var periodDate = "{t:%Y%m%d}";
$(function(){{ $("#ozoom").css("font-size", "16px"); }});
</script>
</head>
<body>
<div class="header"><div class="logo"><a href="http://epaper.cityrb-like.com/"><img src="../../../images/logo.png" alt="城市日报" /></a></div><div class="date">今天是：<span id="paperdate">{t.year}年{t:%m}月{t:%d}日</span> 星期{"一二三四五六日"[t.weekday()]}</div><div class="nav"><a href="../../../html/{t:%Y-%m}/{t:%d}/node_1.htm">01版：要闻</a> <a href="../../../html/{t:%Y-%m}/{t:%d}/node_2.htm">02版：综合新闻</a> <a href="../../../html/{t:%Y-%m}/{t:%d}/node_3.htm">03版：经济</a> <a href="../../../html/{t:%Y-%m}/{t:%d}/node_4.htm">04版：社会</a></div><div class="calendar"><a href="../../../html/{(t - dt.timedelta(days=1)):%Y-%m}/{(t - dt.timedelta(days=1)):%d}/node_1.htm">上一期</a> <a href="#">往期回顾</a> <a href="../../../html/{(t + dt.timedelta(days=1)):%Y-%m}/{(t + dt.timedelta(days=1)):%d}/node_1.htm">下一期</a></div></div>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="360" valign="top" class="left">
<div class="bmdh"><div class="title">版面导航</div><div class="pic"><img src="../../../page/{t:%Y-%m}/{t:%d}/02/{t:%Y%m%d}02_brief.jpg" usemap="#PagePicMap" border="0" /></div><div class="bmname">第02版：综合新闻</div><div class="pn"><a href="node_1.htm">上一版</a> <a href="node_3.htm">下一版</a></div></div>
<div class="bmml"><div class="title">本版新闻列表</div><ul>""" + "".join(f'<li><a href="content_{R.randint(100000, 300000)}.htm">{esc(o)}</a></li>' for o in others[:2]) + f"""<li><a href="#" class="current">{esc(head)}</a></li>""" + "".join(f'<li><a href="content_{R.randint(100000, 300000)}.htm">{esc(o)}</a></li>' for o in others[2:]) + f"""</ul></div>
</td>
<td width="640" valign="top" class="right">
<div class="article">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="font01" align="center"><h3></h3></td></tr>
<tr><td class="font01" align="center"><h1>{esc(head)}</h1></td></tr>
<tr><td class="font02" align="center"><h2>{esc(sub)}</h2></td></tr>
<tr><td><div class="info">来源：城市日报 作者：陈丽娟 字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a></div></td></tr>
<tr><td><div id="ozoom"><founder-content>
{''.join(f'<p>{esc(p)}</p>' for p in items)}
</founder-content></div></td></tr>
</table>
</div>
</td>
</tr>
</table>
<div class="footer"><p>城市日报社版权所有 未经书面授权禁止使用</p><p>Copyright &copy; 2022 by cityrb-like.com. all rights reserved</p><p><a href="https://beian.miit.gov.cn/">京ICP备12345678号</a></p></div>
</body>
</html>"""
    gold = dict(body="\n".join(items), title=head, published=ymd(t))
    add("zh-epaper-founder-paperdate", "zh", url, page, gold, without=[sub, others[0], "版面导航", "城市日报社版权所有"])


def zh_portal_2005():
    head, items = ZH_PORTAL_2005
    t = when(2005, 3, 15, 22, 36).replace(second=13)
    url = f"http://www.cityportal-like.com.cn/news/html/2005315223613.htm"
    page = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{esc(head)}--城市信息港</title>
<link href="/css/main.css" rel="stylesheet" type="text/css">
<script language="javascript">
function MM_openBrWindow(theURL,winName,features){{ window.open(theURL,winName,features); }}
</script>
</head>
<body leftmargin="0" topmargin="0">
<table width="770" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="/images/top_banner.jpg" width="770" height="80"></td></tr>
<tr><td bgcolor="#0066CC" height="26" align="center"><a href="/" class="white">首页</a> | <a href="/news/" class="white">新闻中心</a> | <a href="/gov/" class="white">政务公开</a> | <a href="/life/" class="white">生活服务</a> | <a href="/travel/" class="white">旅游指南</a> | <a href="/bbs/" class="white">社区论坛</a></td></tr>
</table>
<table width="770" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="180" valign="top" bgcolor="#EEF4FB">
<table width="100%" cellpadding="4"><tr><td><b>新闻中心</b></td></tr><tr><td>·<a href="/news/local/">本地新闻</a><br>·<a href="/news/china/">国内新闻</a><br>·<a href="/news/world/">国际新闻</a><br>·<a href="/news/photo/">图片新闻</a></td></tr>
<tr><td><b>最新更新</b></td></tr><tr><td>·<a href="#">市政协召开常委会议</a> 03-15<br>·<a href="#">我市举行植树节义务植树活动</a> 03-12<br>·<a href="#">全市春运工作圆满结束</a> 03-09</td></tr></table>
</td>
<td width="10"></td>
<td width="580" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td height="30">您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/news/">新闻中心</a> &gt;&gt; <a href="/news/local/">本地新闻</a></td></tr>
<tr><td height="40" align="center"><font style="font-size:18px"><b>{esc(head)}</b></font></td></tr>
<tr><td height="24" align="center" bgcolor="#F3F3F3"><font color="#666666">本地新闻　发布时间 {t:%Y/%m/%d %H:%M:%S}　作者：本站编辑　点击：<script src="/inc/count.asp?id=3152"></script></font></td></tr>
<tr><td style="padding:12px;line-height:180%;font-size:14px">
{''.join(f'<p>　　{esc(p)}</p>' for p in items)}
</td></tr>
<tr><td align="right">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
<tr><td><b>相关文章：</b><br>·<a href="#">市区部分路段今起实行单向通行</a> (2005-03-10)<br>·<a href="#">今年市政建设投资将超过5亿元</a> (2005-02-26)</td></tr>
</table>
</td>
</tr>
</table>
<table width="770" border="0" align="center"><tr><td align="center" bgcolor="#0066CC"><font color="#FFFFFF">版权所有：城市信息港　技术支持：信息中心<br>ICP备案号：浙ICP备05001234号</font></td></tr></table>
</body>
</html>"""
    gold = dict(body="\n".join(items), title=head, published=ymd(t), published_time=t.strftime("%H:%M"))
    add("zh-portal-2005-channel-fabushijian-gbk", "zh", url, page, gold, enc="gbk",
        headers={"Content-Type": "text/html; charset=utf-8"},
        without=["发布时间", "市区部分路段今起实行单向通行", "我市举行植树节义务植树活动", "版权所有：城市信息港"])


def zh_xinhua_split_date():
    head, items = ZH_XINHUA
    t = when(2023, 5, 4, 9, 18).replace(second=42)
    url = f"http://www.news.cn/politics/{t:%Y-%m}/{t:%d}/c_{R.randint(1129000000, 1129999999)}.htm"
    editor = "【责任编辑:徐晓东】"
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=0">
<meta name="apple-mobile-web-app-capable" content="yes">
<title>{esc(head)}-新华网</title>
<meta name="keywords" content="新就业形态,骑手,权益保障">
<meta name="description" content="{attr(head)}---记者近日在多地采访了解到">
<meta name="source" content="新华网">
<link rel="stylesheet" href="http://www.news.cn/detail2020/css/style.css">
<script src="http://www.news.cn/global/js/jquery-1.8.3.min.js"></script>
<script>var pageType = "detail"; var ssrDetailId = "{url.split('c_')[1].split('.')[0]}";</script>
</head>
<body>
<div class="topbar"><div class="wrapper"><a href="http://www.news.cn/" class="logo"><img src="http://www.news.cn/detail2020/images/logo.png" alt="新华网"></a><div class="nav"><a href="http://www.news.cn/politics/">时政</a><a href="http://www.news.cn/local/">地方</a><a href="http://www.news.cn/legal/">法治</a><a href="http://www.news.cn/world/">国际</a><a href="http://www.news.cn/mil/">军事</a><a href="http://www.news.cn/money/">财经</a><a href="http://www.news.cn/tech/">科技</a></div></div></div>
<div class="header"><div class="header-top clearfix"><div class="header-time left"><span class="year"><em> {t.year}</em></span><span class="day"><em> {t:%m}</em>/<em>{t:%d}</em></span><span class="time"> {t:%H:%M:%S}</span></div><div class="source">来源：新华网</div></div><div class="head-line clearfix"><h1><span class="title">{esc(head)}</span><span class="btn-audio"></span></h1><div class="pageShare"><div class="setFont">字体：<span id="fontSmall">小</span><span id="fontNormal" class="active">中</span><span id="fontBig">大</span></div><div class="share">分享到：<a href="javascript:void(0)" class="wx"></a><a href="javascript:void(0)" class="wb"></a></div></div></div></div>
<div class="main clearfix">
<div class="main-left left">
<div id="detail"><span id="detailContent">
{''.join(f'<p>　　{esc(p)}</p>' for p in items)}
</span></div>
<div id="articleEdit"><span class="tiyi1"><a href="javascript:void(0);" class="advise">【纠错】</a></span><span class="editor">{editor}</span></div>
<div class="xgts"><h3>相关推荐</h3><ul>""" + "".join(f'<li><a href="http://www.news.cn/politics/{t:%Y-%m}/{(t - dt.timedelta(days=R.randint(1, 9))):%d}/c_{R.randint(1129000000, 1129999999)}.htm">{esc(h)}</a></li>' for h in zh_heads(4)) + f"""</ul></div>
</div>
<div class="main-right right"><div class="columBox"><div class="col-tit">新华热搜</div><ul class="hot-list">""" + "".join(f"<li><a href='#'>{esc(h)}</a></li>" for h in zh_heads(6)) + f"""</ul></div></div>
</div>
<div class="foot"><div class="wrapper"><p><a href="http://www.xinhua-like.org/xhs/">关于我们</a> | <a href="http://www.news.cn/2021xhsxx/">About us</a> | <a href="http://www.news.cn/contactus.htm">联系我们</a> | <a href="http://www.news.cn/xhwzyjs/">广告服务</a></p><p>Copyright &copy; 2000-{t.year} XINHUANET.com All Rights Reserved.</p><p>制作单位：新华网股份有限公司 版权所有 新华网股份有限公司</p></div></div>
<script src="http://www.news.cn/detail2020/js/share.js"></script>
</body>
</html>"""
    gold = dict(body="\n".join(items), title=head, published=ymd(t), published_time=t.strftime("%H:%M"))
    add("zh-xinhua-split-date", "zh", url, page, gold, without=[editor, "【纠错】", "新华热搜", "制作单位：新华网股份有限公司"])


def zh_thepaper_br():
    head, items = ZH_PAPER
    t = when(2021, 12, 6, 8, 41)
    url = f"https://www.thepaper.cn/newsDetail_forward_{R.randint(15000000, 15999999)}"
    author = "澎湃新闻记者 何海涛"
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(head)}_澎湃新闻-The Paper</title>
<meta name="Keywords" content="图书馆,24小时,自助阅览室">
<meta name="Description" content="{attr(items[0][:90])}">
<link rel="stylesheet" type="text/css" href="//file.thepaper.cn/wap/v3/css/newsDetail.css?v=4.3.1">
<script type="text/javascript" src="//file.thepaper.cn/wap/v3/js/jquery.min.js"></script>
<script>var contId = "{url.split('_')[-1]}"; var is_vip = 0; var nodeId = 25487;</script>
</head>
<body>
<div class="head_banner"><div class="head_banner_content"><a href="https://www.thepaper.cn/" class="logo"><img src="//file.thepaper.cn/wap/v3/img/logo.png" alt="澎湃新闻"></a><ul class="head_nav"><li><a href="https://www.thepaper.cn/channel_25950">时事</a></li><li><a href="https://www.thepaper.cn/channel_25951">财经</a></li><li><a href="https://www.thepaper.cn/channel_25952">思想</a></li><li><a href="https://www.thepaper.cn/channel_25953">生活</a></li></ul><div class="head_right"><a href="https://www.thepaper.cn/user_login.jsp">登录</a> <a href="https://www.thepaper.cn/download">下载客户端</a></div></div></div>
<div class="bdwd main clearfix">
<div class="main_lt">
<div class="newscontent">
<h1 class="news_title">{esc(head)}</h1>
<div class="news_about"><p>{esc(author)}</p><p><span>{t:%Y-%m-%d %H:%M}</span> 来源：澎湃新闻</p></div>
<div class="news_txt" data-size="standard">{'<br/><br/>'.join(esc(p) for p in items)}<br/><br/><div class="contheight"></div></div>
<div class="news_editor">责任编辑：孙玉兰</div>
<div class="news_love"><a class="zan" href="javascript:void(0);">{R.randint(10, 500)}</a></div>
<div class="copyright">澎湃新闻报料：021-962866<br>澎湃新闻，未经授权不得转载</div>
</div>
<div class="news_keyword"><span>关键词 &gt;&gt;</span> <a href="https://www.thepaper.cn/searchResult.jsp?inpsearch=图书馆">图书馆</a> <a href="https://www.thepaper.cn/searchResult.jsp?inpsearch=阅读">阅读</a></div>
<div class="news_tujian"><h2>相关推荐</h2><ul>""" + "".join(f'<li><a href="https://www.thepaper.cn/newsDetail_forward_{R.randint(15000000, 15999999)}">{esc(h)}</a><span>{(t - dt.timedelta(days=R.randint(1, 30))):%Y-%m-%d}</span></li>' for h in zh_heads(4)) + f"""</ul></div>
<div class="comment_que"><h2>评论（{R.randint(3, 80)}）</h2><div class="comment_item"><span class="user">书虫小林</span><span class="time">{(t + dt.timedelta(hours=5)):%Y-%m-%d %H:%M}</span><p>这样的阅览室每个县城都应该有。</p></div></div>
</div>
<div class="main_rt"><div class="hot_news"><h2>热新闻</h2><ul>""" + "".join(f"<li><a href='#'>{esc(h)}</a></li>" for h in zh_heads(6)) + f"""</ul></div></div>
</div>
<div class="foot"><p>Copyright &copy; 2014~{t.year} The Paper All rights reserved. 上海东方报业有限公司</p><p><a href="https://beian.miit.gov.cn/">沪ICP备14003370号</a></p></div>
</body>
</html>"""
    gold = dict(body="\n".join(items), title=head, published=ymd(t), published_time=t.strftime("%H:%M"))
    add("zh-thepaper-news-txt-br", "zh", url, page, gold, without=[author, "责任编辑：孙玉兰", "澎湃新闻报料", "这样的阅览室每个县城都应该有。"])


def zh_people():
    head, items = ZH_PEOPLE
    t = when(2021, 1, 11, 5, 5)
    url = f"http://opinion.people.com.cn/n1/{t:%Y/%m%d}/c1003-{R.randint(31990000, 31999999)}.html"
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="content-type" content="text/html;charset=UTF-8"/>
<meta http-equiv="Content-Language" content="utf-8" />
<meta content="all" name="robots" />
<title>{esc(head)}--观点--人民网</title>
<meta name="keywords" content="老年人,数字鸿沟,适老化" />
<meta name="description" content="{attr(items[0][:100])}" />
<meta name="filetype" content="0" />
<meta name="publishedtype" content="1" />
<meta name="pagetype" content="1" />
<meta name="catalogs" content="1003" />
<meta name="contentid" content="{url.split('-')[-1].split('.')[0]}" />
<meta name="publishdate" content="{t:%Y-%m-%d}" />
<meta name="author" content="104" />
<meta name="source" content="来源：人民网－人民日报" />
<link href="http://tools.people.com.cn/css/2020/text/text.css" type="text/css" rel="stylesheet" media="all" />
<script src="http://tools.people.com.cn/libs/jquery/1.11.3/jquery-1.11.3.min.js" type="text/javascript"></script>
</head>
<body>
<div id="rmw_topline"></div>
<script src="http://tools.people.com.cn/libs/rmw_topline/rmw_topline.js"></script>
<div class="header w1000"><div class="logo fl"><a href="http://www.people.com.cn/"><img src="http://tools.people.com.cn/images/2020/logo.png" alt="人民网" /></a><a href="http://opinion.people.com.cn/">观点</a></div><div class="nav fr"><a href="http://opinion.people.com.cn/GB/8213/49160/index.html">人民日报评论</a><a href="http://opinion.people.com.cn/GB/223228/index.html">人民时评</a><a href="http://opinion.people.com.cn/GB/1036/index.html">人民网评</a></div></div>
<div class="path path2 grey w1000"><a href="http://www.people.com.cn/" class="clink">人民网</a>&gt;&gt;<a href="http://opinion.people.com.cn/" class="clink">观点</a></div>
<div class="layout rm_txt cf">
<div class="col col-1 fl">
<h3 class="pre">人民时评</h3>
<h1>{esc(head)}</h1>
<h3 class="sub"></h3>
<p class="sou">作者：徐建国</p>
<div class="col-1-1 fl">{t.year}年{t:%m}月{t:%d}日{t:%H:%M} | 来源：<a href="http://paper.people.com.cn/rmrb/" target="_blank">人民网－人民日报</a></div>
<div class="col-1-2 fr"><a href="#" class="share">分享到：</a></div>
<div class="rm_txt_con cf">
{''.join(f'<p style="text-indent: 2em;">{esc(p)}</p>' for p in items)}
<p style="text-indent: 2em;">《 人民日报 》（ {t:%Y年%m月%d日} 05 版）</p>
<div class="edit cf">(责编：刘海涛、李秀英)</div>
</div>
<div class="box_news"><h2>相关新闻</h2><ul>""" + "".join(f'<li><a href="#">{esc(h)}</a></li>' for h in zh_heads(4)) + f"""</ul></div>
<div class="box_pic"></div>
<div class="ewm"><p>扫码关注人民网评论</p></div>
</div>
<div class="col col-2 fr"><div class="ph_list"><h2>24小时排行</h2><ul>""" + "".join(f"<li><a href='#'>{esc(h)}</a></li>" for h in zh_heads(6)) + f"""</ul></div></div>
</div>
<div id="copyright"><p>人 民 网 股 份 有 限 公 司 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用</p><p>Copyright &copy; 1997-{t.year} by www.people.com.cn. all rights reserved</p></div>
</body>
</html>"""
    gold = dict(body="\n".join(items), title=head, published=ymd(t), published_time=t.strftime("%H:%M"))
    add("zh-people-rm-txt-con", "zh", url, page, gold, without=["《 人民日报 》", "(责编：刘海涛、李秀英)", "扫码关注人民网评论", "作者：徐建国"])


# ====================================================================== Chinese government pages on templates nobody anticipated
GOV_VUE = ("关于开展2023年度城乡居民基本医疗保险集中参保缴费工作的通知", [
    "各镇（街道）、县直有关部门：",
    "为切实做好2023年度城乡居民基本医疗保险参保缴费工作，确保应保尽保，根据省、市有关文件精神，现就有关事项通知如下。",
    "一、参保范围。除职工基本医疗保险应参保人员以外的其他所有城乡居民，包括在校学生、未成年人和灵活就业人员等，均可参加城乡居民基本医疗保险。",
    "二、缴费标准。2023年度城乡居民个人缴费标准为每人每年380元。特困人员、低保对象、返贫致贫人口等困难群体参保，个人缴费部分按规定给予分类资助。",
    "三、缴费时间。集中缴费期为2022年9月1日至12月31日。参保人员可通过微信、支付宝、银行网点等渠道缴费，也可到所在村（社区）便民服务站办理。",
    "四、工作要求。各镇（街道）要切实加强组织领导，层层压实责任，广泛开展政策宣传，确保参保率稳定在95%以上。",
])

GOV_ARTICLE_BR = ("我县召开2023年安全生产工作会议", [
    "3月8日，我县召开2023年安全生产工作会议，总结2022年安全生产工作，安排部署今年重点任务。县委副书记、县长刘建国出席会议并讲话。",
    "会议指出，2022年全县安全生产形势总体平稳，事故起数和死亡人数实现“双下降”。但也要清醒看到，当前安全生产基础仍然薄弱，一些行业领域风险隐患依然突出。",
    "会议强调，要坚持人民至上、生命至上，扎实开展重大事故隐患专项排查整治行动，聚焦道路交通、建筑施工、燃气、消防、危化品等重点行业领域，全面排查整治各类风险隐患。要压紧压实各方责任，强化执法检查，严厉打击各类非法违法行为。",
    "会上，县政府与各镇（街道）、县直有关部门签订了2023年度安全生产目标责任书。",
])

GOV_DIVS = ("2023年第一季度全县经济运行情况", [
    "今年以来，面对复杂严峻的外部环境，全县上下坚持稳中求进工作总基调，全力以赴拼经济、抓项目、促发展，一季度经济运行实现良好开局。",
    "一、农业生产总体平稳。一季度全县实现农林牧渔业总产值12.6亿元，同比增长4.1%。春播备耕工作有序推进，生猪出栏18.2万头，同比增长3.5%。",
    "二、工业生产稳步回升。全县规模以上工业增加值同比增长6.8%，较去年全年提高1.2个百分点。其中，新材料、食品加工行业分别增长12.3%和8.6%。",
    "三、固定资产投资较快增长。全县固定资产投资同比增长9.7%，其中工业投资增长15.2%。新开工亿元以上项目21个，完成投资36.4亿元。",
    "四、消费市场持续回暖。全县社会消费品零售总额32.1亿元，同比增长7.5%。餐饮收入增长14.8%，文旅消费明显回升。",
    "总的来看，一季度全县经济运行稳中有进、回升向好，但也要看到，部分企业经营仍较困难，需求不足的问题依然存在，巩固经济回升基础仍需付出更大努力。",
])

GOV_WECHAT_REPOST = ("“四季村晚”唱响乡村振兴好声音", [
    "春节期间，我区各镇村陆续举办“四季村晚”文艺演出，群众自编自导自演，用歌舞、小品、快板等形式展现乡村新面貌，为群众送上了一道道热气腾腾的“文化年夜饭”。",
    "在城关镇李家庄村，村民们自发组织了一台以“幸福生活”为主题的村晚。舞台就搭在村文化广场上，节目全部由村民创作，从孩子到八十多岁的老人都上台表演，台下坐满了返乡过年的村民。",
    "“以前过年就是串门打牌，现在有了村晚，一家人一起来看节目，热热闹闹的，年味更浓了。”村民王秀英说。",
    "据了解，今年春节期间，全区共举办各类村晚演出46场，参与演出群众1200余人次，现场观众超过3万人次。区文旅局负责人表示，将继续扶持群众文艺团队，让“村晚”成为乡村文化振兴的一张名片。",
])


def gov_vue_shell():
    head, items = GOV_VUE
    t = when(2022, 8, 26, 9, 30)
    url = f"http://www.xx-county-like.gov.cn/zwgk/tzgg/{t:%Y%m}/t{t:%Y%m%d}_{R.randint(100000, 999999)}.html"
    html_body = "".join(f"<p>{esc(p)}</p>" for p in items)
    state = {"article": {"id": R.randint(10**6, 10**7), "title": head, "subTitle": "", "source": "县医疗保障局", "publishTime": f"{t:%Y-%m-%d %H:%M:%S}",
                         "content": html_body + '<p style="text-align:right">县医疗保障局</p><p style="text-align:right">2022年8月26日</p>',
                         "attachments": [], "channel": {"id": 2211, "name": "通知公告"}},
             "site": {"name": "某县人民政府", "icp": "陕ICP备05001234号-1", "govCode": "6108260001"}}
    state_js = json.dumps(state, ensure_ascii=False).replace("</", "<\\/")
    sign = ["县医疗保障局", f"{t.year}年{t.month}月{t.day}日"]
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="SiteName" content="某县人民政府">
<meta name="SiteDomain" content="www.xx-county-like.gov.cn">
<meta name="SiteIDCode" content="6108260001">
<meta name="ColumnName" content="通知公告">
<meta name="ColumnType" content="通知公告">
<meta name="ArticleTitle" content="{attr(head)}">
<meta name="PubDate" content="{t:%Y-%m-%d %H:%M}">
<meta name="ContentSource" content="县医疗保障局">
<title>某县人民政府</title>
<link href="/static/css/app.3b8f1c2e.css" rel="preload" as="style">
<link href="/static/js/app.9e1d4a7b.js" rel="preload" as="script">
<link href="/static/js/chunk-vendors.5c2a8f1d.js" rel="preload" as="script">
<link href="/static/css/app.3b8f1c2e.css" rel="stylesheet">
</head>
<body>
<noscript>
<strong>本网站需要启用JavaScript才能正常浏览，请在浏览器设置中开启JavaScript。</strong>
<div class="noscript-article">
<h1>{esc(head)}</h1>
<p>发布时间：{t:%Y-%m-%d %H:%M}　来源：县医疗保障局</p>
{html_body}
<p style="text-align:right">{sign[0]}</p>
<p style="text-align:right">{sign[1]}</p>
</div>
</noscript>
<div id="app"></div>
<script>window.__INITIAL_STATE__={state_js};(function(){{var s;(s=document.currentScript||document.scripts[document.scripts.length-1]).parentNode.removeChild(s);}}());</script>
<script src="/static/js/chunk-vendors.5c2a8f1d.js"></script>
<script src="/static/js/app.9e1d4a7b.js"></script>
<script>var _hmt = _hmt || [];(function() {{var hm = document.createElement("script");hm.src = "https://hm.baidu.com/hm.js?{''.join(pick('0123456789abcdef', 32))}";var s = document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm, s);}})();</script>
<script id="_jiucuo_" sitecode='6108260001' src='https://zfwzgl.www.gov.cn/exposure/jiucuo.js'></script>
</body>
</html>"""
    gold = dict(body="\n".join(items + sign), title=head, published=ymd(t), published_time=t.strftime("%H:%M"))
    add("gov-vue-shell-noscript", "zh", url, page, gold, without=["本网站需要启用JavaScript", "发布时间：", "来源：县医疗保障局"])


def gov_article_br_blocks():
    head, items = GOV_ARTICLE_BR
    t = when(2023, 3, 8, 17, 40)
    url = f"https://www.yy-county-like.gov.cn/xwzx/zwyw/{R.randint(1000, 9999)}.html"
    blocks = []
    for p in items:
        blocks.append(f'<p style="text-indent:2em;margin:0;">{esc(p)}</p>')
        blocks.append('<p style="margin:0;"><br></p>')
    blocks.insert(2, '<p style="text-align:center;margin:0;"><img src="/uploads/image/20230308/1678268400123.jpg" alt="" width="600"></p><p style="text-align:center;margin:0;"><span style="font-family:楷体;">会议现场</span></p><p style="margin:0;"><br></p>')
    side = [("县政府召开常务会议", 1), ("全县春季植树造林工作推进会召开", 3), ("县领导督导检查节后复工复产工作", 6), ("我县启动“护苗”专项行动", 9), ("县人大常委会召开第十次会议", 13)]
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(head)}_政务要闻_某县人民政府</title>
<meta name="SiteName" content="某县人民政府">
<meta name="SiteDomain" content="www.yy-county-like.gov.cn">
<meta name="SiteIDCode" content="3412250002">
<meta name="ColumnName" content="政务要闻">
<link rel="stylesheet" href="/assets/css/main.css?v=2.1.0">
<script src="/assets/js/jquery-3.6.0.min.js"></script>
<script src="/assets/js/aria.js?appid=b2f4c1" charset="utf-8" defer></script>
</head>
<body>
<header class="site-header"><div class="container"><div class="top-links"><a href="javascript:;" id="cniil_wza">无障碍</a><a href="javascript:;" class="elder">长者模式</a><a href="/">网站首页</a></div><div class="logo"><img src="/assets/images/logo.png" alt="某县人民政府"></div><form class="search" action="/search"><input type="text" name="q" placeholder="请输入关键词"><button>搜索</button></form></div>
<nav class="main-nav"><div class="container"><a href="/">首页</a><a href="/xwzx/" class="active">新闻中心</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a><a href="/zjxx/">走进某县</a></div></nav></header>
<main class="container page-detail">
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a> &gt; <a href="/xwzx/zwyw/">政务要闻</a></div>
<article class="detail">
<h1 class="detail-title">{esc(head)}</h1>
<div class="detail-meta"><span>发布时间：{t:%Y-%m-%d %H:%M}</span><span>来源：县应急管理局</span><span>浏览量：<em id="hits">{R.randint(100, 3000)}</em></span><span class="font-size">字号：<a href="javascript:;" data-size="18">大</a><a href="javascript:;" data-size="16">中</a><a href="javascript:;" data-size="14">小</a></span></div>
{''.join(blocks)}
</article>
<div class="detail-tools"><a href="javascript:window.print();">【打印本页】</a><a href="javascript:window.close();">【关闭窗口】</a></div>
<div class="prev-next"><p>上一篇：<a href="/xwzx/zwyw/{R.randint(1000, 9999)}.html">{esc(side[0][0])}</a></p><p>下一篇：<a href="/xwzx/zwyw/{R.randint(1000, 9999)}.html">{esc(side[1][0])}</a></p></div>
<aside class="related"><h3>相关新闻</h3><ul>{"".join(f'<li><a href="/xwzx/zwyw/{R.randint(1000, 9999)}.html">{esc(h)}</a><span>{(t - dt.timedelta(days=k)):%Y-%m-%d}</span></li>' for h, k in side)}</ul></aside>
</main>
<footer class="site-footer"><div class="container"><p><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a> | <a href="/sybz/">使用帮助</a></p><p>主办：某县人民政府办公室　承办：某县数据资源管理局</p><p>网站标识码：3412250002　<a href="https://beian.miit.gov.cn/">皖ICP备05012345号</a>　<img src="/assets/images/ga.png" alt="">皖公网安备 34122502000123号</p><p><script type="text/javascript">document.write(unescape("%3Cspan id='_ideConac' %3E%3C/span%3E%3Cscript src='https://dcs.conac.cn/js/13/000/0000/40123456/CA130000000401234560001.js' type='text/javascript'%3E%3C/script%3E"));</script></p></div></footer>
</body>
</html>"""
    gold = dict(body="\n".join(items), title=head, published=ymd(t), published_time=t.strftime("%H:%M"))
    add("gov-article-p-br-blocks", "zh", url, page, gold, without=["会议现场", side[2][0], "来源：县应急管理局", "网站标识码"])


def gov_div_paras():
    head, items = GOV_DIVS
    t = when(2023, 4, 25, 16, 8)
    url = f"http://www.zz-county-like.gov.cn/art/{t.year}/{t.month}/{t.day}/art_{R.randint(1000, 9999)}_{R.randint(100000, 999999)}.html"
    paras = "".join(f'<div style="text-indent:2em;line-height:2;"><span style="font-size:16px;font-family:仿宋_GB2312;">{esc(p)}</span></div><div>&nbsp;</div>' for p in items)
    sidebar = "".join(f'<tr><td class="bt_link"><a href="/art/{d.year}/{d.month}/{d.day}/art_{R.randint(1000, 9999)}_{R.randint(100000, 999999)}.html" title="{attr(h)}">{esc(h)}</a></td><td class="bt_time" width="80">{d:%Y-%m-%d}</td></tr>'
                      for h, d in zip(["2023年3月份全县经济运行简况", "2023年1-2月全县经济运行简况", "2022年全县国民经济和社会发展统计公报",
                                        "2022年第四季度全县经济运行情况", "2022年1-11月全县经济运行简况", "2022年第三季度全县经济运行情况",
                                        "2022年1-8月全县经济运行简况", "2022年上半年全县经济运行情况"], [t - dt.timedelta(days=k) for k in (20, 52, 70, 95, 130, 188, 230, 290)]))
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="renderer" content="webkit">
<title>某县人民政府 统计信息 {esc(head)}</title>
<meta name="SiteName" content="某县人民政府">
<meta name="ColumnName" content="统计信息">
<meta name="ArticleTitle" content="{attr(head)}">
<link href="/css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery.js"></script>
<script type="text/javascript">
function doZoom(size) {{ document.getElementById("zoomcon").style.fontSize = size + "px"; }}
</script>
</head>
<body>
<div class="top"><div class="top_c"><span class="top_date"><script type="text/javascript">var d=new Date();document.write(d.getFullYear()+"年"+(d.getMonth()+1)+"月"+d.getDate()+"日");</script></span><span class="top_link"><a href="/">设为首页</a> | <a href="/">加入收藏</a> | <a href="/wza/">无障碍浏览</a></span></div></div>
<div class="banner"><img src="/images/banner.jpg" width="1000" height="150" /></div>
<div class="nav"><ul><li><a href="/">网站首页</a></li><li><a href="/col/col101/">政务动态</a></li><li><a href="/col/col102/">政府信息公开</a></li><li><a href="/col/col103/">网上办事</a></li><li><a href="/col/col104/">政民互动</a></li><li><a href="/col/col105/">走进某县</a></li></ul></div>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="260" valign="top">
<div class="left_tit">统计信息</div>
<table width="100%" border="0" cellspacing="0" cellpadding="0" class="left_list">{sidebar}</table>
</td>
<td width="20"></td>
<td valign="top">
<div class="wz">您当前的位置：<a href="/">首页</a> &gt; <a href="/col/col102/">政府信息公开</a> &gt; <a href="/col/col1021/">统计信息</a></div>
<div class="con">
<div class="title">{esc(head)}</div>
<div class="xx">发布日期：{t:%Y-%m-%d}　　信息来源：县统计局　　浏览次数：<script language="javascript" src="/module/visitcount/articlehits.jsp?colid=1021&artid={R.randint(100000, 999999)}"></script>　　【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</div>
<div class="zoom" id="zoomcon">
{paras}
</div>
<div class="gn"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
</div>
</td>
</tr>
</table>
<div class="foot"><p>主办单位：某县人民政府办公室　承办单位：某县大数据中心</p><p>网站标识码：4107270003　<a href="https://beian.miit.gov.cn/">豫ICP备12001234号</a>　豫公网安备 41072702000012号</p><p>建议使用1366*768分辨率 IE9以上版本浏览器浏览</p></div>
</body>
</html>"""
    gold = dict(body="\n".join(items), title=head, published=ymd(t))
    add("gov-div-paragraphs-sidebar", "zh", url, page, gold, without=["2023年3月份全县经济运行简况", "信息来源：县统计局", "主办单位", "建议使用1366*768分辨率"])


def gov_wechat_repost():
    head, items = GOV_WECHAT_REPOST
    t = when(2023, 2, 7, 10, 12)
    url = f"http://www.ww-district-like.gov.cn/xwzx/bmdt/{t:%Y%m}/t{t:%Y%m%d}_{R.randint(1000000, 9999999)}.shtml"
    sec = []
    sec.append('<section class="_135editor" data-tools="135编辑器" data-id="86463"><p style="text-align: center;"><span style="color: rgb(0, 122, 170);font-size: 14px;">点击蓝字 关注我们</span></p></section>')
    for i, p in enumerate(items):
        sec.append(f'<section class="_135editor" data-tools="135编辑器" data-id="{R.randint(80000, 120000)}" data-role="paragraph"><section style="margin: 10px 0px;"><p style="text-indent: 2em;line-height: 1.75em;"><span style="font-size: 16px;">{esc(p)}</span></p></section></section>')
        if i == 1:
            sec.append(f'<section class="_135editor" data-tools="135编辑器"><p style="text-align:center;"><img src="/picture/0/{t:%Y%m%d}/{R.randint(10**15, 10**16)}.jpg" data-src="https://mmbiz.qpic.cn/mmbiz_jpg/abc/640?wx_fmt=jpeg" /></p></section>')
    sec.append('<section class="_135editor" data-tools="135编辑器"><p style="text-align: right;"><span style="font-size: 14px;color: rgb(127, 127, 127);">来源：区文化和旅游局</span></p><p style="text-align: right;"><span style="font-size: 14px;color: rgb(127, 127, 127);">编辑：陈春梅</span></p></section>')
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(head)}</title>
<meta name="SiteName" content="某区人民政府">
<meta name="ColumnName" content="部门动态">
<meta name="ArticleTitle" content="{attr(head)}">
<meta name="PubDate" content="{t:%Y-%m-%d %H:%M}">
<meta name="ContentSource" content="某区发布微信公众号">
<link rel="stylesheet" href="/images/base.css">
<script src="/images/jquery.min.js"></script>
</head>
<body>
<div class="header"><div class="w1200"><img src="/images/logo.png" alt="某区人民政府"><div class="header-search"><input type="text" placeholder="请输入搜索内容"><button>搜索</button></div></div></div>
<div class="nav"><div class="w1200"><a href="/">首页</a><a href="/xwzx/" class="on">新闻中心</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a></div></div>
<div class="w1200 position">当前位置：<a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a> &gt; <a href="/xwzx/bmdt/">部门动态</a></div>
<div class="w1200 article-box">
<div class="article-title">{esc(head)}</div>
<div class="article-info">日期：{t:%Y-%m-%d}　来源：某区发布微信公众号　<span class="font">【<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>】</span></div>
<div class="article-content TRS_Editor"><div class="rich_media_content" id="js_content">{''.join(sec)}</div></div>
<div class="article-share">分享到：<a href="javascript:;" class="wx">微信</a> <a href="javascript:;" class="wb">微博</a></div>
<div class="article-related"><h4>相关链接</h4><ul><li><a href="#">区文旅局开展春节文化市场安全检查</a><span>2023-01-19</span></li><li><a href="#">“我们的节日·春节”系列活动精彩纷呈</a><span>2023-01-28</span></li></ul></div>
</div>
<div class="footer"><div class="w1200"><p>主办：某区人民政府办公室　网站标识码：3703040001</p><p><a href="https://beian.miit.gov.cn/">鲁ICP备05012345号</a>　鲁公网安备 37030402000123号</p></div></div>
</body>
</html>"""
    gold = dict(body="\n".join(items), title=head, published=ymd(t), published_time=t.strftime("%H:%M"))
    add("gov-repost-wechat-sections", "zh", url, page, gold, without=["点击蓝字 关注我们", "来源：区文化和旅游局", "区文旅局开展春节文化市场安全检查", "网站标识码"])


# ====================================================================== build
def build():
    en_wp_tagdiv()
    en_wp_bylinebar(kit_tourism_closure, TOWNS[4], when(2019, 11, 18, 12, 1), "greenfieldnewsnow-like.example", "Greenfield News Now", "en-wp-bylinebar-short")
    en_wp_gutenberg()
    en_ap()
    en_reuters()
    en_blox()
    en_bbc()
    en_guardian()
    en_cnn_old()
    en_local_tv()
    en_oldcms_cp1252()
    en_arc_longform()
    en_wp_jnews()
    en_drupal_short()
    en_ghost()
    en_wp_bylinebar(kit_sports, TOWNS[7], when(2021, 11, 20, 0, 14), "ashfordsportsdaily-like.example", "Ashford Sports Daily", "en-wp-bylinebar-sports", dateline_style="em")
    en_info_gov_hk(hk_lcq, "en-info-gov-hk-lcq", R.randint(300, 700))
    en_info_gov_hk(hk_short, "en-info-gov-hk-short", R.randint(300, 700))
    en_info_gov_hk(hk_speech, "en-info-gov-hk-speech", R.randint(300, 700))
    en_taiwan_ey()
    en_taiwan_city()
    en_macau_gcs("visitors")
    en_macau_gcs("typhoon")
    en_uk_council("planning")
    en_uk_council("bins")
    en_us_civicplus()
    en_us_city_release()
    de_spiegel()
    de_typo3_latin1()
    de_gsb_land()
    de_wp_borlabs()
    fr_lemonde()
    fr_ouest()
    fr_prefecture()
    pl_portal()
    pl_joomla_latin2()
    pl_bip()
    wechat_suide()
    wechat_xiumi_notice()
    wechat_plain_police()
    wechat_365_travel()
    wechat_yiban_edu()
    zh_360kuai()
    zh_toutiao()
    zh_sina()
    zh_sohu_auto_2005()
    zh_sohu_mp()
    zh_netease_2005()
    zh_netease_new()
    zh_forum_2005()
    zh_epaper()
    zh_portal_2005()
    zh_xinhua_split_date()
    zh_thepaper_br()
    zh_people()
    gov_vue_shell()
    gov_article_br_blocks()
    gov_div_paras()
    gov_wechat_repost()


def main():
    build()
    out = os.path.join(HERE, "pages")
    os.makedirs(out, exist_ok=True)
    for f in os.listdir(out):
        os.remove(os.path.join(out, f))
    lines = []
    names = set()
    for i, p in enumerate(PAGES, 1):
        assert p["name"] not in names, p["name"]
        names.add(p["name"])
        raw = p["page"].encode(p["enc"], errors="xmlcharrefreplace")
        path = f"pages/{i:02d}-{p['name']}.html"
        with open(os.path.join(HERE, path), "wb") as fh:
            fh.write(raw)
        lines.append(json.dumps(dict(path=path, url=p["url"], headers=p["headers"], lang=p["lang"], gold=p["gold"]), ensure_ascii=False))
    with open(os.path.join(HERE, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    print(len(lines), "pages")


if __name__ == "__main__":
    main()
