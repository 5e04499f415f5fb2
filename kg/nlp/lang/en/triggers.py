"""English relation triggers and cue words (frames and phrase syntax as in the Indonesian module).

Verbs are given once, as a lemma, and expanded to their inflections by :func:`forms`
("criticize" → criticize, criticizes, criticized, criticizing; irregular verbs list their
forms); their passives ("was criticized by", "criticized by") take the ``ovs`` frame.
"""
from __future__ import annotations

IRREGULAR: dict[str, tuple[str, ...]] = {
    "meet": ("meet", "meets", "met", "meeting"), "hold": ("hold", "holds", "held", "holding"),
    "seek": ("seek", "seeks", "sought", "seeking"), "strike": ("strike", "strikes", "struck", "striking"),
    "send": ("send", "sends", "sent", "sending"), "fight": ("fight", "fights", "fought", "fighting"),
    "break": ("break", "breaks", "broke", "breaking"), "cut": ("cut", "cuts", "cut", "cutting"),
    "fly": ("fly", "flies", "flew", "flying"), "speak": ("speak", "speaks", "spoke", "speaking"),
    "shoot": ("shoot", "shoots", "shot", "shooting"), "lead": ("lead", "leads", "led", "leading"),
    "give": ("give", "gives", "gave", "giving"), "make": ("make", "makes", "made", "making"),
    "have": ("have", "has", "had", "having"), "take": ("take", "takes", "took", "taking"),
    "begin": ("begin", "begins", "began", "beginning"), "tell": ("tell", "tells", "told", "telling"),
    "bring": ("bring", "brings", "brought", "bringing"), "win": ("win", "wins", "won", "winning"),
    "set": ("set", "sets", "set", "setting"), "put": ("put", "puts", "put", "putting"),
    "leave": ("leave", "leaves", "left", "leaving"), "hit": ("hit", "hits", "hit", "hitting"),
}
PARTICIPLE: dict[str, str] = {"meet": "met", "hold": "held", "seek": "sought", "strike": "struck", "send": "sent",
                               "fight": "fought", "break": "broken", "cut": "cut", "shoot": "shot", "give": "given",
                               "make": "made", "take": "taken", "tell": "told", "bring": "brought", "set": "set",
                               "leave": "left"}
_DOUBLE = {"ban", "bar", "plan", "stop", "drop", "ship", "step", "grab", "rebut", "expel", "repel", "compel", "patrol",
           "control", "admit", "commit", "submit", "regret", "equip", "rebel", "refer", "prefer", "confer", "occur",
           "slam", "rap", "slap",
           "propel", "abet", "embed", "format", "permit", "omit", "transfer", "deter", "incur"}


AUXILIARIES = ("will", "would", "to", "could", "may", "might", "shall", "should", "must", "did", "does", "do")


def forms(lemma: str) -> tuple[str, ...]:
    """base, 3rd person, past, -ing of a regular or listed English verb."""
    if lemma in IRREGULAR:
        return IRREGULAR[lemma]
    if lemma in _DOUBLE:
        return lemma, lemma + "s", lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"
    if lemma.endswith("e"):
        return lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing"
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        return lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        return lemma, lemma + "es", lemma + "ed", lemma + "ing"
    return lemma, lemma + "s", lemma + "ed", lemma + "ing"


def participle(lemma: str) -> str:
    return PARTICIPLE.get(lemma) or forms(lemma)[2]


def verb(rel: str, conf: float, *lemmas: str, after: str = "", passive: bool = True, frame: str = "svo",
         base: bool = True, nominal: bool = False) -> dict[str, tuple[str, str, float]]:
    """Every inflection of each lemma (``after``: words that follow, "on", "@ to"), plus the
    passive "<participle> by" as ``ovs``. ``base=False`` leaves out the bare form ("back");
    ``nominal=True`` also the -s and -ing forms, for verbs that are nouns too ("attack", "bombing")."""
    out = {}
    for lemma in lemmas:
        head, _, rest = lemma.partition(" ")
        fs = forms(head)
        if head.endswith("el") and head not in IRREGULAR:  # British spelling too: "travelled", "cancelling"
            fs = fs + (head + "led", head + "ling")
        for i, f in enumerate(fs):
            if (i == 0 and not base) or (i in (0, 1, 3) and nominal and not rest):
                if i == 0 and nominal and base:  # "would sanction", "to attack": the bare form as a verb
                    for aux in AUXILIARIES:
                        out[" ".join(x for x in (aux, f, after) if x)] = (rel, frame, conf)
                continue  # a noun too: "the attack(s)", "the bombing"
            out[" ".join(x for x in (f, rest, after) if x)] = (rel, frame, conf)
        if passive:
            out[" ".join(x for x in (participle(head), rest, "by") if x)] = (rel, "ovs", conf)
    return out


