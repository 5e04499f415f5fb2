"""Verdicts for training/calibration/heldout/extracted.jsonl, by line index (0-based).

Judged by a kg developer (an AI agent), one pass, not adjudicated, against
/work/shared/gold/SCHEMA.md with the conventions of ../README.md. Only "wrong" and
"unsure" carry a reason; every index not listed here is "correct". The reason's prefix
selects the error kind (same kinds as ../judge.py).
"""

PERSON_MEMBER = "out of schema: memberOf is Country/Organization -> Organization, here a person joining a party/band/club"
STATE_GOV = "affiliation: a US state governor is an official of the state, not of the United States"
LIST_MEMBER = "wrong subject: 'It' (a country) is the member; the next organisation in the list is taken as the member"
ELECTION_SUBJ = "wrong subject: the country is taken from '<country> ... election'; it is not the actor"
PARTY_PERSON = "wrong entity: a party typed as a Person"

V = {
    0: ("wrong", PERSON_MEMBER + " (militia)"),
    1: ("wrong", "wrong subject: the name is only the speaker; the regional party branch held the discussion; object truncated"),
    9: ("wrong", "negation: the talks were *refused/closed off*, not held"),
    21: ("wrong", PERSON_MEMBER + " (footballer transfer)"),
    22: ("wrong", "wrong subject: the pronoun refers to another leader; the named person is the subject of a different clause"),
    26: ("wrong", "wrong relation: 'Member of Parliament' is a person's office title; a party is not a member of Parliament"),
    27: ("wrong", "wrong relation: 'slam the door' (leave a party) is not criticism"),
    28: ("wrong", "wrong subject: a person ('he') is the member; subject is a merged org chunk from a neighbouring phrase"),
    29: ("wrong", ELECTION_SUBJ + " ('the party' formed the alliance)"),
    30: ("wrong", "wrong subject: a person ('he') joined; the party named is his former party"),
    31: ("wrong", ELECTION_SUBJ + " (party members supported a list typed as Person)"),
    37: ("wrong", "wrong entities: a hyphenated party name split into two organisations; the member is a person"),
    38: ("wrong", "direction/subject: the parties backed a candidate; the country is taken from the election name"),
    39: ("wrong", "direction/subject: the parties backed a candidate; the country is taken from the election name"),
    40: ("wrong", "wrong relation: 'visiting scholar' is a position, not a visit"),
    42: ("unsure", "support for a proposed regional association (an idea more than an existing actor)"),
    43: ("wrong", "wrong entity: a person's first name read as a place"),
    44: ("wrong", LIST_MEMBER),
    45: ("wrong", LIST_MEMBER),
    46: ("wrong", LIST_MEMBER),
    47: ("wrong", LIST_MEMBER),
    48: ("wrong", "wrong object: the party joined a coalition; the coalition's other member is taken as the object"),
    49: ("wrong", "wrong entity: part of an electoral district name typed as a Person; the member is 'she'"),
    50: ("wrong", "wrong entities: voters of a region (not the country, from the election name) supported a party mis-linked to another country's party"),
    52: ("wrong", "wrong object: the parties agreed among themselves to act against the head of government; the country is not a party to the agreement"),
    53: ("wrong", "wrong object: the parties agreed among themselves to act against the head of government; the country is not a party to the agreement"),
    54: ("wrong", "wrong object: the parties agreed among themselves to act against the head of government; the country is not a party to the agreement"),
    55: ("wrong", "wrong entity: a foreign party name linked to the US Democratic Party; object is also not a party to the agreement"),
    60: ("wrong", "wrong object: support for a named war truncated to the country; the supporter is the parent party, not the splinter group"),
    62: ("wrong", ELECTION_SUBJ + " (talks were between the parties)"),
    63: ("wrong", ELECTION_SUBJ + " (talks were between the parties)"),
    66: ("wrong", "wrong relation: promoting an annexation (political programme) is not an attack; subject is a truncated name"),
    67: ("wrong", ELECTION_SUBJ + " ('he' supported the candidate)"),
    68: ("wrong", "wrong subject: a person ('he') is the member; the country is taken from a following name in the list"),
    69: ("wrong", PARTY_PERSON),
    73: ("wrong", "wrong subject: a hypothetical coalition of parties; the informateur (a person) is taken as the member; foreign party linked to the UK Labour Party"),
    74: ("wrong", "wrong subject: a hypothetical coalition of parties; the informateur (a person) is taken as the member; foreign party linked to the US Democratic Party"),
    75: ("wrong", "wrong subject: the voters of an area support the party, not another party"),
    81: ("wrong", STATE_GOV + " (sitting governor, later elected vice president)"),
    82: ("wrong", "hypothetical as fact: a *proposed* alliance that would include the party; no membership"),
    84: ("wrong", "wrong subject: the party that split off supported the alliance; the coalition it left is taken as subject; only a desired alliance"),
    85: ("wrong", "wrong subject: a person ('he') crossed the floor; his former party (mis-linked to the US Democratic Party) taken as subject"),
    86: ("wrong", PARTY_PERSON),
    89: ("wrong", "wrong entity: a provincial New Democratic Party linked to the US Democratic Party"),
    90: ("wrong", "wrong subject: the journalist is only the source; another person scheduled the visits (and meetings with an organisation are not visits)"),
    91: ("wrong", "wrong subject: the journalist is only the source; another person scheduled the visits (and meetings with an organisation are not visits)"),
    93: ("wrong", "wrong subject: another country invaded the object; the subject is taken from a neighbouring phrase"),
    96: ("wrong", "wrong subject: the invasion was not by this alliance; subject taken from an earlier item of the list"),
    99: ("wrong", "wrong relation: a list of award recipients' units; no unit is a member of another"),
    100: ("wrong", "wrong relation: a list of award recipients' units; no unit is a member of another"),
    101: ("wrong", "wrong entity: a word of an operation's name typed as a Person; the role holder is 'he'"),
    107: ("wrong", "wrong object: the invasion was against the ruler's vassal, not the ruler"),
}
