"""Line features for the plain-text page-dump reader.

A page dump is a sequence of lines; each gets a handful of cheap features (length, sentence
punctuation, function-word density, list-item marker, boilerplate vocabulary) and a coarse kind.
Every pattern here is anchored or applied to a bounded prefix so one huge line stays linear.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


def wordset(words: str) -> frozenset[str]:
    """A frozen set from a whitespace-separated word list."""
    return frozenset(words.split())


#: Common English function words; their density separates prose from menus and headlines.
STOPWORDS = wordset(
    """a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it its
    itself just me more most my no nor not now of off on once only or other our ours out over own
    said same she should so some such than that the their theirs them then there these they this
    those through to too under until up very was we were what when where which while who whom why
    will with would you your yours has had says after since according told while"""
)

_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*", re.UNICODE)
_BULLET = re.compile(r"^(?:[-–—•*·▪►o]|\d{1,3}[.)])\s+")
_NUMBERED = re.compile(r"^\d{1,3}[.)]\s+")
_SENT_END = re.compile(r"""[.!?…:;]["'”’»)\]]*$|[.!?]\s*\(\w[^()]{0,40}\)$""")
_GLUED = re.compile(r"[a-z]{2}[.?!’”]?[A-Z][a-z]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]")

#: Lines that are page furniture whatever their length (matched against the lowered line start).
_BOILER_START = re.compile(
    r"^(?:advertisement|advertising|sponsored|skip to|jump to|share (?:this|on|via)|share$|"
    r"tweet$|email$|print$|facebook$|twitter$|linkedin$|whatsapp$|copy link|copied|"
    r"sign (?:up|in)|log ?in|log ?out|subscribe|newsletter|follow us|follow @|"
    r"we use cookies|this (?:site|website) uses cookies|by (?:clicking|continuing|using) |"
    r"accept(?: all)? cookies|cookie|privacy policy|terms of (?:use|service)|all rights reserved|"
    r"copyright|©|\(c\) \d|story continues|continue reading|scroll to continue|"
    r"click here|tap here|read more$|read full|load more|see all|view all|show more|"
    r"download the app|get the app|leave a comment|comments?$|\d+ comments?$|"
    r"your (?:email|name|message)|enter your|thank you for|filed under|tags?:|topics?:|"
    r"related topics|listen to (?:this|the) article|audio is|min(?:ute)? read|"
    r"this article (?:was|is|has)|editor'?s? note|our (?:standards|journalism)|"
    r"if you (?:buy|purchase|click)|we may (?:earn|receive)|affiliate|"
    r"support (?:our|independent)|donate|become a (?:member|subscriber)|already a subscriber|"
    r"you have \d|you've reached|to continue reading|create (?:a free )?account|"
    r"reporting by|editing by|additional reporting|produced by|contact us|about us|"
    r"back to top|top of page|more information:|journal information:|provided by|"
    r"citation:|explore further|was this (?:page|article|story) helpful|"
    r"thanks? (?:you )?for your feedback|tell us why|this document is subject to copyright|"
    r"(?:please )?(?:support|contribute|donate)\b.{0,80}\b(?:journalism|newsroom|as little as)|"
    r"why you can trust|this content can also be viewed|view full post|a version of this "
    r"(?:article|story) (?:appears|appeared)|this (?:story|article) was originally published|"
    r"contributing:|contact (?:the )?(?:author|reporter|\w+ \w+ at )|"
    r"(?:instagram|twitter|facebook|tiktok|youtube|x) (?:content|post)$|add articles to your|"
    r"thanks for (?:signing up|subscribing|reading)|like what you'?re reading|"
    r"(?:an? )?(?:icon|image|logo) (?:of|in the shape of) |.{0,120}\bit indicates (?:a|an|the) )",
    re.IGNORECASE,
)
_BOILER_ANY = re.compile(
    r"(?:all rights reserved|cookie policy|privacy policy|terms of use|terms and conditions|"
    r"sign up for (?:our|the)|subscribe to (?:our|the)|newsletter|unsubscribe|ad blocker|"
    r"adblock|javascript|your browser|manage (?:your )?(?:cookie|consent|preferences)|"
    r"we use cookies|uses cookies|click here|free trial|download our app|"
    r"has been (?:added|saved) to|follow (?:us|the author)|do not sell|"
    r"(?:independently|editorially) selected|(?:earn|receive) (?:an? )?(?:small )?(?:affiliate )?"
    r"commission|contributed to this report|to your inbox|in your inbox|mailing list|"
    r"as little as \$\d|your (?:contribution|support) (?:of|will|helps))",
    re.IGNORECASE,
)
#: Shopping disclosures and page templates, whatever their length.
_DISCLOSURE = re.compile(
    r"(?:earn|receive) (?:an? )?(?:small )?(?:affiliate )?commissions?\b|\{\{\s*\w+\s*\}\}",
    re.IGNORECASE,
)
#: Cookie-consent prose: long, but never the article.
_COOKIE_TEXT = re.compile(
    r"\bcookies?\b.{0,300}\b(?:browser|consent|opt[ -]out|preferences|partners|third[- ]part)|"
    r"\b(?:browser|consent|opt[ -]out|preferences|partners|third[- ]part).{0,300}\bcookies?\b",
    re.IGNORECASE,
)
_CAPTION = re.compile(
    r"(?:\b(?:photo|image|picture|video|photograph|illustration|graphic|credit|"
    r"source|courtesy|file photo|photographer|creative director|styl(?:ist|ing))s?"
    r"(?: credit| by)?\s*:\s*\S|\bcredit\.\.\.|\b(?:photo|image)s?:$|"
    r"\((?:left|right|center|centre|top|bottom|l-r|from left)\)|^from left:|"
    r"\b(?:getty images|shutterstock|afp via getty|ap photo|reuters/|epa-efe|"
    r"photo by|photo courtesy|pictured:|\(photo:|\(image:|\bvia getty\b|/ ?afp\b))",
    re.IGNORECASE,
)
#: A photo credit closing a caption: "... Jane Doe/Example Times", "(Jane Doe / Example Times)".
_CREDIT_END = re.compile(
    r"(?:^|\s|\()[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s?/\s?(?:The\s+)?[A-Z][\w.'’-]*"
    r"(?:\s+[A-Z][\w.'’&-]*){0,4}\)?$"
)
_CAPTION_START = re.compile(r"^(?:file\s*[-–—:]|pictured\b|above:|top:|left:|right:)", re.I)