def _each(rel: str, frame: str, conf: float, *phrases: str) -> dict[str, tuple[str, str, float]]:
    return {p: (rel, frame, conf) for p in phrases}


def _with(rel: str, conf: float, *nouns: str, preps: tuple[str, ...] = ("with", "between")) -> dict:
    return {f"{n} {p}": (rel, "sym", conf) for n in nouns for p in preps}


TRIGGERS: dict[str, tuple[str, str, float]] = {
    # 02 appeal, 023 appeal for aid
    **verb("requestsAssistance", 0.85, "ask for help", "ask for assistance", "ask for aid", "ask for support",
           "request help", "request assistance", "request aid", "request military aid", "appeal for help",
           "appeal for aid", "appeal for assistance", "seek help", "seek aid", "seek assistance", "seek support",
           "seek military help", "turn to", passive=False),
    **verb("requestsAssistance", 0.75, "ask @ for help", "ask @ for assistance", "ask @ for aid", "ask @ for support",
           "appeal to", passive=False),
    **verb("requestsAssistance|demands", 0.75, "ask @ to", passive=False),  # (see AID_WORDS)
    **verb("requestsAssistance", 0.6, "lobby", passive=False),
    **verb("meetsWith+requestsAssistance", 0.7, "negotiate with @ to", "lobby @ to", passive=False),
    **_each("requestsAssistance", "nom", 0.7, "request for help from", "request for assistance from",
            "appeal for help from", "plea for help to", "call for help to"),
    # 04 consult
    **verb("meetsWith", 0.75, "meet with", "hold talks", "confer with", "consult with", "negotiate with",
           "speak with", "talk with", "dine with", "have lunch with", "have talks", "have a meeting with",
           "hold a meeting with", "hold meetings with", "hold a summit", "hold a summit with", "hold summit talks",
           "hold a phone call with", "hold a call with", passive=False, frame="sym"),
    **verb("meetsWith", 0.75, "meet", passive=False),
    **verb("meetsWith", 0.75, "telephone", "host", passive=False, nominal=True),
    **verb("meetsWith", 0.7, "receive @", "phone @", "call @ by telephone", passive=False),
    **_each("meetsWith", "sym", 0.7, "talks", "meeting", "negotiations", "summit", "phone call", "telephone call",
            "telephone conversation", "phone conversation", "consultations", "discussed"),
    **_with("meetsWith", 0.75, "news conference", "press conference", "joint news conference", "joint press conference",
            "talks", "meeting", "meetings", "negotiations", "summit", "phone call", "telephone call",
            "telephone conversation", "phone conversation", "consultations", "conversation", "dialogue", "lunches",
            "discussions", "discussed"),
    **verb("meetsWith", 0.45, "tell @", "speak to", "talk to", passive=False),
    **_each("meetsWith", "ovs", 0.6, "was received by", "were received by", "was hosted by", "were hosted by"),
    # 042/043 visits
    **verb("visits", 0.85, "visit"),
    **verb("visits", 0.85, "tour", nominal=True),
    **_each("visits", "svo", 0.75, "visit to", "visits to", "trip to", "tour of", "state visit to", "official visit to"),
    **verb("visits", 0.6, "arrive in", "arrive at", "fly to", "travel to", "land in", "leave for", "depart for",
           "head for", "set off for", "send <delegate> to",
           "dispatch <delegate> to", passive=False),
    # 05/06 cooperate, agree
    **verb("agreesWith", 0.75, "agree with", "reach agreement with", "reach an agreement with", "reach a deal with",
           "sign an agreement with", "sign a deal with", "sign a treaty with", "sign a pact with",
           "strike a deal with", "cooperate with", "conclude an agreement with", passive=False, frame="sym"),
    **verb("agreesWith", 0.6, "agree", "cooperate", passive=False, frame="sym"),
    # restoring or opening ties is cooperation (CAMEO 05/06)
    **verb("agreesWith", 0.65, "restore diplomatic ties with", "restore diplomatic relations with", "restore ties with",
           "restore relations with", "establish diplomatic ties with", "establish diplomatic relations with",
           "resume diplomatic ties with", "resume diplomatic relations with", "normalise relations with",
           "normalize relations with", "normalise ties with", "normalize ties with", passive=False, frame="sym"),
    **verb("agreesWith", 0.65, "sign … agreement", "sign … deal", "sign … pact", "sign … treaty", "sign … accord",
           "sign … memorandum", "ink … deal", "ink … agreement", "reach … deal", "reach … agreement",
           "reach … accord", "strike … deal", "conclude … agreement", "conclude … deal", passive=False, frame="sym"),
    **_with("agreesWith", 0.6, "agreement", "deal", "accord", "cooperation", preps=("with",)),
    # "the deal between Iran and China", "an agreement between Israel and Jordan"
    **_with("agreesWith", 0.55, "agreement", "deal", "accord", "treaty", "pact", preps=("between",)),
    # 10 demand
    **verb("demands", 0.75, "call on", "urge", "call upon", "call for", passive=False),
    **verb("demands", 0.7, "demand", "press", passive=False, nominal=True),
    **verb("demands", 0.7, "demand that", "insist that", passive=False),
    **_each("demands", "ovs", 0.7, "was urged by", "were urged by", "was pressed by", "were pressed by"),
    **_each("demands", "nom", 0.65, "demands on", "demand to", "ultimatum to", "pressure on"),
    # 11 disapprove
    **verb("criticizes", 0.8, "criticize", "criticise", "condemn", "accuse", "blame", "denounce", "rebuke",
           "slam", "chastise", "castigate", "deplore", "lambast", "censure", "reproach", "decry", "blast", "berate",
           "chide"),
    **verb("criticizes", 0.6, "protest against", "object to", "assail", "oppose", "protest to",
           "lodge a protest with", "lodge a complaint with", "file a protest with", "hit out at", "lash out at",
           "react angrily to", "express anger at", "express anger over", "voice anger at", "voice anger over",
           "express outrage at", "express outrage over", "voice outrage at", "voice outrage over", passive=False),
    **_each("criticizes", "svo", 0.6, "critical of", "highly critical of", "sharply critical of"),  # "has been critical of"
    **verb("criticizes", 0.6, "protest", passive=False, nominal=True),
    **_each("criticizes", "nom", 0.7, "criticism of", "condemnation of", "accusations against", "protest against",
            "protests against", "complaint against", "criticism from"),
    # 13 threaten
    **verb("threatens", 0.8, "threaten"),
    **verb("threatens", 0.6, "warn", passive=False),
    **verb("threatens", 0.6, "threaten to retaliate against", "reserve the right to retaliate against", passive=False),
    **_each("threatens", "nom", 0.55, "threat to", "threats against", "threats to", "ultimatum to", "warning to",
            "warnings to", "delivered warnings to", "issued a warning to", "issued warnings to"),
    # 16 reduce relations
    **verb("sanctions", 0.85, "impose sanctions on", "impose sanctions against", "impose an embargo on",
           "impose an arms embargo on", "tighten sanctions on", "slap sanctions on", "extend sanctions on",
           "sever ties with", "sever relations with", "sever diplomatic ties with", "sever diplomatic relations with",
           "cut ties with", "cut diplomatic ties with", "break off relations with", "break off diplomatic relations with",
           "break off ties with", "suspend ties with", "suspend relations with", "freeze relations with",
           "recall its ambassador from", "recall its ambassador to", "withdraw its ambassador from",
           "recall its envoy from", "recall its envoy to", "impose a blockade on", passive=False),
    **verb("sanctions", 0.7, "sanction", "embargo", "boycott", "blockade", nominal=True),
    **verb("sanctions", 0.55, "expel"),
    **_each("sanctions", "svo", 0.75, "sanctions on", "sanctions against", "embargo on", "embargo against",
            "arms embargo on", "arms embargo against", "ban on arms exports to", "ban on arms sales to",
            "ban on exports to", "ban on imports from", "blockade of", "boycott of",
            *(f"{n} on {goods} {flow}" for n in ("embargo", "sanctions", "ban") for goods in ("arms", "weapons", "oil")
              for flow in ("sales to", "exports to", "deliveries to", "supplies to", "imports from")),
            "embargo on arms to", "embargo on weapons to", "embargo on exports to", "embargo on imports from",
            "embargo on trade with", "ban on trade with"),
    # 18-20 use force
    **verb("attacks", 0.8, "attack", "bomb", "shell", "raid", nominal=True),
    **verb("attacks", 0.8, "invade", "bombard", "annex", "occupy",
           "launch an attack on", "launch attacks on", "launch strikes on", "launch air strikes on",
           "fire missiles at", "fire rockets at", "open fire on", "fire on", "shoot down"),
    **verb("attacks", 0.5, "strike", passive=False, nominal=True),  # ("hit": too often figurative, "hit the economy")
    **verb("attacks", 0.5, "seize", passive=False),
    **_each("attacks", "svo", 0.7, "attack on", "attacks on", "attack against", "attacks against", "air strike on",
            "air strikes on", "airstrike on", "airstrikes on", "air strikes against", "strike on", "strikes on",
            "raid on", "raids on", "bombing of", "invasion of", "shelling of", "occupation of", "annexation of",
            "offensive against", "missile strike on", "rocket attack on", "assault on"),
    # standing relations
    **_each("inConflictWith", "sym", 0.85, "at war with", "war with", "war between", "wars with",
            "conflict with", "conflict between", "hostilities with", "hostilities between", "fighting between",
            "clashes with", "clashes between", "confrontation with", "confrontation between",
            "standoff with", "standoff between", "feud with", "feud between"),
    # "France and Britain declared war on Germany": each of them against the object, not each other
    **_each("inConflictWith", "svo", 0.85, "war against", "war on", "fighting against"),
    **_each("inConflictWith", "sym", 0.65, "tension between", "tensions between", "tension with", "tensions with",
            "dispute with", "dispute between", "disputes with", "rivalry with", "rivalry between", "at odds with",
            "row with", "row between", "rift with", "rift between", "crisis with", "crisis between"),
    **verb("inConflictWith", 0.65, "clash with", "go to war with", "wage war on", "wage war against", passive=False,
           frame="sym"),
    **verb("inConflictWith", 0.65, "fight", passive=False, frame="sym", nominal=True),
    **_each("inConflictWith", "sym", 0.65, "fought against", "fought with"),
    **verb("inConflictWith", 0.65, "exchange fire", "exchange fire with", "trade fire", "trade fire with",
           passive=False, frame="sym"),
    **_each("alliedWith", "app", 0.75, "ally", "allies", "close ally", "key ally", "staunch ally", "longtime ally",
            "traditional ally", "main ally", "strategic ally", "closest ally"),
    **_each("alliedWith", "sym", 0.85, "allied with", "alliance with", "alliance between", "allied to", "allies with"),
    **verb("supports", 0.65, "support", "back", "endorse", "side with", base=False),
    **verb("supports", 0.65, "support", "endorse", "side with", passive=False),
    # "X, with the support of Y, ...": Y supports X
    **_each("supports", "ovs", 0.6, "with the support of", "with the backing of", "with support from",
            "with backing from", "with the help of"),
    # "X won / garnered the support of Y": Y supports X (the noun, not the verb "support"; not
    # "lost the support of")
    **_each("supports", "ovs", 0.55, *(f"{v} the {n} of" for v in (
        "won", "win", "wins", "winning", "gained", "gain", "gains", "garnered", "garnering", "secured", "secure",
        "received", "receive", "receives", "enjoys", "enjoyed", "enjoying", "has", "had", "have", "got", "get",
        "obtained", "obtain", "enlisted", "enlist")
        for n in ("support", "backing"))),
    **_each("supports", "svo", 0.6, "support for", "backing for", "aid to", "military aid to", "military assistance to",
            "provided aid to", "supplied arms to", "assistance to"),
    **_each("memberOf", "app", 0.8, "member of", "members of", "member states of", "member state of",
            "member countries of", "member nations of", "a member of", "founding member of", "associate member of",
            "membership of", "membership in"),
    **verb("memberOf", 0.6, "join", "rejoin", passive=False),
    **_each("memberOf", "svo", 0.6, "accession to", "admitted to", "admission to"),
    **_each("militaryPresenceIn", "svo", 0.85, "military base in", "military bases in", "air base in", "air bases in",
            "naval base in", "naval bases in", "military presence in", "troops stationed in", "forces stationed in"),
    **verb("militaryPresenceIn", 0.7, "deploy troops to", "deploy troops in", "send troops to", "station troops in",
           "deploy forces to", "send forces to", "deploy warships to", "send warships to", "deploy … to",
           "deploy … in", "station … in", passive=False),
    **_each("militaryPresenceIn", "nom", 0.6, "deployment of ~ to", "deployment of ~ in", "stationing of ~ in"),
    **_each("militaryPresenceIn", "svo", 0.6, "troops in", "troops to", "soldiers in", "forces in", "base in",
            "bases in", "warships in", "deployed to", "stationed in"),
    # "U.S. servicemen based in Saudi Arabia", "Iranian troops entered northern Iraq"
    **_each("militaryPresenceIn", "svo", 0.6, *(f"{n} {v}" for n in (
        "troops", "forces", "servicemen", "soldiers", "planes", "warplanes", "jets", "warships", "marines")
        for v in ("based in", "are based in", "based … in", "are based … in", "entered", "crossed into", "moved into",
                  "poured into", "… entered", "… crossed into", "… moved into"))),  # ("troops on Saturday entered")
    # military operations on a state's soil: "Turkish troops conducting operations in northern Syria"
    **_each("militaryPresenceIn", "svo", 0.6, "military operations in", "military operation in", "conducting operations in",
            "conduct operations in", "carried out operations in"),
    **_each("locatedIn", "svo", 0.7, "located in", "situated in", "lies in"),
    **_each("locatedIn", "app", 0.7, "territory of", "province of", "region of", "city in", "part of"),
}

