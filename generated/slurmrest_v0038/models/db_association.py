from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.db_association_default import DbAssociationDefault
    from ..models.db_association_max import DbAssociationMax
    from ..models.db_association_min import DbAssociationMin
    from ..models.db_association_usage import DbAssociationUsage


T = TypeVar("T", bound="DbAssociation")


@_attrs_define
class DbAssociation:
    """Association description

    Attributes:
        account (Union[Unset, str]): Assigned account
        cluster (Union[Unset, str]): Assigned cluster
        default (Union[Unset, DbAssociationDefault]): Default settings
        flags (Union[Unset, list[str]]): List of properties of association
        max_ (Union[Unset, DbAssociationMax]): Max settings
        min_ (Union[Unset, DbAssociationMin]): Min settings
        parent_account (Union[Unset, str]): Parent account name
        partition (Union[Unset, str]): Assigned partition
        priority (Union[Unset, int]): Assigned priority
        shares_raw (Union[Unset, int]): Raw fairshare shares
        usage (Union[Unset, DbAssociationUsage]): Association usage
        user (Union[Unset, str]): Assigned user
        qos (Union[Unset, list[str]]): Assigned QOS
    """

    account: Union[Unset, str] = UNSET
    cluster: Union[Unset, str] = UNSET
    default: Union[Unset, "DbAssociationDefault"] = UNSET
    flags: Union[Unset, list[str]] = UNSET
    max_: Union[Unset, "DbAssociationMax"] = UNSET
    min_: Union[Unset, "DbAssociationMin"] = UNSET
    parent_account: Union[Unset, str] = UNSET
    partition: Union[Unset, str] = UNSET
    priority: Union[Unset, int] = UNSET
    shares_raw: Union[Unset, int] = UNSET
    usage: Union[Unset, "DbAssociationUsage"] = UNSET
    user: Union[Unset, str] = UNSET
    qos: Union[Unset, list[str]] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account = self.account

        cluster = self.cluster

        default: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.default, Unset):
            default = self.default.to_dict()

        flags: Union[Unset, list[str]] = UNSET
        if not isinstance(self.flags, Unset):
            flags = self.flags

        max_: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.max_, Unset):
            max_ = self.max_.to_dict()

        min_: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.min_, Unset):
            min_ = self.min_.to_dict()

        parent_account = self.parent_account

        partition = self.partition

        priority = self.priority

        shares_raw = self.shares_raw

        usage: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        user = self.user

        qos: Union[Unset, list[str]] = UNSET
        if not isinstance(self.qos, Unset):
            qos = self.qos

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account is not UNSET:
            field_dict["account"] = account
        if cluster is not UNSET:
            field_dict["cluster"] = cluster
        if default is not UNSET:
            field_dict["default"] = default
        if flags is not UNSET:
            field_dict["flags"] = flags
        if max_ is not UNSET:
            field_dict["max"] = max_
        if min_ is not UNSET:
            field_dict["min"] = min_
        if parent_account is not UNSET:
            field_dict["parent_account"] = parent_account
        if partition is not UNSET:
            field_dict["partition"] = partition
        if priority is not UNSET:
            field_dict["priority"] = priority
        if shares_raw is not UNSET:
            field_dict["shares_raw"] = shares_raw
        if usage is not UNSET:
            field_dict["usage"] = usage
        if user is not UNSET:
            field_dict["user"] = user
        if qos is not UNSET:
            field_dict["QOS"] = qos

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.db_association_default import DbAssociationDefault
        from ..models.db_association_max import DbAssociationMax
        from ..models.db_association_min import DbAssociationMin
        from ..models.db_association_usage import DbAssociationUsage

        d = {k: v for k, v in src_dict.items() if v is not None}
        account = d.pop("account", UNSET)

        cluster = d.pop("cluster", UNSET)

        _default = d.pop("default", UNSET)
        default: Union[Unset, DbAssociationDefault]
        if isinstance(_default, Unset):
            default = UNSET
        else:
            default = DbAssociationDefault.from_dict(_default)

        flags = cast(list[str], d.pop("flags", UNSET))

        _max_ = d.pop("max", UNSET)
        max_: Union[Unset, DbAssociationMax]
        if isinstance(_max_, Unset):
            max_ = UNSET
        else:
            max_ = DbAssociationMax.from_dict(_max_)

        _min_ = d.pop("min", UNSET)
        min_: Union[Unset, DbAssociationMin]
        if isinstance(_min_, Unset):
            min_ = UNSET
        else:
            min_ = DbAssociationMin.from_dict(_min_)

        parent_account = d.pop("parent_account", UNSET)

        partition = d.pop("partition", UNSET)

        priority = d.pop("priority", UNSET)

        shares_raw = d.pop("shares_raw", UNSET)

        _usage = d.pop("usage", UNSET)
        usage: Union[Unset, DbAssociationUsage]
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = DbAssociationUsage.from_dict(_usage)

        user = d.pop("user", UNSET)

        qos = cast(list[str], d.pop("QOS", UNSET))

        _model = cls(
            account=account,
            cluster=cluster,
            default=default,
            flags=flags,
            max_=max_,
            min_=min_,
            parent_account=parent_account,
            partition=partition,
            priority=priority,
            shares_raw=shares_raw,
            usage=usage,
            user=user,
            qos=qos,
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
