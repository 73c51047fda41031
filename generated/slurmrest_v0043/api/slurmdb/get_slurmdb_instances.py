from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, Optional, Union

from ...models.openapi_instances_resp import OpenapiInstancesResp
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    cluster: Union[Unset, str] = UNSET,
    extra: Union[Unset, str] = UNSET,
    format_: Union[Unset, str] = UNSET,
    instance_id: Union[Unset, str] = UNSET,
    instance_type: Union[Unset, str] = UNSET,
    node_list: Union[Unset, str] = UNSET,
    time_end: Union[Unset, str] = UNSET,
    time_start: Union[Unset, str] = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["cluster"] = cluster

    params["extra"] = extra

    params["format"] = format_

    params["instance_id"] = instance_id

    params["instance_type"] = instance_type

    params["node_list"] = node_list

    params["time_end"] = time_end

    params["time_start"] = time_start

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/slurmdb/v0.0.43/instances/",
        "params": params,
    }

    return _kwargs


def build_request(
    *,
    cluster: Union[Unset, str] = UNSET,
    extra: Union[Unset, str] = UNSET,
    format_: Union[Unset, str] = UNSET,
    instance_id: Union[Unset, str] = UNSET,
    instance_type: Union[Unset, str] = UNSET,
    node_list: Union[Unset, str] = UNSET,
    time_end: Union[Unset, str] = UNSET,
    time_start: Union[Unset, str] = UNSET,
) -> dict[str, Any]:
    """Build the request without a Client: keyword arguments for `httpx.Client.request()`.

    Keys: "method", "url" (the path, relative to the slurmrestd base URL), and when the
    endpoint has them "params", "json" and "headers" (Content-Type of a JSON body).
    Same as `_get_kwargs`, which is kept for the generated sync/asyncio functions.
    """
    return _get_kwargs(
        cluster=cluster,
        extra=extra,
        format_=format_,
        instance_id=instance_id,
        instance_type=instance_type,
        node_list=node_list,
        time_end=time_end,
        time_start=time_start,
    )


def _parse_response(
    *, client: Optional[Union[AuthenticatedClient, Client]] = None, response: httpx.Response
) -> OpenapiInstancesResp:
    if response.status_code == 200:
        response_200 = OpenapiInstancesResp.from_dict(response.json())

        return response_200

    response_default = OpenapiInstancesResp.from_dict(response.json())

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
) -> Response[OpenapiInstancesResp]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response) if _is_json(response) else None,
    )


def parse_response(response: httpx.Response) -> Optional[OpenapiInstancesResp]:
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
    cluster: Union[Unset, str] = UNSET,
    extra: Union[Unset, str] = UNSET,
    format_: Union[Unset, str] = UNSET,
    instance_id: Union[Unset, str] = UNSET,
    instance_type: Union[Unset, str] = UNSET,
    node_list: Union[Unset, str] = UNSET,
    time_end: Union[Unset, str] = UNSET,
    time_start: Union[Unset, str] = UNSET,
) -> Response[OpenapiInstancesResp]:
    """Get instance list

    Args:
        cluster (Union[Unset, str]):
        extra (Union[Unset, str]):
        format_ (Union[Unset, str]):
        instance_id (Union[Unset, str]):
        instance_type (Union[Unset, str]):
        node_list (Union[Unset, str]):
        time_end (Union[Unset, str]):
        time_start (Union[Unset, str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OpenapiInstancesResp]
    """

    kwargs = _get_kwargs(
        cluster=cluster,
        extra=extra,
        format_=format_,
        instance_id=instance_id,
        instance_type=instance_type,
        node_list=node_list,
        time_end=time_end,
        time_start=time_start,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: Union[AuthenticatedClient, Client],
    cluster: Union[Unset, str] = UNSET,
    extra: Union[Unset, str] = UNSET,
    format_: Union[Unset, str] = UNSET,
    instance_id: Union[Unset, str] = UNSET,
    instance_type: Union[Unset, str] = UNSET,
    node_list: Union[Unset, str] = UNSET,
    time_end: Union[Unset, str] = UNSET,
    time_start: Union[Unset, str] = UNSET,
) -> Optional[OpenapiInstancesResp]:
    """Get instance list

    Args:
        cluster (Union[Unset, str]):
        extra (Union[Unset, str]):
        format_ (Union[Unset, str]):
        instance_id (Union[Unset, str]):
        instance_type (Union[Unset, str]):
        node_list (Union[Unset, str]):
        time_end (Union[Unset, str]):
        time_start (Union[Unset, str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OpenapiInstancesResp
    """

    return sync_detailed(
        client=client,
        cluster=cluster,
        extra=extra,
        format_=format_,
        instance_id=instance_id,
        instance_type=instance_type,
        node_list=node_list,
        time_end=time_end,
        time_start=time_start,
    ).parsed


async def asyncio_detailed(
    *,
    client: Union[AuthenticatedClient, Client],
    cluster: Union[Unset, str] = UNSET,
    extra: Union[Unset, str] = UNSET,
    format_: Union[Unset, str] = UNSET,
    instance_id: Union[Unset, str] = UNSET,
    instance_type: Union[Unset, str] = UNSET,
    node_list: Union[Unset, str] = UNSET,
    time_end: Union[Unset, str] = UNSET,
    time_start: Union[Unset, str] = UNSET,
) -> Response[OpenapiInstancesResp]:
    """Get instance list

    Args:
        cluster (Union[Unset, str]):
        extra (Union[Unset, str]):
        format_ (Union[Unset, str]):
        instance_id (Union[Unset, str]):
        instance_type (Union[Unset, str]):
        node_list (Union[Unset, str]):
        time_end (Union[Unset, str]):
        time_start (Union[Unset, str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OpenapiInstancesResp]
    """

    kwargs = _get_kwargs(
        cluster=cluster,
        extra=extra,
        format_=format_,
        instance_id=instance_id,
        instance_type=instance_type,
        node_list=node_list,
        time_end=time_end,
        time_start=time_start,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: Union[AuthenticatedClient, Client],
    cluster: Union[Unset, str] = UNSET,
    extra: Union[Unset, str] = UNSET,
    format_: Union[Unset, str] = UNSET,
    instance_id: Union[Unset, str] = UNSET,
    instance_type: Union[Unset, str] = UNSET,
    node_list: Union[Unset, str] = UNSET,
    time_end: Union[Unset, str] = UNSET,
    time_start: Union[Unset, str] = UNSET,
) -> Optional[OpenapiInstancesResp]:
    """Get instance list

    Args:
        cluster (Union[Unset, str]):
        extra (Union[Unset, str]):
        format_ (Union[Unset, str]):
        instance_id (Union[Unset, str]):
        instance_type (Union[Unset, str]):
        node_list (Union[Unset, str]):
        time_end (Union[Unset, str]):
        time_start (Union[Unset, str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OpenapiInstancesResp
    """

    return (
        await asyncio_detailed(
            client=client,
            cluster=cluster,
            extra=extra,
            format_=format_,
            instance_id=instance_id,
            instance_type=instance_type,
            node_list=node_list,
            time_end=time_end,
            time_start=time_start,
        )
    ).parsed
