"""The application layer: the only package that imports eventsourcing."""

from service.application.app import KetnapApplication
from service.application.results import Recorded

__all__ = ["KetnapApplication", "Recorded"]
