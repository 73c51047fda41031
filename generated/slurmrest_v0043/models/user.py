from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assoc_short import AssocShort
    from ..models.coord import Coord
    from ..models.user_default import UserDefault
    from ..models.wckey import Wckey


T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """
    Attributes:
        administrator_level (Union[Unset, list[str]]): AdminLevel granted to the user
        associations (Union[Unset, list['AssocShort']]):
        coordinators (Union[Unset, list['Coord']]):
        default (Union[Unset, UserDefault]):
        flags (Union[Unset, list[str]]): Flags associated with this user
        name (Union[Unset, str]): User name
        old_name (Union[Unset, str]): Previous user name
        wckeys (Union[Unset, list['Wckey']]):
    """

    administrator_level: Union[Unset, list[str]] = UNSET
    associations: Union[Unset, list["AssocShort"]] = UNSET
    coordinators: Union[Unset, list["Coord"]] = UNSET
    default: Union[Unset, "UserDefault"] = UNSET
    flags: Union[Unset, list[str]] = UNSET
    name: Union[Unset, str] = UNSET
    old_name: Union[Unset, str] = UNSET
    wckeys: Union[Unset, list["Wckey"]] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        administrator_level: Union[Unset, list[str]] = UNSET
        if not isinstance(self.administrator_level, Unset):
            administrator_level = self.administrator_level

        associations: Union[Unset, list[dict[str, Any]]] = UNSET
        if not isinstance(self.associations, Unset):
            associations = []
            for componentsschemasassoc_short_list_item_data in self.associations:
                componentsschemasassoc_short_list_item = componentsschemasassoc_short_list_item_data.to_dict()
                associations.append(componentsschemasassoc_short_list_item)

        coordinators: Union[Unset, list[dict[str, Any]]] = UNSET
        if not isinstance(self.coordinators, Unset):
            coordinators = []
            for componentsschemascoord_list_item_data in self.coordinators:
                componentsschemascoord_list_item = componentsschemascoord_list_item_data.to_dict()
                coordinators.append(componentsschemascoord_list_item)

        default: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.default, Unset):
            default = self.default.to_dict()

        flags: Union[Unset, list[str]] = UNSET
        if not isinstance(self.flags, Unset):
            flags = self.flags

        name = self.name

        old_name = self.old_name

        wckeys: Union[Unset, list[dict[str, Any]]] = UNSET
        if not isinstance(self.wckeys, Unset):
            wckeys = []
            for componentsschemaswckey_list_item_data in self.wckeys:
                componentsschemaswckey_list_item = componentsschemaswckey_list_item_data.to_dict()
                wckeys.append(componentsschemaswckey_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if administrator_level is not UNSET:
            field_dict["administrator_level"] = administrator_level
        if associations is not UNSET:
            field_dict["associations"] = associations
        if coordinators is not UNSET:
            field_dict["coordinators"] = coordinators
        if default is not UNSET:
            field_dict["default"] = default
        if flags is not UNSET:
            field_dict["flags"] = flags
        if name is not UNSET:
            field_dict["name"] = name
        if old_name is not UNSET:
            field_dict["old_name"] = old_name
        if wckeys is not UNSET:
            field_dict["wckeys"] = wckeys

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assoc_short import AssocShort
        from ..models.coord import Coord
        from ..models.user_default import UserDefault
        from ..models.wckey import Wckey

        d = {k: v for k, v in src_dict.items() if v is not None}
        administrator_level = cast(list[str], d.pop("administrator_level", UNSET))

        associations = []
        _associations = d.pop("associations", UNSET)
        for componentsschemasassoc_short_list_item_data in _associations or []:
            componentsschemasassoc_short_list_item = AssocShort.from_dict(componentsschemasassoc_short_list_item_data)

            associations.append(componentsschemasassoc_short_list_item)

        coordinators = []
        _coordinators = d.pop("coordinators", UNSET)
        for componentsschemascoord_list_item_data in _coordinators or []:
            componentsschemascoord_list_item = Coord.from_dict(componentsschemascoord_list_item_data)

            coordinators.append(componentsschemascoord_list_item)

        _default = d.pop("default", UNSET)
        default: Union[Unset, UserDefault]
        if isinstance(_default, Unset):
            default = UNSET
        else:
            default = UserDefault.from_dict(_default)

        flags = cast(list[str], d.pop("flags", UNSET))

        name = d.pop("name", UNSET)

        old_name = d.pop("old_name", UNSET)

        wckeys = []
        _wckeys = d.pop("wckeys", UNSET)
        for componentsschemaswckey_list_item_data in _wckeys or []:
            componentsschemaswckey_list_item = Wckey.from_dict(componentsschemaswckey_list_item_data)

            wckeys.append(componentsschemaswckey_list_item)

        _model = cls(
            administrator_level=administrator_level,
            associations=associations,
            coordinators=coordinators,
            default=default,
            flags=flags,
            name=name,
            old_name=old_name,
            wckeys=wckeys,
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
