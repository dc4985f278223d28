"""Cue finders that look after a quotation: "…,” Trump added", "“…” That was the
verdict of Jane Smith", "“…” Howard Tibbs, 72, a retired sergeant, had backed …"."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from quotebank.engine.attribution.cues import (
    Cue,
    closes_quote,
    follows,
    hangs_on,
    reports_other_words,
)
from quotebank.engine.attribution.phrases import mistagged_cue
from quotebank.engine.attribution.quotes import PARTIAL, QuoteSpan
from quotebank.engine.attribution.sieve.page import Page
from quotebank.engine.attribution.words import (
    is_age,
    is_reporting_verb,
    object_of,
)
from quotebank.text.lexicon import DASHES, GIVING_VERBS, REPORTING_NOUNS, SAYINGS

_POINTING_BACK = frozenset(("that", "this", "so", "such", "those", "these"))
_SAYING_IT = frozenset("say repeat write tell shout whisper explain".split())
_BEFORE_A_NAME = frozenset(("det", "amod", "compound", "nmod", "poss", "case", "punct"))
# "That line from …", "That quote from …": a quotation's own nouns right after "that"
_OWN_WORDS = frozenset("quote quotation remark words comment".split()) | SAYINGS


def cue_after(page: Page, quote: QuoteSpan) -> Cue | None:
    """“…,” Trump added. / “…,” said Mr Howard. / “…,” the fellow … said."""
    if quote.kind == PARTIAL:
        return None
    after = page.around.after_tokens(quote)
    aside = False  # "Mr. Danvers, now 81 and retired in Salem, said"
    lead: list[Token] = []  # the words before the first aside
    for token in after[:16]:
        if is_reporting_verb(token) or closes_quote(token, page.inside):
            if reports_other_words(token, quote, page.inside):
                return None
            cue = Cue.from_verb(token, page.inside)
            if cue.subject is None and lead and token.i > lead[-1].i + 1:
                cue = replace(cue, subject=_phrase_head(lead))  # the parse lost it
            elif cue.subject is None and lead and is_age(lead[-1]):
                cue = replace(cue, subject=lead[-1])  # “…,” the 43-year-old asked
            return cue
        if token.text == "," and token.i > after[0].i:
            aside = not aside
            continue
        if not aside and (not lead or lead[-1].i == token.i - 1):
            lead.append(token)
        if aside:
            continue
        if _heard(token):
            continue  # "one reporter is heard asking Ruiz"
        if token.pos_ in ("VERB", "SCONJ") or token.lower_ in ("that", "which", "who"):
            break
    return (
        _linked_cue_after(page, quote, after)
        or _cue_after_full_stop(page, quote)
        or _mistagged_cue_after(after)
    )


def _mistagged_cue_after(after: list[Token]) -> Cue | None:
    found = mistagged_cue(after)
    return Cue(subject=found[0], text=found[1].text) if found is not None else None


def _cue_after_full_stop(page: Page, quote: QuoteSpan) -> Cue | None:
    """“We are almost done.” Oduya said, …: a quotation closed by a full stop,
    then its speaker and a reporting verb, in that order, before anything else."""
    doc, i = page.doc, quote.span.end
    if not quote.text.rstrip().endswith("."):
        return None
    while i < len(doc) and doc[i].is_quote:
        i += 1
    aside = False  # inside ", now 81 and retired in Salem,"
    for token in doc[i : min(i + 16, len(doc))]:
        if token.i in page.inside or token.is_quote or "\n" in token.text:
            return None
        if token.text == ",":
            aside = not aside
            continue
        if is_reporting_verb(token):
            cue = Cue.from_verb(token, page.inside)
            subject = cue.subject
            if subject is None or subject.left_edge.i != i or _says_more(page, token):
                return None
            return cue
        if token.text in (".", "!", "?", ";") or (token.pos_ in ("VERB", "AUX") and not aside):
            return None  # another sentence: “… .” He left.
    return None


def _linked_cue_after(page: Page, quote: QuoteSpan, after: list[Token]) -> Cue | None:
    """“…,” Ida Vance, the analyst who founded the site, tweeted: past a long
    apposition, the reporting verb the parse hangs the quote on."""
    for token in after:
        if is_reporting_verb(token) and hangs_on(token, quote):
            if reports_other_words(token, quote, page.inside):
                return None
            return Cue.from_verb(token, page.inside)
    return None


def _says_more(page: Page, verb: Token) -> bool:
    """The verb has words of its own: an object, a clause, or a quotation right
    after it (“…” Mr. Zahed said: “…”), so it is not the earlier quote's cue."""
    if any(c.dep_ in ("dobj", "ccomp", "xcomp") and follows(verb, c) for c in verb.children):
        return True
    for token in page.doc[verb.i + 1 : min(verb.i + 4, verb.sent.end)]:
        if token.text in (".", "!", "?") or "\n" in token.text:
            return False
        if token.i in page.inside or token.is_quote or token.text == ":":
            return True
    return False


