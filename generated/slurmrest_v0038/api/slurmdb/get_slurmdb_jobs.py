from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, Optional, Union

from ...models.db_job_info import DbJobInfo
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    submit_time: Union[Unset, str] = UNSET,
    start_time: Union[Unset, str] = UNSET,
    end_time: Union[Unset, str] = UNSET,
    account: Union[Unset, str] = UNSET,
    association: Union[Unset, str] = UNSET,
    cluster: Union[Unset, str] = UNSET,
    constraints: Union[Unset, str] = UNSET,
    cpus_max: Union[Unset, str] = UNSET,
    cpus_min: Union[Unset, str] = UNSET,
    skip_steps: Union[Unset, bool] = UNSET,
    disable_wait_for_result: Union[Unset, bool] = UNSET,
    exit_code: Union[Unset, str] = UNSET,
    format_: Union[Unset, str] = UNSET,
    group: Union[Unset, str] = UNSET,
    job_name: Union[Unset, str] = UNSET,
    nodes_max: Union[Unset, str] = UNSET,
    nodes_min: Union[Unset, str] = UNSET,
    partition: Union[Unset, str] = UNSET,
    qos: Union[Unset, str] = UNSET,
    reason: Union[Unset, str] = UNSET,
    reservation: Union[Unset, str] = UNSET,
    state: Union[Unset, str] = UNSET,
    step: Union[Unset, str] = UNSET,
    node: Union[Unset, str] = UNSET,
    wckey: Union[Unset, str] = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["submit_time"] = submit_time

    params["start_time"] = start_time

    params["end_time"] = end_time

    params["account"] = account

    params["association"] = association

    params["cluster"] = cluster

    params["constraints"] = constraints

    params["cpus_max"] = cpus_max

    params["cpus_min"] = cpus_min

    params["skip_steps"] = skip_steps

    params["disable_wait_for_result"] = disable_wait_for_result

    params["exit_code"] = exit_code

    params["format"] = format_

    params["group"] = group

    params["job_name"] = job_name

    params["nodes_max"] = nodes_max

    params["nodes_min"] = nodes_min

    params["partition"] = partition

    params["qos"] = qos

    params["reason"] = reason

    params["reservation"] = reservation

    params["state"] = state

    params["step"] = step

    params["node"] = node

    params["wckey"] = wckey

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/slurmdb/v0.0.38/jobs",
        "params": params,
    }

    return _kwargs


def build_request(
    *,
    submit_time: Union[Unset, str] = UNSET,
    start_time: Union[Unset, str] = UNSET,
    end_time: Union[Unset, str] = UNSET,
    account: Union[Unset, str] = UNSET,
    association: Union[Unset, str] = UNSET,
    cluster: Union[Unset, str] = UNSET,
    constraints: Union[Unset, str] = UNSET,
    cpus_max: Union[Unset, str] = UNSET,
    cpus_min: Union[Unset, str] = UNSET,
    skip_steps: Union[Unset, bool] = UNSET,
    disable_wait_for_result: Union[Unset, bool] = UNSET,
    exit_code: Union[Unset, str] = UNSET,
    format_: Union[Unset, str] = UNSET,
    group: Union[Unset, str] = UNSET,
    job_name: Union[Unset, str] = UNSET,
    nodes_max: Union[Unset, str] = UNSET,
    nodes_min: Union[Unset, str] = UNSET,
    partition: Union[Unset, str] = UNSET,
    qos: Union[Unset, str] = UNSET,
    reason: Union[Unset, str] = UNSET,
    reservation: Union[Unset, str] = UNSET,
    state: Union[Unset, str] = UNSET,
    step: Union[Unset, str] = UNSET,
    node: Union[Unset, str] = UNSET,
    wckey: Union[Unset, str] = UNSET,
) -> dict[str, Any]:
    """Build the request without a Client: keyword arguments for `httpx.Client.request()`.

    Keys: "method", "url" (the path, relative to the slurmrestd base URL), and when the
    endpoint has them "params", "json" and "headers" (Content-Type of a JSON body).
    Same as `_get_kwargs`, which is kept for the generated sync/asyncio functions.
    """
    return _get_kwargs(
        submit_time=submit_time,
        start_time=start_time,
        end_time=end_time,
        account=account,
        association=association,
        cluster=cluster,
        constraints=constraints,
        cpus_max=cpus_max,
        cpus_min=cpus_min,
        skip_steps=skip_steps,
        disable_wait_for_result=disable_wait_for_result,
        exit_code=exit_code,
        format_=format_,
        group=group,
        job_name=job_name,
        nodes_max=nodes_max,
        nodes_min=nodes_min,
        partition=partition,
        qos=qos,
        reason=reason,
        reservation=reservation,
        state=state,
        step=step,
        node=node,
        wckey=wckey,
    )


