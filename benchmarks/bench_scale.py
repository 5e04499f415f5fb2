"""Benchmark (not a test): builds, stores and queries at scale. Prints, in one run:

1. build throughput (articles/s, words/s) in process (1 worker) and with 2 worker processes, into
   an Oxigraph store and into N-Quads shards, on a corpus synthesised from the dev articles;
2. peak memory (RSS of the parent + its worker processes, sampled) of a small vs a 10× larger
   build into an Oxigraph store (acceptance: the large one within 1.5× of the small one);
3. load throughput (triples/s) and peak RSS of rdflib's Dataset vs pyoxigraph's Store (in
   memory, one bulk load; and on disk, written and compacted as ``kg build --store`` does) at
   two sizes, and p50/p95 latency of 5 typical queries on each, with identical answers checked;
4. GEXF export time of a graph with many entity nodes (``kg.export``) from an Oxigraph store.

    .venv/bin/python benchmarks/bench_scale.py            # full: 3k-article throughput, 2k vs 20k
                                                           # build, 100k and 1M triples, 100k nodes
    .venv/bin/python benchmarks/bench_scale.py --quick    # small sizes, a few minutes
    options: --articles N  --small N --large N  --triples N,N  --nodes N  --reps N  --keep DIR

How the data are made (everything from ../shared/corpus/articles_dev.jsonl, nothing invented):

* corpus: copy *k* of each dev article gets the id ``<id>~k`` and its paragraphs after the first
  shuffled (seeded by *k*), so every copy has its own text, content hash and graph IRIs; written
  as .jsonl.gz and read by the streaming reader;
* triples: the dev articles are built once (real article graphs, N-Quads); copy *k* renames the
  per-article IRIs (graph, article, mention, fact, evidence, event: ``…/graph/k7-<id>``) and the
  entity IRIs to one of 10 variants (``…/country/v7-ARM``), so entities are shared across copies
  as in a real corpus; copies are added until the wanted number of quads. The Oxigraph store gets
  kg's layout (named graphs + their union as default graph) in one bulk load;
* GEXF: as for the triples, but each copy gets its own entities, until the wanted number of
  entity nodes.

Each measurement runs in a fresh subprocess (peak RSS is per process). Timings on a shared
2-core machine are noisy: rerun it when the machine is quiet.
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import math
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the kg of this checkout
DEV = ROOT.parent / "shared" / "corpus" / "articles_dev.jsonl"
RES = "https://w3id.org/kg-news/id/"
ARTICLE_KINDS = "graph|article|mention|fact|evidence|event"
ENTITY_KINDS = "country|org|place|person|agreement"
VARIANTS = 10
ENGINES = ("rdflib", "oxigraph", "oxigraph-disk")  # part 3: rdflib Dataset, pyoxigraph in memory, kg's store on disk

PREFIXES = """PREFIX kg: <https://w3id.org/kg-news/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""
QUERIES = {
    "type lookup": "SELECT ?p ?label WHERE { ?p a kg:Person ; rdfs:label ?label }",
    "2-hop join": "SELECT ?person ?state ?org WHERE { ?person kg:holdsRole ?state . ?state kg:memberOf ?org }",
    "GROUP BY": "SELECT ?type (COUNT(?m) AS ?n) WHERE { ?m kg:mentionOf ?e . ?e a ?type } GROUP BY ?type",
    "evidence": ("SELECT ?s ?o ?quote WHERE { ?a a kg:Assertion ; rdf:subject ?s ; rdf:predicate kg:meetsWith ; "
                 "rdf:object ?o ; kg:evidence ?ev . ?ev kg:quote ?quote }"),
    "alliance path": "SELECT ?x ?y WHERE { ?x a kg:Country ; (kg:alliedWith|kg:memberOf)+ ?y }",
}


# --- data ------------------------------------------------------------------------------------


def synth_corpus(path: Path, n: int) -> tuple[int, int]:
    """``n`` articles made from the dev articles (see the module doc) → .jsonl.gz; (articles, words)."""
    records = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
    words = 0
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        for i in range(n):
            rec = dict(records[i % len(records)])
            k = i // len(records)
            pars = rec["text"].split("\n\n")
            rest = pars[1:]
            random.Random(k * 7919 + i).shuffle(rest)
            rec["text"] = "\n\n".join(pars[:1] + rest)
            rec["id"] = f"{rec['id']}~{k}"
            words += len(rec["text"].split())
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return n, words


