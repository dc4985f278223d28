"""US states as news copy abbreviates them after a lawmaker's name (pure data).

"Sen. Ann Lee (R-Fla.)", "Rep. Bo Hart, D-N.Y.,", "Sens. Rand Cole (Ky.) and …": the
Associated Press abbreviations, the two-letter postal codes and the names AP
spells out, each to the words of the state's name in lower case, so that "the
Florida senator" and "the New York Democrat" can find who was so described.
"""

from __future__ import annotations

import re

_STATES = {
    "Alabama": ("Ala.", "AL"),
    "Alaska": ("Alaska", "AK"),
    "Arizona": ("Ariz.", "AZ"),
    "Arkansas": ("Ark.", "AR"),
    "California": ("Calif.", "CA"),
    "Colorado": ("Colo.", "CO"),
    "Connecticut": ("Conn.", "CT"),
    "Delaware": ("Del.", "DE"),
    "Florida": ("Fla.", "FL"),
    "Georgia": ("Ga.", "GA"),
    "Hawaii": ("Hawaii", "HI"),
    "Idaho": ("Idaho", "ID"),
    "Illinois": ("Ill.", "IL"),
    "Indiana": ("Ind.", "IN"),
    "Iowa": ("Iowa", "IA"),
    "Kansas": ("Kan.", "KS"),
    "Kentucky": ("Ky.", "KY"),
    "Louisiana": ("La.", "LA"),
    "Maine": ("Maine", "ME"),
    "Maryland": ("Md.", "MD"),
    "Massachusetts": ("Mass.", "MA"),
    "Michigan": ("Mich.", "MI"),
    "Minnesota": ("Minn.", "MN"),
    "Mississippi": ("Miss.", "MS"),
    "Missouri": ("Mo.", "MO"),
    "Montana": ("Mont.", "MT"),
    "Nebraska": ("Neb.", "NE"),
    "Nevada": ("Nev.", "NV"),
    "New Hampshire": ("N.H.", "NH"),
    "New Jersey": ("N.J.", "NJ"),
    "New Mexico": ("N.M.", "NM"),
    "New York": ("N.Y.", "NY"),
    "North Carolina": ("N.C.", "NC"),
    "North Dakota": ("N.D.", "ND"),
    "Ohio": ("Ohio", "OH"),
    "Oklahoma": ("Okla.", "OK"),
    "Oregon": ("Ore.", "OR"),
    "Pennsylvania": ("Pa.", "PA"),
    "Rhode Island": ("R.I.", "RI"),
    "South Carolina": ("S.C.", "SC"),
    "South Dakota": ("S.D.", "SD"),
    "Tennessee": ("Tenn.", "TN"),
    "Texas": ("Tex.", "TX"),
    "Utah": ("Utah", "UT"),
    "Vermont": ("Vt.", "VT"),
    "Virginia": ("Va.", "VA"),
    "Washington": ("Wash.", "WA"),
    "West Virginia": ("W.Va.", "WV"),
    "Wisconsin": ("Wis.", "WI"),
    "Wyoming": ("Wyo.", "WY"),
}
# a state as written alone after a name ("(Fla.)", "(Ohio)"), without full stops
_ALONE = {
    form.replace(".", "").casefold(): name
    for name, (abbreviation, _) in _STATES.items()
    for form in (name, abbreviation)
}
# after a party letter the postal code too ("R-FL"), never alone ("(OR)", "(ME)")
_AFTER_PARTY = _ALONE | {postal.casefold(): name for name, (_, postal) in _STATES.items()}
_STATE = r"([A-Z][A-Za-z.]*(?: [A-Z][a-z.]+)?)"
# "(R-Fla.)", ", D-N.Y.," and "…, said Sen. Ann Lee, R-Fla." at a sentence's end
_AFTER_PARTY_LETTER = re.compile(rf"\s*[(,]\s*[RDI]-{_STATE}(?![A-Za-z])")
_IN_BRACKETS = re.compile(rf"\s*[(,]\s*{_STATE}\s*[),]")  # "(Fla.)", ", Ohio,"


def state_after(text: str, at: int) -> tuple[str, ...]:
    """The words, in lower case, of the state written at ``at``, right after a name:
    "(R-Fla.)" -> ("florida",), ", D-N.Y.," -> ("new", "york"); () when none is."""
    found, forms = _AFTER_PARTY_LETTER.match(text, at), _AFTER_PARTY
    if found is None:
        found, forms = _IN_BRACKETS.match(text, at), _ALONE
    if found is None:
        return ()
    name = forms.get(found.group(1).replace(".", "").casefold())
    return tuple(name.lower().split()) if name else ()
