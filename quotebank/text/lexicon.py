"""Word lists the engine reasons with: reporting verbs and nouns, roles, bodies.

Lemmas, lower case. Reporting verbs follow the speech-act verbs of newsroom
quote extractors (citron, the Guardian's and the Financial Times' source
extractors) and Stanford's quote attribution sieve, extended for press style.
"""

from __future__ import annotations

import re


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


REPORTING_VERBS = _words(
    """
    say tell add state note write tweet post declare announce explain insist claim
    intone narrate reminisce
    argue contend maintain assert affirm reiterate repeat stress emphasise emphasize
    underline underscore point observe remark comment mention report recall recount
    describe call term dub label brand characterise characterize warn caution
    threaten predict forecast estimate project promise pledge vow swear guarantee
    assure reassure admit acknowledge concede confess allow agree disagree concur
    deny dispute reject rebut refute counter retort reply respond answer ask
    question wonder inquire enquire query demand urge plead beg implore appeal
    request propose suggest recommend advise counsel instruct order command complain
    grumble moan lament bemoan regret apologise apologize protest object criticise
    criticize condemn denounce decry blast slam lambast attack accuse charge allege
    blame praise hail laud applaud commend welcome thank congratulate boast brag
    crow gush enthuse marvel joke quip jest chuckle sigh groan scream shout yell
    holler bellow roar exclaim cheer chant sing whisper murmur mutter mumble stammer
    stutter sneer scoff snap snarl growl bark hiss fume rage rant rail thunder muse
    reflect ponder speculate guess conclude summarise summarize reckon believe think
    feel hope fear worry doubt suspect expect signal indicate imply hint intimate
    testify confirm reveal disclose confide interject interrupt paraphrase quote
    cite read recite specify elaborate clarify stipulate express restate reaffirm
    reassert recap rejoin riposte tease taunt mock ridicule deride lampoon dismiss
    brush shrug pooh-pooh downplay challenge interrogate cross-examine rebuke scold
    berate assail contradict repudiate proclaim echo email e-mail tout pen
    aver chide gripe grouse lambaste opine posit rave rasp drawl sob cry theorize
    theorise trumpet vent remind riff snipe herald pronounce voice exhort
    """
)

# Verbs that report speech only right after a quote, with nothing of their own to
# report: "“…,” Mr. Gray continued", "“…,” she shot back"; elsewhere they are not speech.
CLOSING_VERBS = _words(
    "continue react retaliate crack press interrupt shoot fire hit chime beam smile grin nod"
    " begin start laugh remember recollect reason"
)

# Verbs whose object is the words themselves ("yelled “Stay there!”", "chanting
# “Dump him”"), unlike "told" (a listener) or "called" (a name for something).
VOICING_VERBS = _words(
    """
    say yell shout scream chant cry exclaim whisper mutter murmur sing add declare reply
    answer respond mouth boo cheer holler bellow roar
    """
)

# Reporting verbs of thought or assent: a cue only when nothing stronger governs.
WEAK_REPORTING_VERBS = _words(
    """
    agree think believe feel hope fear worry doubt suspect expect imagine wonder
    reckon guess figure allow reflect muse ponder speculate
    """
)

# Verbs by which someone gives a name, in their words ("the rival he dubbed “…”"), and
# with them the verbs by which someone characterises ("Ruiz described him as “…”").
GIVEN_NAME_VERBS = _words("call dub nickname label brand")
CALLING_VERBS = GIVEN_NAME_VERBS | _words("term refer describe deride mock")
# Verbs that take a quote only as a name or a label, never as speech.
NAMING_VERBS = _words("read title entitle name nickname dub label code-name brand headline")

