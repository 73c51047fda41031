from collections.abc import Mapping
from typing import Any, TypeVar, Union

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ControllerPing")


@_attrs_define
class ControllerPing:
    """
    Attributes:
        hostname (Union[Unset, str]): Target for ping
        pinged (Union[Unset, str]): Ping result
        responding (Union[Unset, bool]): If ping RPC responded with pong from controller
        latency (Union[Unset, int]): Number of microseconds it took to successfully ping or timeout
        mode (Union[Unset, str]): The operating mode of the responding slurmctld
        primary (Union[Unset, bool]): Is responding slurmctld the primary controller (Is responding slurmctld the
            primary controller)
    """

    hostname: Union[Unset, str] = UNSET
    pinged: Union[Unset, str] = UNSET
    responding: Union[Unset, bool] = UNSET
    latency: Union[Unset, int] = UNSET
    mode: Union[Unset, str] = UNSET
    primary: Union[Unset, bool] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hostname = self.hostname

        pinged = self.pinged

        responding = self.responding

        latency = self.latency

        mode = self.mode

        primary = self.primary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hostname is not UNSET:
            field_dict["hostname"] = hostname
        if pinged is not UNSET:
            field_dict["pinged"] = pinged
        if responding is not UNSET:
            field_dict["responding"] = responding
        if latency is not UNSET:
            field_dict["latency"] = latency
        if mode is not UNSET:
            field_dict["mode"] = mode
        if primary is not UNSET:
            field_dict["primary"] = primary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {k: v for k, v in src_dict.items() if v is not None}
        hostname = d.pop("hostname", UNSET)

        pinged = d.pop("pinged", UNSET)

        responding = d.pop("responding", UNSET)

        latency = d.pop("latency", UNSET)

        mode = d.pop("mode", UNSET)

        primary = d.pop("primary", UNSET)

        _model = cls(
            hostname=hostname,
            pinged=pinged,
            responding=responding,
            latency=latency,
            mode=mode,
            primary=primary,
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
