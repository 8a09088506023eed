"""Bytes to text: BOM, then UTF-8, then a declared or guessed charset.

Empty, binary and oversized content is refused with a library error; anything survivable (a guessed
charset, replaced bytes, stray control characters) comes back as a warning beside the text.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from tidings.errors import InputTooLarge, UnreadableInput
from tidings.sources.base import MAX_DOCUMENT_BYTES

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
#: C0 controls other than tab, newline, carriage return and form feed, plus DEL.
_CONTROL_BYTES = bytes([*range(0, 9), 11, *range(14, 32), 127])
_CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")
_SAMPLE = 65536
#: Share of control bytes above which content is taken for binary; more than one NUL in the first
#: kilobyte (a file header) also means binary, while a single stray NUL is dropped with a warning.
_BINARY_RATIO = 0.02
#: Up to this many invalid UTF-8 sequences with no other non-ASCII text are stray bytes, not a
#: legacy charset (a charset guess on a lone byte is noise).
_STRAY_BYTES = 3
_DECLARED = re.compile(rb"""(?:charset|encoding)\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def _label(name: str | None) -> str:
    return name or "input"


def _check_size(size: int, name: str | None) -> None:
    if size > MAX_DOCUMENT_BYTES:
        raise InputTooLarge(
            f"{_label(name)} is {size} bytes; the limit is {MAX_DOCUMENT_BYTES} bytes"
        )


def _check_empty(stripped_empty: bool, name: str | None) -> None:
    if stripped_empty:
        raise UnreadableInput(f"{_label(name)} is empty")


def _check_binary(sample: bytes | str, name: str | None) -> None:
    if not sample:
        return
    if isinstance(sample, bytes):
        controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
        nul_at_start = sample[:1024].count(0) > 1
    else:
        controls = len(_CONTROL_CHARS.findall(sample))
        nul_at_start = sample[:1024].count("\x00") > 1
    ratio = controls / len(sample)
    if nul_at_start or ratio > _BINARY_RATIO:
        raise UnreadableInput(
            f"{_label(name)} looks binary, not text ({ratio:.0%} control bytes"
            f"{', NUL bytes' if nul_at_start else ''})"
        )


def check(content: bytes | str, *, name: str | None = None) -> None:
    """Raise if ``content`` is too large, empty or binary; decoding is left to the caller."""
    size = len(content) if isinstance(content, bytes) else len(content.encode("utf-8", "replace"))
    _check_size(size, name)
    for bom, _ in _BOMS:
        if isinstance(content, bytes) and content.startswith(bom):
            _check_empty(not content[len(bom) :].strip(), name)
            return
    if isinstance(content, str):
        content = content.removeprefix("\ufeff")
    _check_empty(not content.strip(), name)
    if isinstance(content, bytes) and _utf16_without_bom(content[:_SAMPLE]):
        return
    _check_binary(content[:_SAMPLE], name)


def _utf16_without_bom(sample: bytes) -> str | None:
    """``utf-16-le``/``-be`` when every other byte is NUL, as in BOM-less UTF-16 text."""
    half = len(sample) // 2
    if half < 4:
        return None
    if sample[1::2].count(0) >= 0.9 * half and sample[0::2].count(0) == 0:
        return "utf-16-le"
    if sample[0::2].count(0) >= 0.9 * half and sample[1::2].count(0) == 0:
        return "utf-16-be"
    return None


def _clean(text: str, warnings: list[str], name: str | None) -> tuple[str, list[str]]:
    """Drop stray control characters (a NUL inside a page, say) with a warning."""
    text, removed = _CONTROL_CHARS.subn("", text)
    if removed:
        warnings.append(f"{_label(name)}: removed {removed} control characters")
    return text, warnings


def _replaced(content: bytes, encoding: str, name: str | None) -> tuple[str, list[str]]:
    """Decode, replacing undecodable bytes and saying where the first one was."""
    try:
        return content.decode(encoding), []
    except UnicodeDecodeError as exc:
        text = content.decode(encoding, errors="replace")
        bad = text.count("\ufffd")
        return text, [
            f"{_label(name)}: invalid {encoding} at byte {exc.start}; "
            f"{bad} bad sequence{'s' if bad != 1 else ''} replaced with U+FFFD"
        ]


def _declared_charset(content: bytes, declared: str | None) -> str | None:
    """A usable codec name: the one given, else one declared in the markup's first bytes."""
    candidates = [declared] if declared else []
    match = _DECLARED.search(content[:4096])
    if match:
        candidates.append(match.group(1).decode("ascii", "replace"))
    for candidate in candidates:
        try:
            return codecs.lookup(candidate).name
        except LookupError:
            continue
    return None


def _guess(content: bytes) -> str | None:
    best = from_bytes(content[: 4 * _SAMPLE]).best()
    if best is None:
        return None
    try:
        return codecs.lookup(best.encoding).name
    except LookupError:
        return None


def _fallback(content: bytes) -> str:
    """cp1251 when high bytes sit mostly where Cyrillic letters are, latin-1 otherwise."""
    high = [b for b in content[:_SAMPLE] if b >= 0x80]
    cyrillic = sum(1 for b in high if b >= 0xC0)
    return "cp1251" if high and cyrillic / len(high) > 0.6 else "latin-1"


def decode(
    content: bytes | str, *, declared: str | None = None, name: str | None = None
) -> tuple[str, list[str]]:
    """Text of ``content`` and the warnings met decoding it.

    ``declared`` is a charset from outside the bytes (an HTTP header); ``name`` (a path, a URL)
    goes into messages. Raises :class:`InputTooLarge` over ``MAX_DOCUMENT_BYTES`` and
    :class:`UnreadableInput` for empty or binary content.
    """
    check(content, name=name)
    if isinstance(content, str):
        return _clean(content.removeprefix("\ufeff"), [], name)
    for bom, encoding in _BOMS:
        if content.startswith(bom):
            text, warnings = _replaced(content[len(bom) :], encoding, name)
            return _clean(text, warnings, name)
    utf16 = _utf16_without_bom(content[:_SAMPLE])
    if utf16:
        text, warnings = _replaced(content, utf16, name)
        return _clean(text, [f"{_label(name)}: UTF-16 without a BOM", *warnings], name)
    try:
        return _clean(content.decode("utf-8"), [], name)
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    lenient = content.decode("utf-8", errors="replace")
    bad = lenient.count("\ufffd")
    good = sum(1 for ch in lenient if ord(ch) > 127) - bad
    if good >= 3 * bad or (good == 0 and bad <= _STRAY_BYTES):
        return _clean(*_replaced(content, "utf-8", name), name)
    charset = _declared_charset(content, declared)
    if charset and charset != "utf-8":
        try:
            return _clean(content.decode(charset), [], name)
        except UnicodeDecodeError:
            pass
    guessed = _guess(content)
    how = "guessed"
    if guessed is None or guessed == "utf-8":
        guessed, how = _fallback(content), "charset unknown, fallback"
    text, warnings = _replaced(content, guessed, name)
    note = (
        f"{_label(name)}: not UTF-8 (first bad byte at offset {first_bad}); "
        f"decoded as {guessed} ({how})"
    )
    return _clean(text, [note, *warnings], name)
