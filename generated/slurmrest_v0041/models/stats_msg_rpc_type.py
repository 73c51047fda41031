from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.uint_64_no_val_struct import Uint64NoValStruct


T = TypeVar("T", bound="StatsMsgRpcType")


@_attrs_define
class StatsMsgRpcType:
    """
    Attributes:
        type_id (Union[Unset, int]): Message type as integer
        message_type (Union[Unset, str]): Message type as string
        count (Union[Unset, int]): Number of RPCs received
        queued (Union[Unset, int]): Number of RPCs queued
        dropped (Union[Unset, int]): Number of RPCs dropped
        cycle_last (Union[Unset, int]): Number of RPCs processed within the last RPC queue cycle
        cycle_max (Union[Unset, int]): Maximum number of RPCs processed within a RPC queue cycle since start
        total_time (Union[Unset, int]): Total time spent processing RPC in seconds
        average_time (Union[Unset, Uint64NoValStruct]):
    """

    type_id: Union[Unset, int] = UNSET
    message_type: Union[Unset, str] = UNSET
    count: Union[Unset, int] = UNSET
    queued: Union[Unset, int] = UNSET
    dropped: Union[Unset, int] = UNSET
    cycle_last: Union[Unset, int] = UNSET
    cycle_max: Union[Unset, int] = UNSET
    total_time: Union[Unset, int] = UNSET
    average_time: Union[Unset, "Uint64NoValStruct"] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_id = self.type_id

        message_type = self.message_type

        count = self.count

        queued = self.queued

        dropped = self.dropped

        cycle_last = self.cycle_last

        cycle_max = self.cycle_max

        total_time = self.total_time

        average_time: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.average_time, Unset):
            average_time = self.average_time.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_id is not UNSET:
            field_dict["type_id"] = type_id
        if message_type is not UNSET:
            field_dict["message_type"] = message_type
        if count is not UNSET:
            field_dict["count"] = count
        if queued is not UNSET:
            field_dict["queued"] = queued
        if dropped is not UNSET:
            field_dict["dropped"] = dropped
        if cycle_last is not UNSET:
            field_dict["cycle_last"] = cycle_last
        if cycle_max is not UNSET:
            field_dict["cycle_max"] = cycle_max
        if total_time is not UNSET:
            field_dict["total_time"] = total_time
        if average_time is not UNSET:
            field_dict["average_time"] = average_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.uint_64_no_val_struct import Uint64NoValStruct

        d = {k: v for k, v in src_dict.items() if v is not None}
        type_id = d.pop("type_id", UNSET)

        message_type = d.pop("message_type", UNSET)

        count = d.pop("count", UNSET)

        queued = d.pop("queued", UNSET)

        dropped = d.pop("dropped", UNSET)

        cycle_last = d.pop("cycle_last", UNSET)

        cycle_max = d.pop("cycle_max", UNSET)

        total_time = d.pop("total_time", UNSET)

        _average_time = d.pop("average_time", UNSET)
        average_time: Union[Unset, Uint64NoValStruct]
        if isinstance(_average_time, Unset):
            average_time = UNSET
        else:
            average_time = Uint64NoValStruct.from_dict(_average_time)

        _model = cls(
            type_id=type_id,
            message_type=message_type,
            count=count,
            queued=queued,
            dropped=dropped,
            cycle_last=cycle_last,
            cycle_max=cycle_max,
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
