"""Shard files: plain or gzip-compressed, split at article boundaries, and named ``….partial``
until complete, so a build cut short mid-article never leaves a truncated file looking complete."""
from __future__ import annotations

import gzip

import pytest

from kg.build import run_build
from kg.build.shards import ShardWriter
from kg.errors import InputError

from tests.build.conftest import DATA, INPUTS, quads
from tests.build.test_runner import DictStore


@pytest.fixture(scope="module")
def local():
    store = DictStore()
    run_build(INPUTS, store)
    return store


def text_of(path) -> str:
    return (gzip.decompress(path.read_bytes()) if path.name.endswith(".gz") else path.read_bytes()).decode("utf-8")


def write(folder, graphs, **kwargs) -> ShardWriter:
    with ShardWriter(folder, **kwargs) as sink:
        for iri, (digest, nquads) in graphs.items():
            sink.put_article(iri, digest, nquads)
    return sink


def test_compressed_shards_hold_what_plain_ones_do(tmp_path, local):
    plain = write(tmp_path / "plain", local.graphs, max_bytes=1)  # one article a part
    packed = write(tmp_path / "gz", local.graphs, max_bytes=1, compress=True)
    assert [p.name for p in packed.files] == [f"part-0000{i}.nq.gz" for i in range(5)]
    assert [p.name for p in plain.files] == [f"part-0000{i}.nq" for i in range(5)]
    assert sorted(p.name for p in (tmp_path / "gz").iterdir()) == ["manifest.nq.gz"] + [p.name for p in packed.files]
    for a, b in zip(plain.files, packed.files):
        assert text_of(b) == text_of(a)
    manifest = text_of(tmp_path / "gz" / "manifest.nq.gz")
    assert manifest == text_of(tmp_path / "plain" / "manifest.nq")
    assert len(manifest.splitlines()) == 5
    assert set().union(*(quads(text_of(p)) for p in packed.files)) == local.all_quads()


def test_compressed_shards_are_reproducible_and_name_their_content(tmp_path, local):
    one = write(tmp_path / "1", local.graphs, compress=True)
    two = write(tmp_path / "2", local.graphs, compress=True)
    data = one.files[0].read_bytes()
    assert data == two.files[0].read_bytes()  # no time stamp in the gzip header
    assert data[3] & 0x08 and data[10:24] == b"part-00000.nq\x00"  # FNAME: the name without .gz


def test_a_write_cut_short_leaves_partial_files(tmp_path, local):
    class Interrupted(KeyboardInterrupt):
        pass

    (first_iri, (first_hash, first_nq)), (iri, (digest, nquads)) = list(local.graphs.items())[:2]
    folder = tmp_path / "s"
    with pytest.raises(Interrupted):
        with ShardWriter(folder, compress=True) as sink:
            sink.put_article(first_iri, first_hash, first_nq)
            write_text = sink._part.text.write

            def cut(text):  # half the article reaches the file, then Ctrl-C
                write_text(text[: len(text) // 2])
                raise Interrupted

            sink._part.text.write = cut
            sink.put_article(iri, digest, nquads)
    assert sorted(p.name for p in folder.iterdir()) == ["manifest.nq.gz.partial", "part-00000.nq.gz.partial"]


def test_an_error_between_articles_leaves_complete_files(tmp_path):
    folder = tmp_path / "s"
    with pytest.raises(InputError):  # de.txt: no language kg reads, raised without on_error
        with ShardWriter(folder, compress=True) as sink:
            run_build([DATA / "en.txt", DATA / "de.txt"], sink)
    assert sorted(p.name for p in folder.iterdir()) == ["manifest.nq.gz", "part-00000.nq.gz"]
    assert len(text_of(folder / "manifest.nq.gz").splitlines()) == 1
    assert text_of(folder / "part-00000.nq.gz").endswith(" .\n")


def test_a_folder_with_compressed_shards_is_not_written_again(tmp_path, local):
    write(tmp_path, dict(list(local.graphs.items())[:1]), compress=True)
    with pytest.raises(InputError, match=r"^\[E026\] .* \(manifest\.nq\.gz\)"):
        ShardWriter(tmp_path)
