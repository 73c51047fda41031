from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.qos_limits_max_tres_minutes import QosLimitsMaxTresMinutes
    from ..models.qos_limits_max_tres_per import QosLimitsMaxTresPer
    from ..models.tres import Tres


T = TypeVar("T", bound="QosLimitsMaxTres")


@_attrs_define
class QosLimitsMaxTres:
    """
    Attributes:
        total (Union[Unset, list['Tres']]):
        minutes (Union[Unset, QosLimitsMaxTresMinutes]):
        per (Union[Unset, QosLimitsMaxTresPer]):
    """

    total: Union[Unset, list["Tres"]] = UNSET
    minutes: Union[Unset, "QosLimitsMaxTresMinutes"] = UNSET
    per: Union[Unset, "QosLimitsMaxTresPer"] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total: Union[Unset, list[dict[str, Any]]] = UNSET
        if not isinstance(self.total, Unset):
            total = []
            for componentsschemastres_list_item_data in self.total:
                componentsschemastres_list_item = componentsschemastres_list_item_data.to_dict()
                total.append(componentsschemastres_list_item)

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
        if minutes is not UNSET:
            field_dict["minutes"] = minutes
        if per is not UNSET:
            field_dict["per"] = per

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.qos_limits_max_tres_minutes import QosLimitsMaxTresMinutes
        from ..models.qos_limits_max_tres_per import QosLimitsMaxTresPer
        from ..models.tres import Tres

        d = {k: v for k, v in src_dict.items() if v is not None}
        total = []
        _total = d.pop("total", UNSET)
        for componentsschemastres_list_item_data in _total or []:
            componentsschemastres_list_item = Tres.from_dict(componentsschemastres_list_item_data)

            total.append(componentsschemastres_list_item)

        _minutes = d.pop("minutes", UNSET)
        minutes: Union[Unset, QosLimitsMaxTresMinutes]
        if isinstance(_minutes, Unset):
            minutes = UNSET
        else:
            minutes = QosLimitsMaxTresMinutes.from_dict(_minutes)

        _per = d.pop("per", UNSET)
        per: Union[Unset, QosLimitsMaxTresPer]
        if isinstance(_per, Unset):
            per = UNSET
        else:
            per = QosLimitsMaxTresPer.from_dict(_per)

        _model = cls(
            total=total,
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
