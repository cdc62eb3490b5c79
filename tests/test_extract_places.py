"""The place tables' cache file: what a later process reads back is what a
fresh build gives, and a damaged cache file is rebuilt, not an error."""

from __future__ import annotations

import dataclasses

from kg.extract import places


def test_cache_file_gives_the_built_tables_and_survives_damage(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    built = places.build_places()
    first = places.load_places.__wrapped__()  # no cache file yet: builds and writes it
    (cache,) = (tmp_path / "accord").glob("places-*.json")
    second = places.load_places.__wrapped__()  # read back from the file
    assert dataclasses.asdict(first) == dataclasses.asdict(built)
    assert dataclasses.asdict(second) == dataclasses.asdict(built)
    assert second.in_text("Hazara University, Mansehra") == "PK"
    assert second.code("Jönköping") == "SE"

    cache.write_text('{"countries": {', encoding="utf-8")
    third = places.load_places.__wrapped__()
    assert dataclasses.asdict(third) == dataclasses.asdict(built)
    assert cache.read_text(encoding="utf-8").startswith('{"countries": {"')


def test_a_region_named_by_a_common_word_places_no_body():
    from kg.extract.places import load_places

    places = load_places()
    assert places.in_text("Danmarks Maritime Universitet") is None  # not Togo's Maritime region
    assert places.in_text("Birch Coast University") is None  # not Kenya's Coast province
    assert places.in_text("Rivers State University") == "NG"
