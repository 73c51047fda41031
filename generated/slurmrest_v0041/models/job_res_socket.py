from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_res_core import JobResCore


T = TypeVar("T", bound="JobResSocket")


@_attrs_define
class JobResSocket:
    """
    Attributes:
        index (Union[Unset, int]): Core index
        cores (Union[Unset, list['JobResCore']]):
    """

    index: Union[Unset, int] = UNSET
    cores: Union[Unset, list["JobResCore"]] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        cores: Union[Unset, list[dict[str, Any]]] = UNSET
        if not isinstance(self.cores, Unset):
            cores = []
            for componentsschemasjob_res_core_array_item_data in self.cores:
                componentsschemasjob_res_core_array_item = componentsschemasjob_res_core_array_item_data.to_dict()
                cores.append(componentsschemasjob_res_core_array_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if index is not UNSET:
            field_dict["index"] = index
        if cores is not UNSET:
            field_dict["cores"] = cores

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_res_core import JobResCore

        d = {k: v for k, v in src_dict.items() if v is not None}
        index = d.pop("index", UNSET)

        cores = []
        _cores = d.pop("cores", UNSET)
        for componentsschemasjob_res_core_array_item_data in _cores or []:
            componentsschemasjob_res_core_array_item = JobResCore.from_dict(
                componentsschemasjob_res_core_array_item_data
            )

            cores.append(componentsschemasjob_res_core_array_item)

        _model = cls(
            index=index,
            cores=cores,
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
