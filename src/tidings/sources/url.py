"""An http(s) URL, fetched with httpx: redirects followed, a timeout, a size cap while streaming,
and the kind taken from the Content-Type header and the first bytes."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

import httpx

from tidings import __version__
from tidings.errors import InputTooLarge, SourceNotFound, UnreadableInput
from tidings.sources.base import MAX_DOCUMENT_BYTES, Origin, RawDocument
from tidings.sources.content import from_bytes
from tidings.sources.warc import charset_of

DEFAULT_TIMEOUT = 20.0
USER_AGENT = f"tidings/{__version__}"


@dataclass(frozen=True)
class Fetched:
    content: bytes
    url: str
    content_type: str | None
    fetched_at: str


def fetch(
    url: str, *, timeout: float = DEFAULT_TIMEOUT, max_bytes: int = MAX_DOCUMENT_BYTES
) -> Fetched:
    """GET ``url``; errors come back as the library's, naming the URL."""
    fetched_at = datetime.now(UTC).isoformat(timespec="seconds")
    try:
        with (
            httpx.Client(
                follow_redirects=True, timeout=timeout, headers={"User-Agent": USER_AGENT}
            ) as client,
            client.stream("GET", url) as response,
        ):
            if response.status_code in (404, 410):
                raise SourceNotFound(f"HTTP {response.status_code} for {url}")
            if response.status_code >= 400:
                raise UnreadableInput(f"HTTP {response.status_code} for {url}")
            declared = response.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise InputTooLarge(f"{url} is {declared} bytes; the limit is {max_bytes} bytes")
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise InputTooLarge(f"{url} sends more than {max_bytes} bytes, the limit")
                chunks.append(chunk)
            return Fetched(
                content=b"".join(chunks),
                url=str(response.url),
                content_type=response.headers.get("Content-Type"),
                fetched_at=fetched_at,
            )
    except httpx.TimeoutException as exc:
        raise UnreadableInput(f"timed out after {timeout:g}s fetching {url}") from exc
    except httpx.InvalidURL as exc:
        raise UnreadableInput(f"not a valid URL: {url} ({exc})") from exc
    except httpx.HTTPError as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise UnreadableInput(f"cannot fetch {url}: {reason}") from exc


@dataclass(frozen=True)
class UrlSource:
    """The documents at one URL: a page, or every entry of a feed, JSONL file or WARC archive."""

    url: str
    timeout: float = DEFAULT_TIMEOUT

    def documents(self) -> Iterator[RawDocument]:
        fetched = fetch(self.url, timeout=self.timeout)
        if not fetched.content.strip():
            raise UnreadableInput(f"{self.url} returned an empty body")
        origin = Origin(url=fetched.url, fetched_at=fetched.fetched_at)
        yield from from_bytes(
            fetched.content,
            origin,
            content_type=fetched.content_type,
            declared=charset_of(fetched.content_type),
        )