def base_nquads() -> list[str]:
    """The N-Quads lines of the dev articles' graphs (built once, in process)."""
    from kg.build import run_build

    class Lines:
        def __init__(self) -> None:
            self.lines: list[str] = []

        def article_hash(self, graph_iri: str) -> None:
            return None

        def put_article(self, graph_iri: str, content_hash: str, nquads: str) -> bool:
            self.lines.extend(nquads.splitlines())
            return True

    sink = Lines()
    run_build([DEV], sink)
    return sink.lines


_ARTICLE = re.compile(rf"({re.escape(RES)})({ARTICLE_KINDS})/")
_ENTITY = re.compile(rf"({re.escape(RES)})({ENTITY_KINDS})/")
_NODE_TYPE = re.compile(r"#type> <https://w3id.org/kg-news/ontology#(?:Country|Place|Organization|Person|Agreement|NamedEvent)> ")


def synth_quads(base: list[str], path: Path, *, quads: int | None = None, entities: int | None = None,
                union: bool = False) -> dict:
    """Copies of ``base`` with renamed IRIs (see the module doc) until ``quads`` quads (entities
    shared by variant) or ``entities`` distinct entity IRIs (own entities per copy); with
    ``union`` each triple is also written without a graph (kg's Oxigraph layout)."""
    per_copy_entities = len({line.split(" ", 1)[0] for line in base if _NODE_TYPE.search(line)})
    copies = math.ceil(quads / len(base)) if quads else math.ceil(entities / per_copy_entities)
    written = 0
    with open(path, "w", encoding="utf-8") as fh:
        for k in range(copies):
            variant = f"v{k % VARIANTS}-" if quads else f"v{k}-"
            for line in base:
                if quads and written >= quads:
                    break
                line = _ENTITY.sub(rf"\g<1>\g<2>/{variant}", _ARTICLE.sub(rf"\g<1>\g<2>/k{k}-", line))
                fh.write(line + "\n")
                if union:
                    fh.write(line.rsplit(" <", 1)[0] + " .\n")
                written += 1
    return {"quads": written, "copies": copies}


# --- children: one measurement per fresh process -----------------------------------------------


def peak_rss_mb() -> float:
    """This process's peak RSS (VmHWM: unlike ru_maxrss, not inherited from the forking parent)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class PeakRSS:
    """Sample the RSS of this process and all its descendants every 0.1 s; keep the peaks."""

    def __init__(self) -> None:
        import psutil

        self.me = psutil.Process()
        self.total = self.parent = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _sample(self) -> None:
        import psutil

        mine = self.me.memory_info().rss
        total = mine
        for child in self.me.children(recursive=True):
            try:
                total += child.memory_info().rss
            except psutil.Error:
                pass
        self.parent, self.total = max(self.parent, mine), max(self.total, total)

    def _run(self) -> None:
        while not self._stop.wait(0.1):
            self._sample()

    def __enter__(self) -> "PeakRSS":
        self._sample()
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self._sample()


def child_build(corpus: str, workers: int, target: str, out: str) -> dict:
    from kg.build import ProcessPool, run_build
    from kg.build.runner import InProcess
    from kg.nlp.pipeline import get_pipeline

    if target == "oxigraph":
        from kg.store import open_store

        sink = open_store(out)
    else:
        from kg.build.shards import ShardWriter

        sink = ShardWriter(out)
    if workers <= 1:
        for lang in ("id", "en"):  # the pool's workers build both in their initializer
            get_pipeline(lang)
        executor = InProcess()
    else:
        executor = ProcessPool(workers, langs=("id", "en"))
    stamps: list[tuple[float, int]] = []
    words = 0
    write = [0.0]

    def timed(put):  # the main process's share: writing each result (or batch of results)
        def timed_put(*a):
            t = time.perf_counter()
            try:
                return put(*a)
            finally:
                write[0] += time.perf_counter() - t
        return timed_put

    sink.put_article = timed(sink.put_article)
    if hasattr(sink, "put_articles"):
        sink.put_articles = timed(sink.put_articles)

    def committed(r) -> None:
        nonlocal words
        words += r.words
        stamps.append((time.perf_counter(), words))

    with PeakRSS() as rss:
        start = time.perf_counter()
        summary = run_build([corpus], sink, executor=executor, on_result=committed)
        sink.close()
    q = len(stamps) // 4  # steady state: the last 3/4 of the articles, after every start-up
    (t0, w0), (t1, w1) = stamps[q], stamps[-1]
    return {"articles": summary.built, "words": summary.words, "seconds": summary.seconds,
            "steady_aps": (len(stamps) - 1 - q) / (t1 - t0), "steady_wps": (w1 - w0) / (t1 - t0),
            "first": stamps[0][0] - start, "write_ms": write[0] / max(len(stamps), 1) * 1000, "rss_total": rss.total / 2**20, "rss_parent": rss.parent / 2**20}


def _norm(value) -> str:
    """A term's lexical value (IRI, literal text without tag or type): rdflib and Oxigraph alike."""
    if value is None:
        return ""
    return str(value) if hasattr(value, "n3") else value.value


