from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.db_qos_limits_max_accruing import DbQosLimitsMaxAccruing
    from ..models.db_qos_limits_max_jobs import DbQosLimitsMaxJobs
    from ..models.db_qos_limits_max_tres import DbQosLimitsMaxTres
    from ..models.db_qos_limits_max_wall_clock import DbQosLimitsMaxWallClock


T = TypeVar("T", bound="DbQosLimitsMax")


@_attrs_define
class DbQosLimitsMax:
    """Limits on max settings

    Attributes:
        wall_clock (Union[Unset, DbQosLimitsMaxWallClock]): Limit on wallclock settings
        jobs (Union[Unset, DbQosLimitsMaxJobs]): Limits on jobs settings
        accruing (Union[Unset, DbQosLimitsMaxAccruing]): Limits on accruing priority
        tres (Union[Unset, DbQosLimitsMaxTres]): Limits on TRES
    """

    wall_clock: Union[Unset, "DbQosLimitsMaxWallClock"] = UNSET
    jobs: Union[Unset, "DbQosLimitsMaxJobs"] = UNSET
    accruing: Union[Unset, "DbQosLimitsMaxAccruing"] = UNSET
    tres: Union[Unset, "DbQosLimitsMaxTres"] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        wall_clock: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.wall_clock, Unset):
            wall_clock = self.wall_clock.to_dict()

        jobs: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.jobs, Unset):
            jobs = self.jobs.to_dict()

        accruing: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.accruing, Unset):
            accruing = self.accruing.to_dict()

        tres: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.tres, Unset):
            tres = self.tres.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if wall_clock is not UNSET:
            field_dict["wall_clock"] = wall_clock
        if jobs is not UNSET:
            field_dict["jobs"] = jobs
        if accruing is not UNSET:
            field_dict["accruing"] = accruing
        if tres is not UNSET:
            field_dict["tres"] = tres

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.db_qos_limits_max_accruing import DbQosLimitsMaxAccruing
        from ..models.db_qos_limits_max_jobs import DbQosLimitsMaxJobs
        from ..models.db_qos_limits_max_tres import DbQosLimitsMaxTres
        from ..models.db_qos_limits_max_wall_clock import DbQosLimitsMaxWallClock

        d = {k: v for k, v in src_dict.items() if v is not None}
        _wall_clock = d.pop("wall_clock", UNSET)
        wall_clock: Union[Unset, DbQosLimitsMaxWallClock]
        if isinstance(_wall_clock, Unset):
            wall_clock = UNSET
        else:
            wall_clock = DbQosLimitsMaxWallClock.from_dict(_wall_clock)

        _jobs = d.pop("jobs", UNSET)
        jobs: Union[Unset, DbQosLimitsMaxJobs]
        if isinstance(_jobs, Unset):
            jobs = UNSET
        else:
            jobs = DbQosLimitsMaxJobs.from_dict(_jobs)

        _accruing = d.pop("accruing", UNSET)
        accruing: Union[Unset, DbQosLimitsMaxAccruing]
        if isinstance(_accruing, Unset):
            accruing = UNSET
        else:
            accruing = DbQosLimitsMaxAccruing.from_dict(_accruing)

        _tres = d.pop("tres", UNSET)
        tres: Union[Unset, DbQosLimitsMaxTres]
        if isinstance(_tres, Unset):
            tres = UNSET
        else:
            tres = DbQosLimitsMaxTres.from_dict(_tres)

        _model = cls(
            wall_clock=wall_clock,
            jobs=jobs,
            accruing=accruing,
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
