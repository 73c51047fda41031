from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, Optional, Union

from ...models.openapi_slurmdbd_qos_resp import OpenapiSlurmdbdQosResp
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    description: Union[Unset, str] = UNSET,
    include_deleted_qos: Union[Unset, str] = UNSET,
    id: Union[Unset, str] = UNSET,
    format_: Union[Unset, str] = UNSET,
    name: Union[Unset, str] = UNSET,
    preempt_mode: Union[Unset, str] = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["description"] = description

    params["Include deleted QOS"] = include_deleted_qos

    params["id"] = id

    params["format"] = format_

    params["name"] = name

    params["preempt_mode"] = preempt_mode

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/slurmdb/v0.0.43/qos/",
        "params": params,
    }

    return _kwargs


def build_request(
    *,
    description: Union[Unset, str] = UNSET,
    include_deleted_qos: Union[Unset, str] = UNSET,
    id: Union[Unset, str] = UNSET,
    format_: Union[Unset, str] = UNSET,
    name: Union[Unset, str] = UNSET,
    preempt_mode: Union[Unset, str] = UNSET,
) -> dict[str, Any]:
    """Build the request without a Client: keyword arguments for `httpx.Client.request()`.

    Keys: "method", "url" (the path, relative to the slurmrestd base URL), and when the
    endpoint has them "params", "json" and "headers" (Content-Type of a JSON body).
    Same as `_get_kwargs`, which is kept for the generated sync/asyncio functions.
    """
    return _get_kwargs(
        description=description,
        include_deleted_qos=include_deleted_qos,
        id=id,
        format_=format_,
        name=name,
        preempt_mode=preempt_mode,
    )


def _parse_response(
    *, client: Optional[Union[AuthenticatedClient, Client]] = None, response: httpx.Response
) -> OpenapiSlurmdbdQosResp:
    if response.status_code == 200:
        response_200 = OpenapiSlurmdbdQosResp.from_dict(response.json())

        return response_200

    response_default = OpenapiSlurmdbdQosResp.from_dict(response.json())

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
) -> Response[OpenapiSlurmdbdQosResp]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response) if _is_json(response) else None,
    )


def parse_response(response: httpx.Response) -> Optional[OpenapiSlurmdbdQosResp]:
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
    description: Union[Unset, str] = UNSET,
    include_deleted_qos: Union[Unset, str] = UNSET,
    id: Union[Unset, str] = UNSET,
    format_: Union[Unset, str] = UNSET,
    name: Union[Unset, str] = UNSET,
    preempt_mode: Union[Unset, str] = UNSET,
) -> Response[OpenapiSlurmdbdQosResp]:
    """Get QOS list

    Args:
        description (Union[Unset, str]):
        include_deleted_qos (Union[Unset, str]):
        id (Union[Unset, str]):
        format_ (Union[Unset, str]):
        name (Union[Unset, str]):
        preempt_mode (Union[Unset, str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OpenapiSlurmdbdQosResp]
    """

    kwargs = _get_kwargs(
        description=description,
        include_deleted_qos=include_deleted_qos,
        id=id,
        format_=format_,
        name=name,
        preempt_mode=preempt_mode,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: Union[AuthenticatedClient, Client],
    description: Union[Unset, str] = UNSET,
    include_deleted_qos: Union[Unset, str] = UNSET,
    id: Union[Unset, str] = UNSET,
    format_: Union[Unset, str] = UNSET,
    name: Union[Unset, str] = UNSET,
    preempt_mode: Union[Unset, str] = UNSET,
) -> Optional[OpenapiSlurmdbdQosResp]:
    """Get QOS list

    Args:
        description (Union[Unset, str]):
        include_deleted_qos (Union[Unset, str]):
        id (Union[Unset, str]):
        format_ (Union[Unset, str]):
        name (Union[Unset, str]):
        preempt_mode (Union[Unset, str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OpenapiSlurmdbdQosResp
    """

    return sync_detailed(
        client=client,
        description=description,
        include_deleted_qos=include_deleted_qos,
        id=id,
        format_=format_,
        name=name,
        preempt_mode=preempt_mode,
    ).parsed


async def asyncio_detailed(
    *,
    client: Union[AuthenticatedClient, Client],
    description: Union[Unset, str] = UNSET,
    include_deleted_qos: Union[Unset, str] = UNSET,
    id: Union[Unset, str] = UNSET,
    format_: Union[Unset, str] = UNSET,
    name: Union[Unset, str] = UNSET,
    preempt_mode: Union[Unset, str] = UNSET,
) -> Response[OpenapiSlurmdbdQosResp]:
    """Get QOS list

    Args:
        description (Union[Unset, str]):
        include_deleted_qos (Union[Unset, str]):
        id (Union[Unset, str]):
        format_ (Union[Unset, str]):
        name (Union[Unset, str]):
        preempt_mode (Union[Unset, str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OpenapiSlurmdbdQosResp]
    """

    kwargs = _get_kwargs(
        description=description,
        include_deleted_qos=include_deleted_qos,
        id=id,
        format_=format_,
        name=name,
        preempt_mode=preempt_mode,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: Union[AuthenticatedClient, Client],
    description: Union[Unset, str] = UNSET,
    include_deleted_qos: Union[Unset, str] = UNSET,
    id: Union[Unset, str] = UNSET,
    format_: Union[Unset, str] = UNSET,
    name: Union[Unset, str] = UNSET,
    preempt_mode: Union[Unset, str] = UNSET,
) -> Optional[OpenapiSlurmdbdQosResp]:
    """Get QOS list

    Args:
        description (Union[Unset, str]):
        include_deleted_qos (Union[Unset, str]):
        id (Union[Unset, str]):
        format_ (Union[Unset, str]):
        name (Union[Unset, str]):
        preempt_mode (Union[Unset, str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OpenapiSlurmdbdQosResp
    """

    return (
        await asyncio_detailed(
            client=client,
            description=description,
            include_deleted_qos=include_deleted_qos,
            id=id,
            format_=format_,
            name=name,
            preempt_mode=preempt_mode,
        )
    ).parsed
