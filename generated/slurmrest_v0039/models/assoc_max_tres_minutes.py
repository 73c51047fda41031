from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assoc_max_tres_minutes_per import AssocMaxTresMinutesPer
    from ..models.tres import Tres


T = TypeVar("T", bound="AssocMaxTresMinutes")


@_attrs_define
class AssocMaxTresMinutes:
    """
    Attributes:
        per (Union[Unset, AssocMaxTresMinutesPer]):
        total (Union[Unset, list['Tres']]):
    """

    per: Union[Unset, "AssocMaxTresMinutesPer"] = UNSET
    total: Union[Unset, list["Tres"]] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        per: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.per, Unset):
            per = self.per.to_dict()

        total: Union[Unset, list[dict[str, Any]]] = UNSET
        if not isinstance(self.total, Unset):
            total = []
            for componentsschemastres_str_item_data in self.total:
                componentsschemastres_str_item = componentsschemastres_str_item_data.to_dict()
                total.append(componentsschemastres_str_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if per is not UNSET:
            field_dict["per"] = per
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assoc_max_tres_minutes_per import AssocMaxTresMinutesPer
        from ..models.tres import Tres

        d = {k: v for k, v in src_dict.items() if v is not None}
        _per = d.pop("per", UNSET)
        per: Union[Unset, AssocMaxTresMinutesPer]
        if isinstance(_per, Unset):
            per = UNSET
        else:
            per = AssocMaxTresMinutesPer.from_dict(_per)

        total = []
        _total = d.pop("total", UNSET)
        for componentsschemastres_str_item_data in _total or []:
            componentsschemastres_str_item = Tres.from_dict(componentsschemastres_str_item_data)

            total.append(componentsschemastres_str_item)

        _model = cls(
            per=per,
            total=total,
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
