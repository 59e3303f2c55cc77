"""The Dask engine on a two-worker ``LocalCluster``: the same archive, the same report bytes
as the local engine, with the corpus cut into many partitions read by the workers."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("dask.bag", reason="the Dask engine needs the dask extra: pip install 'article-factcheck[dask]'")
pytest.importorskip("distributed", reason="the Dask engine needs the dask extra: pip install 'article-factcheck[dask]'")

from test_consistency_command import STORIES  # noqa: E402

from checker import dask_engine  # noqa: E402
from checker.cli import main  # noqa: E402


@pytest.fixture(scope="module")
def scheduler():
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster:
        yield cluster.scheduler_address


@pytest.fixture
def archive(tmp_path, monkeypatch):
    """Forty copies of the stories (records without ids among them), a bad record, and a
    folder of plain-text articles; partitions of about 2 KB, so the corpus is cut in many."""
    monkeypatch.setattr(dask_engine, "MIN_PARTITION", 1)
    monkeypatch.setattr(dask_engine, "PARTITION", 2048)
    lines = []
    for n in range(40):
        for i, d, t in STORIES:
            rec = {"published": d, "title": "t", "text": t}
            if n % 3:
                rec["id"] = f"{n}-{i}"
            lines.append(json.dumps(rec))
        if n == 20:
            lines.append("{broken")
    corpus = tmp_path / "wire.jsonl"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    folder = tmp_path / "drafts"
    folder.mkdir()
    (folder / "a.txt").write_text("PARIS, March 9, 1987 - Paul Vocker said rates would hold.\n", encoding="utf-8")
    (folder / "b.txt").write_text("PARIS, March 9, 1987 - Karl Otto Pohl, 71, said rates would hold.\n",
                                  encoding="utf-8")
    return corpus, folder


def report(capsys, *argv) -> tuple[int, str]:
    code = main(["consistency", *map(str, argv)])
    return code, capsys.readouterr().out


def test_the_corpus_is_cut_at_line_ends_into_many_partitions(archive):
    corpus, _ = archive
    ranges = dask_engine.byte_ranges(str(corpus), corpus.stat().st_size, 8)
    data = corpus.read_bytes()
    assert len(ranges) > 8
    assert ranges[0][0] == 0 and ranges[-1][1] == len(data)
    assert all(a[1] == b[0] for a, b in zip(ranges, ranges[1:]))
    assert all(data[end - 1:end] == b"\n" for _, end in ranges)


@pytest.mark.parametrize("fmt", ["json", "text", "junit"])
def test_both_engines_give_byte_identical_reports(capsys, archive, scheduler, fmt, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")
    corpus, folder = archive
    local = report(capsys, corpus, folder, "--format", fmt)
    dask = report(capsys, corpus, folder, "--format", fmt, "--engine", "dask", "--scheduler", scheduler)
    assert local == dask
    assert local[0] == 2  # the broken record: exit 2, as check


@pytest.mark.parametrize("n", [1, 3, 1000])
def test_the_partitions_fold_to_the_same_report_however_the_chains_deal_them(capsys, archive, scheduler, n,
                                                                            monkeypatch):
    """The partitions are dealt round to one chain per worker thread: one chain, three, or a chain
    per partition give the local report (the fold does not depend on the grouping)."""
    from checker.consistency import dask_engine as consistency_dask

    deal = consistency_dask.chains
    monkeypatch.setattr(consistency_dask, "chains", lambda parts, _workers: deal(parts, n))
    corpus, folder = archive
    local = report(capsys, corpus, folder, "--format", "json")
    assert report(capsys, corpus, folder, "--format", "json", "--engine", "dask", "--scheduler", scheduler) == local


def test_partitions_are_dealt_round_to_the_chains_every_one_once():
    from checker.consistency.dask_engine import chains

    assert chains(list(range(7)), 3) == [[0, 3, 6], [1, 4], [2, 5]]
    assert chains(list(range(2)), 4) == [[0], [1]]  # no empty chain
    assert chains([], 2) == []


def test_every_thread_of_the_cluster_gets_a_chain_taking_the_workers_in_turn():
    from checker.consistency.dask_engine import threads

    assert threads({"tcp://b:1": {"nthreads": 1}, "tcp://a:1": {"nthreads": 3}}) == [
        "tcp://a:1", "tcp://b:1", "tcp://a:1", "tcp://a:1"]
    assert threads({}) == []


def test_a_partition_is_read_from_its_file_up_to_its_end_and_never_past_it(archive):
    """The workers stream their byte range from the file: the records of every range, in
    order, are the corpus's records, each once."""
    corpus, _ = archive
    ranges = dask_engine.byte_ranges(str(corpus), corpus.stat().st_size, 8)
    whole = [getattr(a, "source", None) for a in dask_engine.read_partition(("jsonl", str(corpus), 0,
                                                                             corpus.stat().st_size), 1, None, 1 << 20)]
    got, first = [], 1
    for start, end in ranges:
        task = ("jsonl", str(corpus), start, end)
        got += [getattr(a, "source", None) for a in dask_engine.read_partition(task, first, None, 1 << 20)]
        first += corpus.read_bytes()[start:end].count(b"\n")
    assert got == whole and len(whole) == 40 * len(STORIES) + 1


