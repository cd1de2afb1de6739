"""Use cases of the cell, the committee and the inspectors: one method each.

Each loads its aggregate, asks the pure domain to decide, and saves the resulting event.
Optimistic concurrency comes from the store: two writers deciding on the same version of a
candidate cannot both save; the second is refused, never merged.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from uuid import UUID

from eventsourcing.application import Application
from eventsourcing.persistence import IntegrityError, Mapper, PersistenceError
from eventsourcing.utils import register_topic
from tenacity import Retrying, retry_if_exception_type, stop_after_attempt, wait_incrementing

from domain import cell as cl
from domain import events as ev
from domain import plan as pl
from domain import workdays
from domain.clock import local_date
from domain.decisions import CELL, Override, Stamp
from domain.errors import AlreadyExists, ConcurrentChange, NotFound
from migrations.events import install as install_event_history
from service.application.candidates import CandidateUseCases
from service.application.results import Recorded
from service.application.reviews import ReviewUseCases
from service.application.roster import RosterUseCases
from service.application.store import DateAsISO, prepare_sqlite_file, store_environment
from service.application.streamcache import StreamCache
from service.application.streams import StreamReading
from service.encryption.keys import KeyStore
from service.encryption.mapper import PersonalMapper
from service.encryption.masterkey import master_key_path


class KetnapApplication(CandidateUseCases, ReviewUseCases, RosterUseCases, StreamReading,
                        Application[UUID]):
    name = "ketnap"  # the store's tables are named after it: renaming the class cannot lose them

    def __init__(self, database_url: str, clock: Callable[[], datetime] | None = None,
                 master_key_file: str | None = None) -> None:
        install_event_history(register_topic)
        env = store_environment(database_url)
        if "SQLITE_DBNAME" in env:
            prepare_sqlite_file(env["SQLITE_DBNAME"])
        # the persons' keys, before the mapper that needs them is made (issue 18)
        self.personal_keys = KeyStore(master_key_path(master_key_file))
        super().__init__(env={**env, "CREATE_TABLE": "n"})
        self.personal_keys.attach(self.recorder.datastore)
        self.recorder.personal_keys = self.personal_keys   # new keys go with their events
        self.streams = StreamCache(self.events, self.personal_keys.forget)
        self.clock = clock or (lambda: datetime.now(UTC))
        self._create_tables()

    def _create_tables(self, attempts: int = 5) -> None:
        """Create the store's tables if missing. Web workers booting together on PostgreSQL
        race on CREATE TABLE IF NOT EXISTS ("tuple concurrently updated"): the loser retries."""
        for attempt in Retrying(stop=stop_after_attempt(attempts), reraise=True,
                                wait=wait_incrementing(start=0.1, increment=0.1),
                                retry=retry_if_exception_type(PersistenceError)):
            with attempt:
                self.recorder.create_table()

    def write_macs_with(self, mac_of) -> None:
        """From now on every event stored carries the MAC `mac_of` computes (the audit's key),
        written in the same transaction (store.py)."""
        self.recorder.mac_of = mac_of

    def construct_mapper(self) -> Mapper:
        return PersonalMapper(self.construct_transcoder(), self.personal_keys)

    def register_transcodings(self, transcoder) -> None:
        super().register_transcodings(transcoder)
        transcoder.register(DateAsISO())

    # --- infrastructure --------------------------------------------------------------------

    def today(self) -> date:
        """The cell's calendar day now (Asia/Ho_Chi_Minh unless KETNAP_TIMEZONE), whatever
        the server's zone."""
        return local_date(self.clock())

    def stamp(self, actor: str, override: Override | None = None,
              acting_for: str = CELL) -> Stamp:
        return Stamp(actor=actor, at=self.clock(), override=override, acting_for=acting_for)

    def record(self, *events: ev.Event) -> int:
        try:
            recordings = self.save(*events)
        except IntegrityError as error:
            raise ConcurrentChange("Hồ sơ vừa được người khác cập nhật; hãy tải lại và "
                                   "thực hiện lại.") from error
        for event in events:
            self.streams.written(event)
        # the first event's position: the command's own fact, where the roster's event
        # saved with a candidate's step comes after it
        return recordings[0].notification.id

    def read_events(self, after: int, limit: int) -> list[tuple[int, ev.Event]]:
        """Events after a log position, in log order (what projections and audit consume)."""
        notes = self.recorder.select_notifications(start=after, limit=limit,
                                                   inclusive_of_start=False)
        return [(n.id, self.mapper.to_domain_event(n)) for n in notes]

    def stream(self, stream_id: UUID) -> list[ev.Event]:
        return list(self.streams.events(stream_id))

    def last_position(self) -> int:
        return self.recorder.max_notification_id() or 0

    def _load(self, stream_id: UUID, projector, what: str):
        found = self._maybe(stream_id, projector)
        if found is None:
            raise NotFound(f"Không tìm thấy {what}.")
        return found

    # --- cells -----------------------------------------------------------------------------

    def register_cell(self, code: str, name: str, superior_body: str, registered_on: date,
                      actor: str) -> Recorded:
        if self._exists(cl.cell_id(code)):
            raise AlreadyExists(f"Chi bộ mã {code} đã có.")
        event = cl.register_cell(code, name, superior_body, registered_on, self.stamp(actor))
        return Recorded(event.originator_id, 1, self.record(event))

    def change_superior(self, code: str, superior_body: str, since: date, actor: str,
                        document_no: str | None = None) -> Recorded:
        cell = self.cell(code)
        event = cl.change_superior(cell, superior_body, since, self.stamp(actor), document_no)
        return Recorded(cell.id, event.originator_version, self.record(event))

    def change_cell_settings(self, code: str, place: str, full_name: str, since: date,
                             actor: str) -> Recorded:
        cell = self.cell(code)
        event = cl.change_settings(cell, place, full_name, since, self.stamp(actor))
        return Recorded(cell.id, event.originator_version, self.record(event))

    def cell(self, code: str) -> cl.Cell:
        return self._load(cl.cell_id(code), cl.project_cell, f"chi bộ mã {code}")

    def _exists(self, stream_id: UUID) -> bool:
        return bool(list(self.events.get(stream_id, limit=1)))

    # --- plans -----------------------------------------------------------------------------

    def adopt_plan(self, cell_code: str, number: str, year: int, issued_on: date, basis: str,
                   targets: list[pl.Target], actor: str) -> Recorded:
        self.cell(cell_code)
        existing = self._maybe(pl.plan_id(cell_code, year), pl.project_plan)
        event = pl.adopt_plan(cell_code, number, year, issued_on, basis, targets,
                              self.stamp(actor), existing)
        return Recorded(event.originator_id, 1, self.record(event))

    def amend_plan(self, plan_id: UUID, amended_on: date, targets: list[pl.Target],
                   reason: str, actor: str, document_no: str | None = None) -> Recorded:
        plan = self.plan(plan_id)
        event = pl.amend_plan(plan, amended_on, targets, reason, self.stamp(actor), document_no)
        return Recorded(plan.id, event.originator_version, self.record(event))

    def plan(self, plan_id: UUID) -> pl.Plan:
        return self._load(plan_id, pl.project_plan, "kế hoạch")

    def _maybe(self, stream_id: UUID, projector):
        """The aggregate folded from its stream (kept decoded, streamcache.py), or None."""
        stream = self.streams.events(stream_id)
        return projector(None, stream) if stream else None

    # --- working calendar --------------------------------------------------------------------

    def declare_day(self, day: date, working: bool, reason: str, actor: str,
                    document_no: str | None = None) -> Recorded:
        version = len(self.stream(workdays.CALENDAR_ID))
        event = workdays.declare_day(version, day, working, reason, self.stamp(actor),
                                     document_no)
        return Recorded(event.originator_id, event.originator_version, self.record(event))

    def declared_days(self) -> tuple[set[date], set[date]]:
        """(days off, working days) declared by the authorities."""
        off, working = set(), set()
        for e in self.stream(workdays.CALENDAR_ID):
            (working if isinstance(e, ev.WorkdayDeclared) else off).add(e.occurred_on)
        return off, working
