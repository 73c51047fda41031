from collections.abc import Mapping
from typing import Any, TypeVar, Union

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="License")


@_attrs_define
class License:
    """
    Attributes:
        license_name (Union[Unset, str]): name of license
        total (Union[Unset, int]): total number of licenses
        used (Union[Unset, int]): number of licenses in use
        free (Union[Unset, int]): number of licenses available
        reserved (Union[Unset, int]): number of licenses reserved
        remote (Union[Unset, bool]): license is remote
    """

    license_name: Union[Unset, str] = UNSET
    total: Union[Unset, int] = UNSET
    used: Union[Unset, int] = UNSET
    free: Union[Unset, int] = UNSET
    reserved: Union[Unset, int] = UNSET
    remote: Union[Unset, bool] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        license_name = self.license_name

        total = self.total

        used = self.used

        free = self.free

        reserved = self.reserved

        remote = self.remote

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if license_name is not UNSET:
            field_dict["LicenseName"] = license_name
        if total is not UNSET:
            field_dict["Total"] = total
        if used is not UNSET:
            field_dict["Used"] = used
        if free is not UNSET:
            field_dict["Free"] = free
        if reserved is not UNSET:
            field_dict["Reserved"] = reserved
        if remote is not UNSET:
            field_dict["Remote"] = remote

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {k: v for k, v in src_dict.items() if v is not None}
        license_name = d.pop("LicenseName", UNSET)

        total = d.pop("Total", UNSET)

        used = d.pop("Used", UNSET)

        free = d.pop("Free", UNSET)

        reserved = d.pop("Reserved", UNSET)

        remote = d.pop("Remote", UNSET)

        _model = cls(
            license_name=license_name,
            total=total,
            used=used,
            free=free,
            reserved=reserved,
            remote=remote,
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
