from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.db_diag_statistics_rollups_item import DbDiagStatisticsRollupsItem
    from ..models.db_diag_statistics_rp_cs_item import DbDiagStatisticsRPCsItem
    from ..models.db_diag_statistics_users_item import DbDiagStatisticsUsersItem


T = TypeVar("T", bound="DbDiagStatistics")


@_attrs_define
class DbDiagStatistics:
    """
    Attributes:
        time_start (Union[Unset, int]): Unix timestamp of start time
        rollups (Union[Unset, list['DbDiagStatisticsRollupsItem']]):
        rp_cs (Union[Unset, list['DbDiagStatisticsRPCsItem']]):
        users (Union[Unset, list['DbDiagStatisticsUsersItem']]):
    """

    time_start: Union[Unset, int] = UNSET
    rollups: Union[Unset, list["DbDiagStatisticsRollupsItem"]] = UNSET
    rp_cs: Union[Unset, list["DbDiagStatisticsRPCsItem"]] = UNSET
    users: Union[Unset, list["DbDiagStatisticsUsersItem"]] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        time_start = self.time_start

        rollups: Union[Unset, list[dict[str, Any]]] = UNSET
        if not isinstance(self.rollups, Unset):
            rollups = []
            for rollups_item_data in self.rollups:
                rollups_item = rollups_item_data.to_dict()
                rollups.append(rollups_item)

        rp_cs: Union[Unset, list[dict[str, Any]]] = UNSET
        if not isinstance(self.rp_cs, Unset):
            rp_cs = []
            for rp_cs_item_data in self.rp_cs:
                rp_cs_item = rp_cs_item_data.to_dict()
                rp_cs.append(rp_cs_item)

        users: Union[Unset, list[dict[str, Any]]] = UNSET
        if not isinstance(self.users, Unset):
            users = []
            for users_item_data in self.users:
                users_item = users_item_data.to_dict()
                users.append(users_item)

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
        from ..models.db_diag_statistics_rollups_item import DbDiagStatisticsRollupsItem
        from ..models.db_diag_statistics_rp_cs_item import DbDiagStatisticsRPCsItem
        from ..models.db_diag_statistics_users_item import DbDiagStatisticsUsersItem

        d = {k: v for k, v in src_dict.items() if v is not None}
        time_start = d.pop("time_start", UNSET)

        rollups = []
        _rollups = d.pop("rollups", UNSET)
        for rollups_item_data in _rollups or []:
            rollups_item = DbDiagStatisticsRollupsItem.from_dict(rollups_item_data)

            rollups.append(rollups_item)

        rp_cs = []
        _rp_cs = d.pop("RPCs", UNSET)
        for rp_cs_item_data in _rp_cs or []:
            rp_cs_item = DbDiagStatisticsRPCsItem.from_dict(rp_cs_item_data)

            rp_cs.append(rp_cs_item)

        users = []
        _users = d.pop("users", UNSET)
        for users_item_data in _users or []:
            users_item = DbDiagStatisticsUsersItem.from_dict(users_item_data)

            users.append(users_item)

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
