from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tres import Tres


T = TypeVar("T", bound="AssocMaxTresGroup")


@_attrs_define
class AssocMaxTresGroup:
    """
    Attributes:
        minutes (Union[Unset, list['Tres']]):
        active (Union[Unset, list['Tres']]):
    """

    minutes: Union[Unset, list["Tres"]] = UNSET
    active: Union[Unset, list["Tres"]] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        minutes: Union[Unset, list[dict[str, Any]]] = UNSET
        if not isinstance(self.minutes, Unset):
            minutes = []
            for componentsschemastres_list_item_data in self.minutes:
                componentsschemastres_list_item = componentsschemastres_list_item_data.to_dict()
                minutes.append(componentsschemastres_list_item)

        active: Union[Unset, list[dict[str, Any]]] = UNSET
        if not isinstance(self.active, Unset):
            active = []
            for componentsschemastres_list_item_data in self.active:
                componentsschemastres_list_item = componentsschemastres_list_item_data.to_dict()
                active.append(componentsschemastres_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if minutes is not UNSET:
            field_dict["minutes"] = minutes
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tres import Tres

        d = {k: v for k, v in src_dict.items() if v is not None}
        minutes = []
        _minutes = d.pop("minutes", UNSET)
        for componentsschemastres_list_item_data in _minutes or []:
            componentsschemastres_list_item = Tres.from_dict(componentsschemastres_list_item_data)

            minutes.append(componentsschemastres_list_item)

        active = []
        _active = d.pop("active", UNSET)
        for componentsschemastres_list_item_data in _active or []:
            componentsschemastres_list_item = Tres.from_dict(componentsschemastres_list_item_data)

            active.append(componentsschemastres_list_item)

        _model = cls(
            minutes=minutes,
            active=active,
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