NEGATIONS: frozenset[str] = frozenset("not n't no never failed refused declined without nor cannot neither".split())
NOT_NEGATING_AFTER: frozenset[str] = frozenset({"only", "just", "merely"})
DENIALS: frozenset[str] = frozenset("denied denies deny denying dismissed rejected rejects".split())
HEDGES: frozenset[str] = frozenset(
    "may might could possibly possible likely unlikely perhaps expected considering consider considers considered "
    "hopes hoped hope wants wanted seek seeks seeking sought proposed proposes mulling weighing must should ought door "
    "willing ready offered offer wishes wish any".split()
)
PLANNED: frozenset[str] = frozenset(
    "will would shall plans planned plan planning scheduled due intends intend intended set prepared preparing "
    "going 'll".split()
)
# after the trigger's object, only an auxiliary makes the event a plan ("the visit to Cairo will ...";
# "NATO's expansion plans" is a noun)
FUTURE_AUXILIARIES: frozenset[str] = frozenset({"will", "would", "shall", "'ll"})
# the event was called off: its trigger's clause asserts nothing. Before the trigger, an active
# verb ("Egypt postponed talks with"); after it, a passive ("the visit to Cairo was postponed")
CANCELLATIONS: tuple[str, ...] = tuple(
    "postponed postpone postpones postponing cancelled canceled cancel cancels cancelling canceling scrapped "
    "shelved aborted".split()) + ("called off", "call off", "calls off", "put off")
