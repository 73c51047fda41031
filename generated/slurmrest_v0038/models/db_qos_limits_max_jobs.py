from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.db_qos_limits_max_jobs_active_jobs import DbQosLimitsMaxJobsActiveJobs


T = TypeVar("T", bound="DbQosLimitsMaxJobs")


@_attrs_define
class DbQosLimitsMaxJobs:
    """Limits on jobs settings

    Attributes:
        active_jobs (Union[Unset, DbQosLimitsMaxJobsActiveJobs]): Limits on active jobs settings
    """

    active_jobs: Union[Unset, "DbQosLimitsMaxJobsActiveJobs"] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active_jobs: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.active_jobs, Unset):
            active_jobs = self.active_jobs.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active_jobs is not UNSET:
            field_dict["active_jobs"] = active_jobs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.db_qos_limits_max_jobs_active_jobs import DbQosLimitsMaxJobsActiveJobs

        d = {k: v for k, v in src_dict.items() if v is not None}
        _active_jobs = d.pop("active_jobs", UNSET)
        active_jobs: Union[Unset, DbQosLimitsMaxJobsActiveJobs]
        if isinstance(_active_jobs, Unset):
            active_jobs = UNSET
        else:
            active_jobs = DbQosLimitsMaxJobsActiveJobs.from_dict(_active_jobs)

        _model = cls(
            active_jobs=active_jobs,
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
