from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assoc_max_tres_group import AssocMaxTresGroup
    from ..models.assoc_max_tres_minutes import AssocMaxTresMinutes
    from ..models.assoc_max_tres_per import AssocMaxTresPer
    from ..models.tres import Tres


T = TypeVar("T", bound="AssocMaxTres")


@_attrs_define
class AssocMaxTres:
    """
    Attributes:
        total (Union[Unset, list['Tres']]):
        group (Union[Unset, AssocMaxTresGroup]):
        minutes (Union[Unset, AssocMaxTresMinutes]):
        per (Union[Unset, AssocMaxTresPer]):
    """

    total: Union[Unset, list["Tres"]] = UNSET
    group: Union[Unset, "AssocMaxTresGroup"] = UNSET
    minutes: Union[Unset, "AssocMaxTresMinutes"] = UNSET
    per: Union[Unset, "AssocMaxTresPer"] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total: Union[Unset, list[dict[str, Any]]] = UNSET
        if not isinstance(self.total, Unset):
            total = []
            for componentsschemastres_list_item_data in self.total:
                componentsschemastres_list_item = componentsschemastres_list_item_data.to_dict()
                total.append(componentsschemastres_list_item)

        group: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.group, Unset):
            group = self.group.to_dict()

        minutes: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.minutes, Unset):
            minutes = self.minutes.to_dict()

        per: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.per, Unset):
            per = self.per.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if group is not UNSET:
            field_dict["group"] = group
        if minutes is not UNSET:
            field_dict["minutes"] = minutes
        if per is not UNSET:
            field_dict["per"] = per

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assoc_max_tres_group import AssocMaxTresGroup
        from ..models.assoc_max_tres_minutes import AssocMaxTresMinutes
        from ..models.assoc_max_tres_per import AssocMaxTresPer
        from ..models.tres import Tres

        d = {k: v for k, v in src_dict.items() if v is not None}
        total = []
        _total = d.pop("total", UNSET)
        for componentsschemastres_list_item_data in _total or []:
            componentsschemastres_list_item = Tres.from_dict(componentsschemastres_list_item_data)

            total.append(componentsschemastres_list_item)

        _group = d.pop("group", UNSET)
        group: Union[Unset, AssocMaxTresGroup]
        if isinstance(_group, Unset):
            group = UNSET
        else:
            group = AssocMaxTresGroup.from_dict(_group)

        _minutes = d.pop("minutes", UNSET)
        minutes: Union[Unset, AssocMaxTresMinutes]
        if isinstance(_minutes, Unset):
            minutes = UNSET
        else:
            minutes = AssocMaxTresMinutes.from_dict(_minutes)

        _per = d.pop("per", UNSET)
        per: Union[Unset, AssocMaxTresPer]
        if isinstance(_per, Unset):
            per = UNSET
        else:
            per = AssocMaxTresPer.from_dict(_per)

        _model = cls(
            total=total,
            group=group,
            minutes=minutes,
            per=per,
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
