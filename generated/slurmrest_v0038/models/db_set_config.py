from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.db_association import DbAssociation
    from ..models.db_clusters_properties import DbClustersProperties
    from ..models.db_qos import DbQos
    from ..models.db_tres_list_item import DbTresListItem
    from ..models.db_update_account import DbUpdateAccount
    from ..models.db_user import DbUser
    from ..models.db_wckey import DbWckey


T = TypeVar("T", bound="DbSetConfig")


@_attrs_define
class DbSetConfig:
    """
    Attributes:
        clusters (Union[Unset, list['DbClustersProperties']]):
        tres (Union[Unset, list[list['DbTresListItem']]]):
        accounts (Union[Unset, list['DbUpdateAccount']]):
        users (Union[Unset, list['DbUser']]):
        qos (Union[Unset, list['DbQos']]):
        wckeys (Union[Unset, list['DbWckey']]):
        associations (Union[Unset, list['DbAssociation']]):
    """

    clusters: Union[Unset, list["DbClustersProperties"]] = UNSET
    tres: Union[Unset, list[list["DbTresListItem"]]] = UNSET
    accounts: Union[Unset, list["DbUpdateAccount"]] = UNSET
    users: Union[Unset, list["DbUser"]] = UNSET
    qos: Union[Unset, list["DbQos"]] = UNSET
    wckeys: Union[Unset, list["DbWckey"]] = UNSET
    associations: Union[Unset, list["DbAssociation"]] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        clusters: Union[Unset, list[dict[str, Any]]] = UNSET
        if not isinstance(self.clusters, Unset):
            clusters = []
            for clusters_item_data in self.clusters:
                clusters_item = clusters_item_data.to_dict()
                clusters.append(clusters_item)

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

        associations: Union[Unset, list[dict[str, Any]]] = UNSET
        if not isinstance(self.associations, Unset):
            associations = []
            for associations_item_data in self.associations:
                associations_item = associations_item_data.to_dict()
                associations.append(associations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if clusters is not UNSET:
            field_dict["clusters"] = clusters
        if tres is not UNSET:
            field_dict["TRES"] = tres
        if accounts is not UNSET:
            field_dict["accounts"] = accounts
        if users is not UNSET:
            field_dict["users"] = users
        if qos is not UNSET:
            field_dict["qos"] = qos
        if wckeys is not UNSET:
            field_dict["wckeys"] = wckeys
        if associations is not UNSET:
            field_dict["associations"] = associations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.db_association import DbAssociation
        from ..models.db_clusters_properties import DbClustersProperties
        from ..models.db_qos import DbQos
        from ..models.db_tres_list_item import DbTresListItem
        from ..models.db_update_account import DbUpdateAccount
        from ..models.db_user import DbUser
        from ..models.db_wckey import DbWckey

        d = {k: v for k, v in src_dict.items() if v is not None}
        clusters = []
        _clusters = d.pop("clusters", UNSET)
        for clusters_item_data in _clusters or []:
            clusters_item = DbClustersProperties.from_dict(clusters_item_data)

            clusters.append(clusters_item)

        tres = []
        _tres = d.pop("TRES", UNSET)
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
            accounts_item = DbUpdateAccount.from_dict(accounts_item_data)

            accounts.append(accounts_item)

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

        associations = []
        _associations = d.pop("associations", UNSET)
        for associations_item_data in _associations or []:
            associations_item = DbAssociation.from_dict(associations_item_data)

            associations.append(associations_item)

        _model = cls(
            clusters=clusters,
            tres=tres,
            accounts=accounts,
            users=users,
            qos=qos,
            wckeys=wckeys,
            associations=associations,
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
