"""English titles that introduce a person, with the role they denote (gold schema roles).

``"leader"`` is resolved by the affiliation: the head of state of a country, an official of an
organization.
"""

TITLES: dict[str, str] = {
    "president": "headOfState", "head of state": "headOfState", "leader": "leader",
    "supreme leader": "headOfState", "prime minister": "headOfGovernment", "premier": "headOfGovernment",
    "pm": "headOfGovernment", "chancellor": "headOfGovernment", "head of government": "headOfGovernment",
    "king": "monarch", "queen": "monarch", "emir": "monarch", "amir": "monarch", "sultan": "monarch", "emperor": "monarch",
    "crown prince": "official", "prince": "official",
    "foreign minister": "foreignMinister", "foreign secretary": "foreignMinister",
    "secretary of state": "foreignMinister", "minister of foreign affairs": "foreignMinister",
    "external affairs minister": "foreignMinister", "foreign affairs minister": "foreignMinister",
    "defence minister": "defenceMinister", "defense minister": "defenceMinister",
    "defence secretary": "defenceMinister", "defense secretary": "defenceMinister",
    "secretary of defense": "defenceMinister", "secretary of defence": "defenceMinister",
    "minister of defence": "defenceMinister", "minister of defense": "defenceMinister",
    "minister": "minister", "secretary": "minister", "finance minister": "minister",
    "trade minister": "minister", "interior minister": "minister", "home secretary": "minister",
    "chancellor of the exchequer": "minister", "trade representative": "minister", "oil minister": "minister",
    "energy minister": "minister", "economy minister": "minister", "treasury secretary": "minister",
    "ambassador": "ambassador", "deputy ambassador": "official", "envoy": "ambassador", "special envoy": "ambassador", "charge d'affaires": "ambassador",
    "spokesman": "spokesperson", "spokeswoman": "spokesperson", "spokesperson": "spokesperson", "press secretary": "spokesperson",
    "secretary-general": "secretaryGeneral", "secretary general": "secretaryGeneral",
    "general": "militaryCommander", "commander": "militaryCommander", "admiral": "militaryCommander",
    "chief of staff": "militaryCommander", "army chief": "militaryCommander", "military chief": "militaryCommander",
    "commander-in-chief": "militaryCommander", "field marshal": "militaryCommander", "colonel": "militaryCommander",
    "lieutenant colonel": "militaryCommander", "major general": "militaryCommander", "lieutenant general": "militaryCommander",
    "brigadier general": "militaryCommander", "brigadier": "militaryCommander", "air marshal": "militaryCommander",
    "vice president": "official", "vice-president": "official", "deputy prime minister": "official",
    "deputy foreign minister": "official", "deputy minister": "official", "under secretary": "official",
    "vice foreign minister": "official", "vice minister": "official", "vice premier": "official",
    "vice chairman": "official", "deputy secretary of state": "official", "deputy secretary-general": "official",
    "deputy secretary general": "official", "deputy defence minister": "official", "deputy defense minister": "official",
    "undersecretary": "official", "undersecretary of state": "official", "under secretary of state": "official", "assistant secretary": "official", "assistant secretary of state": "official",
    "national security adviser": "official", "national security advisor": "official",
    "adviser": "official", "advisor": "official", "official": "official", "chairman": "official", "chairwoman": "official",
    "governor": "official", "mayor": "official", "senator": "official", "director": "official", "director-general": "official",
    "director general": "official", "executive director": "official", "head": "official",
    "counterpart": "official",  # "his Ethiopian counterpart X": the office of the one he meets (the linker)
    "attache": "official", "attaché": "official", "military attache": "official", "consul": "official",
    "consul general": "official", "honorary consul": "official",
    "chief": "official", "security chief": "official", "intelligence chief": "official", "police chief": "official",
    "opposition leader": "official", "shadow foreign secretary": "official", "shadow chancellor": "official",
    "shadow home secretary": "official", "shadow defence secretary": "official", "congressman": "official",
    "representative": "official", "lawmaker": "official", "negotiator": "official", "chief negotiator": "official",
    "high commissioner": "official", "special rapporteur": "official", "speaker": "official",
    "commissioner": "official", "trade commissioner": "official", "external trade commissioner": "official",
    "european commissioner": "official", "president of the commission": "official",
}

