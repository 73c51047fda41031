from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.uint_32_no_val import Uint32NoVal
    from ..models.uint_64_no_val import Uint64NoVal


T = TypeVar("T", bound="ExtSensorsData")


@_attrs_define
class ExtSensorsData:
    """
    Attributes:
        consumed_energy (Union[Unset, Uint64NoVal]): Integer number with flags
        temperature (Union[Unset, Uint32NoVal]): Integer number with flags
        energy_update_time (Union[Unset, int]):
        current_watts (Union[Unset, int]):
    """

    consumed_energy: Union[Unset, "Uint64NoVal"] = UNSET
    temperature: Union[Unset, "Uint32NoVal"] = UNSET
    energy_update_time: Union[Unset, int] = UNSET
    current_watts: Union[Unset, int] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        consumed_energy: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.consumed_energy, Unset):
            consumed_energy = self.consumed_energy.to_dict()

        temperature: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.temperature, Unset):
            temperature = self.temperature.to_dict()

        energy_update_time = self.energy_update_time

        current_watts = self.current_watts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if consumed_energy is not UNSET:
            field_dict["consumed_energy"] = consumed_energy
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if energy_update_time is not UNSET:
            field_dict["energy_update_time"] = energy_update_time
        if current_watts is not UNSET:
            field_dict["current_watts"] = current_watts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.uint_32_no_val import Uint32NoVal
        from ..models.uint_64_no_val import Uint64NoVal

        d = {k: v for k, v in src_dict.items() if v is not None}
        _consumed_energy = d.pop("consumed_energy", UNSET)
        consumed_energy: Union[Unset, Uint64NoVal]
        if isinstance(_consumed_energy, Unset):
            consumed_energy = UNSET
        else:
            consumed_energy = Uint64NoVal.from_dict(_consumed_energy)

        _temperature = d.pop("temperature", UNSET)
        temperature: Union[Unset, Uint32NoVal]
        if isinstance(_temperature, Unset):
            temperature = UNSET
        else:
            temperature = Uint32NoVal.from_dict(_temperature)

        energy_update_time = d.pop("energy_update_time", UNSET)

        current_watts = d.pop("current_watts", UNSET)

        _model = cls(
            consumed_energy=consumed_energy,
            temperature=temperature,
            energy_update_time=energy_update_time,
            current_watts=current_watts,
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