REPORTING_NOUNS = _words(
    """
    statement remark remarks comment comments words word quote quotation
    claim claims assertion argument testimony interview speech address
    announcement declaration message post tweet letter note memo email
    warning threat threats promise pledge vow plea appeal call demand
    request proposal suggestion recommendation advice description
    characterisation characterization assessment view views opinion
    belief verdict conclusion explanation response reply answer retort
    rebuttal admission acknowledgement acknowledgment concession denial
    accusation allegation charge criticism complaint praise tribute
    prediction forecast estimate briefing report account version
    insistence contention position stance goal words message
    rejection dismissal condemnation denunciation critique defense defence
    boast quip joke lament refrain mantra slogan catchphrase nickname
    """
)
# Nouns of someone's words that are no report of them: "Barrow's dictum was, “…”",
# "That line from Gov. Lee …".
SAYINGS = _words("dictum motto line")

# Verbs that give someone's words back, pointed at after the quote: "“…” Ann Lee
# offered that assessment", "repeated those remarks".
GIVING_VERBS = _words("offer give make deliver voice repeat")

# Nouns naming a person by role: "the president said", "a spokesman said".
PERSON_ROLES = _words(
    """
    president vice-president minister premier chancellor secretary senator
    congressman congresswoman lawmaker legislator mp mep representative governor
    backbencher frontbencher assemblyman assemblywoman councilman councilwoman
    alderman
    mayor councillor councilor official officials spokesman spokeswoman
    spokesperson spokespeople aide adviser advisor counsellor counselor
    diplomat ambassador envoy negotiator delegate commissioner director
    chairman chairwoman chair chairperson chief executive ceo cfo founder
    owner manager head leader boss president-elect candidate nominee
    fellow analyst expert economist strategist pollster scholar academic professor
    researcher scientist historian author writer journalist reporter
    editor columnist commentator critic lawyer attorney barrister solicitor
    prosecutor judge magistrate justice defendant plaintiff witness victim
    survivor resident residents citizen voter activist campaigner protester
    organiser organizer volunteer doctor physician surgeon nurse
    psychologist pharmacist officer policeman policewoman detective
    inspector sergeant constable commander general admiral colonel major
    captain lieutenant soldier troop veteran pilot coach player captain
    striker goalkeeper bowler batsman batter cricketer footballer athlete
    champion star singer actor actress artist musician driver engineer
    worker employee staffer staff member source sources insider observer
    onlooker bystander eyewitness relative mother father son daughter
    wife husband brother sister friend neighbour neighbor teacher student
    principal priest bishop cardinal pope imam rabbi cleric monk king queen
    prince princess emperor dictator ruler premier militant fighter rebel
    commander-in-chief commissioner treasurer secretary-general
    director-general administrator superintendent sheriff marshal ranger
    firefighter farmer grower trader dealer banker investor broker
    man woman boy girl teenager mum mom dad parent grandmother grandfather
    shopper customer passenger tourist visitor villager local fan supporter
    member colleague partner patient paramedic medic rescuer guard dispatcher
    defender midfielder striker winger fullback full-back quarterback linebacker
    pitcher catcher outfielder shortstop jockey trainer rider
    skipper goalie wicketkeeper spinner teammate selector umpire
    referee rookie goaltender netminder defenceman defenseman
    freshman sophomore youngster teen
    foreman juror inmate prisoner detainee refugee migrant hostage pupil graduate
    landlord tenant homeowner motorist cyclist pedestrian commuter mourner
    ally confidant confidante loyalist backer donor
    frontrunner front-runner hopeful challenger incumbent contender nominee
    host co-host anchor moderator pundit correspondent blogger speaker deputy
    presenter newsreader broadcaster announcer emcee compere interviewer questioner
    listener viewer panelist panellist contestant claimant demonstrator
    businessman businesswoman billionaire mogul tycoon magnate
    widow widower pensioner retiree
    chef fisherman shopkeeper publican waiter waitress bartender
    poet playwright architect interpreter translator whistleblower
    elder postman postwoman mailman plumber cashier janitor caretaker postmaster mechanic
    labourer laborer welder hairdresser trucker
    collector sp dsp ssp dcp acp sho taoiseach tánaiste tanaiste td
    people person
    """
)

