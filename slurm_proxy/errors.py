"""The one error type of slurm-proxy, built from every shape slurmrestd answers with.

slurmrestd reports failures in at least four ways (see the server notes):
``{"errors": [{"error_number", "error", "description", "source"}]}`` (job and ping
endpoints, slurmdb), ``{"error_code", "error"}`` (v0.0.38 submit), ``{"errno", "error"}``
(v0.0.38 nodes/partitions), ``{"status": [{"error": {"code", "string"}}]}`` (v0.0.42+
DELETE), and text/plain bodies (401, unknown URL).  Commands only ever see
:class:`SlurmError`, and print it the way the real command would.
"""

from __future__ import annotations

import json
from typing import Any, Optional

# Exit codes for failures that happen before Slurm itself could answer.  Slurm's
# commands exit 1 for every error; we do the same so that clients that test for
# non-zero keep working, and distinguish the kinds only in the message.
EXIT_ERROR = 1

# Slurm error numbers the commands care about (slurm_errno.h).
ESLURM_INVALID_PARTITION_NAME = 2000
ESLURM_ACCESS_DENIED = 2002
ESLURM_INVALID_JOB_ID = 2017
ESLURM_INVALID_NODE_NAME = 2018
ESLURM_ALREADY_DONE = 2021
ESLURM_PROTOCOL_AUTH = 1007
SLURM_COMMUNICATIONS_CONNECTION_ERROR = 1800
_CONNECT_FAILURE = "Unable to contact slurm controller (connect failure)"

# Generic texts that say less than the description next to them.
_GENERIC = {"", "Unspecified error", "No error"}


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _finite(text: str) -> float:
    value = float(text)
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError(f"number out of range: {text[:20]}")
    return value


def loads(content: bytes) -> Any:
    """``json.loads`` for server answers: strict JSON only.

    Rejects what Python's parser accepts beyond JSON (``NaN``, ``Infinity``) and numbers
    that overflow a double (``1e400``), since no adapter expects a non-finite float, and
    turns a nesting deeper than the recursion limit into the same ValueError as any
    other malformed document.
    """
    try:
        return json.loads(content, parse_constant=_no_constant, parse_float=_finite)
    except RecursionError:
        raise ValueError("JSON nested too deeply") from None


def one_line(text: str) -> str:
    """``text`` as one printable line: each run of unprintable characters becomes a space.

    Error texts often come from the server (JSON ``error``/``description``, a text body,
    a non-HTTP greeting); printed raw, a broken or hostile server could add lines to a
    command's error output, or send terminal escape sequences (ESC), bidirectional
    overrides or other invisible characters to the user's terminal.
    """
    if text.isprintable():
        return text.strip()
    out: list[str] = []
    for char in text:
        if char.isprintable():
            out.append(char)
        elif not out or out[-1] != " ":
            out.append(" ")
    return "".join(out).strip()


class SlurmError(Exception):
    """A failure reported by slurmrestd, or met on the way to it.

    ``text`` is what a Slurm command would print after ``<prog>: error: ``;
    ``errno`` the Slurm error number when the server gave one; ``status`` the HTTP
    status (None when no answer came back); ``body`` the parsed JSON body, if any.
    ``kind`` says where it failed: ``config``, ``auth``, ``connect``, ``timeout``,
    ``tls``, ``protocol`` (an answer we cannot read) or ``server``.
    ``sent`` is True when the request may have reached the server (used by
    ``sbatch`` to never resubmit blindly).
    """

    def __init__(
        self,
        text: str,
        *,
        errno: Optional[int] = None,
        status: Optional[int] = None,
        body: Optional[dict[str, Any]] = None,
        kind: str = "server",
        sent: bool = False,
    ) -> None:
        text = one_line(str(text))
        super().__init__(text)
        self.text = text
        self.errno = errno
        self.status = status
        self.body = body
        self.kind = kind
        self.sent = sent

    def __str__(self) -> str:
        return self.text


def first_error(body: Any) -> tuple[Optional[int], str, str]:
    """Return (errno, error text, description) of the first error in a body.

    Understands every error object shape slurmrestd uses; returns
    ``(None, "", "")`` when the body carries no error.
    """
    if not isinstance(body, dict):
        return None, "", ""
    candidates: list[Any] = []
    errors = body.get("errors")
    if isinstance(errors, list):
        candidates.extend(errors)
    elif isinstance(errors, dict):
        candidates.append(errors)
    status = body.get("status")
    if isinstance(status, list):  # v0.0.42+ DELETE: status[].error {code, string}
        candidates.extend(s.get("error") for s in status if isinstance(s, dict))
    if any(k in body for k in ("error_number", "errno", "error_code")):
        candidates.append(body)  # v0.0.38 flat shapes
    for err in candidates:
        if not isinstance(err, dict):
            continue
        number = None
        for key in ("error_number", "errno", "error_code", "code"):
            value = err.get(key)
            if isinstance(value, int) and not isinstance(value, bool):
                number = value
                break
        text = err.get("error") or err.get("string") or ""
        description = err.get("description") or ""
        if number in (None, 0) and not text and not description:
            continue
        if number == 0 and str(text) in _GENERIC and not description:
            continue
        return number, str(text), str(description)
    return None, "", ""


def from_response(status: int, content_type: str, content: bytes) -> SlurmError:
    """Build the error for a non-2xx answer (or a 2xx answer we cannot use)."""
    body: Optional[dict[str, Any]] = None
    if "json" in content_type and content.strip():
        try:
            parsed = loads(content)
        except ValueError:
            parsed = None
        if isinstance(parsed, dict):
            body = parsed
    if body is None:
        message = content.decode("utf-8", "replace").strip().splitlines()
        first = message[0].strip() if message else ""
        if "html" in content_type or first.startswith("<"):
            first = ""
        kind = "auth" if status in (401, 511) else "server"
        if status == 401:
            text = "Authentication failure: slurmrestd rejected the request (check the token)"
        elif first:
            text = f"slurmrestd answered HTTP {status}: {first}"
        else:
            text = f"slurmrestd answered HTTP {status} without a usable body"
        return SlurmError(text, status=status, kind=kind, sent=True)
    errno, text, description = first_error(body)
    if errno is None and not text and not description and status == 502 and "meta" in body:
        # slurmrestd itself (it always sends ``meta``) answers 502 when it cannot reach
        # slurmctld, and 24.11 does so for /partitions with an empty errors[]: say what the
        # real command says then.
        errno, text = SLURM_COMMUNICATIONS_CONNECTION_ERROR, _CONNECT_FAILURE
    if text in _GENERIC and description:
        text = description
    if not text:
        text = description or f"slurmrestd answered HTTP {status}"
    kind = "auth" if status in (401, 511) or errno == ESLURM_PROTOCOL_AUTH else "server"
    return SlurmError(text, errno=errno, status=status, body=body, kind=kind, sent=True)
