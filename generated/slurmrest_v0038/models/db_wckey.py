from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.db_accounting import DbAccounting


T = TypeVar("T", bound="DbWckey")


@_attrs_define
class DbWckey:
    """
    Attributes:
        cluster (Union[Unset, str]): Cluster name
        id (Union[Unset, int]): wckey database unique id
        name (Union[Unset, str]): wckey name
        user (Union[Unset, str]): wckey user
        flags (Union[Unset, list[str]]): List of properties of wckey
        accounting (Union[Unset, list['DbAccounting']]): List of accounting records
    """

    cluster: Union[Unset, str] = UNSET
    id: Union[Unset, int] = UNSET
    name: Union[Unset, str] = UNSET
    user: Union[Unset, str] = UNSET
    flags: Union[Unset, list[str]] = UNSET
    accounting: Union[Unset, list["DbAccounting"]] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cluster = self.cluster

        id = self.id

        name = self.name

        user = self.user

        flags: Union[Unset, list[str]] = UNSET
        if not isinstance(self.flags, Unset):
            flags = self.flags

        accounting: Union[Unset, list[dict[str, Any]]] = UNSET
        if not isinstance(self.accounting, Unset):
            accounting = []
            for accounting_item_data in self.accounting:
                accounting_item = accounting_item_data.to_dict()
                accounting.append(accounting_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        if accounting is not UNSET:
            field_dict["accounting"] = accounting

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.db_accounting import DbAccounting

        d = {k: v for k, v in src_dict.items() if v is not None}
        cluster = d.pop("cluster", UNSET)

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        user = d.pop("user", UNSET)

        flags = cast(list[str], d.pop("flags", UNSET))

        accounting = []
        _accounting = d.pop("accounting", UNSET)
        for accounting_item_data in _accounting or []:
            accounting_item = DbAccounting.from_dict(accounting_item_data)

            accounting.append(accounting_item)

        _model = cls(
            cluster=cluster,
            id=id,
            name=name,
            user=user,
            flags=flags,
            accounting=accounting,
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
