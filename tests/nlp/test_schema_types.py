"""Facts keep to the schema's entity types (kg.relations): what the rules find outside them is dropped."""
from __future__ import annotations

from kg.relations import RELATIONS


def test_admits_follows_the_schema():
    assert RELATIONS["memberOf"].admits("Country", "Organization")
    assert not RELATIONS["memberOf"].admits("Person", "Organization")
    assert RELATIONS["holdsRole"].admits("Person", "Country") and not RELATIONS["holdsRole"].admits("Country", "Person")
    assert RELATIONS["visits"].admits("Person", "Place") and not RELATIONS["visits"].admits("Person", "Organization")
    assert RELATIONS["meetsWith"].admits("Person", "Country") and not RELATIONS["meetsWith"].admits("Place", "Country")


def test_a_person_joining_a_party_is_no_membership(run):
    x = run("Maria Santos joined the Liberal Union party in 1998.", "en")
    assert not [f for f in x.facts if f.relation == "memberOf"]


def test_a_state_joining_a_body_is(run):
    x = run("Kenya joined the East African Community in 1967.", "en")
    assert [(f.subject, f.object) for f in x.facts if f.relation == "memberOf"] == [("country:KEN", "org:east-african-community")]
