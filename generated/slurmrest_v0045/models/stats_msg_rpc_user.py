from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.uint_64_no_val_struct import Uint64NoValStruct


T = TypeVar("T", bound="StatsMsgRpcUser")


@_attrs_define
class StatsMsgRpcUser:
    """
    Attributes:
        user_id (Union[Unset, int]): User ID (numeric)
        user (Union[Unset, str]): User name
        count (Union[Unset, int]): Number of RPCs received
        total_time (Union[Unset, int]): Total time spent processing RPC in seconds
        average_time (Union[Unset, Uint64NoValStruct]):
    """

    user_id: Union[Unset, int] = UNSET
    user: Union[Unset, str] = UNSET
    count: Union[Unset, int] = UNSET
    total_time: Union[Unset, int] = UNSET
    average_time: Union[Unset, "Uint64NoValStruct"] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        user = self.user

        count = self.count

        total_time = self.total_time

        average_time: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.average_time, Unset):
            average_time = self.average_time.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if user is not UNSET:
            field_dict["user"] = user
        if count is not UNSET:
            field_dict["count"] = count
        if total_time is not UNSET:
            field_dict["total_time"] = total_time
        if average_time is not UNSET:
            field_dict["average_time"] = average_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.uint_64_no_val_struct import Uint64NoValStruct

        d = {k: v for k, v in src_dict.items() if v is not None}
        user_id = d.pop("user_id", UNSET)

        user = d.pop("user", UNSET)

        count = d.pop("count", UNSET)

        total_time = d.pop("total_time", UNSET)

        _average_time = d.pop("average_time", UNSET)
        average_time: Union[Unset, Uint64NoValStruct]
        if isinstance(_average_time, Unset):
            average_time = UNSET
        else:
            average_time = Uint64NoValStruct.from_dict(_average_time)

        _model = cls(
            user_id=user_id,
            user=user,
            count=count,
            total_time=total_time,
            average_time=average_time,
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
