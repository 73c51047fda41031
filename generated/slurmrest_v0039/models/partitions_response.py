from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error import Error
    from ..models.meta import Meta
    from ..models.partition_info import PartitionInfo
    from ..models.warning import Warning_


T = TypeVar("T", bound="PartitionsResponse")


@_attrs_define
class PartitionsResponse:
    """
    Attributes:
        meta (Union[Unset, Meta]):
        errors (Union[Unset, list['Error']]): Slurm errors
        warnings (Union[Unset, list['Warning_']]): Slurm warnings
        partitions (Union[Unset, list['PartitionInfo']]):
    """

    meta: Union[Unset, "Meta"] = UNSET
    errors: Union[Unset, list["Error"]] = UNSET
    warnings: Union[Unset, list["Warning_"]] = UNSET
    partitions: Union[Unset, list["PartitionInfo"]] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meta: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        errors: Union[Unset, list[dict[str, Any]]] = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for componentsschemaserrors_item_data in self.errors:
                componentsschemaserrors_item = componentsschemaserrors_item_data.to_dict()
                errors.append(componentsschemaserrors_item)

        warnings: Union[Unset, list[dict[str, Any]]] = UNSET
        if not isinstance(self.warnings, Unset):
            warnings = []
            for componentsschemaswarnings_item_data in self.warnings:
                componentsschemaswarnings_item = componentsschemaswarnings_item_data.to_dict()
                warnings.append(componentsschemaswarnings_item)

        partitions: Union[Unset, list[dict[str, Any]]] = UNSET
        if not isinstance(self.partitions, Unset):
            partitions = []
            for componentsschemaspartition_info_array_item_data in self.partitions:
                componentsschemaspartition_info_array_item = componentsschemaspartition_info_array_item_data.to_dict()
                partitions.append(componentsschemaspartition_info_array_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if meta is not UNSET:
            field_dict["meta"] = meta
        if errors is not UNSET:
            field_dict["errors"] = errors
        if warnings is not UNSET:
            field_dict["warnings"] = warnings
        if partitions is not UNSET:
            field_dict["partitions"] = partitions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error import Error
        from ..models.meta import Meta
        from ..models.partition_info import PartitionInfo
        from ..models.warning import Warning_

        d = {k: v for k, v in src_dict.items() if v is not None}
        _meta = d.pop("meta", UNSET)
        meta: Union[Unset, Meta]
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = Meta.from_dict(_meta)

        errors = []
        _errors = d.pop("errors", UNSET)
        for componentsschemaserrors_item_data in _errors or []:
            componentsschemaserrors_item = Error.from_dict(componentsschemaserrors_item_data)

            errors.append(componentsschemaserrors_item)

        warnings = []
        _warnings = d.pop("warnings", UNSET)
        for componentsschemaswarnings_item_data in _warnings or []:
            componentsschemaswarnings_item = Warning_.from_dict(componentsschemaswarnings_item_data)

            warnings.append(componentsschemaswarnings_item)

        partitions = []
        _partitions = d.pop("partitions", UNSET)
        for componentsschemaspartition_info_array_item_data in _partitions or []:
            componentsschemaspartition_info_array_item = PartitionInfo.from_dict(
                componentsschemaspartition_info_array_item_data
            )

            partitions.append(componentsschemaspartition_info_array_item)

        _model = cls(
            meta=meta,
            errors=errors,
            warnings=warnings,
            partitions=partitions,
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
