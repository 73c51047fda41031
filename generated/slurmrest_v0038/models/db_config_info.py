from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.db_account import DbAccount
    from ..models.db_association import DbAssociation
    from ..models.db_error import DbError
    from ..models.db_meta import DbMeta
    from ..models.db_qos import DbQos
    from ..models.db_tres_list_item import DbTresListItem
    from ..models.db_user import DbUser
    from ..models.db_wckey import DbWckey


T = TypeVar("T", bound="DbConfigInfo")


@_attrs_define
class DbConfigInfo:
    """
    Attributes:
        meta (Union[Unset, DbMeta]):
        errors (Union[Unset, list['DbError']]): Slurm errors
        tres (Union[Unset, list[list['DbTresListItem']]]): Array of TRES
        accounts (Union[Unset, list['DbAccount']]): Array of accounts
        associations (Union[Unset, list['DbAssociation']]): Array of associations
        users (Union[Unset, list['DbUser']]): Array of users
        qos (Union[Unset, list['DbQos']]): Array of qos
        wckeys (Union[Unset, list['DbWckey']]): Array of wckeys
    """

    meta: Union[Unset, "DbMeta"] = UNSET
    errors: Union[Unset, list["DbError"]] = UNSET
    tres: Union[Unset, list[list["DbTresListItem"]]] = UNSET
    accounts: Union[Unset, list["DbAccount"]] = UNSET
    associations: Union[Unset, list["DbAssociation"]] = UNSET
    users: Union[Unset, list["DbUser"]] = UNSET
    qos: Union[Unset, list["DbQos"]] = UNSET
    wckeys: Union[Unset, list["DbWckey"]] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meta: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        errors: Union[Unset, list[dict[str, Any]]] = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        tres: Union[Unset, list[list[dict[str, Any]]]] = UNSET
        if not isinstance(self.tres, Unset):
            tres = []
            for tres_item_data in self.tres:
                tres_item = []
                for componentsschemasdb_tres_list_item_data in tres_item_data:
                    componentsschemasdb_tres_list_item = componentsschemasdb_tres_list_item_data.to_dict()
                    tres_item.append(componentsschemasdb_tres_list_item)

                tres.append(tres_item)

        accounts: Union[Unset, list[dict[str, Any]]] = UNSET
        if not isinstance(self.accounts, Unset):
            accounts = []
            for accounts_item_data in self.accounts:
                accounts_item = accounts_item_data.to_dict()
                accounts.append(accounts_item)

        associations: Union[Unset, list[dict[str, Any]]] = UNSET
        if not isinstance(self.associations, Unset):
            associations = []
            for associations_item_data in self.associations:
                associations_item = associations_item_data.to_dict()
                associations.append(associations_item)

        users: Union[Unset, list[dict[str, Any]]] = UNSET
        if not isinstance(self.users, Unset):
            users = []
            for users_item_data in self.users:
                users_item = users_item_data.to_dict()
                users.append(users_item)

        qos: Union[Unset, list[dict[str, Any]]] = UNSET
        if not isinstance(self.qos, Unset):
            qos = []
            for qos_item_data in self.qos:
                qos_item = qos_item_data.to_dict()
                qos.append(qos_item)

        wckeys: Union[Unset, list[dict[str, Any]]] = UNSET
        if not isinstance(self.wckeys, Unset):
            wckeys = []
            for wckeys_item_data in self.wckeys:
                wckeys_item = wckeys_item_data.to_dict()
                wckeys.append(wckeys_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if meta is not UNSET:
            field_dict["meta"] = meta
        if errors is not UNSET:
            field_dict["errors"] = errors
        if tres is not UNSET:
            field_dict["tres"] = tres
        if accounts is not UNSET:
            field_dict["accounts"] = accounts
        if associations is not UNSET:
            field_dict["associations"] = associations
        if users is not UNSET:
            field_dict["users"] = users
        if qos is not UNSET:
            field_dict["qos"] = qos
        if wckeys is not UNSET:
            field_dict["wckeys"] = wckeys

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.db_account import DbAccount
        from ..models.db_association import DbAssociation
        from ..models.db_error import DbError
        from ..models.db_meta import DbMeta
        from ..models.db_qos import DbQos
        from ..models.db_tres_list_item import DbTresListItem
        from ..models.db_user import DbUser
        from ..models.db_wckey import DbWckey

        d = {k: v for k, v in src_dict.items() if v is not None}
        _meta = d.pop("meta", UNSET)
        meta: Union[Unset, DbMeta]
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = DbMeta.from_dict(_meta)

        errors = []
        _errors = d.pop("errors", UNSET)
        for errors_item_data in _errors or []:
            errors_item = DbError.from_dict(errors_item_data)

            errors.append(errors_item)

        tres = []
        _tres = d.pop("tres", UNSET)
        for tres_item_data in _tres or []:
            tres_item = []
            _tres_item = tres_item_data
            for componentsschemasdb_tres_list_item_data in _tres_item:
                componentsschemasdb_tres_list_item = DbTresListItem.from_dict(componentsschemasdb_tres_list_item_data)

                tres_item.append(componentsschemasdb_tres_list_item)

            tres.append(tres_item)

        accounts = []
        _accounts = d.pop("accounts", UNSET)
        for accounts_item_data in _accounts or []:
            accounts_item = DbAccount.from_dict(accounts_item_data)

            accounts.append(accounts_item)

        associations = []
        _associations = d.pop("associations", UNSET)
        for associations_item_data in _associations or []:
            associations_item = DbAssociation.from_dict(associations_item_data)

            associations.append(associations_item)

        users = []
        _users = d.pop("users", UNSET)
        for users_item_data in _users or []:
            users_item = DbUser.from_dict(users_item_data)

            users.append(users_item)

        qos = []
        _qos = d.pop("qos", UNSET)
        for qos_item_data in _qos or []:
            qos_item = DbQos.from_dict(qos_item_data)

            qos.append(qos_item)

        wckeys = []
        _wckeys = d.pop("wckeys", UNSET)
        for wckeys_item_data in _wckeys or []:
            wckeys_item = DbWckey.from_dict(wckeys_item_data)

            wckeys.append(wckeys_item)

        _model = cls(
            meta=meta,
            errors=errors,
            tres=tres,
            accounts=accounts,
            associations=associations,
            users=users,
            qos=qos,
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
