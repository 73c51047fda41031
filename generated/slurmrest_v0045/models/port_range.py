from collections.abc import Mapping
from typing import Any, TypeVar, Union

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PortRange")


@_attrs_define
class PortRange:
    """
    Attributes:
        minimum (Union[Unset, int]): Minimum port number
        maximum (Union[Unset, int]): Maximum port number
        set_ (Union[Unset, bool]): True if minimum and maximum are set (or ignored on false)
    """

    minimum: Union[Unset, int] = UNSET
    maximum: Union[Unset, int] = UNSET
    set_: Union[Unset, bool] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        minimum = self.minimum

        maximum = self.maximum

        set_ = self.set_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if minimum is not UNSET:
            field_dict["minimum"] = minimum
        if maximum is not UNSET:
            field_dict["maximum"] = maximum
        if set_ is not UNSET:
            field_dict["set"] = set_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {k: v for k, v in src_dict.items() if v is not None}
        minimum = d.pop("minimum", UNSET)

        maximum = d.pop("maximum", UNSET)

        set_ = d.pop("set", UNSET)

        _model = cls(
            minimum=minimum,
            maximum=maximum,
            set_=set_,
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
