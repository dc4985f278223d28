"""Find the quotations in a spaCy ``Doc`` and tell speech from other quoted text.

The marks are paired over the raw text (``marks.find_mark_spans``); this
module maps each span onto the ``Doc`` and decides its kind:

* ``direct`` — a whole utterance: the quote opens a sentence, or follows a
  cue and a comma or colon (``He said, “…”``);
* ``partial`` — a fragment built into the writer's sentence (``a “feel-out
  meeting”``);
* ``not_speech`` — a label, title or name: ``a podium that read “Alaska
  2025”``, a ``“USSR” sweatshirt``, ``the film “The Others”``.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from quotebank.engine.prefilter.condense import MIDDLE
from quotebank.engine.prefilter.marks import (
    MARK_CHARACTERS,
    MarkSpan,
    find_mark_spans,
    headline_end,
    quoted_region,
)
from quotebank.text.lexicon import (
    CALLING_VERBS,
    GIVEN_NAME_VERBS,
    NAMING_CUES,
    NAMING_VERBS,
    REPORTING_VERBS,
    VOICING_VERBS,
)

DIRECT, PARTIAL, NOT_SPEECH = "direct", "partial", "not_speech"
_SMALL_WORDS = frozenset(
    """
    a an the of and or in on at to for with from by as vs
    """.split()
)
_OPENING_PUNCT = ".!?:;…"
# a date, a time stamp, an id (not "400" or "2-1", which people say): markup
_NUMBERS = re.compile(r"[\d\s:./T+-]+")
# Scraped markup quoted as if it were words: a URL, an @handle, a run-together
# account name of three capitalised parts or more ("realDonaldTrump", "GovJaneDoe").
_MARKUP = re.compile(r"\S*(?:://|www\.)\S*|@\w+|[A-Za-z][a-z]*(?:[A-Z][a-z]+){2,}\d*")


class QuoteSpan(NamedTuple):
    """A quotation found in a Doc, before attribution."""

    start: int  # character offsets of the content, marks excluded
    end: int
    open_mark: int  # character offset of the opening mark, -1 if missing
    close_mark: int  # offset of the closing mark's last character, -1 if left open
    continues: bool  # continues the previous quote (a further paragraph)
    kind: str
    span: Span  # the tokens of the content
    text: str  # the content, exactly as in the article

    @property
    def is_turn(self) -> bool:
        """A transcript's or interview's turn: words a label opens, with no marks."""
        return self.open_mark < 0 and self.close_mark < 0

    @property
    def asks(self) -> bool:
        """A question: “…?”, “…?,”."""
        return self.text.rstrip(" ,")[-1:] == "?"


TEXT_KEY = "quotebank_text"  # doc.user_data: the Doc's text, built once


def doc_text(doc: Doc) -> str:
    """``doc.text``, which spaCy builds from the tokens on every access, built once."""
    text = doc.user_data.get(TEXT_KEY)
    if not isinstance(text, str):  # a Doc's text never changes, so it never goes stale
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def find_quotes(doc: Doc) -> list[QuoteSpan]:
    """Every quoted span in ``doc`` with its kind, in order of position."""
    found = []
    text = doc_text(doc)
    for mark_span in find_mark_spans(text):
        span = doc.char_span(mark_span.start, mark_span.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        content = text[mark_span.start : mark_span.end]
        kind = _kind(doc, mark_span, span, _text_before(text, mark_span), content)
        found.append(QuoteSpan(*mark_span, kind=kind, span=span, text=content))
    return found


def _text_before(text: str, mark_span: MarkSpan) -> str:
    """The paragraph's text before the opening mark, stripped."""
    open_at = quoted_region(mark_span)[0]
    line_start = text.rfind("\n", 0, open_at) + 1
    return text[line_start:open_at].rstrip()


