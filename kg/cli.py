"""The ``kg`` command line: each command parses its arguments, calls the library, formats.

Library errors (:class:`kg.errors.KGError`) become one-line ``Error: [Exxx] ...`` messages
with exit code 1; warnings (e.g. a file decoded as CP1252) go to stderr.
"""
from __future__ import annotations

import functools
import json
import sys
import warnings
from pathlib import Path

import click

from kg import __version__
from kg.errors import Errors, InputError, KGError, KGWarning

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


ENDPOINT_KINDS = ("query", "update", "store")
RDF_FORMATS = ["trig", "nquads", "turtle", "ntriples", "jsonld"]
STORE_HELP = "The store: a directory (Oxigraph on disk) or the http(s) URL of a SPARQL 1.1 store."


def _endpoint_option(fn):
    return click.option(
        "--endpoint", "endpoints", multiple=True, metavar="KIND=URL",
        help="With an http(s) store: the URL of its query, update or store (Graph Store Protocol) endpoint, "
             "e.g. query=http://host:3030/ds/query (repeatable); default: STORE/query, STORE/update, STORE/store "
             "as Oxigraph server has them.")(fn)


def _open_store(spec: str | None, endpoints: tuple[str, ...] = ()):
    """``open_store(spec)`` with ``--endpoint KIND=URL`` options as its ``KIND_url`` keywords."""
    from kg.store.base import open_store

    options = {}
    for item in endpoints:
        kind, sep, url = item.partition("=")
        if not sep or kind not in ENDPOINT_KINDS or not url:
            raise click.BadParameter(f"{item!r} is not KIND=URL with KIND one of {', '.join(ENDPOINT_KINDS)}",
                                     param_hint="'--endpoint'")
        options[f"{kind}_url"] = url
    if options and not str(spec or "").startswith(("http://", "https://")):
        raise click.UsageError("--endpoint needs an http(s) URL as --store")
    store = open_store(spec, **options)
    if getattr(store, "repaired", 0):
        click.echo(f"Repaired {spec}: dropped {store.repaired} article graphs that an interrupted build had "
                   "not finished writing (a build rebuilds them)", err=True)
    return store


def _graph_or_store(graph: Path | None, store_spec: str | None, endpoints: tuple[str, ...]):
    """The KnowledgeGraph of a GRAPH file or of --store (exactly one of them)."""
    from kg.graph import KnowledgeGraph

    if (graph is None) == (store_spec is None):
        raise click.UsageError("give a GRAPH file or --store, not both" if graph else "give a GRAPH file or --store")
    return KnowledgeGraph.load(graph) if graph is not None else KnowledgeGraph(_open_store(store_spec, endpoints))


@click.group()
@click.version_option(__version__, prog_name="kg")
def cli() -> None:
    """kg: knowledge graphs from news articles (Indonesian and English).

    Build an evidenced RDF graph from articles, query it with SPARQL, export it for Gephi,
    score the extraction against gold facts and validate it against the ontology's shapes.
    """