def introduced_after(page: Page, quote: QuoteSpan) -> Cue | None:
    """“I came in undecided. I'm not anymore.” Howard Tibbs, 72, a retired sergeant,
    had backed …: a whole quotation opening its paragraph, then, in the same line, a
    sentence whose subject is someone named in full for the first time, with an age
    or a description: the one the writer introduces."""
    doc, i = page.doc, quote.span.end
    if quote.kind == PARTIAL or not quote.text.rstrip().endswith((".", "!", "?")):
        return None
    if (
        quote.open_mark < 0
        or page.text[page.text.rfind("\n", 0, quote.open_mark) + 1 : quote.open_mark].strip()
    ):
        return None  # words before the quote on its line: not an opening quote
    while i < len(doc) and (doc[i].is_quote or doc[i].is_space) and "\n" not in doc[i].text:
        i += 1
    first = next((m for m in page.people.mentions if m.start >= i), None)
    if first is None or first.start != i or not first.is_subject or first.end >= len(doc):
        return None
    earlier = any(m.person == first.person and m.start < i for m in page.people.mentions)
    named = len(doc[first.start : first.end]) > 1 and doc[first.end].text == ","
    return None if earlier or not named else Cue(subject=doc[first.end - 1], text="")


def verdict_after(page: Page, quote: QuoteSpan) -> Cue | None:
    """“…” That was the verdict of Jane Smith, … / “…” So says the minister. /
    “…” – that is how one farmer, Chris Mole, described the policy. / “…” The
    words were those of Jane Smith. / “…” Jane Smith offered that assessment …"""
    if quote.kind == PARTIAL:
        return None
    doc = page.doc
    i = quote.span.end
    while i < len(doc) and (
        doc[i].is_quote or doc[i].is_space or doc[i].text in (".", "!", "?", *DASHES)
    ):
        i += 1
    if i >= len(doc) or i in page.inside:
        return None
    if doc[i].lower_ == "the":
        found = _those_of(doc[i])
        if found is not None:
            return found
    if doc[i].is_sent_start and doc[i].lower_ not in _POINTING_BACK:
        return _gave_those_words(page, doc[i].sent)
    if doc[i].lower_ not in _POINTING_BACK:
        return None
    for token in doc[i : min(doc[i].sent.end, i + 16)]:
        if token.i in page.inside or token.is_quote:
            return None
        if token.pos_ == "NOUN" and token.lemma_.lower() in REPORTING_NOUNS:
            for prep in token.children:
                source = object_of(prep) if prep.dep_ == "prep" else None
                if prep.lower_ in ("of", "from", "by") and source is not None:
                    return Cue(subject=source, text=token.text)
        if token.i == i + 1 and token.lower_ in _OWN_WORDS:
            source = _named_after(page, token)  # "That quote from Gov. Ann Lee", however
            if source is not None:  # the tagger read "quote" and the words after
                return Cue(subject=source, text=token.text)
        if is_reporting_verb(token) and (
            doc[i].lower_ == "so" or any(t.lower_ in ("how", "what") for t in doc[i : token.i])
        ):
            return Cue.from_verb(token, page.inside)
    return None


def _gave_those_words(page: Page, sent: Span) -> Cue | None:
    """“…” / Ms. Pettibone offered that assessment on Saturday.": the subject of the
    next sentence, whose object points back at the words ("that assessment", "those
    remarks")."""
    root = sent.root
    if root.lemma_.lower() not in GIVING_VERBS or any(c.dep_ == "neg" for c in root.children):
        return None  # not "Republicans dispute that account", "Lee never made that claim"
    words = [
        c
        for c in root.children
        if c.dep_ == "dobj"
        and c.lemma_.lower() in REPORTING_NOUNS
        and any(d.dep_ == "det" and d.lower_ in _POINTING_BACK for d in c.children)
    ]
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if not words or subject is None or subject.i in page.inside:
        return None
    if subject.lower_ in ("nobody", "none") or any(c.lower_ == "no" for c in subject.children):
        return None  # "No one has made that argument"
    return Cue(subject=subject, text=root.text)