def _kind(doc: Doc, mark_span: MarkSpan, span: Span, before: str, content: str) -> str:
    if mark_span.open_mark < 0 and mark_span.close_mark < 0:
        return DIRECT  # a transcript's turn: speech, however short or capitalised
    if _is_label(doc, span, content, headline=mark_span.end <= headline_end(doc_text(doc))):
        return NOT_SPEECH
    if before.endswith("=") or (len(content.strip()) >= 8 and _NUMBERS.fullmatch(content.strip())):
        return NOT_SPEECH  # markup: datetime="2016-06-29", data-tweet-id="7479…"
    closed = before[-1:] in ("”", '"') or before.endswith("''")  # “…” “…” and ''…'' ''…''
    if mark_span.continues or not before or before[-1] in _OPENING_PUNCT or closed:
        return DIRECT
    if before[-1] in ",—–-(" and content[:1].isupper():
        return DIRECT
    if before[-1] == "," and _resumes_split_quote(before):
        return DIRECT
    last_word = before.rsplit(None, 1)[-1].casefold()
    if last_word == "that" and content[:1].isupper() and content.rstrip("”\"’' ")[-1:] in ".!?":
        return DIRECT
    if _asked_after(doc, span, content):
        return DIRECT
    return PARTIAL


def _asked_after(doc: Doc, span: Span, content: str) -> bool:
    """ "— “why wouldn't you check?” asked Ruiz": a question or exclamation its
    reporting verb follows is a whole utterance, though it opens in lower case."""
    after = _token_after(doc, span)
    return (
        content.rstrip()[-1:] in ("?", "!")
        and after is not None
        and after.lemma_.lower() in REPORTING_VERBS
    )


def _resumes_split_quote(before: str) -> bool:
    """“We're going to win,” Harris told supporters, “and we're going to win big.”"""
    closed = max(before.rfind("”"), before.rfind('"'))
    if closed < 0:
        return False
    between = before[closed + 1 :]
    return len(between) < 150 and not any(p in between for p in (". ", "! ", "? "))


def _is_label(doc: Doc, span: Span, content: str, *, headline: bool = False) -> bool:
    """A quoted name, title, sign or scare-quoted word rather than speech; in a
    headline every word is capitalised, so capitals tell nothing there."""
    if _MARKUP.fullmatch(content.strip(" .,;:!?")):
        return True
    words = [t for t in span if t.is_alpha or t.like_num]
    if not headline and _titled_work(content, words):
        return True  # “Backroom: Twelve Years Inside the Statehouse”
    if not words or len(words) > 8:
        return False
    if len(words) <= 3 and content.strip().endswith(":") and _own_line(doc, span):
        return True  # “Related:”, “Read more:”: a page's furniture
    before = _token_before(doc, span)
    if before is not None and _names_what_follows(before):
        return True
    after = _token_after(doc, span)
    if len(words) <= 2 and _between_names(before, after) and title_case(words):
        return True  # Robert “Bobby” Okafor
    if before is not None and voices_what_follows(before):
        return False  # chanting "Dump Obert.", saying “Too Many”
    evaluative = all(  # a “soaring, beautiful” memorial
        (t.pos_ in ("ADJ", "ADV") or t.dep_ == "amod") and t.is_lower for t in words
    )
    # trying to “protect” Clinton: a verb said, not a “Missing” voter's participle
    verbal = any(t.tag_ in ("VB", "VBP", "VBZ", "VBD") for t in words)
    qualifies = after is not None and not (evaluative or verbal) and _modifies(after, content)
    qualifies = qualifies and not _calls_someone(before, after)
    if len(words) <= 3 and qualifies:
        return True
    if headline or len(words) < 2 or not title_case(words) or _someone_calls_it(span):
        return False
    # “Moulin Rouge” also is …: a title-case name with no verb, even at a sentence start.
    verbless = not any(t.pos_ in ("VERB", "AUX") for t in span)
    verbless = verbless and content.rstrip()[-1:] not in "!?"  # “HIGH STAKES!!!” is said
    return not _starts_sentence(doc, span) or (verbless and len(words) <= 4)


_MARKS = MARK_CHARACTERS + " \t\r\u00a0"


def _own_line(doc: Doc, span: Span) -> bool:
    """Whether a quotation is all of its line, but for its marks."""
    text = doc_text(doc)
    start = text.rfind("\n", 0, span.start_char) + 1
    end = text.find("\n", span.end_char)
    outside = text[start : span.start_char] + text[span.end_char : end if end >= 0 else None]
    return not outside.strip(_MARKS)


def _between_names(before: Token | None, after: Token | None) -> bool:
    """Whether a quotation stands between a given name and a surname, as a nickname."""
    names = [t for t in (before, after) if t is not None and t.pos_ == "PROPN"]
    return len(names) == 2 and all(t.is_title and t.is_alpha for t in names)


