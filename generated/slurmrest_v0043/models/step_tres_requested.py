from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tres import Tres


T = TypeVar("T", bound="StepTresRequested")


@_attrs_define
class StepTresRequested:
    """
    Attributes:
        max_ (Union[Unset, list['Tres']]):
        min_ (Union[Unset, list['Tres']]):
        average (Union[Unset, list['Tres']]):
        total (Union[Unset, list['Tres']]):
    """

    max_: Union[Unset, list["Tres"]] = UNSET
    min_: Union[Unset, list["Tres"]] = UNSET
    average: Union[Unset, list["Tres"]] = UNSET
    total: Union[Unset, list["Tres"]] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_: Union[Unset, list[dict[str, Any]]] = UNSET
        if not isinstance(self.max_, Unset):
            max_ = []
            for componentsschemasstep_tres_req_max_item_data in self.max_:
                componentsschemasstep_tres_req_max_item = componentsschemasstep_tres_req_max_item_data.to_dict()
                max_.append(componentsschemasstep_tres_req_max_item)

        min_: Union[Unset, list[dict[str, Any]]] = UNSET
        if not isinstance(self.min_, Unset):
            min_ = []
            for componentsschemasstep_tres_req_min_item_data in self.min_:
                componentsschemasstep_tres_req_min_item = componentsschemasstep_tres_req_min_item_data.to_dict()
                min_.append(componentsschemasstep_tres_req_min_item)

        average: Union[Unset, list[dict[str, Any]]] = UNSET
        if not isinstance(self.average, Unset):
            average = []
            for componentsschemastres_list_item_data in self.average:
                componentsschemastres_list_item = componentsschemastres_list_item_data.to_dict()
                average.append(componentsschemastres_list_item)

        total: Union[Unset, list[dict[str, Any]]] = UNSET
        if not isinstance(self.total, Unset):
            total = []
            for componentsschemastres_list_item_data in self.total:
                componentsschemastres_list_item = componentsschemastres_list_item_data.to_dict()
                total.append(componentsschemastres_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if max_ is not UNSET:
            field_dict["max"] = max_
        if min_ is not UNSET:
            field_dict["min"] = min_
        if average is not UNSET:
            field_dict["average"] = average
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tres import Tres

        d = {k: v for k, v in src_dict.items() if v is not None}
        max_ = []
        _max_ = d.pop("max", UNSET)
        for componentsschemasstep_tres_req_max_item_data in _max_ or []:
            componentsschemasstep_tres_req_max_item = Tres.from_dict(componentsschemasstep_tres_req_max_item_data)

            max_.append(componentsschemasstep_tres_req_max_item)

        min_ = []
        _min_ = d.pop("min", UNSET)
        for componentsschemasstep_tres_req_min_item_data in _min_ or []:
            componentsschemasstep_tres_req_min_item = Tres.from_dict(componentsschemasstep_tres_req_min_item_data)

            min_.append(componentsschemasstep_tres_req_min_item)

        average = []
        _average = d.pop("average", UNSET)
        for componentsschemastres_list_item_data in _average or []:
            componentsschemastres_list_item = Tres.from_dict(componentsschemastres_list_item_data)

            average.append(componentsschemastres_list_item)

        total = []
        _total = d.pop("total", UNSET)
        for componentsschemastres_list_item_data in _total or []:
            componentsschemastres_list_item = Tres.from_dict(componentsschemastres_list_item_data)

            total.append(componentsschemastres_list_item)

        _model = cls(
            max_=max_,
            min_=min_,
            average=average,
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