CANCELLED_AFTER: tuple[str, ...] = tuple(
    f"{aux} {verb}" for aux in ("was", "were", "been", "is", "are", "be")
    for verb in ("postponed", "cancelled", "canceled", "scrapped", "shelved", "aborted", "called off", "put off"))
# Lifting or easing sanctions ends them: no sanction is imposed ("lifted sanctions against Libya",
# "the embargo was lifted"). Only for sanctions: "called for the embargo to be lifted" is a demand;
# an embargo that "is likely to be lifted" is still in force.
SANCTIONS_ENDED: tuple[str, ...] = tuple("lifted lift lifts lifting eased ease eases easing".split())
SANCTIONS_ENDED_AFTER: tuple[str, ...] = tuple(
    f"{aux} {verb}" for aux in ("was", "were", "been", "is", "are") for verb in ("lifted", "eased"))
IRREALIS: frozenset[str] = frozenset("if unless whether lest".split())
CLAIMS: frozenset[str] = frozenset("claims claimed claim alleged alleges allegedly accused accuses reportedly purportedly".split())
CONJUNCTIONS: frozenset[str] = frozenset(("and",))
COORD: frozenset[str] = frozenset(["and", ",", "&"])
DISJUNCTIONS: tuple[str, ...] = ("or",)  # a list that ends in one names alternatives
OBLIQUE_PREPS: frozenset[str] = frozenset(
    "in to from at on for against by with between into of about over toward towards during amid among across "
    "under despite via through behind than like within".split()
)
WITH_MARKERS: frozenset[str] = frozenset({"with", "against", "between"})
BETWEEN_MARKERS: frozenset[str] = frozenset({"between"})
LOCATIVE_PREPS: frozenset[str] = frozenset({"in", "at", "to", "from", "near", "into", "inside", "toward", "towards"})
DIRECTION_PREPS: frozenset[str] = frozenset({"to", "from", "into", "toward", "towards"})
AGENT_PREPS: frozenset[str] = frozenset({"by"})
POSSESSIVE_SUFFIXES: tuple[str, ...] = ()
CLAUSE_BREAKS: frozenset[str] = frozenset(
    [";", ":", '"', "“", "”", "that", "when", "while", "but", "however", "after", "before", "because", "although",
     "which", "who", "whom", "whose", "where", "saying", "though", "whereas"]
)
APPOSITION_MARKERS: frozenset[str] = frozenset(["namely", "including"])
APPOSITION_GAP: frozenset[str] = frozenset(
    [",", "as", "is", "an", "a", "the", "one", "of", "was", "itself", "are", "were", "its", "their", "has", "been",
     "have", "remains", "remain", "become", "became", "now", "still", "also", "and", "other", "which", "who", "that"]
)
FUNCTION_WORDS: frozenset[str] = frozenset()
GENITIVE_AFTER_NOUN = False
WORD_CLASSES: dict[str, frozenset[str]] = {
    "delegate": frozenset(
        "minister envoy envoys delegation delegations diplomat diplomats official officials representative "
        "representatives negotiator negotiators secretary ambassador president premier".split()
    ),
}
# "the Iran-Iraq war", "US-China talks": a noun after two actors joined by a hyphen
COMPOUND_NOUNS: dict[str, str] = {
    "war": "inConflictWith", "wars": "inConflictWith", "conflict": "inConflictWith", "dispute": "inConflictWith",
    "clashes": "inConflictWith", "hostilities": "inConflictWith", "tensions": "inConflictWith",
    "tension": "inConflictWith", "rivalry": "inConflictWith", "standoff": "inConflictWith", "feud": "inConflictWith",
    "talks": "meetsWith", "summit": "meetsWith", "negotiations": "meetsWith", "meeting": "meetsWith",
    "alliance": "alliedWith",
}
COMPOUND_NOUN_FIRST = False
# "Greece and Turkey's NATO allies": nouns after an organization that make its owners members
MEMBER_NOUNS: frozenset[str] = frozenset({"allies", "partners", "members", "colleagues", "counterparts", "member"})
# what a state says or decides: attacking it is criticism ("attacked Britain's stance")
VERBAL_TARGETS: frozenset[str] = frozenset(
    "stance position policy policies decision decisions plan plans proposal proposals remarks comments statement "
    "statements record handling approach attitude role move call refusal failure response behaviour behavior "
    "claims demands plea report budget line view views".split())
