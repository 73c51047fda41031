from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error import Error
    from ..models.meta import Meta
    from ..models.warning import Warning_


T = TypeVar("T", bound="JobSubmissionResponse")


@_attrs_define
class JobSubmissionResponse:
    """
    Attributes:
        meta (Union[Unset, Meta]):
        errors (Union[Unset, list['Error']]): Slurm errors
        warnings (Union[Unset, list['Warning_']]): Slurm warnings
        job_id (Union[Unset, int]): new job ID
        step_id (Union[Unset, str]): new job step ID
        job_submit_user_msg (Union[Unset, str]): Message to user from job_submit plugin
    """

    meta: Union[Unset, "Meta"] = UNSET
    errors: Union[Unset, list["Error"]] = UNSET
    warnings: Union[Unset, list["Warning_"]] = UNSET
    job_id: Union[Unset, int] = UNSET
    step_id: Union[Unset, str] = UNSET
    job_submit_user_msg: Union[Unset, str] = UNSET
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

        job_id = self.job_id

        step_id = self.step_id

        job_submit_user_msg = self.job_submit_user_msg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if meta is not UNSET:
            field_dict["meta"] = meta
        if errors is not UNSET:
            field_dict["errors"] = errors
        if warnings is not UNSET:
            field_dict["warnings"] = warnings
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if step_id is not UNSET:
            field_dict["step_id"] = step_id
        if job_submit_user_msg is not UNSET:
            field_dict["job_submit_user_msg"] = job_submit_user_msg

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error import Error
        from ..models.meta import Meta
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

        job_id = d.pop("job_id", UNSET)

        step_id = d.pop("step_id", UNSET)

        job_submit_user_msg = d.pop("job_submit_user_msg", UNSET)

        _model = cls(
            meta=meta,
            errors=errors,
            warnings=warnings,
            job_id=job_id,
            step_id=step_id,
            job_submit_user_msg=job_submit_user_msg,
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
