from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.db_association_max_jobs import DbAssociationMaxJobs
    from ..models.db_association_max_per import DbAssociationMaxPer
    from ..models.db_association_max_tres import DbAssociationMaxTres


T = TypeVar("T", bound="DbAssociationMax")


@_attrs_define
class DbAssociationMax:
    """Max settings

    Attributes:
        jobs (Union[Unset, DbAssociationMaxJobs]): Max jobs settings
        per (Union[Unset, DbAssociationMaxPer]): Max per settings
        tres (Union[Unset, DbAssociationMaxTres]): Max TRES settings
    """

    jobs: Union[Unset, "DbAssociationMaxJobs"] = UNSET
    per: Union[Unset, "DbAssociationMaxPer"] = UNSET
    tres: Union[Unset, "DbAssociationMaxTres"] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        jobs: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.jobs, Unset):
            jobs = self.jobs.to_dict()

        per: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.per, Unset):
            per = self.per.to_dict()

        tres: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.tres, Unset):
            tres = self.tres.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if jobs is not UNSET:
            field_dict["jobs"] = jobs
        if per is not UNSET:
            field_dict["per"] = per
        if tres is not UNSET:
            field_dict["tres"] = tres

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.db_association_max_jobs import DbAssociationMaxJobs
        from ..models.db_association_max_per import DbAssociationMaxPer
        from ..models.db_association_max_tres import DbAssociationMaxTres

        d = {k: v for k, v in src_dict.items() if v is not None}
        _jobs = d.pop("jobs", UNSET)
        jobs: Union[Unset, DbAssociationMaxJobs]
        if isinstance(_jobs, Unset):
            jobs = UNSET
        else:
            jobs = DbAssociationMaxJobs.from_dict(_jobs)

        _per = d.pop("per", UNSET)
        per: Union[Unset, DbAssociationMaxPer]
        if isinstance(_per, Unset):
            per = UNSET
        else:
            per = DbAssociationMaxPer.from_dict(_per)

        _tres = d.pop("tres", UNSET)
        tres: Union[Unset, DbAssociationMaxTres]
        if isinstance(_tres, Unset):
            tres = UNSET
        else:
            tres = DbAssociationMaxTres.from_dict(_tres)

        _model = cls(
            jobs=jobs,
            per=per,
            tres=tres,
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
