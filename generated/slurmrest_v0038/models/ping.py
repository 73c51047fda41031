from collections.abc import Mapping
from typing import Any, TypeVar, Union

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Ping")


@_attrs_define
class Ping:
    """
    Attributes:
        hostname (Union[Unset, str]): slurm controller hostname
        ping (Union[Unset, str]): slurm controller host up
        mode (Union[Unset, str]): slurm controller mode
        status (Union[Unset, int]): slurm controller status
    """

    hostname: Union[Unset, str] = UNSET
    ping: Union[Unset, str] = UNSET
    mode: Union[Unset, str] = UNSET
    status: Union[Unset, int] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hostname = self.hostname

        ping = self.ping

        mode = self.mode

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hostname is not UNSET:
            field_dict["hostname"] = hostname
        if ping is not UNSET:
            field_dict["ping"] = ping
        if mode is not UNSET:
            field_dict["mode"] = mode
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {k: v for k, v in src_dict.items() if v is not None}
        hostname = d.pop("hostname", UNSET)

        ping = d.pop("ping", UNSET)

        mode = d.pop("mode", UNSET)

        status = d.pop("status", UNSET)

        _model = cls(
            hostname=hostname,
            ping=ping,
            mode=mode,
            status=status,
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