def child_store(engine: str, path: str, union_path: str, reps: int) -> dict:
    if engine == "rdflib":
        from rdflib import Dataset

        t = time.perf_counter()
        ds = Dataset(default_union=True)
        ds.parse(path, format="nquads")
        load = time.perf_counter() - t

        def run(q: str) -> list[tuple[str, ...]]:
            return [tuple(_norm(v) for v in row) for row in ds.query(PREFIXES + q)]
    else:
        import pyoxigraph as ox

        t = time.perf_counter()
        if engine == "oxigraph":
            store = ox.Store()
            store.bulk_load(path=union_path, format=ox.RdfFormat.N_QUADS)
        else:  # on disk, written as a build writes it: batches of 100 articles, then compacted
            store = _built_store(path, Path(union_path).with_suffix(".db"))
        load = time.perf_counter() - t

        def run(q: str) -> list[tuple[str, ...]]:
            result = store.query(PREFIXES + q)
            names = [v.value for v in result.variables]
            return [tuple(_norm(sol[n]) for n in names) for sol in result]
    out = {"load": load, "queries": {}}
    for name, q in QUERIES.items():
        times, rows = [], []
        for _ in range(reps):
            t = time.perf_counter()
            rows = run(q)
            times.append(time.perf_counter() - t)
        digest = hashlib.sha256("\n".join(sorted("\t".join(r) for r in rows)).encode()).hexdigest()[:12]
        out["queries"][name] = {"times": times, "rows": len(rows), "digest": digest}
    out["rss"] = peak_rss_mb()
    return out


def _built_store(path: str, db: Path):
    """An on-disk store that kg's writer fills from the article graphs of N-Quads file ``path``
    (``OxigraphStore.put_articles``, 100 articles a batch) and compacts (as ``kg build`` does);
    its pyoxigraph Store, for querying as the in-memory one is."""
    import shutil

    from kg.store.oxigraph import OxigraphStore

    shutil.rmtree(db, ignore_errors=True)
    store = OxigraphStore(db)
    graphs: dict[str, list[str]] = {}
    with open(path, encoding="utf-8") as fh:
        for line in map(str.rstrip, fh):
            graphs.setdefault(line.rsplit(" <", 1)[1][:-3], []).append(line)
    items = [(g, hashlib.sha256(g.encode()).hexdigest(), "\n".join(lines)) for g, lines in graphs.items()]
    for i in range(0, len(items), 100):
        store.put_articles(items[i:i + 100])
    store.optimize()
    return store._store


def child_gexf(union_path: str, workdir: str) -> dict:
    import pyoxigraph as ox

    from kg.graph import KnowledgeGraph
    from kg.store import open_store

    db = Path(workdir) / "gexf-db"
    bulk = ox.Store(str(db))
    bulk.bulk_load(path=union_path, format=ox.RdfFormat.N_QUADS)
    bulk.flush()
    del bulk
    store = open_store(db)
    t = time.perf_counter()
    counts = KnowledgeGraph(store).export("gexf", Path(workdir) / "g.gexf")
    secs = time.perf_counter() - t
    store.close()
    return {"seconds": secs, **counts, "rss": peak_rss_mb()}


