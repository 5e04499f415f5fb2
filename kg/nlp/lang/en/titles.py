"""English titles that introduce a person, with the role they denote (gold schema roles)."""

TITLES: dict[str, str] = {
    "president": "headOfState", "head of state": "headOfState", "leader": "headOfState",
    "supreme leader": "headOfState", "prime minister": "headOfGovernment", "premier": "headOfGovernment",
    "pm": "headOfGovernment", "chancellor": "headOfGovernment", "head of government": "headOfGovernment",
    "king": "monarch", "queen": "monarch", "emir": "monarch", "sultan": "monarch", "emperor": "monarch",
    "crown prince": "monarch", "prince": "monarch", "sheikh": "monarch",
    "foreign minister": "foreignMinister", "foreign secretary": "foreignMinister",
    "secretary of state": "foreignMinister", "minister of foreign affairs": "foreignMinister",
    "external affairs minister": "foreignMinister",
    "defence minister": "defenceMinister", "defense minister": "defenceMinister",
    "defence secretary": "defenceMinister", "defense secretary": "defenceMinister",
    "secretary of defense": "defenceMinister", "minister of defence": "defenceMinister",
    "minister": "minister", "secretary": "minister", "finance minister": "minister",
    "trade minister": "minister", "interior minister": "minister", "home secretary": "minister",
    "chancellor of the exchequer": "minister", "trade representative": "minister",
    "ambassador": "ambassador", "envoy": "ambassador", "special envoy": "ambassador",
    "spokesman": "spokesperson", "spokeswoman": "spokesperson", "spokesperson": "spokesperson",
    "secretary-general": "secretaryGeneral", "secretary general": "secretaryGeneral",
    "general": "militaryCommander", "commander": "militaryCommander", "admiral": "militaryCommander",
    "chief of staff": "militaryCommander", "army chief": "militaryCommander",
    "vice president": "official", "vice-president": "official", "deputy prime minister": "official",
    "national security adviser": "official", "national security advisor": "official",
    "adviser": "official", "advisor": "official", "official": "official", "chairman": "official",
    "governor": "official", "mayor": "official", "senator": "official", "director": "official",
    "president-elect": "headOfState", "candidate": "official", "opposition leader": "official",
}

NAME_STOP: frozenset[str] = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May "
    "June July August September October November December He She It The A An In On At Of For "
    "And But That This Said Says Told Has Have Had Was Is Will Would Who Which When While".split()
)