# People nouns that do not name an office: "the man said", "the source said" stay
# unnamed unless the article gave that noun to a named person.
ANONYMOUS_ROLES = _words(
    """
    source sources man woman boy girl teenager witness eyewitness bystander onlooker
    resident residents diplomat official officials observer insider staff member
    worker employee staffer shopper customer passenger tourist visitor villager local
    fan supporter colleague relative friend neighbour neighbor patient survivor victim
    protester activist volunteer parent mother father people person
    """
)

# Documents as sources: "the lawsuit calls it …", "the letter reads".
DOCUMENT_NOUNS = _words(
    """
    statement report letter release communique communiqué resolution document filing
    memo memorandum email e-mail post tweet message announcement declaration notice
    bulletin briefing submission lawsuit suit complaint indictment affidavit motion
    ruling verdict petition ad advert advertisement commercial poll survey study
    analysis audit review editorial op-ed column book memoir transcript recording
    video website manifesto platform proposal bill article piece paper readout script cable
    dispatch directive guidance flyer leaflet pamphlet brochure mailer newsletter
    """
)

# Verbs of a conversation an interview's introduction tells: "Ana Ruiz spoke with
# reporter Ben Ito", "was questioned by Feeney".
TALKING_VERBS = _words("speak talk sit chat interview question ask")

# Documents through which their issuer speaks: "a statement from the hospital says" is
# the hospital. The others speak as themselves unless a named person issued them: "a
# report by the institute finds" is the report, "Ruiz's new ad says" is Ruiz.
VOICE_DOCUMENTS = _words(
    """
    statement release communique communiqué email e-mail post tweet message
    announcement declaration notice bulletin briefing submission letter readout cable
    dispatch directive guidance ad advert advertisement commercial video book memoir
    recording op-ed column article website manifesto platform proposal bill script
    flyer leaflet pamphlet brochure mailer newsletter
    """
)

# Verbs by which someone puts out a document: "the office put out a statement saying …".
ISSUING_VERBS = _words("issue release publish put post send sign write file deliver circulate")

# Verbs a document "speaks" with, beyond the reporting verbs: "the letter reads",
# "the poll finds", "the report shows".
DOCUMENT_VERBS = _words("read find show conclude state say note begin open continue end")
# What a body's research says: "the institute found that …".
FINDING_VERBS = _words("find conclude")

# Head nouns that make a phrase an organisation: "the ministry said".
ORG_NOUNS = _words(
    """
    government administration ministry department agency office service
    council committee commission board authority authorities court
    tribunal parliament congress senate house assembly cabinet party
    campaign company firm corporation group bank fund union association
    federation league club team army military navy police force forces
    command embassy consulate mission delegation organisation organization
    institute university college school hospital charity foundation
    movement network station newspaper channel bureau kremlin pentagon
    regime junta coalition alliance opposition secretariat spokesperson's
    leadership presidency management airline broadcaster website daily regulator
    watchdog manufacturer maker retailer insurer carrier lender producer supplier
    operator developer publisher studio label brand city town
    magazine publication tabloid outlet journal
    """
)
# Last words of a company's name, never of a person's: "Torvane Labs", "Kessel Partners".
COMPANY_ENDINGS = _words(
    """
    labs laboratories pharmaceuticals pharma partners holdings industries systems
    technologies enterprises associates ventures inc incorporated corp llc ltd plc
    foods motors airlines brands solutions
    """
)
# Head nouns of an apposition that make a name a place's, a body's or a thing's, not a
# person's: "Orla Bay, a fishing village", "Ember, a 30-seat restaurant" (not "a
# producer", "a publisher": people too).
THING_NOUNS = _words(
    """
    village hamlet suburb county district region province island peninsula river lake
    valley mountain hill street road avenue neighborhood neighbourhood park square
    restaurant cafe café bar pub bakery shop store hotel inn farm ranch vineyard winery
    brewery ship boat vessel yacht horse dog cat breed dish novel book film movie album
    song play series drug app building bridge tower stadium arena market mall port
    harbor harbour airport company firm corporation business charity foundation school
    college university hospital clinic club team band
    """
)
# Head nouns that make a phrase a body's or a thing's: never the last word of a
# person's name, nor what "the county" describes a person by.
BODY_AND_THING_NOUNS = ORG_NOUNS | THING_NOUNS
# Dashes as tokens: a dateline's "CLEVELAND -", a signature's "— Jane Smith".
DASHES = ("—", "–", "-", "--")

