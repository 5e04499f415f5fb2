"""Progress bar (only when enabled: a terminal without -q) and the summary's figures."""
from __future__ import annotations

import io

from kg.build import Progress, Summary, run_build
from kg.ingest.readers import count_articles

from tests.build.conftest import DATA
from tests.build.test_runner import DictStore


def test_disabled_progress_writes_nothing():
    out = io.StringIO()
    p = Progress(10, enabled=False, stream=out)
    for _ in range(10):
        p.update(1, 100)
    p.close()
    assert out.getvalue() == "" and p.done == 10 and p.words == 1000


def test_enabled_progress_draws_one_line_and_ends_it():
    out = io.StringIO()
    p = Progress(4, enabled=True, stream=out, interval=0)
    p.update(1, 300)
    p.update(1, 300)
    p.close()
    text = out.getvalue()
    assert text.startswith("\r1/4 articles, ") and text.endswith("\n")
    assert text.count("\n") == 1
    assert "\r2/4 articles, " in text and ", 50%, ETA 0:00:0" in text and " words/s" in text


def test_progress_without_a_total_has_no_eta():
    p = Progress(None, enabled=True, stream=io.StringIO())
    p.update(3, 30)
    assert p.line().startswith("3 articles, ") and "ETA" not in p.line()


def test_progress_eta_from_the_rate_so_far():
    p = Progress(100, enabled=True, stream=io.StringIO())
    p.done, p.start = 25, 0.0
    assert p.line(now=10.0) == "25/100 articles, 0 words/s, 25%, ETA 0:00:30"


def test_a_progress_line_not_drawn_is_not_ended():
    out = io.StringIO()
    Progress(3, enabled=True, stream=out).close()
    assert out.getvalue() == ""


def test_summary_counts_and_rates():
    s = Summary(new=3, changed=1, unchanged=2, words=1000, seconds=2.0,
                skipped=["[E007] Cannot tell", "[E002] Input is empty", "[E007] again"])
    assert (s.articles, s.built) == (6, 4)
    assert s.skipped_by_code() == "E002: 1, E007: 2"
    assert s.rates() == "500 words/s, 2.0 articles/s: 1000 words in 2.0 s"
    assert s.restarted() == ""
    assert Summary(restarts=1).restarted() == "worker pool restarted 1 time (a worker process died)"
    assert Summary(restarts=3).restarted() == "worker pool restarted 3 times (a worker process died)"


def test_skipped_lines_and_articles_count_as_done():
    inputs = [DATA / "bad_json.jsonl", DATA / "de.txt", DATA / "en.txt"]
    p = Progress(count_articles(inputs), enabled=False)
    summary = run_build(inputs, DictStore(), progress=p, on_error=lambda e: None)
    assert (summary.new, len(summary.skipped)) == (2, 2)  # a bad JSON line, an article in German
    assert p.done == p.total == 4
