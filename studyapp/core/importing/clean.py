"""Cleaning pasted and extracted text: page clutter out, paragraphs kept, title and date found.

The rules are general, written for the kinds of clutter that copying a web page brings along, not
for any one article:

- chrome phrases that never occur in prose ("Listen 3 min", "5 min read", "Comment on this story",
  "Gift Article", "Share this article", "Skip to main content", "Toggle caption");
- short lines made mostly of interface words ("Comment Share", "Print Email", "Accept all");
- calls to the reader to subscribe or follow ("Are you on Telegram? Subscribe to our channel ...",
  "Sign up for our newsletter"), "Read more: ..." teasers;
- icon names glued into the text ("ArrowRight", "ChevronDown", "ShareIcon", "arrow_forward");
- bylines ("By Jane Doe and John Roe, The Daily"), photo credits and captions, cookie notices.
  Navigation and footers of HTML pages are removed before this, by trafilatura.

Paragraphs are kept (one per block; hard-wrapped lines are joined again). Characters are
normalised: line breaks, non-breaking and zero-width spaces, ligatures, runs of spaces. Decision on
quotes: typographic quotes stay as the author wrote them (“ ” ‘ ’ are easier to read and mark where a
quotation opens and closes, which question generation uses for "Who said ...?"), and the odd forms are
brought to them: TeX-style ``...'', low „ ‚ and reversed ‟ ‛ quotes, and backticks or acute accents
used as apostrophes. Straight quotes are left straight. The duplicate rule folds all of them, so the
same article with straight or curly quotes is one article.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from studyapp.core.generation.lexicon import CHROME_WORDS, ICON_PARTS
from studyapp.core.importing.clutter_rules import apply_rules, is_wrapped, list_mark
from studyapp.core.importing.headline import find_headline

# Interface words beyond those question generation filters: cookie banners and consent buttons.
_INTERFACE_WORDS = CHROME_WORDS | frozenset(
    "accept reject manage preferences consent settings privacy policy terms cookies continue "
    "close open toggle show hide enlarge caption credit getty images".split())
_FILLER = frozenset("all now the this our more us to on in of and your for with it".split())
_ICON_WORDS = ICON_PARTS | frozenset(
    "circle outline outlined filled fill solid alt square round button btn mark horizontal vertical "
    "dots more less forward back next previous prev keyboard small large thin bold icon svg".split())

_CHARACTERS = str.maketrans({
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u205f": " ", "\t": " ", "\f": "\n", "\v": "\n",
    "\u2028": "\n", "\u2029": "\n\n", "\u00ad": None, "\u200b": None, "\u2060": None, "\ufeff": None,
    "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
    "\u201e": "\u201c", "\u201f": "\u201c", "\u201a": "\u2018", "\u201b": "\u2018",
    **{chr(c): " " for c in range(0x2000, 0x200b)},
})
_TEX_QUOTES = re.compile(r"``(.+?)''", re.S)
_APOSTROPHE = re.compile(r"(?<=[A-Za-z])[`\u00b4](?=[A-Za-z])")

# Phrases of page chrome that never occur in an article's prose.
_CHROME_PHRASES = re.compile(
    r"\bListen(?: to (?:this )?(?:article|story))?\s*\(?\d+\s*(?:min(?:ute)?s?|m)\b\)?"
    r"|\b\d+\s*min(?:ute)?s?\s+read\b"
    r"|\bComment on this (?:story|article)\b|\bGift (?:this )?(?:article|story)\b"
    r"|\bShare (?:this|the) (?:article|story|page)\b|\bShare on (?:Facebook|Twitter|X|WhatsApp|LinkedIn|Reddit|Email|Pinterest|Tumblr|Threads|Bluesky)\b"
    r"|\bSave (?:this )?(?:article|story) (?:for later)?\b|\bStory continues below(?: advertisement)?\b"
    r"|\bContinue reading(?: the main story)?\b|\b(?:Toggle|Show|Hide) caption\b"
    r"|\bEnlarge this image\b|\bImage \d+ of \d+\b|\bCopy link\b|\bLink copied\b"
    r"|\((?:AP|AFP|EPA|Reuters|Getty Images)(?: Photo)?(?:/[^)]{1,60})?\)",
    re.I,
)
_CAMEL = re.compile(r"\b[A-Z][a-z]+(?:[A-Z][a-z]+)+\b")
_SNAKE = re.compile(r"\b[a-z]+(?:_[a-z]+)+\b")
_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+[”’\"')\]]*|$)\s*")
_CALL_TO_ACTION = re.compile(
    r"^\W*(?:Subscribe|Sign (?:up|in)|Log in|Register|Follow|Join|Download|Get|Click|Tap|Read|Watch|Listen"
    r"|Like|Support|Donate|Become|Try|Don['’]t miss|Never miss|Want|Are you|Do you|Did you|Enjoy(?:ed)?|Love)\b",
)
_PROMO_WORDS = re.compile(
    r"subscri|newsletter|our (?:channel|app|podcast|coverage|website|site|free|daily|weekly|journalism)"
    r"|\binbox\b|sign up|follow us|premium|membership|notifications"
    r"|\bon (?:Telegram|WhatsApp|Twitter|Facebook|Instagram|YouTube|TikTok|LinkedIn)\b"
    r"|\b(?:Telegram|WhatsApp|YouTube|Signal|Discord|Viber)\s+(?:channel|group|community)\b",
    re.I,
)
_TO_THE_READER = re.compile(r"\byour?\b", re.I)
_STRONG_PROMO = re.compile(r"subscri|newsletter|sign up|\binbox\b", re.I)
_TEASER = re.compile(r"^(?:Read (?:more|also|next)|See also|Related(?: articles?| stories)?|More on this(?: story)?"
                     r"|Most (?:read|popular)|Recommended|Watch|Listen)\s*[:|»›>\-–—]", re.I)
_BYLINE_START = re.compile(r"^(?:By|Written by|Words by|Reporting by|Story by|Editing by|Additional reporting by)\s+"
                           r"(?=[A-Z])", re.I)
_BYLINE_WORDS = frozenset("and the of in at for staff writer writers reporter reporters correspondent "
                          "correspondents editor editors contributor senior chief political foreign "
                          "updated published a.m. p.m. am pm".split())
_CREDIT = re.compile(r"^(?:Photo(?:graph)?|Image|Picture|Video|Illustration|Credit|Source)(?: credit| source| caption)?"
                     r"\s*[:|/]", re.I)
_AGENCY_CREDIT = re.compile(r"(?:Getty Images|Shutterstock|AP Photo|AFP|Reuters|EPA|Alamy)\W*$")
_COOKIE = re.compile(r"\bcookies?\b", re.I)
_COOKIE_CONTEXT = re.compile(r"\b(?:we|our|this (?:web)?site|you|your)\b.*\b(?:use|accept|consent|manage|"
                             r"preferences|settings|policy|agree)", re.I | re.S)
_WORD = re.compile(r"[A-Za-z][A-Za-z.'’]*")

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
          r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_DATE = (rf"(?:(?P<iy>\d{{4}})-(?P<im>\d{{1,2}})-(?P<id>\d{{1,2}})"
         rf"|(?P<am>{_MONTH})\s+(?P<ad>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<ay>\d{{4}})"
         rf"|(?P<bd>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<bm>{_MONTH}),?\s+(?P<by>\d{{4}}))")
_WEEKDAY = r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?"
_TIME = r"(?:\s*[|·•,]?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?"
_DATE_LINE = re.compile(
    rf"^(?P<label>(?:date|published|posted|updated|last updated|first published|originally published)"
    rf"(?:\s+on)?\s*:?\s*)?{_WEEKDAY}{_DATE}{_TIME}\s*(?P<sep>[|·•,—–-]\s*)?", re.I)
_DATELINE = re.compile(rf"^[A-Z][A-Z .'’-]{{1,40}}(?:,\s*[A-Z][A-Za-z .]{{1,30}})?,?\s+{_WEEKDAY}{_DATE}"
                       rf"\s*(?:\([A-Za-z ]+\))?\s*[—–-]")
_MONTHS = {name: i for i, name in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}
_DATE_SEARCH_PARAGRAPHS = 5
_SENTENCE_END = ".!?:;”\"’)"
_LIST_MARK = list_mark()


@dataclass
class CleanedText:
    text: str
    title: str = ""
    published: date | None = None


def normalise_characters(raw: str) -> str:
    """Line breaks, spaces, ligatures and quote forms as described in the module docs."""
    text = unicodedata.normalize("NFC", raw.replace("\r\n", "\n").replace("\r", "\n")).translate(_CHARACTERS)
    text = _TEX_QUOTES.sub("\u201c\\1\u201d", text)
    return _APOSTROPHE.sub("\u2019", text)


def fold_for_comparison(text: str) -> str:
    """The text as the duplicate rule sees it: compatibility forms, case, quotes and spaces folded."""
    folded = unicodedata.normalize("NFKC", normalise_characters(text)).casefold()
    folded = folded.translate(str.maketrans("‘’“”«»", "''\"\"\"\""))
    return " ".join(folded.split())


def paragraphs_of(text: str, *, lines_are_paragraphs: bool = False) -> list[str]:
    """Paragraphs of ``text``: blocks between blank lines. A block whose lines mostly run to the same
    width without ending a sentence is hard-wrapped prose: its lines are joined again, and a line
    that ends a sentence well short of that width ends a paragraph. In any other block each line is
    a paragraph (text copied from a web page: title, byline and paragraphs on lines of their own).
    A list item ("• ...", "- ...", "1. ...") is a paragraph of its own, with the lines in lower case
    that continue it: joined to its neighbours, a list would read as one long sentence."""
    paragraphs: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        for kind, group in _list_items_apart(lines):
            if kind == "item":
                paragraphs.append(" ".join(group))
            elif lines_are_paragraphs or len(group) < 2 or not is_wrapped(group):
                paragraphs.extend(group)
            else:
                paragraphs.extend(_unwrapped(group))
    return [" ".join(p.split()) for p in paragraphs]


def _list_items_apart(lines: list[str]) -> list[tuple[str, list[str]]]:
    """The block's lines in groups: ("item", a list item and its continuation lines) or ("lines", the
    lines between list items)."""
    groups: list[tuple[str, list[str]]] = []
    for line in lines:
        if _LIST_MARK.match(line):
            groups.append(("item", [line]))
        elif groups and groups[-1][0] == "item" and line[:1].islower():
            groups[-1][1].append(line)
        elif groups and groups[-1][0] == "lines":
            groups[-1][1].append(line)
        else:
            groups.append(("lines", [line]))
    return groups


def _unwrapped(lines: list[str]) -> list[str]:
    """Hard-wrapped lines joined again into paragraphs."""
    paragraphs = []
    longest = max(len(line) for line in lines)
    current = lines[0]
    for line in lines[1:]:
        if current[-1] in _SENTENCE_END or len(current) < 0.6 * longest:
            paragraphs.append(current)
            current = line
        elif current.endswith("-") and current[-2:-1].isalpha() and line[:1].islower():
            current = current[:-1] + line  # a word hyphenated at the end of a line
        else:
            current = f"{current} {line}"
    paragraphs.append(current)
    return paragraphs


def strip_markdown(text: str) -> tuple[str, str, str]:
    """(text without Markdown syntax, front-matter title, front-matter date)."""
    title = when = ""
    front = re.match(r"^---\n(.*?)\n---\n", text, re.S)
    if front:
        for key, value in re.findall(r"^(\w+):\s*(.+)$", front[1], re.M):
            value = value.strip().strip("\"'")
            if key.lower() == "title":
                title = value
            elif key.lower() in ("date", "published"):
                when = value
        text = text[front.end():]
    text = re.sub(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$", r"\n\1\n", text, flags=re.M)
    text = re.sub(r"^\s{0,3}(?:[-*_]\s*){3,}$", "", text, flags=re.M)
    text = re.sub(r"^\s{0,3}>\s?", "", text, flags=re.M)
    text = re.sub(r"^\s*\+\s+", "- ", text, flags=re.M)  # list items keep a mark: see paragraphs_of
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", text)
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", r"\2", text)
    text = re.sub(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?!\w)", r"\1", text)
    text = re.sub(r"`([^`\n]+)`", r"\1", text)
    text = re.sub(r"^```.*$", "", text, flags=re.M)
    return text, title, when


def date_in(match: re.Match) -> date | None:
    """The date of a ``_DATE`` match, or None when it is not a real date."""
    try:
        if match["iy"]:
            return date(int(match["iy"]), int(match["im"]), int(match["id"]))
        if match["ay"]:
            return date(int(match["ay"]), _MONTHS[match["am"][:3].lower()], int(match["ad"]))
        return date(int(match["by"]), _MONTHS[match["bm"][:3].lower()], int(match["bd"]))
    except ValueError:
        return None


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def is_interface_line(paragraph: str) -> bool:
    """A short line made mostly of interface words: "Comment Share", "Print Email", "Accept all"."""
    words = _words(paragraph)
    if not words or len(words) > 12:
        # Digits and symbols only ("1/5", "|", "12 comments" counters); text in other scripts is kept.
        return not words and len(paragraph) < 40 and not any(ch.isalpha() for ch in paragraph)
    lowered = [w.lower().strip(".'’") for w in words]
    chrome = sum(w in _INTERFACE_WORDS for w in lowered)
    # "Accept all", "Show more": interface words with filler only. "Open Letter" is a title.
    return chrome * 2 > len(words) or (chrome > 0 and all(w in _INTERFACE_WORDS or w in _FILLER for w in lowered))


def is_byline(paragraph: str) -> bool:
    if len(_words(paragraph)) > 18:
        return False
    parts = [p.strip() for p in paragraph.split(";") if p.strip()]
    for part in parts:
        start = _BYLINE_START.match(part)
        if not start:
            return False
        rest = re.sub(_DATE, " ", part[start.end():])
        if any(not (w[0].isupper() or w.lower() in _BYLINE_WORDS) for w in _words(rest)):
            return False
    return True


def is_credit_or_caption(paragraph: str) -> bool:
    if len(_words(paragraph)) > 25:
        return False
    return bool(_CREDIT.match(paragraph)) or (len(_words(paragraph)) <= 8 and bool(_AGENCY_CREDIT.search(paragraph)))


def is_cookie_notice(paragraph: str) -> bool:
    return (len(_words(paragraph)) <= 120 and bool(_COOKIE.search(paragraph))
            and bool(_COOKIE_CONTEXT.search(paragraph)))


def _is_icon_name(token: str) -> bool:
    parts = [p.lower() for p in re.findall(r"[A-Z][a-z]+|[a-z]+", token)]
    return len(parts) >= 2 and ("icon" in parts or all(p in _ICON_WORDS for p in parts))


def _is_promo(sentence: str) -> bool:
    if _CALL_TO_ACTION.match(sentence) and _PROMO_WORDS.search(sentence):
        return True
    return bool(_TO_THE_READER.search(sentence) and _STRONG_PROMO.search(sentence))


def remove_inline_clutter(paragraph: str) -> str:
    """The paragraph without chrome phrases, icon names and calls to subscribe."""
    text = _CHROME_PHRASES.sub(" ", paragraph)
    text = _CAMEL.sub(lambda m: " " if _is_icon_name(m.group()) else m.group(), text)
    text = _SNAKE.sub(lambda m: " " if _is_icon_name(m.group()) else m.group(), text)
    sentences = _SENTENCE.findall(text)
    kept = []
    for index, sentence in enumerate(sentences):
        following = sentences[index + 1] if index + 1 < len(sentences) else ""
        # "Are you on Telegram?" is only clutter because of the prompt that follows it.
        if _is_promo(sentence) or (sentence.rstrip().endswith("?") and _CALL_TO_ACTION.match(sentence)
                                   and _is_promo(following)):
            continue
        kept.append(sentence)
    return " ".join("".join(kept).split())


def is_clutter_paragraph(paragraph: str) -> bool:
    return (is_interface_line(paragraph) or is_byline(paragraph) or is_credit_or_caption(paragraph)
            or is_cookie_notice(paragraph) or bool(_TEASER.match(paragraph)))


def _take_date(paragraphs: list[str]) -> tuple[list[str], date | None]:
    """Find the publication date in the first paragraphs: a date line ("date 2023-05-07",
    "Published: 7 May 2023 | 10:00 BST") is removed; a dateline ("WASHINGTON, May 7, 2023 — ...")
    gives its date and stays, since it belongs to the article."""
    for index, paragraph in enumerate(paragraphs[:_DATE_SEARCH_PARAGRAPHS]):
        line = _DATE_LINE.match(paragraph)
        if line and (when := date_in(line)):
            rest = remove_inline_clutter(paragraph[line.end():])
            if line["label"] or line["sep"] or not rest or is_clutter_paragraph(rest):
                keep = [rest] if rest and not is_clutter_paragraph(rest) else []
                return paragraphs[:index] + keep + paragraphs[index + 1:], when
        dateline = _DATELINE.match(paragraph)
        if dateline and (when := date_in(dateline)):
            return paragraphs, when
    return paragraphs, None


def _same_text(a: str, b: str) -> bool:
    return fold_for_comparison(a).rstrip(" .!") == fold_for_comparison(b).rstrip(" .!")


def _read_once(paragraphs: list[str]) -> list[str]:
    """Without a paragraph that repeats the one before it (a headline or teaser pasted twice)."""
    return [p for i, p in enumerate(paragraphs) if i == 0 or not _same_text(p, paragraphs[i - 1])]


def clean_text(raw: str, *, markdown: bool = False, lines_are_paragraphs: bool = False,
               find_title: bool = True) -> CleanedText:
    """The article in ``raw`` without clutter; its title (the first line when it looks like one,
    or Markdown front matter) and publication date when the text gives them."""
    text = normalise_characters(raw)
    front_title = front_date = ""
    if markdown:
        text, front_title, front_date = strip_markdown(text)
    paragraphs = paragraphs_of(text, lines_are_paragraphs=lines_are_paragraphs)
    paragraphs, published = _take_date(paragraphs)
    if front_date and published is None:
        published = parse_date(front_date)
    paragraphs = _read_once(apply_rules(paragraphs))
    paragraphs = [p for p in paragraphs if not is_clutter_paragraph(p)]
    paragraphs = [cleaned for cleaned in map(remove_inline_clutter, paragraphs)
                  if cleaned and not is_clutter_paragraph(cleaned)]
    title = front_title
    if not title and find_title:
        # The headline, past the site's name, section labels and captions above it (see headline.py).
        title, paragraphs = find_headline(paragraphs)
    if title and paragraphs and _same_text(paragraphs[0], title):
        paragraphs.pop(0)  # the headline copied again as the first paragraph: read once
    return CleanedText(text="\n\n".join(paragraphs), title=title, published=published)


def parse_date(value: object) -> date | None:
    """A date from document metadata: a date, a datetime, or a string in any common format."""
    if value is None or value == "":
        return None
    if hasattr(value, "date") and callable(value.date):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    match = re.search(_DATE, text)
    if match and (when := date_in(match)):
        return when
    import dateparser

    parsed = dateparser.parse(text, settings={"PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["year"]})
    return parsed.date() if parsed else None