@cli.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", "output", type=click.Path(path_type=Path), help="Graph file to write (.trig, .nq, .ttl, .nt, .jsonld); with --store, the store is written to it after the build.")
@click.option("--format", "fmt", type=click.Choice(["trig", "nquads", "turtle", "ntriples", "jsonld"]), help="Output format; default from the file extension.")
@click.option("--store", "store_spec", metavar="SPEC", help="Build into a store: a directory (Oxigraph on disk, created if missing) or the http(s) URL of a SPARQL 1.1 store; articles it already holds unchanged are skipped.")
@_endpoint_option
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True, help="Worker processes that extract articles (each builds its pipeline once).")
@click.option("--dask", "dask_address", metavar="ADDRESS", help="Extract on the Dask cluster whose scheduler is at ADDRESS (tcp://host:8786); needs kg[dask].")
@click.option("--retries", type=click.IntRange(min=0), metavar="N", help="With --dask: run a failed batch of articles again up to N times (default 2) before reporting its articles as failed.")
@click.option("--shards", type=click.Path(path_type=Path), help="Write N-Quads shard files for a bulk loader into this folder instead of a store.")
@click.option("--compress", is_flag=True, help="With --shards: gzip the shard files (part-00000.nq.gz, manifest.nq.gz).")
@click.option("--lang", type=LANG, help="Language of every article; default: detected per article.")
@click.option("--keep-going", is_flag=True, help="Skip articles that cannot be read (reported on stderr) instead of stopping.")
@click.option("--optimize", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True, help="With --store DIR: compact the Oxigraph store after the build (faster queries; it rewrites the whole store). auto: when the build wrote at least 10% of the store's articles.")
@click.option("-q", "--quiet", is_flag=True, help="No progress on stderr.")
@_library_errors
def build(inputs: tuple[Path, ...], output: Path | None, fmt: str | None, store_spec: str | None, endpoints: tuple[str, ...], workers: int,
          dask_address: str | None, retries: int | None, shards: Path | None, compress: bool, lang: str | None,
          keep_going: bool, optimize: str, quiet: bool) -> None:
    """Build a knowledge graph from INPUTS: .txt files, .jsonl or .jsonl.gz article files or folders of them.

    Into a graph file (-o), a store (--store; unchanged articles are skipped on a re-run) or
    N-Quads shards for a bulk loader (--shards). TriG, N-Quads and JSON-LD keep one named graph
    per article; Turtle and N-Triples hold their union.
    """
    from kg.build import Progress, run_build
    from kg.ingest.readers import count_articles
    from kg.store.base import format_for_path

    if shards and (store_spec or output):
        raise click.UsageError("--shards writes shard files; give it without --store and -o")
    if not (output or store_spec or shards):
        raise click.UsageError("Missing option '-o' / '--output' (or give --store or --shards).")
    if dask_address and workers > 1:
        raise click.UsageError("give --workers or --dask, not both")
    if retries is not None and not dask_address:
        raise click.UsageError("--retries applies to --dask builds only")
    if compress and not shards:
        raise click.UsageError("--compress applies to --shards only")
    if output:
        fmt = format_for_path(output, fmt)  # fail on a bad output name before any work
    show = not quiet and sys.stderr.isatty()
    progress = Progress(count_articles(inputs) if show else None, enabled=show)

    def skipped(e: Exception) -> None:
        click.echo(f"Skipped: {e}", err=True)

    def run(sink):
        summary = run_build(inputs, sink, lang=lang, workers=workers, dask=dask_address, retries=retries,
                            progress=progress, on_error=skipped if keep_going else None,
                            optimize={"auto": None, "always": True, "never": False}[optimize])
        if summary.articles == 0:
            paths = ", ".join(map(str, inputs))
            if summary.skipped:
                raise InputError(Errors.E032, paths=paths, n=len(summary.skipped), codes=summary.skipped_by_code())
            raise InputError(Errors.E013, paths=paths)
        return summary

    if shards:
        from kg.build.shards import ShardWriter

        with ShardWriter(shards, compress=compress) as sink:
            summary = run(sink)
        click.echo(f"Wrote {summary.built} articles to {len(sink.files)} shard files in {shards}: "
                   f"{summary.facts} facts, {summary.triples} triples" + _skipped(summary))
    else:
        store = _open_store(store_spec, endpoints)
        try:
            summary = run(store)
            if store_spec:
                click.echo(f"Stored {summary.articles} articles in {store_spec}: {summary.new} new, {summary.changed} changed, "
                           f"{summary.unchanged} unchanged; {summary.facts} facts, {summary.triples} triples written" + _skipped(summary))
            if output:
                store.serialize(output, fmt)
                click.echo(f"Wrote {output} ({fmt}): " + (f"{len(store)} triples" if store_spec else (
                    f"{summary.articles} articles, {summary.facts} facts, {len(store)} triples"
                    + (f", {len(summary.skipped)} skipped" if summary.skipped else "")
                    + (f", {summary.restarted()}" if summary.restarts else ""))))
        finally:
            store.close()
    if not quiet and summary.built:  # (nothing built: no rate to give)
        click.echo(summary.rates(), err=True)
    if not quiet and summary.optimized is not None:
        click.echo(f"Compacted the store in {summary.optimized:.1f} s", err=True)


def _skipped(summary) -> str:
    """"; 2 skipped (E002: 1, E007: 1)", then "; worker pool restarted 1 time (...)", or ""."""
    return ((f"; {len(summary.skipped)} skipped ({summary.skipped_by_code()})" if summary.skipped else "")
            + (f"; {summary.restarted()}" if summary.restarts else ""))


@cli.command()
@click.argument("graph", metavar="[GRAPH]")
@click.argument("query", required=False)
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]), default="table", show_default=True, help="Result format (json: SPARQL 1.1 JSON results).")
@click.option("--store", "store_spec", metavar="SPEC", help=STORE_HELP + " Give it instead of GRAPH.")
@_endpoint_option
@_library_errors
def query(graph: str, query: str | None, fmt: str, store_spec: str | None, endpoints: tuple[str, ...]) -> None:
    """Run a SPARQL QUERY (text or a .rq file) on GRAPH (a graph file) or on --store.

    The prefixes kg:, schema:, prov:, res:, rdf:, rdfs:, xsd:, owl: and dcterms: are predeclared;
    the default graph is the union of all article graphs.
    """
    from kg.graph import PREFIXES
    from kg.query import format_result, read_query

    if query is None:
        if store_spec is None:
            raise click.UsageError("Missing argument 'QUERY'.")
        graph, query = None, graph
    g = _graph_or_store(Path(graph) if graph is not None else None, store_spec, endpoints)
    try:
        result = g.query(read_query(query))
        text = format_result(result, fmt, {k: str(v) for k, v in PREFIXES.items()})
    finally:
        g.close()
    click.echo(text, nl=not text.endswith("\n"))  # csv, tsv and turtle end with their own newline


