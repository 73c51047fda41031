from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.db_tres_list_item import DbTresListItem


T = TypeVar("T", bound="DbAccounting")


@_attrs_define
class DbAccounting:
    """
    Attributes:
        allocated (Union[Unset, int]): total seconds allocated
        id (Union[Unset, int]): association/wckey ID
        start (Union[Unset, int]): UNIX timestamp when accounting period started
        tres (Union[Unset, list['DbTresListItem']]): TRES list of attributes
    """

    allocated: Union[Unset, int] = UNSET
    id: Union[Unset, int] = UNSET
    start: Union[Unset, int] = UNSET
    tres: Union[Unset, list["DbTresListItem"]] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allocated = self.allocated

        id = self.id

        start = self.start

        tres: Union[Unset, list[dict[str, Any]]] = UNSET
        if not isinstance(self.tres, Unset):
            tres = []
            for componentsschemasdb_tres_list_item_data in self.tres:
                componentsschemasdb_tres_list_item = componentsschemasdb_tres_list_item_data.to_dict()
                tres.append(componentsschemasdb_tres_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allocated is not UNSET:
            field_dict["allocated"] = allocated
        if id is not UNSET:
            field_dict["id"] = id
        if start is not UNSET:
            field_dict["start"] = start
        if tres is not UNSET:
            field_dict["TRES"] = tres

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.db_tres_list_item import DbTresListItem

        d = {k: v for k, v in src_dict.items() if v is not None}
        allocated = d.pop("allocated", UNSET)

        id = d.pop("id", UNSET)

        start = d.pop("start", UNSET)

        tres = []
        _tres = d.pop("TRES", UNSET)
        for componentsschemasdb_tres_list_item_data in _tres or []:
            componentsschemasdb_tres_list_item = DbTresListItem.from_dict(componentsschemasdb_tres_list_item_data)

            tres.append(componentsschemasdb_tres_list_item)

        _model = cls(
            allocated=allocated,
            id=id,
            start=start,
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
