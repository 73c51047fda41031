from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.node_allocation_sockets_cores import NodeAllocationSocketsCores


T = TypeVar("T", bound="NodeAllocationSockets")


@_attrs_define
class NodeAllocationSockets:
    """assignment status of each socket by numeric socket id

    Attributes:
        cores (Union[Unset, NodeAllocationSocketsCores]): assignment status of each core by core id in each socket
    """

    cores: Union[Unset, "NodeAllocationSocketsCores"] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cores: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.cores, Unset):
            cores = self.cores.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cores is not UNSET:
            field_dict["cores"] = cores

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.node_allocation_sockets_cores import NodeAllocationSocketsCores

        d = {k: v for k, v in src_dict.items() if v is not None}
        _cores = d.pop("cores", UNSET)
        cores: Union[Unset, NodeAllocationSocketsCores]
        if isinstance(_cores, Unset):
            cores = UNSET
        else:
            cores = NodeAllocationSocketsCores.from_dict(_cores)

        _model = cls(
            cores=cores,
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