def child(kind: str, args: list) -> None:
    fn = {"build": child_build, "store": child_store, "gexf": child_gexf}[kind]
    print("RESULT " + json.dumps(fn(*args)))


def spawn(kind: str, *args: object) -> dict:
    r = subprocess.run([sys.executable, __file__, "--child", kind, json.dumps(list(args))],
                       capture_output=True, text=True, cwd=ROOT)
    lines = [line for line in r.stdout.splitlines() if line.startswith("RESULT ")]
    if r.returncode or not lines:
        sys.exit(f"child {kind} {args} failed:\n{r.stderr[-3000:]}")
    return json.loads(lines[-1][7:])


# --- the report --------------------------------------------------------------------------------


def pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, max(0, math.ceil(p / 100 * len(s)) - 1))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="small sizes (a few minutes)")
    ap.add_argument("--articles", type=int, help="corpus size of the throughput runs (full 3000, quick 400)")
    ap.add_argument("--small", type=int, help="articles of the small memory build (full 2000, quick 200)")
    ap.add_argument("--large", type=int, help="articles of the large memory build (full 20000, quick 2000)")
    ap.add_argument("--triples", help="store sizes, comma-separated (full 100000,1000000, quick 20000,100000)")
    ap.add_argument("--nodes", type=int, help="entity nodes of the GEXF export (full 100000, quick 10000)")
    ap.add_argument("--reps", type=int, help="runs of each query (full 7, quick 5)")
    ap.add_argument("--keep", type=Path, help="keep the generated files in this folder")
    ap.add_argument("--parts", default="1,2,3,4", help="which parts to run, e.g. 1 or 3,4 (default: all)")
    ap.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        return child(args.child[0], json.loads(args.child[1]))
    q = args.quick
    n_art = args.articles or (400 if q else 3000)
    small, large = args.small or (200 if q else 2000), args.large or (2000 if q else 20000)
    sizes = [int(x) for x in (args.triples or ("20000,100000" if q else "100000,1000000")).split(",")]
    nodes = args.nodes or (10000 if q else 100000)
    reps = args.reps or (5 if q else 7)
    tmp = tempfile.TemporaryDirectory()
    work = args.keep or Path(tmp.name)
    work.mkdir(parents=True, exist_ok=True)
    parts = {int(x) for x in args.parts.split(",")}
    import os

    print(f"bench_scale {'--quick' if q else '(full)'}: python {sys.version.split()[0]}, {os.cpu_count()} cores, "
          f"load average {os.getloadavg()[0]:.1f} at the start; data from {DEV.name}")

    if 1 in parts:
        part1(work, n_art)
    if 2 in parts:
        part2(work, small, large)
    if 3 in parts or 4 in parts:
        base = base_nquads()
        if 3 in parts:
            part3(work, base, sizes, reps)
        if 4 in parts:
            part4(work, base, nodes)


def part1(work: Path, n_art: int) -> None:
    """Build throughput, 1 vs 2 workers, into Oxigraph and into shards."""
    corpus = work / f"corpus-{n_art}.jsonl.gz"
    _, words = synth_corpus(corpus, n_art)
    print(f"\n## 1. Build throughput: {n_art} articles ({words} words), synthesised copies, .jsonl.gz")
    print("target    workers  wall s  first s  articles/s (wall)  steady articles/s  steady words/s  write ms/article")
    steady = {}
    for target in ("oxigraph", "shards"):
        for w in (1, 2):
            r = spawn("build", str(corpus), w, target, str(work / f"out-{target}-{w}"))
            steady[target, w] = r["steady_aps"]
            print(f"{target:9} {w:7}  {r['seconds']:6.1f}  {r['first']:7.1f}  {r['articles'] / r['seconds']:17.1f}"
                  f"  {r['steady_aps']:17.1f}  {r['steady_wps']:14,.0f}  {r['write_ms']:16.1f}")
    print("(steady: the last 3/4 of the articles, after start-up; write: the store writer's wall time per result\n"
          " (a thread of the main process, overlapping extraction), which no number of workers parallelises:\n"
          " into Oxigraph it bounds articles/s at 1000/write ms, and on 2 cores it shares them with the workers)")
    for target in ("oxigraph", "shards"):
        ratio = steady[target, 2] / steady[target, 1]
        print(f"2 workers / 1 worker, steady articles/s, into {target}: {ratio:.2f}x "
              f"({'PASS' if ratio >= 1.7 else 'FAIL'}: >= 1.7x)")



