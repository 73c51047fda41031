from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rollup_stats import RollupStats
    from ..models.stats_rpc import StatsRpc
    from ..models.stats_user import StatsUser


T = TypeVar("T", bound="StatsRec")


@_attrs_define
class StatsRec:
    """
    Attributes:
        time_start (Union[Unset, int]): When data collection started (UNIX timestamp)
        rollups (Union[Unset, RollupStats]):
        rp_cs (Union[Unset, list['StatsRpc']]):
        users (Union[Unset, list['StatsUser']]):
    """

    time_start: Union[Unset, int] = UNSET
    rollups: Union[Unset, "RollupStats"] = UNSET
    rp_cs: Union[Unset, list["StatsRpc"]] = UNSET
    users: Union[Unset, list["StatsUser"]] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        time_start = self.time_start

        rollups: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.rollups, Unset):
            rollups = self.rollups.to_dict()

        rp_cs: Union[Unset, list[dict[str, Any]]] = UNSET
        if not isinstance(self.rp_cs, Unset):
            rp_cs = []
            for componentsschemasstats_rpc_list_item_data in self.rp_cs:
                componentsschemasstats_rpc_list_item = componentsschemasstats_rpc_list_item_data.to_dict()
                rp_cs.append(componentsschemasstats_rpc_list_item)

        users: Union[Unset, list[dict[str, Any]]] = UNSET
        if not isinstance(self.users, Unset):
            users = []
            for componentsschemasstats_user_list_item_data in self.users:
                componentsschemasstats_user_list_item = componentsschemasstats_user_list_item_data.to_dict()
                users.append(componentsschemasstats_user_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if time_start is not UNSET:
            field_dict["time_start"] = time_start
        if rollups is not UNSET:
            field_dict["rollups"] = rollups
        if rp_cs is not UNSET:
            field_dict["RPCs"] = rp_cs
        if users is not UNSET:
            field_dict["users"] = users

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rollup_stats import RollupStats
        from ..models.stats_rpc import StatsRpc
        from ..models.stats_user import StatsUser

        d = {k: v for k, v in src_dict.items() if v is not None}
        time_start = d.pop("time_start", UNSET)

        _rollups = d.pop("rollups", UNSET)
        rollups: Union[Unset, RollupStats]
        if isinstance(_rollups, Unset):
            rollups = UNSET
        else:
            rollups = RollupStats.from_dict(_rollups)

        rp_cs = []
        _rp_cs = d.pop("RPCs", UNSET)
        for componentsschemasstats_rpc_list_item_data in _rp_cs or []:
            componentsschemasstats_rpc_list_item = StatsRpc.from_dict(componentsschemasstats_rpc_list_item_data)

            rp_cs.append(componentsschemasstats_rpc_list_item)

        users = []
        _users = d.pop("users", UNSET)
        for componentsschemasstats_user_list_item_data in _users or []:
            componentsschemasstats_user_list_item = StatsUser.from_dict(componentsschemasstats_user_list_item_data)

            users.append(componentsschemasstats_user_list_item)

        _model = cls(
            time_start=time_start,
            rollups=rollups,
            rp_cs=rp_cs,
            users=users,
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
