from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_exit_code_signal import JobExitCodeSignal


T = TypeVar("T", bound="JobExitCode")


@_attrs_define
class JobExitCode:
    """job exit details

    Attributes:
        status (Union[Unset, str]): exit status
        return_code (Union[Unset, int]): return code (numeric)
        signal (Union[Unset, JobExitCodeSignal]): Job exited due to signal
    """

    status: Union[Unset, str] = UNSET
    return_code: Union[Unset, int] = UNSET
    signal: Union[Unset, "JobExitCodeSignal"] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        return_code = self.return_code

        signal: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.signal, Unset):
            signal = self.signal.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if return_code is not UNSET:
            field_dict["return_code"] = return_code
        if signal is not UNSET:
            field_dict["signal"] = signal

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_exit_code_signal import JobExitCodeSignal

        d = {k: v for k, v in src_dict.items() if v is not None}
        status = d.pop("status", UNSET)

        return_code = d.pop("return_code", UNSET)

        _signal = d.pop("signal", UNSET)
        signal: Union[Unset, JobExitCodeSignal]
        if isinstance(_signal, Unset):
            signal = UNSET
        else:
            signal = JobExitCodeSignal.from_dict(_signal)

        _model = cls(
            status=status,
            return_code=return_code,
            signal=signal,
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