def part2(work: Path, small: int, large: int) -> None:
    """Peak RSS of a small and a large build into Oxigraph."""
    print("\n## 2. Peak RSS (parent + workers), build into an Oxigraph store, 2 workers")
    peaks = {}
    for n in (small, large):
        c = work / f"corpus-{n}.jsonl.gz"
        synth_corpus(c, n)
        r = spawn("build", str(c), 2, "oxigraph", str(work / f"mem-{n}"))
        peaks[n] = r["rss_total"]
        print(f"{n:6} articles: peak {r['rss_total']:7.0f} MB (parent {r['rss_parent']:.0f} MB), "
              f"{r['seconds']:.0f} s, {r['articles'] / r['seconds']:.1f} articles/s")
    ratio = peaks[large] / peaks[small]
    print(f"{large} vs {small}: {ratio:.2f}x ({'PASS' if ratio <= 1.5 else 'FAIL'}: <= 1.5x)")



def part3(work: Path, base: list[str], sizes: list[int], reps: int) -> None:
    """rdflib vs Oxigraph: load and queries."""
    print(f"\n## 3. rdflib Dataset vs pyoxigraph Store (in memory; on disk as kg builds it): load, peak RSS, "
          f"queries ({reps} runs each)")
    print(f"triples: copies of the {len(base)} quads of the dev articles' graphs, IRIs renamed per copy")
    medians = {}
    for size in sizes:
        plain, union = work / f"q-{size}.nq", work / f"q-{size}-union.nq"
        synth_quads(base, plain, quads=size)
        synth_quads(base, union, quads=size, union=True)
        res = {e: spawn("store", e, str(plain), str(union), reps) for e in ENGINES}
        print(f"\n{size:,} triples")
        for e, r in res.items():
            print(f"  {e:13} load {r['load']:6.1f} s = {size / r['load']:9,.0f} triples/s, peak RSS {r['rss']:6.0f} MB")
        print("  query            rows   rdflib p50/p95 ms   oxigraph in memory, on disk: p50/p95 ms, speed-up   same answers")
        ups: dict[str, list[float]] = {"oxigraph": [], "oxigraph-disk": []}
        for name in QUERIES:
            a = res["rdflib"]["queries"][name]
            pa = statistics.median(a["times"])
            cells, same = [], True
            for e in ups:
                b = res[e]["queries"][name]
                pb = statistics.median(b["times"])
                ups[e].append(pa / max(pb, 1e-9))
                same = same and a["digest"] == b["digest"] and a["rows"] == b["rows"]
                cells.append(f"{pb * 1000:7.1f} /{pct(b['times'], 95) * 1000:6.1f} {ups[e][-1]:5.1f}x")
            print(f"  {name:14} {a['rows']:6}  {pa * 1000:8.1f} /{pct(a['times'], 95) * 1000:8.1f}  "
                  f"{'   '.join(cells)}   {'yes' if same else 'NO'}")
        medians[size] = {e: statistics.median(v) for e, v in ups.items()}
        print("  median speed-up over the 5 queries: " + ", ".join(f"{e} {m:.1f}x" for e, m in medians[size].items()))
    top = max(sizes)
    best = max(medians[top].values())
    print(f"Oxigraph vs rdflib at {top:,} triples: in memory {medians[top]['oxigraph']:.1f}x, on disk "
          f"{medians[top]['oxigraph-disk']:.1f}x ({'PASS' if best >= 20 else 'FAIL'}: >= 20x)")



def part4(work: Path, base: list[str], nodes: int) -> None:
    """GEXF export of many entity nodes from an Oxigraph store."""
    gexf_data = work / f"gexf-{nodes}-union.nq"
    info = synth_quads(base, gexf_data, entities=nodes, union=True)
    r = spawn("gexf", str(gexf_data), str(work))
    print(f"\n## 4. GEXF export from an Oxigraph store ({info['copies']} copies, {info['quads']:,} quads)")
    print(f"{r['nodes']:,} nodes, {r['edges']:,} edges: {r['seconds']:.1f} s, peak RSS {r['rss']:.0f} MB")


if __name__ == "__main__":
    main()
