from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.qos_limits_min_tres import QosLimitsMinTres
    from ..models.uint_32_no_val import Uint32NoVal


T = TypeVar("T", bound="QosLimitsMin")


@_attrs_define
class QosLimitsMin:
    """
    Attributes:
        priority_threshold (Union[Unset, Uint32NoVal]): Integer number with flags
        tres (Union[Unset, QosLimitsMinTres]):
    """

    priority_threshold: Union[Unset, "Uint32NoVal"] = UNSET
    tres: Union[Unset, "QosLimitsMinTres"] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        priority_threshold: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.priority_threshold, Unset):
            priority_threshold = self.priority_threshold.to_dict()

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
        from ..models.qos_limits_min_tres import QosLimitsMinTres
        from ..models.uint_32_no_val import Uint32NoVal

        d = {k: v for k, v in src_dict.items() if v is not None}
        _priority_threshold = d.pop("priority_threshold", UNSET)
        priority_threshold: Union[Unset, Uint32NoVal]
        if isinstance(_priority_threshold, Unset):
            priority_threshold = UNSET
        else:
            priority_threshold = Uint32NoVal.from_dict(_priority_threshold)

        _tres = d.pop("tres", UNSET)
        tres: Union[Unset, QosLimitsMinTres]
        if isinstance(_tres, Unset):
            tres = UNSET
        else:
            tres = QosLimitsMinTres.from_dict(_tres)

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
