from collections.abc import Mapping
from typing import Any, TypeVar, Union

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SlurmdbPurgeUnits")


@_attrs_define
class SlurmdbPurgeUnits:
    """
    Attributes:
        set_ (Union[Unset, bool]): whether purge has been set
        hours (Union[Unset, int]): hours
        days (Union[Unset, int]): days
        months (Union[Unset, int]): months
        archive (Union[Unset, bool]): whether to archive purged records
    """

    set_: Union[Unset, bool] = UNSET
    hours: Union[Unset, int] = UNSET
    days: Union[Unset, int] = UNSET
    months: Union[Unset, int] = UNSET
    archive: Union[Unset, bool] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        set_ = self.set_

        hours = self.hours

        days = self.days

        months = self.months

        archive = self.archive

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if set_ is not UNSET:
            field_dict["set"] = set_
        if hours is not UNSET:
            field_dict["hours"] = hours
        if days is not UNSET:
            field_dict["days"] = days
        if months is not UNSET:
            field_dict["months"] = months
        if archive is not UNSET:
            field_dict["archive"] = archive

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {k: v for k, v in src_dict.items() if v is not None}
        set_ = d.pop("set", UNSET)

        hours = d.pop("hours", UNSET)

        days = d.pop("days", UNSET)

        months = d.pop("months", UNSET)

        archive = d.pop("archive", UNSET)

        _model = cls(
            set_=set_,
            hours=hours,
            days=days,
            months=months,
            archive=archive,
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
