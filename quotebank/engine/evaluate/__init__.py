"""Score extraction and attribution against hand-annotated gold documents (pure).

Two gold formats, told apart by their fields (``gold``): *names* (the seeds,
Lee/ABC, the project's own articles: each speaker a resolved name) and
*mentions* (PolNeAR: each source as written, "he", "the mayor", "Mr. Park",
"a Rivers Department memo", judged the way a reader would, ``polnear``).

Spans: a predicted quote matches a gold quote when they overlap by at least
half of the longer of the two; matching is one-to-one, largest overlap first.
Predictions overlapping a gold ``neutral`` span are left out of every count.

Counts (``Report``):

- span precision = matched / predicted, span recall = matched / gold;
- a gold speaker is *unscorable* when the gold names no source, or its source
  is a bare pronoun without a silver ``speaker_resolved`` (mentions gold only;
  every names-gold speaker is scorable, and a gold quote with no speaker is
  right only when none is predicted);
- speaker accuracy = right / matched pairs whose gold speaker is scorable;
- end-to-end: a quote counts as right when its span matches a gold quote with
  a scorable speaker and the speaker is right. Unscorable gold quotes are left
  out altogether, matched or not, together with the predictions matched to
  them: e2e precision = right / (predicted - predictions matched to an
  unscorable gold quote), e2e recall = right / gold quotes with a scorable
  speaker. So an unscorable quote neither helps nor hurts end-to-end (it
  still counts in span recall and precision). On names gold this is plain
  right / predicted and right / gold;
- the same by gold kind (``direct``, ``partial``; PolNeAR's ``mixed`` is
  partial): a matched prediction counts under its gold quote's kind, an
  unmatched one under its own;
- on mentions gold, speaker accuracy by the form of the gold source (named,
  pronoun with a silver resolution, description or document);
- a reliability table: matched predictions with a scorable gold speaker, binned
  by the prediction's ``confidence``, with the share whose speaker is right.

Attributions, quoted or not (``attributions``: PolNeAR's ``attributions`` field):
content precision / recall / F1 and source accuracy by indirect, mixed and
quoted attributions, sources judged as above.
"""

from __future__ import annotations

from quotebank.engine.evaluate.attributions import (
    AttributionDoc,
    AttributionReport,
    Claim,
    claims,
    load_attributions,
    score_attributions,
)
from quotebank.engine.evaluate.gold import GoldDoc, GoldQuote, GoldSource, load_gold
from quotebank.engine.evaluate.polnear import Predicted, Verdict, judge_speaker
from quotebank.engine.evaluate.report import (
    CONFIDENCE_EDGES,
    ReliabilityBin,
    Report,
    Tally,
    reliability,
)
from quotebank.engine.evaluate.scoring import (
    match_spans,
    overlap,
    score,
    score_doc,
    spans_match,
    speaker_matches,
)

__all__ = [
    "CONFIDENCE_EDGES",
    "AttributionDoc",
    "AttributionReport",
    "Claim",
    "GoldDoc",
    "GoldQuote",
    "GoldSource",
    "Predicted",
    "ReliabilityBin",
    "Report",
    "Tally",
    "Verdict",
    "claims",
    "judge_speaker",
    "load_attributions",
    "load_gold",
    "match_spans",
    "overlap",
    "reliability",
    "score",
    "score_attributions",
    "score_doc",
    "spans_match",
    "speaker_matches",
]