# A minister's portfolio in the title: "Agriculture Minister", "Minister of Health", "Trade Secretary"
PORTFOLIOS: tuple[str, ...] = (
    "agriculture", "trade", "finance", "health", "education", "industry", "energy", "justice", "labour", "labor",
    "transport", "transportation", "environment", "economy", "economic", "culture", "tourism", "fisheries",
    "commerce", "oil", "petroleum", "mines", "mining", "information", "communications", "planning",
    "development", "science", "technology", "social affairs", "immigration", "housing", "employment", "treasury",
    "foreign trade", "home affairs", "internal affairs", "security", "public security", "intelligence",
    "national security", "religious affairs", "sports", "youth", "water", "agriculture and fisheries",
)
for _p in PORTFOLIOS:
    for _t in (f"{_p} minister", f"minister of {_p}", f"minister for {_p}", f"{_p} secretary"):
        TITLES.setdefault(_t, "minister")

NAME_STOP: frozenset[str] = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May "
    "June July August September October November December He She It The A An In On At Of For "
    "And But That This Said Says Told Has Have Had Was Is Will Would Who Which When While They We "
    "His Her Their Its As By From With After Before During Since Although However Meanwhile "
    "Staff Command Assembly Council Committee Ministry Department Office Army Navy Forces Party Government".split()
)
NAME_PREFIXES: frozenset[str] = frozenset({"sheikh", "lord", "lady", "sir", "dame", "ayatollah", "dr", "dr."})
COURTESY_TITLES: frozenset[str] = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "monsieur", "herr"})
AFFILIATION_PREPS: frozenset[str] = frozenset({"of", "for", "with"})  # "a senior official with the PLO"
# lower-case words that name the kind of body between a title (and its preposition) and the body's
# name: "a spokesman for the rebel group Sudan People's Liberation Army"
GROUP_WORDS: frozenset[str] = frozenset(
    "group rebel rebels guerrilla guerrillas militia militant militants separatist separatists movement coalition "
    "alliance faction organisation organization party opposition ruling banned outlawed radical islamist armed "
    "umbrella".split())
# before a title that follows a name and a comma: "X, a senior official of"
TITLE_DETERMINERS: frozenset[str] = frozenset({"the", "a", "an"})
TITLE_ADJECTIVES: frozenset[str] = frozenset(
    {"senior", "top", "chief", "leading", "high-ranking", "veteran", "political", "military", "economic", "special",
     "acting", "interim"})
# before the posting of an envoy, between the title and the name: "the Japanese ambassador to China X"
POSTING_PREPS: frozenset[str] = frozenset({"to"})
# a title after these is said of someone ("as US President, Tony Blair said": not Blair's title)
AS_WORDS: frozenset[str] = frozenset({"as"})
COUNTERPART_WORDS: frozenset[str] = frozenset({"counterpart", "counterparts"})
# lower-case words of a body between a state and a title ("China's foreign ministry spokesman X")
BODY_WORDS: frozenset[str] = frozenset(
    "foreign ministry defence defense ministry military army navy government interior state affairs home "
    "presidential political cultural senior top peace special economic security trade acting interim".split())
FORMER_WORDS: frozenset[str] = frozenset({"former", "ex", "late", "would-be", "presumptive", "candidate"})
PAST_WORDS: frozenset[str] = frozenset({"former", "ex", "late"})  # an office held before: still a holdsRole
# A title followed by these is not held yet: "President-elect", "Prime Minister-designate".
NOT_YET_AFTER: frozenset[str] = frozenset({"elect", "designate", "nominee"})
NOT_NAME_SUFFIXES: tuple[str, ...] = ()

# Between a name and its title: "Cotti, who is also the Swiss foreign minister", "X adalah Menteri ..."
COPULAS_BEFORE_TITLE: tuple[str, ...] = ("who is", "who is also", "who is now", "is", "is also", "is now")
