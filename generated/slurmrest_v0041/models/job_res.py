from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_res_nodes import JobResNodes
    from ..models.uint_16_no_val_struct import Uint16NoValStruct


T = TypeVar("T", bound="JobRes")


@_attrs_define
class JobRes:
    """
    Attributes:
        select_type (Union[Unset, list[str]]):
        nodes (Union[Unset, JobResNodes]):
        cpus (Union[Unset, int]): Number of allocated CPUs
        threads_per_core (Union[Unset, Uint16NoValStruct]):
    """

    select_type: Union[Unset, list[str]] = UNSET
    nodes: Union[Unset, "JobResNodes"] = UNSET
    cpus: Union[Unset, int] = UNSET
    threads_per_core: Union[Unset, "Uint16NoValStruct"] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        select_type: Union[Unset, list[str]] = UNSET
        if not isinstance(self.select_type, Unset):
            select_type = self.select_type

        nodes: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.nodes, Unset):
            nodes = self.nodes.to_dict()

        cpus = self.cpus

        threads_per_core: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.threads_per_core, Unset):
            threads_per_core = self.threads_per_core.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if select_type is not UNSET:
            field_dict["select_type"] = select_type
        if nodes is not UNSET:
            field_dict["nodes"] = nodes
        if cpus is not UNSET:
            field_dict["cpus"] = cpus
        if threads_per_core is not UNSET:
            field_dict["threads_per_core"] = threads_per_core

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_res_nodes import JobResNodes
        from ..models.uint_16_no_val_struct import Uint16NoValStruct

        d = {k: v for k, v in src_dict.items() if v is not None}
        select_type = cast(list[str], d.pop("select_type", UNSET))

        _nodes = d.pop("nodes", UNSET)
        nodes: Union[Unset, JobResNodes]
        if isinstance(_nodes, Unset):
            nodes = UNSET
        else:
            nodes = JobResNodes.from_dict(_nodes)

        cpus = d.pop("cpus", UNSET)

        _threads_per_core = d.pop("threads_per_core", UNSET)
        threads_per_core: Union[Unset, Uint16NoValStruct]
        if isinstance(_threads_per_core, Unset):
            threads_per_core = UNSET
        else:
            threads_per_core = Uint16NoValStruct.from_dict(_threads_per_core)

        _model = cls(
            select_type=select_type,
            nodes=nodes,
            cpus=cpus,
            threads_per_core=threads_per_core,
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
