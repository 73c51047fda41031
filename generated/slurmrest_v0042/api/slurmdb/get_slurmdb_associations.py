from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, Optional, Union

from ...models.openapi_assocs_resp import OpenapiAssocsResp
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    account: Union[Unset, str] = UNSET,
    cluster: Union[Unset, str] = UNSET,
    default_qos: Union[Unset, str] = UNSET,
    include_deleted_associations: Union[Unset, str] = UNSET,
    include_usage: Union[Unset, str] = UNSET,
    filter_to_only_defaults: Union[Unset, str] = UNSET,
    include_the_raw_qos_or_delta_qos: Union[Unset, str] = UNSET,
    include_sub_acct_information: Union[Unset, str] = UNSET,
    exclude_parent_idname: Union[Unset, str] = UNSET,
    exclude_limits_from_parents: Union[Unset, str] = UNSET,
    format_: Union[Unset, str] = UNSET,
    id: Union[Unset, str] = UNSET,
    parent_account: Union[Unset, str] = UNSET,
    partition: Union[Unset, str] = UNSET,
    qos: Union[Unset, str] = UNSET,
    usage_end: Union[Unset, str] = UNSET,
    usage_start: Union[Unset, str] = UNSET,
    user: Union[Unset, str] = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["account"] = account

    params["cluster"] = cluster

    params["default_qos"] = default_qos

    params["Include deleted associations"] = include_deleted_associations

    params["Include usage"] = include_usage

    params["Filter to only defaults"] = filter_to_only_defaults

    params["Include the raw QOS or delta_qos"] = include_the_raw_qos_or_delta_qos

    params["Include sub acct information"] = include_sub_acct_information

    params["Exclude parent id/name"] = exclude_parent_idname

    params["Exclude limits from parents"] = exclude_limits_from_parents

    params["format"] = format_

    params["id"] = id

    params["parent_account"] = parent_account

    params["partition"] = partition

    params["qos"] = qos

    params["usage_end"] = usage_end

    params["usage_start"] = usage_start

    params["user"] = user

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/slurmdb/v0.0.42/associations/",
        "params": params,
    }

    return _kwargs


def build_request(
    *,
    account: Union[Unset, str] = UNSET,
    cluster: Union[Unset, str] = UNSET,
    default_qos: Union[Unset, str] = UNSET,
    include_deleted_associations: Union[Unset, str] = UNSET,
    include_usage: Union[Unset, str] = UNSET,
    filter_to_only_defaults: Union[Unset, str] = UNSET,
    include_the_raw_qos_or_delta_qos: Union[Unset, str] = UNSET,
    include_sub_acct_information: Union[Unset, str] = UNSET,
    exclude_parent_idname: Union[Unset, str] = UNSET,
    exclude_limits_from_parents: Union[Unset, str] = UNSET,
    format_: Union[Unset, str] = UNSET,
    id: Union[Unset, str] = UNSET,
    parent_account: Union[Unset, str] = UNSET,
    partition: Union[Unset, str] = UNSET,
    qos: Union[Unset, str] = UNSET,
    usage_end: Union[Unset, str] = UNSET,
    usage_start: Union[Unset, str] = UNSET,
    user: Union[Unset, str] = UNSET,
) -> dict[str, Any]:
    """Build the request without a Client: keyword arguments for `httpx.Client.request()`.

    Keys: "method", "url" (the path, relative to the slurmrestd base URL), and when the
    endpoint has them "params", "json" and "headers" (Content-Type of a JSON body).
    Same as `_get_kwargs`, which is kept for the generated sync/asyncio functions.
    """
    return _get_kwargs(
        account=account,
        cluster=cluster,
        default_qos=default_qos,
        include_deleted_associations=include_deleted_associations,
        include_usage=include_usage,
        filter_to_only_defaults=filter_to_only_defaults,
        include_the_raw_qos_or_delta_qos=include_the_raw_qos_or_delta_qos,
        include_sub_acct_information=include_sub_acct_information,
        exclude_parent_idname=exclude_parent_idname,
        exclude_limits_from_parents=exclude_limits_from_parents,
        format_=format_,
        id=id,
        parent_account=parent_account,
        partition=partition,
        qos=qos,
        usage_end=usage_end,
        usage_start=usage_start,
        user=user,
    )


