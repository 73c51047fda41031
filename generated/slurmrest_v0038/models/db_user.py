from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.db_association_short_info import DbAssociationShortInfo
    from ..models.db_coordinator_info import DbCoordinatorInfo
    from ..models.db_user_default import DbUserDefault


T = TypeVar("T", bound="DbUser")


@_attrs_define
class DbUser:
    """User description

    Attributes:
        administrator_level (Union[Unset, str]): Description of administrator level
        associations (Union[Unset, list['DbAssociationShortInfo']]): Assigned associations
        coordinators (Union[Unset, list['DbCoordinatorInfo']]): List of assigned coordinators
        default (Union[Unset, DbUserDefault]): Default settings
        flags (Union[Unset, list[str]]): List of properties of user
        name (Union[Unset, str]): User name
    """

    administrator_level: Union[Unset, str] = UNSET
    associations: Union[Unset, list["DbAssociationShortInfo"]] = UNSET
    coordinators: Union[Unset, list["DbCoordinatorInfo"]] = UNSET
    default: Union[Unset, "DbUserDefault"] = UNSET
    flags: Union[Unset, list[str]] = UNSET
    name: Union[Unset, str] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        administrator_level = self.administrator_level

        associations: Union[Unset, list[dict[str, Any]]] = UNSET
        if not isinstance(self.associations, Unset):
            associations = []
            for associations_item_data in self.associations:
                associations_item = associations_item_data.to_dict()
                associations.append(associations_item)

        coordinators: Union[Unset, list[dict[str, Any]]] = UNSET
        if not isinstance(self.coordinators, Unset):
            coordinators = []
            for coordinators_item_data in self.coordinators:
                coordinators_item = coordinators_item_data.to_dict()
                coordinators.append(coordinators_item)

        default: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.default, Unset):
            default = self.default.to_dict()

        flags: Union[Unset, list[str]] = UNSET
        if not isinstance(self.flags, Unset):
            flags = self.flags

        name = self.name

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.db_association_short_info import DbAssociationShortInfo
        from ..models.db_coordinator_info import DbCoordinatorInfo
        from ..models.db_user_default import DbUserDefault

        d = {k: v for k, v in src_dict.items() if v is not None}
        administrator_level = d.pop("administrator_level", UNSET)

        associations = []
        _associations = d.pop("associations", UNSET)
        for associations_item_data in _associations or []:
            associations_item = DbAssociationShortInfo.from_dict(associations_item_data)

            associations.append(associations_item)

        coordinators = []
        _coordinators = d.pop("coordinators", UNSET)
        for coordinators_item_data in _coordinators or []:
            coordinators_item = DbCoordinatorInfo.from_dict(coordinators_item_data)

            coordinators.append(coordinators_item)

        _default = d.pop("default", UNSET)
        default: Union[Unset, DbUserDefault]
        if isinstance(_default, Unset):
            default = UNSET
        else:
            default = DbUserDefault.from_dict(_default)

        flags = cast(list[str], d.pop("flags", UNSET))

        name = d.pop("name", UNSET)

        _model = cls(
            administrator_level=administrator_level,
            associations=associations,
            coordinators=coordinators,
            default=default,
            flags=flags,
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
