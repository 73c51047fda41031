from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tres import Tres


T = TypeVar("T", bound="JobTres")


@_attrs_define
class JobTres:
    """
    Attributes:
        allocated (Union[Unset, list['Tres']]):
        requested (Union[Unset, list['Tres']]):
    """

    allocated: Union[Unset, list["Tres"]] = UNSET
    requested: Union[Unset, list["Tres"]] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allocated: Union[Unset, list[dict[str, Any]]] = UNSET
        if not isinstance(self.allocated, Unset):
            allocated = []
            for componentsschemastres_str_item_data in self.allocated:
                componentsschemastres_str_item = componentsschemastres_str_item_data.to_dict()
                allocated.append(componentsschemastres_str_item)

        requested: Union[Unset, list[dict[str, Any]]] = UNSET
        if not isinstance(self.requested, Unset):
            requested = []
            for componentsschemastres_str_item_data in self.requested:
                componentsschemastres_str_item = componentsschemastres_str_item_data.to_dict()
                requested.append(componentsschemastres_str_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allocated is not UNSET:
            field_dict["allocated"] = allocated
        if requested is not UNSET:
            field_dict["requested"] = requested

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tres import Tres

        d = {k: v for k, v in src_dict.items() if v is not None}
        allocated = []
        _allocated = d.pop("allocated", UNSET)
        for componentsschemastres_str_item_data in _allocated or []:
            componentsschemastres_str_item = Tres.from_dict(componentsschemastres_str_item_data)

            allocated.append(componentsschemastres_str_item)

        requested = []
        _requested = d.pop("requested", UNSET)
        for componentsschemastres_str_item_data in _requested or []:
            componentsschemastres_str_item = Tres.from_dict(componentsschemastres_str_item_data)

            requested.append(componentsschemastres_str_item)

        _model = cls(
            allocated=allocated,
            requested=requested,
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
