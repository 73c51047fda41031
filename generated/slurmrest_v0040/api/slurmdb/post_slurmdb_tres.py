from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import TYPE_CHECKING, Any, Optional, Union, cast

from ...models.openapi_resp import OpenapiResp
from ...models.openapi_tres_resp import OpenapiTresResp
from ...types import Response

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    body: OpenapiTresResp,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/slurmdb/v0.0.40/tres/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


class _RawJSONBody:
    """A plain mapping standing in for the request model: `to_dict()` returns it as is."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self._data = dict(data)

    def to_dict(self) -> dict[str, Any]:
        return self._data


def build_request(
    *,
    body: Union[OpenapiTresResp, Mapping[str, Any]],
) -> dict[str, Any]:
    """Build the request without a Client: keyword arguments for `httpx.Client.request()`.

    Keys: "method", "url" (the path, relative to the slurmrestd base URL), and when the
    endpoint has them "params", "json" and "headers" (Content-Type of a JSON body).
    `body` is the request model or a plain mapping (raw JSON), which is sent unchanged.
    Same as `_get_kwargs`, which is kept for the generated sync/asyncio functions.
    """
    if isinstance(body, Mapping):
        return _get_kwargs(
            body=cast(Any, _RawJSONBody(body)),
        )
    return _get_kwargs(
        body=body,
    )


def _parse_response(
    *, client: Optional[Union[AuthenticatedClient, Client]] = None, response: httpx.Response
) -> OpenapiResp:
    if response.status_code == 200:
        response_200 = OpenapiResp.from_dict(response.json())

        return response_200

    response_default = OpenapiResp.from_dict(response.json())

    return response_default


def _is_json(response: httpx.Response) -> bool:
    """True when the body is non-empty and labelled application/json.

    slurmrestd answers text/plain for 400 "Unable to parse query.", 401, 404 (unknown path or
    version), 405, 415 and some 500s, and an empty body for 304; none of them is JSON.
    """
    content_type = response.headers.get("content-type") or ""
    media_type = content_type.split(";", 1)[0].strip().lower()
    return media_type == "application/json" and bool(response.content.strip())


def _build_response(
    *, client: Optional[Union[AuthenticatedClient, Client]] = None, response: httpx.Response
) -> Response[OpenapiResp]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response) if _is_json(response) else None,
    )


def parse_response(response: httpx.Response) -> Optional[OpenapiResp]:
    """Parse a response received for this endpoint into its model, without a Client.

    Returns None when the body is empty or not JSON (text/plain errors, 304) and when the
    status is not declared for this endpoint; never raises for an unexpected status. Any
    object with `status_code`, `headers`, `content` and `json()` will do.
    """
    if not _is_json(response):
        return None
    return _parse_response(response=response)


def sync_detailed(
    *,
    client: Union[AuthenticatedClient, Client],
    body: OpenapiTresResp,
) -> Response[OpenapiResp]:
    """Add TRES

    Args:
        body (OpenapiTresResp):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OpenapiResp]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: Union[AuthenticatedClient, Client],
    body: OpenapiTresResp,
) -> Optional[OpenapiResp]:
    """Add TRES

    Args:
        body (OpenapiTresResp):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OpenapiResp
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: Union[AuthenticatedClient, Client],
    body: OpenapiTresResp,
) -> Response[OpenapiResp]:
    """Add TRES

    Args:
        body (OpenapiTresResp):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OpenapiResp]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: Union[AuthenticatedClient, Client],
    body: OpenapiTresResp,
) -> Optional[OpenapiResp]:
    """Add TRES

    Args:
        body (OpenapiTresResp):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OpenapiResp
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