@cli.command()
@click.argument("graph", required=False, type=click.Path(path_type=Path))
@click.option("--to", "fmt", type=click.Choice(["gexf", "graphml", "csv"] + RDF_FORMATS), required=True, help="Target format: for Gephi (gexf, graphml, csv) or an RDF dump (trig, nquads, jsonld keep the article graphs; turtle, ntriples their union).")
@click.option("-o", "--output", "output", required=True, type=click.Path(path_type=Path), help="File to write (csv: OUT.nodes.csv and OUT.edges.csv).")
@click.option("--store", "store_spec", metavar="SPEC", help=STORE_HELP + " Give it instead of GRAPH.")
@_endpoint_option
@_library_errors
def export(graph: Path | None, fmt: str, output: Path, store_spec: str | None, endpoints: tuple[str, ...]) -> None:
    """Export GRAPH (a graph file) or --store for Gephi: entities as nodes, relations as weighted
    edges, dates as time. Or dump it as RDF (--to trig|nquads|...), e.g. for a bulk loader."""
    g = _graph_or_store(graph, store_spec, endpoints)
    try:
        if fmt in RDF_FORMATS:
            g.serialize(output, fmt)
            click.echo(f"Wrote {output} ({fmt}): {len(g)} triples")
            return
        counts = g.export(fmt, output)
    finally:
        g.close()
    click.echo(f"Wrote {output} ({fmt}): {counts['nodes']} nodes, {counts['edges']} edges")


@cli.command()
@click.argument("articles", nargs=-1, required=True)
@click.option("--store", "store_spec", metavar="SPEC", required=True, help=STORE_HELP)
@_endpoint_option
@_library_errors
def remove(articles: tuple[str, ...], store_spec: str, endpoints: tuple[str, ...]) -> None:
    """Remove ARTICLES (article ids or graph IRIs) from --store: their graphs and hashes.

    Triples another article also states (an entity's label, a shared fact) stay. If one of
    them is not in the store, nothing is removed.
    """
    from kg.errors import Errors, StoreError
    from kg.ontology.iris import graph_iri

    iris = [a if a.startswith(("http://", "https://", "urn:")) else str(graph_iri(a)) for a in articles]
    store = _open_store(store_spec, endpoints)
    try:
        present = {g for g, _ in store.articles()} if any(store.article_hash(i) is None for i in iris) else set(iris)
        missing = [a for a, i in zip(articles, iris) if i not in present]
        if missing:
            raise StoreError(Errors.E023, ids=", ".join(repr(a) for a in missing), spec=store_spec)
        removed = sum(store.remove_article(i) for i in dict.fromkeys(iris))
    finally:
        store.close()
    click.echo(f"Removed {removed} article{'s' if removed != 1 else ''} from {store_spec}: {', '.join(dict.fromkeys(articles))}")


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


@cli.command("evaluate-ner")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--lang", type=LANG, help="Language of every file; default: detected per file.")
@click.option("--system", type=click.Choice(["model", "combined"]), default="model", show_default=True, help="model: the shipped NER model alone; combined: the product's spans, the rules and the model merged by kg_ner_merge.")
@click.option("--json", "as_json", is_flag=True, help="Print the reports as JSON (a list, one per file).")
@_library_errors
def evaluate_ner(files: tuple[Path, ...], lang: str | None, system: str, as_json: bool) -> None:
    """Score NER on gold FILES (JSONL: text, tokens, entities [start, end, label]; ../shared/corpus format).

    Labels are mapped to PER/ORG/LOC/MISC; exact-span precision, recall and F1 per label, micro over
    PER/ORG/LOC, and with MISC when the gold has it.
    """
    from kg.evaluate.ner import evaluate_ner as run_ner_evaluation

    reports = [run_ner_evaluation(f, lang=lang, system=system) for f in files]
    if as_json:
        click.echo(json.dumps([r.to_dict() for r in reports], indent=2))
    else:
        click.echo("\n\n".join(r.to_text() for r in reports))


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
