from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.uint_32_no_val_struct import Uint32NoValStruct


T = TypeVar("T", bound="QosLimitsMaxJobsActiveJobsPer")


@_attrs_define
class QosLimitsMaxJobsActiveJobsPer:
    """
    Attributes:
        account (Union[Unset, Uint32NoValStruct]):
        user (Union[Unset, Uint32NoValStruct]):
    """

    account: Union[Unset, "Uint32NoValStruct"] = UNSET
    user: Union[Unset, "Uint32NoValStruct"] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        user: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account is not UNSET:
            field_dict["account"] = account
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.uint_32_no_val_struct import Uint32NoValStruct

        d = {k: v for k, v in src_dict.items() if v is not None}
        _account = d.pop("account", UNSET)
        account: Union[Unset, Uint32NoValStruct]
        if isinstance(_account, Unset):
            account = UNSET
        else:
            account = Uint32NoValStruct.from_dict(_account)

        _user = d.pop("user", UNSET)
        user: Union[Unset, Uint32NoValStruct]
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = Uint32NoValStruct.from_dict(_user)

        _model = cls(
            account=account,
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
