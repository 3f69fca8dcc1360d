"""区域合作: the seed article (rendered with REAL ruby markup for its pinyin, and its own footer)
and a second article from the same source whose pinyin is ALREADY flattened into the text.

The seed text lives in ``content/seed/*.txt`` (copied byte-for-byte from the project's seed):
line 1 = title, then paragraphs, a line "|", then footer lines. Pinyin annotations are written
``運(yùn)`` in it; build.py turns each into ``<ruby>運<rp>(</rp><rt>yùn</rt><rp>)</rp></ruby>``.
"""

from pathlib import Path

SEED_DIR = Path(__file__).resolve().parent / "seed"


def load_seed() -> dict:
    """Parse the seed file into title, paragraphs and footer lines (pinyin still inline)."""
    path = sorted(SEED_DIR.glob("*.txt"))[0]
    lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()]
    sep = lines.index("|")
    body = [ln for ln in lines[:sep] if ln]
    footer = [ln for ln in lines[sep + 1:] if ln]
    return dict(title=body[0], paras=body[1:], footer=footer, file=path.name)


_seed = load_seed()

ARTICLES = [
    dict(
        id=1012345, date="2018-11-22", time="17:36",
        title=_seed["title"], source="運城市人民政府", author="",
        paras=_seed["paras"], footer=_seed["footer"], ruby=True, seed_file=_seed["file"],
    ),
    # Same source, but the portal that copied it flattened the ruby into plain text.
    dict(
        id=1012690, date="2018-11-27", time="11:08",
        title="運(yùn)城市召開(kāi)重點(diǎn)工程項(xiàng)目建設(shè)觀摩點(diǎn)評(píng)會(huì)",
        source="運城市人民政府", author="",
        paras=[
            "11月26日,運(yùn)城市重點(diǎn)工程項(xiàng)目建設(shè)觀摩點(diǎn)評(píng)會(huì)召開(kāi),與會(huì)人員先后實(shí)地察看了鹽湖區(qū)、臨猗縣、永濟(jì)市的9個(gè)在建項(xiàng)目。",
            "在點(diǎn)評(píng)環(huán)節(jié),各觀摩組圍繞項(xiàng)目投資強(qiáng)度、建設(shè)進(jìn)度和帶動(dòng)效應(yīng)逐一打分,對(duì)進(jìn)度滯后的項(xiàng)目現(xiàn)場提出整改意見(jiàn)。",
            "會(huì)議要求,各縣(市、區(qū))要對(duì)照年度目標(biāo)倒排工期,集中力量解決用地、環(huán)評(píng)和資金等瓶頸問(wèn)題,確保冬季施工不停歇。",
        ],
        footer=_seed["footer"], ruby=False,
    ),
]
