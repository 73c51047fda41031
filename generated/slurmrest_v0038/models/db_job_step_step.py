from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.db_job_step_step_het import DbJobStepStepHet


T = TypeVar("T", bound="DbJobStepStep")


@_attrs_define
class DbJobStepStep:
    """Step details

    Attributes:
        job_id (Union[Unset, int]): Parent job id
        het (Union[Unset, DbJobStepStepHet]): Heterogeneous job details
        id (Union[Unset, str]): Step id
        name (Union[Unset, str]): Step name
    """

    job_id: Union[Unset, int] = UNSET
    het: Union[Unset, "DbJobStepStepHet"] = UNSET
    id: Union[Unset, str] = UNSET
    name: Union[Unset, str] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        het: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.het, Unset):
            het = self.het.to_dict()

        id = self.id

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if het is not UNSET:
            field_dict["het"] = het
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.db_job_step_step_het import DbJobStepStepHet

        d = {k: v for k, v in src_dict.items() if v is not None}
        job_id = d.pop("job_id", UNSET)

        _het = d.pop("het", UNSET)
        het: Union[Unset, DbJobStepStepHet]
        if isinstance(_het, Unset):
            het = UNSET
        else:
            het = DbJobStepStepHet.from_dict(_het)

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        _model = cls(
            job_id=job_id,
            het=het,
            id=id,
            name=name,
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
