"""Every error a user can see, with a code to search for and the offending value in the message."""

from __future__ import annotations


class TidingsError(Exception):
    """Base of the library's errors; the CLI turns these into one-line messages and exit code 2."""

    code = "T000"

    def __init__(self, message: str) -> None:
        super().__init__(f"[{self.code}] {message}")


class SourceNotFound(TidingsError):
    code = "T001"


class UnreadableInput(TidingsError):
    code = "T002"


class InputTooLarge(TidingsError):
    code = "T003"


class PipelineConfigError(TidingsError):
    code = "T010"


class ModelNotAvailable(TidingsError):
    code = "T011"


class ModelChecksumMismatch(TidingsError):
    code = "T012"


class StoreError(TidingsError):
    code = "T020"


class UsageError(TidingsError):
    code = "T030"


class UnknownCode(TidingsError):
    """A country or organisation code the knowledge base does not hold."""

    code = "T041"


class KnowledgeDataError(TidingsError):
    """A data file of the knowledge base (such as the gazetteer table) is missing or unreadable."""

    code = "T042"