def _calls_someone(before: Token | None, after: Token | None) -> bool:
    """ "says his “old friend” Ana Ruiz ran …": what one person calls another, in
    their words, between a possessive and the person's name."""
    return (
        before is not None
        and after is not None
        and before.tag_ == "PRP$"
        and after.pos_ == "PROPN"
        and (after.ent_type_ == "PERSON" or "appos" in (after.dep_, after.head.dep_))
    )


def _someone_calls_it(span: Span) -> bool:
    """ "Ruiz called Mrs. Holt a “paper tiger”": a name someone gives, in their
    words; not "a group called “Women for Ohio”" (no one calls it that here), nor
    what many call someone ("players call him “the Doctor”": a nickname)."""
    token = span.root
    for _ in range(4):
        if token.head == token:
            return False
        token = token.head
        if token.pos_ == "VERB" and token.lemma_.lower() in CALLING_VERBS and token.i < span.start:
            subjects = [c for c in token.children if c.dep_ == "nsubj" and c.i < token.i]
            many = token.lemma_.lower() in GIVEN_NAME_VERBS  # "call", not "refer to … as"
            return any(not many or c.tag_ not in ("NNS", "NNPS") for c in subjects)
    return False


def _token_before(doc: Doc, span: Span) -> Token | None:
    i = span.start - 1
    while i >= 0 and (doc[i].is_quote or doc[i].is_space):
        i -= 1
    return doc[i] if i >= 0 else None


def _token_after(doc: Doc, span: Span) -> Token | None:
    """The next word in the same paragraph."""
    i = span.end
    while i < len(doc) and (doc[i].is_quote or doc[i].is_space):
        if "\n" in doc[i].text:
            return None
        i += 1
    return doc[i] if i < len(doc) else None


def _names_what_follows(token: Token) -> bool:
    """“read”, “titled”, “so-called”, “known as”, a participle “called” or “dubbed”;
    not a name someone gives in their words ("the rival he dubbed “…”")."""
    lower = token.lower_
    if lower == "as" and token.head.lemma_ == "know":
        return True
    if lower not in NAMING_CUES and not (token.lemma_ in NAMING_VERBS and token.pos_ == "VERB"):
        return False
    if token.tag_ == "VBG" and token.i > 0 and _determines(token.doc[token.i - 1]):
        return False  # "called that reading “wishful thinking”": a noun, not a sign reading
    given = token.lemma_.lower() in GIVEN_NAME_VERBS and token.dep_ not in ("acl", "amod")
    return not (given and _has_subject(token))


def _determines(token: Token) -> bool:
    """ "that", "his", "Ruiz's": a word opening a noun phrase (the tagger may take
    "that" for a conjunction)."""
    return token.tag_ in ("DT", "PRP$", "POS") or token.lower_ in ("that", "this")


def voices_what_follows(token: Token) -> bool:
    """A verb whose object is the words themselves, right before the quote: "yelled",
    "chanting", "saying" (not "told", whose object is a listener or a programme)."""
    return token.pos_ == "VERB" and token.lemma_.lower() in VOICING_VERBS


def _has_subject(token: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)


def _modifies(after: Token, content: str) -> bool:
    """The quote sits before a noun it qualifies: a “USSR” sweatshirt."""
    if content.rstrip()[-1:] in ",.;:!?":
        return False
    return after.pos_ in ("NOUN", "PROPN") and after.dep_ not in ("nsubj", "nsubjpass", "appos")


def _titled_work(content: str, words: list[Token]) -> bool:
    """A book's or film's title and subtitle: title case (not capitals, which a
    shouted post is in) on both sides of a colon inside the quotation."""
    title, colon, subtitle = content.strip().partition(":")
    if not colon or not title.strip() or len(subtitle.split()) < 2:
        return False
    lower = any(c.islower() for c in content)
    words = [t for t in words if t.text != MIDDLE]  # not the stand-in for a cut middle
    return lower and len(words) >= 4 and title_case(words)


def title_case(words: list[Token]) -> bool:
    content = [t for t in words if t.lower_ not in _SMALL_WORDS]
    return bool(content) and all(t.text[:1].isupper() or t.like_num for t in content)


def _starts_sentence(doc: Doc, span: Span) -> bool:
    before = _token_before(doc, span)
    return before is None or before.text in (".", "!", "?", ":", "\n") or before.is_space
