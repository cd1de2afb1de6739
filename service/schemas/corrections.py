"""The correctable fields of every candidate event, each validated by the very marshmallow
field of the command that recorded it (type, length, range, choices): a correction can
store nothing the original form would have refused. The domain declares the same names
(`domain.candidate.correction.CORRECTABLE`); a test keeps the two equal."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from marshmallow import Schema, ValidationError
from marshmallow import fields as mf

from domain import events as ev
from domain.errors import InvalidField
from service.schemas import commands as c


class Correctable(NamedTuple):
    schema: type[Schema]
    name: str                                    # the command's field
    to_event: Callable[[object], object] = lambda value: value

    @property
    def field(self) -> mf.Field:
        return self.schema._declared_fields[self.name]

    @property
    def label(self) -> str:
        return self.field.metadata.get("label", self.name)


def _fields(schema: type[Schema], **names: str | Correctable) -> dict[str, Correctable]:
    """event field → the command field it came from (a name in `schema`)."""
    return {event_name: spec if isinstance(spec, Correctable) else Correctable(schema, spec)
            for event_name, spec in names.items()}


# the official members counted at a vote come from the roster and the meeting, never typed:
# not correctable by typing either
_VOTE = {"occurred_on": "meeting_on", "document_no": "resolution_no", "votes_for": "votes_for"}
_EXIT = {"occurred_on": "on", "reason": "reason"}
_PERSON = ("full_name", "birth_date", "gender", "ethnicity", "category", "youth_union_member",
           "education", "class_name")

CORRECTIONS: dict[type[ev.Event], dict[str, Correctable]] = {
    ev.CandidateNominated: _fields(
        c.NominationSchema, occurred_on="nominated_on", document_no="document_no",
        full_name="full_name", birth_date="birth_date", gender="gender",
        ethnicity="ethnicity", category="category", youth_union_member="youth_union_member",
        education="education", class_name="class_name", citizen_id="citizen_id",
        province_consent_no="province_consent_no"),
    ev.HelperAssigned: _fields(c.HelperSchema, occurred_on="assigned_on",
                               document_no="document_no", helpers="helpers"),
    ev.AwarenessClassRegistered: _fields(c.ClassRegistrationSchema, occurred_on="registered_on",
                                         document_no="document_no"),
    ev.AwarenessClassCompleted: _fields(c.ClassCompletionSchema, occurred_on="completed_on",
                                        certificate_no="certificate_no", issued_by="issued_by"),
    ev.ApplicationSubmitted: _fields(c.ApplicationSchema, occurred_on="submitted_on"),
    ev.BackgroundVerified: _fields(
        c.VerificationSchema, occurred_on="concluded_on", document_no="document_no",
        passed=Correctable(c.VerificationSchema, "result", lambda r: r == "passed")),
    ev.IntroductionRecorded: {**_fields(c.IntroductionSchema, occurred_on="introduced_on",
                                        document_no="resolution_no", kind="kind"),
                              **_fields(c.LegacyIntroducersSchema, introducers="introducers")},
    ev.CommentsCollected: _fields(c.CommentsSchema, occurred_on="collected_on",
                                  document_no="document_no"),
    ev.AdmissionVoted: _fields(c.VoteSchema, **_VOTE),
    ev.AdmissionDecided: _fields(c.AdmissionDecisionSchema, occurred_on="decided_on",
                                 document_no="decision_no", decided_by="decided_by",
                                 received_on="received_on"),
    ev.Admitted: _fields(c.CeremonySchema, occurred_on="held_on"),
    ev.NewMemberClassCompleted: _fields(c.NewMemberClassSchema, occurred_on="completed_on",
                                        certificate_no="certificate_no"),
    ev.ConversionVoted: _fields(c.VoteSchema, **_VOTE),
    ev.ConvertedToOfficial: _fields(c.DecisionSchema, occurred_on="decided_on",
                                    document_no="decision_no", decided_by="decided_by"),
    ev.Withdrawn: _fields(c.ExitSchema, **_EXIT),
    ev.TransferredOut: _fields(c.CandidateTransferSchema, **_EXIT, papers="papers"),
    ev.StruckOff: _fields(c.ExitSchema, **_EXIT),
    ev.AdmissionRefused: _fields(
        c.AdmissionRefusalSchema, occurred_on="decided_on", document_no="decision_no",
        decided_by="decided_by", reason="reason",
        returns_to_pool=Correctable(c.AdmissionRefusalSchema, "afterwards",
                                    lambda a: a == "pool")),
    ev.ConversionRefused: _fields(c.ConversionRefusalSchema, occurred_on="decided_on",
                                  document_no="decision_no", decided_by="decided_by",
                                  reason="reason"),
    ev.DecisionExtended: _fields(c.ExtensionSchema, occurred_on="extended_on",
                                 document_no="document_no", reason="reason"),
    ev.LateCeremonyConsented: _fields(c.LateCeremonyConsentSchema, occurred_on="consented_on",
                                      document_no="document_no", consented_by="consented_by"),
    ev.StrikeOffProposed: _fields(c.StrikeOffProposalSchema, occurred_on="meeting_on",
                                  document_no="resolution_no", reason="reason"),
    ev.PartyTransferLetterIssued: _fields(c.PartyTransferSchema, occurred_on="letter_on",
                                          document_no="letter_no", destination="destination",
                                          cause_on="cause_on"),
    ev.PartyTransferPresented: _fields(c.TransferPresentedSchema, occurred_on="presented_on",
                                       received_by="received_by"),
    ev.TransferCauseRecorded: _fields(c.TransferCauseSchema, occurred_on="effective_on",
                                      reason="reason"),
    ev.PartyTransferArrived: _fields(
        c.ArrivalSchema, occurred_on="arrived_on", document_no="letter_no",
        letter_on="letter_on", from_unit="from_unit", admitted_on="admitted_on",
        new_member_class_on="new_member_class_on", official_since="official_since",
        **{name: name for name in _PERSON}),
}


def correctable(event_type: type[ev.Event]) -> dict[str, Correctable]:
    return CORRECTIONS.get(event_type, {})


def typed_changes(event_type: type[ev.Event], changes: dict) -> dict:
    """The corrected values as the event holds them; the first bad one is an InvalidField
    naming it (Vietnamese message), so nothing is stored."""
    allowed = correctable(event_type)
    out = {}
    for name, raw in changes.items():
        spec = allowed.get(name)
        if spec is None:
            raise InvalidField(name, f"Không thể đính chính trường '{name}' của việc này.")
        try:
            value = spec.field.deserialize(raw)
        except ValidationError as error:
            messages = error.messages if isinstance(error.messages, list) else [str(error)]
            raise InvalidField(name, f"{spec.label}: {' '.join(map(str, messages))}") from None
        out[name] = spec.to_event(value)
    return out