def _named_after(page: Page, noun: Token) -> Token | None:
    """The last word of the person named within five words of "from", "of" or "by"
    right after ``noun``, only words of the name's own phrase between: "quote from
    state Treasurer Mona Pell"."""
    doc = page.doc
    if noun.i + 1 >= len(doc) or doc[noun.i + 1].lower_ not in ("of", "from", "by"):
        return None
    start = noun.i + 2
    near = [m for m in page.people.mentions if start <= m.start <= start + 5]
    first = min(near, key=lambda m: m.start, default=None)
    if first is None or not all(t.dep_ in _BEFORE_A_NAME for t in doc[start : first.start]):
        return None  # not "That line of attack against Gov. Ann Lee": the target
    return doc[first.end - 1]


def owned_after(page: Page, quote: QuoteSpan) -> Cue | None:
    """“…” The words belong to Ilse Varga, … / “…” ¶ Ilse Varga said it with a
    shrug: the sentence right after a whole quotation gives it to someone, by
    "the words belong to", by "That was Varga" or "That was how Varga …", or,
    when the quotation closes its paragraph, by a verb of saying whose object is
    "it" or "this" (not "Ruiz denied it")."""
    if quote.kind == PARTIAL:
        return None
    doc, i = page.doc, quote.span.end
    while i < len(doc) and (doc[i].is_quote or doc[i].is_space or doc[i].is_punct):
        i += 1
    if i >= len(doc) or i in page.inside:
        return None
    closes = "\n" in page.text[quote.end : doc[i].idx]
    sentence = doc[i].sent
    named = _that_was(doc[i:])
    if named is not None:  # “…” That was Ilse Varga, asked … / That was how Varga put it
        return Cue(subject=named, text=doc[i].text)
    for token in sentence[i - sentence.start :]:
        if token.i in page.inside or token.is_quote:
            return None  # a sentence with a quotation of its own
        owner = _owner(token)
        if owner is not None:
            return Cue(subject=owner, text=token.text)
        if closes and _says_it(token):
            return Cue.from_verb(token, page.inside)
    return None


def _those_of(the: Token) -> Cue | None:
    """Jane Smith in "The words were those of Jane Smith" (or "that of")."""
    doc = the.doc
    words = doc[the.i : min(the.i + 5, len(doc))]
    if len(words) < 5 or words[1].lemma_.lower() not in REPORTING_NOUNS:
        return None
    if words[2].lemma_ != "be" or words[3].lower_ not in ("those", "that"):
        return None
    of = words[4]
    source = object_of(of) if of.lower_ == "of" else None
    return Cue(subject=source, text=words[3].text) if source is not None else None


def _owner(verb: Token) -> Token | None:
    """Ruiz in "the words belong to Ruiz", "that assessment belongs to Ruiz"."""
    if verb.lemma_ != "belong" or not any(
        c.dep_ == "nsubj" and c.lemma_.lower() in REPORTING_NOUNS for c in verb.children
    ):
        return None
    return next((object_of(p) for p in verb.children if p.lower_ == "to"), None)


def _that_was(words: Span) -> Token | None:
    """Varga in "That was Varga, asked about …" and "That was how Varga ended the
    night": a sentence opening on "That was" and a name, or "how" and a name's clause."""
    if len(words) < 3 or words[0].lower_ not in ("that", "this") or words[1].lemma_ != "be":
        return None
    after = words[2]
    if after.lower_ == "how" and after.head.i > after.i:
        after = next((c for c in after.head.children if c.dep_ == "nsubj"), after)
    return after if after.pos_ == "PROPN" and after.i > words[1].i else None


def _says_it(verb: Token) -> bool:
    """ "said it", "repeated this": a verb of saying whose object is the quotation."""
    return verb.lemma_.lower() in _SAYING_IT and any(
        c.dep_ == "dobj" and c.lower_ in ("it", "this") for c in verb.children
    )


def _heard(verb: Token) -> bool:
    """ "can be heard", "was seen": a passive verb of perception before the
    reporting verb it introduces ("… heard asking", "… seen shouting")."""
    return verb.tag_ == "VBN" and verb.lemma_ in ("hear", "see")


def _phrase_head(words: list[Token]) -> Token | None:
    """The last noun or name of a run of words ("Mr. Danvers"): the head of its phrase;
    else its last capitalised word, whatever the tagger made of it ("Tully, a
    Republican, told", "Tully" tagged as an adverb)."""
    found = next((t for t in reversed(words) if t.pos_ in ("PROPN", "NOUN")), None)
    return found or next((t for t in reversed(words) if t.is_title and t.is_alpha), None)
