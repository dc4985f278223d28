"""Person names: titles, keys, and whether two spellings name one person (pure)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

from rapidfuzz.fuzz import ratio

# Titles written in capitals or without a full stop: UK police ranks ("DC Ana Ruiz", a
# detective constable), India's chief minister ("CM") and honorifics ("Shri", "Smt"),
# an Irish member of parliament ("TD Ana Ruiz", a Teachta Dála).
UNDOTTED_TITLES = ("DC", "DS", "DI", "DCI", "PC", "CM", "TD", "Shri", "Sri", "Shrimati")
# Titles of courtesy, which give no role: "Mrs Ana Ruiz" is no one's minister.
COURTESY_TITLES = frozenset("mr mrs ms miss mx sir dame shri sri smt shrimati".split())
# Words that introduce a name but are not part of it. Regnal names keep their
# title ("Queen Elizabeth II") because the numeral marks them; see strip_titles.
TITLES = (
    frozenset(
        """
    dr doctor prof professor lord lady madam
    president vice prime minister premier chancellor secretary senator sen rep
    representative congressman congresswoman governor gov mayor councillor judge
    assemblyman assemblywoman assemblymember councilman councilwoman councilmember
    councilor cllr alderman alderwoman lawmaker legislator supervisor sheriff
    justice ambassador envoy general gen lieutenant-general lieutenant lt
    colonel col major maj captain capt commander admiral sergeant sgt
    commissioner chief inspector detective superintendent constable officer
    father rev reverend bishop archbishop cardinal pope rabbi imam sheikh king
    queen prince princess emperor crown former acting deputy interim elected
    designate foreign defence defense treasury state home health finance trade
    interior justice attorney us u.s. uk u.k. un eu speaker leader majority minority
    opposition cpl pvt spc adm cmdr brig supt det insp atty amb pres sec msgr fr hon sens
    reps gens coun ald del commr cr taoiseach tánaiste tanaiste
    """.split()
        + [title.lower() for title in UNDOTTED_TITLES]
    )
    | COURTESY_TITLES
)
# Abbreviated titles news copy writes with a full stop ("Lt. Tyler Smith", "Army Sgt. Maj.
# Ana Ruiz"): never the end of a sentence, and one word to the tokenizer.
TITLE_ABBREVIATIONS = tuple(
    """
    Mr Mrs Ms Dr Prof Gen Gens Sen Sens Rep Reps Gov Lt Col Sgt Maj Capt Cpl Pvt Spc Adm
    Cmdr Brig Supt Det Insp Atty Amb Pres Sec Msgr Rev Fr Hon St Mt Ft Jr Sr
    Coun Cllr Cr Ald Del Commr Smt
    """.split()
)
# The role an abbreviated title stands for: "Sen. Ana Ruiz" is "the senator".
TITLE_ROLES = {
    "sen": "senator", "sens": "senator", "rep": "representative", "reps": "representative",
    "gov": "governor", "gen": "general", "gens": "general", "lt": "lieutenant",
    "col": "colonel", "sgt": "sergeant", "maj": "major", "capt": "captain", "cpl": "corporal",
    "adm": "admiral", "cmdr": "commander", "brig": "brigadier", "supt": "superintendent",
    "det": "detective", "insp": "inspector", "atty": "attorney", "amb": "ambassador",
    "pres": "president", "sec": "secretary", "prof": "professor", "rev": "reverend",
    "cllr": "councillor", "coun": "councillor", "cr": "councillor", "ald": "alderman",
    "del": "delegate",
    "commr": "commissioner",
}  # fmt: skip
_SENATOR = frozenset({"senator", "sen"})
_GOVERNOR = frozenset({"governor", "gov"})
_REPRESENTATIVE = frozenset({"representative", "rep", "congressman", "congresswoman"})
_SPOKESPERSON = frozenset({"spokesman", "spokeswoman", "spokesperson"})
_HOST = frozenset({"host", "presenter", "anchor", "anchorman", "anchorwoman", "newsreader"})
_SUPERINTENDENT = frozenset({"superintendent", "sp"})  # India's "SP", of a district's police
# Role words and the abbreviations a title takes before a name.
ROLE_SYNONYMS: Mapping[str, frozenset[str]] = {
    "senator": _SENATOR,
    "sen": _SENATOR,
    "governor": _GOVERNOR,
    "gov": _GOVERNOR,
    "representative": _REPRESENTATIVE,
    "rep": _REPRESENTATIVE,
    "congressman": frozenset({"representative", "rep", "congressman", "lawmaker"}),
    "congresswoman": frozenset({"representative", "rep", "congresswoman", "lawmaker"}),
    "spokesman": _SPOKESPERSON,
    "spokeswoman": _SPOKESPERSON,
    "spokesperson": _SPOKESPERSON,
    "president": frozenset({"president", "pres"}),
    "superintendent": _SUPERINTENDENT,
    "sp": _SUPERINTENDENT,
    **dict.fromkeys(_HOST, _HOST),  # a programme's "HOST:" is its presenter
}
_REGNAL = re.compile(r"^(?:[IVX]+|\d+(?:st|nd|rd|th))$")
_TOKEN = re.compile(r"[^\W\d_][\w'’.-]*", re.UNICODE)


def _fold(text: str) -> str:
    if text.isascii():  # nothing to decompose
        return text.casefold()
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()


def strip_possessive(word: str) -> str:
    """ "Kolb's" -> "Kolb", "Children’s" -> "Children"; any other word as it is."""
    return word.removesuffix("’s").removesuffix("'s")


def strip_titles(name: str) -> str:
    """Drop leading titles and roles: "President Donald Trump" -> "Donald Trump".

    A regnal name keeps its title: "Queen Elizabeth II" stays as it is.
    """
    words = name.split()
    if words and _REGNAL.match(words[-1]):
        return " ".join(words)
    while len(words) > 1 and _fold(words[0]).rstrip(".") in TITLES:
        words = words[1:]
    return " ".join(words)


def name_tokens(name: str) -> list[str]:
    """Folded word tokens of a name without titles or middle initials."""
    tokens = [t.strip(".'’-") for t in _TOKEN.findall(_fold(strip_titles(name)))]
    return [t for t in tokens if t and not (len(t) == 1 and len(tokens) > 2)]


_HANDLE_LEADS = ("real", "sen", "senator", "rep", "gov", "governor", "mayor", "dr", "the")


def handle_of(handle: str, name: str) -> bool:
    """Whether a social-media handle spells a person's full name: "@HarlonOvercash",
    "@PamPlyler" (the given name shortened), "@SenArizmendi" (a title first)."""
    letters = "".join(c for c in _fold(handle) if c.isalpha())
    words = ["".join(c for c in word if c.isalpha()) for word in name_tokens(name)]
    if len(words) < 2 or len(words[-1]) < 3 or not letters.endswith(words[-1]):
        return False
    rest = letters[: -len(words[-1])]
    return _given_part(rest, words) or any(
        rest.startswith(lead) and _given_part(rest[len(lead) :], words) for lead in _HANDLE_LEADS
    )


def _given_part(letters: str, words: list[str]) -> bool:
    """Nothing, the given names, or the first given name's first letters (two or more)."""
    return letters in ("", "".join(words[:-1])) or (
        len(letters) >= 2 and words[0].startswith(letters)
    )


