from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.reservation_desc_msg import ReservationDescMsg


T = TypeVar("T", bound="ReservationModReq")


@_attrs_define
class ReservationModReq:
    """
    Attributes:
        reservations (Union[Unset, list['ReservationDescMsg']]):
    """

    reservations: Union[Unset, list["ReservationDescMsg"]] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reservations: Union[Unset, list[dict[str, Any]]] = UNSET
        if not isinstance(self.reservations, Unset):
            reservations = []
            for componentsschemasreservation_desc_msg_list_item_data in self.reservations:
                componentsschemasreservation_desc_msg_list_item = (
                    componentsschemasreservation_desc_msg_list_item_data.to_dict()
                )
                reservations.append(componentsschemasreservation_desc_msg_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reservations is not UNSET:
            field_dict["reservations"] = reservations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.reservation_desc_msg import ReservationDescMsg

        d = {k: v for k, v in src_dict.items() if v is not None}
        reservations = []
        _reservations = d.pop("reservations", UNSET)
        for componentsschemasreservation_desc_msg_list_item_data in _reservations or []:
            componentsschemasreservation_desc_msg_list_item = ReservationDescMsg.from_dict(
                componentsschemasreservation_desc_msg_list_item_data
            )

            reservations.append(componentsschemasreservation_desc_msg_list_item)

        _model = cls(
            reservations=reservations,
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
