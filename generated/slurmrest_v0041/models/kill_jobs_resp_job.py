from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kill_jobs_resp_job_error import KillJobsRespJobError
    from ..models.kill_jobs_resp_job_federation import KillJobsRespJobFederation
    from ..models.uint_32_no_val_struct import Uint32NoValStruct


T = TypeVar("T", bound="KillJobsRespJob")


@_attrs_define
class KillJobsRespJob:
    """
    Attributes:
        error (Union[Unset, KillJobsRespJobError]):
        step_id (Union[Unset, str]): Job or Step ID that signaling failed
        job_id (Union[Unset, Uint32NoValStruct]):
        federation (Union[Unset, KillJobsRespJobFederation]):
    """

    error: Union[Unset, "KillJobsRespJobError"] = UNSET
    step_id: Union[Unset, str] = UNSET
    job_id: Union[Unset, "Uint32NoValStruct"] = UNSET
    federation: Union[Unset, "KillJobsRespJobFederation"] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        step_id = self.step_id

        job_id: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.job_id, Unset):
            job_id = self.job_id.to_dict()

        federation: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.federation, Unset):
            federation = self.federation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error is not UNSET:
            field_dict["error"] = error
        if step_id is not UNSET:
            field_dict["step_id"] = step_id
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if federation is not UNSET:
            field_dict["federation"] = federation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.kill_jobs_resp_job_error import KillJobsRespJobError
        from ..models.kill_jobs_resp_job_federation import KillJobsRespJobFederation
        from ..models.uint_32_no_val_struct import Uint32NoValStruct

        d = {k: v for k, v in src_dict.items() if v is not None}
        _error = d.pop("error", UNSET)
        error: Union[Unset, KillJobsRespJobError]
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = KillJobsRespJobError.from_dict(_error)

        step_id = d.pop("step_id", UNSET)

        _job_id = d.pop("job_id", UNSET)
        job_id: Union[Unset, Uint32NoValStruct]
        if isinstance(_job_id, Unset):
            job_id = UNSET
        else:
            job_id = Uint32NoValStruct.from_dict(_job_id)

        _federation = d.pop("federation", UNSET)
        federation: Union[Unset, KillJobsRespJobFederation]
        if isinstance(_federation, Unset):
            federation = UNSET
        else:
            federation = KillJobsRespJobFederation.from_dict(_federation)

        _model = cls(
            error=error,
            step_id=step_id,
            job_id=job_id,
            federation=federation,
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
