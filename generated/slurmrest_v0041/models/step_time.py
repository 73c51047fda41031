from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.step_time_system import StepTimeSystem
    from ..models.step_time_total import StepTimeTotal
    from ..models.step_time_user import StepTimeUser
    from ..models.uint_64_no_val_struct import Uint64NoValStruct


T = TypeVar("T", bound="StepTime")


@_attrs_define
class StepTime:
    """
    Attributes:
        elapsed (Union[Unset, int]): Elapsed time in seconds
        end (Union[Unset, Uint64NoValStruct]):
        start (Union[Unset, Uint64NoValStruct]):
        suspended (Union[Unset, int]): Time in suspended state in seconds
        system (Union[Unset, StepTimeSystem]):
        total (Union[Unset, StepTimeTotal]):
        user (Union[Unset, StepTimeUser]):
    """

    elapsed: Union[Unset, int] = UNSET
    end: Union[Unset, "Uint64NoValStruct"] = UNSET
    start: Union[Unset, "Uint64NoValStruct"] = UNSET
    suspended: Union[Unset, int] = UNSET
    system: Union[Unset, "StepTimeSystem"] = UNSET
    total: Union[Unset, "StepTimeTotal"] = UNSET
    user: Union[Unset, "StepTimeUser"] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        elapsed = self.elapsed

        end: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.end, Unset):
            end = self.end.to_dict()

        start: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.start, Unset):
            start = self.start.to_dict()

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
        from ..models.step_time_system import StepTimeSystem
        from ..models.step_time_total import StepTimeTotal
        from ..models.step_time_user import StepTimeUser
        from ..models.uint_64_no_val_struct import Uint64NoValStruct

        d = {k: v for k, v in src_dict.items() if v is not None}
        elapsed = d.pop("elapsed", UNSET)

        _end = d.pop("end", UNSET)
        end: Union[Unset, Uint64NoValStruct]
        if isinstance(_end, Unset):
            end = UNSET
        else:
            end = Uint64NoValStruct.from_dict(_end)

        _start = d.pop("start", UNSET)
        start: Union[Unset, Uint64NoValStruct]
        if isinstance(_start, Unset):
            start = UNSET
        else:
            start = Uint64NoValStruct.from_dict(_start)

        suspended = d.pop("suspended", UNSET)

        _system = d.pop("system", UNSET)
        system: Union[Unset, StepTimeSystem]
        if isinstance(_system, Unset):
            system = UNSET
        else:
            system = StepTimeSystem.from_dict(_system)

        _total = d.pop("total", UNSET)
        total: Union[Unset, StepTimeTotal]
        if isinstance(_total, Unset):
            total = UNSET
        else:
            total = StepTimeTotal.from_dict(_total)

        _user = d.pop("user", UNSET)
        user: Union[Unset, StepTimeUser]
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = StepTimeUser.from_dict(_user)

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
