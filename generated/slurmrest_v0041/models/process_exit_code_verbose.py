from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.process_exit_code_verbose_signal import ProcessExitCodeVerboseSignal
    from ..models.uint_32_no_val_struct import Uint32NoValStruct


T = TypeVar("T", bound="ProcessExitCodeVerbose")


@_attrs_define
class ProcessExitCodeVerbose:
    """
    Attributes:
        status (Union[Unset, list[str]]):
        return_code (Union[Unset, Uint32NoValStruct]):
        signal (Union[Unset, ProcessExitCodeVerboseSignal]):
    """

    status: Union[Unset, list[str]] = UNSET
    return_code: Union[Unset, "Uint32NoValStruct"] = UNSET
    signal: Union[Unset, "ProcessExitCodeVerboseSignal"] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: Union[Unset, list[str]] = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        return_code: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.return_code, Unset):
            return_code = self.return_code.to_dict()

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
        from ..models.process_exit_code_verbose_signal import ProcessExitCodeVerboseSignal
        from ..models.uint_32_no_val_struct import Uint32NoValStruct

        d = {k: v for k, v in src_dict.items() if v is not None}
        status = cast(list[str], d.pop("status", UNSET))

        _return_code = d.pop("return_code", UNSET)
        return_code: Union[Unset, Uint32NoValStruct]
        if isinstance(_return_code, Unset):
            return_code = UNSET
        else:
            return_code = Uint32NoValStruct.from_dict(_return_code)

        _signal = d.pop("signal", UNSET)
        signal: Union[Unset, ProcessExitCodeVerboseSignal]
        if isinstance(_signal, Unset):
            signal = UNSET
        else:
            signal = ProcessExitCodeVerboseSignal.from_dict(_signal)

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
