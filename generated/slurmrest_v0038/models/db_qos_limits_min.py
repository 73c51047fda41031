from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.db_qos_limits_min_tres import DbQosLimitsMinTres


T = TypeVar("T", bound="DbQosLimitsMin")


@_attrs_define
class DbQosLimitsMin:
    """Min limit settings

    Attributes:
        priority_threshold (Union[Unset, int]): Min priority threshold
        tres (Union[Unset, DbQosLimitsMinTres]): Min tres settings
    """

    priority_threshold: Union[Unset, int] = UNSET
    tres: Union[Unset, "DbQosLimitsMinTres"] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        priority_threshold = self.priority_threshold

        tres: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.tres, Unset):
            tres = self.tres.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if priority_threshold is not UNSET:
            field_dict["priority_threshold"] = priority_threshold
        if tres is not UNSET:
            field_dict["tres"] = tres

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.db_qos_limits_min_tres import DbQosLimitsMinTres

        d = {k: v for k, v in src_dict.items() if v is not None}
        priority_threshold = d.pop("priority_threshold", UNSET)

        _tres = d.pop("tres", UNSET)
        tres: Union[Unset, DbQosLimitsMinTres]
        if isinstance(_tres, Unset):
            tres = UNSET
        else:
            tres = DbQosLimitsMinTres.from_dict(_tres)

        _model = cls(
            priority_threshold=priority_threshold,
            tres=tres,
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
