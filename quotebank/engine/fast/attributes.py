"""An exact, faster stand-in for spaCy's ``attribute_ruler``.

The small English pipelines map each fine-grained tag to its part of speech
and morphology, and patch a few lemmas, with an ``AttributeRuler``. It runs
its rules through the ``Matcher``, which tests ``IN`` and ``REGEX`` conditions
in Python for every token, and so costs as much as the dependency parser.

Those rules are all one or two tokens long and look only at ``TAG``,
``LOWER``, ``DEP`` and ``IS_SPACE``. So what a token is given depends only on
those four values (and its neighbour's, for the two-token rules): ``Rules``
works it out once per distinct combination, remembers it, and sets it with
the ruler's own ``set_token_attrs``, in the ruler's order (a later rule wins).
``Rules.from_ruler`` returns None for a ruler with anything else in it, and
then the ruler stays.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.tokens._retokenize import set_token_attrs

COMPONENT = "quotebank_attributes"
_ATTRIBUTES = ("TAG", "LOWER", "DEP", "IS_SPACE")
_CACHE_LIMIT = 200_000  # distinct (tag, word, dep) combinations remembered

Key = tuple[int, int, int, bool]
Features = tuple[str, str, str, bool]
Condition = Callable[[Features], bool]


@dataclass(frozen=True, slots=True)
class Rule:
    order: int  # the ruler's index: later rules override earlier ones
    tokens: tuple[Condition, ...]  # one condition per token of the pattern
    attrs: dict[Any, Any]  # normalized, as the ruler sets them
    index: int  # which token of the match gets the attributes
    tag: str | None = None  # the one tag a one-token rule asks for, if it asks for one


@dataclass(frozen=True, slots=True)
class _Seen:
    """What the one-token rules give a token, and which multi-token steps it fits."""

    attrs: dict[Any, Any]  # merged, in the rules' order
    matched: tuple[tuple[int, dict[Any, Any]], ...]  # (order, attrs) of each rule that fits
    fits: frozenset[tuple[int, int]]  # (multi-token rule, position in it)
    starts: tuple[int, ...]  # the multi-token rules this token can begin


class Rules:
    """The attribute ruler's rules, applied with a cache per token combination."""

    def __init__(self, rules: Iterable[Rule]) -> None:
        rules = sorted(rules, key=lambda r: r.order)
        self.single = [r for r in rules if len(r.tokens) == 1]
        self.multi = [r for r in rules if len(r.tokens) > 1]
        self._seen: dict[Key, _Seen] = {}
        self._for_tag: dict[str, list[Rule]] = {}

    def _candidates(self, tag: str) -> list[Rule]:
        """The one-token rules that can fit a token with this tag, in order."""
        found = self._for_tag.get(tag)
        if found is None:
            found = self._for_tag[tag] = [r for r in self.single if r.tag in (None, tag)]
        return found

    @classmethod
    def from_ruler(cls, ruler: Any) -> Rules | None:
        """The rules of a spaCy ``AttributeRuler``, or None if one cannot be copied exactly."""
        rules = []
        for order, entry in enumerate(ruler.patterns):
            for pattern in entry["patterns"]:
                tokens = tuple(_condition(spec) for spec in pattern)
                if not tokens or None in tokens:
                    return None
                attrs, index = ruler.attrs[order], ruler.indices[order]
                tag = pattern[0].get("TAG") if len(pattern) == 1 else None
                tag = tag if isinstance(tag, str) else None
                rules.append(Rule(order, tokens, attrs, index, tag))  # type: ignore[arg-type]
        return cls(rules)

    def __call__(self, doc: Doc) -> Doc:
        seen = [self._lookup(token) for token in doc]
        extra = self._multi_token_matches(seen)
        for i, token in enumerate(doc):
            attrs = seen[i].attrs
            if i in extra:
                attrs = _merged([*seen[i].matched, *extra[i]])
            if attrs:
                set_token_attrs(token, attrs)
        return doc

    def _lookup(self, token: Token) -> _Seen:
        key = (token.tag, token.lower, token.dep, token.is_space)
        found = self._seen.get(key)
        if found is None:
            if len(self._seen) >= _CACHE_LIMIT:
                self._seen.clear()
            found = self._seen[key] = self._work_out(
                (token.tag_, token.lower_, token.dep_, token.is_space)
            )
        return found

    def _work_out(self, features: Features) -> _Seen:
        candidates = self._candidates(features[0])
        matched = tuple((r.order, r.attrs) for r in candidates if r.tokens[0](features))
        fits = frozenset(
            (n, k)
            for n, rule in enumerate(self.multi)
            for k, condition in enumerate(rule.tokens)
            if condition(features)
        )
        starts = tuple(sorted(n for n, k in fits if k == 0))
        return _Seen(_merged(list(matched)), matched, fits, starts)

    def _multi_token_matches(self, seen: list[_Seen]) -> dict[int, list[tuple[int, Any]]]:
        extra: dict[int, list[tuple[int, Any]]] = {}
        for i, first in enumerate(seen):
            for n in first.starts:
                rule = self.multi[n]
                size = len(rule.tokens)
                if i + size <= len(seen) and all(
                    (n, k) in seen[i + k].fits for k in range(1, size)
                ):
                    target = i + (rule.index if rule.index >= 0 else size + rule.index)
                    extra.setdefault(target, []).append((rule.order, rule.attrs))
        return extra


def _merged(ordered: list[tuple[int, Any]]) -> dict[Any, Any]:
    merged: dict[Any, Any] = {}
    for _, attrs in sorted(ordered, key=lambda pair: pair[0]):
        merged.update(attrs)
    return merged


def _condition(spec: dict[str, Any]) -> Condition | None:
    """One token of a Matcher pattern as a test over (tag, lower, dep, is_space)."""
    tests = []
    for name, value in spec.items():
        if name not in _ATTRIBUTES:
            return None
        test = _test(_ATTRIBUTES.index(name), value)
        if test is None:
            return None
        tests.append(test)
    return lambda features: all(test(features) for test in tests)


def _test(at: int, value: Any) -> Condition | None:
    if isinstance(value, str | bool):
        return lambda features: features[at] == value
    if not isinstance(value, dict) or len(value) != 1:
        return None
    ((operator, argument),) = value.items()
    if operator == "IN":
        options = frozenset(argument)
        return lambda features: features[at] in options
    if operator == "NOT_IN":
        excluded = frozenset(argument)
        return lambda features: features[at] not in excluded
    if operator == "REGEX":
        pattern = re.compile(argument)
        return lambda features: bool(pattern.search(str(features[at])))
    return None


@Language.factory(COMPONENT)
def make_rules(nlp: Language, name: str) -> Rules:
    """Empty until ``use_fast_attributes`` copies the pipeline's ruler into it."""
    return Rules([])


def use_fast_attributes(nlp: Language) -> bool:
    """Swap the pipeline's ``attribute_ruler`` for ``Rules`` when they are equivalent."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    rules = Rules.from_ruler(nlp.get_pipe("attribute_ruler"))
    if rules is None:
        return False
    fast = nlp.add_pipe(COMPONENT, before="attribute_ruler")
    if not isinstance(fast, Rules):
        return False
    fast.single, fast.multi = rules.single, rules.multi
    nlp.disable_pipe("attribute_ruler")
    return True
