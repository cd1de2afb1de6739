"""The mapper that encrypts a person's fields with the person's key, per event, before the
event is stored, and decrypts them when it is read (eventsourcing's `Mapper`, extended).

A candidate event is stored as its usual JSON with the personal fields (`domain.personal`)
taken out and put, encrypted, under `_p`: base64 of nonce + AES-256-GCM ciphertext, bound
to the event's stream, version and topic (associated data), so a ciphertext cannot be moved
to another event. Lists of names leave their length in `_n`; a correction leaves the names
of the personal fields it corrects in `_f`. Everything else stays readable without keys.
The audit's hash covers these stored bytes, so erasing a key never breaks it. An event
stored before this change has no `_p` and reads as it always did.
"""

from __future__ import annotations

import base64
import os

from eventsourcing.persistence import Mapper, StoredEvent
from eventsourcing.utils import get_topic

from domain import events as ev
from domain.errors import NotPermitted
from domain.personal import CORRECTABLE_PERSONAL, NAMES, PERSONAL_FIELDS, erased_value, key_owner
from service.encryption.keys import NONCE, KeyStore

SECRET, COUNTS, CORRECTED = "_p", "_n", "_f"


class ErasedPerson(NotPermitted):
    def __init__(self, message: str) -> None:
        super().__init__("person", message)


class PersonalMapper(Mapper):
    def __init__(self, transcoder, keys: KeyStore, compressor=None, cipher=None) -> None:
        super().__init__(transcoder, compressor=compressor, cipher=cipher)
        self.keys = keys

    def to_stored_event(self, domain_event) -> StoredEvent:
        names = PERSONAL_FIELDS.get(type(domain_event))
        if names is None:
            return super().to_stored_event(domain_event)
        state = dict(vars(domain_event))
        # a field left empty stays in the clear: that there is no value is not personal
        secret = {name: state.pop(name) for name in names if state[name] is not None}
        counts = {name: len(secret[name]) for name in NAMES if name in secret}
        if isinstance(domain_event, ev.RecordCorrected):
            clear = dict(state["fields"])
            secret["fields"] = {k: clear.pop(k) for k in list(clear) if k in CORRECTABLE_PERSONAL}
            state["fields"] = clear
            state[CORRECTED] = sorted(secret["fields"])
        person = domain_event.originator_id
        # a key is made with the stream (or the member's listing) only: an erased person
        # never gets a new one
        cipher = self.keys.cipher(key_owner(domain_event),
                                  create=domain_event.originator_version == 1
                                  or isinstance(domain_event, ev.MemberJoined))
        if cipher is None:
            raise ErasedPerson("Dữ liệu cá nhân của người này đã được xóa; không ghi thêm.")
        nonce = os.urandom(NONCE)
        data = cipher.encrypt(nonce, self.transcoder.encode(secret),
                              _bound(person, domain_event.originator_version,
                                     get_topic(type(domain_event))))
        state[SECRET] = base64.b64encode(nonce + data).decode()
        if counts:
            state[COUNTS] = counts
        clone = object.__new__(type(domain_event))
        object.__setattr__(clone, "__dict__", state)
        return super().to_stored_event(clone)

    def to_domain_event(self, stored_event):
        event = super().to_domain_event(stored_event)
        state = event.__dict__
        sealed = state.pop(SECRET, None)
        if sealed is None:
            return event
        counts = state.pop(COUNTS, {})
        corrected = state.pop(CORRECTED, [])
        cipher = self.keys.cipher(key_owner(event))
        if cipher is None:                        # erased: the key is gone
            secret = {name: erased_value(name, counts.get(name, 0))
                      for name in PERSONAL_FIELDS[type(event)] if name not in state}
            if corrected:
                secret["fields"] = {name: erased_value(name, 1) for name in corrected}
        else:
            raw = base64.b64decode(sealed)
            secret = self.transcoder.decode(cipher.decrypt(
                raw[:NONCE], raw[NONCE:], _bound(event.originator_id,
                                                 event.originator_version,
                                                 stored_event.topic)))
        fields = secret.pop("fields", None)
        state.update(secret)
        if fields:
            state["fields"] = {**state["fields"], **fields}
        return event


def _bound(person, version: int, topic: str) -> bytes:
    """The associated data: which event this ciphertext belongs to."""
    return person.bytes + version.to_bytes(8, "big") + topic.encode()