def _parse_response(
    *, client: Optional[Union[AuthenticatedClient, Client]] = None, response: httpx.Response
) -> OpenapiAssocsResp:
    if response.status_code == 200:
        response_200 = OpenapiAssocsResp.from_dict(response.json())

        return response_200

    response_default = OpenapiAssocsResp.from_dict(response.json())

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
) -> Response[OpenapiAssocsResp]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response) if _is_json(response) else None,
    )


def parse_response(response: httpx.Response) -> Optional[OpenapiAssocsResp]:
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
    account: Union[Unset, str] = UNSET,
    cluster: Union[Unset, str] = UNSET,
    default_qos: Union[Unset, str] = UNSET,
    include_deleted_associations: Union[Unset, str] = UNSET,
    include_usage: Union[Unset, str] = UNSET,
    filter_to_only_defaults: Union[Unset, str] = UNSET,
    include_the_raw_qos_or_delta_qos: Union[Unset, str] = UNSET,
    include_sub_acct_information: Union[Unset, str] = UNSET,
    exclude_parent_idname: Union[Unset, str] = UNSET,
    exclude_limits_from_parents: Union[Unset, str] = UNSET,
    format_: Union[Unset, str] = UNSET,
    id: Union[Unset, str] = UNSET,
    parent_account: Union[Unset, str] = UNSET,
    partition: Union[Unset, str] = UNSET,
    qos: Union[Unset, str] = UNSET,
    usage_end: Union[Unset, str] = UNSET,
    usage_start: Union[Unset, str] = UNSET,
    user: Union[Unset, str] = UNSET,
) -> Response[OpenapiAssocsResp]:
    """Get association list

    Args:
        account (Union[Unset, str]):
        cluster (Union[Unset, str]):
        default_qos (Union[Unset, str]):
        include_deleted_associations (Union[Unset, str]):
        include_usage (Union[Unset, str]):
        filter_to_only_defaults (Union[Unset, str]):
        include_the_raw_qos_or_delta_qos (Union[Unset, str]):
        include_sub_acct_information (Union[Unset, str]):
        exclude_parent_idname (Union[Unset, str]):
        exclude_limits_from_parents (Union[Unset, str]):
        format_ (Union[Unset, str]):
        id (Union[Unset, str]):
        parent_account (Union[Unset, str]):
        partition (Union[Unset, str]):
        qos (Union[Unset, str]):
        usage_end (Union[Unset, str]):
        usage_start (Union[Unset, str]):
        user (Union[Unset, str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OpenapiAssocsResp]
    """

    kwargs = _get_kwargs(
        account=account,
        cluster=cluster,
        default_qos=default_qos,
        include_deleted_associations=include_deleted_associations,
        include_usage=include_usage,
        filter_to_only_defaults=filter_to_only_defaults,
        include_the_raw_qos_or_delta_qos=include_the_raw_qos_or_delta_qos,
        include_sub_acct_information=include_sub_acct_information,
        exclude_parent_idname=exclude_parent_idname,
        exclude_limits_from_parents=exclude_limits_from_parents,
        format_=format_,
        id=id,
        parent_account=parent_account,
        partition=partition,
        qos=qos,
        usage_end=usage_end,
        usage_start=usage_start,
        user=user,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: Union[AuthenticatedClient, Client],
    account: Union[Unset, str] = UNSET,
    cluster: Union[Unset, str] = UNSET,
    default_qos: Union[Unset, str] = UNSET,
    include_deleted_associations: Union[Unset, str] = UNSET,
    include_usage: Union[Unset, str] = UNSET,
    filter_to_only_defaults: Union[Unset, str] = UNSET,
    include_the_raw_qos_or_delta_qos: Union[Unset, str] = UNSET,
    include_sub_acct_information: Union[Unset, str] = UNSET,
    exclude_parent_idname: Union[Unset, str] = UNSET,
    exclude_limits_from_parents: Union[Unset, str] = UNSET,
    format_: Union[Unset, str] = UNSET,
    id: Union[Unset, str] = UNSET,
    parent_account: Union[Unset, str] = UNSET,
    partition: Union[Unset, str] = UNSET,
    qos: Union[Unset, str] = UNSET,
    usage_end: Union[Unset, str] = UNSET,
    usage_start: Union[Unset, str] = UNSET,
    user: Union[Unset, str] = UNSET,
) -> Optional[OpenapiAssocsResp]:
    """Get association list

    Args:
        account (Union[Unset, str]):
        cluster (Union[Unset, str]):
        default_qos (Union[Unset, str]):
        include_deleted_associations (Union[Unset, str]):
        include_usage (Union[Unset, str]):
        filter_to_only_defaults (Union[Unset, str]):
        include_the_raw_qos_or_delta_qos (Union[Unset, str]):
        include_sub_acct_information (Union[Unset, str]):
        exclude_parent_idname (Union[Unset, str]):
        exclude_limits_from_parents (Union[Unset, str]):
        format_ (Union[Unset, str]):
        id (Union[Unset, str]):
        parent_account (Union[Unset, str]):
        partition (Union[Unset, str]):
        qos (Union[Unset, str]):
        usage_end (Union[Unset, str]):
        usage_start (Union[Unset, str]):
        user (Union[Unset, str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OpenapiAssocsResp
    """

    return sync_detailed(
        client=client,
        account=account,
        cluster=cluster,
        default_qos=default_qos,
        include_deleted_associations=include_deleted_associations,
        include_usage=include_usage,
        filter_to_only_defaults=filter_to_only_defaults,
        include_the_raw_qos_or_delta_qos=include_the_raw_qos_or_delta_qos,
        include_sub_acct_information=include_sub_acct_information,
        exclude_parent_idname=exclude_parent_idname,
        exclude_limits_from_parents=exclude_limits_from_parents,
        format_=format_,
        id=id,
        parent_account=parent_account,
        partition=partition,
        qos=qos,
        usage_end=usage_end,
        usage_start=usage_start,
        user=user,
    ).parsed


