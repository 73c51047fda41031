from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.uint_32_no_val import Uint32NoVal


T = TypeVar("T", bound="PartitionInfoDefaults")


@_attrs_define
class PartitionInfoDefaults:
    """
    Attributes:
        memory_per_cpu (Union[Unset, int]):
        time (Union[Unset, Uint32NoVal]): Integer number with flags
        job (Union[Unset, str]):
    """

    memory_per_cpu: Union[Unset, int] = UNSET
    time: Union[Unset, "Uint32NoVal"] = UNSET
    job: Union[Unset, str] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        memory_per_cpu = self.memory_per_cpu

        time: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.time, Unset):
            time = self.time.to_dict()

        job = self.job

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if memory_per_cpu is not UNSET:
            field_dict["memory_per_cpu"] = memory_per_cpu
        if time is not UNSET:
            field_dict["time"] = time
        if job is not UNSET:
            field_dict["job"] = job

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.uint_32_no_val import Uint32NoVal

        d = {k: v for k, v in src_dict.items() if v is not None}
        memory_per_cpu = d.pop("memory_per_cpu", UNSET)

        _time = d.pop("time", UNSET)
        time: Union[Unset, Uint32NoVal]
        if isinstance(_time, Unset):
            time = UNSET
        else:
            time = Uint32NoVal.from_dict(_time)

        job = d.pop("job", UNSET)

        _model = cls(
            memory_per_cpu=memory_per_cpu,
            time=time,
            job=job,
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
