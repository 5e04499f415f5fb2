"""The ``kg`` command line, through click's CliRunner (in process: the pipeline loads once)."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from kg.cli import cli
from kg.graph import build

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "kompas-2020-10-31-armenia-russia.txt"
QUERIES = ROOT / "examples" / "queries"
CSTO_QUERY = QUERIES / "01-csto-members.rq"
DATA = ROOT / "tests" / "data" / "ingest"
SHARED = Path(__file__).resolve().parents[2].parent / "shared"

CSTO_TABLE = """\
state           | name    | iso3
----------------+---------+-----
res:country/ARM | Armenia | ARM
res:country/RUS | Russia  | RUS
(2 rows)
"""
ARM = "https://w3id.org/kg-news/id/country/ARM"
RUS = "https://w3id.org/kg-news/id/country/RUS"


def run(*args: object) -> Result:
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def assert_one_line_error(r: Result, code: str | None = None) -> str:
    """Exit 1, nothing on stdout, and one ``Error: [Exxx] ...`` line (no traceback) on stderr."""
    assert r.exit_code == 1, r.output
    assert r.stdout == ""
    lines = r.stderr.splitlines()
    assert len(lines) == 1, r.stderr
    assert lines[0].startswith(f"Error: [{code}] " if code else "Error: "), lines[0]
    assert "Traceback" not in r.output
    return lines[0]


@pytest.fixture(scope="module")
def example_graph():
    return build([EXAMPLE])


@pytest.fixture(scope="module")
def built(tmp_path_factory, example_graph) -> tuple[Path, Result]:
    """``kg build EXAMPLE -o x.trig`` run once, in a fresh folder."""
    out = tmp_path_factory.mktemp("cli")
    trig = out / "x.trig"
    return trig, run("build", EXAMPLE, "-o", trig, "-q")


@pytest.fixture(scope="module")
def trig(built) -> Path:
    path, r = built
    assert r.exit_code == 0, r.output
    return path


# --- help -----------------------------------------------------------------------------------


def test_the_group_has_help_and_a_version():
    r = run("--help")
    assert r.exit_code == 0
    assert "knowledge graphs from news articles" in r.stdout
    r = run("--version")
    assert r.exit_code == 0 and r.stdout.startswith("kg, version ")


def test_the_expected_commands_exist():
    assert set(cli.commands) == {"build", "query", "export", "remove", "evaluate", "evaluate-ner", "validate", "demo"}


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_has_help(name):
    command = cli.commands[name]
    assert command.help and command.help.strip()
    assert command.get_short_help_str().strip()
    r = run(name, "--help")
    assert r.exit_code == 0, r.output
    assert r.stdout.startswith(f"Usage: cli {name} ")
    assert " ".join(command.help.split()[:6]) in " ".join(r.stdout.split())
    for param in command.params:
        if param.param_type_name == "option" and param.name != "help":
            assert param.help, f"{name} {param.opts} has no help text"


# --- build ----------------------------------------------------------------------------------


def test_build_output_line(built, example_graph):
    trig, r = built
    assert r.exit_code == 0, r.output
    facts = sum(len(x.facts) for x in example_graph.extractions)
    assert r.stdout == f"Wrote {trig} (trig): 1 articles, {facts} facts, {len(example_graph)} triples\n"
    assert r.stderr == ""  # -q: no progress, no timing
    assert trig.exists()


def test_build_relative_output_and_timing_on_stderr(tmp_path, monkeypatch, example_graph):
    monkeypatch.chdir(tmp_path)
    r = run("build", EXAMPLE, "-o", "x.nq")
    assert r.exit_code == 0, r.output
    facts = len(example_graph.extractions[0].facts)
    assert r.stdout == f"Wrote x.nq (nquads): 1 articles, {facts} facts, {len(example_graph)} triples\n"
    assert r.stderr.endswith(" s\n") and " words in " in r.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.nq"]


def test_build_format_option_overrides_the_suffix(tmp_path):
    r = run("build", DATA / "en.txt", "-o", tmp_path / "g.data", "--format", "turtle", "-q")
    assert r.exit_code == 0, r.output
    assert r.stdout.startswith(f"Wrote {tmp_path / 'g.data'} (turtle): 1 articles, ")


def test_build_jsonl_with_lang(tmp_path):
    r = run("build", DATA / "articles.jsonl", "-o", tmp_path / "g.trig", "--lang", "en", "-q")
    assert r.exit_code == 0, r.output
    assert ": 2 articles, " in r.stdout


def test_build_cp1252_warns_on_stderr(tmp_path):
    r = run("build", DATA / "cp1252.txt", "-o", tmp_path / "g.trig", "-q")
    assert r.exit_code == 0, r.output
    assert r.stderr == f"Warning: {DATA / 'cp1252.txt'}: not valid UTF-8, decoded as CP1252\n"


def test_build_keep_going_skips_bad_articles(tmp_path):
    r = run("build", DATA / "en.txt", DATA / "de.txt", DATA / "empty.txt", "-o", tmp_path / "g.trig", "--keep-going", "-q")
    assert r.exit_code == 0, r.output
    assert r.stdout.startswith(f"Wrote {tmp_path / 'g.trig'} (trig): 1 articles, ")
    assert r.stdout.endswith(" triples, 2 skipped\n")
    skipped = r.stderr.splitlines()
    assert [line.split("]")[0] for line in skipped] == ["Skipped: [E007", "Skipped: [E002"]


# --- build: bad input -------------------------------------------------------------------------


def binary(tmp_path: Path) -> Path:
    p = tmp_path / "bin.txt"
    p.write_bytes(b"\x00\x01\x02binary\x00")
    return p


def empty(tmp_path: Path) -> Path:
    p = tmp_path / "empty.txt"
    p.write_bytes(b"")
    return p


@pytest.mark.parametrize(
    ("make", "code"),
    [
        (lambda d: d / "missing.txt", "E001"),
        (empty, "E002"),
        (binary, "E003"),
        (lambda d: DATA / "notes.md", "E004"),
        (lambda d: DATA / "bad_json.jsonl", "E005"),
        (lambda d: DATA / "no_text.jsonl", "E006"),
        (lambda d: DATA / "de.txt", "E007"),
        (lambda d: DATA / "symbols.txt", "E007"),
        (lambda d: DATA / "duplicate_id.jsonl", "E016"),
    ],
    ids=["missing", "empty", "binary", "suffix", "bad-json", "no-text", "german", "symbols", "duplicate-id"],
)
def test_build_bad_input_is_one_error_line_and_no_output(tmp_path, make, code):
    src = make(tmp_path)
    out = tmp_path / "out"
    r = run("build", src, "-o", out / "g.trig", "-q")
    assert_one_line_error(r, code)
    assert not out.exists() or list(out.iterdir()) == []


def test_build_error_after_good_articles_leaves_no_output(tmp_path):
    out = tmp_path / "g.trig"
    r = run("build", DATA / "en.txt", DATA / "de.txt", "-o", out, "-q")
    assert_one_line_error(r, "E007")
    assert not out.exists()


def test_build_error_keeps_an_existing_output_file(tmp_path):
    out = tmp_path / "g.trig"
    out.write_text("old", encoding="utf-8")
    r = run("build", DATA / "de.txt", "-o", out, "-q")
    assert_one_line_error(r, "E007")
    assert out.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["g.trig"]


def test_build_empty_folder_is_e013(tmp_path):
    (tmp_path / "in").mkdir()
    r = run("build", tmp_path / "in", "-o", tmp_path / "g.trig", "-q")
    assert_one_line_error(r, "E013")


def test_build_with_every_article_skipped_says_so(tmp_path):
    r = run("build", DATA / "de.txt", "-o", tmp_path / "g.trig", "-q", "--keep-going")
    assert r.exit_code == 1 and r.stdout == ""
    assert r.stderr.splitlines()[-1] == f"Error: [E032] No article of {DATA / 'de.txt'} could be built: all 1 were skipped (E007: 1)"
    assert list(tmp_path.iterdir()) == []


def test_build_unknown_language_is_rejected_by_click(tmp_path):
    r = run("build", DATA / "en.txt", "-o", tmp_path / "g.trig", "--lang", "xx")
    assert r.exit_code == 2
    assert "Error: Invalid value for '--lang': 'xx' is not one of 'id', 'en'." in r.stderr
    assert "Traceback" not in r.output
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", ["g.xyz", "g", "g.rdf"])
def test_build_bad_output_extension(tmp_path, name):
    r = run("build", DATA / "en.txt", "-o", tmp_path / name, "-q")
    line = assert_one_line_error(r, "E012")
    assert "--format" in line
    assert list(tmp_path.iterdir()) == []


def test_build_needs_inputs_and_output(tmp_path):
    r = run("build", "-o", tmp_path / "g.trig")
    assert r.exit_code == 2 and "Missing argument 'INPUTS...'" in r.stderr
    r = run("build", DATA / "en.txt")
    assert r.exit_code == 2 and "Missing option '-o'" in r.stderr


# --- query ----------------------------------------------------------------------------------


def test_query_table(trig):
    r = run("query", trig, CSTO_QUERY.read_text(encoding="utf-8"))
    assert r.exit_code == 0, r.output
    assert r.stdout == CSTO_TABLE


def test_query_from_rq_file(trig):
    r = run("query", trig, CSTO_QUERY)
    assert r.exit_code == 0, r.output
    assert r.stdout == CSTO_TABLE


def test_query_one_line_text(trig):
    r = run("query", trig, 'SELECT ?iso WHERE { ?c kg:memberOf/kg:acronym "CSTO" ; kg:iso3166Alpha3 ?iso } ORDER BY ?iso')
    assert r.exit_code == 0, r.output
    assert r.stdout == "iso\n---\nARM\nRUS\n(2 rows)\n"


def test_query_no_rows(trig):
    r = run("query", trig, "SELECT ?x WHERE { ?x kg:memberOf <urn:nothing> }")
    assert r.exit_code == 0, r.output
    assert r.stdout == "x\n-\n(0 rows)\n"


def test_query_ask(trig):
    r = run("query", trig, 'ASK { ?c kg:acronym "CSTO" }')
    assert r.exit_code == 0 and r.stdout == "true\n"
    r = run("query", trig, 'ASK { ?c kg:acronym "CSTO" }', "--format", "json")
    assert json.loads(r.stdout) == {"head": {}, "boolean": True}


def test_query_csv(trig):
    r = run("query", trig, CSTO_QUERY, "--format", "csv")
    assert r.exit_code == 0, r.output
    assert r.stdout == f"state,name,iso3\n{ARM},Armenia,ARM\n{RUS},Russia,RUS\n"
    assert list(csv.reader(io.StringIO(r.stdout))) == [
        ["state", "name", "iso3"], [ARM, "Armenia", "ARM"], [RUS, "Russia", "RUS"],
    ]


def test_query_tsv(trig):
    r = run("query", trig, CSTO_QUERY, "--format", "tsv")
    assert r.exit_code == 0, r.output
    assert r.stdout == f"state\tname\tiso3\n{ARM}\tArmenia\tARM\n{RUS}\tRussia\tRUS\n"


def test_query_json_is_sparql_results(trig):
    r = run("query", trig, CSTO_QUERY, "--format", "json")
    assert r.exit_code == 0, r.output
    doc = json.loads(r.stdout)
    assert doc["head"]["vars"] == ["state", "name", "iso3"]
    assert doc["results"]["bindings"] == [
        {"state": {"type": "uri", "value": ARM}, "name": {"type": "literal", "value": "Armenia", "xml:lang": "en"},
         "iso3": {"type": "literal", "value": "ARM"}},
        {"state": {"type": "uri", "value": RUS}, "name": {"type": "literal", "value": "Russia", "xml:lang": "en"},
         "iso3": {"type": "literal", "value": "RUS"}},
    ]


def test_query_construct_is_turtle(trig):
    r = run("query", trig, 'CONSTRUCT { ?c kg:acronym "CSTO" } WHERE { ?c kg:acronym "CSTO" }')
    assert r.exit_code == 0, r.output
    assert '"CSTO"' in r.stdout and "Error" not in r.output


def test_query_invalid_sparql(trig):
    r = run("query", trig, "SELEC ?x WHERE { ?x ?p ?o }")
    line = assert_one_line_error(r, "E010")
    assert line.startswith("Error: [E010] Invalid SPARQL query: ")
    assert "found 'SELEC'" in line  # the parser's own message
    assert "(line:1, col:1)" in line


def test_query_unknown_prefix(trig):
    r = run("query", trig, "SELECT ?x WHERE { ?x nope:p ?o }")
    line = assert_one_line_error(r, "E010")
    assert "nope" in line


def test_query_multiline_invalid_sparql_is_one_line(trig):
    r = run("query", trig, "SELECT ?x\nWHERE {\n  ?x ?p \n")
    assert_one_line_error(r, "E010")


def test_query_missing_rq_file(trig, tmp_path):
    r = run("query", trig, tmp_path / "nope.rq")
    assert_one_line_error(r, "E001")


def test_query_missing_graph(tmp_path):
    r = run("query", tmp_path / "nope.trig", "SELECT * WHERE { ?s ?p ?o }")
    assert_one_line_error(r, "E001")


@pytest.mark.parametrize(
    ("name", "data"),
    [("bad.trig", b"garbage <<< {"), ("empty.trig", b""), ("bin.nq", b"\x00\xff\x00"), ("g.xyz", b"<a> <b> <c> .")],
)
def test_query_unparseable_graph(tmp_path, name, data):
    p = tmp_path / name
    p.write_bytes(data)
    line = assert_one_line_error(run("query", p, "SELECT * WHERE { ?s ?p ?o }"), "E009")
    assert line.startswith(f"Error: [E009] Cannot parse graph {p}: ")


def test_query_unknown_result_format_is_rejected_by_click(trig):
    r = run("query", trig, CSTO_QUERY, "--format", "xml")
    assert r.exit_code == 2 and "Invalid value for '--format'" in r.stderr


# --- export ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def projection(trig):
    from kg.graph import KnowledgeGraph

    G = KnowledgeGraph.load(trig).to_networkx()
    return G.number_of_nodes(), G.number_of_edges()


@pytest.mark.parametrize(("fmt", "name", "files"), [
    ("gexf", "g.gexf", ["g.gexf"]),
    ("graphml", "g.graphml", ["g.graphml"]),
    ("csv", "g.csv", ["g.edges.csv", "g.nodes.csv"]),
])
def test_export(trig, projection, tmp_path, fmt, name, files):
    out = tmp_path / name
    r = run("export", trig, "--to", fmt, "-o", out)
    assert r.exit_code == 0, r.output
    nodes, edges = projection
    assert r.stdout == f"Wrote {out} ({fmt}): {nodes} nodes, {edges} edges\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == files
    assert all((tmp_path / f).stat().st_size > 0 for f in files)


def test_export_csv_to_a_folder(trig, tmp_path):
    r = run("export", trig, "--to", "csv", "-o", tmp_path / "tables")
    assert r.exit_code == 0, r.output
    assert sorted(p.name for p in (tmp_path / "tables").iterdir()) == ["edges.csv", "nodes.csv"]


def test_export_bad_graph_leaves_no_file(tmp_path):
    bad = tmp_path / "bad.trig"
    bad.write_text("garbage <<<", encoding="utf-8")
    assert_one_line_error(run("export", bad, "--to", "gexf", "-o", tmp_path / "g.gexf"), "E009")
    assert [p.name for p in tmp_path.iterdir()] == ["bad.trig"]


def test_export_unknown_target_is_rejected_by_click(trig, tmp_path):
    r = run("export", trig, "--to", "dot", "-o", tmp_path / "g.dot")
    assert r.exit_code == 2 and "Invalid value for '--to'" in r.stderr
    assert list(tmp_path.iterdir()) == []


# --- validate -------------------------------------------------------------------------------


def test_validate_example(trig):
    r = run("validate", trig)
    assert r.exit_code == 0, r.output
    assert r.stdout == f"{trig}: conforms (1 graphs checked)\n"


def test_validate_unparseable_graph(tmp_path):
    bad = tmp_path / "bad.nq"
    bad.write_text("<a> <b> .\n", encoding="utf-8")
    assert_one_line_error(run("validate", bad), "E009")


def test_validate_missing_graph(tmp_path):
    assert_one_line_error(run("validate", tmp_path / "nope.trig"), "E001")


# --- evaluate -------------------------------------------------------------------------------


def test_evaluate_seed_gold_strict_recall_is_one():
    gold = SHARED / "gold" / "seed.jsonl"
    if not gold.exists():
        pytest.skip(f"{gold} not found")
    r = run("evaluate", gold, "--articles", EXAMPLE, "--json")
    assert r.exit_code == 0, r.output
    report = json.loads(r.stdout)
    assert report["documents"] == 1
    assert report["overall"]["strict"]["recall"] == 1.0
    assert report["overall"]["strict"]["gold"] > 0


def test_evaluate_graph_file_matches_articles(trig):
    gold = SHARED / "gold" / "seed.jsonl"
    if not gold.exists():
        pytest.skip(f"{gold} not found")
    from_articles = json.loads(run("evaluate", gold, "--articles", EXAMPLE, "--json").stdout)
    from_graph = json.loads(run("evaluate", gold, "--graph", trig, "--json").stdout)
    assert from_graph["overall"] == from_articles["overall"]


def test_evaluate_needs_articles_or_graph(tmp_path, trig):
    gold = tmp_path / "gold.jsonl"
    gold.write_text("", encoding="utf-8")
    for args in ([], ["--articles", EXAMPLE, "--graph", trig]):
        r = run("evaluate", gold, *args)
        assert r.exit_code == 2
        assert "give either --articles or --graph" in r.stderr


# --- demo -----------------------------------------------------------------------------------


def test_demo(tmp_path):
    out = tmp_path / "demo"
    r = run("demo", "-o", out)
    assert r.exit_code == 0, r.output
    headers = [line for line in r.stdout.splitlines() if line.startswith("## ")]
    expected = []
    for rq in sorted(QUERIES.glob("*.rq")):
        first = rq.read_text(encoding="utf-8").splitlines()[0].lstrip("# ").strip()
        expected.append(f"## {rq.name}: {first}")
    assert len(expected) == 5
    assert headers == expected
    assert "## 01-csto-members.rq: Which states are members of the CSTO?" in headers
    assert CSTO_TABLE in r.stdout
    assert r.stdout.startswith(f"Built {out / 'example.trig'}: ")
    assert f"Wrote {out / 'example.gexf'}: " in r.stdout
    assert sorted(p.name for p in out.iterdir()) == ["example.gexf", "example.trig"]