async def asyncio_detailed(
    *,
    client: Union[AuthenticatedClient, Client],
    account: Union[Unset, str] = UNSET,
    cluster: Union[Unset, str] = UNSET,
    default_qos: Union[Unset, str] = UNSET,
    include_deleted_associations: Union[Unset, str] = UNSET,
    include_usage: Union[Unset, str] = UNSET,
    filter_to_only_defaults: Union[Unset, str] = UNSET,
    include_the_raw_qos_or_delta_qos: Union[Unset, str] = UNSET,
    include_sub_acct_information: Union[Unset, str] = UNSET,
    exclude_parent_idname: Union[Unset, str] = UNSET,
    exclude_limits_from_parents: Union[Unset, str] = UNSET,
    format_: Union[Unset, str] = UNSET,
    id: Union[Unset, str] = UNSET,
    parent_account: Union[Unset, str] = UNSET,
    partition: Union[Unset, str] = UNSET,
    qos: Union[Unset, str] = UNSET,
    usage_end: Union[Unset, str] = UNSET,
    usage_start: Union[Unset, str] = UNSET,
    user: Union[Unset, str] = UNSET,
) -> Response[OpenapiAssocsResp]:
    """Get association list

    Args:
        account (Union[Unset, str]):
        cluster (Union[Unset, str]):
        default_qos (Union[Unset, str]):
        include_deleted_associations (Union[Unset, str]):
        include_usage (Union[Unset, str]):
        filter_to_only_defaults (Union[Unset, str]):
        include_the_raw_qos_or_delta_qos (Union[Unset, str]):
        include_sub_acct_information (Union[Unset, str]):
        exclude_parent_idname (Union[Unset, str]):
        exclude_limits_from_parents (Union[Unset, str]):
        format_ (Union[Unset, str]):
        id (Union[Unset, str]):
        parent_account (Union[Unset, str]):
        partition (Union[Unset, str]):
        qos (Union[Unset, str]):
        usage_end (Union[Unset, str]):
        usage_start (Union[Unset, str]):
        user (Union[Unset, str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OpenapiAssocsResp]
    """

    kwargs = _get_kwargs(
        account=account,
        cluster=cluster,
        default_qos=default_qos,
        include_deleted_associations=include_deleted_associations,
        include_usage=include_usage,
        filter_to_only_defaults=filter_to_only_defaults,
        include_the_raw_qos_or_delta_qos=include_the_raw_qos_or_delta_qos,
        include_sub_acct_information=include_sub_acct_information,
        exclude_parent_idname=exclude_parent_idname,
        exclude_limits_from_parents=exclude_limits_from_parents,
        format_=format_,
        id=id,
        parent_account=parent_account,
        partition=partition,
        qos=qos,
        usage_end=usage_end,
        usage_start=usage_start,
        user=user,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: Union[AuthenticatedClient, Client],
    account: Union[Unset, str] = UNSET,
    cluster: Union[Unset, str] = UNSET,
    default_qos: Union[Unset, str] = UNSET,
    include_deleted_associations: Union[Unset, str] = UNSET,
    include_usage: Union[Unset, str] = UNSET,
    filter_to_only_defaults: Union[Unset, str] = UNSET,
    include_the_raw_qos_or_delta_qos: Union[Unset, str] = UNSET,
    include_sub_acct_information: Union[Unset, str] = UNSET,
    exclude_parent_idname: Union[Unset, str] = UNSET,
    exclude_limits_from_parents: Union[Unset, str] = UNSET,
    format_: Union[Unset, str] = UNSET,
    id: Union[Unset, str] = UNSET,
    parent_account: Union[Unset, str] = UNSET,
    partition: Union[Unset, str] = UNSET,
    qos: Union[Unset, str] = UNSET,
    usage_end: Union[Unset, str] = UNSET,
    usage_start: Union[Unset, str] = UNSET,
    user: Union[Unset, str] = UNSET,
) -> Optional[OpenapiAssocsResp]:
    """Get association list

    Args:
        account (Union[Unset, str]):
        cluster (Union[Unset, str]):
        default_qos (Union[Unset, str]):
        include_deleted_associations (Union[Unset, str]):
        include_usage (Union[Unset, str]):
        filter_to_only_defaults (Union[Unset, str]):
        include_the_raw_qos_or_delta_qos (Union[Unset, str]):
        include_sub_acct_information (Union[Unset, str]):
        exclude_parent_idname (Union[Unset, str]):
        exclude_limits_from_parents (Union[Unset, str]):
        format_ (Union[Unset, str]):
        id (Union[Unset, str]):
        parent_account (Union[Unset, str]):
        partition (Union[Unset, str]):
        qos (Union[Unset, str]):
        usage_end (Union[Unset, str]):
        usage_start (Union[Unset, str]):
        user (Union[Unset, str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OpenapiAssocsResp
    """

    return (
        await asyncio_detailed(
            client=client,
            account=account,
            cluster=cluster,
            default_qos=default_qos,
            include_deleted_associations=include_deleted_associations,
            include_usage=include_usage,
            filter_to_only_defaults=filter_to_only_defaults,
            include_the_raw_qos_or_delta_qos=include_the_raw_qos_or_delta_qos,
            include_sub_acct_information=include_sub_acct_information,
            exclude_parent_idname=exclude_parent_idname,
            exclude_limits_from_parents=exclude_limits_from_parents,
            format_=format_,
            id=id,
            parent_account=parent_account,
            partition=partition,
            qos=qos,
            usage_end=usage_end,
            usage_start=usage_start,
            user=user,
        )
    ).parsed