#: Headings that open a list of other stories.
RELATED_MARKER = re.compile(
    r"^(?:latest(?: news| stories| articles| headlines| updates)?|read (?:also|more|next)|"
    r"also read|see also|related(?: news| stories| articles| coverage| content| posts| reading"
    r"| links| topics| story| article| video| videos)?|"
    r"more (?:from|on|by|news|stories|in|about|like this|to read|headlines)\b.*|"
    r"most (?:read|popular|viewed|shared|recent)|top (?:stories|news|headlines)|trending(?: now)?|"
    r"recommended(?: for you| stories| reading)?|you (?:may|might) (?:also )?(?:like|enjoy|be "
    r"interested)|editor'?s'? (?:picks?|choice|recommendations?)|what to read next|"
    r"(?:next|up) next|next (?:read|up)(?: this| in .*)?|read this next|keep reading|"
    r"more to (?:read|explore)|don'?t miss|popular(?: now| stories)?|"
    r"other news|news feed|in other news|just in|breaking news|people are (?:also )?reading|"
    r"more stories|further reading|recent (?:posts|news|stories)|"
    r"последние новости|читайте также|по теме)"
    r"\s*[:.…]*$",
    re.IGNORECASE,
)
#: Headings of a comment thread: the article is over and what follows is readers' prose.
COMMENTS_MARKER = re.compile(
    r"^(?:\d+\s+)?(?:comments?|responses?|replies|reader comments|discussion|conversation)"
    r"\s*(?:\(\d+\)|\d+)?$|"
    r"^(?:leave a (?:reply|comment)|join the (?:conversation|discussion)|add (?:a|your) comment|"
    r"post a comment|(?:show|view|load|loading|read|see) (?:all )?(?:\d+ )?comments|comment now)|"
    r"^\S{1,40} said:$",
    re.IGNORECASE,
)
#: Lines an article body never runs across: author bios, tag lists, share prompts.
END_MARKER = re.compile(
    r"^(?:about the author|more about the author|tags?\b|topics\b|filed under|"
    r"share (?:this|the) (?:article|story|post)|share or comment|"
    r"was this (?:page|article|story) (?:helpful|useful)|\d* ?sources?$|references$|"
    r"(?:copyright\s*)?(?:©|\(c\))\s*(?:copyright\s*)?(?:\d{4}|[A-Z][\w.]*\s+\d{4})|"
    r".{0,80}\ball rights reserved\b)|"
    r"^[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3} (?:writes about|covers|reports on) |"
    r"^[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3} (?:is|was|has been) "
    r"(?:a|an|the|[A-Z][\w.-]*['’]s?) "
    r"(?:[\w,-]+ ){0,6}(?:writer|reporter|editor|journalist|correspondent|columnist|"
    r"contributor|producer|author|dietitian|librarian|fact-checker|researcher|freelancer|"
    r"scout|analyst|critic|intern|fellow)\b",
    re.IGNORECASE,
)
#: "Read also: Some headline" on one line.
INLINE_RELATED = re.compile(
    r"^(?:read (?:also|more|next)|also read|see also|also see|also|see|watch|listen|related"
    r"(?: story| article| video| coverage| content)?|more|recommended|must read|don'?t miss|"
    r"читайте также)\s*[:|—–-]\s*(.+)$",
    re.IGNORECASE,
)

