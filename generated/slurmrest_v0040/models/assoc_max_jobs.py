from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assoc_max_jobs_per import AssocMaxJobsPer
    from ..models.uint_32_no_val import Uint32NoVal


T = TypeVar("T", bound="AssocMaxJobs")


@_attrs_define
class AssocMaxJobs:
    """
    Attributes:
        per (Union[Unset, AssocMaxJobsPer]):
        active (Union[Unset, Uint32NoVal]): Integer number with flags
        accruing (Union[Unset, Uint32NoVal]): Integer number with flags
        total (Union[Unset, Uint32NoVal]): Integer number with flags
    """

    per: Union[Unset, "AssocMaxJobsPer"] = UNSET
    active: Union[Unset, "Uint32NoVal"] = UNSET
    accruing: Union[Unset, "Uint32NoVal"] = UNSET
    total: Union[Unset, "Uint32NoVal"] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        per: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.per, Unset):
            per = self.per.to_dict()

        active: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.active, Unset):
            active = self.active.to_dict()

        accruing: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.accruing, Unset):
            accruing = self.accruing.to_dict()

        total: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.total, Unset):
            total = self.total.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if per is not UNSET:
            field_dict["per"] = per
        if active is not UNSET:
            field_dict["active"] = active
        if accruing is not UNSET:
            field_dict["accruing"] = accruing
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assoc_max_jobs_per import AssocMaxJobsPer
        from ..models.uint_32_no_val import Uint32NoVal

        d = {k: v for k, v in src_dict.items() if v is not None}
        _per = d.pop("per", UNSET)
        per: Union[Unset, AssocMaxJobsPer]
        if isinstance(_per, Unset):
            per = UNSET
        else:
            per = AssocMaxJobsPer.from_dict(_per)

        _active = d.pop("active", UNSET)
        active: Union[Unset, Uint32NoVal]
        if isinstance(_active, Unset):
            active = UNSET
        else:
            active = Uint32NoVal.from_dict(_active)

        _accruing = d.pop("accruing", UNSET)
        accruing: Union[Unset, Uint32NoVal]
        if isinstance(_accruing, Unset):
            accruing = UNSET
        else:
            accruing = Uint32NoVal.from_dict(_accruing)

        _total = d.pop("total", UNSET)
        total: Union[Unset, Uint32NoVal]
        if isinstance(_total, Unset):
            total = UNSET
        else:
            total = Uint32NoVal.from_dict(_total)

        _model = cls(
            per=per,
            active=active,
            accruing=accruing,
            total=total,
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