# the word for a body's member after its name: "Turkey, a NATO member", "NATO member Turkey"
ORG_MEMBER_WORDS: tuple[str, ...] = ("member", "members", "member-state", "member-states")
PRESENCE_CUES: frozenset[str] = frozenset(
    "currently now arrived landed spoke speaking said says told addressed addressing visiting".split()
)
# a noun trigger after these is the object of another verb ("attended the summit"): its
# participants are not the actors to its left
NOUN_DETERMINERS: tuple[str, ...] = ("the", "a", "an", "this", "that")
# "condemned Russia for the invasion of Ukraine": the one before it is the noun's agent
REASON_PREPS: tuple[str, ...] = ("for",)
# "was expected to meet A and B for talks": a symmetric noun after these is an aim; it pairs no one
PURPOSE_PREPS: tuple[str, ...] = ("for",)
# "blamed by A on B": the preposition after a passive's agent that names the patient
PATIENT_PREPS: tuple[str, ...] = ("on",)
# a noun phrase that takes up an event read before, as the object of criticism, demands or
# support ("mengecam tindakan tersebut", "called for the embargo to be lifted"): the phrase →
# the relation of that event ("*": any)
EVENT_ANAPHORA: dict[str, str] = {
    "the move": "*", "the decision": "*", "the action": "*", "the step": "*", "the measure": "*",
    "the measures": "*", "the policy": "*", "the sanctions": "sanctions", "the embargo": "sanctions",
    "the ban": "sanctions", "the boycott": "sanctions", "the attack": "attacks", "the attacks": "attacks",
    "the strike": "attacks", "the strikes": "attacks", "the raid": "attacks", "the invasion": "attacks",
}
# a clause after these describes the actor just before them ("AS, yang ...", "the US, which ...")
RELATIVIZERS: tuple[str, ...] = ("which", "who")
# nouns whose state name is their origin, not a party: "sanksi kepada dua warga Cina",
# "a Chinese bank" (the people or firms of a state are not the state)
NON_STATE_HEADS: frozenset[str] = frozenset("citizens citizen nationals national company companies firm firms bank banks ship ships tanker tankers vessel airline airliner journalists journalist reporter tourists tourist students student workers fishermen entities entity individuals businessman businessmen exporters refugees "
                                            "election elections referendum campaign voters electorate primary primaries summit "
                                            # a people's groups are not its state ("blame Albanian dissidents")
                                            "dissident dissidents majority minority separatist separatists rebel rebels militant militants "
                                            "guerrilla guerrillas insurgent insurgents opposition protesters demonstrators activists "
                                            # a state's media ("told Dutch news agency ANP", "Russian state television")
                                            "news newspaper newspapers daily broadcaster broadcasters television tv radio media press magazine channel".split())
