from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.db_qos_limits_max import DbQosLimitsMax
    from ..models.db_qos_limits_min import DbQosLimitsMin


T = TypeVar("T", bound="DbQosLimits")


@_attrs_define
class DbQosLimits:
    """Assigned limits

    Attributes:
        factor (Union[Unset, float]): factor to apply to TRES count for associations using this QOS
        max_ (Union[Unset, DbQosLimitsMax]): Limits on max settings
        min_ (Union[Unset, DbQosLimitsMin]): Min limit settings
    """

    factor: Union[Unset, float] = UNSET
    max_: Union[Unset, "DbQosLimitsMax"] = UNSET
    min_: Union[Unset, "DbQosLimitsMin"] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        factor = self.factor

        max_: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.max_, Unset):
            max_ = self.max_.to_dict()

        min_: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.min_, Unset):
            min_ = self.min_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if factor is not UNSET:
            field_dict["factor"] = factor
        if max_ is not UNSET:
            field_dict["max"] = max_
        if min_ is not UNSET:
            field_dict["min"] = min_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.db_qos_limits_max import DbQosLimitsMax
        from ..models.db_qos_limits_min import DbQosLimitsMin

        d = {k: v for k, v in src_dict.items() if v is not None}
        factor = d.pop("factor", UNSET)

        _max_ = d.pop("max", UNSET)
        max_: Union[Unset, DbQosLimitsMax]
        if isinstance(_max_, Unset):
            max_ = UNSET
        else:
            max_ = DbQosLimitsMax.from_dict(_max_)

        _min_ = d.pop("min", UNSET)
        min_: Union[Unset, DbQosLimitsMin]
        if isinstance(_min_, Unset):
            min_ = UNSET
        else:
            min_ = DbQosLimitsMin.from_dict(_min_)

        _model = cls(
            factor=factor,
            max_=max_,
            min_=min_,
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
