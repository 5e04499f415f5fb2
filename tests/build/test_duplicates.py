"""The same article id twice in one build: the first one read is kept, the others are skipped
(E029, naming both sources; E016 when the reader sees both in one file), in process, in worker
processes and into shards; a re-run does not flip-flop."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.build import content_hash, run_build
from kg.build.runner import SeenIds
from kg.build.worker import graph_iri_of
from kg.errors import InputError
from kg.ingest import iter_articles

from tests.build.test_runner import DictStore

RUSSIA = "The president of Russia met the prime minister of Armenia."
HELP = "Armenia asked Russia for help."


def jsonl(path: Path, *records: dict) -> Path:
    path.write_text("".join(json.dumps({"lang": "en", **r}) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.fixture
def two_files(tmp_path):
    """d1 in a.jsonl (line 1) and again, with another text, in b.jsonl (line 2)."""
    a = jsonl(tmp_path / "a.jsonl", {"id": "d1", "text": RUSSIA})
    b = jsonl(tmp_path / "b.jsonl", {"id": "d2", "text": HELP}, {"id": "d1", "text": HELP + " Again."})
    return a, b


def first_hash(path: Path, article_id: str) -> str:
    return next(content_hash(x) for x in iter_articles([path]) if x.id == article_id)


def test_an_id_in_two_files_keeps_the_first_and_names_both_sources(two_files):
    a, b = two_files
    store, errors = DictStore(), []
    summary = run_build([a, b], store, on_error=errors.append)
    assert (summary.new, summary.changed, summary.unchanged) == (2, 0, 0)
    assert summary.skipped == [f"[E029] Duplicate article id 'd1' in {b}:2: already read from {a}:1 in this build (the first is kept)"]
    assert summary.skipped_by_code() == "E029: 1"
    assert [e.code for e in errors] == ["E029"] and isinstance(errors[0], InputError)
    assert store.article_hash(graph_iri_of("d1")) == first_hash(a, "d1")
    assert store.puts == 2  # the duplicate was never extracted nor written

    again = run_build([a, b], store, on_error=errors.append)  # no flip-flop on a re-run
    assert (again.new, again.changed, again.unchanged, len(again.skipped)) == (0, 0, 2, 1)
    assert store.article_hash(graph_iri_of("d1")) == first_hash(a, "d1")


def test_an_identical_copy_is_a_duplicate_too_not_an_unchanged_article(tmp_path):
    a = jsonl(tmp_path / "a.jsonl", {"id": "d1", "text": RUSSIA})
    b = jsonl(tmp_path / "b.jsonl", {"id": "d1", "text": RUSSIA})
    summary = run_build([a, b], DictStore(), on_error=lambda e: None)
    assert (summary.new, summary.unchanged, summary.skipped_by_code()) == (1, 0, "E029: 1")


def test_txt_files_with_the_same_name_in_two_folders(tmp_path):
    for folder, text in (("2020", RUSSIA), ("2021", HELP)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "news.txt").write_text(text, encoding="utf-8")
    summary = run_build([tmp_path], DictStore(), lang="en", on_error=lambda e: None)
    first, second = tmp_path / "2020" / "news.txt", tmp_path / "2021" / "news.txt"
    assert summary.new == 1
    assert summary.skipped == [f"[E029] Duplicate article id 'news' in {second}: already read from {first} in this build (the first is kept)"]


def test_twice_in_one_file_the_reader_keeps_the_first(tmp_path):
    a = jsonl(tmp_path / "a.jsonl", {"id": "d1", "text": RUSSIA}, {"id": "d1", "text": HELP})
    store = DictStore()
    summary = run_build([a], store, on_error=lambda e: None)
    assert (summary.new, summary.skipped) == (1, [f"[E016] Duplicate article id 'd1' in {a}; article ids must be unique"])
    assert store.article_hash(graph_iri_of("d1")) == first_hash(a, "d1")


def test_without_on_error_a_duplicate_stops_the_build(two_files):
    with pytest.raises(InputError) as info:
        run_build(list(two_files), DictStore())
    assert info.value.code == "E029"


def test_seen_ids_names_where_an_id_was_first_read():
    seen = SeenIds()
    assert seen.add("x", "/data/a.jsonl:7") is None
    assert seen.add("y", "C:/data/b.txt") is None
    assert seen.add("z", None) is None
    assert seen.add("w", "/data/a.jsonl:8") is None
    assert seen.add("x", "/data/c.jsonl:1") == "/data/a.jsonl:7"
    assert seen.add("y", "elsewhere") == "C:/data/b.txt"
    assert seen.add("z", "elsewhere") == "an earlier input"
    assert seen.add("w", None) == "/data/a.jsonl:8"
    assert len(seen._files) == 3  # a.jsonl once, b.txt, and "" for no origin


def test_kg_build_workers_and_shards_skip_duplicates(two_files, tmp_path):
    pytest.importorskip("pyoxigraph")
    from kg.cli import cli

    a, b = two_files
    message = f"Skipped: [E029] Duplicate article id 'd1' in {b}:2: already read from {a}:1 in this build (the first is kept)\n"
    db = tmp_path / "db"
    r = CliRunner().invoke(cli, ["build", str(a), str(b), "--store", str(db), "--workers", "2", "--keep-going", "-q"])
    assert r.exit_code == 0, r.output
    assert r.stdout.startswith(f"Stored 2 articles in {db}: 2 new, 0 changed, 0 unchanged; ")
    assert r.stdout.endswith(" triples written; 1 skipped (E029: 1)\n")
    assert r.stderr == message

    shards = tmp_path / "shards"
    r = CliRunner().invoke(cli, ["build", str(a), str(b), "--shards", str(shards), "--keep-going", "-q"])
    assert r.exit_code == 0, r.output
    assert r.stdout.startswith(f"Wrote 2 articles to 1 shard files in {shards}: ")
    assert r.stdout.endswith("; 1 skipped (E029: 1)\n") and r.stderr == message
    manifest = (shards / "manifest.nq").read_text(encoding="utf-8").splitlines()
    assert sorted(line.split()[0] for line in manifest) == sorted(f"<{graph_iri_of(i)}>" for i in ("d1", "d2"))
    assert f'"{first_hash(a, "d1")}"' in "\n".join(manifest)

    r = CliRunner().invoke(cli, ["build", str(a), str(b), "--store", str(tmp_path / "db2"), "-q"])
    assert r.exit_code == 1 and r.stdout == ""
    assert r.stderr == "Error: " + message[len("Skipped: "):]
