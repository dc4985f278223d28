"""Build tests/data/attribution.jsonl: hand-written news-style articles, one per rule.

Each quote is given as (quote text, speaker, speaker_kind, kind); offsets are
found by searching the article text, so the speakers are the author's, not the engine's.
"""

import json

ARTICLES = [
    (
        "cue-after",
        "Mayor Linda Okafor opened the new bridge on Monday.\n“This bridge joins two halves of one city,” Okafor said.\n",
        [("This bridge joins two halves of one city,", "Linda Okafor", "person", "direct")],
    ),
    (
        "cue-inverted",
        "The council met late into the night.\n“We will not raise rates this year,” said Councillor Tom Reyes.\n",
        [("We will not raise rates this year,", "Tom Reyes", "person", "direct")],
    ),
    (
        "cue-before-colon",
        "Health Minister Ana Lopes visited the ward.\nLopes told reporters: “The new wing will open in March.”\n",
        [("The new wing will open in March.", "Ana Lopes", "person", "direct")],
    ),
    (
        "uncommon-cues",
        "Coach Harry Blake watched his side lose again.\n“We keep making the same mistakes,” Blake sighed.\nHis captain, Maria Santos, was blunter. “It was embarrassing,” Santos grumbled.\n“At least the pies were hot,” quipped Blake.\n",
        [
            ("We keep making the same mistakes,", "Harry Blake", "person", "direct"),
            ("It was embarrassing,", "Maria Santos", "person", "direct"),
            ("At least the pies were hot,", "Harry Blake", "person", "direct"),
        ],
    ),
    (
        "according-to",
        "The factory will close in June, according to the company’s chief executive, Ruth Adler.\n“There was no other way to save the rest of the business,” according to Adler.\n",
        [
            (
                "There was no other way to save the rest of the business,",
                "Ruth Adler",
                "person",
                "direct",
            )
        ],
    ),
    (
        "partial-governor",
        "Senator Paul Kim has called the proposal a “dangerous gamble” and vowed to fight it.\n",
        [("dangerous gamble", "Paul Kim", "person", "partial")],
    ),
    (
        "pronoun-three-sentences",
        "Judge Miriam Hale handed down her ruling on Friday. The case had run for three years. Lawyers for both sides had asked for a delay. The courtroom was full.\n“The law is clear, and it must be applied,” she said.\n",
        [("The law is clear, and it must be applied,", "Miriam Hale", "person", "direct")],
    ),
    (
        "description",
        "President Elena Marsh arrived in Lisbon on Tuesday for two days of talks.\n“We came to listen,” the president said.\n",
        [("We came to listen,", "Elena Marsh", "person", "direct")],
    ),
    (
        "apposition-multi-paragraph",
        "Hugh Hill, a doctor at the city hospital, said: “We have seen more cases this winter than in any year I can remember.\n“Most of them could have been prevented,” he added.\n",
        [
            (
                "We have seen more cases this winter than in any year I can remember.",
                "Hugh Hill",
                "person",
                "direct",
            ),
            ("Most of them could have been prevented,", "Hugh Hill", "person", "direct"),
        ],
    ),
    (
        "split-quote",
        "“The talks went well,” Foreign Minister Omar Said told reporters. “We will meet again next week.”\n",
        [
            ("The talks went well,", "Omar Said", "person", "direct"),
            ("We will meet again next week.", "Omar Said", "person", "direct"),
        ],
    ),
    (
        "continuation-paragraph",
        "Farmer Jack Dunn says the drought is the worst he has seen.\n“The dams are empty and the feed is gone.”\n",
        [("The dams are empty and the feed is gone.", "Jack Dunn", "person", "direct")],
    ),
    (
        "bare-quote-after-narrative",
        "Sarah Cole, 34, lost her home in the fire. She is staying with her sister.\n“I have nothing left but the clothes I am wearing.”\n",
        [("I have nothing left but the clothes I am wearing.", "Sarah Cole", "person", "direct")],
    ),
    (
        "unnamed-source",
        "Talks on the ceasefire stalled on Sunday.\nA senior European official told Reuters, “Nobody expects a deal this week.”\n“The gaps are still too wide,” another official added.\n",
        [
            ("Nobody expects a deal this week.", "senior European official", "unnamed", "direct"),
            ("The gaps are still too wide,", "official", "unnamed", "direct"),
        ],
    ),
    (
        "organization",
        "The Kremlin rejected the report.\n“These claims have no basis in fact,” the Kremlin said in a statement.\n",
        [("These claims have no basis in fact,", "Kremlin", "organization", "direct")],
    ),
    (
        "name-inside-quote",
        "Opposition leader Grace Mensah spoke after the vote.\n“Peter Obi should resign today,” Mensah said.\n",
        [("Peter Obi should resign today,", "Grace Mensah", "person", "direct")],
    ),
    (
        "title-only-description",
        'President General Omar Farouk says his country wants calm on the border.\nThe President said he had the "backing of every party in parliament".\n',
        [("backing of every party in parliament", "Omar Farouk", "person", "partial")],
    ),
    (
        "quoted-as-saying",
        'The roof of the mall gave way on Saturday. There was "dust everywhere and then everyone ran for the doors," the city radio station quoted one shopper as saying.\n',
        [
            (
                "dust everywhere and then everyone ran for the doors,",
                "shopper",
                "unnamed",
                "partial",
            )
        ],
    ),
    (
        "role-vouches-for-name",
        'Rescuers searched the rubble through the night. One bystander, Teodor vanZyl, said he was looking for his brother.\n"His bike is here, but nobody has seen him," he said.\n',
        [("His bike is here, but nobody has seen him,", "Teodor vanZyl", "person", "direct")],
    ),
    (
        "pronoun-after-unnamed",
        'Thousands marched through the town. "We will not stop until the wall comes down," a protest organiser told the crowd.\n"Every law gives us the right to march," he said.\n',
        [
            (
                "We will not stop until the wall comes down,",
                "protest organiser",
                "unnamed",
                "direct",
            ),
            ("Every law gives us the right to march,", "protest organiser", "unnamed", "direct"),
        ],
    ),
    (
        "closed-paragraph-then-new-speaker",
        'Treasurer Paul Nguyen says the budget will be back in surplus next year.\n"We have made the hard choices," he said.\n"There is no other way to pay for the hospitals." The Opposition says the figures do not add up.\n',
        [
            ("We have made the hard choices,", "Paul Nguyen", "person", "direct"),
            ("There is no other way to pay for the hospitals.", "Paul Nguyen", "person", "direct"),
        ],
    ),
    (
        "appositive-name-in-subject",
        'Lawyers are divided over the new charge. The president of the State Bar Association, Keith Arnott, says the accused man could face a life sentence.\n"If the evidence holds, he could be jailed for the rest of his life," he said.\n',
        [
            (
                "If the evidence holds, he could be jailed for the rest of his life,",
                "Keith Arnott",
                "person",
                "direct",
            )
        ],
    ),
    (
        "office-holder-ends-subject",
        'Rebels were seen leaving the valley on Sunday. Commander of the Northern Fleet Admiral Sofia Brandt, said the blockade had worked.\n"I will not go into details, but it did what we wanted."\n',
        [
            (
                "I will not go into details, but it did what we wanted.",
                "Sofia Brandt",
                "person",
                "direct",
            )
        ],
    ),
    (
        "relative-clause-reporter",
        'Governor Alan Pike met the envoy, Ruth Okoye, on Tuesday. Ms Okoye, who has denied that sanctions were discussed, appeared worried about the vote.\n"Whatever you decide, it must be done fast," she said.\n',
        [
            (
                "Whatever you decide, it must be done fast,",
                "Ruth Okoye",
                "person",
                "direct",
            )
        ],
    ),
    (
        "title-alone-as-name",
        'Queen Margrethe of Denmark gave her New Year address on Sunday. The Queen also spoke of the war in Europe.\n"So many of us need hope more than ever."\n',
        [("So many of us need hope more than ever.", "Margrethe", "person", "direct")],
    ),
    (
        "multi-paragraph-named-at-end",
        'Storms tore through the coast overnight, and farmer Nora Quill lost her shed. Her neighbour, Tom Reid, says the storm came without warning.\n"It sounded like a train was about to hit the shed.\n"You could hear it coming, and then the roof was gone," Ms Quill said.\n',
        [
            (
                "It sounded like a train was about to hit the shed.",
                "Nora Quill",
                "person",
                "direct",
            ),
            (
                "You could hear it coming, and then the roof was gone,",
                "Nora Quill",
                "person",
                "direct",
            ),
        ],
    ),
    (
        "pronoun-not-a-possessive",
        'A defector who calls himself Omar Haddad has come forward. He told reporters he had worked for a decade in Victor Crane\'s weapons plants before escaping.\n"New plants were built where the old ones were bombed," he said.\n',
        [
            (
                "New plants were built where the old ones were bombed,",
                "Omar Haddad",
                "person",
                "direct",
            )
        ],
    ),
    (
        "pronoun-new-subject-beats-last-speaker",
        '"We came to make peace," said Ali Rahimi, the alliance\'s chief negotiator. A delegate from the southern group, Karim Nouri, summed up the mood in one line.\n"Yesterday\'s rain has no courage left," he said.\n',
        [
            ("We came to make peace,", "Ali Rahimi", "person", "direct"),
            ("Yesterday's rain has no courage left,", "Karim Nouri", "person", "direct"),
        ],
    ),
    (
        "document-speaks-for-its-issuer",
        'Doctors at the Royal Albert Hospital have defended the transfer. A statement from the Royal Albert Hospital says "every record about the patient was handed over in good time".\n',
        [
            (
                "every record about the patient was handed over in good time",
                "Royal Albert Hospital",
                "organization",
                "partial",
            )
        ],
    ),
    (
        "according-to-a-report",
        "Claims of fraud have swirled for weeks. “There is no evidence of fraud,” according to a report released by the state election board.\n",
        [("There is no evidence of fraud,", "report", "document", "direct")],
    ),
    (
        "unnamed-partitive-and-employer",
        'Two officials familiar with the talks said they had stalled. "Nobody wants to blink first," one of the officials said.\n"We are reviewing the decision," a spokesperson for Meta said.\n',
        [
            ("Nobody wants to blink first,", "official", "unnamed", "direct"),
            ("We are reviewing the decision,", "spokesperson for Meta", "unnamed", "direct"),
        ],
    ),
    (
        "possessive-description-is-someone-else",
        "Prime Minister Helen Ward faced calls to resign on Monday.\nThe prime minister's spokesman said: 'She has no intention of going anywhere.'\n",
        [
            (
                "She has no intention of going anywhere.",
                "prime minister's spokesman",
                "unnamed",
                "direct",
            )
        ],
    ),
    (
        "passive-quoted-and-hailed-by",
        'A senior navy official was quoted by state radio on Tuesday as saying the fleet would now target "strategic" ports. The ceasefire was hailed by UN envoy Ingrid Solberg as "a real turn toward a lasting peace".\n',
        [
            ("strategic", "navy official", "unnamed", "partial"),
            ("a real turn toward a lasting peace", "Ingrid Solberg", "person", "partial"),
        ],
    ),
    (
        "mistagged-role-subject",
        'Shots were fired at a warehouse in the town on Friday. "We are hearing that several people have been hurt but we cannot confirm that," said a Ashford police dispatcher. "We have not been able to get inside."\n',
        [
            (
                "We are hearing that several people have been hurt but we cannot confirm that,",
                "police dispatcher",
                "unnamed",
                "direct",
            ),
            ("We have not been able to get inside.", "police dispatcher", "unnamed", "direct"),
        ],
    ),
    (
        "next-speaker-reports-other-words",
        'Teams may be altered until an hour before kick-off, and home captain Lachlan Hayes suggested he might well do so. "We will weigh everything and then pick the side" Visiting captain Marc Dubois says he will not make any changes.\n',
        [
            (
                "We will weigh everything and then pick the side",
                "Lachlan Hayes",
                "person",
                "direct",
            )
        ],
    ),
    (
        "introduced-name-then-description",
        'Neighbours could not believe the news. But a man known as Sami told local radio he had trained with the suspect years ago.\n"He told us he had fought at the front and watched friends die," the man said.\n',
        [
            (
                "He told us he had fought at the front and watched friends die,",
                "Sami",
                "person",
                "direct",
            )
        ],
    ),
    (
        "age-description-paragraphs-later",
        'Defender Tom Hale was sent off in the first half of the derby on Saturday.\n\nThe home side went on to lose 3-0 in front of a record crowd.\n\nFans booed the referee at the final whistle.\n\n"I did not touch him," the 24-year-old said.\n',
        [("I did not touch him,", "Tom Hale", "person", "direct")],
    ),
    (
        "dash",
        "“Every vote will be counted.” — Commissioner Ravi Patel\n",
        [("Every vote will be counted.", "Ravi Patel", "person", "direct")],
    ),
    (
        "who-clause-name",
        "Trump, who spoke to reporters aboard Air Force One, was asked about tariffs.\n“They’re going to pay,” the president said.\n",
        [("They’re going to pay,", "Trump", "person", "direct")],
    ),
    (
        "they-a-group",
        "The two foreign ministers met in Geneva on Friday.\n“We agreed to keep talking,” they said in a joint statement.\n",
        [("We agreed to keep talking,", "foreign ministers", "unnamed", "direct")],
    ),
    (
        "parliamentary-titles",
        "House Speaker Dana Whitfield closed the debate on Tuesday.\n“The chamber has spoken,” Whitfield said.\nOpposition Leader Marcus Obi walked out. “This is a sham,” said Obi.\n",
        [
            ("The chamber has spoken,", "Dana Whitfield", "person", "direct"),
            ("This is a sham,", "Marcus Obi", "person", "direct"),
        ],
    ),
    (
        "local-titles",
        "Assemblyman James Gallagher called the bill “another job killer” and said it would hurt farms.\n“It was a bad day for Sacramento,” Gallagher said.\n",
        [
            ("another job killer", "James Gallagher", "person", "partial"),
            ("It was a bad day for Sacramento,", "James Gallagher", "person", "direct"),
        ],
    ),
    (
        "backbencher-british",
        "The prime minister faced his party on Wednesday.\nOne senior Tory backbencher said privately that the mood was ‘grim’.\n",
        [("grim", "senior Tory backbencher", "unnamed", "partial")],
    ),
    (
        "wire-dateline-ministry",
        "MOSCOW (Reuters) - Russia’s foreign ministry on Thursday accused Washington of stoking tensions.\n“The United States is provoking an escalation,” the ministry said in a statement.\n",
        [
            (
                "The United States is provoking an escalation,",
                "Russia’s foreign ministry",
                "organization",
                "direct",
            )
        ],
    ),
    (
        "wire-dateline-agency",
        "GENEVA (Reuters) - Talks on the ceasefire resumed on Monday, diplomats said.\n“Progress is slow,” the agency said, without naming one.\n",
        [("Progress is slow,", "agency", "organization", "direct")],
    ),
    (
        "statement-of-the-company",
        "Apple Inc. reported record revenue on Thursday, but warned of supply problems ahead.\n\nShares rose in late trading.\n\nIn a statement, the company said:\n\n“We are seeing unprecedented demand for our products.”\n",
        [
            (
                "We are seeing unprecedented demand for our products.",
                "Apple Inc.",
                "organization",
                "direct",
            )
        ],
    ),
    (
        "surname-tagged-as-noun",
        "Analyst Dan Ives of Wedbush Securities was upbeat.\n“This is a monster quarter,” Ives noted, adding that the iPhone was “firing on all cylinders”.\n",
        [
            ("This is a monster quarter,", "Dan Ives", "person", "direct"),
            ("firing on all cylinders", "Dan Ives", "person", "partial"),
        ],
    ),
    (
        "pronoun-after-a-new-unnamed-source",
        "A spokesman for Leicestershire Police said the road would stay closed. “Our thoughts are with the families,” he said.\nOne passenger, who asked not to be named, described the moment the bus tipped over. “There was a bang and then everything went sideways,” she said.\n",
        [
            (
                "Our thoughts are with the families,",
                "spokesman for Leicestershire Police",
                "unnamed",
                "direct",
            ),
            (
                "There was a bang and then everything went sideways,",
                "passenger",
                "unnamed",
                "direct",
            ),
        ],
    ),
    (
        "verdict-after",
        "Forecasts for the year were raised again on Monday.\n“The numbers simply do not add up.” That was the verdict of Jane Okoro, chief economist at Capital Economics.\n“Growth will be slower than anyone in Canberra expects.”\n\nThat is the view of Tom Reyes, a former treasury official, who has advised three governments.\n",
        [
            ("The numbers simply do not add up.", "Jane Okoro", "person", "direct"),
            (
                "Growth will be slower than anyone in Canberra expects.",
                "Tom Reyes",
                "person",
                "direct",
            ),
        ],
    ),
    (
        "middle-name",
        "Brazilian President Luiz Inácio Lula da Silva arrived in Lisbon on Tuesday.\n“We came to listen,” Lula said.\n",
        [("We came to listen,", "Luiz Inácio Lula da Silva", "person", "direct")],
    ),
    (
        "he-after-plural-unnamed",
        "Treasury Secretary Scott Bessent said talks with Beijing would continue. Officials from both sides described the talks as “constructive”.\n“We have a path forward,” he told Fox Business on Thursday.\n",
        [
            ("constructive", "Officials", "unnamed", "partial"),
            ("We have a path forward,", "Scott Bessent", "person", "direct"),
        ],
    ),
    (
        "that-is-how-after-a-dash",
        "Environment Secretary Steve Reed rejected the claim. A Defra spokesperson said: “We are backing farmers with £5bn over two years.”\n\n“Frankly, it is a betrayal” – that is how one Devon dairy farmer, Chris Mole, described the policy.\n",
        [
            (
                "We are backing farmers with £5bn over two years.",
                "Defra spokesperson",
                "unnamed",
                "direct",
            ),
            ("Frankly, it is a betrayal", "Chris Mole", "person", "direct"),
        ],
    ),
    (
        "one-of-them",
        "Tesla Inc. is in talks to buy a stake in a lithium miner, according to people familiar with the matter.\nThe deal could be announced next week, the people said, asking not to be identified. “Nothing has been signed,” one of them said.\n",
        [("Nothing has been signed,", "people", "unnamed", "direct")],
    ),
    (
        "the-coach-unnamed",
        "Police have appealed for witnesses. Sergeant Paul Hughes said officers were examining footage.\n“Someone knows who did this,” he said.\nLiam’s coach, who asked not to be named, said the club was in shock. “He never missed a session,” the coach said.\n",
        [
            ("Someone knows who did this,", "Paul Hughes", "person", "direct"),
            ("He never missed a session,", "Liam’s coach", "unnamed", "direct"),
        ],
    ),
    (
        "as-she-puts-it",
        "The harbour board approved the dredging plan after a long night.\nAs Dr. Alicia Reyes, a marine biologist, puts it, “Nobody reads the fine print until it bites them.”\n",
        [("Nobody reads the fine print until it bites them.", "Alicia Reyes", "person", "direct")],
    ),
    (
        "partial-parenthetical-cue",
        "Turnout in the river wards fell for a third election running.\nThe wards, Professor Dana Whitcombe said, have voters “who stopped believing anyone was listening” and see no reason to return.\n",
        [("who stopped believing anyone was listening", "Dana Whitcombe", "person", "partial")],
    ),
    (
        "split-quote-said",
        "The mayor’s race tightened in the final week.\n“We will win,” Ana Ruiz said, “and we will win by more than anyone expects.”\n",
        [
            ("We will win,", "Ana Ruiz", "person", "direct"),
            ("and we will win by more than anyone expects.", "Ana Ruiz", "person", "direct"),
        ],
    ),
    (
        "plural-officials-not-he",
        "Port director Carlos Vega toured the flooded terminal on Sunday.\n“The cranes are safe, but the warehouses are not,” the officials said after the tour.\n“We will know more by Wednesday,” he said.\n",
        [
            ("The cranes are safe, but the warehouses are not,", "officials", "unnamed", "direct"),
            ("We will know more by Wednesday,", "Carlos Vega", "person", "direct"),
        ],
    ),
    (
        "headline-label-single-marks",
        "Okafor: Stadium Deal Is ‘Dead In The Water’\n\nCouncil leader Grace Okafor said on Thursday that the financing plan had collapsed.\n\n“No bank will lend on these terms,” Okafor said.\n",
        [
            ("Dead In The Water", "Grace Okafor", "person", "partial"),
            ("No bank will lend on these terms,", "Grace Okafor", "person", "direct"),
        ],
    ),
    (
        "vox-pop-signed-and-labelled",
        "What riders told us about the new bus routes\n\nWe asked riders how the changes affected them. Here is a selection of replies.\n\n“My commute went from 20 minutes to almost an hour.”\n― Maria Lopez, 41, Tucson\n\n“The express line is the best thing the city has done in years.”\n― Dev Patel, 29, Phoenix\n\nKen Ito, a nurse: “I work nights, and the late buses are gone. I now drive.”\n\nSara Kim, a teacher: “Honestly, I barely noticed a difference.”\n",
        [
            (
                "My commute went from 20 minutes to almost an hour.",
                "Maria Lopez",
                "person",
                "direct",
            ),
            (
                "The express line is the best thing the city has done in years.",
                "Dev Patel",
                "person",
                "direct",
            ),
            (
                "I work nights, and the late buses are gone. I now drive.",
                "Ken Ito",
                "person",
                "direct",
            ),
            ("Honestly, I barely noticed a difference.", "Sara Kim", "person", "direct"),
        ],
    ),
    (
        "documents-as-sources",
        "Harbor Authority under scrutiny\n\nAuditor Nina Patel released her findings on Monday.\n\nAn internal finance memo described the transfers as “routine bookkeeping.”\n\nThe lawsuit calls the contract a “deliberate cover-up” of losses.\n\n“We demand a full accounting of every transfer,” the letter reads.\n",
        [
            ("routine bookkeeping.", "internal finance memo", "document", "partial"),
            ("deliberate cover-up", "lawsuit", "document", "partial"),
            ("We demand a full accounting of every transfer,", "letter", "document", "direct"),
        ],
    ),
    (
        "closing-verbs",
        "Budget talks stall\n\nTreasurer Owen Gray met union leaders on Monday.\n\n“You would be kind to a rival, but never to us,” Mr. Gray continued.\n\n“That is not what we asked for,” union head Lara Voss shot back.\n",
        [
            ("You would be kind to a rival, but never to us,", "Owen Gray", "person", "direct"),
            ("That is not what we asked for,", "Lara Voss", "person", "direct"),
        ],
    ),
    (
        "adviser-is-not-the-boss",
        "Senate race heats up\n\nSenator Elena Warren campaigned in Dayton on Friday.\n\n“She will not debate him on those terms,” a Warren adviser said.\n",
        [("She will not debate him on those terms,", "Warren adviser", "unnamed", "direct")],
    ),
    (
        "debate-digest-labels",
        'Debate night\n\nSenator Ana Molina and Governor Tom Grant clashed over the militia.\n\nMolina: "Our goal is to defeat the militia, not contain it." Grant: "The mission is to end the war on our terms."\n',
        [
            (
                "Our goal is to defeat the militia, not contain it.",
                "Ana Molina",
                "person",
                "direct",
            ),
            ("The mission is to end the war on our terms.", "Tom Grant", "person", "direct"),
        ],
    ),
    (
        "cue-after-a-relative-clause",
        "Rivera has a lot of ground to make up before the convention.\n\n\"I'm a delegate and I don't like the delegate system. I don't think that delegates ought to decide the race,\" Okafor, who has not endorsed anyone, told reporters in Dayton.\n",
        [
            (
                "I'm a delegate and I don't like the delegate system. I don't think that delegates ought to decide the race,",
                "Okafor",
                "person",
                "direct",
            )
        ],
    ),
    (
        "any-noun-that-speaks",
        "Pier campaign starts ads\n\nThe harbour campaign releases its second ad on Monday. It will focus on jobs.\n\n\u201cIn this town, working families deserve better than a broken pier,\u201d says a narrator.\n\nOnline, the reaction was quick. Another user wrote, \u201cShame on every one of them for waiting this long.\u201d\n",
        [
            (
                "In this town, working families deserve better than a broken pier,",
                "narrator",
                "unnamed",
                "direct",
            ),
            (
                "Shame on every one of them for waiting this long.",
                "user",
                "unnamed",
                "direct",
            ),
        ],
    ),
    (
        "headline-is-never-a-subject",
        'Harbour race\n\nOn Monday, Ortiz groused to a crowd in Dayton that the network "treats me very unfairly" before floating the idea that it should pay him.\n',
        [("treats me very unfairly", "Ortiz", "person", "partial")],
    ),
    (
        "paragraph-ends-a-sentence",
        "Unions weigh the vote\n\n''We will keep knocking on doors,'' said Nora P. Vance, president of the F.W.U.-A.L.C.\n\nThe growers of Millbrook \"have been forgotten by both parties,\" said a farmer who asked that his name not be used.\n",
        [
            ("We will keep knocking on doors,", "Nora P. Vance", "person", "direct"),
            ("have been forgotten by both parties,", "farmer", "unnamed", "partial"),
        ],
    ),
    (
        "inverted-subject-before-a-clause",
        'Near the depot, a young cashier had heard the talk all week. "It frightens me," said the woman, who, as most on the block, asked that her name be left out.\n',
        [("It frightens me,", "woman", "unnamed", "direct")],
    ),
    (
        "two-subjects-nearest-speaks",
        "Tuesday at Linfield College in Dover, DE, after winning the state, Gov. Amos Keller (R-DE), said, \u201cI am getting ready to rent a bus.\u201d\n",
        [("I am getting ready to rent a bus.", "Amos Keller", "person", "direct")],
    ),
    (
        "colon-introduces-the-source",
        "The poll numbers moved again this week.\n\nThe shift does not surprise Democratic strategist Lena Osei: \u201cVoters were always going to come home.\u201d\n\nThe county's audit makes the point plainly: \u201cNo receipts were kept for the period.\u201d\n\nSpeaker Ron Dale sent a blunt message to Governor Ivy Marr: \u201cStop the bickering.\u201d\n",
        [
            ("Voters were always going to come home.", "Lena Osei", "person", "direct"),
            ("No receipts were kept for the period.", "audit", "document", "direct"),
            ("Stop the bickering.", "Ron Dale", "person", "direct"),
        ],
    ),
    (
        "one-member-of-a-party",
        "Party officials in the state were split on Friday.\n\n\u201cIt is hers to lose,\u201d said a Vermont Republican.\n",
        [("It is hers to lose,", "Vermont Republican", "unnamed", "direct")],
    ),
    (
        "speaker-after-a-full-stop",
        "The band has been in the studio since May.\n\n\u201cWe are almost done with it.\u201d Navarro said, adding that two songs remain.\n\n''Nobody expected it to last.'' Mr. Pruitt, now 81 and retired in Salem, said by telephone this week.\n\n''We are refugees,'' Ms. Amani said. ''We are not criminals.'' Mr. Karimi said: ''We fled from this.''\n",
        [
            ("We are almost done with it.", "Navarro", "person", "direct"),
            ("Nobody expected it to last.", "Pruitt", "person", "direct"),
            ("We are refugees,", "Amani", "person", "direct"),
            ("We are not criminals.", "Amani", "person", "direct"),
            ("We fled from this.", "Karimi", "person", "direct"),
        ],
    ),
    (
        "claim-is-that-and-a-described-name",
        "Kemp's most serious claim is that the panel is a \u201cwitch hunt\u201d aimed at the mayor. His view of the panel is \u201cnot worth a reply,\u201d Judge Ann Ruiz said.\n\nMarlow, a close ally of the governor, called the city's schools \u201cstrong.\u201d\n",
        [
            ("witch hunt", "Kemp", "person", "partial"),
            ("not worth a reply,", "Ann Ruiz", "person", "partial"),
            ("strong.", "Marlow", "person", "partial"),
        ],
    ),
    (
        "headline-label-is-a-surname",
        "Ortega: Harbour Plan Is \u2018Dead On Arrival\u2019\n\nCouncil member Rita Ortega said on Monday that the harbour plan would not pass.\n",
        [("Dead On Arrival", "Rita Ortega", "person", "partial")],
    ),
    (
        "transcript-turns",
        "Harbour deal under fire\n\nSenator Ray Holmes sat down with anchor Jill Garcia on Sunday. A partial transcript follows.\n\nGARCIA: Senator, did you know about the memo?\n\nHOLMES: I did not. Nobody on my staff saw it. (LAUGHTER)\n\nGARCIA: Will you testify?\n\nHOLMES: If I am asked, yes.\n\nPAT WREN: Can I add one thing?\n",
        [
            ("Senator, did you know about the memo?", "Jill Garcia", "person", "direct"),
            ("I did not. Nobody on my staff saw it.", "Ray Holmes", "person", "direct"),
            ("Will you testify?", "Jill Garcia", "person", "direct"),
            ("If I am asked, yes.", "Ray Holmes", "person", "direct"),
            ("Can I add one thing?", "Pat Wren", "person", "direct"),
        ],
    ),
    (
        "vox-pop-signed-on-the-same-line",
        'What readers told us about the bridge\n\nWe asked readers what they thought of the harbour bridge.\n\n"It took ten years too long, but it is beautiful." \u2015 Marta Lind, 41, Tucson\n\n"I will never drive over it." \u2015 Theo Crane, 67, Mesa\n\n"The tolls are a scandal," said one driver. "Who pays for this?" asked another.\n',
        [
            ("It took ten years too long, but it is beautiful.", "Marta Lind", "person", "direct"),
            ("I will never drive over it.", "Theo Crane", "person", "direct"),
            ("The tolls are a scandal,", "driver", "unnamed", "direct"),
            ("Who pays for this?", "another driver", "unnamed", "direct"),
        ],
    ),
    (
        "documents-speak",
        'Harbour fund under scrutiny\n\nAn internal harbour board memo described the transfers as "routine."\n\n"Working families deserve better," the ad\'s narrator warns.\n\n"We can no longer stay silent," the letter reads.\n',
        [
            ("routine.", "internal harbour board memo", "document", "partial"),
            ("Working families deserve better,", "ad", "document", "direct"),
            ("We can no longer stay silent,", "letter", "document", "direct"),
        ],
    ),
    (
        "words-right-after-a-verb-of-speech",
        'Rally in the rain\n\nA few people jeered, and when Rubin thanked the city, a man yelled \u201cStay there!\u201d\n\nMayor Jo Obert punctuated her list by saying \u201cFar too many.\u201d Everyone stood.\n\nAbout 200 protesters gathered, holding signs and chanting "Dump Obert."\n',
        [
            ("Stay there!", "man", "unnamed", "partial"),
            ("Far too many.", "Jo Obert", "person", "partial"),
            ("Dump Obert.", "About 200 protesters", "unnamed", "partial"),
        ],
    ),
    (
        "fired-back-after-a-clause",
        "After Governor Jerry Brand criticized her husband during a debate, Hilda Clint shot back, \u201cPerhaps I should have stayed in bed.\u201d\n\nWhile the hall chanted, Sara Silver was joined on stage by Senator Al Frank and joked, \u201cYou are being ridiculous.\u201d\n",
        [
            ("Perhaps I should have stayed in bed.", "Hilda Clint", "person", "direct"),
            ("You are being ridiculous.", "Sara Silver", "person", "direct"),
        ],
    ),
    (
        "from-the-report-and-a-name-before-said",
        "The minister spoke on Monday about the vote.\n\nIn a statement to the Herald, her senior policy adviser, Jake Sillman, said: \u201cWe respect the decision of the voters.\u201d\n\nThe audit office published its findings on Tuesday.\n\nFrom the report: \u201cNot all of the grants were checked.\u201d\n",
        [
            ("We respect the decision of the voters.", "Jake Sillman", "person", "direct"),
            ("Not all of the grants were checked.", "report", "document", "direct"),
        ],
    ),
    (
        "digest-label-after-a-dash",
        "Polls and the caucus\n\nAnalysts concur - Carla Bennet: \u201cThe first lesson of the night was an easy one to learn.\u201d [Site.]\n\nPapers share the blame - Tom Hollis: \u201cSurvey firms are feeling the heat.\u201d\n",
        [
            (
                "The first lesson of the night was an easy one to learn.",
                "Carla Bennet",
                "person",
                "direct",
            ),
            ("Survey firms are feeling the heat.", "Tom Hollis", "person", "direct"),
        ],
    ),
    (
        "abbreviated-military-titles",
        "Voices from the base\n\nSoldiers at the fort were unimpressed by the field.\n\n\u201cNobody up there talks about our families,\u201d said Air Force 1st Lt. Dana Whitfield, who flies supply runs.\n\n\u201cThey have never set foot on a base,\u201d Army Sgt. Maj. Omar Castillo said.\n",
        [
            ("Nobody up there talks about our families,", "Dana Whitfield", "person", "direct"),
            ("They have never set foot on a base,", "Omar Castillo", "person", "direct"),
        ],
    ),
    (
        "aside-between-speaker-and-cue",
        "The exchange, thirty years on\n\nThe pilot was freed in the autumn of 1986.\n\n\u201cHad the talks failed, I would still be in a cell,\u201d Mr. Danvers, now 79 and retired near Eugene, Ore., said by phone on Friday.\n",
        [("Had the talks failed, I would still be in a cell,", "Danvers", "person", "direct")],
    ),
    (
        "statement-saying",
        "Port closure draws fire\n\nThe harbor board voted on Monday to shut the east pier.\n\nThe Dockworkers Guild put out a statement saying the vote \u201cbetrays every family on the waterfront.\u201d\n\nA letter from the mayor urging a delay went unanswered.\n",
        [
            (
                "betrays every family on the waterfront.",
                "Dockworkers Guild",
                "organization",
                "partial",
            )
        ],
    ),
    (
        "inverted-surname-the-tagger-misses",
        "Data team grows\n\nThe campaign hired two analysts last month.\n\n\u201cThey are both smart hires,\u201d said Brightly, noting she had hired both of them herself in May.\n",
        [("They are both smart hires,", "Brightly", "person", "direct")],
    ),
    (
        "title-case-headline-verb",
        "Fuel Levy Is \u2018A Gift To Refiners\u2019 Rita Moss Tells Farm Bureau\n\nSenator Rita Moss spoke for an hour in Ames on Thursday.\n",
        [("A Gift To Refiners", "Rita Moss", "person", "partial")],
    ),
    (
        "title-case-headline-verb-before",
        "Ruiz Says Budget Deal Is \u2018Dead On Arrival\u2019\n\nMayor Ana Ruiz told reporters outside city hall that the council had not read the plan.\n",
        [("Dead On Arrival", "Ana Ruiz", "person", "partial")],
    ),
    (
        "apposition-then-tweeted-colon",
        "Reaction\n\nThe remark drew fire at once.\n\nAna Ruiz, the 2012 Democratic nominee for governor, tweeted in response: \u201cA fair point: the state does not jail its reporters.\u201d\n",
        [("A fair point: the state does not jail its reporters.", "Ana Ruiz", "person", "direct")],
    ),
    (
        "colon-run-into-the-quote",
        'Hearing notes\n\nThe panel pressed the witness for an hour.\n\nFormer mayor Ana Ruiz:"I was never told about the audit."\n',
        [("I was never told about the audit.", "Ana Ruiz", "person", "direct")],
    ),
    (
        "fact-check-signature-lines",
        'Fact check: claims from the debate\n\nWe looked at what the candidates said on stage.\n\n"I wrote the farm bill that saved a million family farms."\n\n- Ravi Osei.\n\nOsei overstates his role. The bill had many authors.\n\n"Our state created more jobs than any other last year."\n\n\u2014 Governor Lena Marsh\n\nThe figure is right, but only for one quarter.\n',
        [
            (
                "I wrote the farm bill that saved a million family farms.",
                "Ravi Osei",
                "person",
                "direct",
            ),
            (
                "Our state created more jobs than any other last year.",
                "Lena Marsh",
                "person",
                "direct",
            ),
        ],
    ),
    (
        "editorial-read-and-ad-narrator-states",
        "Paper Urges Mayor to Visit Flood Zone\n\nThe editors of the Valley Courier aimed their Sunday editorial at the mayor.\n\n\u201cIf she wants another term, the mayor should act like a leader and come to the valley,\u201d the editorial read.\n\nHer campaign answered with a radio ad on Monday.\n\n\u201cShe has fought for the valley for twenty years,\u201d a narrator in the ad states. \u201cShe will not stop now.\u201d\n",
        [
            (
                "If she wants another term, the mayor should act like a leader and come to the valley,",
                "editorial",
                "document",
                "direct",
            ),
            ("She has fought for the valley for twenty years,", "ad", "document", "direct"),
            ("She will not stop now.", "ad", "document", "direct"),
        ],
    ),
    (
        "a-name-that-qualifies-a-noun-is-not-the-next-he",
        "Party Unity Push\n\n\u201cWe are going to be fine,\u201d Tom Marsh, the party nominee, told reporters after he met the speaker on Thursday.\n\nRep. Ivo Brandt of Ohio, a Marsh supporter, said the meeting would help both men if they could settle their differences.\n\n\u201cI do not think it is do or die for anyone,\u201d he said outside the building.\n",
        [
            ("We are going to be fine,", "Tom Marsh", "person", "direct"),
            ("I do not think it is do or die for anyone,", "Ivo Brandt", "person", "direct"),
        ],
    ),
    (
        "a-name-as-a-compound-before-the-speaker",
        "Turnout Drive\n\n\u201cWe will win this state again,\u201d Senator Paul Okafor said at his election party on Tuesday.\n\nOkafor pollster Dan Reyes, the most senior strategist in the party, took up the same theme at the time.\n\n\u201cVoters are starting to see that the race is close,\u201d he said.\n",
        [
            ("We will win this state again,", "Paul Okafor", "person", "direct"),
            ("Voters are starting to see that the race is close,", "Dan Reyes", "person", "direct"),
        ],
    ),
    (
        "a-share-of-those-polled-speaks",
        "Voters Sour on the Council\n\nThe county poll of 900 residents was taken last week.\n\nRoughly six in 10 said they felt \u201clet down\u201d by the way the council spends its money. Most said they were \u201cdeeply uneasy\u201d about rents, and a third of those surveyed said the mayor was \u201cup to the job.\u201d\n",
        [
            # a share of those polled gives the poll's answers: the poll is the source
            ("let down", "county poll", "document", "partial"),
            ("deeply uneasy", "county poll", "document", "partial"),
            ("up to the job.", "county poll", "document", "partial"),
        ],
    ),
    (
        "no-break-space-and-riffed-cues",
        "Inquiry Drags On\n\nRep. Alan Pruitt chairs the committee.\n\nSenator Ruth Gale, his rival, called the delay a disgrace on Monday.\n\n\u201cIf anyone wonders why this inquiry is not done, look at the missing files,\u201d\u00a0added Pruitt.\n\n\u201cMayor Dunn, let me help you with the answer,\u201d the Republican nominee, Carla Voss, riffed on the mayor's reply.\n",
        [
            (
                "If anyone wonders why this inquiry is not done, look at the missing files,",
                "Alan Pruitt",
                "person",
                "direct",
            ),
            ("Mayor Dunn, let me help you with the answer,", "Carla Voss", "person", "direct"),
        ],
    ),
    (
        "a-description-by-its-epithet",
        "Summit Notes\n\nRussian President Pavel Orlov met Senator Dan Reyes of Ohio and the Republican presidential candidate, Tom Marsh, on Friday.\n\nMarsh said the talks went well and praised his host.\n\n\u201cHe is a very bright man,\u201d the Russian leader said.\n\n\u201cWe will see,\u201d the Ohio senator said.\n",
        [
            ("He is a very bright man,", "Pavel Orlov", "person", "direct"),
            ("We will see,", "Dan Reyes", "person", "direct"),
        ],
    ),
    (
        "saying-adds-to-the-report-not-the-reported",
        "Pressure Builds on the Mayor\n\nMayor Ana Ruiz has said little about the strike.\n\nEven a top party strategist said Ruiz will have to choose a side soon, saying, \u201cSooner or later, she will have to pick one.\u201d\n",
        [
            (
                "Sooner or later, she will have to pick one.",
                "top party strategist",
                "unnamed",
                "direct",
            )
        ],
    ),
    (
        "she-after-a-reporting-sentence-is-its-reporter",
        "Mayor Disowns Remark\n\nAt a rally on Tuesday, Dr. Lena Holt told the crowd that the council was \u201cfull of crooks.\u201d\n\nMayor Ana Ruiz said on Twitter on Thursday that Holt was out of line. She writes that \u201cthat kind of talk has no place in our city.\u201d\n",
        [
            ("full of crooks.", "Lena Holt", "person", "partial"),
            (
                "that kind of talk has no place in our city.",
                "Ana Ruiz",
                "person",
                "partial",
            ),
        ],
    ),
    (
        "evidence-verbs-and-a-cable",
        "Mayor Urges Calm\n\nMayor Ana Ruiz spoke in Leeds on Monday, warning that the chaos since the vote underscores a need for \u201ccalm, steady leadership at city hall.\u201d\n\nA cable from the embassy, released on Tuesday, says the port lacks \u201cbasic security and response capability.\u201d\n",
        [
            ("calm, steady leadership at city hall.", "Ana Ruiz", "person", "partial"),
            ("basic security and response capability.", "embassy", "organization", "partial"),
        ],
    ),
    (
        "the-group-is-not-the-outlet-it-told",
        "Pier Row\n\nThe National Trust would not answer the claim, telling BBC Radio Kent that the charity is focused on the pier.\n\n\u201cThis season, we are focused on saving the pier,\u201d the group said.\n",
        [
            (
                "This season, we are focused on saving the pier,",
                "National Trust",
                "organization",
                "direct",
            )
        ],
    ),
    (
        "the-company-is-the-one-that-acted",
        "Port Lawsuit\n\nThe suit was filed in Newark on Monday.\n\nIn it, General Motors accuses the Port Authority of New York of closing its terminal without notice.\n\n\u201cWe had no choice but to go to court,\u201d the company said in a statement.\n",
        [("We had no choice but to go to court,", "General Motors", "organization", "direct")],
    ),
    (
        "a-name-someone-calls-someone-is-speech",
        "Budget Feud\n\nMayor Ana Ruiz joined a group called \u201cWomen for Ohio\u201d in May.\n\nHer rival, Councilor Lena Holt, called Ruiz the \u201cQueen of Cuts\u201d at a rally on Friday.\n\nAt the bank, Ms. Ruiz said she and her staff referred to themselves as \u201cThe Night Shift Club.\u201d\n",
        [
            ("Queen of Cuts", "Lena Holt", "person", "partial"),
            ("The Night Shift Club.", "Ana Ruiz", "person", "partial"),
        ],
    ),
    (
        "refers-to-someone-as",
        "Odd Couple\n\nMayor Ana Ruiz and Councilor Lena Holt share a stage most weeks.\n\nHolt refers to the mayor as \u201cMadam Mayor,\u201d while Ruiz refers to the councilor as \u201cLena.\u201d\n",
        [
            ("Madam Mayor,", "Lena Holt", "person", "partial"),
            ("Lena.", "Ana Ruiz", "person", "partial"),
        ],
    ),
    (
        "said-then-a-participle-clause",
        "Band News\n\nThe band and producer Ivo Brandt spent the winter on new material.\n\n\u201cWe had finished twenty tracks before Ivo ever came in,\u201d Oduya said, mentioning the delayed record is \u201cnearly there.\u201d\n",
        [
            ("We had finished twenty tracks before Ivo ever came in,", "Oduya", "person", "direct"),
            ("nearly there.", "Oduya", "person", "partial"),
        ],
    ),
    (
        "double-apostrophe-quotes-after-a-title",
        "Mayor Hits Back\n\nThe mayor answered the charge on Sunday.\n\n''It is nonsense,'' Mayor Ana Ruiz said by telephone on WKRC's ''Morning Line.'' ''He invents facts on every subject, and the whole town can tell.''\n",
        [
            ("It is nonsense,", "Ana Ruiz", "person", "direct"),
            (
                "He invents facts on every subject, and the whole town can tell.",
                "Ana Ruiz",
                "person",
                "direct",
            ),
        ],
    ),
    (
        "said-in-an-interview-aired-monday",
        "Budget Night\n\nMayor Ana Ruiz spoke first, before Councilor Ivo Brandt arrived. \u201cWe began with no money at all,\u201d Brandt said in an interview with the Courier aired Monday on \u201cMorning Line.\u201d \u201cNo volunteers either.\u201d\n",
        [
            ("We began with no money at all,", "Ivo Brandt", "person", "direct"),
            ("No volunteers either.", "Ivo Brandt", "person", "direct"),
        ],
    ),
    (
        "talked-of-found-introduced-as",
        "The housing fight turned sharp on Tuesday.\n\nReprising a line from her launch, Councilor Mira Osei talked about protecting \u201cthe homes our parents built\u201d and her promise \u201cto keep every library open.\u201d\n\nAt a dinner later, Mayor Dale Pruett introduced Osei as \u201cthe hardest worker on the council.\u201d\n\nIn a study released in March, the Lakeside Institute found that \u201cone renter in three skips meals to pay the rent.\u201d\n\nEditors at the Harbor Review have fought the plan for months. The magazine called it \u201ca giveaway dressed as reform.\u201d\n\nThe town issued a statement Monday saying the senator's remarks \u201cdo not speak for us\u201d and asked him to visit.\n",
        [
            ("the homes our parents built", "Mira Osei", "person", "partial"),
            ("to keep every library open.", "Mira Osei", "person", "partial"),
            ("the hardest worker on the council.", "Dale Pruett", "person", "partial"),
            (
                "one renter in three skips meals to pay the rent.",
                "Lakeside Institute",
                "organization",
                "partial",
            ),
            ("a giveaway dressed as reform.", "Harbor Review", "organization", "partial"),
            ("do not speak for us", "town", "organization", "partial"),
        ],
    ),
    (
        "mr-and-ms-namesakes-and-closing-verbs",
        "Two Haddads, two verdicts\n\nOmar Haddad and his wife, Layla Haddad, spoke at the rally for Ana Ruiz. Mr. Haddad said little.\n\nMs. Haddad, in a letter printed in the Courier, rebuked the mayor. ''Everyone who saw me felt it,'' Ms. Haddad wrote. She continued: ''Does he really need to ask why I kept quiet?''\n\nThe mayor's campaign quickly sent an email to supporters stating, “The Haddads have been misled.”\n\nBen Okoro, an actor, filmed the rally for his channel. The crowd cheered, and then Okoro continues: “This town will not be sold.”\n",
        [
            ("Everyone who saw me felt it,", "Layla Haddad", "person", "direct"),
            ("Does he really need to ask why I kept quiet?", "Layla Haddad", "person", "direct"),
            ("The Haddads have been misled.", "mayor's campaign", "organization", "direct"),
            ("This town will not be sold.", "Ben Okoro", "person", "direct"),
        ],
    ),
    (
        "age-after-a-photo-credit",
        "The clip shows the actor Ben Okoro on a rainy film set. Marta Lind via Getty Images.\n\n“Did anyone else have a week like mine?” the 52-year-old asked in the description of the clip.\n",
        [("Did anyone else have a week like mine?", "Ben Okoro", "person", "direct")],
    ),
    (
        "he-of-a-name-mostly-given-to-women",
        "Union rejects the port deal\n\nCourtney Abara, the dockworkers' union president, met the port director, Tomas Ruiz, on Monday.\n\nAbara said he would not sign Ruiz's offer. “We have been patient for two years,” he said. “Patience has run out.”\n",
        [
            ("We have been patient for two years,", "Courtney Abara", "person", "direct"),
            ("Patience has run out.", "Courtney Abara", "person", "direct"),
        ],
    ),
    (
        "heralded-voiced-pronounced-and-his-old-friend",
        "Trade pact signed in Bergen\n\nChancellor Ina Berg heralded the trade deal with Norway as a “breakthrough.”\n\nTed Marsh says his “old friend” Ana Ruiz ran a fair negotiation.\n\nAfter the talks, Berg voiced her hope for a “long and quiet peace” and pronounced the summit “a turning point.”\n",
        [
            ("breakthrough.", "Ina Berg", "person", "partial"),
            ("old friend", "Ted Marsh", "person", "partial"),
            ("long and quiet peace", "Ina Berg", "person", "partial"),
            ("a turning point.", "Ina Berg", "person", "partial"),
        ],
    ),
    (
        "space-before-a-closing-mark-and-began",
        'Budget fight spills into the hall\n\nCouncilor Rita Vance spoke after the vote.\n\n"They find a line from a decade back and act as if, \'Wow, this is news,\' " Vance said at the meeting. "But nobody asks about the budget."\n\nThe treasurer, Tom Holt, was next. Mayor Ana Ruiz had already left. "We owe the bank more than we can pay," Holt began.\n',
        [
            (
                "They find a line from a decade back and act as if, 'Wow, this is news,' ",
                "Rita Vance",
                "person",
                "direct",
            ),
            ("But nobody asks about the budget.", "Rita Vance", "person", "direct"),
            ("We owe the bank more than we can pay,", "Tom Holt", "person", "direct"),
        ],
    ),
    (
        "party-before-a-name-question-then-asked-and-another",
        'Council row over the budget\n\n“The majority is so angry about the vote that it is taking it out on the mayor," said Council ranking Democrat Ellen Price (D-Md.). "Their final weeks in office go to this.”\n\nIf the network was breached — as several engineers suspect, though the vendor firmly disputes — “how could anyone not inspect the machines?” asked Tom Ruiz, now a partner at a law firm.\n\nFans posted all night. Dan Okoro replied to the post. Okoro tweeted, “The mayor did the same last week.”\n\nAnother tweeted, “The mayor thinks she is above the rules.”\n',
        [
            (
                "The majority is so angry about the vote that it is taking it out on the mayor,",
                "Ellen Price",
                "person",
                "direct",
            ),
            ("Their final weeks in office go to this.", "Ellen Price", "person", "direct"),
            ("how could anyone not inspect the machines?", "Tom Ruiz", "person", "direct"),
            ("The mayor did the same last week.", "Dan Okoro", "person", "direct"),
            ("The mayor thinks she is above the rules.", None, None, "direct"),
        ],
    ),
    (
        "partial-quotes-a-verb-of-the-speaker-governs",
        'Harbor vote splits the council\n\nCouncilor Mina Torres spent the week on the radio, portraying the harbor plan as a "giveaway" to developers.\n\nHer rival, Councilor Paul Ekwueme, has sparred with Torres for years over the budget, at one point calling her a "spoiler" who was not "serious."\n\nThe vote came late on Tuesday. That led Torres to skip the dinner and call the result "a sad day," a remark her staff later softened.\n\nThe council met in a "cozy" room above the library.\n',
        [
            ("giveaway", "Mina Torres", "person", "partial"),
            ("spoiler", "Paul Ekwueme", "person", "partial"),
            ("serious.", "Paul Ekwueme", "person", "partial"),
            ("a sad day,", "Mina Torres", "person", "partial"),
        ],
    ),
    (
        "a-partial-quote-with-no-verb-of-its-own-goes-on",
        'Mill town weighs its future\n\nThe mill closed in May. "The town has changed for good," said Omar Lind, the mayor. For young families, on the other hand, "there is simply no way back."\n\nAcross the river, Dr. Nia Abara runs the clinic. "We see more patients every month," she said. Among older workers in particular, "the strain shows in the waiting room."\n',
        [
            ("The town has changed for good,", "Omar Lind", "person", "direct"),
            ("there is simply no way back.", "Omar Lind", "person", "partial"),
            ("We see more patients every month,", "Nia Abara", "person", "direct"),
            ("the strain shows in the waiting room.", "Nia Abara", "person", "partial"),
        ],
    ),
    (
        "surnames-the-tagger-reads-as-modals",
        'Columnist scolds the council\n\nColumnist Dana May has followed the harbor fight for a decade. "The council has lost its way on the budget," May wrote on Sunday.\n\nHer colleague at the paper, Harold Will, disagreed. Will described the budget as "sound" and "quietly sensible."\n',
        [
            ("The council has lost its way on the budget,", "Dana May", "person", "direct"),
            ("sound", "Harold Will", "person", "partial"),
            ("quietly sensible.", "Harold Will", "person", "partial"),
        ],
    ),
    (
        "the-moderator-is-not-the-candidate-who-went-on",
        'Candidates spar over policing\n\nCouncil candidate Tom Vance faced the panel on Tuesday night. "There are many who say phones have changed policing for good," the moderator said. "What would you change first?"\n\n"I would start with training," Vance said.\n\nThe moderator, Rita Okafor, pressed him on the cost. "Money alone fixes nothing, right?" Vance went on.\n',
        [
            (
                "There are many who say phones have changed policing for good,",
                "moderator",
                "unnamed",
                "direct",
            ),
            ("What would you change first?", "moderator", "unnamed", "direct"),
            ("I would start with training,", "Tom Vance", "person", "direct"),
            ("Money alone fixes nothing, right?", "Tom Vance", "person", "direct"),
        ],
    ),
    (
        "a-body-named-after-a-person-speaks-as-itself",
        'Campaign hits back at report\n\nState Sen. Ana Ruiz held a rally in Ames on Monday. The Ruiz campaign called the audit "a plain smear." "We will not stop talking about jobs," the campaign said in an email to voters.\n\nThe Okafor administration rejected that view. "The audit speaks for itself," the Okafor administration said.\n',
        [
            ("a plain smear.", "Ruiz campaign", "organization", "partial"),
            ("We will not stop talking about jobs,", "Ruiz campaign", "organization", "direct"),
            ("The audit speaks for itself,", "Okafor administration", "organization", "direct"),
        ],
    ),
    (
        "a-hyphenated-voice-over-is-the-ad",
        'Water board race turns negative\n\nA group backing Mayor Lena Ortiz released a television spot on Friday.\n\n"Lena Ortiz has kept the taps running for ten years," the voice-over in the new ad states. "Keep her working for you."\n',
        [
            ("Lena Ortiz has kept the taps running for ten years,", "ad", "document", "direct"),
            ("Keep her working for you.", "ad", "document", "direct"),
        ],
    ),
    (
        "a-share-answers-for-the-survey-named-after-it",
        "Ferry Riders Split\n\nBarely half of commuters said the new timetable was \u201ca step backward,\u201d according to a survey by the Harbor Transit Board.\n\nAt the evening meeting, most riders said they were \u201cfed up\u201d with the delays.\n\nThe board's chair, Amos Leland, said the findings were \u201chard to read.\u201d\n",
        [
            ("a step backward,", "survey", "document", "partial"),
            ("fed up", "most riders", "unnamed", "partial"),
            ("hard to read.", "Amos Leland", "person", "partial"),
        ],
    ),
    (
        "a-share-far-from-any-poll-speaks-for-itself",
        "Dock Strike Drags On\n\nA poll last month found the port's owners losing public support.\n\nThe strike began in June. Talks broke down twice in August. The union's leader, Greta Holm, called the latest offer an insult.\n\nOn Tuesday, about 40 percent of the strikers said they felt \u201cforgotten\u201d by the city.\n",
        [
            ("forgotten", "about 40 percent of the strikers", "unnamed", "partial"),
        ],
    ),
    (
        "a-double-hyphen-leads-into-the-quote",
        "Levy Vote Looms\n\nThe council meets on Thursday to decide the road levy.\n\nCouncillor Bea Tran also embraced the levy -- \u201cI think a small charge is nothing next to a fallen bridge.\u201d\n",
        [
            (
                "I think a small charge is nothing next to a fallen bridge.",
                "Bea Tran",
                "person",
                "direct",
            ),
        ],
    ),
    (
        "a-cue-then-a-colon-and-the-gist",
        "Rivals Trade Barbs\n\nThe two candidates for sheriff met at the fairground on Saturday.\n\n\u201cThat is the fairy tale his whole run is built on,\u201d Dara Quist said: That Holloway had cut crime while it rose.\n",
        [
            ("That is the fairy tale his whole run is built on,", "Dara Quist", "person", "direct"),
        ],
    ),
    (
        "a-partial-quote-cut-into-sentences",
        "Harbor Plan Splits Town\n\nThe harbor board met on Monday to weigh the new plan.\n\nMayor Tessa Lund criticised the delay, saying that neighbours \u201cwatch these quarrels from the other shore. We have to sort ourselves out.\u201d\n\nThe two earlier plans \u201cwere timid. They were dull. There was no spark\u201d next to this one, board member Ivo Brandt said.\n",
        [
            (
                "watch these quarrels from the other shore. We have to sort ourselves out.",
                "Tessa Lund",
                "person",
                "partial",
            ),
            ("were timid. They were dull. There was no spark", "Ivo Brandt", "person", "partial"),
        ],
    ),
    (
        "a-name-before-an-aside-and-its-verb",
        "Town Hall Fire\n\nThe dispute had started Monday after Ms. Ruiz, asked about the fire at the town hall, had said, \u201cI think the builders cut plenty of corners too.\u201d\n",
        [
            ("I think the builders cut plenty of corners too.", "Ruiz", "person", "direct"),
        ],
    ),
    (
        "the-speakers-own-cue-is-not-someone-between",
        "Long Drive North\n\nThe senator will visit three farm towns on Friday, each under 400 people.\n\n\u201cOh my, those are tiny places,\u201d his county chair, Nils Varga, said. They also sit far from any big radio station. \u201cThat is a hard region to reach.\u201d\n",
        [
            ("Oh my, those are tiny places,", "Nils Varga", "person", "direct"),
            ("That is a hard region to reach.", "Nils Varga", "person", "direct"),
        ],
    ),
    (
        "a-closing-mark-set-off-by-a-space",
        "Clinic Funding Holds\n\nThe county kept its three rural clinics open for another year.\n\n''The reason she has done so well is that she built very broad coalitions, '' said Mr. Okafor, who now runs Ms. Lindqvist's reelection campaign. ''She does not see herself as a partisan. She sees herself as fighting for patients.''\n",
        [
            (
                "The reason she has done so well is that she built very broad coalitions,",
                "Okafor",
                "person",
                "direct",
            ),
            (
                "She does not see herself as a partisan. She sees herself as fighting for patients.",
                "Okafor",
                "person",
                "direct",
            ),
        ],
    ),
    (
        "a-partial-quote-that-is-the-main-clause-goes-on",
        "Valley Race Tightens\n\nVoters in the valley were restless on the eve of the primary.\n\n''It's a huge moment,'' said Dana Pruitt, a veteran strategist on Ken Morrow's campaign in 2010 and Amy Lutz's in 2014. Unless more rivals quit soon, ''it's very hard to see how she is stopped.''\n",
        [
            ("It's a huge moment,", "Dana Pruitt", "person", "direct"),
            ("it's very hard to see how she is stopped.", "Dana Pruitt", "person", "partial"),
        ],
    ),
    (
        "a-name-after-says-between-commas",
        'The Mill Turns 200\n\nThe charm of the old mill, says Lionel Brant, historian at the Civic Archive, is that it still "hums like a living thing."\n',
        [
            (
                "hums like a living thing.",
                "Lionel Brant",
                "person",
                "partial",
            ),
        ],
    ),
    (
        "names-in-brackets-are-an-aside",
        'The Senator Who Ran the Room\n\nThe puzzle of the senator, says Priya Venn, archivist at the State Library, is how she became "the most feared voice on the committee," not through her votes (think Amos Reel and Lyle Dunn) but through her "iron grip on the agenda."\n',
        [
            ("the most feared voice on the committee,", "Priya Venn", "person", "partial"),
            ("iron grip on the agenda.", "Priya Venn", "person", "partial"),
        ],
    ),
    (
        "a-partial-quote-over-sentences-no-reporting-verb",
        'Harbor Budget Debate\n\nMayor Ines Fadel compared the harbor budget to "a leaky bucket. Every year we pour more in and every year it drains away."\n\nCouncilor Rob Tallis likened the new ferry schedule to "a slow train. It leaves late, it arrives later, and nobody rides it."\n',
        [
            (
                "a leaky bucket. Every year we pour more in and every year it drains away.",
                "Ines Fadel",
                "person",
                "partial",
            ),
            (
                "a slow train. It leaves late, it arrives later, and nobody rides it.",
                "Rob Tallis",
                "person",
                "partial",
            ),
        ],
    ),
    (
        "a-headline-without-a-full-stop-is-not-part-of-a-name",
        'Port Plans\n\nInes Fadel spent the spring pushing "a bold overhaul of the port. The cranes are forty years old and the crews know it."\n',
        [
            (
                "a bold overhaul of the port. The cranes are forty years old and the crews know it.",
                "Ines Fadel",
                "person",
                "partial",
            ),
        ],
    ),
    (
        "a-given-name-english-speakers-give-to-women",
        'Tax Plan Wins Backers\n\nState Senator Maria Ochoa has called the plan "reckless." But former state treasurer Jan Whitby, an early backer of the governor, calls the tax plan "a lifeline" for small towns. "People out here want to keep their shops open," she said in an interview.\n',
        [
            ("reckless.", "Maria Ochoa", "person", "partial"),
            ("a lifeline", "Jan Whitby", "person", "partial"),
            ("People out here want to keep their shops open,", "Jan Whitby", "person", "direct"),
        ],
    ),
    (
        "a-surname-the-tagger-reads-as-a-plural-noun",
        'Clinic Reopens\n\nChris Fields, the nurse who led the fight for the clinic, toured the new wing on Monday.\n\nRobert Lane, a parent, said he had waited two years and asked how Fields\' plan would help his son.\n\nFields said the new wing would treat children first. "Every family here has waited long enough," he said.\n',
        [
            ("Every family here has waited long enough,", "Chris Fields", "person", "direct"),
        ],
    ),
    (
        "a-transcript-pasted-in-quotation-marks",
        'Holmes Defends Harbor Deal\n\nSenator Ray Holmes defended the harbor deal on Tuesday in a debate run by anchor Jill Garcia. A partial transcript follows:\n\n"GARCIA:\u00a0 Senator, on the night of the vote, you told your staff the deal was done. Some of the dockworkers say you misled them. Listen.\n\n"VIDEO: He told us our jobs were safe and then he signed it anyway.\n\n"GARCIA: Senator, did you mislead them?\n\n"HOLMES: I understand their anger, and I share it, but they are wrong. We told them everything we knew when we knew it."\n',
        [
            (
                "Senator, on the night of the vote, you told your staff the deal was done. Some of the dockworkers say you misled them. Listen.",
                "Jill Garcia",
                "person",
                "direct",
            ),
            ("He told us our jobs were safe and then he signed it anyway.", None, None, "direct"),
            ("Senator, did you mislead them?", "Jill Garcia", "person", "direct"),
            (
                "I understand their anger, and I share it, but they are wrong. We told them everything we knew when we knew it.",
                "Ray Holmes",
                "person",
                "direct",
            ),
        ],
    ),
    (
        "a-name-its-apposition-and-a-verb-parsed-as-a-modifier",
        'Schools Debate\n\nThe state board met on Monday to weigh the new tests.\n\nMarlow, a Bush ally, called Ohio\'s standards "strong."\n',
        [("strong.", "Marlow", "person", "partial")],
    ),
    (
        "according-to-reaches-a-second-partial-quote",
        'Candidate Releases Health Report\n\nAccording to his longtime physician, the developer had "astonishingly good" results in his latest exam and shows "remarkable" stamina.\n',
        [
            ("astonishingly good", "his longtime physician", "unnamed", "partial"),
            ("remarkable", "his longtime physician", "unnamed", "partial"),
        ],
    ),
    (
        "what-someone-makes-others-do-is-their-word",
        'Town Hall\n\nCouncil member Ana Pryor ticked off a list of issues important to her, including making big firms pay their "fair share" to the county and rebuilding the county\'s "crumbling roads."\n',
        [
            ("fair share", "Ana Pryor", "person", "partial"),
            ("crumbling roads.", "Ana Pryor", "person", "partial"),
        ],
    ),
    (
        "a-known-name-the-tagger-reads-as-an-adverb",
        'Data Team\n\nParty veteran Bill Tunnelly said he had worked with both men for years.\n\nAnd Tunnelly called Reyna "a real sharp guy. I would bet he understands the data better than anyone."\n',
        [
            (
                "a real sharp guy. I would bet he understands the data better than anyone.",
                "Bill Tunnelly",
                "person",
                "partial",
            ),
        ],
    ),
    (
        "a-pull-quote-signed-with-a-hyphen",
        'Convention Notebook\n\nDelegates filled the hall on the second night.\n\n"We came to be heard, and we were heard."\n\n-Rosa Delgado, Albuquerque.\n\n"Every speech tonight was about the next four years."\n\n-Tomas Brandt, Des Moines.\n',
        [
            ("We came to be heard, and we were heard.", "Rosa Delgado", "person", "direct"),
            (
                "Every speech tonight was about the next four years.",
                "Tomas Brandt",
                "person",
                "direct",
            ),
        ],
    ),
    (
        "a-name-the-recogniser-missed-speaks-and-is-he",
        'Mosque Opens Its Doors\n\nInside the hall - a former bank with the old vault still in its basement - Adel Tarsi said he and many others had come to give blood. Ali Baraka, a former member who left for Yemen years ago, had once prayed there too.\n\n"We are heartbroken," Tarsi said. He said the gunman "was never one of us."\n\n"We teach nothing of the kind" in our classes, he said.\n',
        [
            ("We are heartbroken,", "Adel Tarsi", "person", "direct"),
            ("was never one of us.", "Adel Tarsi", "person", "partial"),
            ("We teach nothing of the kind", "Adel Tarsi", "person", "direct"),
        ],
    ),
    (
        "said-then-a-participle-before-the-title-and-name",
        'Debate Night\n\n"She hadn\'t seen it," said one aide.\n\n"I\'m not going to call it an error, so drop it," said retired surgeon Ben Oduya, asked about his claim that he had been offered a place at the academy.\n',
        [
            ("She hadn't seen it,", "aide", "unnamed", "direct"),
            ("I'm not going to call it an error, so drop it,", "Ben Oduya", "person", "direct"),
        ],
    ),
    (
        "can-be-heard-asking",
        'Town Hall Tape\n\n"Would a public list of every landlord help the county?" one reporter is heard asking Ruiz on the tape after a forum in Dover.\n',
        [
            (
                "Would a public list of every landlord help the county?",
                "reporter",
                "unnamed",
                "direct",
            )
        ],
    ),
    (
        "a-partial-after-its-speakers-sentence-goes-on-with-them",
        'Shelter Fees Climb\n\nRosa Delgado, who runs the county shelter, said fees had doubled since spring.\n\n"Nobody planned for this many families," Delgado added. But that is not the same thing as "a failure of the staff."\n\nThe old rules, she said, made it hard to hire cooks. Money can still come through, but usually only when "the board is feeling generous."\n',
        [
            ("Nobody planned for this many families,", "Rosa Delgado", "person", "direct"),
            ("a failure of the staff.", "Rosa Delgado", "person", "partial"),
            ("the board is feeling generous.", "Rosa Delgado", "person", "partial"),
        ],
    ),
    (
        "made-a-point-of-saying",
        'Harbor Vote\n\nCouncilwoman Ines Varga voted against the dredging plan on Tuesday. She made a point of noting that the harbor "has fed this town for a century," and that the crews "deserve a seat at the table."\n',
        [
            ("has fed this town for a century,", "Ines Varga", "person", "partial"),
            ("deserve a seat at the table.", "Ines Varga", "person", "partial"),
        ],
    ),
    (
        "a-possessive-speech-noun-rejection",
        'Years Later, a Speech Still Echoes\n\nIt was Governor Tomas Brandt\'s sharp rejection of "the politics of the easy answer" at a rally in 2009 that first drew national notice.\n',
        [("the politics of the easy answer", "Tomas Brandt", "person", "partial")],
    ),
    (
        "a-chain-of-she-runs-past-the-sentences-of-a-long-quote",
        'Clinic Row\n\nLena Ortiz, who ran the clinic for a decade, spoke at the hearing on Monday. She has said the board ignored her warnings. She has also clashed with the owner\'s wife, Maria Vance, over the budget.\n\nOn Tuesday, she said the owner, Paul Vance, had called her at home.\n\n"He called the front desk and they put him through. He said he wanted to talk. I did not know what to say. I told him to call the lawyer. Then I hung up," she said.\n',
        [
            (
                "He called the front desk and they put him through. He said he wanted to talk. I did not know what to say. I told him to call the lawyer. Then I hung up,",
                "Lena Ortiz",
                "person",
                "direct",
            )
        ],
    ),
    (
        "it-reporting-is-the-document-or-body-just-before",
        'Tenants Sue Over Heating Failures\n\nTenants of two tower blocks in Marlow Heights have sued their landlord, Crestline Property Group, over a winter without working heat.\n\nFiled on Monday in the county court, the complaint says the company ignored "more than forty written requests" for repairs. It describes the boilers as "unsafe and beyond their service life."\n\nCrestline Property Group said it would fight the case. "We have spent more on these buildings than any owner before us," it said in a statement.\n',
        [
            ("more than forty written requests", "complaint", "document", "partial"),
            ("unsafe and beyond their service life.", "complaint", "document", "partial"),
            (
                "We have spent more on these buildings than any owner before us,",
                "Crestline Property Group",
                "organization",
                "direct",
            ),
        ],
    ),
    (
        "the-department-is-the-department-named-before-not-the-last-body",
        'Port Authority Halts Night Shipping\n\nThe Department of Coastal Transport has ordered a halt to night shipping in the Orrin estuary after two collisions in a week.\n\n"No vessel over forty metres may move between dusk and dawn," the department said on Tuesday.\n\nPilots were furious. The Estuary Pilots Guild called the order "a blunt tool" and warned that ferries would be cut. Harbor Freight Lines, the biggest operator, said it would divert boats to the north channel.\n\nThe department defended the ban. "Two collisions in a week is two too many," it said.\n',
        [
            (
                "No vessel over forty metres may move between dusk and dawn,",
                "Department of Coastal Transport",
                "organization",
                "direct",
            ),
            ("a blunt tool", "Estuary Pilots Guild", "organization", "partial"),
            (
                "Two collisions in a week is two too many,",
                "Department of Coastal Transport",
                "organization",
                "direct",
            ),
        ],
    ),
    (
        "a-broadcast-transcript-with-roles-after-the-labels",
        "Evening Desk: The last ferry on the Skell\n\nHANNAH ORLOV, HOST: Good evening. For ninety years a ferry has crossed the Skell at Wendle. On Friday it stops for good. Our reporter Tomas Kirby rode it one last time.\n\nTOMAS KIRBY, BYLINE: The deck hand, Petra Lindqvist, has worked this crossing for twenty-two years.\n\nPETRA LINDQVIST: Twenty-two years next month. I know every post on both landings.\n\nKIRBY: What will you do on Saturday?\n\nLINDQVIST: Sleep late. Then I will probably come down here and watch the water.\n\n(LAUGHTER)\n\nKIRBY: The county says a new bridge upstream makes the boat too costly to run.\n\nORLOV: (LAUGHTER) Thank you. Tomas Kirby on the Skell.\n",
        [
            (
                "Good evening. For ninety years a ferry has crossed the Skell at Wendle. On Friday it stops for good. Our reporter Tomas Kirby rode it one last time.",
                "Hannah Orlov",
                "person",
                "direct",
            ),
            (
                "The deck hand, Petra Lindqvist, has worked this crossing for twenty-two years.",
                "Tomas Kirby",
                "person",
                "direct",
            ),
            (
                "Twenty-two years next month. I know every post on both landings.",
                "Petra Lindqvist",
                "person",
                "direct",
            ),
            ("What will you do on Saturday?", "Tomas Kirby", "person", "direct"),
            (
                "Sleep late. Then I will probably come down here and watch the water.",
                "Petra Lindqvist",
                "person",
                "direct",
            ),
            (
                "The county says a new bridge upstream makes the boat too costly to run.",
                "Tomas Kirby",
                "person",
                "direct",
            ),
            ("Thank you. Tomas Kirby on the Skell.", "Hannah Orlov", "person", "direct"),
        ],
    ),
    (
        "a-headline-role-label-is-the-person-of-the-story-with-that-role",
        'Mayor: Harbor Bridge Plan Is \'Dead\'\n\nMayor Corinne Vashti said Tuesday that the county\'s plan for a second harbor bridge "will not survive the winter."\n\nThe county executive, Arno Pelt, disagreed. "The money is there," he said.\n',
        [
            ("Dead", "Corinne Vashti", "person", "partial"),
            ("will not survive the winter.", "Corinne Vashti", "person", "partial"),
            ("The money is there,", "Arno Pelt", "person", "direct"),
        ],
    ),
    (
        "a-word-of-kinship-gives-a-lone-given-name-its-gender",
        'Corner Bakery Turns 25\n\nNora Vitale opened the bakery in 1998. She still starts the ovens at four. Her son, Luca, handles the books now, and her nephew Marco drives the van.\n\n"I never wanted to be anywhere else," she said.\n\n"She says that every year," Luca said, laughing. "Then she takes a week in Sicily."\n',
        [
            ("I never wanted to be anywhere else,", "Nora Vitale", "person", "direct"),
            ("She says that every year,", "Luca Vitale", "person", "direct"),
            ("Then she takes a week in Sicily.", "Luca Vitale", "person", "direct"),
        ],
    ),
    (
        "a-name-beside-an-age-or-after-the-other-speaks",
        'Rowing Club Names Its Crews of the Year\n\nTwo crews shared the top award at the Millhaven Rowing Club dinner on Friday.\n\nWaiting by the lectern beside the club\'s oldest boat, the Kestrel, deckhand-turned-captain Fergus Dunlop-Mackay, 61, explained why the vote had been so close:\n\n"Both crews won every race they entered. Nobody on the committee could choose between them."\n\nThe women\'s four and the veterans\' eight each received a silver oar. "I nearly dropped my oar at the start," said the first, Ana Kessler. "I thought we had lost. So we were both wrong," said the other, Tobias Ferro-Lind.\n\n"We train at dawn all winter," said one rower, Ilse Marten.\n\n"Will you row together next year?" asked the club\'s president, Gideon Ashe, to laughter.\n',
        [
            (
                "Both crews won every race they entered. Nobody on the committee could choose between them.",
                "Fergus Dunlop-Mackay",
                "person",
                "direct",
            ),
            ("I nearly dropped my oar at the start,", "Ana Kessler", "person", "direct"),
            (
                "I thought we had lost. So we were both wrong,",
                "Tobias Ferro-Lind",
                "person",
                "direct",
            ),
            ("We train at dawn all winter,", "Ilse Marten", "person", "direct"),
            ("Will you row together next year?", "Gideon Ashe", "person", "direct"),
        ],
    ),
    (
        "a-pronoun-in-a-relative-clause-is-the-sentence-subject-not-the-last-speaker",
        'Wardley Hold On for a Draw\n\nWardley drew 1-1 at Kessington on Saturday, and their manager, Ravi Desai, said he was pleased with the point.\n\nKessington\'s captain, Kemal Arslan, thought his side deserved more. "We had the chances and did not take them," Arslan said.\n\nDesai kept his warmest words for the defender Ivo Lund, whose block on Arslan in the last minute he called "the best tackle of the season."\n',
        [
            ("We had the chances and did not take them,", "Kemal Arslan", "person", "direct"),
            ("the best tackle of the season.", "Ravi Desai", "person", "partial"),
        ],
    ),
    (
        "a-signature-under-a-vox-pop-quote-beats-the-lead-in-asking",
        'Shoppers Weigh In on the New Parking Fees\n\nThe town council\'s new parking charges took effect on Monday. The Wellbrook Courier asked shoppers on the high street about them:\n\n"I come in twice a week, and now I will pay for the privilege." — Hettie Carrow, 72, Wellbrook\n\n"It is only a pound. People will get used to it." — Samir Oduya, 38, Lower Fennick\n',
        [
            (
                "I come in twice a week, and now I will pay for the privilege.",
                "Hettie Carrow",
                "person",
                "direct",
            ),
            ("It is only a pound. People will get used to it.", "Samir Oduya", "person", "direct"),
        ],
    ),
    (
        "a-section-label-in-a-headline-is-no-speaker",
        "Analysis: Is the Port Levy Really a 'Stealth Tax'?\n\nOpponents of the port levy say it is a tax by another name. Councillor Brynn Alsop, who backs the levy, disagrees. \"It pays for the dredging, and nothing else,\" she said.\n",
        [("It pays for the dredging, and nothing else,", "Brynn Alsop", "person", "direct")],
    ),
    (
        "a-name-spoken-to-is-not-the-next-she",
        "Transcript: Radio Phone-In on the Ring Road\n\nThe following is an excerpt from Wednesday's phone-in on Radio Tallis, hosted by Diane Holt, with the county's highways chief, Rhona Pike, and a caller, Oren Brisk.\n\nHOLT: Our first caller is on the line. Go ahead.\n\nBRISK: Diane, that is simply not good enough, and the chief knows it. I drive that road every day. Last spring she told the Tallis Gazette, \"The ring road will be open by Christmas.\" It still is not.\n\nPIKE: I did say that, and I was wrong. The contractor went bust in the summer.\n",
        [("The ring road will be open by Christmas.", "Rhona Pike", "person", "direct")],
    ),
    (
        "a-document-signed-by-someone-speaks-as-itself-and-a-paper-is-no-person",
        'Library Trust Moved Reserve Funds, Memo Shows\n\nThe Harlow Library Trust moved $2 million out of its building reserve last spring, an internal memo shows.\n\nThe memo, dated May 3 and signed by the trust\'s finance director, Agnes Rundle, described the move as "temporary." It recommended that trustees be told "once the figures settle."\n\nThe Harlow Echo, which has covered the trust for years, characterized Rundle\'s explanation as "thin" in an editorial on Sunday.\n',
        [
            ("temporary.", "memo", "document", "partial"),
            ("once the figures settle.", "memo", "document", "partial"),
            ("thin", "Harlow Echo", "organization", "partial"),
        ],
    ),
    (
        "a-statement-from-a-named-officer-introduced-by-a-colon-is-hers",
        'Port Workers Win Pay Deal\n\nThe Harbour Workers Guild released a statement from its president, Nadia Ferrante:\n\n"This deal is the first real raise our members have had in six years.\n\n"We thank everyone who stood on the picket line."\n',
        [
            (
                "This deal is the first real raise our members have had in six years.",
                "Nadia Ferrante",
                "person",
                "direct",
            ),
            (
                "We thank everyone who stood on the picket line.",
                "Nadia Ferrante",
                "person",
                "direct",
            ),
        ],
    ),
    (
        "the-congresswoman-is-the-representative-not-the-assemblywoman",
        'Water Plan Splits Valley Delegation\n\nRep. Imelda Sorensen has backed the valley water plan since it was first drafted. Assemblywoman Petra Vance, who opposes it, spent Monday at a rally in Dunmore.\n\n"Farmers will pay for this plan long after the ribbon is cut," the 61-year-old congresswoman said on Tuesday, conceding that the costs were real.\n',
        [
            (
                "Farmers will pay for this plan long after the ribbon is cut,",
                "Imelda Sorensen",
                "person",
                "direct",
            )
        ],
    ),
    (
        "a-headline-naming-its-speaker-before-on-and-a-topic",
        "Okafor on the Harbor Tunnel Vote: 'We Will Find the Money'\n\nCouncilwoman Ruth Okafor said Tuesday that the city would pay for the harbor tunnel without raising fares. \"We will find the money,\" she said.\n",
        [
            ("We Will Find the Money", "Ruth Okafor", "person", "partial"),
            ("We will find the money,", "Ruth Okafor", "person", "direct"),
        ],
    ),
    (
        "an-ad-narrator-continues-that",
        'Ad Wars Heat Up in Ohio Race\n\nThe new spot opens on an empty factory floor. "They told us the jobs would come back," a narrator says.\n\nThe narrator continues that in "Dale Brenner\'s Ohio, the plants stay shut and the bills keep coming."\n',
        [
            ("They told us the jobs would come back,", "narrator", "unnamed", "direct"),
            (
                "Dale Brenner's Ohio, the plants stay shut and the bills keep coming.",
                "narrator",
                "unnamed",
                "partial",
            ),
        ],
    ),
    (
        "a-name-before-a-party-bracket-speaks",
        'Lawmakers Split Over Rail Bill\n\nTuesday on a Boston radio show, while discussing a bill likened to a toll on commuters, Chairman of the Transport Committee Rep. Colm Havers (D-Mass.) said "nobody should pay twice for the same train."\n',
        [("nobody should pay twice for the same train.", "Colm Havers", "person", "partial")],
    ),
    (
        "a-list-of-verbs-whose-parse-lost-its-subject",
        'Senator Answers the Unions\n\nMs. Lindqvist backs "a fair raise," rejects "a freeze on every paycheck" and recalled the winter of the shutdown: "I watched good people go without pay for a month."\n',
        [
            ("a fair raise,", "Lindqvist", "person", "partial"),
            ("a freeze on every paycheck", "Lindqvist", "person", "partial"),
            ("I watched good people go without pay for a month.", "Lindqvist", "person", "direct"),
        ],
    ),
    (
        "he-added-after-a-sentence-reporting-no-one-else-is-the-last-speaker",
        'Funding Row Splits Party Committee\n\nThe committee\'s chairman, Oren Trask, defended the spending to its biggest donor, Pell Hargrove. "Every dollar went where the polls told us to send it," Trask told reporters on Monday. Mr. Hargrove, who made his money in freight, has put $2 million of his own into the committee. "We will publish the full accounts in June," he added.\n',
        [
            (
                "Every dollar went where the polls told us to send it,",
                "Oren Trask",
                "person",
                "direct",
            ),
            ("We will publish the full accounts in June,", "Oren Trask", "person", "direct"),
        ],
    ),
    (
        "a-speaker-does-not-name-herself-in-her-own-quote",
        'Neighbours Run the Watch Group\n\nNell Brickley, 71, handles the group\'s phone tree. Joy Marlin, 69, runs its website and its email list. Brickley admits she still cannot work the printer. "Nell makes the calls and I send the emails. I have written more this year than in the rest of my life," she said.\n',
        [
            (
                "Nell makes the calls and I send the emails. I have written more this year than in the rest of my life,",
                "Joy Marlin",
                "person",
                "direct",
            )
        ],
    ),
    (
        "he-added-after-someone-else-reports-is-that-someone",
        'Funding Row Splits Party Committee\n\nThe committee\'s chairman, Oren Trask, defended the spending. "Every dollar went where the polls told us to send it," Trask told reporters on Monday. Mr. Hargrove, the committee\'s biggest donor, said by phone that he wanted an audit. "I would like the books opened before the next cycle," he added.\n',
        [
            (
                "Every dollar went where the polls told us to send it,",
                "Oren Trask",
                "person",
                "direct",
            ),
            (
                "I would like the books opened before the next cycle,",
                "Hargrove",
                "person",
                "direct",
            ),
        ],
    ),
    (
        "a-complaint-of-several-plaintiffs-speaks-as-itself",
        "Voter ID Law Struck Down\n\nA federal judge struck down the state's voter identification law on Friday. The plaintiffs' original complaint was blunt:\n\n\"The law puts its heaviest burden on voters who have cast ballots at the same church hall for forty years.\"\n",
        [
            (
                "The law puts its heaviest burden on voters who have cast ballots at the same church hall for forty years.",
                "complaint",
                "document",
                "direct",
            )
        ],
    ),
    (
        "fact-check-labels-in-capitals-are-no-speakers",
        "Sheriff Race Heats Up\n\nTHE CLAIM: The sheriff said the county has the lowest crime rate in the region.\n\nTHE FACTS: State figures put the county third of five counties in the region.\n\nTHE CLAIM: The challenger said response times had doubled.\n\nTHE FACTS: County records show response times rose by about a fifth.\n",
        [],
    ),
    (
        "a-persons-report-of-what-a-recording-confirmed-is-hers",
        'Grain Board Tape Stirs Growers\n\nGrowers\' advocate Ruth Ekdahl said the leaked recording confirmed "what every barley farmer in the county already knew."\n',
        [
            (
                "what every barley farmer in the county already knew.",
                "Ruth Ekdahl",
                "person",
                "partial",
            )
        ],
    ),
    (
        "a-speaking-noun-beside-a-name-the-tagger-called-a-place",
        'Turnout Fears in Marlow County\n\nThe county\'s Republican chairman, Lyle Ambrose, insisted the party\'s operation was "stronger than ever." His Democratic counterpart, Beverly Sayre, said her volunteers were hearing from "a lot of voters who are simply worn out."\n',
        [
            ("stronger than ever.", "Lyle Ambrose", "person", "partial"),
            ("a lot of voters who are simply worn out.", "Beverly Sayre", "person", "partial"),
        ],
    ),
    (
        "a-dateline-in-capitals-is-no-person-and-an-aged-surname-is",
        'Senate Rivals Clash in Only Debate\n\nLARKSPUR FALLS, Nev. — The only debate in the Senate race turned into a shouting match on Thursday, with Democrat Celia Ruiz calling her opponent, Rep. Garrett Holm, "unfit for any office."\n\nHolm brushed the charge aside. "My opponent has nothing to show for twenty years but a pension," he said.\n\nRuiz, 52, later told reporters that Holm had "no plan and no numbers." She said his tax plan would be "a disaster for working families."\n',
        [
            ("unfit for any office.", "Celia Ruiz", "person", "partial"),
            (
                "My opponent has nothing to show for twenty years but a pension,",
                "Garrett Holm",
                "person",
                "direct",
            ),
            ("no plan and no numbers.", "Celia Ruiz", "person", "partial"),
            ("a disaster for working families.", "Celia Ruiz", "person", "partial"),
        ],
    ),
    (
        "a-party-word-beside-a-role-is-no-name",
        'Governor Unveils Pension Plan\n\nGov. Marian Kessler outlined the plan in a speech to the Legislature. The governor, a Republican in her first term, said the pension system was "a promise nobody can keep."\n',
        [("a promise nobody can keep.", "Marian Kessler", "person", "partial")],
    ),
    (
        "a-headline-verbs-role-subject-is-the-person-of-the-story",
        "Mayor Calls Leaked Tape 'Shameful'\n\nPORT DALLOWAY, Fla. — Mayor Yvette Sandoval on Monday called a leaked recording of a state senator \"shameful\" and asked him to apologize.\n",
        [
            ("Shameful", "Yvette Sandoval", "person", "partial"),
            ("shameful", "Yvette Sandoval", "person", "partial"),
        ],
    ),
    (
        "vox-pop-signatures-under-quotes-in-doubled-apostrophes",
        "Voices From the Fair\n\nThe crowd was restless.\n\n''I was laid off in 2009 and I am still waiting for somebody to notice.''\n— Gary Lindqvist, 58, Pellet Ridge\n\n''My daughter told me, 'Mom, there is nothing here,' and she moved away.''\n— Bonnie Strahl, 61, Birch Lake\n",
        [
            (
                "I was laid off in 2009 and I am still waiting for somebody to notice.",
                "Gary Lindqvist",
                "person",
                "direct",
            ),
            (
                "My daughter told me, 'Mom, there is nothing here,' and she moved away.",
                "Bonnie Strahl",
                "person",
                "direct",
            ),
        ],
    ),
    (
        "words-someone-is-told-to-say-are-the-bidders",
        'Growers Press Senator Over Tape\n\nFarm bureau president Joan Feeney demanded that the senator explain "which of his two farm bills he actually believes in."\n',
        [
            (
                "which of his two farm bills he actually believes in.",
                "Joan Feeney",
                "person",
                "partial",
            )
        ],
    ),
    (
        "words-of-a-report-inside-a-report-are-the-tellers",
        'Nominee Calms House Democrats\n\nSenator Ines Harrow met House Democrats behind closed doors on Wednesday.\n\nRep. Alma Vidal (D-Ore.) said Harrow had promised members that the party would be "united by the end of the summer."\n\nRep. Tobias Greer (D-Md.) said Harrow urged them to stay "on message and on the doorsteps."\n',
        [
            ("united by the end of the summer.", "Alma Vidal", "person", "partial"),
            ("on message and on the doorsteps.", "Tobias Greer", "person", "partial"),
        ],
    ),
    (
        "a-campaign-committee-named-for-its-candidate-is-an-organization",
        'Campaign Hits Back at Rival\n\nSenator Ines Carrow attacked the governor\'s budget on Friday. In a statement released that evening, Pruett for America called the criticism "rich from someone who voted for every deficit."\n',
        [
            (
                "rich from someone who voted for every deficit.",
                "Pruett for America",
                "organization",
                "partial",
            )
        ],
    ),
    (
        "an-unnamed-sources-employer-stops-before-its-aside",
        'Board Pauses Voter Purge\n\nThe board\'s decision takes effect at once, said a spokeswoman for the Marlow County elections office, which oversees voter rolls. "No names will be removed before the audit," the spokeswoman said.\n',
        [
            (
                "No names will be removed before the audit,",
                "spokeswoman for the Marlow County elections office",
                "unnamed",
                "direct",
            )
        ],
    ),
    (
        "the-democrat-is-a-person-described-by-party",
        'Democrat Courts Farm Vote\n\nPaul Haverlund toured three dairy farms on Saturday. The Democrat, who grew up milking cows, said the visits were personal. "I grew up in a town of 900 people," the Democrat said.\n',
        [("I grew up in a town of 900 people,", "Paul Haverlund", "person", "direct")],
    ),
    (
        "a-trailing-teller-owns-the-words-she-reports",
        'Protester Recounts Rally Scuffle\n\nMarisa Kettering, 24, held up a handmade sign near the stage on Friday night. Supporters of the candidate tore it from her hands, pushed her toward the exit and began calling her "a paid agitator," she said in an interview on Saturday. "I paid for that poster board myself," Kettering said.\n',
        [
            ("a paid agitator,", "Marisa Kettering", "pronoun", "partial"),
            ("I paid for that poster board myself,", "Marisa Kettering", "person", "direct"),
        ],
    ),
    (
        "a-participle-joined-to-saying-belongs-to-its-teller",
        'Senator Defends Housing Bill\n\nSen. Orrin Vasquez pushed back on the criticism Thursday, saying the bill had strong safeguards and arguing that he and Gov. Celia Brandt shared "nearly identical goals on rents." Brandt did not respond to a request for comment.\n',
        [("nearly identical goals on rents.", "Orrin Vasquez", "person", "partial")],
    ),
    (
        "a-report-in-a-while-clause-is-its-own-speakers",
        'Rivals Turn on Front-Runner\n\nSen. Lorna Pellham suggested on Tuesday that a nominee who dodges questions cannot win in the fall, while Sen. Abel Cranwick said that the "stakes in this race are too high" for the front-runner to be chosen.\n',
        [("stakes in this race are too high", "Abel Cranwick", "person", "partial")],
    ),
    (
        "a-surname-the-tagger-reads-as-a-plural-opens-a-sentence",
        'Poll Shows Tight Race\n\nSen. Warren Sellers and Gov. Nadia Briskin are tied among likely voters, a new survey found. "I will keep fighting," Briskin said. Tom Acker, a pollster, said the race was close.\n\nSellers has consistently pushed his promise of "free college" as a way to appeal to young voters.\n',
        [
            ("I will keep fighting,", "Nadia Briskin", "person", "direct"),
            ("free college", "Warren Sellers", "person", "partial"),
        ],
    ),
    (
        "a-verb-joined-to-a-reported-clause-is-the-tellers",
        'Depot Plan Splits Ward\n\nCouncilwoman Ines Barrow, whose ward includes the rail yard, says the depot will bring 300 jobs to an area that has lost two factories, and calls the neighbors\' lawsuit "a delay dressed up as a principle."\n\nA spokesman for the neighbors\' group, who asked not to be named, said the depot was far too close to the school and described the city\'s review as "a rubber stamp with a letterhead."\n',
        [
            ("a delay dressed up as a principle.", "Ines Barrow", "person", "partial"),
            ("a rubber stamp with a letterhead.", "spokesman", "unnamed", "partial"),
        ],
    ),
    (
        "mrs-and-her-son-share-a-surname",
        "Bypass Vote Splits Village\n\nThe parish council backed the bypass route on Tuesday night.\n\nMrs Colley, who chairs the residents' association, said villagers had raised £9,000 and were ‘not going anywhere’.\n\nHer son, Rhys Colley, who runs the garage on Mill Street, was less certain. He said some drivers would welcome ‘a quicker road to the coast’.\n\n‘Mum and I argue about most things,’ said Mr Colley, 34.\n",
        [
            ("not going anywhere", "Colley", "person", "partial"),
            ("a quicker road to the coast", "Rhys Colley", "pronoun", "partial"),
            ("Mum and I argue about most things,", "Rhys Colley", "person", "direct"),
        ],
    ),
    (
        "an-untagged-name-vouched-for-by-the-role-after-it",
        "Grocer Buys Snack Maker\n\nHalvern Foods agreed on Monday to buy Tillby Snacks for $410 million. Halvern said the deal would close in the spring.\n\nMitchell Obi, an analyst at Larch & Penrose, was more upbeat than most. He said the deal gave Halvern “a real foothold with younger shoppers.”\n",
        [("a real foothold with younger shoppers.", "Mitchell Obi", "pronoun", "partial")],
    ),
    (
        "a-company-by-the-first-word-of-its-name",
        "Depot Approved After Stormy Meeting\n\nThe scheme, put forward by the haulage firm Pellworth Logistics, will turn 40 acres of farmland near Wendlebury into a lorry park.\n\n‘My father farmed that land for forty years,’ said Mr Danby, 62. ‘Now it will be tarmac.’\n\nPellworth said it was ‘delighted’ with the decision and that building work would start ‘early in the new year’.\n",
        [
            ("My father farmed that land for forty years,", "Danby", "person", "direct"),
            ("Now it will be tarmac.", "Danby", "person", "direct"),
            ("delighted", "Pellworth Logistics", "organization", "partial"),
            ("early in the new year", "Pellworth Logistics", "organization", "partial"),
        ],
    ),
    (
        "said-that-a-and-that-b-is-the-tellers-in-both",
        "The Organizer Who Keeps a Parking Ticket\n\nDELMONT, Ohio — Marcus Tollefsen keeps a framed parking ticket on the wall of his office.\n\nNot everyone is a fan. Theresa Vantrell, who ran a rival campaign, said his operation had been “scorched earth dressed up as data.”\n\nTold of the remark, Tollefsen laughed. He said that he and Vantrell had exchanged cards for 20 years and that she had once called him “the only honest man in a dishonest business.”\n",
        [
            ("scorched earth dressed up as data.", "Theresa Vantrell", "person", "partial"),
            (
                "the only honest man in a dishonest business.",
                "Marcus Tollefsen",
                "pronoun",
                "partial",
            ),
        ],
    ),
    (
        "a-state-and-party-description-and-the-subject-told-before",
        "Rivals Trade Fire Over Border Plan\n\nSen. Brent Callan on Sunday tore into former Gov. Nolan Varro's immigration plan.\n\nThe Arizona Republican, who has surged in the polls, said the plan would reward “millions of people who cut in line.”\n\nThe former governor hit back on Monday. “He would not know a plan if it bit him,” the 67-year-old said.\n\nThe former governor spoke again at a diner in Akron. He said his plan was “the toughest in the race.”\n",
        [
            ("millions of people who cut in line.", "Brent Callan", "description", "partial"),
            ("He would not know a plan if it bit him,", "Nolan Varro", "description", "direct"),
            ("the toughest in the race.", "Nolan Varro", "pronoun", "partial"),
        ],
    ),
    (
        "embedded-posts-and-a-body-labelled-on-social-media",
        "Senator's Remark Draws Online Fire\n\nSen. Brent Carlow said on Thursday that women “tend to vote with their hearts.”\n\nHere is a sampling of the reaction online:\n\n“Some of us vote with our hearts. Some of us vote with our spreadsheets.”\n— Dana Leske (@danaleske) March 3, 2016\n\n“My mother ran a hardware store for 40 years.”\n— Rep. Mara Quillen (@RepMaraQuillen) March 3, 2016\n\nThe Women’s Voter League, on social media: “We looked at the spreadsheet. It says November.”\n",
        [
            ("tend to vote with their hearts.", "Brent Carlow", "person", "partial"),
            (
                "Some of us vote with our hearts. Some of us vote with our spreadsheets.",
                "Dana Leske",
                "person",
                "direct",
            ),
            ("My mother ran a hardware store for 40 years.", "Mara Quillen", "person", "direct"),
            (
                "We looked at the spreadsheet. It says November.",
                "Women’s Voter League",
                "organization",
                "direct",
            ),
        ],
    ),
    (
        "a-name-in-apposition-after-a-phrase-is-the-subject",
        "Rivals Pile On\n\nGOP pollster Kristin Alder tweeted a single word before telling reporters the remark was “the kind of thing that costs you suburbs.”\n\nThe senator's rival for the nomination, Lorraine Pickett, herself a retired cardiac surgeon, could not resist. “I have held a lot of hearts in my hands,” she told reporters in Tulsa.\n",
        [
            ("the kind of thing that costs you suburbs.", "Kristin Alder", "person", "partial"),
            ("I have held a lot of hearts in my hands,", "Lorraine Pickett", "pronoun", "direct"),
        ],
    ),
    (
        "a-place-before-the-verb-is-not-its-subject",
        "Varro Bets on Patience\n\nCONCORD SPRINGS, N.H. — Nolan Varro told voters on Thursday that the party faced a choice.\n\nMs. Pickett, asked about Mr. Varro’s remarks during a stop at a diner in nearby Pelham Corners, said that she respected his service but that voters were “not shopping for a résumé this year.”\n",
        [("not shopping for a résumé this year.", "Pickett", "person", "partial")],
    ),
    (
        "fact-check-labels-and-a-name-that-opens-the-quoted-clause",
        "Fact Check: The Pay Raise Ad\n\nCLAIM: “Brent Callan voted to raise his own pay three times,” the ad's narrator says.\n\nSecure Futures PAC stands by the ad. Rory Falkner, the group's executive director, who called this fact check “nitpicking,” said Callan “had three chances to stop his own raise.”\n\nCLAIM: “I have never voted for a pay raise in my life,” Callan said in a debate.\n",
        [
            ("Brent Callan voted to raise his own pay three times,", "ad", "document", "direct"),
            ("nitpicking,", "Rory Falkner", "person", "partial"),
            ("had three chances to stop his own raise.", "Rory Falkner", "person", "partial"),
            ("I have never voted for a pay raise in my life,", "Brent Callan", "person", "direct"),
        ],
    ),
    (
        "a-headline-does-not-lend-a-company-its-words",
        "Halvern Foods Workers Strike at Two Plants\n\nWorkers at two Halvern Foods plants walked off the job on Monday. Halvern said it would keep the lines running “with salaried staff and temporary workers.”\n",
        [
            (
                "with salaried staff and temporary workers.",
                "Halvern Foods",
                "organization",
                "partial",
            )
        ],
    ),
    (
        "a-reactions-list-signed-with-party-and-by-bodies",
        "Court Orders New Maps\n\nThe state Supreme Court on Friday struck down the legislative maps.\n\nReaction to the ruling:\n\n“Four judges have overruled 163 elected legislators. We will comply.”\n— House Speaker Bradley Fenwick (R)\n\n“We have always said these maps were fair.”\n— Ozark Liberty Council\n",
        [
            (
                "Four judges have overruled 163 elected legislators. We will comply.",
                "Bradley Fenwick",
                "person",
                "direct",
            ),
            (
                "We have always said these maps were fair.",
                "Ozark Liberty Council",
                "organization",
                "direct",
            ),
        ],
    ),
    (
        "the-second-of-two-who-clauses-is-the-same-person",
        "Drop Boxes Pulled\n\nStanding beside her was Awan’s nephew, Lionel Tahari, who drives his uncle to the polls and who said of the trip to the nearest box: “It used to be a ten-minute errand. Now it is a half-day trip.”\n",
        [
            (
                "It used to be a ten-minute errand. Now it is a half-day trip.",
                "Lionel Tahari",
                "person",
                "direct",
            )
        ],
    ),
    (
        "printed-interview-questions-and-answers",
        "Five questions for a lighthouse keeper turned novelist\n\nMarguerite Okonjo spent eleven winters alone on a rock off the northern coast before she wrote a word of fiction. Her third novel, about a keeper who stops answering the radio, comes out next week. She spoke with staff writer Piers Lindqvar at her home. The conversation has been edited for length.\n\nQ: Why did you leave the lighthouse?\n\nA: The service automated it. One morning a man in a van came with a box of circuits and that was that.\n\nQ: Is the new book about you?\n\nA: Everyone asks. The keeper in the book is braver than I was, and ruder.\n\nQ: What do you miss?\n\nA: The silence, mostly. You learn the birds' names when nobody else is talking.\n\nOkonjo will read from the novel at the town library on Thursday.\n",
        [
            ("Why did you leave the lighthouse?", "Piers Lindqvar", "person", "direct"),
            (
                "The service automated it. One morning a man in a van came with a box of circuits and that was that.",
                "Marguerite Okonjo",
                "person",
                "direct",
            ),
            ("Is the new book about you?", "Piers Lindqvar", "person", "direct"),
            (
                "Everyone asks. The keeper in the book is braver than I was, and ruder.",
                "Marguerite Okonjo",
                "person",
                "direct",
            ),
            ("What do you miss?", "Piers Lindqvar", "person", "direct"),
            (
                "The silence, mostly. You learn the birds' names when nobody else is talking.",
                "Marguerite Okonjo",
                "person",
                "direct",
            ),
        ],
    ),
    (
        "interview-asked-by-two-reporters",
        "Q&A: Budget chief Delphine Arkwright on the deficit and her next job\n\nDelphine Arkwright has run the county's budget office for nine years. Her boss, County Executive Warrick Tembo, announced last month that she would step down in June, and Tembo has praised her as \"the adult in every room.\" Arkwright sat down with reporters Ana Pruitt and Colm Essery on Tuesday. The interview has been condensed.\n\nQ: The deficit is back. Whose fault is it?\n\nA: Nobody's, and everybody's. Sales tax came in soft two years running.\n\nQ: Did Warrick Tembo push you out?\n\nA: No. Warrick asked me to stay another term. I said no. Nine years is plenty.\n",
        [
            ("the adult in every room.", "Warrick Tembo", "person", "partial"),
            ("The deficit is back. Whose fault is it?", "interviewer", "unnamed", "direct"),
            (
                "Nobody's, and everybody's. Sales tax came in soft two years running.",
                "Delphine Arkwright",
                "person",
                "direct",
            ),
            ("Did Warrick Tembo push you out?", "interviewer", "unnamed", "direct"),
            (
                "No. Warrick asked me to stay another term. I said no. Nine years is plenty.",
                "Delphine Arkwright",
                "person",
                "direct",
            ),
        ],
    ),
    (
        "hearing-transcript-with-an-interviewer-label",
        "Transit hearing: the exchange\n\nThe following exchange took place at Monday's hearing between council member Rosalind Feeney and the city's transit director, Bartholomew Achebe-Corrin, who was questioned by Feeney for nearly an hour.\n\nINTERVIEWER: Mr. Achebe-Corrin, when did you learn the buses were late?\n\nACHEBE-CORRIN: In March, from the drivers.\n\nINTERVIEWER: And you told no one?\n\nACHEBE-CORRIN: I told my deputy. That was a mistake.\n",
        [
            (
                "Mr. Achebe-Corrin, when did you learn the buses were late?",
                "Rosalind Feeney",
                "person",
                "direct",
            ),
            ("In March, from the drivers.", "Bartholomew Achebe-Corrin", "person", "direct"),
            ("And you told no one?", "Rosalind Feeney", "person", "direct"),
            (
                "I told my deputy. That was a mistake.",
                "Bartholomew Achebe-Corrin",
                "person",
                "direct",
            ),
        ],
    ),
    (
        "councillor-abbreviated",
        "Marina vote splits council\n\nMayor Holt Brenlow has not said how he will vote.\n\n\"We are not against boats. We are against this marina, at this size,\" Coun. Pella Varnavides, the council's only independent member, said at Monday's meeting.\n",
        [
            (
                "We are not against boats. We are against this marina, at this size,",
                "Pella Varnavides",
                "person",
                "direct",
            )
        ],
    ),
    (
        "a-nickname-many-give",
        'The quiet man of the concert hall\n\nOrchestra players along the coast call him "the Tuner," and he answers to it. Fennick Arroway has kept the hall\'s pianos for thirty years.\n\nA cellist, Marit Holm, said he was "the best listener I know."\n',
        [("the best listener I know.", "Marit Holm", "person", "partial")],
    ),
    (
        "who-after-a-role-in-apposition",
        'Audit row deepens\n\nThe auditors will report in May. Among the critics is Corbin Ayles, a former county treasurer who called the audit "a fishing trip with a calculator."\n',
        [("a fishing trip with a calculator.", "Corbin Ayles", "person", "partial")],
    ),
    (
        "a-quote-opening-on-its-verb",
        'Deck trial opens\n\nDefense lawyer Piet Dunleavy asked the court to keep the photographs from jurors. Before testimony began, Circuit Judge Amara Quist denied the motion to keep jurors from seeing photographs of the injured guests, which Dunleavy had called "designed to inflame, not to inform."\n',
        [("designed to inflame, not to inform.", "Piet Dunleavy", "person", "partial")],
    ),
    (
        "vox-pop-list-with-bullets",
        'What voters told us about the bridge\n\nChannel 9 talked with people at the general store on Tuesday. Here is some of what we heard:\n\n• Osgood Pellmore, 68, of Fairbank: "Fix it right or leave it alone. Just don\'t turn it into a museum."\n\n• Lavinia Strand, 35, of Elmhurst Flats: "My kids think it\'s a castle. I\'d rather they keep thinking that from the sidewalk."\n',
        [
            (
                "Fix it right or leave it alone. Just don't turn it into a museum.",
                "Osgood Pellmore",
                "person",
                "direct",
            ),
            (
                "My kids think it's a castle. I'd rather they keep thinking that from the sidewalk.",
                "Lavinia Strand",
                "person",
                "direct",
            ),
        ],
    ),
    (
        "he-is-not-the-man-his-clause-names",
        'Late save sends Norbury through\n\nJasper Callow, the Norbury goaltender, made 36 saves. Friars captain Desmond Ruark had a clear look from the slot in the last minute and picked the top corner. He said afterward that he never saw the shot leave Ruark\'s stick and had "just guessed, and guessed right."\n',
        [("just guessed, and guessed right.", "Jasper Callow", "pronoun", "partial")],
    ),
    (
        "a-description-of-the-person-just-introduced",
        'Harbour tower divides the hill\n\nThe developer wants to build 84 flats on the old cannery lot.\n\nAmbrose Tellwright, 71, has lived on the hill above the harbour for 44 years. From his kitchen he can see the lighthouse. The new building would sit squarely in the way.\n\n"I\'m not going to pretend it\'s about anything bigger than that," the retired fisherman said. "It\'s my window."\n\nMaribel Oyston, 41, crosses the harbour bridge twice a day to take her children to school.\n\n"Six extra miles each way, twice a day. You do the math on gas," the mother of three said.\n',
        [
            (
                "I'm not going to pretend it's about anything bigger than that,",
                "Ambrose Tellwright",
                "description",
                "direct",
            ),
            ("It's my window.", "Ambrose Tellwright", "description", "direct"),
            (
                "Six extra miles each way, twice a day. You do the math on gas,",
                "Maribel Oyston",
                "description",
                "direct",
            ),
        ],
    ),
    (
        "in-her-words",
        'Sea-floor pioneer dies at 88\n\nDr. Ines Wardlow spent 34 years at the Kestrel Marine Institute. Her book drew a generation of students into a field that had been, in her words, "mostly men, mostly boats and mostly guessing."\n\nIn the words of her longtime colleague Bram Tessaro, she was "impossible to argue with and impossible not to love."\n\nKestrel said in a statement that she had been "the institute\'s compass for three decades."\n',
        [
            ("mostly men, mostly boats and mostly guessing.", "Ines Wardlow", "pronoun", "partial"),
            (
                "impossible to argue with and impossible not to love.",
                "Bram Tessaro",
                "person",
                "partial",
            ),
            (
                "the institute's compass for three decades.",
                "Kestrel Marine Institute",
                "organization",
                "partial",
            ),
        ],
    ),
    (
        "one-party-member-beside-the-partys-committee",
        'Donors plan ad blitz\n\nThe Republican National Committee will meet in Cleveland in May.\n\n"You are going to see a massive ad spend," said one Republican involved in the planning, who asked not to be named.\n',
        [("You are going to see a massive ad spend,", "Republican", "unnamed", "direct")],
    ),
    (
        "a-body-name-the-recogniser-cut-short",
        'Grant audit widens\n\nState auditors are reviewing three years of payments to a youth charity run by a council member\'s sister-in-law.\n\nThe charity, Bright Futures of Alder Springs, said in a statement that it "has met every condition of every grant it has received."\n',
        [
            (
                "has met every condition of every grant it has received.",
                "Bright Futures of Alder Springs",
                "organization",
                "partial",
            )
        ],
    ),
    (
        "the-age-names-the-person",
        'ROOFER CAGED FOR CONNING PENSIONERS\n\nConman Dale Ferriby, 37, cold-called homes across the county, the court heard.\n\nWidower Amos Tolland, 77, handed over £9,500 after Ferriby told him his chimney was about to fall in.\n\nSpeaking outside court, the 77-year-old said: "I would have paid anything to keep my late wife\'s house standing."\n\nDetective Constable Mina Farrant linked the case to three other complaints.\n\n"He had a script, a van full of broken slates and no conscience," said DC Farrant.\n',
        [
            (
                "I would have paid anything to keep my late wife's house standing.",
                "Amos Tolland",
                "description",
                "direct",
            ),
            (
                "He had a script, a van full of broken slates and no conscience,",
                "Mina Farrant",
                "person",
                "direct",
            ),
        ],
    ),
    (
        "honorifics-of-an-indian-daily",
        "Deshmane predicts second term\n\nKOTHRALI: Chief Minister Shri Ravindra Deshmane on Sunday said that the ruling front would return to power with “a bigger mandate than last time”.\n\nReacting to the remarks, Smt. Sushila Walvekar, who heads the opposition, said that the Chief Minister was “dreaming in daylight”.\n",
        [
            ("a bigger mandate than last time", "Ravindra Deshmane", "person", "partial"),
            ("dreaming in daylight", "Sushila Walvekar", "person", "partial"),
        ],
    ),
    (
        "radio-interview-the-reporter-speaks-with-the-guest",
        "New sirens get their first test Saturday\n\nThe county's new warning sirens will sound for the first time on Saturday at noon.\n\nKBRT's Odell Quennell spoke with county fire marshal Petra Ollerton on Thursday about how the system will work. Their conversation has been edited.\n\nQ: What will it sound like?\n\nA: A rising and falling tone, for three minutes.\n\nQ: And if people hear it at another time?\n\nA: Then it is real. Go inside and be ready to leave.\n",
        [
            ("What will it sound like?", "Odell Quennell", "person", "direct"),
            ("A rising and falling tone, for three minutes.", "Petra Ollerton", "person", "direct"),
            ("And if people hear it at another time?", "Odell Quennell", "person", "direct"),
            (
                "Then it is real. Go inside and be ready to leave.",
                "Petra Ollerton",
                "person",
                "direct",
            ),
        ],
    ),
    (
        "the-noun-of-an-apposition-is-a-role",
        'Sirens to sound on Saturday\n\nMaude Dorrit, a retired postmaster who lives on Creek Road, did not get the evacuation text last August. Her neighbour, Ida Penhallow, did.\n\n"I\'ll believe in the sirens when I hear one," the postmaster said.\n',
        [
            (
                "I'll believe in the sirens when I hear one,",
                "Maude Dorrit",
                "description",
                "direct",
            )
        ],
    ),
    (
        "a-body-named-with-a-possessive",
        "Hospital to print hearts\n\nSurgeons at St. Osric’s Children’s Hospital have used printed models to plan 40 operations.\n\nIn a statement, St. Osric’s said it would offer the models “to every child facing heart surgery here by next year.”\n",
        [
            (
                "to every child facing heart surgery here by next year.",
                "St. Osric’s Children’s Hospital",
                "organization",
                "partial",
            )
        ],
    ),
    (
        "a-place-or-business-in-apposition-is-no-person",
        'Hearth and home\n\nChef Maren Orrell opened Ysolde Carrick, a 20-seat restaurant in an old forge, in 2019. Last spring Ysolde Carrick won a regional prize, and the waiting list grew to four months.\n\n"The fire decides the menu," the 46-year-old said.\n',
        [("The fire decides the menu,", "Maren Orrell", "description", "direct")],
    ),
    (
        "a-kin-role-before-a-name-with-an-age-after-it",
        'Club dinner\n\nHer mother, Morwenna Lellick, now 71 and still living above the shop, remembers it differently. Marisol Quenneville was a wild child, the family says.\n\n"She burned my curtains when she was nine," her mother said. "I told her to learn to cook on it."\n',
        [
            (
                "She burned my curtains when she was nine,",
                "Morwenna Lellick",
                "description",
                "direct",
            ),
            ("I told her to learn to cook on it.", "Morwenna Lellick", "description", "direct"),
        ],
    ),
    (
        "an-unlabelled-name-that-acts-is-who-she-is",
        'Ferry service to end after ninety years\n\nMarisol Quenneville grew up beside the slipway, where her mother ran the ferry office for three decades. Last week the county voted to end the service.\n\n"The boat was the only road we had," she said.\n',
        [("The boat was the only road we had,", "Marisol Quenneville", "pronoun", "direct")],
    ),
    (
        "the-junior-is-the-junior-forward",
        'Comets edge Mustangs\n\nTallulah Brisco, a 6-foot-2 junior forward, scored 24 points. Coach Sabine Dorrington called the last play for her, but the Mustangs sent two defenders, and Petronella Quarrie, a senior guard, hit the winner from the wing.\n\n"It was supposed to be for me," the junior said. "They sent two, so I found the open shooter."\n',
        [
            ("It was supposed to be for me,", "Tallulah Brisco", "description", "direct"),
            (
                "They sent two, so I found the open shooter.",
                "Tallulah Brisco",
                "description",
                "direct",
            ),
        ],
    ),
    (
        "he-is-not-the-one-he-told",
        'Wall plans\n\nDov Pellinor asked Brisco Hallam how high the wall would be.\n\n"I think forty feet is a good height," he told Pellinor, to cheers from the crowd.\n',
        [("I think forty feet is a good height,", "Brisco Hallam", "pronoun", "direct")],
    ),
    (
        "an-interview-is-about-the-one-its-introduction-names-most",
        "The novelist at home\n\nIlsa Marchetti spent eleven years counting birds on a northern island before she wrote a word of fiction. Her second novel has sold well. Marchetti, 61, spoke with Kaspar Brackwater by phone from her home. The conversation has been edited.\n\nQ: Why birds?\n\nA: Because they never lie about the weather.\n\nQ: What are you writing now?\n\nA: A book about a lighthouse with no light.\n",
        [
            ("Why birds?", "Kaspar Brackwater", "person", "direct"),
            ("Because they never lie about the weather.", "Ilsa Marchetti", "person", "direct"),
            ("What are you writing now?", "Kaspar Brackwater", "person", "direct"),
            ("A book about a lighthouse with no light.", "Ilsa Marchetti", "person", "direct"),
        ],
    ),
    (
        "an-australian-councillor-is-cr",
        'Main street feels the drought\n\nShire Mayor Yvaine Dunmurry said two shops had closed on the main street since Easter.\n\n"The town runs on what the farms spend," Cr Dunmurry said.\n',
        [("The town runs on what the farms spend,", "Yvaine Dunmurry", "person", "direct")],
    ),
    (
        "an-indian-district-sp-and-collector",
        'Police bust fraud ring\n\nSuperintendent of Police Shri Omkar Rudrapal said the gang had targeted senior citizens in four districts.\n\n"The method was simple and very cruel," said the SP.\n\nDistrict Collector Ms. Vashti Gadgil said awareness camps would be held in every tehsil.\n\n"No officer will ever arrest you on a video call," the Collector said.\n',
        [
            ("The method was simple and very cruel,", "Omkar Rudrapal", "description", "direct"),
            (
                "No officer will ever arrest you on a video call,",
                "Vashti Gadgil",
                "description",
                "direct",
            ),
        ],
    ),
    (
        "the-taoiseach-and-a-td",
        'Clash over hospital hours\n\nTaoiseach Ruadh Ferriter replied that the change was temporary.\n\n"I would rather a department that is safe for twelve hours than one that is unsafe for twenty-four," he said.\n\nIndependent TD Wynstan Corrib, who lives near the hospital, said patients were being driven an hour away.\n\n"I have the date in my diary. I will be here," the Galloway TD said.\n',
        [
            (
                "I would rather a department that is safe for twelve hours than one that is unsafe for twenty-four,",
                "Ruadh Ferriter",
                "pronoun",
                "direct",
            ),
            (
                "I have the date in my diary. I will be here,",
                "Wynstan Corrib",
                "description",
                "direct",
            ),
        ],
    ),
    (
        "a-sentence-before-a-colon-is-no-label",
        'Question Time\n\nOpening Question Time, Opposition leader Nuala Sowden told the Premier: "You promised this hospital would stay open. Which of those was the truth?"\n\nThe Premier said the closure was temporary.\n',
        [
            (
                "You promised this hospital would stay open. Which of those was the truth?",
                "Nuala Sowden",
                "person",
                "direct",
            )
        ],
    ),
    (
        "his-daughter-takes-his-surname",
        'The boatyard\n\nArthur Hebblewhite died last November, aged 79. His daughter Tamsyn, an accountant in the city, came home for the funeral and never went back.\n\n"Everyone assumed I would sell it," she says.\n\n"Dad would have hated the courses," Tamsyn says.\n',
        [
            ("Everyone assumed I would sell it,", "Tamsyn Hebblewhite", "pronoun", "direct"),
            ("Dad would have hated the courses,", "Tamsyn Hebblewhite", "person", "direct"),
        ],
    ),
    (
        "a-radio-transcripts-host-label-is-the-host",
        "Ferry outage drags on\n\nOn Tuesday's morning show, host Maria Ostrova spoke with Robert Tessival, who runs the island's only store.\n\nHOST: What does the shelf look like this morning?\nTESSIVAL: Like a yard sale. Canned beans and birthday candles.\nHOST: And when is the milk coming?\nTESSIVAL: You would have to ask the province.\n",
        [
            (
                "What does the shelf look like this morning?",
                "Maria Ostrova",
                "description",
                "direct",
            ),
            (
                "Like a yard sale. Canned beans and birthday candles.",
                "Robert Tessival",
                "person",
                "direct",
            ),
            ("And when is the milk coming?", "Maria Ostrova", "description", "direct"),
            ("You would have to ask the province.", "Robert Tessival", "person", "direct"),
        ],
    ),
    (
        "the-words-belong-to-the-one-named-after",
        'Hearth and home\n\n"I have eaten here forty-one times. I keep a list in my wallet." The words belong to Orlaith Mossbury, a retired harbour pilot who has held the same table since the restaurant opened.\n',
        [
            (
                "I have eaten here forty-one times. I keep a list in my wallet.",
                "Orlaith Mossbury",
                "person",
                "direct",
            )
        ],
    ),
    (
        "she-said-it-in-the-next-paragraph",
        'Comets win in overtime\n\nKELBY - "I wanted the ball. I am not going to pretend I did not."\n\nJolene Tarrant said it with a shrug, a towel still over her shoulders, twenty minutes after her late three won the game.\n',
        [
            (
                "I wanted the ball. I am not going to pretend I did not.",
                "Jolene Tarrant",
                "person",
                "direct",
            )
        ],
    ),
    (
        "a-block-of-quotes-after-the-one-who-spoke",
        "Wexmoor mayor defends cuts\n\nMayor Tessaly Brandvik defended her budget on Tuesday, telling a radio station that the savings would “go deep.”\n\nWhat “go deep” means was left to listeners, since Brandvik spoke mostly in slogans during the interview.\n\n“We have to cut where it hurts.”\n“There is no other way to balance the books.”\n“Nobody said this job was a popularity contest.”\n\nCouncillor Idrena Casswell called the interview “a non-answer” and said the council would hold its own hearings.\n",
        [
            ("go deep.", "Tessaly Brandvik", "person", "partial"),
            ("We have to cut where it hurts.", "Tessaly Brandvik", "person", "direct"),
            ("There is no other way to balance the books.", "Tessaly Brandvik", "person", "direct"),
            (
                "Nobody said this job was a popularity contest.",
                "Tessaly Brandvik",
                "person",
                "direct",
            ),
            ("a non-answer", "Idrena Casswell", "person", "partial"),
        ],
    ),
    (
        "his-son-is-the-son-introduced-long-before",
        "The last pilot of Harrowgate\n\nAnsel Korvatch guided ships into Harrowgate harbour for forty-one years. He is 79 now and rarely goes down to the quay.\n\nKorvatch's son, Piran, 46, took over the pilot boat in 2009 and says he still hears his father on the radio in his head.\n\nThe harbour has changed around them. Container ships have replaced the coal boats, and the pilot boat is the only wooden hull left on the quay.\n\n“My father never told me I was ready,” Piran Korvatch says. “He told me when I was wrong, and that was the lesson.”\n\nHis sister, Lisandra Tobeck, runs the café by the ferry ramp and remembers a house that smelled of diesel.\n\n“He gave the harbour everything and we got what was left,” she says. “I love him. I am still a little angry.”\n\nThe harbour master, Quenby Ostrander, keeps a photograph of the old pilot boat above her desk.\n\n“There are charts and there are people who know the water,” Ostrander says. “Ansel knew the water.”\n\nThese days the old man listens to the radio traffic from his kitchen. “He still calls me after a bad night on the sandbar, and he always knows,” his son says.\n",
        [
            ("My father never told me I was ready,", "Piran Korvatch", "person", "direct"),
            (
                "He told me when I was wrong, and that was the lesson.",
                "Piran Korvatch",
                "person",
                "direct",
            ),
            (
                "He gave the harbour everything and we got what was left,",
                "Lisandra Tobeck",
                "pronoun",
                "direct",
            ),
            ("I love him. I am still a little angry.", "Lisandra Tobeck", "pronoun", "direct"),
            (
                "There are charts and there are people who know the water,",
                "Quenby Ostrander",
                "person",
                "direct",
            ),
            ("Ansel knew the water.", "Quenby Ostrander", "person", "direct"),
            (
                "He still calls me after a bad night on the sandbar, and he always knows,",
                "Piran Korvatch",
                "description",
                "direct",
            ),
        ],
    ),
    (
        "that-assessment-belongs-to-the-one-named-after",
        "Marisela Dunstable retires\n\n“Every nurse on this ward who can calm a frightened child learned it from her, or from someone she taught.”\n\nThat assessment belongs to Fennimore Ostrander, who ran the children's ward for twelve years before handing it to Marisela Dunstable.\n\n“She never raised her voice once,” Ostrander said.\n",
        [
            (
                "Every nurse on this ward who can calm a frightened child learned it from her, or from someone she taught.",
                "Fennimore Ostrander",
                "person",
                "direct",
            ),
            ("She never raised her voice once,", "Fennimore Ostrander", "person", "direct"),
        ],
    ),
    (
        "a-coach-who-began-before-anyone-asked",
        "Rookie Brisbee steals the show as Otters rally\n\nEGREMONT - The Egremont Otters came back from three goals down on Friday night, and the 18-year-old goaltender Thorvald Brisbee made 31 saves in his second start.\n\nOtters coach Yselda Caddock opened her news conference before anyone had asked a question.\n\n“We were flat for twenty minutes. I told them so at the break.\n\n“Then the kid made three saves in a row and the whole bench stood up.\n\n“After that we looked like ourselves again.”\n\nBrisbee shrugged off the praise. “The second one hit me on the shoulder. I never saw it,” he said.\n\nHis father, Harwin Brisbee, had driven five hours to watch. “He is going to be insufferable at dinner,” the goaltender said of him.\n",
        [
            (
                "We were flat for twenty minutes. I told them so at the break.",
                "Yselda Caddock",
                "person",
                "direct",
            ),
            (
                "Then the kid made three saves in a row and the whole bench stood up.",
                "Yselda Caddock",
                "person",
                "direct",
            ),
            ("After that we looked like ourselves again.", "Yselda Caddock", "person", "direct"),
            (
                "The second one hit me on the shoulder. I never saw it,",
                "Thorvald Brisbee",
                "pronoun",
                "direct",
            ),
            (
                "He is going to be insufferable at dinner,",
                "Thorvald Brisbee",
                "description",
                "direct",
            ),
        ],
    ),
    (
        "a-recorded-message-begins-after-its-words",
        "Rally rules\n\n“If someone starts shouting near you, please do not touch them,” begins a recorded message that plays before every rally of Senator Harwin Delacourt. To alert the police, the message continues, “hold a sign over your head.”\n\nDelacourt told reporters the message was “common sense.”\n",
        [
            (
                "If someone starts shouting near you, please do not touch them,",
                "recorded message",
                "document",
                "direct",
            ),
            ("hold a sign over your head.", "message", "document", "partial"),
            ("common sense.", "Harwin Delacourt", "person", "partial"),
        ],
    ),
    (
        "he-is-not-whom-he-would-back-earlier-in-his-sentence",
        "Wenlow election night\n\n9:21pm — Independent member Padraig Hessary has held his seat of Wenlow comfortably. Asked whether he would back Ms Arkwell or Mr Boleyne in a hung parliament, he said he had spoken to both of them this week. “My phone is on. My price has not changed,” he said.\n\n9:40pm — Mr Boleyne has arrived at his party in the town hall. “We will know by morning,” he said.\n",
        [
            ("My phone is on. My price has not changed,", "Padraig Hessary", "pronoun", "direct"),
            ("We will know by morning,", "Boleyne", "pronoun", "direct"),
        ],
    ),
    (
        "the-words-were-those-of-the-one-named-after",
        "The start-up that listens to hives thinks it can sell a million sensors\n\n“A happy hive hums low. A hive that has lost its queen goes sharp within a day.”\n\nThe words were those of Gwenllian Tregarthen, a third-generation beekeeper above Marazion who has judged her colonies by ear for thirty years.\n\n“We only taught a computer to do what she does,” says Lowenna Scillow, the company’s founder.\n",
        [
            (
                "A happy hive hums low. A hive that has lost its queen goes sharp within a day.",
                "Gwenllian Tregarthen",
                "person",
                "direct",
            ),
            (
                "We only taught a computer to do what she does,",
                "Lowenna Scillow",
                "person",
                "direct",
            ),
        ],
    ),
    (
        "she-said-set-off-inside-the-clause-it-reports",
        "Hive rules go to a vote\n\nThe council's environment officer, Morwenna Trevenna, said officers had drafted a compromise that would cap rooftop hives at six. The draft, she said, was “not a ban by another name,” although two councillors had described it in exactly those terms.\n\nThe plan, Trevenna added, would be “reviewed after one summer.”\n",
        [
            ("not a ban by another name,", "Morwenna Trevenna", "pronoun", "partial"),
            ("reviewed after one summer.", "Morwenna Trevenna", "person", "partial"),
        ],
    ),
    (
        "a-datelines-region-is-no-person-and-the-agency-is-the-office",
        "Mines keep farmers from their fields\n\nDOSTROVAN, Velmarra — The first thing Ardashir Tolbekov did when he came home was count the new graves on the hillside.\n\n“The orchard is where they put the mines,” the 71-year-old village elder said through an interpreter.\n\nIn a statement on Monday, the Regional Office for Returnee Assistance said its teams had cleared barely a fifth of the land. “Without more money, families will go on farming fields that have not been cleared,” the agency said.\n",
        [
            (
                "The orchard is where they put the mines,",
                "Ardashir Tolbekov",
                "description",
                "direct",
            ),
            (
                "Without more money, families will go on farming fields that have not been cleared,",
                "Regional Office for Returnee Assistance",
                "organization",
                "direct",
            ),
        ],
    ),
    (
        "an-ads-narrator-intones-and-the-ad-speaks",
        "Ad war in the Dunmarrow race\n\nSenator Orrick Tansley told supporters on Monday that the race was “close but ours.”\n\nA super PAC aligned with him began airing a spot the same day that opens on an empty grain elevator.\n\n“She has never planted a field. Never met a payroll,” the ad’s narrator intones over footage of his rival in a courtroom.\n",
        [
            ("close but ours.", "Orrick Tansley", "person", "partial"),
            ("She has never planted a field. Never met a payroll,", "ad", "document", "direct"),
        ],
    ),
    (
        "transcript-host-is-the-presenter",
        'Transcript: Can the allotments be saved?\n\nThis is an edited excerpt from Thursday\'s edition of "Greenside Hour" on Marrowfield FM. The presenter, Odile Stanwarth, spoke with Councillor Ewan Tressick about the plan to sell the Brookend allotments.\n\nHOST: Councillor, the plots have been there since 1946. Why sell them now?\n\nTRESSICK: Because the council has a hole in its budget, and the land is worth four million pounds.\n\nHOST: And the forty families who grow food there?\n\nTRESSICK: They will be offered plots at Hallam Lane.\n',
        [
            (
                "Councillor, the plots have been there since 1946. Why sell them now?",
                "Odile Stanwarth",
                "person",
                "direct",
            ),
            (
                "Because the council has a hole in its budget, and the land is worth four million pounds.",
                "Ewan Tressick",
                "person",
                "direct",
            ),
            ("And the forty families who grow food there?", "Odile Stanwarth", "person", "direct"),
            ("They will be offered plots at Hallam Lane.", "Ewan Tressick", "person", "direct"),
        ],
    ),
    (
        "interview-questions-by-unnamed-interviewer",
        "Q&A: A lighthouse keeper signs off\n\nAfter 38 years at the Skerrow light, Aurel Auldhame retires on Friday. He talked to us in the lamp room. The interview has been condensed.\n\nQ: What will you miss?\n\nA: The quiet, and the gannets.\n\nQ: And what won't you miss?\n\nA: The stairs. There are 112 of them.\n",
        [
            ("What will you miss?", "interviewer", "unnamed", "direct"),
            ("The quiet, and the gannets.", "Aurel Auldhame", "person", "direct"),
            ("And what won't you miss?", "interviewer", "unnamed", "direct"),
            ("The stairs. There are 112 of them.", "Aurel Auldhame", "person", "direct"),
        ],
    ),
    (
        "transcript-name-behind-role-word",
        "Ferry strike enters second week\n\nOn Monday's edition of Harbour Talk, host Sunniva Carrowmore spoke with union organiser Teodric Balsall about the dispute.\n\nHOST: Teodric, when does this end?\n\nBALSALL: When the company puts a real offer on the table.\n\nHOST: And if it doesn't?\n\nBALSALL: Then the boats stay tied up.\n",
        [
            ("Teodric, when does this end?", "Sunniva Carrowmore", "person", "direct"),
            (
                "When the company puts a real offer on the table.",
                "Teodric Balsall",
                "person",
                "direct",
            ),
            ("And if it doesn't?", "Sunniva Carrowmore", "person", "direct"),
            ("Then the boats stay tied up.", "Teodric Balsall", "person", "direct"),
        ],
    ),
    (
        "a-developer-who-is-a-person",
        'Three-way race for mayor of Kelsholt\n\nMayor Ingrith Valborg, 58, faces Councillor Edda Rusk, 44, and Bertil Hagelund, 61, a property developer running as an independent.\n\n"I have built more homes in this town than the council has approved in ten years," the developer said at Tuesday\'s forum.\n',
        [
            (
                "I have built more homes in this town than the council has approved in ten years,",
                "Bertil Hagelund",
                "person",
                "direct",
            )
        ],
    ),
    (
        "headline-quote-then-its-speaker",
        '"We fixed the roof ourselves": Mayor Ottoline Brakspear on ten years at the town hall\n\nWhen the storm took half the roof off the town hall in 2019, the council had no money to mend it. Ottoline Brakspear, the mayor, hired a scaffolder and spent three weekends on a ladder. "It was quicker than a meeting," she said.\n',
        [
            ("We fixed the roof ourselves", "Ottoline Brakspear", "person", "direct"),
            ("It was quicker than a meeting,", "Ottoline Brakspear", "person", "direct"),
        ],
    ),
    (
        "closing-verbs-of-memory-and-laughter",
        'Haddervale rowing club marks its centenary\n\nThe club\'s oldest members gathered at the boathouse on Saturday. "We trained in the dark every winter morning," remembered Tova Brandquist, who joined in 1961.\n\nHer crewmate Dario Felkon was less sentimental. "Somebody had to break the ice on the slipway," he laughed. "Usually me."\n\nThe club captain, Mara Quillane, urged younger members to stay. "If you leave after one season, you never learn what the river can teach you," she reasoned.\n\n"Row for the next hundred years," exhorted Pim Adeyoru, the club president, raising a glass.\n',
        [
            ("We trained in the dark every winter morning,", "Tova Brandquist", "person", "direct"),
            ("Somebody had to break the ice on the slipway,", "Dario Felkon", "pronoun", "direct"),
            ("Usually me.", "Dario Felkon", "pronoun", "direct"),
            (
                "If you leave after one season, you never learn what the river can teach you,",
                "Mara Quillane",
                "pronoun",
                "direct",
            ),
            ("Row for the next hundred years,", "Pim Adeyoru", "person", "direct"),
        ],
    ),
    (
        "role-comma-name-and-party-state",
        'Lawmakers grill port authority over dredging delays\n\nWASHINGTON — A House panel pressed the head of the Kesterton Port Authority on Wednesday over a dredging project that is four years late.\n\n"Four years and $90 million, and the channel is still too shallow for the ships it was dug for," said the subcommittee chairwoman, Rep. Winnifred Threlfall, R-Ohio, whose district borders the port. "Somebody has to answer for that."\n\nThe authority\'s director, Tobiah Laskaris, blamed the weather and a shortage of dredgers. "We lost two full seasons to storms," he said.\n\nRep. Idony Castellane, D-Md., was unmoved. "Storms are not a surprise on the coast," she said.\n',
        [
            (
                "Four years and $90 million, and the channel is still too shallow for the ships it was dug for,",
                "Winnifred Threlfall",
                "description",
                "direct",
            ),
            ("Somebody has to answer for that.", "Winnifred Threlfall", "description", "direct"),
            ("We lost two full seasons to storms,", "Tobiah Laskaris", "pronoun", "direct"),
            ("Storms are not a surprise on the coast,", "Idony Castellane", "pronoun", "direct"),
        ],
    ),
    (
        "handles-of-named-people",
        'Mayor\'s late-night posts stir council row\n\nMayor Agathe Rindell spent Sunday night on social media. "The budget is balanced. Read it before you tweet about it," @AgatheRindell posted shortly before midnight.\n\nCouncil member Lunetta Vondracek replied within minutes. "I read all 400 pages. That is why I am worried," wrote @LunVondracek.\n\nThe council\'s finance chair, Ferrand Bascombe, stayed out of it. "I do my arguing in the chamber," he said on Monday.\n',
        [
            (
                "The budget is balanced. Read it before you tweet about it,",
                "Agathe Rindell",
                "person",
                "direct",
            ),
            (
                "I read all 400 pages. That is why I am worried,",
                "Lunetta Vondracek",
                "person",
                "direct",
            ),
            ("I do my arguing in the chamber,", "Ferrand Bascombe", "pronoun", "direct"),
        ],
    ),
    (
        "a-candidates-campaign-and-a-county-with-a-who-clause",
        'Kittredge campaign answers rival\'s ad\n\nSen. Caspari Kittredge\'s re-election team hit back on Thursday at an attack ad that accuses her of neglecting rural voters.\n\nIn a statement, the Kittredge campaign called the ad "a work of fiction from start to finish" and said the senator had visited every county in the state.\n\nHer challenger, Idris Sorensby, often speaks of his mother, a nurse in Ebbsworth County, who he says "worked double shifts for thirty years." He was not moved by the statement.\n\n"We will keep telling the truth about her record," Sorensby said. "Voters can judge."\n\nA retired farmer at a Sorensby event in Marchbank said she had not made up her mind. "I liked her once," she said.\n',
        [
            (
                "a work of fiction from start to finish",
                "Kittredge campaign",
                "organization",
                "partial",
            ),
            ("worked double shifts for thirty years.", "Idris Sorensby", "pronoun", "partial"),
            (
                "We will keep telling the truth about her record,",
                "Idris Sorensby",
                "person",
                "direct",
            ),
            ("Voters can judge.", "Idris Sorensby", "person", "direct"),
            ("I liked her once,", "farmer", "unnamed", "direct"),
        ],
    ),
    (
        "that-was-the-speaker-after-a-standalone-quote",
        'Three candidates, one stage, no knockout\n\nThe second debate of the governor\'s race ended much as the first had: with Joanna Telloway ahead in the polls and her rivals, Hardo Brenholt and Cyril Vantreese, still looking for a way past her.\n\nBrenholt spent most of the evening on taxes, and Vantreese on schools.\n\n"I am not the loudest person on this stage. I am the only one who has run a state agency." That was how Telloway closed the night, looking straight into the camera.\n\n"If I wanted everybody to like me, I would have become a florist." That was Brenholt, asked afterwards about his falling ratings.\n',
        [
            (
                "I am not the loudest person on this stage. I am the only one who has run a state agency.",
                "Joanna Telloway",
                "person",
                "direct",
            ),
            (
                "If I wanted everybody to like me, I would have become a florist.",
                "Hardo Brenholt",
                "person",
                "direct",
            ),
        ],
    ),
    (
        "nickname-in-quotes",
        "Tollgate Rewrite Stalls as Marta Quelling Digs In\nPIERMONT, Neb. — State Sen. Martina “Marta” Quelling has read every page of the tollgate bill twice, and she is not done.\n“Nobody in this building has read the fee schedule but me,” Quelling said on Tuesday.\nHer colleague, Sen. Abelard “Abe” Vortman, co-wrote the bill and says the delay is costing the state money.\n“Every week we wait is another week of potholes,” said Vortman.\nFormer trucker Cyrus “Cy” Delahunt, who testified for the bill, was blunter. “Pave it,” Delahunt said.\n",
        [
            (
                "Nobody in this building has read the fee schedule but me,",
                "Martina Quelling",
                "person",
                "direct",
            ),
            (
                "Every week we wait is another week of potholes,",
                "Abelard Vortman",
                "person",
                "direct",
            ),
            ("Pave it,", "Cyrus Delahunt", "person", "direct"),
        ],
    ),
    (
        "pronoun-after-reported-aside",
        "Few shoppers on Grell Street have made up their minds about the bypass. Osric Penwithick, 63, who runs the bakery on the corner, voted against the last road plan and said he might do so again. Mr. Drummond, he said, had come by the shop only once; Mr. Abernethy had written him two letters asking for his support.\n“I told him I would read them,” he said. “I have not opened either.”\n",
        [
            ("I told him I would read them,", "Osric Penwithick", "person", "direct"),
            ("I have not opened either.", "Osric Penwithick", "person", "direct"),
        ],
    ),
    (
        "name-after-comma-acts",
        "Defense lawyer Quentin Halloway argued for an hour that the evidence was thin. “The case rests on one witness,” Halloway said.\nFormer county treasurer Ignatius Brannock, 58, listened without expression and passed notes to Halloway.\nLeaving the courthouse with his daughter, Brannock walked past Halloway, who was still talking to reporters on the steps, and stopped in front of the cameras.\n“I never took a cent that was not mine,” he said.\n",
        [
            ("The case rests on one witness,", "Quentin Halloway", "person", "direct"),
            ("I never took a cent that was not mine,", "Ignatius Brannock", "person", "direct"),
        ],
    ),
    (
        "pronoun-in-own-sentence",
        "Mayor Rosalind Teague conceded before midnight. “The voters have spoken,” she told a quiet room.\nElections chief Philippa Marchbold said turnout reached 44 percent, which she called “the best for a spring vote in thirty years.”\n",
        [
            ("The voters have spoken,", "Rosalind Teague", "person", "direct"),
            (
                "the best for a spring vote in thirty years.",
                "Philippa Marchbold",
                "person",
                "partial",
            ),
        ],
    ),
    (
        "elder-and-younger-namesakes",
        "Ospreys’ Quintrell skips the mayor’s parade: ‘I chose the clinic’\nTALLWATER — Jamarcus Quintrell was not on the float Saturday when Mayor Ilse Brandvold led the parade for the champion Tallwater Ospreys.\nThe All-Star forward spent the morning at a reading clinic on the east side instead.\n“I chose the clinic, and I would choose it again,” Quintrell, 26, said on Sunday.\nQuintrell’s father, Lucius Quintrell, a retired postal carrier who coached his son in middle school, said he raised him to say what he thinks.\n“He was a stubborn kid, and he is a stubborn man,” the elder Quintrell said.\nThe younger Quintrell said he would meet the mayor “any day she likes.”\n",
        [
            ("I chose the clinic", "Jamarcus Quintrell", "person", "partial"),
            (
                "I chose the clinic, and I would choose it again,",
                "Jamarcus Quintrell",
                "person",
                "direct",
            ),
            (
                "He was a stubborn kid, and he is a stubborn man,",
                "Lucius Quintrell",
                "person",
                "direct",
            ),
            ("any day she likes.", "Jamarcus Quintrell", "person", "partial"),
        ],
    ),
    (
        "headline-name-to-listeners",
        "Varnholt to Dock Workers: Your Port Is ‘Not Going Anywhere’\nGovernor Teodora Varnholt told a rally of dock workers in Calder Bay on Friday that the port would stay open for at least a decade.\n“This port is not going anywhere,” Varnholt said.\n",
        [
            ("Not Going Anywhere", "Teodora Varnholt", "person", "partial"),
            ("This port is not going anywhere,", "Teodora Varnholt", "person", "direct"),
        ],
    ),
    (
        "names-herself",
        "The new ad from Councilwoman Perpetua Ashgrove opens on a shuttered cannery and a line of empty trucks.\nIt ends with Ashgrove herself, standing at the cannery gate: “I’m Perpetua Ashgrove, and I will fight for every job on this waterfront.”\n",
        [
            (
                "I’m Perpetua Ashgrove, and I will fight for every job on this waterfront.",
                "Perpetua Ashgrove",
                "person",
                "direct",
            )
        ],
    ),
    (
        "party-member-as-description",
        "Democrat Winnifred Oakhaven released a new television ad on Monday attacking her opponent’s votes on pensions.\nLars Fenstermacher, who teaches politics at Dunmore College, said pension attacks work well in mill towns.\n“People here know what a pension is worth,” Fenstermacher said.\nOakhaven defended the ad after touring a dairy near Pellston with the county executive, who endorsed her in May.\n“Every vote in that ad is on the record,” the Democrat told reporters.\n",
        [
            ("People here know what a pension is worth,", "Lars Fenstermacher", "person", "direct"),
            ("Every vote in that ad is on the record,", "Winnifred Oakhaven", "person", "direct"),
        ],
    ),
    (
        "party-member-after-show-title",
        "Rep. Ansel Threadgill spoke for twenty minutes on the sanctuary bill.\nThe Idaho Republican, appearing on KBRV’s “Morning Desk with Hal Odegaard,” said mayors who refuse to help federal agents are “gambling with public safety.”\n",
        [("gambling with public safety.", "Ansel Threadgill", "person", "partial")],
    ),
    (
        "digest-label-and-aside",
        "WHAT THEY’RE SAYING:\n• A senior Senate leadership aide: “We are not going to let a handful of members shut the government down.”\n• Rep. Coralie Vandermeer (D-Ore.): “We have been ready to vote since June.”\nFROM THE WHITE HOUSE — Press secretary Evander Kolbeck, asked about the standoff at Monday’s briefing, said the president would sign “anything that keeps the parks open.”\n",
        [
            (
                "We are not going to let a handful of members shut the government down.",
                "senior Senate leadership aide",
                "unnamed",
                "direct",
            ),
            ("We have been ready to vote since June.", "Coralie Vandermeer", "person", "direct"),
            ("anything that keeps the parks open.", "Evander Kolbeck", "person", "partial"),
        ],
    ),
    (
        "senators-by-state",
        "Crop insurance cap fails in the Senate\nWASHINGTON — Sen. Percival Ottoway of Vermont opened the debate on his amendment to cap crop insurance payments.\n“Big farms take the most and need it the least,” Ottoway said.\nSen. Hollis Brinkerhoff of Nebraska rose next and warned that the cap would drive large growers out of the program. Ottoway shook his head and kept reading his notes.\n“When a farm goes without insurance, the taxpayer pays for the flood,” the senator from Nebraska said.\nSen. Leopold Vantreese of Oregon tried to find a middle way. Ottoway listened with his arms folded.\n“There is a deal here, just not tonight,” the Oregonian said.\nOttoway would not withdraw the amendment. Before the vote, Vantreese said a higher cap could pass next year.\n“Bring it back at two million and you have my vote,” the Nebraska Republican said.\n",
        [
            (
                "Big farms take the most and need it the least,",
                "Percival Ottoway",
                "person",
                "direct",
            ),
            (
                "When a farm goes without insurance, the taxpayer pays for the flood,",
                "Hollis Brinkerhoff",
                "person",
                "direct",
            ),
            ("There is a deal here, just not tonight,", "Leopold Vantreese", "person", "direct"),
            (
                "Bring it back at two million and you have my vote,",
                "Hollis Brinkerhoff",
                "person",
                "direct",
            ),
        ],
    ),
    (
        "pronoun-after-description-of-its-gender",
        "Sen. Cornelius Wexcombe, who served three terms for Vermont, died on Sunday at 91.\nFormer Sen. Augusta Penhurst remembered her old colleague as a man who never raised his voice.\n“He was the calmest person in the building,” Penhurst said.\nHis son, Thaddeus Wexcombe, said his father kept every letter a voter ever sent him.\n“He answered them all by hand,” Thaddeus Wexcombe said.\nIn his farewell speech in 1998, the departing senator was brief.\n“I hope I was useful,” he said.\n",
        [
            ("He was the calmest person in the building,", "Augusta Penhurst", "person", "direct"),
            ("He answered them all by hand,", "Thaddeus Wexcombe", "person", "direct"),
            ("I hope I was useful,", "Cornelius Wexcombe", "person", "direct"),
        ],
    ),
    (
        "hyphenated-surnames-and-a-passive-agent",
        "A state lawmaker’s argument with a meter attendant outside a Tillbrook bakery has been watched more than two million times.\nIn the clip, Rep. Georgina Pettishall tells the attendant that she “will be hearing from the mayor.”\nThe clip was filmed by Ottilie Marchant-Vesey, 23, a design student waiting at the bus stop across the road. She shared it online with the caption “Guess who votes on the parking budget.”\n“I thought maybe my aunt would watch it,” Marchant-Vesey said.\nHouse Minority Leader Philippa Crane-Ostwick called the episode “a small window onto a big problem.”\nCrane-Ostwick, 58, who has served nine terms, said she would raise it with the ethics panel. “Nobody is above a parking ticket,” she said.\n",
        [
            ("will be hearing from the mayor.", "Georgina Pettishall", "person", "partial"),
            (
                "Guess who votes on the parking budget.",
                "Ottilie Marchant-Vesey",
                "person",
                "partial",
            ),
            (
                "I thought maybe my aunt would watch it,",
                "Ottilie Marchant-Vesey",
                "person",
                "direct",
            ),
            ("a small window onto a big problem.", "Philippa Crane-Ostwick", "person", "partial"),
            ("Nobody is above a parking ticket,", "Philippa Crane-Ostwick", "person", "direct"),
        ],
    ),
    (
        "group-named-beside-its-noun",
        "Two advocacy groups lined up on opposite sides of the nomination on Tuesday.\nThe conservative group Heritage Watchmen said it would spend $2 million on ads in four states.\nOn the other side, the liberal group Fair Benches Alliance said it would organize rallies outside senators’ offices. “Every day this seat sits empty is a day of lost justice,” the group said.\n",
        [
            (
                "Every day this seat sits empty is a day of lost justice,",
                "Fair Benches Alliance",
                "organization",
                "direct",
            )
        ],
    ),
    (
        "quote-then-new-person-introduced",
        "Delegates streamed out of the arena after the speech, most of them smiling.\n“He talked to us like adults,” said Winona Feltham, 66, a delegate from Lexington.\n“I walked in here undecided. I am not undecided anymore.” Barnaby Quarles, 71, a retired railroad conductor from Tulsa, had backed another candidate all spring.\n",
        [
            ("He talked to us like adults,", "Winona Feltham", "person", "direct"),
            (
                "I walked in here undecided. I am not undecided anymore.",
                "Barnaby Quarles",
                "person",
                "direct",
            ),
        ],
    ),
    (
        "kin-of-a-couple-and-a-widow",
        "At a fire station in Dunmere, Harold and Marisela Enscombe said they had voted together for 40 years and then split their tickets. Marisela, 68, chose the governor; her husband, 70, went with the challenger.\n“Forty years and we still cancel each other out,” Marisela Enscombe said.\nHer husband laughed. “She has done it since the first time we voted. I stopped minding.”\nFormer Mayor Cuthwin Ashdale, who died last spring, had voted at the same station for half a century. His wife of 52 years, Rosamund Ashdale, came alone this year.\n“He would have wanted me here early,” his widow said.\n",
        [
            (
                "Forty years and we still cancel each other out,",
                "Marisela Enscombe",
                "person",
                "direct",
            ),
            (
                "She has done it since the first time we voted. I stopped minding.",
                "Harold Enscombe",
                "person",
                "direct",
            ),
            ("He would have wanted me here early,", "Rosamund Ashdale", "person", "direct"),
        ],
    ),
    (
        "elder-among-three-namesakes-and-a-daughter",
        "Mayor Ingeborg Solvang has run this lake town for eight years and now wants to be governor.\nHer mother, Agatha Solvang, ran the hardware store on Front Street for 30 years. Her younger brother, Torvald Solvang, runs it now.\n“She counted every nail in that store,” the elder Solvang said.\n“She will count every dollar in the state, too,” Torvald Solvang said.\nThe mayor’s husband, Edmer Marsh, will do most of the driving. That somebody at her side on the road would most likely be her daughter, Linnea Marsh, 24, a nurse who lives nearby and already drives her grandfather to his appointments.\n“I would do it. Of course I would,” she said.\n",
        [
            ("She counted every nail in that store,", "Agatha Solvang", "person", "direct"),
            (
                "She will count every dollar in the state, too,",
                "Torvald Solvang",
                "person",
                "direct",
            ),
            ("I would do it. Of course I would,", "Linnea Marsh", "person", "direct"),
        ],
    ),
    (
        "reaction-roundup-with-dashes",
        "What they said about the ruling\nReaction came quickly from officials and advocates.\nNebraska Attorney General Octavia Brightwell — “We are reviewing the decision and will say more next week.”\nRep. Fenmore Alcott, R-Neb. — “This is a good day for voters and a bad day for incumbents.”\nDashiell Ravelle, president of the Plains Liberty Council, which brought the challenge: “Citizens may now give to the candidates they believe in.”\nNebraska House Speaker Philomena Castorini — “We will write a new law that survives this Court.”\n",
        [
            (
                "We are reviewing the decision and will say more next week.",
                "Octavia Brightwell",
                "person",
                "direct",
            ),
            (
                "This is a good day for voters and a bad day for incumbents.",
                "Fenmore Alcott",
                "person",
                "direct",
            ),
            (
                "Citizens may now give to the candidates they believe in.",
                "Dashiell Ravelle",
                "person",
                "direct",
            ),
            (
                "We will write a new law that survives this Court.",
                "Philomena Castorini",
                "person",
                "direct",
            ),
        ],
    ),
    (
        "the-younger-namesake-named-as-a-son",
        "Elmer Tindall, 71, has milked cows on the same hill since 1968 and has voted in every election since.\n“I want to hear them talk about milk prices,” Mr. Tindall said.\nMr. Tindall’s son, Corwin, 40, who now runs most of the farm, wants something else from the candidates.\n“I want to hear anybody talk about broadband,” the younger Mr. Tindall said.\nHis father, listening from the tailgate, shrugged. “He is not wrong,” the elder Mr. Tindall said.\n",
        [
            ("I want to hear them talk about milk prices,", "Elmer Tindall", "person", "direct"),
            ("I want to hear anybody talk about broadband,", "Corwin Tindall", "person", "direct"),
            ("He is not wrong,", "Elmer Tindall", "person", "direct"),
        ],
    ),
    (
        "fact-check-rulings-and-an-answer-in-one-line",
        "Fact check: Two claims about jobs in Marrow County\nCLAIM: “Under Sheriff Pomeroy, this county lost 9,000 jobs.” — Araminta Velde, a county councilwoman, in a debate on Oct. 3.\nRULING: Mostly False.\nCLAIM: “We have added more jobs than any county in the state.” — Sheriff Dorian Pomeroy, in a mailer.\nRULING: Half True.\nEmails from Velde’s campaign show the debate over the first number. Her campaign manager, Lysander Haverstock, sent the draft to the candidate and her press aide, Coralie Winslade.\n“Can we stand behind 9,000?” Velde wrote back. “Coralie thinks it is high.”\nHaverstock’s answer, sent at 11:48 that night, was a single line: “We can if nobody checks.”\n",
        [
            (
                "Under Sheriff Pomeroy, this county lost 9,000 jobs.",
                "Araminta Velde",
                "person",
                "direct",
            ),
            (
                "We have added more jobs than any county in the state.",
                "Dorian Pomeroy",
                "person",
                "direct",
            ),
            ("Can we stand behind 9,000?", "Araminta Velde", "person", "direct"),
            ("Coralie thinks it is high.", "Araminta Velde", "person", "direct"),
            ("We can if nobody checks.", "Lysander Haverstock", "person", "direct"),
        ],
    ),
    (
        "press-secretary-is-the-spokesman",
        "The White House press secretary, Leofric Quarrington, opened the briefing with a statement on flood relief.\n“The president will visit the flooded towns on Friday,” Quarrington said.\nRepublicans in the House, led by Representative Aldous Fenchurch of Ohio, have asked for an inquiry into the relief contracts. Fenchurch said on Monday that the contracts were “a gift to donors.”\nAsked whether the trip would go ahead, the spokesman did not hesitate.\n“Nothing has changed,” he said.\n",
        [
            (
                "The president will visit the flooded towns on Friday,",
                "Leofric Quarrington",
                "person",
                "direct",
            ),
            ("a gift to donors.", "Aldous Fenchurch", "person", "partial"),
            ("Nothing has changed,", "Leofric Quarrington", "person", "direct"),
        ],
    ),
    (
        "familiar-form-of-a-given-name",
        "Two former county clerks sat down with me last week to talk about the people who count the votes.\nTheodora Blickens ran elections in Marlowe County for 22 years. Donald Wexcombe held the same job next door until he retired in the spring.\n“We used to worry about the machines,” Don told me. “Now I worry about the people who run them.”\nBlickens was blunter. “They are quitting because they are scared,” she said.\n",
        [
            ("We used to worry about the machines,", "Donald Wexcombe", "person", "direct"),
            ("Now I worry about the people who run them.", "Donald Wexcombe", "person", "direct"),
            ("They are quitting because they are scared,", "Theodora Blickens", "person", "direct"),
        ],
    ),
    (
        "headline-echo-takes-the-story-speaker",
        "Transit official on stalled trains: ‘We let our riders down’\nBy Nadia Fenwright\nThe head of the region's commuter railway apologised on Tuesday for a week of signal failures that left thousands of passengers stranded between stations.\nOdile Pellington, who has run the railway since 2014, told the county's transport committee that the failures were avoidable. “We let our riders down, and I am not going to dress that up,” Pellington said.\nCommittee members were not satisfied. “An apology does not fix a signal,” said Thackery Vance, a member from the eastern suburbs.\n",
        [
            ("We let our riders down", "Odile Pellington", "person", "direct"),
            (
                "We let our riders down, and I am not going to dress that up,",
                "Odile Pellington",
                "person",
                "direct",
            ),
            ("An apology does not fix a signal,", "Thackery Vance", "person", "direct"),
        ],
    ),
    (
        "headline-echo-of-a-partial-quote",
        'Delegates cheer mayor\'s plea to \'stay and build\'\nBy Lorne Ashby-Kettle\nThe hall was on its feet before Mayor Ilse Ostrava had finished her last sentence.\n"If you love this city, stay and build it with us," Ostrava told the convention on Thursday night, her voice rising over the applause.\nOutside, a retired teacher, Bram Quillfeather, 67, said he had come only to hear her. "She gave us a reason to stay," he said.\n',
        [
            ("stay and build", "Ilse Ostrava", "person", "partial"),
            (
                "If you love this city, stay and build it with us,",
                "Ilse Ostrava",
                "person",
                "direct",
            ),
            ("She gave us a reason to stay,", "Bram Quillfeather", "person", "direct"),
        ],
    ),
    (
        "kin-word-among-three-of-one-surname",
        "A farm couple, and their son, on opposite sides of the ballot\nWalt and Wendeline Tolliday have farmed the same 300 acres outside Pennock for 40 years. This autumn they are also running against each other for the county board.\nTheir son, Aurelio Tolliday, 35, manages the family's grain elevator and says he will not say how he votes.\n“I asked her to run for the other seat. She said no,” Walt Tolliday said, leaning on the fence.\n“He never asked,” his wife said from the porch.\n",
        [
            (
                "I asked her to run for the other seat. She said no,",
                "Walt Tolliday",
                "person",
                "direct",
            ),
            ("He never asked,", "Wendeline Tolliday", "person", "direct"),
        ],
    ),
    (
        "kin-word-with-a-description-beside-it",
        "Two generations of delegates, one argument\nOsric Quellbrook and his son, Rufus, sat a few rows apart on the convention floor on Tuesday night.\n“It was the best speech of the week,” Rufus Quellbrook, 31, a bus driver from Zanesfield, said afterwards.\nHis father, 64, a retired welder, said the speaker had “said nothing the rest of us haven't said for years.”\n",
        [
            ("It was the best speech of the week,", "Rufus Quellbrook", "person", "direct"),
            (
                "said nothing the rest of us haven't said for years.",
                "Osric Quellbrook",
                "person",
                "partial",
            ),
        ],
    ),
    (
        "an-age-after-a-state-is-the-senators",
        "Senators press drug maker on insulin prices\nWASHINGTON — The Senate health committee spent Thursday morning questioning the head of a drug company about the price of insulin.\n“I have constituents who ration their insulin to make it to the end of the month,” said Sen. Aldwyn Haverill of Ohio, 63, a three-term Republican. “That should shame all of us.”\nSen. Maribeth Thornquist of Oregon asked about the company's profits, which doubled last year.\nAfter the hearing, Haverill told reporters he would write a bill capping the price.\n“I don't like price controls, but I like rationing even less,” the 63-year-old said.\n",
        [
            (
                "I have constituents who ration their insulin to make it to the end of the month,",
                "Aldwyn Haverill",
                "person",
                "direct",
            ),
            ("That should shame all of us.", "Aldwyn Haverill", "person", "direct"),
            (
                "I don't like price controls, but I like rationing even less,",
                "Aldwyn Haverill",
                "person",
                "direct",
            ),
        ],
    ),
    (
        "a-woman-named-in-a-column",
        "Our libraries are worth every penny\nBy Lisbet Ferriday\nLast spring a woman named Ilsabet Drummelow came to the front desk of the Kesterton Road branch, where I volunteer on Saturdays, carrying a folder of forms and asking the question I hear most weeks: “Can somebody help me fill this in online?”\nThe librarian on duty, Pennywhistle Ostendorf, sat with her for an hour.\nWhen I served on the county budget committee in 2010, I told my colleagues, “Cut the branches now and we will pay for it twice.”\nWe did.\n",
        [
            ("Can somebody help me fill this in online?", "Ilsabet Drummelow", "person", "direct"),
            (
                "Cut the branches now and we will pay for it twice.",
                "Lisbet Ferriday",
                "person",
                "direct",
            ),
        ],
    ),
    (
        "a-newsletters-quote-of-the-day",
        'CAPITOL MORNING: Transit bill clears committee\nBy Adela Pellegrine\nGood Wednesday morning. The transit bill cleared the rules committee just after midnight, and leadership wants a floor vote by Friday.\n-- The holdout: Sen. Ivor Lindvall (R-Mont.) told reporters he had not finished reading the bill.\nQUOTE OF THE DAY: "I have sat in this building for eleven years and never once seen the coffee run out before nine." -- Rep. Bettina Osterhaut (D-Md.), to reporters outside the cafeteria Tuesday.\nQuote of the Week: "We are not done, and neither are they." -- Sen. Corwin Halloran-Pike, on the filibuster.\n',
        [
            (
                "I have sat in this building for eleven years and never once seen the coffee run out before nine.",
                "Bettina Osterhaut",
                "person",
                "direct",
            ),
            ("We are not done, and neither are they.", "Corwin Halloran-Pike", "person", "direct"),
        ],
    ),
    (
        "a-transcripts-role-label-is-the-officer-introduced",
        "Commissioner arrested after traffic stop\nA county commissioner was arrested on a charge of drunken driving early Saturday after a deputy stopped his pickup on Route 9.\nDeputy Lyle Stoddart, a four-year veteran of the sheriff's office, pulled over Commissioner Dale Kilbride just after midnight. Part of the exchange, as recorded by the deputy's body camera:\nDEPUTY: Sir, have you had anything to drink tonight?\nKILBRIDE: Two beers at the Legion. That's all.\nDEPUTY: I need you to step out of the truck.\nKilbride, 58, did not return calls on Monday.\n",
        [
            ("Sir, have you had anything to drink tonight?", "Lyle Stoddart", "person", "direct"),
            ("Two beers at the Legion. That's all.", "Dale Kilbride", "person", "direct"),
            ("I need you to step out of the truck.", "Lyle Stoddart", "person", "direct"),
        ],
    ),
    (
        "a-companys-town-is-not-its-name",
        "Riverfront sale draws recall petition\nOrganizers of a recall turned in 1,200 signatures on Monday, saying the mayor sold a riverfront parcel in secret.\nThe buyer, Tamsworth Ridge Partners of Quinlivan, said in a statement that it had “followed every rule the city set” and would break ground in the spring.\n“We did nothing in the dark,” the company said.\n",
        [
            (
                "followed every rule the city set",
                "Tamsworth Ridge Partners",
                "organization",
                "partial",
            ),
            ("We did nothing in the dark,", "Tamsworth Ridge Partners", "organization", "direct"),
        ],
    ),
    (
        "calling-hung-on-a-noun-by-the-parse",
        'Thistle wins the coastal primary\nCOLUMBIA — Marian Thistle won the coastal primary on Saturday by nine points.\nShe saved her sharpest lines for Gordon Pettigrove, who spent the last week of the race calling her "a tourist" in a state he has worked for a decade.\nAlaric Ashdown, a retired radio host from Orangeburg, called that reading "wishful thinking from the donor class."\n',
        [
            ("a tourist", "Gordon Pettigrove", "person", "partial"),
            ("wishful thinking from the donor class.", "Alaric Ashdown", "person", "partial"),
        ],
    ),
    (
        "a-verb-the-parse-left-unlabelled",
        'Five things we learned from the debate\n1. Ostrander kept his head down\nWilhelmina Ostrander, the former governor, stuck in single digits for months, mostly stayed out of the crossfire, dismissing the exchange between the two men as "a food fight."\n2. Nobody asked about water\nNot one question touched the drought.\n',
        [("a food fight.", "Wilhelmina Ostrander", "person", "partial")],
    ),
    (
        "a-campaign-by-its-candidates-name",
        "Recording roils governor's White House bid\nTAMPA — Gov. Clay Hollingshead of Georgia spent Thursday trying to move past a recording of remarks he made to donors.\nThe governor's campaign said in a statement that the recording had been “made without the knowledge of anyone in the room.”\nHollingshead said little about it. His campaign later called the release “a desperate move by people who are losing.”\nSenator Ruth Abernethy-Cole of Ohio, his main rival, held a rally in Zanesfield. In a statement, the Abernethy-Cole campaign said the tape “speaks for itself.”\n",
        [
            (
                "made without the knowledge of anyone in the room.",
                "Clay Hollingshead campaign",
                "organization",
                "partial",
            ),
            (
                "a desperate move by people who are losing.",
                "Clay Hollingshead campaign",
                "organization",
                "partial",
            ),
            ("speaks for itself.", "Abernethy-Cole campaign", "organization", "partial"),
        ],
    ),
    (
        "it-says-is-the-document-told-before",
        'Ethics complaint targets Rep. Haverill-Dunn\nA complaint filed with the House Ethics Committee accuses state Rep. Marisa Haverill-Dunn of voting to fund roadside mowing that went to a company her husband owns.\nThe six-page complaint was filed with the committee clerk on Oct. 3 and obtained by the Courier on Friday.\nIt says Haverill-Dunn "knowingly voted for a contract that paid her own household" when the appropriations panel met in April.\n',
        [
            (
                "knowingly voted for a contract that paid her own household",
                "complaint",
                "document",
                "partial",
            )
        ],
    ),
    (
        "which-after-a-phrase-about-the-ad",
        'Fact check: the factory jobs figure\nThe number also appears in a Brennigan television ad now running in the Wilkes-Barre market, which tells viewers that "90,000 factory jobs vanished on her watch."\n',
        [("90,000 factory jobs vanished on her watch.", "ad", "document", "partial")],
    ),
    (
        "a-second-apposition-is-the-names-too",
        "Governor's wife laughs off donor tape\nATLANTA — Gov. Lyman Pettibone said on Thursday that he regretted remarks he made at a private fundraiser.\nHis wife, Corisande Pettibone, Georgia's first lady, who attended the dinner, was more direct with reporters at the Capitol.\n“He was tired, and he said something he shouldn't have,” the first lady said, to laughter.\n",
        [
            (
                "He was tired, and he said something he shouldn't have,",
                "Corisande Pettibone",
                "person",
                "direct",
            )
        ],
    ),
    (
        "owned-body-no-owner",
        'Stonebridge Pushes Tax Plan\nQUARRYTON — State Sen. Marisol Stonebridge unveiled a tax plan on Tuesday that she said would cut rates for working families.\n"This is about fairness," Stonebridge said at a diner on the town\'s main street.\nHer rival in the primary, Desmond Hurlow, called the plan "a gimmick."\nThe governor\'s campaign, asked about the plan, said it was "a recipe for deficits."\nStonebridge shrugged off the criticism at a later stop.\n',
        [
            ("This is about fairness,", "Marisol Stonebridge", "person", "direct"),
            ("a gimmick.", "Desmond Hurlow", "person", "partial"),
            ("a recipe for deficits.", "governor's campaign", "organization", "partial"),
        ],
    ),
    (
        "spouse-apposition-role",
        'The quiet governor\nPIERRE, S.D. — Gov. Arne Brakstad has spent six years avoiding the spotlight.\n\nSolveig Brakstad, the governor\'s wife of 30 years, smiled when the story came up at dinner. "He tells it better than it happened," she said.\n\nThe ranch is where the governor says he learned to negotiate.\n\n"You find out in a minute who is serious and who is just talking," the governor said.\n',
        [
            ("He tells it better than it happened,", "Solveig Brakstad", "person", "direct"),
            (
                "You find out in a minute who is serious and who is just talking,",
                "Arne Brakstad",
                "person",
                "direct",
            ),
        ],
    ),
    (
        "aged-description-after-title",
        'Statehouse passes ID bill\nTOPEKA — The Senate voted 24-16 on Thursday to require a photo ID at the polls.\n\nOne of the two Republicans who voted no, Sen. Ellery Vantongeren of Garden Plain, said he backed the idea but not the bill\'s list of accepted cards.\n\n"I have two colleges in my district," the 59-year-old rancher said. "Their students deserve a vote."\n\nThe bill now goes to the House.\n',
        [
            ("I have two colleges in my district,", "Ellery Vantongeren", "person", "direct"),
            ("Their students deserve a vote.", "Ellery Vantongeren", "person", "direct"),
        ],
    ),
    (
        "fact-check-ruling-label",
        'Fact check: Marchetta on county jobs\nBy Dora Pomroy\n\nCounty executive candidate Lucia Marchetta said at a forum on Monday that the county "lost a thousand jobs" last year.\n\nThe state labor office counts 940 jobs lost. "Her number rounds up, but not by much," said Walt Tidewell, an economist at the state university.\n\nOUR RULING: Mostly True. The figure is close to the official count.\n\nMarchetta also said the county had "the lowest taxes in the state." Three neighboring counties levy less.\n\nOUR RULING: False. She is wrong by any measure.\n',
        [
            ("lost a thousand jobs", "Lucia Marchetta", "person", "partial"),
            ("Her number rounds up, but not by much,", "Walt Tidewell", "person", "direct"),
            ("the lowest taxes in the state.", "Lucia Marchetta", "person", "partial"),
        ],
    ),
    (
        "lede-pronoun-named-next",
        "A nurse's question stops a town hall\nDULUTH, Minn. — The 61-year-old hospice nurse stood at the back of the high-school gym for most of an hour before the microphone reached her. When it did, she read from an index card. “I am not asking for a raise,” she said. “I am asking why my patients wait nine days for a bed.”\n\nMirelle Haverkamp, who has worked nights at the county hospice for 22 years, said afterward that she had written the question in the parking lot.\n\nThe congressman at the front of the gym, Dale Tervo, promised to look into the waiting lists. “She is right to be angry,” Tervo said.\n",
        [
            ("I am not asking for a raise,", "Mirelle Haverkamp", "person", "direct"),
            (
                "I am asking why my patients wait nine days for a bed.",
                "Mirelle Haverkamp",
                "person",
                "direct",
            ),
            ("She is right to be angry,", "Dale Tervo", "person", "direct"),
        ],
    ),
    (
        "lede-description-named-next",
        "Minister says border deal will ‘collapse’\nVARNO — Dravonia’s interior minister warned on Friday that the border agreement would “collapse” within a month unless the neighbouring government withdrew its troops.\n\nInterior Minister Oskar Kaskinen told a committee of parliament that his ministry had counted 40 crossings by armed patrols since June.\n\n“We signed a treaty, not a surrender,” Kaskinen said.\n",
        [
            ("collapse", "Oskar Kaskinen", "person", "partial"),
            ("collapse", "Oskar Kaskinen", "person", "partial"),
            ("We signed a treaty, not a surrender,", "Oskar Kaskinen", "person", "direct"),
        ],
    ),
    (
        "headline-role-label-owned-noun",
        "Chairman: Pension agency’s answers ‘wearing thin’\nBy Nadia Aldrova\nWASHINGTON — The head of the federal pension agency endured two hours of questions before a House panel on Tuesday.\n\nRep. Gordon Pettijohn, chairman of the oversight subcommittee, said the agency had missed every deadline it had set itself since 2015. “We have heard this promise before,” Pettijohn said.\n\nThe administrator, Helen Kessick, said new software would clear the backlog by spring. “The system is finally working,” Kessick told the panel.\n",
        [
            ("wearing thin", "Gordon Pettijohn", "person", "partial"),
            ("We have heard this promise before,", "Gordon Pettijohn", "person", "direct"),
            ("The system is finally working,", "Helen Kessick", "person", "direct"),
        ],
    ),
    (
        "newsletter-items-headline",
        "THE EVENING DISPATCH: Farm bill clears committee -- Pettijohn calls it ‘a good start’ -- the capitol’s broken clock\nBy Nadia Aldrova\nGood evening. The farm bill is out of committee, and the clock in the rotunda is still stuck at 4:15.\n\n-- Rep. Gordon Pettijohn told reporters the bill was “a good start” but warned that the House would change it.\n",
        [
            ("a good start", "Gordon Pettijohn", "person", "partial"),
            ("a good start", "Gordon Pettijohn", "person", "partial"),
        ],
    ),
    (
        "words-not-said-are-the-teller-s",
        "Brannigan presses mayor over shelter closures\nCity Council member Rosa Brannigan on Monday again demanded that Mayor Dennis Osterhout quit for not calling the closures an act of “official neglect.” Brannigan said the city faced a serious problem.\n\nOsterhout said the city had acted within days. “We moved every family within 48 hours,” he said.\n\nBrannigan was not persuaded. “Words matter when people are sleeping in cars,” she said.\n",
        [
            ("official neglect.", "Rosa Brannigan", "person", "partial"),
            ("We moved every family within 48 hours,", "Dennis Osterhout", "person", "direct"),
            (
                "Words matter when people are sleeping in cars,",
                "Rosa Brannigan",
                "person",
                "direct",
            ),
        ],
    ),
    (
        "interview-long-introduction",
        "A conversation with Governor Ada Quellin.\n\nGovernor Ada Quellin spent Monday morning in Tulsa, where she opened a rebuilt rail bridge paid for with a federal grant of $90 million, the largest the state has received in a decade. She later flew back to the capital on the state plane, where she sat down with Gazette senior writer Tom Varrow and Ledger reporter Sue Dace for most of an hour. Quellin defended her budget against critics in both parties, mocked the candidates lining up to replace her, and made it plain that she has no intention of naming a caretaker to the vacant seat on the utilities board before the session ends. What follows has been condensed and lightly edited.\n\nQ: You say the state is doing well, but voters seem gloomy.\n\nA: That is a mistake. Everybody is making it.\n\nQ: Will you run again?\n\nA: I have not decided; June, maybe.\n",
        [
            (
                "You say the state is doing well, but voters seem gloomy.",
                "interviewer",
                "unnamed",
                "direct",
            ),
            ("That is a mistake. Everybody is making it.", "Ada Quellin", "person", "direct"),
            ("Will you run again?", "interviewer", "unnamed", "direct"),
            ("I have not decided; June, maybe.", "Ada Quellin", "person", "direct"),
        ],
    ),
    (
        "they-for-the-unions",
        "Unions press governor on pay freeze\n\nThe Ostrava Works Council, the largest employer in the valley, backed the governor's pay freeze on Monday.\n\nThree public-sector unions sent a letter to Gov. Marta Quist on Tuesday. Her silence deepens “the anti-worker mood” in the state capitol, the unions say. They argue that Quist should “set the tone” by meeting them this week.\n\n“We have asked for a meeting three times,” the unions wrote.\n",
        [
            ("the anti-worker mood", "public-sector unions", "organization", "partial"),
            ("set the tone", "public-sector unions", "organization", "partial"),
            (
                "We have asked for a meeting three times,",
                "public-sector unions",
                "organization",
                "direct",
            ),
        ],
    ),
    (
        "they-for-a-party-caucus",
        "Senate votes down clinic bill\n\nThe state Senate on Thursday rejected a bill that would have sent money to rural clinics. Senate Democrats blocked the measure because they said its funding clause was a “deal breaker.”\n\nSen. Ross Alder, the bill's sponsor, said he would try again in January.\n",
        [("deal breaker.", "Senate Democrats", "organization", "partial")],
    ),
    (
        "the-groups-are-no-one-body",
        "Advocacy groups press Senator Rhee over ad\n\nFour civil rights groups wrote to Sen. Dana Rhee on Thursday about a campaign ad.\n\nThe ad, paid for by the Marlow County Republican Committee, shows refugees crossing a river. It has run for two weeks on local stations. Rhee, a Democrat, has not commented on it. Her office said she was traveling.\n\nWhile Rhee has condemned the committee's earlier flyers, the groups that signed Thursday's letter say her office has been “silent for far too long.” They argue that she should “show some backbone.”\n",
        [
            (
                "silent for far too long.",
                "civil rights groups",
                "organization",
                "partial",
            ),
            ("show some backbone.", "civil rights groups", "organization", "partial"),
        ],
    ),
    (
        "co-anchor-before-the-name",
        "Talk-show hosts float novelist for governor\n\nThe novelist Ivo Thane said on Monday that he would consider a run for governor if petitions reached 50,000 signatures.\n\n“Imagine Ivo Thane on the same stage as both of them,” said Lantern co-anchor Lyle Pardee on the network's morning show. “Not to mention, Governor Thane.”\n\nCo-organizer Mina Sorrell said volunteers had gathered “about 9,000 names” in the first week.\n",
        [
            (
                "Imagine Ivo Thane on the same stage as both of them,",
                "Lyle Pardee",
                "person",
                "direct",
            ),
            ("Not to mention, Governor Thane.", "Lyle Pardee", "person", "direct"),
            ("about 9,000 names", "Mina Sorrell", "person", "partial"),
        ],
    ),
    (
        "many-people-are-not-a-name-in-their-phrase",
        "Smugglers dig deeper as border wall rises\n\nAlong the crossing, Border Patrol agents described the soil under the town as “a sponge.”\n\nHis critics in the diocese, many of them conservative Methodists, argue that Bishop Alden Quarrie has become a “political bishop” since the election.\n",
        [
            ("a sponge.", "Border Patrol agents", "unnamed", "partial"),
            ("political bishop", "critics", "unnamed", "partial"),
        ],
    ),
    (
        "state-after-the-name",
        'Senators spar over defense budget\n\nSens. Dale Ostrow (Ky.) and Marcus Pelley (Fla.) clashed over military spending at Tuesday\'s debate in Orlando.\n\nOstrow said the budget was bloated and called for an audit of the Pentagon. The Florida senator disagreed. "The first job of government is defense," he said.\n',
        [("The first job of government is defense,", "Marcus Pelley", "person", "direct")],
    ),
    (
        "a-source-who-identified-someone",
        'Aide\'s messages under review\n\nThe messages were sent from an account used by Dana Whitcomb, the governor\'s chief of staff.\n\n"All I am able to say is that her account started several of those threads," said a first source who identified Whitcomb but would speak only without a name while the review goes on.\n\nAsked whether Whitcomb had taken part, a second source close to the review agreed, with a warning: "She was at the center of it, but she was far from alone," the source said.\n',
        [
            (
                "All I am able to say is that her account started several of those threads,",
                "source",
                "unnamed",
                "direct",
            ),
            (
                "She was at the center of it, but she was far from alone,",
                "second source",
                "unnamed",
                "direct",
            ),
        ],
    ),
    (
        "that-quote-from-and-a-dictum",
        "Treasurer's old words come back to haunt her\n\n\"I would rather lose an election than cheat to win one.\" That quote from state Treasurer Mona Quillan ran across the top of the Ledger's Sunday edition, two days after auditors questioned her campaign's books.\n\nQuillan learned politics from Wayne Barrow, the county's longtime party chairman. Barrow's dictum to the young volunteers was, \"Count the votes twice and the money three times.\"\n",
        [
            (
                "I would rather lose an election than cheat to win one.",
                "Mona Quillan",
                "person",
                "direct",
            ),
            (
                "Count the votes twice and the money three times.",
                "Wayne Barrow",
                "person",
                "direct",
            ),
        ],
    ),
    (
        "meanwhile-who-said-and-speaks-volumes",
        'Senate endorsements split along familiar lines\n\nGov. Ada Quist counts 31 backers in the state Senate, where her rival Ned Ostrander also sits. Ostrander, meanwhile, who has no such backers at all, argued that fact speaks volumes about who is "willing to fight the old guard."\n',
        [("willing to fight the old guard.", "Ned Ostrander", "person", "partial")],
    ),
    (
        "a-title-and-its-subtitle",
        'Former aide\'s memoir stirs the capitol\n\nA former chief of staff to Gov. Ada Quist, Lionel Varrow, will publish "Backroom: Twelve Years Inside the Statehouse and the Deals That Built It" in March, his publisher said on Tuesday.\n\n"I wrote down what I saw," Varrow said in an interview. "Some of it will not please the governor."\n',
        [
            ("I wrote down what I saw,", "Lionel Varrow", "person", "direct"),
            ("Some of it will not please the governor.", "Lionel Varrow", "person", "direct"),
        ],
    ),
    (
        "some-in-the-crowd",
        'Rally draws thousands to the fairgrounds\n\nSen. Marcus Pelley spoke for an hour on Saturday. Some in the crowd chanted "Four more years!" as he left the stage, and several of the delegates said the nomination fight was "already over."\n',
        [
            ("Four more years!", "crowd", "unnamed", "partial"),
            ("already over.", "delegates", "unnamed", "partial"),
        ],
    ),
    (
        "own-siblings-older-younger",
        "Two brothers, one orchard\nPELLSTON, Mich. — Corbin Vantassel is running for the county board on a promise to fix the roads. His older brother, Lyle Vantassel, still runs the family orchard on Route 9.\n“Corbin could always talk his way out of chores,” Lyle Vantassel said, tossing a crate onto a flatbed.\nThe two fought over everything as boys, including a tractor that ended up in a ditch.\n“He will tell you I was driving,” the older Vantassel said. “I was not.”\nCorbin Vantassel laughed when told of the remark. “My brother remembers what he likes,” he said.\nTheir mother, Ida Vantassel, 81, keeps the orchard's books. “They both drove that tractor,” she said.\nThe younger Vantassel said he would keep his seat on the orchard's board if he wins.\n",
        [
            (
                "Corbin could always talk his way out of chores,",
                "Lyle Vantassel",
                "person",
                "direct",
            ),
            ("He will tell you I was driving,", "Lyle Vantassel", "person", "direct"),
            ("I was not.", "Lyle Vantassel", "person", "direct"),
            ("My brother remembers what he likes,", "Corbin Vantassel", "person", "direct"),
            ("They both drove that tractor,", "Ida Vantassel", "person", "direct"),
        ],
    ),
    (
        "own-elder-mr-subject",
        "A bakery changes hands\nGRAYLING — Hollis Brandeberry opened the bakery on Cedar Street in 1979. His wife, Noreen Brandeberry, ran the register, and their son, Wendell Brandeberry, 38, now runs the ovens.\n“I learned to knead before I learned to drive,” the younger Mr. Brandeberry said.\nA regular, Otis Kemppainen, 77, stopped in for a loaf of rye. “I have bought bread here every Saturday for forty years,” Mr. Kemppainen said.\nThe elder Mr. Brandeberry says he has not decided what to do with the old mixer.\n“Maybe I will keep it in the garage,” he said. “Maybe I will sell it for scrap.”\n",
        [
            (
                "I learned to knead before I learned to drive,",
                "Wendell Brandeberry",
                "person",
                "direct",
            ),
            (
                "I have bought bread here every Saturday for forty years,",
                "Otis Kemppainen",
                "person",
                "direct",
            ),
            ("Maybe I will keep it in the garage,", "Hollis Brandeberry", "person", "direct"),
            ("Maybe I will sell it for scrap.", "Hollis Brandeberry", "person", "direct"),
        ],
    ),
    (
        "own-per-a-spokesperson",
        "Campaign pulls video after backlash\nThe clip was gone by Thursday morning. “The video did not reflect the candidate’s views and was removed as soon as he saw it,” per a spokesperson.\nDorrance Pettigrew, the challenger, said the apology came too late. “They knew what they were posting,” Pettigrew said.\nPer the party’s own memo, “turnout among younger voters is the whole ballgame.”\n",
        [
            (
                "The video did not reflect the candidate’s views and was removed as soon as he saw it,",
                "spokesperson",
                "unnamed",
                "direct",
            ),
            ("They knew what they were posting,", "Dorrance Pettigrew", "person", "direct"),
            ("turnout among younger voters is the whole ballgame.", "memo", "document", "partial"),
        ],
    ),
    (
        "own-state-rep-and-congressman",
        "After 22 years, a congressman heads home\nRep. Edvin Halvorsrud, 76, will leave Congress in January after 22 years.\n“People call the office because they need something, so I pick up,” Halvorsrud said.\nThe Republican nominee to succeed him, state Rep. Torvald Ingebrigtsen, has his blessing. “Twenty-two years? I would settle for six,” the 43-year-old said.\nAsked what he would miss the most, the congressman took a long time to answer.\n“The mail,” he said at last.\n",
        [
            (
                "People call the office because they need something, so I pick up,",
                "Edvin Halvorsrud",
                "person",
                "direct",
            ),
            (
                "Twenty-two years? I would settle for six,",
                "Torvald Ingebrigtsen",
                "person",
                "direct",
            ),
            ("The mail,", "Edvin Halvorsrud", "person", "direct"),
        ],
    ),
    (
        "own-age-given-otherwise",
        "Diner regulars split on the levy\nMARLOW, Ohio — At the counter of the Bluebird Diner, Augustin Pelletreau, 74, said the school levy was more than the town could bear.\n“My taxes went up twice in five years,” Pelletreau said. He waved at the waitress, Jolene Strickfaden, who was refilling his cup and shaking her head.\n“Nobody ever moved here for the low taxes,” the 29-year-old said. “They came for the schools.”\n",
        [
            ("My taxes went up twice in five years,", "Augustin Pelletreau", "person", "direct"),
            ("Nobody ever moved here for the low taxes,", "Jolene Strickfaden", "person", "direct"),
            ("They came for the schools.", "Jolene Strickfaden", "person", "direct"),
        ],
    ),
    (
        "own-unnamed-inside-her-sentence",
        "Longtime sheriff hangs up her badge\nBRAXTON COUNTY — Sheriff Odalys Fennimore, 66, who has run the department since 1998, will retire in June.\nAround the courthouse she was known as what one deputy once called “the only boss in the state who still answers her own radio.”\nShe does not argue with that. “I answer it because somebody out there is calling. What else would I do?” she said.\n",
        [
            (
                "the only boss in the state who still answers her own radio.",
                "deputy",
                "unnamed",
                "partial",
            ),
            (
                "I answer it because somebody out there is calling. What else would I do?",
                "Odalys Fennimore",
                "person",
                "direct",
            ),
        ],
    ),
    (
        "own-she-the-sheriff-asked",
        "Sheriff tells panel of overflowing jail\nWASHINGTON — Sheriff Wilhelmina Aucoin of Terrebonne Ridge County told a House panel on Thursday that her jail now holds twice the inmates it was built for. “I have buried more people this year than in my first ten years,” Aucoin said.\nDr. Ingeborg Lindahl, who runs the federal grant office, said she had not heard of the county's case and promised to look into it.\nNear the end of the hearing, Rep. Dashiell Pruitt turned back to the sheriff and asked her to repeat why the county's grant had been rejected.\n“A missing initial on page four,” she said. “That is what stands between my county and a treatment program.”\n",
        [
            (
                "I have buried more people this year than in my first ten years,",
                "Wilhelmina Aucoin",
                "person",
                "direct",
            ),
            ("A missing initial on page four,", "Wilhelmina Aucoin", "person", "direct"),
            (
                "That is what stands between my county and a treatment program.",
                "Wilhelmina Aucoin",
                "person",
                "direct",
            ),
        ],
    ),
    (
        "own-company-by-its-short-name",
        "Drug maker defends price of overdose kit\n“We have spent $12 million on training doctors since 2013,” said Ottoline Brasher, a senior vice president at Quillfeather Therapeutics.\nSen. Rosalind Okonjo pressed her on the price of the kit, which has tripled in three years. Okonjo read from a county nurse's letter describing clinics that ration it.\nBrasher said prices paid for research. Okonjo said that was not good enough.\nLate in the afternoon, Sen. Barnaby Tull asked about rural clinics.\nAfter the hearing, Quillfeather issued a short statement. “We remain committed to ending this crisis,” the company said.\n",
        [
            (
                "We have spent $12 million on training doctors since 2013,",
                "Ottoline Brasher",
                "person",
                "direct",
            ),
            (
                "We remain committed to ending this crisis,",
                "Quillfeather Therapeutics",
                "organization",
                "direct",
            ),
        ],
    ),
    (
        "own-editorial-turns-on-mayor",
        "Hometown paper breaks with the mayor over the bond\nBRACKENRIDGE, Kan. — For twenty years the Brackenridge Sentinel-Ledger backed Mayor Cletus Varnado in every race he ran.\nA front-page editorial printed Sunday, under the headline “Not This One, Mr. Mayor,” called Varnado's sewer bond “a bill mailed to our children.”\n“The city is not saving a dime. It is borrowing against the next mayor,” the editorial said.\nThe piece, which fills most of the front page, goes through the bond's terms line by line. It also takes on the mayor's sales pitch, calling it “an insult to anyone who can read a payment schedule.”\n",
        [
            ("a bill mailed to our children.", "editorial", "document", "partial"),
            (
                "The city is not saving a dime. It is borrowing against the next mayor,",
                "editorial",
                "document",
                "direct",
            ),
            (
                "an insult to anyone who can read a payment schedule.",
                "piece",
                "document",
                "partial",
            ),
        ],
    ),
    (
        "own-called-his-remarks-so",
        "Former allies pile on after mayor's outburst\nMayor Benedikt Varga spent Sunday defending a string of posts about the city council. By evening, two former allies had turned on him.\nOdile Marchetti, who ran the mayor's 2012 campaign, called Varga's posts and conduct on Sunday “childish.”\nIn a statement Monday, taxpayers' league president Emmett Oduya called Varga's assertion of an “emergency power” over the budget “reckless and unlawful.”\n",
        [
            ("childish.", "Odile Marchetti", "person", "partial"),
            ("emergency power", "Benedikt Varga", "person", "partial"),
            ("reckless and unlawful.", "Emmett Oduya", "person", "partial"),
        ],
    ),
    (
        "own-offered-that-assessment",
        "Credentials fight splits county convention\nELMHURST — The credentials committee met behind closed doors for three hours before it voted to seat the Dorrance County slate.\n“Major Quigley is a decent man, and he got exactly the same hearing as every other delegation.”\nMs. Henrietta Vossberg, the committee's chairwoman, offered that assessment late Saturday, adding that the county's forms had come in a day after the deadline.\n“I have filled out more forms than that whole committee,” Mr. Quigley said.\n",
        [
            (
                "Major Quigley is a decent man, and he got exactly the same hearing as every other delegation.",
                "Henrietta Vossberg",
                "person",
                "direct",
            ),
            (
                "I have filled out more forms than that whole committee,",
                "Quigley",
                "person",
                "direct",
            ),
        ],
    ),
    (
        "own-congresswoman-once-in-statehouse",
        "Congresswoman seeks a fifth term\nRep. Marisol Quintanar, a former state senator, opened her re-election campaign on Saturday in Tres Pinos.\nHer challenger, Beatrix Hollenkamp, 52, one of the founders of a local water board, said the district needed a change.\n“Twelve years is long enough to know whether something is working,” Hollenkamp said.\nAt a diner across town an hour later, the congresswoman shrugged off the attack. “I answer to the people who show up, not to a slogan,” she said.\n",
        [
            (
                "Twelve years is long enough to know whether something is working,",
                "Beatrix Hollenkamp",
                "person",
                "direct",
            ),
            (
                "I answer to the people who show up, not to a slogan,",
                "Marisol Quintanar",
                "person",
                "direct",
            ),
        ],
    ),
]
with open("tests/data/attribution.jsonl", "w", encoding="utf-8") as out:
    for doc_id, text, quotes in ARTICLES:
        rows = []
        pos = 0
        for q, speaker, kind, qkind in quotes:
            start = text.index(q, pos)
            pos = start + len(q)
            rows.append(
                {
                    "start": start,
                    "end": pos,
                    "text": q,
                    "speaker": speaker,
                    "speaker_kind": kind,
                    "kind": qkind,
                }
            )
        out.write(
            json.dumps(
                {"doc_id": doc_id, "text": text, "quotes": rows, "not_speech": [], "neutral": []},
                ensure_ascii=False,
            )
            + "\n"
        )
print("ok")