def test_a_record_without_id_and_a_bad_line_are_named_by_their_line_on_dask(capsys, archive, scheduler):
    corpus, folder = archive
    code, out = report(capsys, corpus, "--format", "json", "--engine", "dask", "--scheduler", scheduler)
    doc = json.loads(out)
    assert doc["unreadable"] == [{"source": f"{corpus}:148", "error": doc["unreadable"][0]["error"]}]
    sources = {e["source"] for c in doc["conflicts"] for s in c["sides"] for e in s["examples"]}
    assert f"{corpus}#1" in sources  # the first record has no id: its line number names it


def test_without_a_scheduler_a_local_cluster_of_jobs_workers_is_started(capsys, archive):
    corpus, _ = archive
    local = report(capsys, corpus, "--format", "json")
    assert report(capsys, corpus, "--format", "json", "--engine", "dask", "--jobs", "2") == local


def test_the_local_clusters_factcheck_starts_keep_dask_timers_slow_in_every_worker():
    """Dask's timers cost CPU per second of the run, not per article: the clusters factcheck
    starts run them at QUIET_CLUSTER's pace, in the worker processes too (they are spawned and
    read the settings the nanny hands them), and leave the caller's settings as they were."""
    import dask

    names = sorted(dask_engine.QUIET_CLUSTER)
    with dask_engine.client(None, 1) as c:
        seen = list(c.run(lambda: [dask.config.get(n) for n in names]).values())
    assert seen == [[dask_engine.QUIET_CLUSTER[n] for n in names]]
    assert dask.config.get("distributed.admin.tick.interval") != dask_engine.QUIET_CLUSTER[
        "distributed.admin.tick.interval"]


def test_an_unreachable_scheduler_is_a_usage_error(capsys, archive):
    corpus, _ = archive
    code = main(["consistency", str(corpus), "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9"])
    assert code == 2
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in capsys.readouterr().err


def test_check_on_dask_gives_the_local_report_in_input_order(capsys, archive, scheduler, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")
    corpus, folder = archive
    argv = ["check", str(folder), str(corpus), "--format", "json", "--no-config"]
    local = main(argv), capsys.readouterr().out
    dask = main(argv + ["--engine", "dask", "--scheduler", scheduler]), capsys.readouterr().out
    assert dask == local
    sources = [a["source"] for a in json.loads(local[1])["articles"]]
    assert sources[:2] == [f"{folder}/a.txt", f"{folder}/b.txt"] and len(sources) == 2 + 40 * len(STORIES) + 1
