from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account import Account
    from ..models.assoc import Assoc
    from ..models.cluster_rec import ClusterRec
    from ..models.instance import Instance
    from ..models.openapi_error import OpenapiError
    from ..models.openapi_meta import OpenapiMeta
    from ..models.openapi_warning import OpenapiWarning
    from ..models.qos import Qos
    from ..models.tres import Tres
    from ..models.user import User
    from ..models.wckey import Wckey


T = TypeVar("T", bound="OpenapiSlurmdbdConfigResp")


@_attrs_define
class OpenapiSlurmdbdConfigResp:
    """
    Attributes:
        clusters (Union[Unset, list['ClusterRec']]):
        tres (Union[Unset, list['Tres']]):
        accounts (Union[Unset, list['Account']]):
        users (Union[Unset, list['User']]):
        qos (Union[Unset, list['Qos']]):
        wckeys (Union[Unset, list['Wckey']]):
        associations (Union[Unset, list['Assoc']]):
        instances (Union[Unset, list['Instance']]):
        meta (Union[Unset, OpenapiMeta]):
        errors (Union[Unset, list['OpenapiError']]):
        warnings (Union[Unset, list['OpenapiWarning']]):
    """

    clusters: Union[Unset, list["ClusterRec"]] = UNSET
    tres: Union[Unset, list["Tres"]] = UNSET
    accounts: Union[Unset, list["Account"]] = UNSET
    users: Union[Unset, list["User"]] = UNSET
    qos: Union[Unset, list["Qos"]] = UNSET
    wckeys: Union[Unset, list["Wckey"]] = UNSET
    associations: Union[Unset, list["Assoc"]] = UNSET
    instances: Union[Unset, list["Instance"]] = UNSET
    meta: Union[Unset, "OpenapiMeta"] = UNSET
    errors: Union[Unset, list["OpenapiError"]] = UNSET
    warnings: Union[Unset, list["OpenapiWarning"]] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        clusters: Union[Unset, list[dict[str, Any]]] = UNSET
        if not isinstance(self.clusters, Unset):
            clusters = []
            for componentsschemascluster_rec_list_item_data in self.clusters:
                componentsschemascluster_rec_list_item = componentsschemascluster_rec_list_item_data.to_dict()
                clusters.append(componentsschemascluster_rec_list_item)

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

        associations: Union[Unset, list[dict[str, Any]]] = UNSET
        if not isinstance(self.associations, Unset):
            associations = []
            for componentsschemasassoc_list_item_data in self.associations:
                componentsschemasassoc_list_item = componentsschemasassoc_list_item_data.to_dict()
                associations.append(componentsschemasassoc_list_item)

        instances: Union[Unset, list[dict[str, Any]]] = UNSET
        if not isinstance(self.instances, Unset):
            instances = []
            for componentsschemasinstance_list_item_data in self.instances:
                componentsschemasinstance_list_item = componentsschemasinstance_list_item_data.to_dict()
                instances.append(componentsschemasinstance_list_item)

        meta: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        errors: Union[Unset, list[dict[str, Any]]] = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for componentsschemasopenapi_errors_item_data in self.errors:
                componentsschemasopenapi_errors_item = componentsschemasopenapi_errors_item_data.to_dict()
                errors.append(componentsschemasopenapi_errors_item)

        warnings: Union[Unset, list[dict[str, Any]]] = UNSET
        if not isinstance(self.warnings, Unset):
            warnings = []
            for componentsschemasopenapi_warnings_item_data in self.warnings:
                componentsschemasopenapi_warnings_item = componentsschemasopenapi_warnings_item_data.to_dict()
                warnings.append(componentsschemasopenapi_warnings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if clusters is not UNSET:
            field_dict["clusters"] = clusters
        if tres is not UNSET:
            field_dict["tres"] = tres
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
        if instances is not UNSET:
            field_dict["instances"] = instances
        if meta is not UNSET:
            field_dict["meta"] = meta
        if errors is not UNSET:
            field_dict["errors"] = errors
        if warnings is not UNSET:
            field_dict["warnings"] = warnings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account import Account
        from ..models.assoc import Assoc
        from ..models.cluster_rec import ClusterRec
        from ..models.instance import Instance
        from ..models.openapi_error import OpenapiError
        from ..models.openapi_meta import OpenapiMeta
        from ..models.openapi_warning import OpenapiWarning
        from ..models.qos import Qos
        from ..models.tres import Tres
        from ..models.user import User
        from ..models.wckey import Wckey

        d = {k: v for k, v in src_dict.items() if v is not None}
        clusters = []
        _clusters = d.pop("clusters", UNSET)
        for componentsschemascluster_rec_list_item_data in _clusters or []:
            componentsschemascluster_rec_list_item = ClusterRec.from_dict(componentsschemascluster_rec_list_item_data)

            clusters.append(componentsschemascluster_rec_list_item)

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

        associations = []
        _associations = d.pop("associations", UNSET)
        for componentsschemasassoc_list_item_data in _associations or []:
            componentsschemasassoc_list_item = Assoc.from_dict(componentsschemasassoc_list_item_data)

            associations.append(componentsschemasassoc_list_item)

        instances = []
        _instances = d.pop("instances", UNSET)
        for componentsschemasinstance_list_item_data in _instances or []:
            componentsschemasinstance_list_item = Instance.from_dict(componentsschemasinstance_list_item_data)

            instances.append(componentsschemasinstance_list_item)

        _meta = d.pop("meta", UNSET)
        meta: Union[Unset, OpenapiMeta]
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = OpenapiMeta.from_dict(_meta)

        errors = []
        _errors = d.pop("errors", UNSET)
        for componentsschemasopenapi_errors_item_data in _errors or []:
            componentsschemasopenapi_errors_item = OpenapiError.from_dict(componentsschemasopenapi_errors_item_data)

            errors.append(componentsschemasopenapi_errors_item)

        warnings = []
        _warnings = d.pop("warnings", UNSET)
        for componentsschemasopenapi_warnings_item_data in _warnings or []:
            componentsschemasopenapi_warnings_item = OpenapiWarning.from_dict(
                componentsschemasopenapi_warnings_item_data
            )

            warnings.append(componentsschemasopenapi_warnings_item)

        _model = cls(
            clusters=clusters,
            tres=tres,
            accounts=accounts,
            users=users,
            qos=qos,
            wckeys=wckeys,
            associations=associations,
            instances=instances,
            meta=meta,
            errors=errors,
            warnings=warnings,
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
