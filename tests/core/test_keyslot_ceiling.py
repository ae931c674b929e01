"""A key file may not ask for more Argon2id work than calibration can ever choose: anything above that
ceiling was altered, and is refused before any derivation (so `check` answers at once, exit code 4)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from core_support import PASSPHRASE, assert_plain_failure, fingerprint, keys_of, run_cli

from iepdesk.casefile import Argon2Params, Case, keyslots
from iepdesk.errors import KeySlotFileError

GIB_KIB = 1024 * 1024


def _fake_speed(seconds_per_gib_pass: float):
    """A stand-in for timing one derivation on a computer of the given speed (linear in the work)."""

    def timed(params: Argon2Params, salt: bytes) -> float:
        return seconds_per_gib_pass * params.memory_kib / GIB_KIB * params.iterations

    return timed


@pytest.mark.parametrize(
    ("seconds_per_gib_pass", "memory_mib", "iterations"),
    [
        # Worked out by hand from the rule: double while 3 passes take at most 0.5 / 2.2 = 0.227 s,
        # up to 1 GiB; then passes = int(3 * 0.5 / seconds), at least 3 and at most 8.
        (10.0, 64, 3),  # 64 MiB x 3 = 1.875 s: stays at the floor, 3 passes
        (0.5, 256, 4),  # 64: 0.094, 128: 0.1875, 256: 0.375 (> 0.227: stop); 1.5 / 0.375 = 4
        (0.125, 1024, 4),  # 512: 0.1875, 1024: 0.375 (the memory cap); 1.5 / 0.375 = 4
        (0.0625, 1024, 8),  # 1024: 0.1875; 1.5 / 0.1875 = 8
        (0.03125, 1024, 8),  # 1024: 0.09375; 1.5 / 0.09375 = 16, capped at 8
        (0.000001, 1024, 8),  # absurdly fast: still 1 GiB and 8 passes
    ],
)
def test_calibration_stays_within_the_ceiling(monkeypatch, seconds_per_gib_pass, memory_mib, iterations):
    monkeypatch.setattr(keyslots, "_timed", _fake_speed(seconds_per_gib_pass))
    chosen = keyslots.calibrate().params
    assert (chosen.memory_kib, chosen.iterations, chosen.lanes) == (memory_mib * 1024, iterations, 4)
    chosen.check()  # what calibration produces is always accepted


def test_the_ceiling_itself_is_accepted():
    Argon2Params(memory_kib=GIB_KIB, iterations=8, lanes=4).check()


@pytest.mark.parametrize(
    ("memory_kib", "iterations", "lanes"),
    [
        (4 * GIB_KIB, 64, 4),  # what a tampered file asked for (156 s, 4.1 GiB before)
        (GIB_KIB + 1, 8, 4),
        (GIB_KIB, 9, 4),
        (64 * 1024, 9, 4),
        (GIB_KIB, 8, 5),
        (64 * 1024, 3, 0),
    ],
)
def test_above_the_ceiling_is_refused_before_any_derivation(monkeypatch, memory_kib, iterations, lanes):
    def no_derivation(*args: object, **kwargs: object) -> None:
        raise AssertionError("Argon2id was run for parameters above the ceiling")

    monkeypatch.setattr(keyslots, "Argon2id", no_derivation)
    with pytest.raises(KeySlotFileError, match="altered"):
        Argon2Params(memory_kib=memory_kib, iterations=iterations, lanes=lanes).derive("x", b"s" * 16)


def _ask_for(path: Path, memory_kib: int, iterations: int) -> None:
    document = json.loads(keys_of(path).read_text(encoding="utf-8"))
    document["slots"]["passphrase"]["kdf"].update(memory_kib=memory_kib, iterations=iterations)
    keys_of(path).write_text(json.dumps(document, indent=2), encoding="utf-8")


@pytest.mark.parametrize(("memory_kib", "iterations"), [(4 * GIB_KIB, 64), (GIB_KIB, 9)])
def test_tampered_key_file_is_refused_as_altered(make_case, monkeypatch, memory_kib, iterations):
    path, _secret = make_case()
    _ask_for(path, memory_kib, iterations)
    before = fingerprint(path, keys_of(path))

    def no_derivation(*args: object, **kwargs: object) -> None:
        raise AssertionError("Argon2id was run for a key file above the ceiling")

    # Refused from the file's numbers alone: no memory taken, no pass run.
    with monkeypatch.context() as patched:
        patched.setattr(keyslots, "Argon2id", no_derivation)
        with pytest.raises(KeySlotFileError) as caught:
            Case.open(path, PASSPHRASE)
    assert "altered" in str(caught.value)

    # The command line: before, this ran 156 s at 4.1 GiB; the run_cli timeout (60 s) is far above
    # the start-up of the interpreter, and the refusal needs no derivation at all.
    result = run_cli("check", path)
    assert_plain_failure(result, 4)
    assert "altered" in result.stderr
    assert result.stdout == ""
    assert fingerprint(path, keys_of(path)) == before
