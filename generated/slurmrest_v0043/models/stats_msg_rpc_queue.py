from collections.abc import Mapping
from typing import Any, TypeVar, Union

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StatsMsgRpcQueue")


@_attrs_define
class StatsMsgRpcQueue:
    """
    Attributes:
        type_id (Union[Unset, int]): Message type as integer
        message_type (Union[Unset, str]): Message type as string (Slurm RPC message type)
        count (Union[Unset, int]): Number of pending RPCs queued
    """

    type_id: Union[Unset, int] = UNSET
    message_type: Union[Unset, str] = UNSET
    count: Union[Unset, int] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_id = self.type_id

        message_type = self.message_type

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_id is not UNSET:
            field_dict["type_id"] = type_id
        if message_type is not UNSET:
            field_dict["message_type"] = message_type
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {k: v for k, v in src_dict.items() if v is not None}
        type_id = d.pop("type_id", UNSET)

        message_type = d.pop("message_type", UNSET)

        count = d.pop("count", UNSET)

        _model = cls(
            type_id=type_id,
            message_type=message_type,
            count=count,
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
