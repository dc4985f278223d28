"""Cues that the page's layout gives, not the grammar (pure, over a Doc and its quotes).

* a signature: the line after a quote, or the rest of its line after a horizontal
  bar, names whose it is ("“…” ― Maria Lopez, 41, Tucson"), as in vox pops and
  pull quotes;
* a label: the speaker's name, then a colon, opens the quote's line or follows an
  earlier quote on it ("Ken Ito, a nurse: “…”", "Molina: “…” Grant: “…”");
* a headline's label: "Senator: Deal Is ‘Dead On Arrival’".

Each returns the word naming the speaker; the sieve resolves it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from quotebank.engine.attribution.phrases import label_word
from quotebank.engine.attribution.quotes import PARTIAL, QuoteSpan
from quotebank.engine.attribution.words import is_reporting_verb
from quotebank.engine.prefilter.marks import SIGNATURE_DASH, headline_end, quoted_region
from quotebank.engine.prefilter.turns import DIRECTION
from quotebank.text.lexicon import is_role, is_section_label

_NAME = r"[A-Z][\w'’.-]*(?:[ \t]+(?:[A-Z][\w'’.-]*|de|van|von|al|bin))*"
_SIGNED = re.compile(  # “…” ¶― Maria Lopez, 41, Tucson
    rf"[ \t]*(?:\r?\n\s*|(?=―))(?P<mark>{SIGNATURE_DASH})[ \t]*"
    rf"(?P<name>{_NAME})(?:[ \t]*\([^()\n]{{1,24}}\)[^\n]{{0,40}})?"
    rf"(?:,[^\n]{{1,80}})?[ \t]*(?:\n|$)"
)  # "― Rep. Ann Colby (R), whip", a post's "― Dana Lisk (@danalisk) March 3, 2016"
_BULLET = r"(?:[•·▪*][ \t]*)?"  # a list's entry: "• Ken Ito, 68, of Fairview: “…”"
# "A senior party aide: “…”", an unnamed source in a digest: a role ends it (``_signature``)
_UNNAMED = r"(?:An?|One)[ \t]+[\w'’-]+(?:[ \t]+[\w'’-]+){0,5}"
_LABELLED = re.compile(  # "Ken Ito, a nurse: “…”", "Rep. Ann Cole (R-Ohio): “…”"
    rf"[ \t]*{_BULLET}(?P<name>{_NAME}|{_UNNAMED})"
    rf"(?:[ \t]*\([^()\n:]{{1,24}}\))?(?:,[^\n:“\"]{{1,100}})?"
    rf"(?P<mark>:|(?<=\S)[ \t]+[—–])"  # "Ann Lee, D-Colo. — “…”", a roundup's dash
    rf"[ \t\u00a0]*(?:{DIRECTION}[ \t]*)?"  # "(LAUGHTER)" before a turn's words
)
_UNNAMED_START = re.compile(r"(?:An?|One)\b")
_OF_THE = re.compile(r"\b(?:of|OF|Of)[ \t]+(?:the|THE|The)\b")  # "Quote of the Day"
_DIGEST_DASH = re.compile(r"^.*\s[-–—]\s")  # up to a digest's last " - " before its label
NAME_WORDS = 4  # a signature or label names one person: "Maria de la Cruz"
HEADLINE_LABEL = 6  # words: the longest "Gov. Mary Fallin:" a headline opens with
_ITEM_BREAKS = frozenset({"--", "—", "–", "|", ";"})  # between a headline's items


def signed_or_labelled(
    doc: Doc, text: str, quote: QuoteSpan, quotes: Sequence[QuoteSpan]
) -> tuple[Token, str] | None:
    """The word naming who signs or labels ``quote``, and the mark ("―", ":")."""
    if quote.kind == PARTIAL:
        return None
    after = quote.close_mark + 1 if quote.close_mark >= 0 else quote.end
    found = _SIGNED.match(text, after)
    if found is None and _opening(quote) > headline_end(text):
        found = _LABELLED.fullmatch(text, label_start(text, quote, quotes), _opening(quote))
        if found is not None and _tells(doc, found):
            return None  # "Opening the debate, Ana Ruiz told the House: “…”": a cue
    if found is None:
        return None
    name = doc.char_span(*found.span("name"), alignment_mode="expand")
    if name is not None and (is_section_label(name.text) or _furniture(name.text)):
        return None  # "THE CLAIM: “…”", "QUOTE OF THE DAY: “…”": a page's furniture
    heads = [t for t in name or () if t.pos_ in ("PROPN", "NOUN") or _capital_label(t)]
    person = [e for e in (name.ents if name is not None else ()) if e.label_ == "PERSON"]
    named = list(person[-1]) if person else [t for t in heads if not is_role(t.lower_)]
    if not heads or len(named) > NAME_WORDS or len(found.group("name")) < 2:
        return None  # nor a lone letter: an interview's "Q:"
    return heads[-1], found.group("mark").strip()


def _furniture(label: str) -> bool:
    """ "QUOTE OF THE DAY", "Tweet of the Week": a page's section, not a name; not an
    unnamed source ("One of the organizers: “…”")."""
    return _OF_THE.search(label) is not None and _UNNAMED_START.match(label) is None


def _tells(doc: Doc, label: re.Match[str]) -> bool:
    """Whether a label's words after its name hold a verb with a tense ("told"): a
    sentence, not a label ("Ana Ruiz, campaigning in Ohio:")."""
    rest = doc.char_span(label.end("name"), label.start("mark"), alignment_mode="expand")
    told = (t for t in rest or () if t.tag_ in ("VBD", "VBZ", "VBP") or is_reporting_verb(t))
    return any(t.dep_ != "relcl" for t in told)  # not "…, which backed the suit:"


def _capital_label(token: Token) -> bool:
    """A word of a label in capitals, whatever the tagger made of it ("PIKE:" a verb)."""
    return label_word(token) and len(token) > 1


def label_start(text: str, quote: QuoteSpan, quotes: Sequence[QuoteSpan]) -> int:
    """Where a label before ``quote`` may begin: its line's start (past the mark
    opening a transcript's quoted turn), just after an
    earlier quote on the same line ("A: “…” B: “…”", a debate digest), or after a
    digest's dash ("Pollsters agree - Ana Brill: “…”")."""
    opening = _opening(quote)
    start = text.rfind("\n", 0, opening) + 1
    if quote.open_mark < 0 and text[start : start + 1] in ('"', "“"):
        start += 1  # a transcript pasted in quotation marks: \"GARCIA: …
    ends = [q.close_mark + 1 for q in quotes if start <= q.close_mark < opening]
    if ends:
        start = max(ends)
        while start < opening and text[start] in ".,;!? \t":
            start += 1
    dash = _DIGEST_DASH.search(text[start:opening])  # "Pollsters agree - Ana Brill: “…”"
    if dash is None or not text[start + dash.end() : opening].strip():
        return start  # "Ann Lee, D-Colo. — “…”": the dash is the label's own mark
    return start + dash.end()


