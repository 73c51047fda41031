from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.float_64_no_val import Float64NoVal
    from ..models.qos_limits import QosLimits
    from ..models.qos_preempt import QosPreempt
    from ..models.uint_32_no_val import Uint32NoVal


T = TypeVar("T", bound="Qos")


@_attrs_define
class Qos:
    """
    Attributes:
        description (Union[Unset, str]):
        flags (Union[Unset, list[str]]):
        id (Union[Unset, int]):
        limits (Union[Unset, QosLimits]):
        name (Union[Unset, str]):
        preempt (Union[Unset, QosPreempt]):
        priority (Union[Unset, Uint32NoVal]): Integer number with flags
        usage_factor (Union[Unset, Float64NoVal]): 64 bit floating point number with flags
        usage_threshold (Union[Unset, Float64NoVal]): 64 bit floating point number with flags
    """

    description: Union[Unset, str] = UNSET
    flags: Union[Unset, list[str]] = UNSET
    id: Union[Unset, int] = UNSET
    limits: Union[Unset, "QosLimits"] = UNSET
    name: Union[Unset, str] = UNSET
    preempt: Union[Unset, "QosPreempt"] = UNSET
    priority: Union[Unset, "Uint32NoVal"] = UNSET
    usage_factor: Union[Unset, "Float64NoVal"] = UNSET
    usage_threshold: Union[Unset, "Float64NoVal"] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        flags: Union[Unset, list[str]] = UNSET
        if not isinstance(self.flags, Unset):
            flags = self.flags

        id = self.id

        limits: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.limits, Unset):
            limits = self.limits.to_dict()

        name = self.name

        preempt: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.preempt, Unset):
            preempt = self.preempt.to_dict()

        priority: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.priority, Unset):
            priority = self.priority.to_dict()

        usage_factor: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.usage_factor, Unset):
            usage_factor = self.usage_factor.to_dict()

        usage_threshold: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.usage_threshold, Unset):
            usage_threshold = self.usage_threshold.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if flags is not UNSET:
            field_dict["flags"] = flags
        if id is not UNSET:
            field_dict["id"] = id
        if limits is not UNSET:
            field_dict["limits"] = limits
        if name is not UNSET:
            field_dict["name"] = name
        if preempt is not UNSET:
            field_dict["preempt"] = preempt
        if priority is not UNSET:
            field_dict["priority"] = priority
        if usage_factor is not UNSET:
            field_dict["usage_factor"] = usage_factor
        if usage_threshold is not UNSET:
            field_dict["usage_threshold"] = usage_threshold

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.float_64_no_val import Float64NoVal
        from ..models.qos_limits import QosLimits
        from ..models.qos_preempt import QosPreempt
        from ..models.uint_32_no_val import Uint32NoVal

        d = {k: v for k, v in src_dict.items() if v is not None}
        description = d.pop("description", UNSET)

        flags = cast(list[str], d.pop("flags", UNSET))

        id = d.pop("id", UNSET)

        _limits = d.pop("limits", UNSET)
        limits: Union[Unset, QosLimits]
        if isinstance(_limits, Unset):
            limits = UNSET
        else:
            limits = QosLimits.from_dict(_limits)

        name = d.pop("name", UNSET)

        _preempt = d.pop("preempt", UNSET)
        preempt: Union[Unset, QosPreempt]
        if isinstance(_preempt, Unset):
            preempt = UNSET
        else:
            preempt = QosPreempt.from_dict(_preempt)

        _priority = d.pop("priority", UNSET)
        priority: Union[Unset, Uint32NoVal]
        if isinstance(_priority, Unset):
            priority = UNSET
        else:
            priority = Uint32NoVal.from_dict(_priority)

        _usage_factor = d.pop("usage_factor", UNSET)
        usage_factor: Union[Unset, Float64NoVal]
        if isinstance(_usage_factor, Unset):
            usage_factor = UNSET
        else:
            usage_factor = Float64NoVal.from_dict(_usage_factor)

        _usage_threshold = d.pop("usage_threshold", UNSET)
        usage_threshold: Union[Unset, Float64NoVal]
        if isinstance(_usage_threshold, Unset):
            usage_threshold = UNSET
        else:
            usage_threshold = Float64NoVal.from_dict(_usage_threshold)

        _model = cls(
            description=description,
            flags=flags,
            id=id,
            limits=limits,
            name=name,
            preempt=preempt,
            priority=priority,
            usage_factor=usage_factor,
            usage_threshold=usage_threshold,
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
