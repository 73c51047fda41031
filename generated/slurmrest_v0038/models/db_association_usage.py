from collections.abc import Mapping
from typing import Any, TypeVar, Union

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DbAssociationUsage")


@_attrs_define
class DbAssociationUsage:
    """Association usage

    Attributes:
        accrue_job_count (Union[Unset, int]): Jobs accuring priority
        group_used_wallclock (Union[Unset, float]): Group used wallclock time (s)
        fairshare_factor (Union[Unset, float]): Fairshare factor
        fairshare_shares (Union[Unset, int]): Fairshare shares
        normalized_priority (Union[Unset, int]): Currently active jobs
        normalized_shares (Union[Unset, float]): Normalized shares
        effective_normalized_usage (Union[Unset, float]): Effective normalized usage
        raw_usage (Union[Unset, int]): Raw usage
        job_count (Union[Unset, int]): Total jobs submitted
        fairshare_level (Union[Unset, float]): Fairshare level
    """

    accrue_job_count: Union[Unset, int] = UNSET
    group_used_wallclock: Union[Unset, float] = UNSET
    fairshare_factor: Union[Unset, float] = UNSET
    fairshare_shares: Union[Unset, int] = UNSET
    normalized_priority: Union[Unset, int] = UNSET
    normalized_shares: Union[Unset, float] = UNSET
    effective_normalized_usage: Union[Unset, float] = UNSET
    raw_usage: Union[Unset, int] = UNSET
    job_count: Union[Unset, int] = UNSET
    fairshare_level: Union[Unset, float] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accrue_job_count = self.accrue_job_count

        group_used_wallclock = self.group_used_wallclock

        fairshare_factor = self.fairshare_factor

        fairshare_shares = self.fairshare_shares

        normalized_priority = self.normalized_priority

        normalized_shares = self.normalized_shares

        effective_normalized_usage = self.effective_normalized_usage

        raw_usage = self.raw_usage

        job_count = self.job_count

        fairshare_level = self.fairshare_level

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if accrue_job_count is not UNSET:
            field_dict["accrue_job_count"] = accrue_job_count
        if group_used_wallclock is not UNSET:
            field_dict["group_used_wallclock"] = group_used_wallclock
        if fairshare_factor is not UNSET:
            field_dict["fairshare_factor"] = fairshare_factor
        if fairshare_shares is not UNSET:
            field_dict["fairshare_shares"] = fairshare_shares
        if normalized_priority is not UNSET:
            field_dict["normalized_priority"] = normalized_priority
        if normalized_shares is not UNSET:
            field_dict["normalized_shares"] = normalized_shares
        if effective_normalized_usage is not UNSET:
            field_dict["effective_normalized_usage"] = effective_normalized_usage
        if raw_usage is not UNSET:
            field_dict["raw_usage"] = raw_usage
        if job_count is not UNSET:
            field_dict["job_count"] = job_count
        if fairshare_level is not UNSET:
            field_dict["fairshare_level"] = fairshare_level

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {k: v for k, v in src_dict.items() if v is not None}
        accrue_job_count = d.pop("accrue_job_count", UNSET)

        group_used_wallclock = d.pop("group_used_wallclock", UNSET)

        fairshare_factor = d.pop("fairshare_factor", UNSET)

        fairshare_shares = d.pop("fairshare_shares", UNSET)

        normalized_priority = d.pop("normalized_priority", UNSET)

        normalized_shares = d.pop("normalized_shares", UNSET)

        effective_normalized_usage = d.pop("effective_normalized_usage", UNSET)

        raw_usage = d.pop("raw_usage", UNSET)

        job_count = d.pop("job_count", UNSET)

        fairshare_level = d.pop("fairshare_level", UNSET)

        _model = cls(
            accrue_job_count=accrue_job_count,
            group_used_wallclock=group_used_wallclock,
            fairshare_factor=fairshare_factor,
            fairshare_shares=fairshare_shares,
            normalized_priority=normalized_priority,
            normalized_shares=normalized_shares,
            effective_normalized_usage=effective_normalized_usage,
            raw_usage=raw_usage,
            job_count=job_count,
            fairshare_level=fairshare_level,
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
