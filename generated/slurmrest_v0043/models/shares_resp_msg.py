from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assoc_shares_obj_wrap import AssocSharesObjWrap


T = TypeVar("T", bound="SharesRespMsg")


@_attrs_define
class SharesRespMsg:
    """
    Attributes:
        shares (Union[Unset, list['AssocSharesObjWrap']]):
        total_shares (Union[Unset, int]): Total number of shares
    """

    shares: Union[Unset, list["AssocSharesObjWrap"]] = UNSET
    total_shares: Union[Unset, int] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        shares: Union[Unset, list[dict[str, Any]]] = UNSET
        if not isinstance(self.shares, Unset):
            shares = []
            for componentsschemasassoc_shares_obj_list_item_data in self.shares:
                componentsschemasassoc_shares_obj_list_item = componentsschemasassoc_shares_obj_list_item_data.to_dict()
                shares.append(componentsschemasassoc_shares_obj_list_item)

        total_shares = self.total_shares

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if shares is not UNSET:
            field_dict["shares"] = shares
        if total_shares is not UNSET:
            field_dict["total_shares"] = total_shares

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assoc_shares_obj_wrap import AssocSharesObjWrap

        d = {k: v for k, v in src_dict.items() if v is not None}
        shares = []
        _shares = d.pop("shares", UNSET)
        for componentsschemasassoc_shares_obj_list_item_data in _shares or []:
            componentsschemasassoc_shares_obj_list_item = AssocSharesObjWrap.from_dict(
                componentsschemasassoc_shares_obj_list_item_data
            )

            shares.append(componentsschemasassoc_shares_obj_list_item)

        total_shares = d.pop("total_shares", UNSET)

        _model = cls(
            shares=shares,
            total_shares=total_shares,
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
