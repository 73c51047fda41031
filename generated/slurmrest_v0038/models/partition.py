from collections.abc import Mapping
from typing import Any, TypeVar, Union, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Partition")


@_attrs_define
class Partition:
    """
    Attributes:
        flags (Union[Unset, list[str]]): partition options
        preemption_mode (Union[Unset, list[str]]): preemption type
        allowed_allocation_nodes (Union[Unset, str]): list names of allowed allocating nodes
        allowed_accounts (Union[Unset, str]): comma delimited list of accounts
        allowed_groups (Union[Unset, str]): comma delimited list of groups
        allowed_qos (Union[Unset, str]): comma delimited list of qos
        alternative (Union[Unset, str]): name of alternate partition
        billing_weights (Union[Unset, str]): TRES billing weights
        default_memory_per_cpu (Union[Unset, int]): default MB memory per allocated CPU
        default_time_limit (Union[Unset, int]): default time limit (minutes)
        denied_accounts (Union[Unset, str]): comma delimited list of denied accounts
        denied_qos (Union[Unset, str]): comma delimited list of denied qos
        preemption_grace_time (Union[Unset, int]): preemption grace time (seconds)
        maximum_cpus_per_node (Union[Unset, int]): maximum allocated CPUs per node
        maximum_memory_per_node (Union[Unset, int]): maximum memory per allocated node (MiB)
        maximum_nodes_per_job (Union[Unset, int]): Max nodes per job
        max_time_limit (Union[Unset, int]): Max time limit per job
        min_nodes_per_job (Union[Unset, int]): Min number of nodes per job
        name (Union[Unset, str]): Partition name
        nodes (Union[Unset, str]): list names of nodes in partition
        over_time_limit (Union[Unset, int]): job's time limit can be exceeded by this number of minutes before
            cancellation
        priority_job_factor (Union[Unset, int]): job priority weight factor
        priority_tier (Union[Unset, int]): tier for scheduling and preemption
        qos (Union[Unset, str]): partition QOS name
        state (Union[Unset, str]): Partition state
        total_cpus (Union[Unset, int]): Total cpus in partition
        total_nodes (Union[Unset, int]): Total number of nodes in partition
        tres (Union[Unset, str]): configured TRES in partition
        maximum_memory_per_cpu (Union[Unset, int]): maximum memory per allocated CPU (MiB)
        default_memory_per_node (Union[Unset, int]): default MB memory per allocated node
    """

    flags: Union[Unset, list[str]] = UNSET
    preemption_mode: Union[Unset, list[str]] = UNSET
    allowed_allocation_nodes: Union[Unset, str] = UNSET
    allowed_accounts: Union[Unset, str] = UNSET
    allowed_groups: Union[Unset, str] = UNSET
    allowed_qos: Union[Unset, str] = UNSET
    alternative: Union[Unset, str] = UNSET
    billing_weights: Union[Unset, str] = UNSET
    default_memory_per_cpu: Union[Unset, int] = UNSET
    default_time_limit: Union[Unset, int] = UNSET
    denied_accounts: Union[Unset, str] = UNSET
    denied_qos: Union[Unset, str] = UNSET
    preemption_grace_time: Union[Unset, int] = UNSET
    maximum_cpus_per_node: Union[Unset, int] = UNSET
    maximum_memory_per_node: Union[Unset, int] = UNSET
    maximum_nodes_per_job: Union[Unset, int] = UNSET
    max_time_limit: Union[Unset, int] = UNSET
    min_nodes_per_job: Union[Unset, int] = UNSET
    name: Union[Unset, str] = UNSET
    nodes: Union[Unset, str] = UNSET
    over_time_limit: Union[Unset, int] = UNSET
    priority_job_factor: Union[Unset, int] = UNSET
    priority_tier: Union[Unset, int] = UNSET
    qos: Union[Unset, str] = UNSET
    state: Union[Unset, str] = UNSET
    total_cpus: Union[Unset, int] = UNSET
    total_nodes: Union[Unset, int] = UNSET
    tres: Union[Unset, str] = UNSET
    maximum_memory_per_cpu: Union[Unset, int] = UNSET
    default_memory_per_node: Union[Unset, int] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        flags: Union[Unset, list[str]] = UNSET
        if not isinstance(self.flags, Unset):
            flags = self.flags

        preemption_mode: Union[Unset, list[str]] = UNSET
        if not isinstance(self.preemption_mode, Unset):
            preemption_mode = self.preemption_mode

        allowed_allocation_nodes = self.allowed_allocation_nodes

        allowed_accounts = self.allowed_accounts

        allowed_groups = self.allowed_groups

        allowed_qos = self.allowed_qos

        alternative = self.alternative

        billing_weights = self.billing_weights

        default_memory_per_cpu = self.default_memory_per_cpu

        default_time_limit = self.default_time_limit

        denied_accounts = self.denied_accounts

        denied_qos = self.denied_qos

        preemption_grace_time = self.preemption_grace_time

        maximum_cpus_per_node = self.maximum_cpus_per_node

        maximum_memory_per_node = self.maximum_memory_per_node

        maximum_nodes_per_job = self.maximum_nodes_per_job

        max_time_limit = self.max_time_limit

        min_nodes_per_job = self.min_nodes_per_job

        name = self.name

        nodes = self.nodes

        over_time_limit = self.over_time_limit

        priority_job_factor = self.priority_job_factor

        priority_tier = self.priority_tier

        qos = self.qos

        state = self.state

        total_cpus = self.total_cpus

        total_nodes = self.total_nodes

        tres = self.tres

        maximum_memory_per_cpu = self.maximum_memory_per_cpu

        default_memory_per_node = self.default_memory_per_node

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if flags is not UNSET:
            field_dict["flags"] = flags
        if preemption_mode is not UNSET:
            field_dict["preemption_mode"] = preemption_mode
        if allowed_allocation_nodes is not UNSET:
            field_dict["allowed_allocation_nodes"] = allowed_allocation_nodes
        if allowed_accounts is not UNSET:
            field_dict["allowed_accounts"] = allowed_accounts
        if allowed_groups is not UNSET:
            field_dict["allowed_groups"] = allowed_groups
        if allowed_qos is not UNSET:
            field_dict["allowed_qos"] = allowed_qos
        if alternative is not UNSET:
            field_dict["alternative"] = alternative
        if billing_weights is not UNSET:
            field_dict["billing_weights"] = billing_weights
        if default_memory_per_cpu is not UNSET:
            field_dict["default_memory_per_cpu"] = default_memory_per_cpu
        if default_time_limit is not UNSET:
            field_dict["default_time_limit"] = default_time_limit
        if denied_accounts is not UNSET:
            field_dict["denied_accounts"] = denied_accounts
        if denied_qos is not UNSET:
            field_dict["denied_qos"] = denied_qos
        if preemption_grace_time is not UNSET:
            field_dict["preemption_grace_time"] = preemption_grace_time
        if maximum_cpus_per_node is not UNSET:
            field_dict["maximum_cpus_per_node"] = maximum_cpus_per_node
        if maximum_memory_per_node is not UNSET:
            field_dict["maximum_memory_per_node"] = maximum_memory_per_node
        if maximum_nodes_per_job is not UNSET:
            field_dict["maximum_nodes_per_job"] = maximum_nodes_per_job
        if max_time_limit is not UNSET:
            field_dict["max_time_limit"] = max_time_limit
        if min_nodes_per_job is not UNSET:
            field_dict["min_nodes_per_job"] = min_nodes_per_job
        if name is not UNSET:
            field_dict["name"] = name
        if nodes is not UNSET:
            field_dict["nodes"] = nodes
        if over_time_limit is not UNSET:
            field_dict["over_time_limit"] = over_time_limit
        if priority_job_factor is not UNSET:
            field_dict["priority_job_factor"] = priority_job_factor
        if priority_tier is not UNSET:
            field_dict["priority_tier"] = priority_tier
        if qos is not UNSET:
            field_dict["qos"] = qos
        if state is not UNSET:
            field_dict["state"] = state
        if total_cpus is not UNSET:
            field_dict["total_cpus"] = total_cpus
        if total_nodes is not UNSET:
            field_dict["total_nodes"] = total_nodes
        if tres is not UNSET:
            field_dict["tres"] = tres
        if maximum_memory_per_cpu is not UNSET:
            field_dict["maximum_memory_per_cpu"] = maximum_memory_per_cpu
        if default_memory_per_node is not UNSET:
            field_dict["default_memory_per_node"] = default_memory_per_node

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {k: v for k, v in src_dict.items() if v is not None}
        flags = cast(list[str], d.pop("flags", UNSET))

        preemption_mode = cast(list[str], d.pop("preemption_mode", UNSET))

        allowed_allocation_nodes = d.pop("allowed_allocation_nodes", UNSET)

        allowed_accounts = d.pop("allowed_accounts", UNSET)

        allowed_groups = d.pop("allowed_groups", UNSET)

        allowed_qos = d.pop("allowed_qos", UNSET)

        alternative = d.pop("alternative", UNSET)

        billing_weights = d.pop("billing_weights", UNSET)

        default_memory_per_cpu = d.pop("default_memory_per_cpu", UNSET)

        default_time_limit = d.pop("default_time_limit", UNSET)

        denied_accounts = d.pop("denied_accounts", UNSET)

        denied_qos = d.pop("denied_qos", UNSET)

        preemption_grace_time = d.pop("preemption_grace_time", UNSET)

        maximum_cpus_per_node = d.pop("maximum_cpus_per_node", UNSET)

        maximum_memory_per_node = d.pop("maximum_memory_per_node", UNSET)

        maximum_nodes_per_job = d.pop("maximum_nodes_per_job", UNSET)

        max_time_limit = d.pop("max_time_limit", UNSET)

        min_nodes_per_job = d.pop("min_nodes_per_job", UNSET)

        name = d.pop("name", UNSET)

        nodes = d.pop("nodes", UNSET)

        over_time_limit = d.pop("over_time_limit", UNSET)

        priority_job_factor = d.pop("priority_job_factor", UNSET)

        priority_tier = d.pop("priority_tier", UNSET)

        qos = d.pop("qos", UNSET)

        state = d.pop("state", UNSET)

        total_cpus = d.pop("total_cpus", UNSET)

        total_nodes = d.pop("total_nodes", UNSET)

        tres = d.pop("tres", UNSET)

        maximum_memory_per_cpu = d.pop("maximum_memory_per_cpu", UNSET)

        default_memory_per_node = d.pop("default_memory_per_node", UNSET)

        _model = cls(
            flags=flags,
            preemption_mode=preemption_mode,
            allowed_allocation_nodes=allowed_allocation_nodes,
            allowed_accounts=allowed_accounts,
            allowed_groups=allowed_groups,
            allowed_qos=allowed_qos,
            alternative=alternative,
            billing_weights=billing_weights,
            default_memory_per_cpu=default_memory_per_cpu,
            default_time_limit=default_time_limit,
            denied_accounts=denied_accounts,
            denied_qos=denied_qos,
            preemption_grace_time=preemption_grace_time,
            maximum_cpus_per_node=maximum_cpus_per_node,
            maximum_memory_per_node=maximum_memory_per_node,
            maximum_nodes_per_job=maximum_nodes_per_job,
            max_time_limit=max_time_limit,
            min_nodes_per_job=min_nodes_per_job,
            name=name,
            nodes=nodes,
            over_time_limit=over_time_limit,
            priority_job_factor=priority_job_factor,
            priority_tier=priority_tier,
            qos=qos,
            state=state,
            total_cpus=total_cpus,
            total_nodes=total_nodes,
            tres=tres,
            maximum_memory_per_cpu=maximum_memory_per_cpu,
            default_memory_per_node=default_memory_per_node,
        )

        _model.additional_properties = d
        return _model

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