# A page's section or furniture label before a colon ("UPDATE:", "Fact Check: …"):
# never a speaker, in a headline or at the head of a line.
SECTION_LABELS = frozenset(
    """
    update updated watch note correction clarification breaking video photo photos
    related source sources warning spoiler transcript audio live exclusive advertisement
    caption graphic map analysis opinion editorial commentary explainer review timeline
    claim verdict rating ruling facts take
    """.split()
) | {
    "editor's note", "read more", "also read", "see also", "fact check", "fact-check",
    "the facts", "the claim", "the verdict", "the context", "the record", "the background",
    "why it matters", "what's next", "what’s next", "bottom line", "the bottom line",
}  # fmt: skip

_SECTION_OPENERS = _words("the our my your their this today's today’s")


def is_section_label(label: str) -> bool:
    """ "Fact check", "The verdict", "OUR RULING": a page's section label, not a speaker."""
    words = label.lower().split()
    while len(words) > 1 and words[0] in _SECTION_OPENERS:
        words = words[1:]
    return label.lower() in SECTION_LABELS or " ".join(words) in SECTION_LABELS


# Organisation nouns that stand for a place's government: "the town said" is the
# town last named, not the last company.
PLACE_NOUNS = _words("city town")

# Words that start a partial quote used as a name or label, never speech.
NAMING_CUES = _words("so-called dubbed nicknamed titled entitled named called labelled labeled")

MALE_PRONOUNS = _words("he him his himself")
FEMALE_PRONOUNS = _words("she her hers herself")
GENDERED_PRONOUNS = MALE_PRONOUNS | FEMALE_PRONOUNS
MALE_TITLES = _words("mr mr. sir lord king prince father brother")
FEMALE_TITLES = _words("mrs mrs. ms ms. miss madam dame lady queen princess sister")

# Forms of the commonest reporting verbs as they precede or follow a name
# ("Mr Howard said", "told CNN"): what the prefilter looks for in raw text.
CUE_FORMS = _words("said says told tells added adds asked explained insisted warned stated wrote")


def is_role(word: str) -> bool:
    """A lower-case word naming a person by what they do: "spokesman", "vice-president",
    and "attorney-general" by its "attorney"; "hydrologist", "statistician",
    "photographer" by their endings."""
    return (
        word in PERSON_ROLES
        or any(part in PERSON_ROLES for part in word.split("-"))
        or _PERSON_ENDING.search(word) is not None
    )


# Endings of nouns for people by trade: "hydrologist", "statistician", "pianist",
# "novelist", "beekeeper", "filmmaker"; not "checklist" or "playlist" (a "-list" only
# after a vowel), nor the verbs "persist" and "consist" (an "-sist" only after "s").
_PERSON_ENDING = re.compile(
    r"^[a-z]{3,}(?:ologist|ician|grapher|keeper|maker|(?:[^ls]|[aeio]l|ss)ist)$"
)


# Closed-class words (articles, determiners, pronouns, prepositions, conjunctions,
# auxiliary and modal verbs), folded as ``keys.normalize_quote`` folds them ("I’m"
# -> "im"). Negations are not among them: "not a good deal" is not "a good deal".
# Remarks read them: wordings that differ only by these words at their edges are one.
FUNCTION_WORDS = _words(
    """
    a an the this that these those some any each every either another such
    i me my mine myself we us our ours ourselves you your yours yourself yourselves
    he him his himself she her hers herself it its itself they them their theirs
    themselves one im ive id ill youre youve youll youd hes shes thats theres theyre
    theyve theyll weve lets whats
    be am is are was were been being have has had having do does did doing will
    would shall should can could may might must
    and or but so yet for if then than as because while when where whether though
    although that what which who whom whose how why
    of in on at to from by with about into onto over under up down out off through
    between after before during without within upon against among around across along
    """
)