def name_key(name: str) -> str:
    """A folded key for exact lookups: "Mr. Volodymyr Zelenskyy" -> "volodymyr zelenskyy"."""
    return " ".join(name_tokens(name))


def surname(name: str) -> str:
    """The last word of a name without titles ("" for an empty name)."""
    tokens = name_tokens(name)
    return tokens[-1] if tokens else ""


def _similar(a: str, b: str, threshold: float) -> bool:
    return a == b or ratio(a, b) >= threshold


def _without_numeral(tokens: list[str]) -> list[str]:
    """ "john paul ii" -> "john paul": a regnal numeral is not needed to match."""
    if len(tokens) > 1 and _REGNAL.match(tokens[-1].upper()):
        return tokens[:-1]
    return tokens


def same_person(a: str, b: str) -> bool:
    """Whether two names can be the same person.

    Spelling variants match (Zelensky / Zelenskyy, Sergei / Sergey Lavrov), a
    bare surname matches its full name (Trump / Donald Trump), but two
    different first names do not (Hillary Clinton / Bill Clinton).
    """
    ta, tb = _without_numeral(name_tokens(a)), _without_numeral(name_tokens(b))
    if not ta or not tb:
        return False
    if ta == tb:
        return True
    short, long = sorted((ta, tb), key=len)
    if long[len(long) - len(short) :] == short:
        return True  # Garcia Lorca / Ana Garcia Lorca; bin Laden / Osama bin Laden
    if not _similar(ta[-1], tb[-1], 85):
        return False
    if len(ta) == 1 or len(tb) == 1:
        return True
    first_a, first_b = ta[0], tb[0]
    if len(first_a) == 1 or len(first_b) == 1:
        return first_a[0] == first_b[0]
    return _similar(first_a, first_b, 80) or same_given_name(first_a, first_b)


def same_given_name(a: str, b: str) -> bool:
    """Whether two given names are one, one of them the other's familiar form:
    "Bob" / "Robert", "Don" / "Donald", "Peggy" / "Margaret" (any case)."""
    a, b = a.casefold(), b.casefold()
    return a == b or _FULL_FORMS.get(a) == b or _FULL_FORMS.get(b) == a


# Familiar forms of English given names, each to its one usual full form; a form
# shared by two full names ("Pat", "Chris", "Alex") is left out.
_FULL_FORMS = {
    familiar: full
    for full, forms in {
        "robert": "bob bobby rob robbie",
        "william": "bill billy will willie",
        "james": "jim jimmy jamie",
        "richard": "dick rick ricky rich",
        "thomas": "tom tommy",
        "michael": "mike mikey mick",
        "donald": "don donnie",
        "ronald": "ron ronnie",
        "joseph": "joe joey",
        "edward": "ted teddy ed eddie ned",
        "daniel": "dan danny",
        "charles": "chuck charlie chas",
        "anthony": "tony",
        "lawrence": "larry",
        "gerald": "jerry",
        "timothy": "tim timmy",
        "gregory": "greg",
        "jeffrey": "jeff",
        "matthew": "matt",
        "benjamin": "ben benny",
        "nicholas": "nick nicky",
        "jonathan": "jon jonny",
        "andrew": "andy drew",
        "kenneth": "ken kenny",
        "stephen": "steve stevie",
        "douglas": "doug",
        "raymond": "ray",
        "samuel": "sam sammy",
        "theodore": "theo",
        "frederick": "fred freddie",
        "margaret": "peggy meg maggie",
        "elizabeth": "liz beth betsy betty lizzie",
        "katherine": "kate katie kathy",
        "deborah": "deb debbie",
        "susan": "sue susie",
        "jennifer": "jen jenny",
        "rebecca": "becky becca",
        "barbara": "barb barbie",
        "patricia": "patty trish",
        "jacqueline": "jackie",
        "dorothy": "dot dottie",
        "victoria": "vicky tori",
        "kimberly": "kim",
        "cynthia": "cindy",
        "rosalind": "roz",
        "abigail": "abby",
        "josephine": "jo josie",
    }.items()
    for familiar in forms.split()
}
