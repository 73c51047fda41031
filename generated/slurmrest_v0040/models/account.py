from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assoc_short import AssocShort
    from ..models.coord import Coord


T = TypeVar("T", bound="Account")


@_attrs_define
class Account:
    """
    Attributes:
        associations (Union[Unset, list['AssocShort']]):
        coordinators (Union[Unset, list['Coord']]):
        description (Union[Unset, str]): Arbitrary string describing the account
        name (Union[Unset, str]): Account name
        organization (Union[Unset, str]): Organization to which the account belongs
        flags (Union[Unset, list[str]]):
    """

    associations: Union[Unset, list["AssocShort"]] = UNSET
    coordinators: Union[Unset, list["Coord"]] = UNSET
    description: Union[Unset, str] = UNSET
    name: Union[Unset, str] = UNSET
    organization: Union[Unset, str] = UNSET
    flags: Union[Unset, list[str]] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        description = self.description

        name = self.name

        organization = self.organization

        flags: Union[Unset, list[str]] = UNSET
        if not isinstance(self.flags, Unset):
            flags = self.flags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if associations is not UNSET:
            field_dict["associations"] = associations
        if coordinators is not UNSET:
            field_dict["coordinators"] = coordinators
        if description is not UNSET:
            field_dict["description"] = description
        if name is not UNSET:
            field_dict["name"] = name
        if organization is not UNSET:
            field_dict["organization"] = organization
        if flags is not UNSET:
            field_dict["flags"] = flags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assoc_short import AssocShort
        from ..models.coord import Coord

        d = {k: v for k, v in src_dict.items() if v is not None}
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

        description = d.pop("description", UNSET)

        name = d.pop("name", UNSET)

        organization = d.pop("organization", UNSET)

        flags = cast(list[str], d.pop("flags", UNSET))

        _model = cls(
            associations=associations,
            coordinators=coordinators,
            description=description,
            name=name,
            organization=organization,
            flags=flags,
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
