from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.db_job_step_time_system import DbJobStepTimeSystem
    from ..models.db_job_step_time_total import DbJobStepTimeTotal
    from ..models.db_job_step_time_user import DbJobStepTimeUser


T = TypeVar("T", bound="DbJobStepTime")


@_attrs_define
class DbJobStepTime:
    """Time properties

    Attributes:
        elapsed (Union[Unset, int]): Total time elapsed
        end (Union[Unset, int]): Timestamp of when job ended
        start (Union[Unset, int]): Timestamp of when job started
        suspended (Union[Unset, int]): Timestamp of when job last suspended
        system (Union[Unset, DbJobStepTimeSystem]): System time values
        total (Union[Unset, DbJobStepTimeTotal]): System time values
        user (Union[Unset, DbJobStepTimeUser]): User land time values
    """

    elapsed: Union[Unset, int] = UNSET
    end: Union[Unset, int] = UNSET
    start: Union[Unset, int] = UNSET
    suspended: Union[Unset, int] = UNSET
    system: Union[Unset, "DbJobStepTimeSystem"] = UNSET
    total: Union[Unset, "DbJobStepTimeTotal"] = UNSET
    user: Union[Unset, "DbJobStepTimeUser"] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        elapsed = self.elapsed

        end = self.end

        start = self.start

        suspended = self.suspended

        system: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.system, Unset):
            system = self.system.to_dict()

        total: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.total, Unset):
            total = self.total.to_dict()

        user: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if elapsed is not UNSET:
            field_dict["elapsed"] = elapsed
        if end is not UNSET:
            field_dict["end"] = end
        if start is not UNSET:
            field_dict["start"] = start
        if suspended is not UNSET:
            field_dict["suspended"] = suspended
        if system is not UNSET:
            field_dict["system"] = system
        if total is not UNSET:
            field_dict["total"] = total
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.db_job_step_time_system import DbJobStepTimeSystem
        from ..models.db_job_step_time_total import DbJobStepTimeTotal
        from ..models.db_job_step_time_user import DbJobStepTimeUser

        d = {k: v for k, v in src_dict.items() if v is not None}
        elapsed = d.pop("elapsed", UNSET)

        end = d.pop("end", UNSET)

        start = d.pop("start", UNSET)

        suspended = d.pop("suspended", UNSET)

        _system = d.pop("system", UNSET)
        system: Union[Unset, DbJobStepTimeSystem]
        if isinstance(_system, Unset):
            system = UNSET
        else:
            system = DbJobStepTimeSystem.from_dict(_system)

        _total = d.pop("total", UNSET)
        total: Union[Unset, DbJobStepTimeTotal]
        if isinstance(_total, Unset):
            total = UNSET
        else:
            total = DbJobStepTimeTotal.from_dict(_total)

        _user = d.pop("user", UNSET)
        user: Union[Unset, DbJobStepTimeUser]
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = DbJobStepTimeUser.from_dict(_user)

        _model = cls(
            elapsed=elapsed,
            end=end,
            start=start,
            suspended=suspended,
            system=system,
            total=total,
            user=user,
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
