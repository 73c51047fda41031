from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.db_qos_limits import DbQosLimits
    from ..models.db_qos_preempt import DbQosPreempt


T = TypeVar("T", bound="DbQos")


@_attrs_define
class DbQos:
    """QOS description

    Attributes:
        description (Union[Unset, str]): QOS description
        flags (Union[Unset, list[str]]): List of properties of QOS
        id (Union[Unset, str]): Database id
        limits (Union[Unset, DbQosLimits]): Assigned limits
        preempt (Union[Unset, DbQosPreempt]): Preemption settings
        priority (Union[Unset, int]): QOS priority
        usage_factor (Union[Unset, float]): Usage factor
        usage_threshold (Union[Unset, float]): Usage threshold
        name (Union[Unset, str]): Assigned name of QOS
    """

    description: Union[Unset, str] = UNSET
    flags: Union[Unset, list[str]] = UNSET
    id: Union[Unset, str] = UNSET
    limits: Union[Unset, "DbQosLimits"] = UNSET
    preempt: Union[Unset, "DbQosPreempt"] = UNSET
    priority: Union[Unset, int] = UNSET
    usage_factor: Union[Unset, float] = UNSET
    usage_threshold: Union[Unset, float] = UNSET
    name: Union[Unset, str] = UNSET
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

        preempt: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.preempt, Unset):
            preempt = self.preempt.to_dict()

        priority = self.priority

        usage_factor = self.usage_factor

        usage_threshold = self.usage_threshold

        name = self.name

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
        if preempt is not UNSET:
            field_dict["preempt"] = preempt
        if priority is not UNSET:
            field_dict["priority"] = priority
        if usage_factor is not UNSET:
            field_dict["usage_factor"] = usage_factor
        if usage_threshold is not UNSET:
            field_dict["usage_threshold"] = usage_threshold
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.db_qos_limits import DbQosLimits
        from ..models.db_qos_preempt import DbQosPreempt

        d = {k: v for k, v in src_dict.items() if v is not None}
        description = d.pop("description", UNSET)

        flags = cast(list[str], d.pop("flags", UNSET))

        id = d.pop("id", UNSET)

        _limits = d.pop("limits", UNSET)
        limits: Union[Unset, DbQosLimits]
        if isinstance(_limits, Unset):
            limits = UNSET
        else:
            limits = DbQosLimits.from_dict(_limits)

        _preempt = d.pop("preempt", UNSET)
        preempt: Union[Unset, DbQosPreempt]
        if isinstance(_preempt, Unset):
            preempt = UNSET
        else:
            preempt = DbQosPreempt.from_dict(_preempt)

        priority = d.pop("priority", UNSET)

        usage_factor = d.pop("usage_factor", UNSET)

        usage_threshold = d.pop("usage_threshold", UNSET)

        name = d.pop("name", UNSET)

        _model = cls(
            description=description,
            flags=flags,
            id=id,
            limits=limits,
            preempt=preempt,
            priority=priority,
            usage_factor=usage_factor,
            usage_threshold=usage_threshold,
            name=name,
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