DATE_WORDS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DATE_ANY = re.compile(
    r"\b(?:" + DATE_WORDS + r"\s+\d{1,2}(?:st|nd|rd|th)?\b,?(?:\s*\d{4}\b)?|"
    r"\d{1,2}(?:st|nd|rd|th)?\s+" + DATE_WORDS + r"\b,?(?:\s*\d{4}\b)?|"
    r"\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b|"
    r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?|\d+\s*(?:mins?|minutes?|hours?|hrs?|days?|weeks?|"
    r"months?|years?|[hmd])\s+ago\b)",
    re.IGNORECASE,
)
#: Words that may sit beside a date in a dateline ("Published: ... | Updated ... ET · 3 min read").
_DATE_FILLER = wordset(
    """published updated posted last first date on at am pm a.m p.m et pt ct mt est pst cst edt pdt
    cdt gmt utc bst cet cest ist msk aest jst mon tue wed thu fri sat sun monday tuesday wednesday
    thursday friday saturday sunday min mins minute minutes read ago hours hour h m d today
    yesterday time modified originally"""
)


def is_dateline(text: str, n_words: int) -> bool:
    """A line that is a publication date/time with at most a couple of other words."""
    if n_words > 24 or not _DATE_ANY.search(text):
        return False
    rest = _DATE_ANY.sub(" ", text)
    left = [w for w in _WORD.findall(rest) if w.lower().strip(".") not in _DATE_FILLER]
    return sum(1 for w in left if not w.isdigit()) <= 2


@dataclass(slots=True)
class Line:
    """One non-empty line of a dump with the features the reader decides on."""

    idx: int
    text: str
    bullet: bool
    numbered: bool
    words: int
    stop_ratio: float
    sentence_end: bool
    boiler: bool
    caption: bool
    date_only: bool
    marker: bool
    #: "comments" (a comment thread starts), "end" (bio, tags: a barrier) or ""
    end: str
    #: blank lines directly above this one (paragraph separation)
    gap_before: bool

    #: words glued to the next link's text ("TechThe EU ...AIHow ..."): a flattened link list
    glued: int = 0

    @property
    def good(self) -> bool:
        """Prose: long enough, punctuated or function-word dense, not furniture."""
        if self.boiler or self.caption or self.marker or self.date_only:
            return False
        if self.glued >= 3 and self.glued * 12 >= self.words:
            return False
        if self.words >= 10 and self.sentence_end and (self.stop_ratio >= 0.15 or self.words >= 20):
            return True
        return self.words >= 25 and self.stop_ratio >= 0.2

    @property
    def short(self) -> bool:
        return not self.good and not self.sentence_end


_SHARE_WORDS = wordset(
    """share tweet email e-mail print facebook twitter x linkedin whatsapp telegram reddit pinterest
    flipboard copy link save comment comments vk ok"""
)


def _end_kind(head: str, n: int) -> str:
    if n > 90:
        return ""
    if n <= 40 and COMMENTS_MARKER.match(head):
        return "comments"
    return "end" if END_MARKER.match(head) else ""


def clean(text: str) -> str:
    """Normalise line endings and drop control characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    return text.replace("\u00a0", " ").replace("\u200b", "")


def word_list(text: str) -> list[str]:
    return _WORD.findall(text)


def make_line(idx: int, raw: str, gap_before: bool) -> Line:
    stripped = raw.strip()
    bullet_m = _BULLET.match(stripped)
    numbered = bool(_NUMBERED.match(stripped))
    body = stripped[bullet_m.end() :] if bullet_m and not numbered else stripped
    toks = word_list(body[:5000]) if len(body) > 5000 else word_list(body)
    n = len(toks)
    if len(body) > 5000:
        n = max(n, len(body) // 6)
    stops = sum(1 for t in toks if t.lower() in STOPWORDS)
    head = body[:300]
    tail = body[-12:]
    boiler = (
        bool(_BOILER_START.match(head))
        or (n < 40 and bool(_BOILER_ANY.search(head)))
        or (0 < n <= 6 and all(t.lower() in _SHARE_WORDS for t in toks))
        or (n < 150 and bool(_COOKIE_TEXT.search(body[:1200])))
        or (n < 90 and bool(_DISCLOSURE.search(body[:600])))
    )
    caption = (
        (n < 80 and bool(_CAPTION.search(body[:600])))
        or (n < 150 and bool(_CAPTION_START.match(head)))
        or (n < 60 and bool(_CREDIT_END.search(body[-70:])))
    )
    return Line(
        idx=idx,
        text=body,
        bullet=bool(bullet_m) and not numbered,
        numbered=numbered,
        words=n,
        stop_ratio=stops / n if n else 0.0,
        # a quote broken before its attribution line ends with a comma
        sentence_end=bool(_SENT_END.search(tail)) or (n >= 8 and tail.endswith((",", ",”", ',"'))),
        boiler=boiler,
        caption=caption,
        date_only=is_dateline(head, n),
        marker=n <= 8 and bool(RELATED_MARKER.match(head)),
        end=_end_kind(head, n),
        gap_before=gap_before,
        glued=len(_GLUED.findall(body[:3000])),
    )


def split_lines(text: str) -> list[Line]:
    """Non-empty lines of ``text`` with their features; blank lines only set ``gap_before``."""
    out: list[Line] = []
    gap = False
    for i, raw in enumerate(text.split("\n")):
        if not raw.strip() or raw.strip() in {"-", "–", "•", "*", "o", "·"}:
            gap = True
            continue
        out.append(make_line(i, raw, gap))
        gap = False
    return out
