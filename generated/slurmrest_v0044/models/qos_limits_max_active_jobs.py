from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.uint_32_no_val_struct import Uint32NoValStruct


T = TypeVar("T", bound="QosLimitsMaxActiveJobs")


@_attrs_define
class QosLimitsMaxActiveJobs:
    """
    Attributes:
        accruing (Union[Unset, Uint32NoValStruct]):
        count (Union[Unset, Uint32NoValStruct]):
    """

    accruing: Union[Unset, "Uint32NoValStruct"] = UNSET
    count: Union[Unset, "Uint32NoValStruct"] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accruing: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.accruing, Unset):
            accruing = self.accruing.to_dict()

        count: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.count, Unset):
            count = self.count.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if accruing is not UNSET:
            field_dict["accruing"] = accruing
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.uint_32_no_val_struct import Uint32NoValStruct

        d = {k: v for k, v in src_dict.items() if v is not None}
        _accruing = d.pop("accruing", UNSET)
        accruing: Union[Unset, Uint32NoValStruct]
        if isinstance(_accruing, Unset):
            accruing = UNSET
        else:
            accruing = Uint32NoValStruct.from_dict(_accruing)

        _count = d.pop("count", UNSET)
        count: Union[Unset, Uint32NoValStruct]
        if isinstance(_count, Unset):
            count = UNSET
        else:
            count = Uint32NoValStruct.from_dict(_count)

        _model = cls(
            accruing=accruing,
            count=count,
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