# a preposition of origin: its object is never the target of a threat or an attack
ORIGIN_PREPS: tuple[str, ...] = ("from",)
# "to join", "to threaten": an infinitive names what is not (yet) done
INFINITIVE_MARKERS: tuple[str, ...] = ("to",)
# between a person and "di"/"in" + place, the words a presence may have: "kata Tillerson dalam
# Forum Regional ASEAN di Manila", "Mousavi is currently in Damascus"
PRESENCE_GAP: frozenset[str] = frozenset("is was currently now still during speaking while on".split())
# after a threat, demand or request, these open what is threatened or asked (not a fact)
CONTENT_MARKERS: tuple[str, ...] = ("to", "that")
# What is asked for names help: "meminta X untuk membantu" is a request for assistance, "meminta X
# untuk menghentikan ..." a demand (a trigger's "requestsAssistance|demands")
AID_WORDS: tuple[str, ...] = ("help", "aid", "assistance", "assist", "support", "protection", "protect", "defend")
# "tudingan bahwa ...", "accusations that ...": a trigger that ends in one takes a clause
COMPLEMENTIZERS: tuple[str, ...] = ("that",)
# words a list may hold between its members ("China, the Soviet Union and France")
COORD_SKIP: tuple[str, ...] = ("the",)
# words a trigger phrase may have inside it ("had lunch today with", "bertemu pula dengan")
SKIPPABLE: frozenset[str] = frozenset("today yesterday also again briefly separately jointly later earlier directly informally secretly privately formally".split())
# speech verbs of an attribution ("..., the spokesman said on Friday"): a date after them dates the
# saying, not what was said
SPEECH_VERBS: frozenset[str] = frozenset("said says told added stated announced declared according".split())
# "Kyi Maung was attacked in Yangon": after these a participle trigger is passive, its subject the
# patient (with "by", the "<participle> by" phrases name the agent)
PASSIVE_AUXILIARIES: frozenset[str] = frozenset("was were been being is are be get gets got getting".split())
# ... unless the participle is a state with these after it: "is opposed to", "is allied with"
STATIVE_PARTICIPLE_AFTER: frozenset[str] = frozenset({"to", "with"})
# a pronoun right before a trigger is its subject: when it names no one kg knows, there is no fact
# (not the nearest name further left: "... the Sunrise Party, then he joined ...")
SUBJECT_PRONOUNS: frozenset[str] = frozenset("he she they it we i who".split())
# "..., Bush supported X": a capitalised word right before a trigger that is no actor is an
# unknown subject (a name kg did not find), not a reason to take the nearest name further left
UNKNOWN_NAME_SUBJECT = True
# "its invasion of Iraq": before a noun trigger, the owner is the subject
POSSESSIVE_PRONOUNS: tuple[str, ...] = ("its", "his", "her")
