from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.step_cpu_requested_frequency import StepCPURequestedFrequency


T = TypeVar("T", bound="StepCPU")


@_attrs_define
class StepCPU:
    """
    Attributes:
        requested_frequency (Union[Unset, StepCPURequestedFrequency]):
        governor (Union[Unset, str]): Requested CPU frequency governor in kHz
    """

    requested_frequency: Union[Unset, "StepCPURequestedFrequency"] = UNSET
    governor: Union[Unset, str] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        requested_frequency: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.requested_frequency, Unset):
            requested_frequency = self.requested_frequency.to_dict()

        governor = self.governor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if requested_frequency is not UNSET:
            field_dict["requested_frequency"] = requested_frequency
        if governor is not UNSET:
            field_dict["governor"] = governor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.step_cpu_requested_frequency import StepCPURequestedFrequency

        d = {k: v for k, v in src_dict.items() if v is not None}
        _requested_frequency = d.pop("requested_frequency", UNSET)
        requested_frequency: Union[Unset, StepCPURequestedFrequency]
        if isinstance(_requested_frequency, Unset):
            requested_frequency = UNSET
        else:
            requested_frequency = StepCPURequestedFrequency.from_dict(_requested_frequency)

        governor = d.pop("governor", UNSET)

        _model = cls(
            requested_frequency=requested_frequency,
            governor=governor,
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