def _opening(quote: QuoteSpan) -> int:
    """Where the quote opens: its mark, or its first word (a transcript's turn)."""
    return quoted_region(quote)[0]


def headline_label(doc: Doc, text: str, quote: QuoteSpan) -> Token | None:
    """ "Senator: Deal Is ‘Dead On Arrival’", "Calder: …": the word before the colon."""
    if quote.end > headline_end(text):
        return None
    words = [t for t in doc[: quote.span.start] if not t.is_space]
    colon = next((i for i, t in enumerate(words) if t.text == ":"), None)
    if colon is None or colon == 0:
        return _label_after(doc, quote) if all(t.is_quote for t in words) else None
    if any(t.text in _ITEM_BREAKS for t in words[colon + 1 :]):
        return None  # "THE MORNING LEDGER: Senate votes -- Lindqvist still ‘reading’"
    return _label_head(words[:colon])


def _label_after(doc: Doc, quote: QuoteSpan) -> Token | None:
    """ "‘The sea doesn’t care’: Captain Ina Skarr on 41 years at the wheel": a
    headline opening on the quote, its speaker after the colon."""
    i = quote.span.end
    while i < len(doc) and doc[i].is_quote:
        i += 1
    if i >= len(doc) or doc[i].text != ":":
        return None
    label = []
    for token in doc[i + 1 :]:
        if "\n" in token.text:
            break
        if not token.is_space:
            label.append(token)
    return _label_head(label)


def _label_head(label: list[Token]) -> Token | None:
    """The word naming who speaks in a headline's label, before any "on <topic>" or
    "to <listeners>"."""
    words = label[: NAME_WORDS + 1]
    topic = next((i for i, t in enumerate(words) if t.lower_ in ("on", "to")), None)
    if topic:  # "Ruiz on the Budget Talks: ‘…’", "Ruiz to Steelworkers: ‘…’": before it
        label = label[:topic]
    elif len(label) > HEADLINE_LABEL:
        return None
    if is_section_label(" ".join(t.text for t in label)):
        return None  # "Fact Check: Does Vance Want to ‘End Medicare’?"
    heads = [t for t in label if t.pos_ in ("PROPN", "NOUN") or _capitalised(t)]
    return heads[-1] if heads else None


def _capitalised(token: Token) -> bool:
    """ "Okafor: …" tagged as an adjective: a capitalised word that is no function word."""
    return token.is_alpha and token.is_title and not token.is_stop
