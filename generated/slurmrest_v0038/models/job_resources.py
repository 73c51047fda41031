from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.node_allocation import NodeAllocation


T = TypeVar("T", bound="JobResources")


@_attrs_define
class JobResources:
    """
    Attributes:
        nodes (Union[Unset, str]): list of assigned job nodes
        allocated_cpus (Union[Unset, int]): number of assigned job cpus
        allocated_hosts (Union[Unset, int]): number of assigned job hosts
        allocated_nodes (Union[Unset, list['NodeAllocation']]): array of allocated nodes
    """

    nodes: Union[Unset, str] = UNSET
    allocated_cpus: Union[Unset, int] = UNSET
    allocated_hosts: Union[Unset, int] = UNSET
    allocated_nodes: Union[Unset, list["NodeAllocation"]] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nodes = self.nodes

        allocated_cpus = self.allocated_cpus

        allocated_hosts = self.allocated_hosts

        allocated_nodes: Union[Unset, list[dict[str, Any]]] = UNSET
        if not isinstance(self.allocated_nodes, Unset):
            allocated_nodes = []
            for allocated_nodes_item_data in self.allocated_nodes:
                allocated_nodes_item = allocated_nodes_item_data.to_dict()
                allocated_nodes.append(allocated_nodes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if nodes is not UNSET:
            field_dict["nodes"] = nodes
        if allocated_cpus is not UNSET:
            field_dict["allocated_cpus"] = allocated_cpus
        if allocated_hosts is not UNSET:
            field_dict["allocated_hosts"] = allocated_hosts
        if allocated_nodes is not UNSET:
            field_dict["allocated_nodes"] = allocated_nodes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.node_allocation import NodeAllocation

        d = {k: v for k, v in src_dict.items() if v is not None}
        nodes = d.pop("nodes", UNSET)

        allocated_cpus = d.pop("allocated_cpus", UNSET)

        allocated_hosts = d.pop("allocated_hosts", UNSET)

        allocated_nodes = []
        _allocated_nodes = d.pop("allocated_nodes", UNSET)
        for allocated_nodes_item_data in _allocated_nodes or []:
            allocated_nodes_item = NodeAllocation.from_dict(allocated_nodes_item_data)

            allocated_nodes.append(allocated_nodes_item)

        _model = cls(
            nodes=nodes,
            allocated_cpus=allocated_cpus,
            allocated_hosts=allocated_hosts,
            allocated_nodes=allocated_nodes,
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
