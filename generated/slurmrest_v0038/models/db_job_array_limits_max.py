from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.db_job_array_limits_max_running import DbJobArrayLimitsMaxRunning


T = TypeVar("T", bound="DbJobArrayLimitsMax")


@_attrs_define
class DbJobArrayLimitsMax:
    """Limits on array settings

    Attributes:
        running (Union[Unset, DbJobArrayLimitsMaxRunning]): Limits on array settings
    """

    running: Union[Unset, "DbJobArrayLimitsMaxRunning"] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        running: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.running, Unset):
            running = self.running.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if running is not UNSET:
            field_dict["running"] = running

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.db_job_array_limits_max_running import DbJobArrayLimitsMaxRunning

        d = {k: v for k, v in src_dict.items() if v is not None}
        _running = d.pop("running", UNSET)
        running: Union[Unset, DbJobArrayLimitsMaxRunning]
        if isinstance(_running, Unset):
            running = UNSET
        else:
            running = DbJobArrayLimitsMaxRunning.from_dict(_running)

        _model = cls(
            running=running,
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
