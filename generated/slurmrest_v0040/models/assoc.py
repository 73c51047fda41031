from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.accounting import Accounting
    from ..models.assoc_default import AssocDefault
    from ..models.assoc_max import AssocMax
    from ..models.assoc_min import AssocMin
    from ..models.assoc_short import AssocShort
    from ..models.uint_32_no_val import Uint32NoVal


T = TypeVar("T", bound="Assoc")


@_attrs_define
class Assoc:
    """
    Attributes:
        accounting (Union[Unset, list['Accounting']]):
        account (Union[Unset, str]): Account
        cluster (Union[Unset, str]): Cluster name
        comment (Union[Unset, str]): Arbitrary comment
        default (Union[Unset, AssocDefault]):
        flags (Union[Unset, list[str]]):
        max_ (Union[Unset, AssocMax]):
        id (Union[Unset, AssocShort]):
        is_default (Union[Unset, bool]): Is default association for user
        lineage (Union[Unset, str]): Complete path up the hierarchy to the root association
        min_ (Union[Unset, AssocMin]):
        parent_account (Union[Unset, str]): Name of parent account
        partition (Union[Unset, str]): Partition name
        priority (Union[Unset, Uint32NoVal]): Integer number with flags
        qos (Union[Unset, list[str]]): List of QOS names
        shares_raw (Union[Unset, int]): Allocated shares used for fairshare calculation
        user (Union[Unset, str]): User name
    """

    accounting: Union[Unset, list["Accounting"]] = UNSET
    account: Union[Unset, str] = UNSET
    cluster: Union[Unset, str] = UNSET
    comment: Union[Unset, str] = UNSET
    default: Union[Unset, "AssocDefault"] = UNSET
    flags: Union[Unset, list[str]] = UNSET
    max_: Union[Unset, "AssocMax"] = UNSET
    id: Union[Unset, "AssocShort"] = UNSET
    is_default: Union[Unset, bool] = UNSET
    lineage: Union[Unset, str] = UNSET
    min_: Union[Unset, "AssocMin"] = UNSET
    parent_account: Union[Unset, str] = UNSET
    partition: Union[Unset, str] = UNSET
    priority: Union[Unset, "Uint32NoVal"] = UNSET
    qos: Union[Unset, list[str]] = UNSET
    shares_raw: Union[Unset, int] = UNSET
    user: Union[Unset, str] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accounting: Union[Unset, list[dict[str, Any]]] = UNSET
        if not isinstance(self.accounting, Unset):
            accounting = []
            for componentsschemasaccounting_list_item_data in self.accounting:
                componentsschemasaccounting_list_item = componentsschemasaccounting_list_item_data.to_dict()
                accounting.append(componentsschemasaccounting_list_item)

        account = self.account

        cluster = self.cluster

        comment = self.comment

        default: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.default, Unset):
            default = self.default.to_dict()

        flags: Union[Unset, list[str]] = UNSET
        if not isinstance(self.flags, Unset):
            flags = self.flags

        max_: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.max_, Unset):
            max_ = self.max_.to_dict()

        id: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.id, Unset):
            id = self.id.to_dict()

        is_default = self.is_default

        lineage = self.lineage

        min_: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.min_, Unset):
            min_ = self.min_.to_dict()

        parent_account = self.parent_account

        partition = self.partition

        priority: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.priority, Unset):
            priority = self.priority.to_dict()

        qos: Union[Unset, list[str]] = UNSET
        if not isinstance(self.qos, Unset):
            qos = self.qos

        shares_raw = self.shares_raw

        user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if accounting is not UNSET:
            field_dict["accounting"] = accounting
        if account is not UNSET:
            field_dict["account"] = account
        if cluster is not UNSET:
            field_dict["cluster"] = cluster
        if comment is not UNSET:
            field_dict["comment"] = comment
        if default is not UNSET:
            field_dict["default"] = default
        if flags is not UNSET:
            field_dict["flags"] = flags
        if max_ is not UNSET:
            field_dict["max"] = max_
        if id is not UNSET:
            field_dict["id"] = id
        if is_default is not UNSET:
            field_dict["is_default"] = is_default
        if lineage is not UNSET:
            field_dict["lineage"] = lineage
        if min_ is not UNSET:
            field_dict["min"] = min_
        if parent_account is not UNSET:
            field_dict["parent_account"] = parent_account
        if partition is not UNSET:
            field_dict["partition"] = partition
        if priority is not UNSET:
            field_dict["priority"] = priority
        if qos is not UNSET:
            field_dict["qos"] = qos
        if shares_raw is not UNSET:
            field_dict["shares_raw"] = shares_raw
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.accounting import Accounting
        from ..models.assoc_default import AssocDefault
        from ..models.assoc_max import AssocMax
        from ..models.assoc_min import AssocMin
        from ..models.assoc_short import AssocShort
        from ..models.uint_32_no_val import Uint32NoVal

        d = {k: v for k, v in src_dict.items() if v is not None}
        accounting = []
        _accounting = d.pop("accounting", UNSET)
        for componentsschemasaccounting_list_item_data in _accounting or []:
            componentsschemasaccounting_list_item = Accounting.from_dict(componentsschemasaccounting_list_item_data)

            accounting.append(componentsschemasaccounting_list_item)

        account = d.pop("account", UNSET)

        cluster = d.pop("cluster", UNSET)

        comment = d.pop("comment", UNSET)

        _default = d.pop("default", UNSET)
        default: Union[Unset, AssocDefault]
        if isinstance(_default, Unset):
            default = UNSET
        else:
            default = AssocDefault.from_dict(_default)

        flags = cast(list[str], d.pop("flags", UNSET))

        _max_ = d.pop("max", UNSET)
        max_: Union[Unset, AssocMax]
        if isinstance(_max_, Unset):
            max_ = UNSET
        else:
            max_ = AssocMax.from_dict(_max_)

        _id = d.pop("id", UNSET)
        id: Union[Unset, AssocShort]
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = AssocShort.from_dict(_id)

        is_default = d.pop("is_default", UNSET)

        lineage = d.pop("lineage", UNSET)

        _min_ = d.pop("min", UNSET)
        min_: Union[Unset, AssocMin]
        if isinstance(_min_, Unset):
            min_ = UNSET
        else:
            min_ = AssocMin.from_dict(_min_)

        parent_account = d.pop("parent_account", UNSET)

        partition = d.pop("partition", UNSET)

        _priority = d.pop("priority", UNSET)
        priority: Union[Unset, Uint32NoVal]
        if isinstance(_priority, Unset):
            priority = UNSET
        else:
            priority = Uint32NoVal.from_dict(_priority)

        qos = cast(list[str], d.pop("qos", UNSET))

        shares_raw = d.pop("shares_raw", UNSET)

        user = d.pop("user", UNSET)

        _model = cls(
            accounting=accounting,
            account=account,
            cluster=cluster,
            comment=comment,
            default=default,
            flags=flags,
            max_=max_,
            id=id,
            is_default=is_default,
            lineage=lineage,
            min_=min_,
            parent_account=parent_account,
            partition=partition,
            priority=priority,
            qos=qos,
            shares_raw=shares_raw,
            user=user,
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
