from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.db_qos_limits_max_tres_minutes import DbQosLimitsMaxTresMinutes
    from ..models.db_qos_limits_max_tres_per import DbQosLimitsMaxTresPer


T = TypeVar("T", bound="DbQosLimitsMaxTres")


@_attrs_define
class DbQosLimitsMaxTres:
    """Limits on TRES

    Attributes:
        minutes (Union[Unset, DbQosLimitsMaxTresMinutes]): Max TRES minutes settings
        per (Union[Unset, DbQosLimitsMaxTresPer]): Max TRES per settings
    """

    minutes: Union[Unset, "DbQosLimitsMaxTresMinutes"] = UNSET
    per: Union[Unset, "DbQosLimitsMaxTresPer"] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        minutes: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.minutes, Unset):
            minutes = self.minutes.to_dict()

        per: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.per, Unset):
            per = self.per.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if minutes is not UNSET:
            field_dict["minutes"] = minutes
        if per is not UNSET:
            field_dict["per"] = per

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.db_qos_limits_max_tres_minutes import DbQosLimitsMaxTresMinutes
        from ..models.db_qos_limits_max_tres_per import DbQosLimitsMaxTresPer

        d = {k: v for k, v in src_dict.items() if v is not None}
        _minutes = d.pop("minutes", UNSET)
        minutes: Union[Unset, DbQosLimitsMaxTresMinutes]
        if isinstance(_minutes, Unset):
            minutes = UNSET
        else:
            minutes = DbQosLimitsMaxTresMinutes.from_dict(_minutes)

        _per = d.pop("per", UNSET)
        per: Union[Unset, DbQosLimitsMaxTresPer]
        if isinstance(_per, Unset):
            per = UNSET
        else:
            per = DbQosLimitsMaxTresPer.from_dict(_per)

        _model = cls(
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
