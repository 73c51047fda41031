from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_desc_msg import JobDescMsg


T = TypeVar("T", bound="JobSubmission")


@_attrs_define
class JobSubmission:
    """
    Attributes:
        script (Union[Unset, str]): Executable script (full contents) to run in batch step for all job components
        job (Union[Unset, JobDescMsg]):
        jobs (Union[Unset, list['JobDescMsg']]):
    """

    script: Union[Unset, str] = UNSET
    job: Union[Unset, "JobDescMsg"] = UNSET
    jobs: Union[Unset, list["JobDescMsg"]] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        script = self.script

        job: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.job, Unset):
            job = self.job.to_dict()

        jobs: Union[Unset, list[dict[str, Any]]] = UNSET
        if not isinstance(self.jobs, Unset):
            jobs = []
            for componentsschemasjob_desc_msg_list_item_data in self.jobs:
                componentsschemasjob_desc_msg_list_item = componentsschemasjob_desc_msg_list_item_data.to_dict()
                jobs.append(componentsschemasjob_desc_msg_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if script is not UNSET:
            field_dict["script"] = script
        if job is not UNSET:
            field_dict["job"] = job
        if jobs is not UNSET:
            field_dict["jobs"] = jobs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_desc_msg import JobDescMsg

        d = {k: v for k, v in src_dict.items() if v is not None}
        script = d.pop("script", UNSET)

        _job = d.pop("job", UNSET)
        job: Union[Unset, JobDescMsg]
        if isinstance(_job, Unset):
            job = UNSET
        else:
            job = JobDescMsg.from_dict(_job)

        jobs = []
        _jobs = d.pop("jobs", UNSET)
        for componentsschemasjob_desc_msg_list_item_data in _jobs or []:
            componentsschemasjob_desc_msg_list_item = JobDescMsg.from_dict(componentsschemasjob_desc_msg_list_item_data)

            jobs.append(componentsschemasjob_desc_msg_list_item)

        _model = cls(
            script=script,
            job=job,
            jobs=jobs,
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
