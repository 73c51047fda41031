from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.db_qos_limits_max_accruing_per import DbQosLimitsMaxAccruingPer


T = TypeVar("T", bound="DbQosLimitsMaxAccruing")


@_attrs_define
class DbQosLimitsMaxAccruing:
    """Limits on accruing priority

    Attributes:
        per (Union[Unset, DbQosLimitsMaxAccruingPer]): Max accuring priority per setting
    """

    per: Union[Unset, "DbQosLimitsMaxAccruingPer"] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        per: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.per, Unset):
            per = self.per.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if per is not UNSET:
            field_dict["per"] = per

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.db_qos_limits_max_accruing_per import DbQosLimitsMaxAccruingPer

        d = {k: v for k, v in src_dict.items() if v is not None}
        _per = d.pop("per", UNSET)
        per: Union[Unset, DbQosLimitsMaxAccruingPer]
        if isinstance(_per, Unset):
            per = UNSET
        else:
            per = DbQosLimitsMaxAccruingPer.from_dict(_per)

        _model = cls(
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
