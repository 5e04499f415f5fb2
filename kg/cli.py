"""The ``kg`` command line: each command parses its arguments, calls the library, formats.

Library errors (:class:`kg.errors.KGError`) become one-line ``Error: [Exxx] ...`` messages
with exit code 1; warnings (e.g. a file decoded as CP1252) go to stderr.
"""
from __future__ import annotations

import functools
import json
import sys
import time
import warnings
from pathlib import Path

import click

from kg import __version__
from kg.errors import KGError, KGWarning

LANG = click.Choice(["id", "en"])


def _library_errors(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", KGWarning)
            try:
                return fn(*args, **kwargs)
            except KGError as e:
                raise click.ClickException(str(e)) from None
            finally:
                for w in (w for w in caught if issubclass(w.category, KGWarning)):
                    click.echo(f"Warning: {w.message}", err=True)

    return wrapper


@click.group()
@click.version_option(__version__, prog_name="kg")
def cli() -> None:
    """kg: knowledge graphs from news articles (Indonesian and English).

    Build an evidenced RDF graph from articles, query it with SPARQL, export it for Gephi,
    score the extraction against gold facts and validate it against the ontology's shapes.
    """


@cli.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", "output", required=True, type=click.Path(path_type=Path), help="Graph file to write (.trig, .nq, .ttl, .nt, .jsonld).")
@click.option("--format", "fmt", type=click.Choice(["trig", "nquads", "turtle", "ntriples", "jsonld"]), help="Output format; default from the file extension.")
@click.option("--lang", type=LANG, help="Language of every article; default: detected per article.")
@click.option("--keep-going", is_flag=True, help="Skip articles that cannot be read (reported on stderr) instead of stopping.")
@click.option("-q", "--quiet", is_flag=True, help="No progress on stderr.")
@_library_errors
def build(inputs: tuple[Path, ...], output: Path, fmt: str | None, lang: str | None, keep_going: bool, quiet: bool) -> None:
    """Build a knowledge graph from INPUTS: .txt files, .jsonl article files or folders of them.

    TriG, N-Quads and JSON-LD keep one named graph per article; Turtle and N-Triples hold their union.
    """
    from kg.graph import build as build_graph
    from kg.store.base import format_for_path

    fmt = format_for_path(output, fmt)  # fail on a bad output name before any work
    start = time.perf_counter()
    stats = {"articles": 0, "facts": 0, "words": 0, "skipped": 0}

    def progress(x) -> None:
        stats["articles"] += 1
        stats["facts"] += len(x.facts)
        stats["words"] += x.article.words
        if not quiet and sys.stderr.isatty():
            click.echo(f"\r{stats['articles']} articles, {stats['facts']} facts", err=True, nl=False)

    def skipped(e: Exception) -> None:
        stats["skipped"] += 1
        click.echo(f"Skipped: {e}", err=True)

    g = build_graph(inputs, lang=lang, on_article=progress, on_error=skipped if keep_going else None)
    if not quiet and sys.stderr.isatty():
        click.echo("", err=True)
    g.serialize(output, fmt)
    secs = time.perf_counter() - start
    click.echo(
        f"Wrote {output} ({fmt}): {stats['articles']} articles, {stats['facts']} facts, {len(g)} triples"
        + (f", {stats['skipped']} skipped" if stats["skipped"] else "")
    )
    if not quiet:
        click.echo(f"{stats['words']} words in {secs:.1f} s", err=True)


@cli.command()
@click.argument("graph", type=click.Path(path_type=Path))
@click.argument("query")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]), default="table", show_default=True, help="Result format (json: SPARQL 1.1 JSON results).")
@_library_errors
def query(graph: Path, query: str, fmt: str) -> None:
    """Run a SPARQL QUERY (text or a .rq file) on GRAPH.

    The prefixes kg:, schema:, prov:, res:, rdf:, rdfs:, xsd:, owl: and dcterms: are predeclared;
    the default graph is the union of all article graphs.
    """
    from kg.graph import PREFIXES, KnowledgeGraph
    from kg.query import format_result, read_query

    g = KnowledgeGraph.load(graph)
    result = g.query(read_query(query))
    text = format_result(result, fmt, {k: str(v) for k, v in PREFIXES.items()})
    click.echo(text, nl=not text.endswith("\n"))  # csv, tsv and turtle end with their own newline


