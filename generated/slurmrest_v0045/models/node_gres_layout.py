from collections.abc import Mapping
from typing import Any, TypeVar, Union

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NodeGresLayout")


@_attrs_define
class NodeGresLayout:
    """
    Attributes:
        name (Union[Unset, str]): GRES name
        type_ (Union[Unset, str]): GRES type (optional)
        count (Union[Unset, int]): Count
        index (Union[Unset, str]): Index
    """

    name: Union[Unset, str] = UNSET
    type_: Union[Unset, str] = UNSET
    count: Union[Unset, int] = UNSET
    index: Union[Unset, str] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_

        count = self.count

        index = self.index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if count is not UNSET:
            field_dict["count"] = count
        if index is not UNSET:
            field_dict["index"] = index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {k: v for k, v in src_dict.items() if v is not None}
        name = d.pop("name", UNSET)

        type_ = d.pop("type", UNSET)

        count = d.pop("count", UNSET)

        index = d.pop("index", UNSET)

        _model = cls(
            name=name,
            type_=type_,
            count=count,
            index=index,
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