def _parse_response(
    *, client: Optional[Union[AuthenticatedClient, Client]] = None, response: httpx.Response
) -> DbJobInfo:
    if response.status_code == 200:
        response_200 = DbJobInfo.from_dict(response.json())

        return response_200

    response_default = DbJobInfo.from_dict(response.json())

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
) -> Response[DbJobInfo]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response) if _is_json(response) else None,
    )


def parse_response(response: httpx.Response) -> Optional[DbJobInfo]:
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
    submit_time: Union[Unset, str] = UNSET,
    start_time: Union[Unset, str] = UNSET,
    end_time: Union[Unset, str] = UNSET,
    account: Union[Unset, str] = UNSET,
    association: Union[Unset, str] = UNSET,
    cluster: Union[Unset, str] = UNSET,
    constraints: Union[Unset, str] = UNSET,
    cpus_max: Union[Unset, str] = UNSET,
    cpus_min: Union[Unset, str] = UNSET,
    skip_steps: Union[Unset, bool] = UNSET,
    disable_wait_for_result: Union[Unset, bool] = UNSET,
    exit_code: Union[Unset, str] = UNSET,
    format_: Union[Unset, str] = UNSET,
    group: Union[Unset, str] = UNSET,
    job_name: Union[Unset, str] = UNSET,
    nodes_max: Union[Unset, str] = UNSET,
    nodes_min: Union[Unset, str] = UNSET,
    partition: Union[Unset, str] = UNSET,
    qos: Union[Unset, str] = UNSET,
    reason: Union[Unset, str] = UNSET,
    reservation: Union[Unset, str] = UNSET,
    state: Union[Unset, str] = UNSET,
    step: Union[Unset, str] = UNSET,
    node: Union[Unset, str] = UNSET,
    wckey: Union[Unset, str] = UNSET,
) -> Response[DbJobInfo]:
    """Get job list

    Args:
        submit_time (Union[Unset, str]):
        start_time (Union[Unset, str]):
        end_time (Union[Unset, str]):
        account (Union[Unset, str]):
        association (Union[Unset, str]):
        cluster (Union[Unset, str]):
        constraints (Union[Unset, str]):
        cpus_max (Union[Unset, str]):
        cpus_min (Union[Unset, str]):
        skip_steps (Union[Unset, bool]):
        disable_wait_for_result (Union[Unset, bool]):
        exit_code (Union[Unset, str]):
        format_ (Union[Unset, str]):
        group (Union[Unset, str]):
        job_name (Union[Unset, str]):
        nodes_max (Union[Unset, str]):
        nodes_min (Union[Unset, str]):
        partition (Union[Unset, str]):
        qos (Union[Unset, str]):
        reason (Union[Unset, str]):
        reservation (Union[Unset, str]):
        state (Union[Unset, str]):
        step (Union[Unset, str]):
        node (Union[Unset, str]):
        wckey (Union[Unset, str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DbJobInfo]
    """

    kwargs = _get_kwargs(
        submit_time=submit_time,
        start_time=start_time,
        end_time=end_time,
        account=account,
        association=association,
        cluster=cluster,
        constraints=constraints,
        cpus_max=cpus_max,
        cpus_min=cpus_min,
        skip_steps=skip_steps,
        disable_wait_for_result=disable_wait_for_result,
        exit_code=exit_code,
        format_=format_,
        group=group,
        job_name=job_name,
        nodes_max=nodes_max,
        nodes_min=nodes_min,
        partition=partition,
        qos=qos,
        reason=reason,
        reservation=reservation,
        state=state,
        step=step,
        node=node,
        wckey=wckey,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: Union[AuthenticatedClient, Client],
    submit_time: Union[Unset, str] = UNSET,
    start_time: Union[Unset, str] = UNSET,
    end_time: Union[Unset, str] = UNSET,
    account: Union[Unset, str] = UNSET,
    association: Union[Unset, str] = UNSET,
    cluster: Union[Unset, str] = UNSET,
    constraints: Union[Unset, str] = UNSET,
    cpus_max: Union[Unset, str] = UNSET,
    cpus_min: Union[Unset, str] = UNSET,
    skip_steps: Union[Unset, bool] = UNSET,
    disable_wait_for_result: Union[Unset, bool] = UNSET,
    exit_code: Union[Unset, str] = UNSET,
    format_: Union[Unset, str] = UNSET,
    group: Union[Unset, str] = UNSET,
    job_name: Union[Unset, str] = UNSET,
    nodes_max: Union[Unset, str] = UNSET,
    nodes_min: Union[Unset, str] = UNSET,
    partition: Union[Unset, str] = UNSET,
    qos: Union[Unset, str] = UNSET,
    reason: Union[Unset, str] = UNSET,
    reservation: Union[Unset, str] = UNSET,
    state: Union[Unset, str] = UNSET,
    step: Union[Unset, str] = UNSET,
    node: Union[Unset, str] = UNSET,
    wckey: Union[Unset, str] = UNSET,
) -> Optional[DbJobInfo]:
    """Get job list

    Args:
        submit_time (Union[Unset, str]):
        start_time (Union[Unset, str]):
        end_time (Union[Unset, str]):
        account (Union[Unset, str]):
        association (Union[Unset, str]):
        cluster (Union[Unset, str]):
        constraints (Union[Unset, str]):
        cpus_max (Union[Unset, str]):
        cpus_min (Union[Unset, str]):
        skip_steps (Union[Unset, bool]):
        disable_wait_for_result (Union[Unset, bool]):
        exit_code (Union[Unset, str]):
        format_ (Union[Unset, str]):
        group (Union[Unset, str]):
        job_name (Union[Unset, str]):
        nodes_max (Union[Unset, str]):
        nodes_min (Union[Unset, str]):
        partition (Union[Unset, str]):
        qos (Union[Unset, str]):
        reason (Union[Unset, str]):
        reservation (Union[Unset, str]):
        state (Union[Unset, str]):
        step (Union[Unset, str]):
        node (Union[Unset, str]):
        wckey (Union[Unset, str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DbJobInfo
    """

    return sync_detailed(
        client=client,
        submit_time=submit_time,
        start_time=start_time,
        end_time=end_time,
        account=account,
        association=association,
        cluster=cluster,
        constraints=constraints,
        cpus_max=cpus_max,
        cpus_min=cpus_min,
        skip_steps=skip_steps,
        disable_wait_for_result=disable_wait_for_result,
        exit_code=exit_code,
        format_=format_,
        group=group,
        job_name=job_name,
        nodes_max=nodes_max,
        nodes_min=nodes_min,
        partition=partition,
        qos=qos,
        reason=reason,
        reservation=reservation,
        state=state,
        step=step,
        node=node,
        wckey=wckey,
    ).parsed


