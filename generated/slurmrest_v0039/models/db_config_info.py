from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account import Account
    from ..models.assoc import Assoc
    from ..models.cluster_rec import ClusterRec
    from ..models.db_error import DbError
    from ..models.db_meta import DbMeta
    from ..models.db_warning import DbWarning
    from ..models.qos import Qos
    from ..models.tres import Tres
    from ..models.user import User
    from ..models.wckey import Wckey


T = TypeVar("T", bound="DbConfigInfo")


@_attrs_define
class DbConfigInfo:
    """
    Attributes:
        meta (Union[Unset, DbMeta]):
        errors (Union[Unset, list['DbError']]): Slurm errors
        warnings (Union[Unset, list['DbWarning']]): Slurm warnings
        tres (Union[Unset, list['Tres']]):
        accounts (Union[Unset, list['Account']]):
        associations (Union[Unset, list['Assoc']]):
        users (Union[Unset, list['User']]):
        qos (Union[Unset, list['Qos']]):
        wckeys (Union[Unset, list['Wckey']]):
        clusters (Union[Unset, list['ClusterRec']]):
    """

    meta: Union[Unset, "DbMeta"] = UNSET
    errors: Union[Unset, list["DbError"]] = UNSET
    warnings: Union[Unset, list["DbWarning"]] = UNSET
    tres: Union[Unset, list["Tres"]] = UNSET
    accounts: Union[Unset, list["Account"]] = UNSET
    associations: Union[Unset, list["Assoc"]] = UNSET
    users: Union[Unset, list["User"]] = UNSET
    qos: Union[Unset, list["Qos"]] = UNSET
    wckeys: Union[Unset, list["Wckey"]] = UNSET
    clusters: Union[Unset, list["ClusterRec"]] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meta: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        errors: Union[Unset, list[dict[str, Any]]] = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for componentsschemasdb_errors_item_data in self.errors:
                componentsschemasdb_errors_item = componentsschemasdb_errors_item_data.to_dict()
                errors.append(componentsschemasdb_errors_item)

        warnings: Union[Unset, list[dict[str, Any]]] = UNSET
        if not isinstance(self.warnings, Unset):
            warnings = []
            for componentsschemasdb_warnings_item_data in self.warnings:
                componentsschemasdb_warnings_item = componentsschemasdb_warnings_item_data.to_dict()
                warnings.append(componentsschemasdb_warnings_item)

        tres: Union[Unset, list[dict[str, Any]]] = UNSET
        if not isinstance(self.tres, Unset):
            tres = []
            for componentsschemastres_list_item_data in self.tres:
                componentsschemastres_list_item = componentsschemastres_list_item_data.to_dict()
                tres.append(componentsschemastres_list_item)

        accounts: Union[Unset, list[dict[str, Any]]] = UNSET
        if not isinstance(self.accounts, Unset):
            accounts = []
            for componentsschemasaccount_list_item_data in self.accounts:
                componentsschemasaccount_list_item = componentsschemasaccount_list_item_data.to_dict()
                accounts.append(componentsschemasaccount_list_item)

        associations: Union[Unset, list[dict[str, Any]]] = UNSET
        if not isinstance(self.associations, Unset):
            associations = []
            for componentsschemasassoc_list_item_data in self.associations:
                componentsschemasassoc_list_item = componentsschemasassoc_list_item_data.to_dict()
                associations.append(componentsschemasassoc_list_item)

        users: Union[Unset, list[dict[str, Any]]] = UNSET
        if not isinstance(self.users, Unset):
            users = []
            for componentsschemasuser_list_item_data in self.users:
                componentsschemasuser_list_item = componentsschemasuser_list_item_data.to_dict()
                users.append(componentsschemasuser_list_item)

        qos: Union[Unset, list[dict[str, Any]]] = UNSET
        if not isinstance(self.qos, Unset):
            qos = []
            for componentsschemasqos_list_item_data in self.qos:
                componentsschemasqos_list_item = componentsschemasqos_list_item_data.to_dict()
                qos.append(componentsschemasqos_list_item)

        wckeys: Union[Unset, list[dict[str, Any]]] = UNSET
        if not isinstance(self.wckeys, Unset):
            wckeys = []
            for componentsschemaswckey_list_item_data in self.wckeys:
                componentsschemaswckey_list_item = componentsschemaswckey_list_item_data.to_dict()
                wckeys.append(componentsschemaswckey_list_item)

        clusters: Union[Unset, list[dict[str, Any]]] = UNSET
        if not isinstance(self.clusters, Unset):
            clusters = []
            for componentsschemascluster_rec_list_item_data in self.clusters:
                componentsschemascluster_rec_list_item = componentsschemascluster_rec_list_item_data.to_dict()
                clusters.append(componentsschemascluster_rec_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if meta is not UNSET:
            field_dict["meta"] = meta
        if errors is not UNSET:
            field_dict["errors"] = errors
        if warnings is not UNSET:
            field_dict["warnings"] = warnings
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
        if clusters is not UNSET:
            field_dict["clusters"] = clusters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account import Account
        from ..models.assoc import Assoc
        from ..models.cluster_rec import ClusterRec
        from ..models.db_error import DbError
        from ..models.db_meta import DbMeta
        from ..models.db_warning import DbWarning
        from ..models.qos import Qos
        from ..models.tres import Tres
        from ..models.user import User
        from ..models.wckey import Wckey

        d = {k: v for k, v in src_dict.items() if v is not None}
        _meta = d.pop("meta", UNSET)
        meta: Union[Unset, DbMeta]
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = DbMeta.from_dict(_meta)

        errors = []
        _errors = d.pop("errors", UNSET)
        for componentsschemasdb_errors_item_data in _errors or []:
            componentsschemasdb_errors_item = DbError.from_dict(componentsschemasdb_errors_item_data)

            errors.append(componentsschemasdb_errors_item)

        warnings = []
        _warnings = d.pop("warnings", UNSET)
        for componentsschemasdb_warnings_item_data in _warnings or []:
            componentsschemasdb_warnings_item = DbWarning.from_dict(componentsschemasdb_warnings_item_data)

            warnings.append(componentsschemasdb_warnings_item)

        tres = []
        _tres = d.pop("tres", UNSET)
        for componentsschemastres_list_item_data in _tres or []:
            componentsschemastres_list_item = Tres.from_dict(componentsschemastres_list_item_data)

            tres.append(componentsschemastres_list_item)

        accounts = []
        _accounts = d.pop("accounts", UNSET)
        for componentsschemasaccount_list_item_data in _accounts or []:
            componentsschemasaccount_list_item = Account.from_dict(componentsschemasaccount_list_item_data)

            accounts.append(componentsschemasaccount_list_item)

        associations = []
        _associations = d.pop("associations", UNSET)
        for componentsschemasassoc_list_item_data in _associations or []:
            componentsschemasassoc_list_item = Assoc.from_dict(componentsschemasassoc_list_item_data)

            associations.append(componentsschemasassoc_list_item)

        users = []
        _users = d.pop("users", UNSET)
        for componentsschemasuser_list_item_data in _users or []:
            componentsschemasuser_list_item = User.from_dict(componentsschemasuser_list_item_data)

            users.append(componentsschemasuser_list_item)

        qos = []
        _qos = d.pop("qos", UNSET)
        for componentsschemasqos_list_item_data in _qos or []:
            componentsschemasqos_list_item = Qos.from_dict(componentsschemasqos_list_item_data)

            qos.append(componentsschemasqos_list_item)

        wckeys = []
        _wckeys = d.pop("wckeys", UNSET)
        for componentsschemaswckey_list_item_data in _wckeys or []:
            componentsschemaswckey_list_item = Wckey.from_dict(componentsschemaswckey_list_item_data)

            wckeys.append(componentsschemaswckey_list_item)

        clusters = []
        _clusters = d.pop("clusters", UNSET)
        for componentsschemascluster_rec_list_item_data in _clusters or []:
            componentsschemascluster_rec_list_item = ClusterRec.from_dict(componentsschemascluster_rec_list_item_data)

            clusters.append(componentsschemascluster_rec_list_item)

        _model = cls(
            meta=meta,
            errors=errors,
            warnings=warnings,
            tres=tres,
            accounts=accounts,
            associations=associations,
            users=users,
            qos=qos,
            wckeys=wckeys,
            clusters=clusters,
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
