"""A case written at schema 9 (tests/core/data/old_cases/v9, before entries kept a history) is
migrated to schema 10: its communication says its time was not recorded, nothing is invented, and an
edit made now is kept with the wording the old case held."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from iepdesk.casefile import Case
from iepdesk.comms import log as comms_log
from iepdesk.history import chain, versions
from iepdesk.model import Communication, RecordVersion, ServiceLogEntry
from iepdesk.schedule import entry_edits

V9 = Path(__file__).resolve().parents[1] / "data" / "old_cases" / "v9"


def _open_copy(folder: Path) -> Case:
    manifest = json.loads((V9 / "contents.json").read_text("utf-8"))
    for name in manifest["files"]:
        shutil.copyfile(V9 / name, folder / name)
    return Case.open(folder / manifest["case_file"], manifest["passphrase"])


def test_a_schema_9_case_gets_its_history_from_now_on_and_no_invented_time(tmp_path: Path, sandbox) -> None:
    with _open_copy(tmp_path):
        (message,) = Communication.select()
        assert message.entered_at == ""  # written before schema 10: not known, not guessed
        assert versions.written("communication", message.id).written_text == "Written on: not recorded"
        assert RecordVersion.select().count() == 0  # migrating changed no record
        entry = ServiceLogEntry.select().order_by(ServiceLogEntry.id).first()
        first_note, entered = str(entry.note), str(entry.entered_at)
        assert entered != ""  # log entries always kept it (schema 3)
        entry_edits.update_entry(entry.id, {"note": "Added later."})
        first, now = versions.history("log_entry", entry.id)
        assert (first.content["note"], first.written_at) == (first_note, entered)
        assert now.content["note"] == "Added later." and [c.field for c in now.changes] == ["note"]
        # v9 holds 7 log entries, 1 incident, 1 communication, 3 data points (its contents.json).
        assert chain.compute().counts == {"log_entry": 7, "incident": 1, "communication": 1, "data_point": 3}
        comms_log.mark_done(message.id)  # the old communication can be changed like any other
        assert len(versions.history("communication", message.id)) == 1
