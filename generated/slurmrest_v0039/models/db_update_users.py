from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user import User


T = TypeVar("T", bound="DbUpdateUsers")


@_attrs_define
class DbUpdateUsers:
    """
    Attributes:
        users (Union[Unset, list['User']]):
    """

    users: Union[Unset, list["User"]] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        users: Union[Unset, list[dict[str, Any]]] = UNSET
        if not isinstance(self.users, Unset):
            users = []
            for componentsschemasuser_list_item_data in self.users:
                componentsschemasuser_list_item = componentsschemasuser_list_item_data.to_dict()
                users.append(componentsschemasuser_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if users is not UNSET:
            field_dict["users"] = users

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user import User

        d = {k: v for k, v in src_dict.items() if v is not None}
        users = []
        _users = d.pop("users", UNSET)
        for componentsschemasuser_list_item_data in _users or []:
            componentsschemasuser_list_item = User.from_dict(componentsschemasuser_list_item_data)

            users.append(componentsschemasuser_list_item)

        _model = cls(
            users=users,
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
