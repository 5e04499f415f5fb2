"""The relations kg extracts: the gold schema's vocabulary, with what each stage needs to know.

One table serves extraction (symmetry), the ontology mapping (property and event class), the
exporters (directed or not) and the evaluation (names back to the gold schema).
"""
from __future__ import annotations

from dataclasses import dataclass


ACTORS = frozenset({"Country", "Organization", "Person"})  # the schema's "actor"
STATES_AND_BODIES = frozenset({"Country", "Organization"})
TERRITORY = frozenset({"Country", "Place"})


@dataclass(frozen=True)
class Relation:
    name: str  # gold schema name, also the local name of the ontology property
    symmetric: bool
    event_class: str | None = None  # local name of the ontology class for reported events
    cameo: str | None = None
    label_en: str = ""
    label_id: str = ""
    subjects: frozenset[str] = ACTORS  # entity types the schema allows as subject
    objects: frozenset[str] = ACTORS  # and as object

    def admits(self, subject_type: str, object_type: str) -> bool:
        """Do the schema's types allow these ends (either way round for a symmetric relation)?"""
        return (subject_type in self.subjects and object_type in self.objects) or (
            self.symmetric and object_type in self.subjects and subject_type in self.objects)

    @property
    def is_event(self) -> bool:
        return self.event_class is not None


RELATIONS: dict[str, Relation] = {
    r.name: r
    for r in (
        Relation("memberOf", False, label_en="member of", label_id="anggota", subjects=STATES_AND_BODIES,
                 objects=frozenset({"Organization"})),
        Relation("holdsRole", False, label_en="holds role in", label_id="menjabat di", subjects=frozenset({"Person"}),
                 objects=STATES_AND_BODIES),
        Relation("alliedWith", True, label_en="allied with", label_id="bersekutu dengan"),
        Relation("inConflictWith", True, label_en="in conflict with", label_id="berkonflik dengan"),
        Relation("partyTo", False, label_en="party to", label_id="pihak dalam", subjects=STATES_AND_BODIES,
                 objects=frozenset({"Agreement"})),
        Relation("militaryPresenceIn", False, label_en="military presence in", label_id="kehadiran militer di",
                 subjects=STATES_AND_BODIES, objects=TERRITORY),
        Relation("locatedIn", False, label_en="located in", label_id="terletak di",
                 subjects=TERRITORY, objects=TERRITORY),  # ISO lists dependent territories as countries
        Relation("supports", False, label_en="supports", label_id="mendukung"),
        Relation("requestsAssistance", False, "AssistanceRequest", "02", "requests assistance from", "meminta bantuan"),
        Relation("meetsWith", True, "Meeting", "04", "meets with", "bertemu dengan"),
        Relation("visits", False, "Visit", "042", "visits", "mengunjungi", objects=TERRITORY),
        Relation("agreesWith", True, "Cooperation", "05", "agrees with", "bersepakat dengan"),
        Relation("criticizes", False, "Criticism", "11", "criticizes", "mengkritik"),
        Relation("demands", False, "Demand", "10", "demands of", "menuntut"),
        Relation("threatens", False, "Threat", "13", "threatens", "mengancam"),
        Relation("sanctions", False, "Sanction", "16", "sanctions", "menjatuhkan sanksi"),
        Relation("attacks", False, "Attack", "18", "attacks", "menyerang", objects=ACTORS | {"Place"}),
    )
}

ROLES: tuple[str, ...] = (
    "headOfState", "headOfGovernment", "monarch", "foreignMinister", "defenceMinister", "minister",
    "ambassador", "spokesperson", "secretaryGeneral", "militaryCommander", "official",
)