async def asyncio_detailed(
    *,
    client: Union[AuthenticatedClient, Client],
    submit_time: Union[Unset, str] = UNSET,
    start_time: Union[Unset, str] = UNSET,
    end_time: Union[Unset, str] = UNSET,
    account: Union[Unset, str] = UNSET,
    association: Union[Unset, str] = UNSET,
    cluster: Union[Unset, str] = UNSET,
    constraints: Union[Unset, str] = UNSET,
    cpus_max: Union[Unset, str] = UNSET,
    cpus_min: Union[Unset, str] = UNSET,
    skip_steps: Union[Unset, bool] = UNSET,
    disable_wait_for_result: Union[Unset, bool] = UNSET,
    exit_code: Union[Unset, str] = UNSET,
    format_: Union[Unset, str] = UNSET,
    group: Union[Unset, str] = UNSET,
    job_name: Union[Unset, str] = UNSET,
    nodes_max: Union[Unset, str] = UNSET,
    nodes_min: Union[Unset, str] = UNSET,
    partition: Union[Unset, str] = UNSET,
    qos: Union[Unset, str] = UNSET,
    reason: Union[Unset, str] = UNSET,
    reservation: Union[Unset, str] = UNSET,
    state: Union[Unset, str] = UNSET,
    step: Union[Unset, str] = UNSET,
    node: Union[Unset, str] = UNSET,
    wckey: Union[Unset, str] = UNSET,
) -> Response[DbJobInfo]:
    """Get job list

    Args:
        submit_time (Union[Unset, str]):
        start_time (Union[Unset, str]):
        end_time (Union[Unset, str]):
        account (Union[Unset, str]):
        association (Union[Unset, str]):
        cluster (Union[Unset, str]):
        constraints (Union[Unset, str]):
        cpus_max (Union[Unset, str]):
        cpus_min (Union[Unset, str]):
        skip_steps (Union[Unset, bool]):
        disable_wait_for_result (Union[Unset, bool]):
        exit_code (Union[Unset, str]):
        format_ (Union[Unset, str]):
        group (Union[Unset, str]):
        job_name (Union[Unset, str]):
        nodes_max (Union[Unset, str]):
        nodes_min (Union[Unset, str]):
        partition (Union[Unset, str]):
        qos (Union[Unset, str]):
        reason (Union[Unset, str]):
        reservation (Union[Unset, str]):
        state (Union[Unset, str]):
        step (Union[Unset, str]):
        node (Union[Unset, str]):
        wckey (Union[Unset, str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DbJobInfo]
    """

    kwargs = _get_kwargs(
        submit_time=submit_time,
        start_time=start_time,
        end_time=end_time,
        account=account,
        association=association,
        cluster=cluster,
        constraints=constraints,
        cpus_max=cpus_max,
        cpus_min=cpus_min,
        skip_steps=skip_steps,
        disable_wait_for_result=disable_wait_for_result,
        exit_code=exit_code,
        format_=format_,
        group=group,
        job_name=job_name,
        nodes_max=nodes_max,
        nodes_min=nodes_min,
        partition=partition,
        qos=qos,
        reason=reason,
        reservation=reservation,
        state=state,
        step=step,
        node=node,
        wckey=wckey,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: Union[AuthenticatedClient, Client],
    submit_time: Union[Unset, str] = UNSET,
    start_time: Union[Unset, str] = UNSET,
    end_time: Union[Unset, str] = UNSET,
    account: Union[Unset, str] = UNSET,
    association: Union[Unset, str] = UNSET,
    cluster: Union[Unset, str] = UNSET,
    constraints: Union[Unset, str] = UNSET,
    cpus_max: Union[Unset, str] = UNSET,
    cpus_min: Union[Unset, str] = UNSET,
    skip_steps: Union[Unset, bool] = UNSET,
    disable_wait_for_result: Union[Unset, bool] = UNSET,
    exit_code: Union[Unset, str] = UNSET,
    format_: Union[Unset, str] = UNSET,
    group: Union[Unset, str] = UNSET,
    job_name: Union[Unset, str] = UNSET,
    nodes_max: Union[Unset, str] = UNSET,
    nodes_min: Union[Unset, str] = UNSET,
    partition: Union[Unset, str] = UNSET,
    qos: Union[Unset, str] = UNSET,
    reason: Union[Unset, str] = UNSET,
    reservation: Union[Unset, str] = UNSET,
    state: Union[Unset, str] = UNSET,
    step: Union[Unset, str] = UNSET,
    node: Union[Unset, str] = UNSET,
    wckey: Union[Unset, str] = UNSET,
) -> Optional[DbJobInfo]:
    """Get job list

    Args:
        submit_time (Union[Unset, str]):
        start_time (Union[Unset, str]):
        end_time (Union[Unset, str]):
        account (Union[Unset, str]):
        association (Union[Unset, str]):
        cluster (Union[Unset, str]):
        constraints (Union[Unset, str]):
        cpus_max (Union[Unset, str]):
        cpus_min (Union[Unset, str]):
        skip_steps (Union[Unset, bool]):
        disable_wait_for_result (Union[Unset, bool]):
        exit_code (Union[Unset, str]):
        format_ (Union[Unset, str]):
        group (Union[Unset, str]):
        job_name (Union[Unset, str]):
        nodes_max (Union[Unset, str]):
        nodes_min (Union[Unset, str]):
        partition (Union[Unset, str]):
        qos (Union[Unset, str]):
        reason (Union[Unset, str]):
        reservation (Union[Unset, str]):
        state (Union[Unset, str]):
        step (Union[Unset, str]):
        node (Union[Unset, str]):
        wckey (Union[Unset, str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DbJobInfo
    """

    return (
        await asyncio_detailed(
            client=client,
            submit_time=submit_time,
            start_time=start_time,
            end_time=end_time,
            account=account,
            association=association,
            cluster=cluster,
            constraints=constraints,
            cpus_max=cpus_max,
            cpus_min=cpus_min,
            skip_steps=skip_steps,
            disable_wait_for_result=disable_wait_for_result,
            exit_code=exit_code,
            format_=format_,
            group=group,
            job_name=job_name,
            nodes_max=nodes_max,
            nodes_min=nodes_min,
            partition=partition,
            qos=qos,
            reason=reason,
            reservation=reservation,
            state=state,
            step=step,
            node=node,
            wckey=wckey,
        )
    ).parsed
