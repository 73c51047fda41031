from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_res_node_cpus import JobResNodeCpus
    from ..models.job_res_node_memory import JobResNodeMemory
    from ..models.job_res_socket import JobResSocket


T = TypeVar("T", bound="JobResNode")


@_attrs_define
class JobResNode:
    """
    Attributes:
        index (Union[Unset, int]): Node index
        name (Union[Unset, str]): Node name
        cpus (Union[Unset, JobResNodeCpus]):
        memory (Union[Unset, JobResNodeMemory]):
        sockets (Union[Unset, list['JobResSocket']]):
    """

    index: Union[Unset, int] = UNSET
    name: Union[Unset, str] = UNSET
    cpus: Union[Unset, "JobResNodeCpus"] = UNSET
    memory: Union[Unset, "JobResNodeMemory"] = UNSET
    sockets: Union[Unset, list["JobResSocket"]] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        name = self.name

        cpus: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.cpus, Unset):
            cpus = self.cpus.to_dict()

        memory: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.memory, Unset):
            memory = self.memory.to_dict()

        sockets: Union[Unset, list[dict[str, Any]]] = UNSET
        if not isinstance(self.sockets, Unset):
            sockets = []
            for componentsschemasjob_res_socket_array_item_data in self.sockets:
                componentsschemasjob_res_socket_array_item = componentsschemasjob_res_socket_array_item_data.to_dict()
                sockets.append(componentsschemasjob_res_socket_array_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if index is not UNSET:
            field_dict["index"] = index
        if name is not UNSET:
            field_dict["name"] = name
        if cpus is not UNSET:
            field_dict["cpus"] = cpus
        if memory is not UNSET:
            field_dict["memory"] = memory
        if sockets is not UNSET:
            field_dict["sockets"] = sockets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_res_node_cpus import JobResNodeCpus
        from ..models.job_res_node_memory import JobResNodeMemory
        from ..models.job_res_socket import JobResSocket

        d = {k: v for k, v in src_dict.items() if v is not None}
        index = d.pop("index", UNSET)

        name = d.pop("name", UNSET)

        _cpus = d.pop("cpus", UNSET)
        cpus: Union[Unset, JobResNodeCpus]
        if isinstance(_cpus, Unset):
            cpus = UNSET
        else:
            cpus = JobResNodeCpus.from_dict(_cpus)

        _memory = d.pop("memory", UNSET)
        memory: Union[Unset, JobResNodeMemory]
        if isinstance(_memory, Unset):
            memory = UNSET
        else:
            memory = JobResNodeMemory.from_dict(_memory)

        sockets = []
        _sockets = d.pop("sockets", UNSET)
        for componentsschemasjob_res_socket_array_item_data in _sockets or []:
            componentsschemasjob_res_socket_array_item = JobResSocket.from_dict(
                componentsschemasjob_res_socket_array_item_data
            )

            sockets.append(componentsschemasjob_res_socket_array_item)

        _model = cls(
            index=index,
            name=name,
            cpus=cpus,
            memory=memory,
            sockets=sockets,
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
