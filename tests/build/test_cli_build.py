"""``kg build`` with --store, --workers, --shards: exact summary lines through CliRunner."""
from __future__ import annotations

import pytest
from click.testing import CliRunner, Result

from kg.cli import cli

from tests.build.conftest import DATA, EXAMPLE, INPUTS, write_jsonl_gz

pytest.importorskip("pyoxigraph")


def run(*args: object) -> Result:
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(scope="module")
def expected():
    """Facts and triples of the 5 input articles, from the Python API."""
    from kg.graph import build

    g = build(INPUTS)
    return sum(len(x.facts) for x in g.extractions), g.summary.triples, len(g)


def test_store_build_then_rerun_then_change(tmp_path, expected):
    facts, triples, union = expected
    db = tmp_path / "db"
    r = run("build", *INPUTS, "--store", db, "-q")
    assert r.exit_code == 0, r.output
    assert r.stdout == f"Stored 5 articles in {db}: 5 new, 0 changed, 0 unchanged; {facts} facts, {triples} triples written\n"
    assert r.stderr == ""

    r = run("build", *INPUTS, "--store", db, "-q")
    assert r.exit_code == 0, r.output
    assert r.stdout == f"Stored 5 articles in {db}: 0 new, 0 changed, 5 unchanged; 0 facts, 0 triples written\n"

    # a changed copy of the example under the same id, and the store dumped to a file afterwards
    changed = tmp_path / EXAMPLE.name
    changed.write_text(EXAMPLE.read_text(encoding="utf-8") + "\nRusia dan Armenia.\n", encoding="utf-8")
    out = tmp_path / "g.nq"
    r = run("build", changed, *INPUTS[1:], "--store", db, "-o", out, "-q")
    assert r.exit_code == 0, r.output
    first, second = r.stdout.splitlines()
    assert first.startswith(f"Stored 5 articles in {db}: 0 new, 1 changed, 4 unchanged; ")
    assert second == f"Wrote {out} (nquads): {union} triples"
    assert out.stat().st_size > 0


def test_store_summary_lists_skipped_by_code(tmp_path):
    db = tmp_path / "db"
    r = run("build", DATA / "en.txt", DATA / "de.txt", DATA / "empty.txt", "--store", db, "--keep-going", "-q")
    assert r.exit_code == 0, r.output
    assert r.stdout.startswith(f"Stored 1 articles in {db}: 1 new, 0 changed, 0 unchanged; ")
    assert r.stdout.endswith(" triples written; 2 skipped (E002: 1, E007: 1)\n")
    assert [line[:14] for line in r.stderr.splitlines()] == ["Skipped: [E007", "Skipped: [E002"]


def test_progress_is_quiet_when_stderr_is_not_a_terminal(tmp_path):
    r = run("build", DATA / "en.txt", "--store", tmp_path / "db")
    assert r.exit_code == 0, r.output
    line, compacted = r.stderr.splitlines()  # the rates and the compaction: no progress bar, no carriage return
    assert "\r" not in r.stderr
    assert line.endswith(" s") and " words/s, " in line and " articles/s: " in line and " words in " in line
    assert compacted.startswith("Compacted the store in ") and compacted.endswith(" s")


def test_optimize_never_leaves_the_store_as_the_build_wrote_it(tmp_path):
    r = run("build", DATA / "en.txt", "--store", tmp_path / "db", "--optimize", "never")
    assert r.exit_code == 0, r.output
    assert len(r.stderr.splitlines()) == 1 and "Compacted" not in r.stderr


def test_workers_build_the_same_file(tmp_path, expected):
    facts, _, union = expected
    out = tmp_path / "g.trig"
    r = run("build", *INPUTS, "-o", out, "--workers", "2", "-q")
    assert r.exit_code == 0, r.output
    assert r.stdout == f"Wrote {out} (trig): 5 articles, {facts} facts, {union} triples\n"


def test_a_worker_restart_is_reported(tmp_path, expected, monkeypatch):
    from functools import partial

    import kg.build.runner
    from kg.build import ProcessPool

    from tests.build.test_pool import die_once

    def make_executor(workers, *args, **kwargs):  # --workers 2, whose worker dies on article 'en' once
        assert workers == 2
        return ProcessPool(workers, function=partial(die_once, victim="en", marker=str(tmp_path / "killed")))

    monkeypatch.setattr(kg.build.runner, "make_executor", make_executor)
    facts, triples, _ = expected
    db = tmp_path / "db"
    r = run("build", *INPUTS, "--store", db, "--workers", "2", "-q")
    assert r.exit_code == 0, r.output
    assert r.stdout == (f"Stored 5 articles in {db}: 5 new, 0 changed, 0 unchanged; {facts} facts, {triples} triples "
                        "written; worker pool restarted 1 time (a worker process died)\n")
    assert (tmp_path / "killed").exists()


