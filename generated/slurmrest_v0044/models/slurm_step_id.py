from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.uint_32_no_val_struct import Uint32NoValStruct


T = TypeVar("T", bound="SlurmStepId")


@_attrs_define
class SlurmStepId:
    """
    Attributes:
        sluid (Union[Unset, str]): SLUID (Slurm Lexicographically-sortable Unique ID)
        job_id (Union[Unset, Uint32NoValStruct]):
        step_het_component (Union[Unset, Uint32NoValStruct]):
        step_id (Union[Unset, str]): Job step ID
    """

    sluid: Union[Unset, str] = UNSET
    job_id: Union[Unset, "Uint32NoValStruct"] = UNSET
    step_het_component: Union[Unset, "Uint32NoValStruct"] = UNSET
    step_id: Union[Unset, str] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sluid = self.sluid

        job_id: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.job_id, Unset):
            job_id = self.job_id.to_dict()

        step_het_component: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.step_het_component, Unset):
            step_het_component = self.step_het_component.to_dict()

        step_id = self.step_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sluid is not UNSET:
            field_dict["sluid"] = sluid
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if step_het_component is not UNSET:
            field_dict["step_het_component"] = step_het_component
        if step_id is not UNSET:
            field_dict["step_id"] = step_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.uint_32_no_val_struct import Uint32NoValStruct

        d = {k: v for k, v in src_dict.items() if v is not None}
        sluid = d.pop("sluid", UNSET)

        _job_id = d.pop("job_id", UNSET)
        job_id: Union[Unset, Uint32NoValStruct]
        if isinstance(_job_id, Unset):
            job_id = UNSET
        else:
            job_id = Uint32NoValStruct.from_dict(_job_id)

        _step_het_component = d.pop("step_het_component", UNSET)
        step_het_component: Union[Unset, Uint32NoValStruct]
        if isinstance(_step_het_component, Unset):
            step_het_component = UNSET
        else:
            step_het_component = Uint32NoValStruct.from_dict(_step_het_component)

        step_id = d.pop("step_id", UNSET)

        _model = cls(
            sluid=sluid,
            job_id=job_id,
            step_het_component=step_het_component,
            step_id=step_id,
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
