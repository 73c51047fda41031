from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.step_statistics_cpu import StepStatisticsCPU
    from ..models.step_statistics_energy import StepStatisticsEnergy


T = TypeVar("T", bound="StepStatistics")


@_attrs_define
class StepStatistics:
    """
    Attributes:
        cpu (Union[Unset, StepStatisticsCPU]):
        energy (Union[Unset, StepStatisticsEnergy]):
    """

    cpu: Union[Unset, "StepStatisticsCPU"] = UNSET
    energy: Union[Unset, "StepStatisticsEnergy"] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cpu: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.cpu, Unset):
            cpu = self.cpu.to_dict()

        energy: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.energy, Unset):
            energy = self.energy.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cpu is not UNSET:
            field_dict["CPU"] = cpu
        if energy is not UNSET:
            field_dict["energy"] = energy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.step_statistics_cpu import StepStatisticsCPU
        from ..models.step_statistics_energy import StepStatisticsEnergy

        d = {k: v for k, v in src_dict.items() if v is not None}
        _cpu = d.pop("CPU", UNSET)
        cpu: Union[Unset, StepStatisticsCPU]
        if isinstance(_cpu, Unset):
            cpu = UNSET
        else:
            cpu = StepStatisticsCPU.from_dict(_cpu)

        _energy = d.pop("energy", UNSET)
        energy: Union[Unset, StepStatisticsEnergy]
        if isinstance(_energy, Unset):
            energy = UNSET
        else:
            energy = StepStatisticsEnergy.from_dict(_energy)

        _model = cls(
            cpu=cpu,
            energy=energy,
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