@cli.command()
@click.argument("graph", type=click.Path(path_type=Path))
@click.option("--to", "fmt", type=click.Choice(["gexf", "graphml", "csv"]), required=True, help="Target format.")
@click.option("-o", "--output", "output", required=True, type=click.Path(path_type=Path), help="File to write (csv: OUT.nodes.csv and OUT.edges.csv).")
@_library_errors
def export(graph: Path, fmt: str, output: Path) -> None:
    """Export GRAPH for Gephi: entities as nodes, relations as weighted edges, dates as time."""
    from kg.graph import KnowledgeGraph

    counts = KnowledgeGraph.load(graph).export(fmt, output)
    click.echo(f"Wrote {output} ({fmt}): {counts['nodes']} nodes, {counts['edges']} edges")


@cli.command()
@click.argument("gold", type=click.Path(path_type=Path))
@click.option("--articles", "articles", multiple=True, type=click.Path(path_type=Path), help="Articles to extract from (files or folders; repeatable).")
@click.option("--graph", "graph", type=click.Path(path_type=Path), help="Score an existing graph file instead of extracting.")
@click.option("--lang", type=LANG, help="Language of every article; default: detected.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("-v", "--verbose", is_flag=True, help="List missed facts and false positives per document.")
@_library_errors
def evaluate(gold: Path, articles: tuple[Path, ...], graph: Path | None, lang: str | None, as_json: bool, verbose: bool) -> None:
    """Score extraction against GOLD facts (JSONL, the format of shared/gold/SCHEMA.md).

    Precision, recall and F1 per relation and overall (strict and lenient roles), entity recall,
    and a table per document. Give --articles to extract now, or --graph to score a built graph.
    """
    from kg.evaluate import evaluate as run_evaluation
    from kg.graph import KnowledgeGraph, build as build_graph

    if bool(articles) == bool(graph):
        raise click.UsageError("give either --articles or --graph")
    g = KnowledgeGraph.load(graph) if graph else build_graph(articles, lang=lang)
    report = run_evaluation(g.dataset, gold)
    click.echo(json.dumps(report.to_dict(), indent=2) if as_json else report.to_text(verbose=verbose))


@cli.command()
@click.argument("graph", type=click.Path(path_type=Path))
@_library_errors
def validate(graph: Path) -> None:
    """Validate GRAPH against the SHACL shapes in ontologies/shapes.ttl (exit 1 if it does not conform)."""
    from kg.graph import KnowledgeGraph

    report = KnowledgeGraph.load(graph).validate()
    if report.conforms:
        click.echo(f"{graph}: conforms ({report.graphs} graphs checked)")
        return
    for line in report.results[:50]:
        click.echo(line)
    raise click.ClickException(f"{graph}: does not conform ({len(report.results)} violations)")


@cli.command()
@click.option("-o", "--output-dir", "out", default="out", show_default=True, type=click.Path(path_type=Path), help="Where to write the graph and the Gephi file.")
@_library_errors
def demo(out: Path) -> None:
    """Run the main job on the bundled example: build, answer the example queries, write GEXF."""
    from kg.graph import PREFIXES, build as build_graph
    from kg.query import format_result

    root = Path(__file__).resolve().parent.parent / "examples"
    g = build_graph([root / "kompas-2020-10-31-armenia-russia.txt"])
    trig = out / "example.trig"
    g.serialize(trig)
    click.echo(f"Built {trig}: {len(g)} triples")
    ns = {k: str(v) for k, v in PREFIXES.items()}
    for rq in sorted((root / "queries").glob("*.rq")):
        first = rq.read_text(encoding="utf-8").splitlines()[0].lstrip("# ").strip()
        click.echo(f"\n## {rq.name}: {first}")
        click.echo(format_result(g.query(rq.read_text(encoding="utf-8")), "table", ns))
    gexf = out / "example.gexf"
    counts = g.export("gexf", gexf)
    click.echo(f"\nWrote {gexf}: {counts['nodes']} nodes, {counts['edges']} edges (open it in Gephi)")


def main() -> None:  # pragma: no cover
    cli(prog_name="kg")