def test_jsonl_gz_input_with_a_bad_line(tmp_path):
    gz = write_jsonl_gz(tmp_path / "c.jsonl.gz", [
        {"id": "g1", "lang": "en", "text": "The president of Russia met the prime minister of Armenia."},
        "{broken",
        {"id": "g2", "lang": "en", "text": "Armenia asked Russia for help."},
    ])
    r = run("build", gz, "--store", tmp_path / "db", "--keep-going", "-q")
    assert r.exit_code == 0, r.output
    assert r.stdout.startswith(f"Stored 2 articles in {tmp_path / 'db'}: 2 new, ")
    assert r.stdout.endswith("; 1 skipped (E005: 1)\n")
    assert r.stderr == f"Skipped: [E005] Invalid JSON on line 2 of {gz}: Expecting property name enclosed in double quotes\n"


def test_shards_for_a_bulk_loader(tmp_path, expected):
    facts, triples, _ = expected
    shards = tmp_path / "shards"
    r = run("build", *INPUTS, "--shards", shards, "-q")
    assert r.exit_code == 0, r.output
    assert r.stdout == f"Wrote 5 articles to 1 shard files in {shards}: {facts} facts, {triples} triples\n"
    assert sorted(p.name for p in shards.iterdir()) == ["manifest.nq", "part-00000.nq"]
    r = run("build", DATA / "en.txt", "--shards", shards, "-q")
    assert r.exit_code == 1
    assert r.stderr == f"Error: [E026] Shard folder {shards} already holds shard files (manifest.nq); give an empty or new folder\n"


def test_compressed_shards_load_like_plain_ones(tmp_path, expected):
    import gzip

    import pyoxigraph as ox

    facts, triples, _ = expected
    shards = tmp_path / "shards"
    r = run("build", *INPUTS, "--shards", shards, "--compress", "-q")
    assert r.exit_code == 0, r.output
    assert r.stdout == f"Wrote 5 articles to 1 shard files in {shards}: {facts} facts, {triples} triples\n"
    assert sorted(p.name for p in shards.iterdir()) == ["manifest.nq.gz", "part-00000.nq.gz"]
    store = ox.Store()
    for name in ("part-00000.nq.gz", "manifest.nq.gz"):  # as `oxigraph load --file NAME.nq.gz` reads them
        with gzip.open(shards / name) as fh:
            store.bulk_load(input=fh, format=ox.RdfFormat.N_QUADS)
    assert len(store) == triples + 5


def test_shards_of_no_article_leave_the_folder_empty(tmp_path):
    shards = tmp_path / "shards"
    for _ in range(2):  # and so a second try is not refused (E026)
        r = run("build", DATA / "de.txt", "--shards", shards, "--keep-going", "-q")
        assert r.exit_code == 1
        assert r.stderr.splitlines()[-1] == (f"Error: [E032] No article of {DATA / 'de.txt'} could be built: "
                                             "all 1 were skipped (E007: 1)")
        assert list(shards.iterdir()) == []


@pytest.mark.parametrize(("args", "message"), [
    (["--shards", "s", "--store", "db"], "--shards writes shard files; give it without --store and -o"),
    (["--shards", "s", "-o", "g.trig"], "--shards writes shard files; give it without --store and -o"),
    ([], "Missing option '-o' / '--output' (or give --store or --shards)."),
    (["--store", "db", "--workers", "2", "--dask", "tcp://x:1"], "give --workers or --dask, not both"),
    (["--store", "db", "--retries", "1"], "--retries applies to --dask builds only"),
    (["--store", "db", "--compress"], "--compress applies to --shards only"),
])
def test_option_combinations(tmp_path, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    r = run("build", DATA / "en.txt", *args)
    assert r.exit_code == 2
    assert r.stderr.splitlines()[-1] == f"Error: {message}"
    assert list(tmp_path.iterdir()) == []


def test_workers_must_be_positive(tmp_path):
    r = run("build", DATA / "en.txt", "-o", tmp_path / "g.trig", "--workers", "0")
    assert r.exit_code == 2 and "Invalid value for '--workers'" in r.stderr
