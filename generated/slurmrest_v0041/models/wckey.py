from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.accounting import Accounting


T = TypeVar("T", bound="Wckey")


@_attrs_define
class Wckey:
    """
    Attributes:
        accounting (Union[Unset, list['Accounting']]):
        cluster (Union[Unset, str]): Cluster name
        id (Union[Unset, int]): Unique ID for this user-cluster-wckey combination
        name (Union[Unset, str]): WCKey name
        user (Union[Unset, str]): User name
        flags (Union[Unset, list[str]]):
    """

    accounting: Union[Unset, list["Accounting"]] = UNSET
    cluster: Union[Unset, str] = UNSET
    id: Union[Unset, int] = UNSET
    name: Union[Unset, str] = UNSET
    user: Union[Unset, str] = UNSET
    flags: Union[Unset, list[str]] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accounting: Union[Unset, list[dict[str, Any]]] = UNSET
        if not isinstance(self.accounting, Unset):
            accounting = []
            for componentsschemasaccounting_list_item_data in self.accounting:
                componentsschemasaccounting_list_item = componentsschemasaccounting_list_item_data.to_dict()
                accounting.append(componentsschemasaccounting_list_item)

        cluster = self.cluster

        id = self.id

        name = self.name

        user = self.user

        flags: Union[Unset, list[str]] = UNSET
        if not isinstance(self.flags, Unset):
            flags = self.flags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if accounting is not UNSET:
            field_dict["accounting"] = accounting
        if cluster is not UNSET:
            field_dict["cluster"] = cluster
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if user is not UNSET:
            field_dict["user"] = user
        if flags is not UNSET:
            field_dict["flags"] = flags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.accounting import Accounting

        d = {k: v for k, v in src_dict.items() if v is not None}
        accounting = []
        _accounting = d.pop("accounting", UNSET)
        for componentsschemasaccounting_list_item_data in _accounting or []:
            componentsschemasaccounting_list_item = Accounting.from_dict(componentsschemasaccounting_list_item_data)

            accounting.append(componentsschemasaccounting_list_item)

        cluster = d.pop("cluster", UNSET)

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        user = d.pop("user", UNSET)

        flags = cast(list[str], d.pop("flags", UNSET))

        _model = cls(
            accounting=accounting,
            cluster=cluster,
            id=id,
            name=name,
            user=user,
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
