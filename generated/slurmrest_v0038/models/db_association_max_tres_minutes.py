from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.db_association_max_tres_minutes_per import DbAssociationMaxTresMinutesPer
    from ..models.db_tres_list_item import DbTresListItem


T = TypeVar("T", bound="DbAssociationMaxTresMinutes")


@_attrs_define
class DbAssociationMaxTresMinutes:
    """Max TRES minutes settings

    Attributes:
        per (Union[Unset, DbAssociationMaxTresMinutesPer]): Max TRES minutes per settings
        total (Union[Unset, list['DbTresListItem']]): TRES list of attributes
    """

    per: Union[Unset, "DbAssociationMaxTresMinutesPer"] = UNSET
    total: Union[Unset, list["DbTresListItem"]] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        per: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.per, Unset):
            per = self.per.to_dict()

        total: Union[Unset, list[dict[str, Any]]] = UNSET
        if not isinstance(self.total, Unset):
            total = []
            for componentsschemasdb_tres_list_item_data in self.total:
                componentsschemasdb_tres_list_item = componentsschemasdb_tres_list_item_data.to_dict()
                total.append(componentsschemasdb_tres_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if per is not UNSET:
            field_dict["per"] = per
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.db_association_max_tres_minutes_per import DbAssociationMaxTresMinutesPer
        from ..models.db_tres_list_item import DbTresListItem

        d = {k: v for k, v in src_dict.items() if v is not None}
        _per = d.pop("per", UNSET)
        per: Union[Unset, DbAssociationMaxTresMinutesPer]
        if isinstance(_per, Unset):
            per = UNSET
        else:
            per = DbAssociationMaxTresMinutesPer.from_dict(_per)

        total = []
        _total = d.pop("total", UNSET)
        for componentsschemasdb_tres_list_item_data in _total or []:
            componentsschemasdb_tres_list_item = DbTresListItem.from_dict(componentsschemasdb_tres_list_item_data)

            total.append(componentsschemasdb_tres_list_item)

        _model = cls(
            per=per,
            total=total,
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
