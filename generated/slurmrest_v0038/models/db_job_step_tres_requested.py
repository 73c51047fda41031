from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.db_tres_list_item import DbTresListItem


T = TypeVar("T", bound="DbJobStepTresRequested")


@_attrs_define
class DbJobStepTresRequested:
    """TRES requested for job

    Attributes:
        average (Union[Unset, list['DbTresListItem']]): TRES list of attributes
        max_ (Union[Unset, list['DbTresListItem']]): TRES list of attributes
        min_ (Union[Unset, list['DbTresListItem']]): TRES list of attributes
        total (Union[Unset, list['DbTresListItem']]): TRES list of attributes
    """

    average: Union[Unset, list["DbTresListItem"]] = UNSET
    max_: Union[Unset, list["DbTresListItem"]] = UNSET
    min_: Union[Unset, list["DbTresListItem"]] = UNSET
    total: Union[Unset, list["DbTresListItem"]] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        average: Union[Unset, list[dict[str, Any]]] = UNSET
        if not isinstance(self.average, Unset):
            average = []
            for componentsschemasdb_tres_list_item_data in self.average:
                componentsschemasdb_tres_list_item = componentsschemasdb_tres_list_item_data.to_dict()
                average.append(componentsschemasdb_tres_list_item)

        max_: Union[Unset, list[dict[str, Any]]] = UNSET
        if not isinstance(self.max_, Unset):
            max_ = []
            for componentsschemasdb_tres_list_item_data in self.max_:
                componentsschemasdb_tres_list_item = componentsschemasdb_tres_list_item_data.to_dict()
                max_.append(componentsschemasdb_tres_list_item)

        min_: Union[Unset, list[dict[str, Any]]] = UNSET
        if not isinstance(self.min_, Unset):
            min_ = []
            for componentsschemasdb_tres_list_item_data in self.min_:
                componentsschemasdb_tres_list_item = componentsschemasdb_tres_list_item_data.to_dict()
                min_.append(componentsschemasdb_tres_list_item)

        total: Union[Unset, list[dict[str, Any]]] = UNSET
        if not isinstance(self.total, Unset):
            total = []
            for componentsschemasdb_tres_list_item_data in self.total:
                componentsschemasdb_tres_list_item = componentsschemasdb_tres_list_item_data.to_dict()
                total.append(componentsschemasdb_tres_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if average is not UNSET:
            field_dict["average"] = average
        if max_ is not UNSET:
            field_dict["max"] = max_
        if min_ is not UNSET:
            field_dict["min"] = min_
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.db_tres_list_item import DbTresListItem

        d = {k: v for k, v in src_dict.items() if v is not None}
        average = []
        _average = d.pop("average", UNSET)
        for componentsschemasdb_tres_list_item_data in _average or []:
            componentsschemasdb_tres_list_item = DbTresListItem.from_dict(componentsschemasdb_tres_list_item_data)

            average.append(componentsschemasdb_tres_list_item)

        max_ = []
        _max_ = d.pop("max", UNSET)
        for componentsschemasdb_tres_list_item_data in _max_ or []:
            componentsschemasdb_tres_list_item = DbTresListItem.from_dict(componentsschemasdb_tres_list_item_data)

            max_.append(componentsschemasdb_tres_list_item)

        min_ = []
        _min_ = d.pop("min", UNSET)
        for componentsschemasdb_tres_list_item_data in _min_ or []:
            componentsschemasdb_tres_list_item = DbTresListItem.from_dict(componentsschemasdb_tres_list_item_data)

            min_.append(componentsschemasdb_tres_list_item)

        total = []
        _total = d.pop("total", UNSET)
        for componentsschemasdb_tres_list_item_data in _total or []:
            componentsschemasdb_tres_list_item = DbTresListItem.from_dict(componentsschemasdb_tres_list_item_data)

            total.append(componentsschemasdb_tres_list_item)

        _model = cls(
            average=average,
            max_=max_,
            min_=min_,
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
