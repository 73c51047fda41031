from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.node_allocation_sockets import NodeAllocationSockets


T = TypeVar("T", bound="NodeAllocation")


@_attrs_define
class NodeAllocation:
    """
    Attributes:
        memory (Union[Unset, int]): amount of assigned job memory
        cpus (Union[Unset, int]): number of assigned job CPUs
        sockets (Union[Unset, NodeAllocationSockets]): assignment status of each socket by numeric socket id
        nodename (Union[Unset, str]): node name
    """

    memory: Union[Unset, int] = UNSET
    cpus: Union[Unset, int] = UNSET
    sockets: Union[Unset, "NodeAllocationSockets"] = UNSET
    nodename: Union[Unset, str] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        memory = self.memory

        cpus = self.cpus

        sockets: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.sockets, Unset):
            sockets = self.sockets.to_dict()

        nodename = self.nodename

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if memory is not UNSET:
            field_dict["memory"] = memory
        if cpus is not UNSET:
            field_dict["cpus"] = cpus
        if sockets is not UNSET:
            field_dict["sockets"] = sockets
        if nodename is not UNSET:
            field_dict["nodename"] = nodename

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.node_allocation_sockets import NodeAllocationSockets

        d = {k: v for k, v in src_dict.items() if v is not None}
        memory = d.pop("memory", UNSET)

        cpus = d.pop("cpus", UNSET)

        _sockets = d.pop("sockets", UNSET)
        sockets: Union[Unset, NodeAllocationSockets]
        if isinstance(_sockets, Unset):
            sockets = UNSET
        else:
            sockets = NodeAllocationSockets.from_dict(_sockets)

        nodename = d.pop("nodename", UNSET)

        _model = cls(
            memory=memory,
            cpus=cpus,
            sockets=sockets,
            nodename=nodename,
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
