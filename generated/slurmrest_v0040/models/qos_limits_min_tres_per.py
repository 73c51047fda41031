from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tres import Tres


T = TypeVar("T", bound="QosLimitsMinTresPer")


@_attrs_define
class QosLimitsMinTresPer:
    """
    Attributes:
        job (Union[Unset, list['Tres']]):
    """

    job: Union[Unset, list["Tres"]] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job: Union[Unset, list[dict[str, Any]]] = UNSET
        if not isinstance(self.job, Unset):
            job = []
            for componentsschemastres_list_item_data in self.job:
                componentsschemastres_list_item = componentsschemastres_list_item_data.to_dict()
                job.append(componentsschemastres_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if job is not UNSET:
            field_dict["job"] = job

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tres import Tres

        d = {k: v for k, v in src_dict.items() if v is not None}
        job = []
        _job = d.pop("job", UNSET)
        for componentsschemastres_list_item_data in _job or []:
            componentsschemastres_list_item = Tres.from_dict(componentsschemastres_list_item_data)

            job.append(componentsschemastres_list_item)

        _model = cls(
            job=job,
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
